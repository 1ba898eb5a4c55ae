-- money_mentions: one row per money amount, with its article, currency, value and object.
with

amounts as (select * from stg_amounts where kind = 'money'),

articles as (select * from stg_articles),

final as (
    select
        amounts.amount_id,
        amounts.article_id,
        articles.title as article_title,
        amounts.amount_text,
        amounts.unit as currency,
        amounts.value,
        amounts.value_high,
        amounts.qualifier,
        amounts.object
    from amounts
    join articles using (article_id)
)

select * from final
