-- Fails on: a people, quotes or amounts row whose article is not in articles.
select 'people' as table_name, p.article_id from people as p
anti join articles as a on a.article_id = p.article_id
union all
select 'quotes', q.article_id from quotes as q
anti join articles as a on a.article_id = q.article_id
union all
select 'amounts', m.article_id from amounts as m
anti join articles as a on a.article_id = m.article_id
