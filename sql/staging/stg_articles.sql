-- stg_articles: one row per article, the columns analysts join on, body left out.
with

source as (select * from articles),

renamed as (
    select
        article_id,
        source_path,
        title,
        headline,
        paragraph_count,
        word_count,
        ingested_at,
        run_id
    from source
)

select * from renamed
