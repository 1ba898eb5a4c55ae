"""Regex alternations of word lists, written as a prefix tree.

Python's `re` tries the branches of `a|b|c` one after another at every position; a prefix tree
(`t(?:en|hree|wo)`) decides on the first letter, which makes word-list searches several times
faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
_END = ""


def word_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex that matches exactly the given words (longest branch first)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(trie) if trie else "(?!)"


def _branches(node: _Trie) -> str:
    alternatives = [
        re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body
