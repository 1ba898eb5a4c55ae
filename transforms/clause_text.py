"""Small readings of a clause's text for the speaker resolver: its reporting verbs, where it
breaks, its last clause, the head of a description. Pure functions of strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from transforms.attribution_patterns import (
    ANSWERING_BACK,
    CLAUSE_BREAK,
    CONTRACTING_WORDS,
    DETERMINERS,
    GOING_ON,
    LY_NOUNS,
    MAX_SUBJECT_WORDS,
    NOUN_MARKERS,
    NOUN_PREPOSITIONS,
    NUMBER_WORDS,
    PARTICIPLE_ASIDE,
    PLURAL_NOUN_CUES,
    POINTING_OUT,
    POSTNOMINAL_ADJECTIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    REPORTED_SUBJECT,
    SHORT_PARENTHESIS,
    TRAILING_CAPITALISED,
    WORD,
)
from transforms.lexicon import (
    CUE_VERBS,
    ROLE_MODIFIERS,
    can_be_source,
    is_role_head,
)
from transforms.sentences import ABBREVIATIONS


def cue_verbs(text: str, *, first: bool) -> Iterator[re.Match[str]]:
    """The reporting verbs of text, from the first (or the last). After a determiner or a
    possessive the word is a noun: "one of the states suing", "the claims", "Clinton's
    comments"; capitalised inside the text, part of a name: "the United States"."""
    words = [(m, m.group().lower()) for m in WORD.finditer(text)]
    order = range(len(words)) if first else range(len(words) - 1, -1, -1)
    for i in order:
        match, word = words[i]
        if word in GOING_ON and [w for _, w in words[i + 1 : i + 3]] == ["on", "about"]:
            yield match  # "as Trump went on about "…"": talked at length
            continue
        if (
            word in GOING_ON
            and i + 1 < len(words)
            and words[i + 1][1] == "on"
            and text[words[i + 1][0].end() :].lstrip()[:1] in ("", ",", ".", ";", ":")
        ):
            yield match  # '"…," Trump went on, as if he had not heard her': he continued
            continue
        if word in ANSWERING_BACK and i + 1 < len(words) and words[i + 1][1] == "back":
            yield match  # "Bennett shot back", "Romney fired back", "Labour hit back"
            continue
        if word in POINTING_OUT and i + 1 < len(words) and words[i + 1][1] == "out":
            yield match  # '"…," points out former Olympian Steve Cram'
            continue
        if word in CUE_VERBS and not (
            i > 0
            and (
                _marks_a_noun(words[i - 1][0].group())
                or _plural_after_of(words, i)
                or _plural_after_adjective(words, i)
            )
        ):
            if i > 0 and match.group()[:1].isupper():
                continue  # a name's word ("the United States"), not a verb
            yield match


def _plural_after_of(words: list[tuple[re.Match[str], str]], i: int) -> bool:
    """A plural noun after "of", "with", "amid", perhaps with a hyphenated adjective: "a flurry
    of late-night tweets", "greeted with chants" (but "a spokesman of Labour says" keeps its
    verb: "says" is no noun)."""
    if words[i][1] not in PLURAL_NOUN_CUES:
        return False
    before = words[i - 1][1]
    return (
        before in NOUN_PREPOSITIONS
        or (i > 1 and "-" in before and words[i - 2][1] in NOUN_PREPOSITIONS)
        or any(w in QUANTIFIERS for _, w in words[max(0, i - 2) : i])  # "many Asian states"
    )


# Endings of adjectives, and common ones without such an ending, between a possessive or a
# determiner and a plural noun ("Trump's over-the-top comments", "his latest remarks").
ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "ic", "est", "less", "able", "ible")
PLAIN_ADJECTIVES = frozenset(
    """new old harsh recent latest own past earlier previous public private false wild
    bold blunt crude lewd angry strong tough many other such similar same few""".split()
)


def _plural_after_adjective(words: list[tuple[re.Match[str], str]], i: int) -> bool:
    """A plural noun after a common adjective ("refusing to recant earlier remarks"), or after
    a possessive or a determiner and an adjective: "Trump's controversial comments make him
    wish" (but "Clinton's campaign claims" keeps its verb: "campaign" is a noun)."""
    if i < 2 or words[i][1] not in PLURAL_NOUN_CUES:
        return False
    if not words[i - 1][0].group()[:1].islower():
        return False  # a name: "Lopez-Cantera promises to"
    adjective = words[i - 1][1]
    if "-" in adjective or adjective in PLAIN_ADJECTIVES:
        return True  # "refusing to recant earlier remarks"
    return (
        _marks_a_noun(words[i - 2][0].group())
        and adjective.endswith(ADJECTIVE_ENDINGS)
        and not is_role_head(adjective)
    )


def _marks_a_noun(word: str) -> bool:
    """A determiner or a possessive ("Clinton's comments"), not a contraction ("he's
    claiming")."""
    if word.lower() in NOUN_MARKERS:
        return True
    return word.endswith(("'s", "’s")) and word[:-2].lower() not in CONTRACTING_WORDS


def up_to_break(text: str, breaks: str) -> str:
    """text up to the first of `breaks` or a full stop that ends a sentence (not `Rep.`,
    `G.K.`, `Mr.`)."""
    for index, char in enumerate(text):
        if char in breaks:
            return text[:index]
        if char == "." and not is_abbreviation(text, index):
            return text[:index]
    return text


def without_trailing_title(head: str) -> str:
    """head less the title right before a name: capitalised words and, up to three, the words
    of a role ("…, Republican presidential nominee" before "Donald Trump")."""
    untitled = TRAILING_CAPITALISED.sub("", head)
    words = untitled.split()
    role_words = 0
    while (
        words
        and role_words < 3
        and (
            is_role_head(words[-1])
            or words[-1].lower() in ROLE_MODIFIERS
            or words[-1].endswith("al")
        )
    ):
        words.pop()
        role_words += 1
    if not role_words:
        return untitled
    return TRAILING_CAPITALISED.sub("", " ".join(words))  # "…, Republican" before the role


