-- Replace the rows of re-processed and retired articles with the staged rows, in one
-- transaction opened by the caller. Inputs registered by the loader:
--   staged_articles, staged_people, staged_quotes, staged_amounts  (this run's extraction)
--   retired_articles(article_id)  articles whose every source path is gone or changed
--   manifest_updates, manifest_deletes(source_path)  the new manifest state of touched paths
--   rejected_files  this run's rejects

create or replace temp table kept_ingested_at as
select article_id, ingested_at
from articles
where article_id in (select article_id from staged_articles);

delete from quotes where article_id in (select article_id from retired_articles)
    or article_id in (select article_id from staged_articles);
delete from people where article_id in (select article_id from retired_articles)
    or article_id in (select article_id from staged_articles);
delete from amounts where article_id in (select article_id from retired_articles)
    or article_id in (select article_id from staged_articles);
delete from articles where article_id in (select article_id from retired_articles)
    or article_id in (select article_id from staged_articles);

-- The same content under several paths in one run is one article, staged from its first path.
-- (Picked by a join on the first path, not `distinct on … order by`, which sorts whole rows,
-- bodies included: 2.2-2.8 s against 0.7-0.9 s for 50,000 articles.)
insert into articles
select s.* replace (coalesce(k.ingested_at, s.ingested_at) as ingested_at)
from staged_articles as s
inner join (
    select article_id, min(source_path) as source_path
    from staged_articles
    group by article_id
) as first_path using (article_id, source_path)
left join kept_ingested_at as k using (article_id);

insert into people select distinct on (article_id, person_id) * from staged_people
order by article_id, person_id;
insert into quotes select distinct on (quote_id) * from staged_quotes order by quote_id;
insert into amounts select distinct on (amount_id) * from staged_amounts order by amount_id;

delete from manifest where source_path in (select source_path from manifest_deletes)
    or source_path in (select source_path from manifest_updates);
insert into manifest select * from manifest_updates;

delete from rejects where source_path in (select source_path from manifest_deletes)
    or source_path in (select source_path from manifest_updates);
insert into rejects select * from rejected_files;

-- The same content under several paths is one article: it names the first path.
update articles set source_path = first_paths.source_path
from (
    select article_id, min(source_path) as source_path
    from manifest
    where fate = 'ingested'
    group by article_id
) as first_paths
where articles.article_id = first_paths.article_id
    and articles.source_path <> first_paths.source_path;
