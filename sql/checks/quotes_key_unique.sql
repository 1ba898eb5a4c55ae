-- Fails on: a quote_id that appears more than once.
select quote_id, count(*) as n from quotes group by quote_id having count(*) > 1
