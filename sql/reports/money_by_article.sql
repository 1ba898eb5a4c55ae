-- Money mentioned per article: one row per article and currency, with the total and the
-- largest single amount; the grand totals per currency follow as rows with article_title null.
with

money as (select * from amounts where kind = 'money' and value is not null),

titles as (select article_id, title from articles),

per_article as (
    select
        titles.title as article_title,
        money.unit as currency,
        count(*) as mentions,
        sum(money.value) as total_value,
        max(money.value) as largest_value
    from money
    join titles using (article_id)
    group by titles.title, money.unit
),

per_currency as (
    select
        null as article_title,
        unit as currency,
        count(*) as mentions,
        sum(value) as total_value,
        max(value) as largest_value
    from money
    group by unit
),

final as (
    select *, 0 as is_total from per_article
    union all
    select *, 1 as is_total from per_currency
)

select article_title, currency, mentions, total_value, largest_value
from final
order by is_total, article_title, currency
