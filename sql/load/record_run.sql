-- One row per run that reached the load step; row counts are taken after the merge.
insert or replace into runs
select
    $run_id as run_id,
    $started_at as started_at,
    $finished_at as finished_at,
    $status as status,
    $extractor_version as extractor_version,
    $files_seen as files_seen,
    $files_new as files_new,
    $files_changed as files_changed,
    $files_unchanged as files_unchanged,
    $files_deleted as files_deleted,
    $files_rejected as files_rejected,
    (select count(*) from articles) as articles_rows,
    (select count(*) from people) as people_rows,
    (select count(*) from quotes) as quotes_rows,
    (select count(*) from amounts) as amounts_rows;
