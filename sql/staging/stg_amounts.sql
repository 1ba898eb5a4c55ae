-- stg_amounts: one row per amount mention.
with

source as (select * from amounts),

renamed as (
    select
        amount_id,
        article_id,
        text as amount_text,
        kind,
        value,
        value_high,
        unit,
        qualifier,
        object
    from source
)

select * from renamed
