-- quote_attributions: one row per quote, with its speaker's role and affiliation and the
-- article it comes from.
with

quote_rows as (select * from quotes),

people_rows as (select * from people),

article_rows as (select article_id, title, source_path from articles),

final as (
    select
        quote_rows.quote_id,
        quote_rows.article_id,
        article_rows.title as article_title,
        article_rows.source_path,
        quote_rows.paragraph_index,
        quote_rows.quote_text,
        quote_rows.quote_type,
        quote_rows.speaker_name,
        quote_rows.person_id,
        people_rows.role as speaker_role,
        people_rows.affiliation as speaker_affiliation,
        quote_rows.cue
    from quote_rows
    left join people_rows
        on people_rows.article_id = quote_rows.article_id and people_rows.person_id = quote_rows.person_id
    left join article_rows on article_rows.article_id = quote_rows.article_id
)

select * from final
