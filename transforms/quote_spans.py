"""Find the text inside quotation marks, paragraph by paragraph.

Handles curly (“ ”), straight ("), typewriter (`` '') and, in articles that use no double marks at
all, single quotation marks (‘ ’, or straight ones where a quoted sentence shows the style:
"'We won,' he said"; apostrophes, plurals' possessives and decades ('90s) are told apart). An
article that credits two sentences or more in single marks to a speaker speaks in them beside
its double ones (the tabloid style), outside its double-marked quotations.
A quotation left open at the end of a paragraph runs to the paragraph's end (news style for a
quote that continues into the next paragraph). Stray or unbalanced marks never raise: they are
skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.names import NICKNAME, is_nickname_at
from transforms.parse import ParsedArticle

DOUBLE_MARKS = re.compile(r"``|''|[\"“”„«»]")
SINGLE_MARKS = re.compile(r"[‘’']")
ALWAYS_OPEN = frozenset({"“", "``", "„", "«"})
ALWAYS_CLOSE = frozenset({"”", "''", "»"})
OPEN_BEFORE = frozenset(" \t\n([{—–-/")
CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-/…")
MIN_QUOTE_CHARS = 2
# Speech in straight single marks, as some British outlets write it: "'We won,' he said."
STRAIGHT_SINGLE_SPEECH = re.compile(
    r"(?:^|(?<=[\s(]))'[A-Z][^\n]{2,}?[,.?!]'(?=\s|$)", re.MULTILINE
)
# A sentence in single marks credited to a speaker: "'We will rebuild Britain,' Sir Keir
# Starmer told supporters", "he said: 'The work begins.'" (tried where a single mark opens
# before a capital: a regex searched over the whole body costs 5% of extraction).
SINGLE_OPENING = re.compile(r"['‘](?=[A-Z])")  # then only after a space or bracket
CREDITED_AFTER = re.compile(
    r"['‘][A-Z][^\n]{2,}?[,?!][’']"
    r"(?=\s(?:[\w.’'-]+\s){0,4}?(?:said|says|told|tells|added|asked|insisted|warned)\b)"
)
# A single mark closing after a comma or stop, which such an article cannot lack (a cheap test
# before the scan)
SINGLE_CLOSES_SENTENCE = (",'", ",’", ".'", ".’")
SENTENCE_IN_SINGLE = re.compile(r"['‘][A-Z][^\n]{2,}?[.?!][’'](?=\s|$)")
# Such sentences an article must hold to speak in single marks beside its double ones (the
# tabloid style: "'We will rebuild Britain,' Sir Keir said", a phrase in double marks).
MIN_SINGLE_SPEECH = 2
# A quoted transcript line: "PENCE: Well, look…", "MR. WALLACE: …": the label is the speaker's
TRANSCRIPT_LABEL = re.compile(
    r"(?P<label>[A-Z][A-Z’'\-]+\.?(?: [A-Z][A-Z’'\-]+\.?){0,2}):\s+(?=\S)"
)


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted text in the body: [start, end) excludes the marks and surrounding white space."""

    start: int
    end: int
    paragraph_index: int
    mark_start: int
    mark_end: int
    closed: bool
    continues_previous: bool
    label: str | None = None  # the speaker's label of a quoted transcript line ("PENCE")


def find_quote_spans(article: ParsedArticle) -> list[QuoteSpan]:
    """All quotation spans of an article, in body order."""
    body = article.body
    use_single = not DOUBLE_MARKS.search(body) and (
        "‘" in body or STRAIGHT_SINGLE_SPEECH.search(body) is not None
    )
    single_too = not use_single and _speaks_in_single_marks(body)
    spans: list[QuoteSpan] = []
    previous_open = False
    for index, (paragraph, offset) in enumerate(
        zip(article.paragraphs, article.paragraph_starts, strict=True)
    ):
        found = _paragraph_spans(paragraph, single=use_single)
        if single_too:
            found = _with_single_outside(found, _paragraph_spans(paragraph, single=True))
        for n, (mark_start, mark_end, closed) in enumerate(found):
            start, end = _trim(paragraph, mark_start, mark_end)
            label = TRANSCRIPT_LABEL.match(paragraph, start, end)
            if label is not None:
                start = label.end()
            if end - start < MIN_QUOTE_CHARS:
                continue
            if (
                closed
                and NICKNAME.fullmatch(paragraph, start, end)
                and is_nickname_at(paragraph, mark_start, mark_end)
            ):
                continue  # 'Marcia "Cia" Price': part of a name, not a quotation
            opens_paragraph = not paragraph[:mark_start].strip(" \"“‘`'«„")
            spans.append(
                QuoteSpan(
                    start=offset + start,
                    end=offset + end,
                    paragraph_index=index,
                    mark_start=offset + mark_start,
                    mark_end=offset + mark_end,
                    closed=closed,
                    continues_previous=n == 0 and opens_paragraph and previous_open,
                    label=label.group("label") if label is not None else None,
                )
            )
        previous_open = bool(found) and not found[-1][2]
    return spans


