-- Tables of the warehouse. Column names, order and types mirror transforms/schema.py
-- (tests/test_schema_sync.py keeps them in step). Each table states its grain.

-- articles: one row per distinct article.
create table if not exists articles (
    article_id varchar primary key,
    source_path varchar not null,
    source_sha256 varchar not null,
    encoding varchar not null,
    title varchar not null,
    headline varchar,
    body varchar not null,
    paragraph_count integer not null,
    word_count integer not null,
    ingested_at timestamptz not null,
    run_id varchar not null,
    extractor_version varchar not null
);

-- people: one row per named person per article.
create table if not exists people (
    article_id varchar not null,
    person_id varchar not null,
    name varchar not null,
    role varchar,
    affiliation varchar,
    mention_count integer not null,
    first_char integer not null,
    is_quoted boolean not null,
    primary key (article_id, person_id)
);

-- quotes: one row per direct quotation per paragraph segment.
create table if not exists quotes (
    quote_id varchar primary key,
    article_id varchar not null,
    quote_text varchar not null,
    char_start integer not null,
    char_end integer not null,
    paragraph_index integer not null,
    speaker_name varchar,
    person_id varchar,
    cue varchar,
    quote_type varchar not null
);

-- amounts: one row per amount mention.
create table if not exists amounts (
    amount_id varchar primary key,
    article_id varchar not null,
    text varchar not null,
    char_start integer not null,
    char_end integer not null,
    kind varchar not null,
    value double,
    value_high double,
    unit varchar,
    qualifier varchar,
    object varchar
);

-- rejects: one row per input file currently not ingested.
create table if not exists rejects (
    source_path varchar primary key,
    reason varchar not null,
    detail varchar not null,
    run_id varchar not null,
    seen_at timestamptz not null
);

-- runs: one row per flow run that reached the load step.
create table if not exists runs (
    run_id varchar primary key,
    started_at timestamptz not null,
    finished_at timestamptz not null,
    status varchar not null,
    extractor_version varchar not null,
    files_seen bigint not null,
    files_new bigint not null,
    files_changed bigint not null,
    files_unchanged bigint not null,
    files_deleted bigint not null,
    files_rejected bigint not null,
    articles_rows bigint not null,
    people_rows bigint not null,
    quotes_rows bigint not null,
    amounts_rows bigint not null
);

-- manifest: one row per source file seen under the seeds folder (internal, not published).
create table if not exists manifest (
    source_path varchar primary key,
    size_bytes bigint not null,
    mtime_ns bigint not null,
    source_sha256 varchar,
    fate varchar not null,
    article_id varchar,
    extractor_version varchar not null,
    run_id varchar not null
);
