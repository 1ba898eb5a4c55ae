-- Who appears in the most articles, with the roles the articles give them.
with

summary as (select * from person_summary),

final as (
    select person_name, articles, mentions, quotes, roles_seen, affiliations_seen
    from summary
)

select * from final order by articles desc, mentions desc, person_name limit 20
