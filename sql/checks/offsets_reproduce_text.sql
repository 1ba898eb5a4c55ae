-- Fails on: an offset pair that does not reproduce its text from articles.body
-- (offsets are 0-based, end-exclusive Python str indices).
-- Run once per slice of the articles ($partition of $partitions), so the join's table of
-- article bodies stays small however large the warehouse grows.
with part as (
    select article_id, body from articles where hash(article_id) % $partitions = $partition
)
select 'quotes' as table_name, q.quote_id as row_key, q.char_start, q.char_end
from quotes as q join part as a using (article_id)
where q.char_start < 0 or q.char_end < q.char_start
    or substr(a.body, q.char_start + 1, q.char_end - q.char_start) <> q.quote_text
union all
select 'amounts', m.amount_id, m.char_start, m.char_end
from amounts as m join part as a using (article_id)
where m.char_start < 0 or m.char_end < m.char_start
    or substr(a.body, m.char_start + 1, m.char_end - m.char_start) <> m.text
union all
select 'people', p.article_id || '/' || p.person_id, p.first_char, null
from people as p join part as a using (article_id)
where p.first_char < 0 or p.first_char >= length(a.body)
