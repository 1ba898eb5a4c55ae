-- Fails on: an amount_id that appears more than once.
select amount_id, count(*) as n from amounts group by amount_id having count(*) > 1
