-- person_quotes: one row per quote by a named person — who said what, where, in which role.
with

quotes as (select * from stg_quotes where person_id is not null),

people as (select * from stg_people),

articles as (select * from stg_articles),

final as (
    select
        quotes.person_id,
        people.person_name,
        people.role,
        people.affiliation,
        quotes.quote_text,
        quotes.quote_type,
        quotes.cue,
        articles.title as article_title,
        articles.source_path,
        articles.ingested_at,
        quotes.quote_id,
        quotes.article_id
    from quotes
    join people
        on people.article_id = quotes.article_id and people.person_id = quotes.person_id
    join articles on articles.article_id = quotes.article_id
)

select * from final
