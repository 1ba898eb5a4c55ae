-- Money mentioned, totalled per currency across all articles.
with

money as (select * from money_mentions where value is not null),

final as (
    select
        currency,
        count(*) as mentions,
        count(distinct article_id) as articles,
        sum(value) as total_value,
        max(value) as largest_value
    from money
    group by currency
)

select * from final order by total_value desc
