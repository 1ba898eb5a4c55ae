-- Fails on: a person listed twice for the same article.
select article_id, person_id, count(*) as n from people
group by article_id, person_id having count(*) > 1
