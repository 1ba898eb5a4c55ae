-- Fails on: a quote_type or amount kind outside the contract's vocabulary.
select 'quotes' as table_name, quote_type as value from quotes
where quote_type not in ('full', 'partial')
union all
select 'amounts', kind from amounts
where kind not in ('money', 'percent', 'duration', 'quantity', 'count', 'age')
