-- Fails on: a quote attributed to a person_id that is not among the people of its article.
select q.quote_id, q.article_id, q.person_id from quotes as q
where q.person_id is not null
    and not exists (
        select 1 from people as p
        where p.article_id = q.article_id and p.person_id = q.person_id
    )
