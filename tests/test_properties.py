"""Properties of the extractors on arbitrary text: never raise, offsets valid, deterministic."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.article import SourceFacts, extract_article
from transforms.decode import RejectedInput, decode_bytes

NEWS_ALPHABET = st.sampled_from(
    [
        *list(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-%$£€'\"“”‘’`\n"
        ),
        "said",
        " Mr ",
        " Ms ",
        "John Smith",
        "$4bn",
        "12%",
        "six months",
        "he said",
        "''",
        "``",
    ]
)
ARTICLE_TEXT = st.lists(NEWS_ALPHABET, max_size=400).map("".join)


def _extract(text: str):
    return extract_article(
        text,
        SourceFacts("x.txt", "0" * 64, "utf-8"),
        run_id="r",
        ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
        extractor_version="t",
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXT)
def test_extraction_never_raises_and_offsets_reproduce_text(text: str) -> None:
    rows = _extract(text)
    body = rows.article["body"]
    for quote in rows.quotes:
        assert body[quote["char_start"] : quote["char_end"]] == quote["quote_text"]
    for amount in rows.amounts:
        assert body[amount["char_start"] : amount["char_end"]] == amount["text"]
    people = {p["person_id"] for p in rows.people}
    assert all(q["person_id"] in people for q in rows.quotes if q["person_id"])
    assert len({q["quote_id"] for q in rows.quotes}) == len(rows.quotes)
    assert len({a["amount_id"] for a in rows.amounts}) == len(rows.amounts)


@settings(max_examples=100, deadline=None)
@given(ARTICLE_TEXT)
def test_extraction_is_deterministic(text: str) -> None:
    assert _extract(text) == _extract(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_returns_text_or_a_reasoned_reject(raw: bytes) -> None:
    try:
        decoded = decode_bytes(raw)
    except RejectedInput as rejected:
        assert rejected.reason in {"empty", "binary", "undecodable"}
    else:
        assert isinstance(decoded.text, str) and decoded.text.strip()
        assert "\r" not in decoded.text
