-- person_summary: one row per person across all articles — articles, quotes, roles seen,
-- first and last seen.
with

people as (select * from stg_people),

articles as (select article_id, ingested_at from stg_articles),

quotes as (
    select person_id, count(*) as quotes
    from stg_quotes
    where person_id is not null
    group by person_id
),

appearances as (
    select
        people.person_id,
        max(people.person_name) as person_name,
        count(distinct people.article_id) as articles,
        sum(people.mention_count) as mentions,
        list_sort(list_distinct(list(people.role) filter (where people.role is not null)))
            as roles_seen,
        list_sort(list_distinct(list(people.affiliation)
            filter (where people.affiliation is not null))) as affiliations_seen,
        min(articles.ingested_at) as first_seen,
        max(articles.ingested_at) as last_seen
    from people
    join articles using (article_id)
    group by people.person_id
),

final as (
    select
        appearances.*,
        coalesce(quotes.quotes, 0) as quotes
    from appearances
    left join quotes using (person_id)
)

select * from final
