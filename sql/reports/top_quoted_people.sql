-- Who is quoted most: one row per named person, by number of quotes, then articles.
with

attributed as (select * from quote_attributions where person_id is not null),

final as (
    select
        any_value(speaker_name) as speaker_name,
        person_id,
        count(*) as quotes,
        count(distinct article_id) as articles,
        mode(speaker_role) as usual_role,
        mode(speaker_affiliation) as usual_affiliation
    from attributed
    group by person_id
)

select * from final order by quotes desc, articles desc, speaker_name limit 20