def end_of_word(text: str, count: int) -> int:
    """Where the count-th word of text ends (the text's end when it has fewer)."""
    for n, match in enumerate(WORD.finditer(text), start=1):
        if n == count:
            return match.end()
    return len(text)


def is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]*$", text[:dot])
    token = word.group() if word else ""
    return bool(token) and (
        token.lower().replace(".", "") in ABBREVIATIONS
        or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token) is not None
    )


def reported_clause_start(text: str, at: int) -> int:
    """Where the words after a reporting verb at `at` start, past the reported clause's own
    subject ("said [that] Clinton will …")."""
    reported = REPORTED_SUBJECT.match(text, at)
    return reported.end() if reported else at


def is_adverb(word: str) -> bool:
    """An -ly adverb ("repeatedly", "publicly"), not a noun ending so ("family", "ally")."""
    return len(word) > 5 and word.endswith("ly") and word not in LY_NOUNS


def description_start(lowered: list[str], words: list[str] | None = None) -> int | None:
    """Where the description before a reporting verb starts: its last determiner, unless that
    one opens a prepositional phrase ("a spokeswoman for Friends of the Earth", "a source close
    to the campaign", "an aide to the governor")."""
    starts = [
        i
        for i, w in enumerate(lowered)
        if (
            w in DETERMINERS
            # "accused her of making racist remarks": an object, not "her" before a noun
            and not (w == "her" and i + 1 < len(lowered) and lowered[i + 1] in PREPOSITIONS)
        )
        or (
            # "two people familiar with the talks" (not "the two firms", not the channel Five)
            w in NUMBER_WORDS
            and words is not None
            and words[i].islower()
            and (i == 0 or lowered[i - 1] not in DETERMINERS)
        )
    ]
    for i in reversed(starts):
        if i == 0 or not (
            lowered[i - 1] in PREPOSITIONS
            or (
                lowered[i - 1] == "to"
                and i > 1
                and (lowered[i - 2] in POSTNOMINAL_ADJECTIVES or can_be_source(lowered[i - 2]))
            )
        ):
            return i
    return starts[0] if starts else None


def description_head(
    lowered: list[str],
    words_capitalised: list[bool] | None = None,
    *,
    name_after_noun: bool = False,
) -> str:
    """The noun a description is about: `spokeswoman` in "a spokeswoman for Human Rights Watch",
    `colleagues` in "one of her colleagues", `report` in "the latest report"."""
    words_capitalised = words_capitalised or [False] * len(lowered)
    for i, word in enumerate(lowered[1:], start=1):
        if word == "to" and i > 2 and lowered[i - 1] in POSTNOMINAL_ADJECTIVES:
            return lowered[i - 2]  # "a person close to the Clintons"
        if word == "to" and i > 1 and can_be_source(lowered[i - 1]) and i + 1 < len(lowered):
            following = lowered[i + 1]
            if (
                following in DETERMINERS
                or following in QUANTIFIERS
                or following.endswith("s")
                or words_capitalised[i + 1]
            ):
                return lowered[i - 1]  # "an adviser to Trump", "a note to clients"
        if word in PREPOSITIONS and i > 1:
            if lowered[i - 1] in QUANTIFIERS:
                return lowered[-1]
            if lowered[i - 1] in POSTNOMINAL_ADJECTIVES and i > 2:
                return lowered[i - 2]  # "a source familiar with", "an aide close to"
            return lowered[i - 1]
    if name_after_noun and not is_role_head(lowered[-1]):
        named_from = len(lowered)
        while named_from > 1 and words_capitalised[named_from - 1]:
            named_from -= 1
        if (
            1 < named_from <= 4
            and named_from < len(lowered)
            and can_be_source(lowered[named_from - 1])
        ):
            return lowered[named_from - 1]  # "the Israeli newspaper Haaretz": a newspaper
    return lowered[-1]


# "the Department for Work and Pensions", "Trade and Industry": "and" between capitalised words
# after "for"/"of" joins a name's words, it opens no clause.
NAME_BEFORE_AND = re.compile(r"\b(?:for|of)\s+(?:[A-Z][\w\-]*,?\s+){1,3}\Z")
CAPITAL_AFTER_AND = re.compile(r"\s+[A-Z]")


def _and_inside_a_name(text: str, found: re.Match[str]) -> bool:
    return (
        found.group() == "and"
        and NAME_BEFORE_AND.search(text, max(0, found.start() - 60), found.start()) is not None
        and CAPITAL_AFTER_AND.match(text, found.end()) is not None
    )


def last_clause(text: str) -> str:
    """The words just before a reporting verb, back to a clause break; appositives kept."""
    stripped = text.rstrip(" ,")
    # A short aside in parentheses is part of the clause: "Sen. Ted Cruz (Tex.) has said".
    masked = SHORT_PARENTHESIS.sub(lambda m: " " * len(m.group()), stripped)
    breaks = [b for b in CLAUSE_BREAK.finditer(masked) if not _and_inside_a_name(masked, b)]
    clause = stripped[breaks[-1].end() :] if breaks else stripped
    words = clause.split()
    aside = PARTICIPLE_ASIDE.search(clause)
    subject_then_aside = aside is not None and len(clause[: aside.start()].split()) <= 3
    if len(words) > MAX_SUBJECT_WORDS + 6 and not subject_then_aside:
        clause = " ".join(words[-(MAX_SUBJECT_WORDS + 6) :])
    return clause if clause.strip() else stripped
