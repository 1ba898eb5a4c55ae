-- Fails on: an article_id that appears more than once.
select article_id, count(*) as n from articles group by article_id having count(*) > 1
