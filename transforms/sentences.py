"""Sentence boundaries inside a paragraph, with quotations treated as opaque blocks."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sir st jr sr rev gen col capt lt sgt gov sen rep del adm maj pres supt
    insp cllr jan feb mar apr jun jul
    aug sep sept oct nov dec no vs etc inc ltd co corp dept est fig approx
    u.s u.k e.g i.e""".split()
)


def _not_after_abbreviation() -> str:
    """Look-behinds that keep a full stop after an abbreviation or an initial from ending a
    sentence ('Mr. Smith', 'George W. Bush'); one per length, as a look-behind needs."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(ABBREVIATIONS):
        by_length.setdefault(len(word), []).append(re.escape(word))
    guards = "".join(rf"(?<!\b(?i:{'|'.join(words)}))" for _, words in sorted(by_length.items()))
    return guards + r"(?<!\b[A-Z])"


# A sentence's end found in a whole body at once: a line break, or a stop and the space after
# it, not after an abbreviation. Lighter than sentence_bounds (no quotation masking), for rules
# that look one sentence back from a position.
SENTENCE_END = re.compile(rf"(?:\n+|(?:{_not_after_abbreviation()}\.|[!?])[\"”]?\s+)")
END_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"“‘(\[]{0,2}[A-Z0-9À-Þ])")
WORD_BEFORE_STOP = re.compile(r"([\w.]+)[.]$")
INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
# A wire dateline opening a paragraph: "PHILADELPHIA, July 25 (UPI) — ", "BEDFORD, N.H. (AP) — ",
# "DES MOINES, Iowa —". It is a sentence of its own, so the words after the dash open one.
DATELINE = re.compile(
    r"[A-Z][A-Z’'.\-]{2,}(?:\s[A-Z][A-Z’'.\-]+)*"
    r"(?:,?\s(?:[A-Z][a-z]{1,5}\.?|[A-Z]\.[A-Z]\.|\d{1,2}|\([A-Za-z ]{2,20}\)))*"
    r"\s*(?:—|–|--)\s*"
)


def sentence_bounds(text: str, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of each sentence in text; no boundary falls inside a masked range.

    A quotation that ends with terminal punctuation and is followed by a capitalised word or
    another quotation ends a sentence too.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    dateline = DATELINE.match(text)
    if dateline is not None and dateline.end() < len(text):
        bounds.append((0, dateline.end()))
        start = dateline.end()
    for match in END_CANDIDATE.finditer(text, start):
        cut = match.end()
        if any(s <= match.start() and match.end() <= e for s, e in masked):
            continue
        if text[match.start()] == ".":
            word = WORD_BEFORE_STOP.search(text[max(0, match.start() - 12) : match.start() + 1])
            if word and (
                word.group(1).lower().rstrip(".") in ABBREVIATIONS
                or INITIALS.fullmatch(word.group(1))
            ):
                continue
        bounds.append((start, cut))
        start = cut
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]
