-- stg_people: one row per person per article.
with

source as (select * from people),

renamed as (
    select
        article_id,
        person_id,
        name as person_name,
        role,
        affiliation,
        mention_count,
        is_quoted
    from source
)

select * from renamed
