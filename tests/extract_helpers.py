"""Small helpers for extractor tests: run the extractors over an inline article."""

from __future__ import annotations

from transforms.parse import ParsedArticle, parse_article
from transforms.people import Person, find_people
from transforms.quotes import AttributedQuote, extract_quotes


def article(*paragraphs: str, title: str = "A headline for the test") -> ParsedArticle:
    return parse_article(title + "\n\n" + "\n\n".join(paragraphs))


def quotes_of(*paragraphs: str) -> list[AttributedQuote]:
    parsed = article(*paragraphs)
    return extract_quotes(parsed, find_people(parsed.body))


def people_of(*paragraphs: str) -> dict[str, Person]:
    parsed = article(*paragraphs)
    return {p.name: p for p in find_people(parsed.body)}


def speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name) for q in quotes_of(*paragraphs)]
