"""word_alternation: a prefix-tree regex that matches exactly the listed words."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from transforms.regex_words import word_alternation

WORDS = st.lists(st.text(alphabet="abc.-", min_size=1, max_size=5), max_size=12)


@given(WORDS, st.text(alphabet="abc.-", max_size=6))
def test_fullmatches_exactly_the_listed_words(words: list[str], candidate: str) -> None:
    pattern = re.compile(word_alternation(words))
    assert (pattern.fullmatch(candidate) is not None) == (candidate in words)


def test_a_search_prefers_the_longest_word_at_a_position() -> None:
    pattern = re.compile(rf"\b{word_alternation(['ten', 'tens', 'tenth', 'one'])}\b")
    found = [m.group() for m in pattern.finditer("tens of tenths, one tenth, ten")]
    assert found == ["tens", "one", "tenth", "ten"]  # "tenths" is not listed


def test_an_empty_list_matches_nothing() -> None:
    assert re.search(word_alternation([]), "anything") is None
