"""Text → title, headline, paragraphs and body.

The body is the one string every offset in the warehouse points into, so it is built here and
nowhere else: paragraphs joined by a blank line, in NFC, with `\\n` line ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_SEPARATOR = "\n\n"
# Runs of two or more blanks, or any blank that is not a plain space (tab, no-break, thin …).
INLINE_SPACE = re.compile(
    r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]"
)
ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]")
SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
HEADLINE_MAX_WORDS = 20
WRAPPED_LINE_MIN, WRAPPED_LINE_MAX = 40, 100


@dataclass(frozen=True)
class ParsedArticle:
    """An article split into its parts; `paragraph_starts[i]` is paragraph i's offset in body."""

    title: str
    headline: str | None
    paragraphs: tuple[str, ...]
    body: str
    paragraph_starts: tuple[int, ...]

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph that holds body offset `offset`."""
        index = 0
        for i, start in enumerate(self.paragraph_starts):
            if start > offset:
                break
            index = i
        return index


def parse_article(text: str) -> ParsedArticle:
    """Split decoded text into title (first non-blank line), optional headline, and paragraphs."""
    lines = [_clean_line(line) for line in text.split("\n")]
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return ParsedArticle("", None, (), "", ())
    title = lines[first]
    paragraphs = _paragraphs(lines[first + 1 :])
    headline = None
    if len(paragraphs) > 1 and _is_headline(paragraphs[0], title):
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    starts: list[int] = []
    position = 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    return ParsedArticle(title, headline, tuple(paragraphs), body, tuple(starts))


def _clean_line(line: str) -> str:
    if "  " in line or ODD_SPACE.search(line):
        line = INLINE_SPACE.sub(" ", line)
    return line.strip()


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank lines separate blocks; a block is one paragraph per line unless hard-wrapped."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    paragraphs: list[str] = []
    for block in blocks:
        if not block:
            continue
        if _is_hard_wrapped(block):
            paragraphs.append(" ".join(block))
        else:
            paragraphs.extend(block)
    return paragraphs


def _is_hard_wrapped(block: list[str]) -> bool:
    """A block whose lines were wrapped at a fixed width: every line but the last is of similar
    length and most of them stop mid-sentence."""
    if len(block) < 2:
        return False
    inner = block[:-1]
    if not all(WRAPPED_LINE_MIN <= len(line) <= WRAPPED_LINE_MAX for line in inner):
        return False
    mid_sentence = sum(1 for line in inner if not SENTENCE_END.search(line))
    return mid_sentence * 2 > len(inner)


def _is_headline(candidate: str, title: str) -> bool:
    """The first paragraph repeats the title (or part of it), or is itself a short headline."""
    folded, title_folded = candidate.casefold(), title.casefold()
    if folded == title_folded or (len(folded) > 10 and folded in title_folded):
        return True
    if len(title_folded) > 10 and title_folded in folded and not SENTENCE_END.search(candidate):
        return True
    words = candidate.split()
    if not words or len(words) > HEADLINE_MAX_WORDS or SENTENCE_END.search(candidate):
        return False
    if any(ch in candidate for ch in '"“”'):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or not word[:1].isalpha())
    return capitalised / len(words) >= 0.75
