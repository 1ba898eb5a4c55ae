-- Fails on: a row missing a column the contract says is always present.
select 'articles' as table_name, article_id as row_key from articles
where source_path is null or title is null or body is null or encoding is null
    or paragraph_count is null or word_count is null or ingested_at is null or run_id is null
union all
select 'people', article_id || '/' || coalesce(person_id, '?') from people
where person_id is null or name is null or mention_count is null or first_char is null
    or is_quoted is null
union all
select 'quotes', coalesce(quote_id, '?') from quotes
where quote_id is null or article_id is null or quote_text is null or char_start is null
    or char_end is null or quote_type is null or paragraph_index is null
union all
select 'amounts', coalesce(amount_id, '?') from amounts
where amount_id is null or article_id is null or text is null or kind is null
    or char_start is null or char_end is null
