-- stg_quotes: one row per quote segment, with its length in words.
with

source as (select * from quotes),

renamed as (
    select
        quote_id,
        article_id,
        paragraph_index,
        quote_text,
        len(string_split(trim(quote_text), ' ')) as quote_words,
        quote_type,
        speaker_name,
        person_id,
        cue
    from source
)

select * from renamed
