-- One person, one person_id across articles: an article that names someone only by surname
-- ("Mr Lavrov" → lavrov) takes the id of the one full name with that surname in the warehouse
-- ("Sergei Lavrov" → sergei-lavrov). Surnames shared by several full names stay as they are,
-- and so does a surname in an article that also names the full-name person: there the surname
-- is someone else ("Mrs Howard" beside Michael Howard).
-- Runs inside the load transaction, after the merge.

create or replace temp table person_id_map as
with

surname_only as (
    select distinct person_id as short_id
    from people
    where person_id not like '%-%'
),

full_names as (
    select distinct person_id as full_id
    from people
    where person_id like '%-%'
),

candidates as (
    select surname_only.short_id, full_names.full_id
    from surname_only
    -- the last part of the full id is the surname ("sergei-lavrov" → lavrov): an equi-join,
    -- not a LIKE per pair, which grows with the square of the names in the warehouse
    join full_names on regexp_extract(full_names.full_id, '[^-]*$') = surname_only.short_id
),

final as (
    select short_id, min(full_id) as full_id
    from candidates
    group by short_id
    having count(distinct full_id) = 1
)

select * from final;

update quotes set person_id = person_id_map.full_id
from person_id_map
where quotes.person_id = person_id_map.short_id
    and not exists (
        select 1 from people as named
        where named.article_id = quotes.article_id and named.person_id = person_id_map.full_id
    );

update people set person_id = person_id_map.full_id
from person_id_map
where people.person_id = person_id_map.short_id
    and not exists (
        select 1 from people as named
        where named.article_id = people.article_id and named.person_id = person_id_map.full_id
    );