def _speaks_in_single_marks(body: str) -> bool:
    """Whether at least MIN_SINGLE_SPEECH sentences in single marks are credited to a speaker,
    after it ("'…,' he said") or before it ("he said: '…'")."""
    if not any(close in body for close in SINGLE_CLOSES_SENTENCE):
        return False
    credited = 0
    for opening in SINGLE_OPENING.finditer(body):
        at = opening.start()
        if at and body[at - 1] not in " \t\n(":
            continue
        if CREDITED_AFTER.match(body, at) or (
            body.endswith(": ", 0, at) and SENTENCE_IN_SINGLE.match(body, at)
        ):
            credited += 1
            if credited >= MIN_SINGLE_SPEECH:
                return True
    return False


def _with_single_outside(
    double: list[tuple[int, int, bool]], single: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """The double-mark spans and the closed single-mark ones outside them (inside, a single
    mark opens a quotation within the quotation), in order."""
    outside: list[tuple[int, int, bool]] = [
        (opened, ended, closed)
        for opened, ended, closed in single
        if closed and not any(opened <= end + 1 and start - 1 <= ended for start, end, _ in double)
    ]
    return sorted(double + outside)


def _paragraph_spans(text: str, *, single: bool) -> list[tuple[int, int, bool]]:
    """(start of the opening mark, end of the content, closed?) for each quotation in text.
    Inside a quotation opened by a straight mark, a curly one opens a nested quotation ("…an
    episode of “Shark Tank.” But…") that its curly closer ends; the outer one goes on."""
    marks = SINGLE_MARKS if single else DOUBLE_MARKS
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    straight_outer = False
    nested = 0
    for match in marks.finditer(text):
        mark, position = match.group(), match.start()
        role = _role(text, mark, position, match.end(), inside=open_at is not None)
        if (
            single
            and mark in "’'"
            and (role == "close" or mark == "'")
            and _is_apostrophe(text, position)
        ):
            continue  # "don't", "Trump's": a straight mark between letters never opens
        if (
            single
            and role == "open"
            and mark in "‘'"
            and text[match.end() : match.end() + 1].isdigit()
        ):
            continue  # "the '90s": a decade, no quotation
        if (
            single
            and role == "close"
            and open_at is not None
            and _plural_possessive(text, open_at, position)
        ):
            continue  # "'The players' wages are too high,' he said."
        if open_at is not None and straight_outer and mark in "“”":
            if mark == "“":
                nested += 1
                continue
            if nested:
                nested -= 1
                continue
        if role == "open":
            if open_at is not None and match.start() > open_at:
                spans.append((open_at, position, False))
            open_at = match.end()
            straight_outer, nested = mark == '"', 0
        elif role == "close" and open_at is not None:
            spans.append((open_at, position, True))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text), False))
    return spans


def _role(text: str, mark: str, start: int, end: int, *, inside: bool) -> str:
    if mark == "‘":
        return "open" if start == 0 or text[start - 1] in OPEN_BEFORE else "none"
    if mark in ALWAYS_OPEN:
        # An opening mark typed where a quotation closes ("“It's unusual,“ said Larry
        # Noble"): after the quotation's punctuation, before a space, it closes.
        if (
            mark == "“"
            and inside
            and start > 0
            and text[start - 1] in ",.!?"
            and (end == len(text) or text[end] in CLOSE_AFTER)
        ):
            return "close"
        return "open"
    if mark in ALWAYS_CLOSE or mark == "’":
        # A closing mark typed where a quotation opens ("”We need law…"): an opener.
        if (
            mark == "”"
            and not inside
            and (start == 0 or text[start - 1] in OPEN_BEFORE)
            and end < len(text)
            and text[end].isalnum()
        ):
            return "open"
        return "close"
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opens = before in OPEN_BEFORE or before in "“‘"
    closes = after in CLOSE_AFTER or after in "”’\"'"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if inside else "open"


def _is_apostrophe(text: str, position: int) -> bool:
    """A mark between letters or digits (don’t, Trump's) is an apostrophe; one after a plural's
    s is told apart by _plural_possessive."""
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _plural_possessive(text: str, opened: int, position: int) -> bool:
    """A single mark after a plural's s inside a quoted sentence ("'The players' wages are
    high,'"), followed by a lower-case word: an apostrophe. A quoted sentence ends at its
    punctuation; a quoted phrase ("a 'waste of resources' during") opens in lower case."""
    after = text[position + 1 : position + 3]
    return (
        text[position - 1 : position] == "s"
        and text[opened : opened + 1].isupper()
        and len(after) == 2
        and after[0] == " "
        and after[1].islower()
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
