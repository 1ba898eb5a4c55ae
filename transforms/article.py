"""One article's text → its rows for articles, people, quotes and amounts.

The single entry point the flows call per article. Pure: the clock, the run id and the file
facts come in as arguments.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from transforms.amounts import extract_amounts
from transforms.parse import ParsedArticle, parse_article
from transforms.people import Person, find_people
from transforms.quotes import extract_quotes

Row = dict[str, Any]


@dataclass(frozen=True)
class SourceFacts:
    """What the I/O edge knows about the file an article came from."""

    source_path: str
    source_sha256: str
    encoding: str


@dataclass
class ArticleRows:
    """Rows of every extracted table for one article."""

    article: Row
    people: list[Row] = field(default_factory=list)
    quotes: list[Row] = field(default_factory=list)
    amounts: list[Row] = field(default_factory=list)


def article_id_of(parsed: ParsedArticle) -> str:
    """16 hex of sha256 over the normalised title, headline and body."""
    canonical = "\x1e".join((parsed.title, parsed.headline or "", parsed.body))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def row_id(article_id: str, kind: str, char_start: int) -> str:
    return hashlib.sha256(f"{article_id}:{kind}:{char_start}".encode()).hexdigest()[:16]


def extract_article(
    text: str,
    source: SourceFacts,
    *,
    run_id: str,
    ingested_at: datetime,
    extractor_version: str,
) -> ArticleRows:
    """Parse the decoded text and run every extractor over its body."""
    parsed = parse_article(text)
    article_id = article_id_of(parsed)
    article = {
        "article_id": article_id,
        "source_path": source.source_path,
        "source_sha256": source.source_sha256,
        "encoding": source.encoding,
        "title": parsed.title,
        "headline": parsed.headline,
        "body": parsed.body,
        "paragraph_count": len(parsed.paragraphs),
        "word_count": parsed.word_count,
        "ingested_at": ingested_at,
        "run_id": run_id,
        "extractor_version": extractor_version,
    }
    people = find_people(parsed.body)
    quotes = extract_quotes(parsed, people)
    quoted = {id(q.speaker.person) for q in quotes if q.speaker.person is not None}
    return ArticleRows(
        article=article,
        people=_people_rows(article_id, people, quoted),
        quotes=[
            {
                "quote_id": row_id(article_id, "quote", q.span.start),
                "article_id": article_id,
                "quote_text": q.text,
                "char_start": q.span.start,
                "char_end": q.span.end,
                "paragraph_index": q.span.paragraph_index,
                "speaker_name": q.speaker.name,
                "person_id": q.speaker.person.person_id if q.speaker.person else None,
                "cue": q.speaker.cue,
                "quote_type": q.quote_type,
            }
            for q in quotes
        ],
        amounts=[
            {
                "amount_id": row_id(article_id, "amount", a.start),
                "article_id": article_id,
                "text": a.text,
                "char_start": a.start,
                "char_end": a.end,
                "kind": a.kind,
                "value": a.value,
                "value_high": a.value_high,
                "unit": a.unit,
                "qualifier": a.qualifier,
                "object": a.object,
            }
            for a in extract_amounts(parsed.body)
        ],
    )


def _people_rows(article_id: str, people: list[Person], quoted: set[int]) -> list[Row]:
    rows: dict[str, Row] = {}
    for person in people:
        person_id = person.person_id
        if not person_id:
            continue
        if person_id in rows:
            rows[person_id]["mention_count"] += len(person.mentions)
            rows[person_id]["is_quoted"] |= id(person) in quoted
            continue
        rows[person_id] = {
            "article_id": article_id,
            "person_id": person_id,
            "name": person.name,
            "role": person.role or person.title,
            "affiliation": person.affiliation,
            "mention_count": len(person.mentions),
            "first_char": person.first_char,
            "is_quoted": id(person) in quoted,
        }
    return list(rows.values())
