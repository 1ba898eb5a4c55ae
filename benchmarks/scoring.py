"""Scoring rules shared by the quality benchmark: span overlap, name and value matching.

Quotes follow the Gender Gap Tracker's evaluation: a gold quote is found when
`|gold ∩ pred| / |gold|` exceeds a threshold (0.3, and 0.8), with one prediction per gold quote;
speaker accuracy is measured over the found quotes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Pronouns, relative ones too ("…," said Smith, who added "…": gold marks `who`)
PRONOUNS = frozenset("he she they we i it him her them his its their you who which that".split())
# Gold speakers that are a reporting verb: the annotator marked the cue, not a speaker
VERB_ONLY_SPEAKERS = frozenset("said says say told added asked wrote according".split())
UNSCORED_SPEAKERS = PRONOUNS | VERB_ONLY_SPEAKERS
DESCRIPTION_OPENERS = frozenset("the a an his her its their another".split())
NOT_ROLE_WORDS = frozenset("the a an of for and to in on at former current".split())


@dataclass
class Tally:
    """True positives, false positives and false negatives, with the derived figures."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def count(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)


# Issue 3's targets on the dev sets: (label, result name, threshold). A Tally is judged on its
# F1, a Ratio on its value.
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("BBC quotes F1 @0.3", "quotes@0.3", 0.95),
    ("BBC quotes F1 @0.8", "quotes@0.8", 0.93),
    ("BBC speaker accuracy", "speaker accuracy", 0.93),
    ("BBC people F1", "people", 0.92),
    ("BBC role accuracy", "role accuracy", 0.85),
    ("BBC affiliation accuracy", "affiliation accuracy", 0.80),
    ("BBC amounts F1 (4 kinds)", "amounts (4 kinds)", 0.95),
    ("PolNeAR dev quotes F1 @0.3", "polnear.dev quotes@0.3", 0.95),
    ("PolNeAR dev quotes F1 @0.8", "polnear.dev quotes@0.8", 0.93),
    ("PolNeAR dev speaker accuracy", "polnear.dev speaker accuracy (named speakers)", 0.93),
    ("Recognizers-Text currency cases right", "suite rt_CurrencyModel cases right", 0.95),
)


def judge_targets(results: dict[str, Tally | Ratio]) -> list[tuple[str, float, float, bool]]:
    """(label, figure, threshold, met) for each target whose set was scored in this run."""
    judged = []
    for label, name, threshold in TARGETS:
        if name not in results:
            continue
        score = results[name]
        figure = score.f1 if isinstance(score, Tally) else score.value
        judged.append((label, figure, threshold, figure >= threshold))
    return judged


@dataclass
class QuoteScore:
    at_03: Tally = field(default_factory=Tally)
    at_08: Tally = field(default_factory=Tally)
    speaker: Ratio = field(default_factory=Ratio)
    misses: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def overlap(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    inter = max(0, min(gold[1], pred[1]) - max(gold[0], pred[0]))
    return inter / max(1, gold[1] - gold[0])


def match_spans(
    gold: list[tuple[int, int]], pred: list[tuple[int, int]], threshold: float
) -> dict[int, int]:
    """Greedy one-to-one matching, best overlap first: gold index → prediction index."""
    candidates = sorted(
        (
            (overlap(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if overlap(g, p) > threshold
        ),
        reverse=True,
    )
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in candidates:
        if gi in matched or pi in used:
            continue
        matched[gi] = pi
        used.add(pi)
    return matched


def fold(text: str | None) -> str:
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", " ", ascii_text.lower()).strip()


def same_speaker(gold: str | None, pred: str | None, pred_role: str | None = None) -> bool:
    """Names match on the full name or the surname; descriptions on their last word.

    A gold speaker written with an appositive or a parenthesis (`Kenneth Baer, a former
    official`, `Another critic, Laurence H. Tribe,`, `Rep. Gwen Moore (D-Wis.)`) matches on
    any of its comma parts. A gold description (`the mayor`, `The Indiana governor`: the gold
    has no coreference) matches the named person predicted when the article gives that person
    a role with one of the description's words (`Mayor Bill de Blasio`)."""
    if not gold:
        return _same_speaker_part(gold, pred)
    gold = _repaired(gold)
    gold = re.sub(r"\([^)]*(?:\)|$)", " ", gold)  # a party tag, closed or cut: '(R-Pa.'
    gold = REFLEXIVE_AFTER_NAME.sub("", gold)  # 'Cruz himself'
    gold = re.sub(r"[\"“][^\"“”]*[\"”]", " ", gold)  # 'Gingrich "He should …"'
    gold = re.sub(r"[’']s\b", "", gold)
    # An aside between dashes or a relative clause is one more part: 'Jason Sims — a
    # teacher from Mount Pleasant —', 'Sen. Jim Whelan who represents Atlantic City', 'the
    # base chief known as Bob'.
    # So is a participle phrase after a description: 'A Government Accountability Office
    # report released last year', 'a complaint filed by the SEC', 'the order released Friday'.
    gold = re.sub(
        r"\s+[—–]\s+|\s+(?=(?:who|whose|which|known\s+as)\s)"
        r"|(?<=[a-z])\s+(?=[a-z]+ed\s+(?:by|last|in|on|this|"
        r"earlier|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)",
        ",",
        gold,
    )
    parts = [part for part in gold.split(",") if part.strip()] or [gold]
    if any(_same_speaker_part(part, pred) for part in parts):
        return True
    return pred_role is not None and any(_describes(part, pred_role) for part in parts)


REFLEXIVE_AFTER_NAME = re.compile(r"\s+(?:himself|herself|themselves)\b")


def _repaired(gold: str) -> str:
    """Gold text that went through a wrong decoding ('SarukhÃ\x83Â¡n'), decoded as written."""
    if not any(ord(char) > 127 for char in gold):
        return gold
    import ftfy

    return ftfy.fix_text(gold, uncurl_quotes=False)


def _same_speaker_part(gold: str | None, pred: str | None) -> bool:
    """The names match as written or without where the person is from ('Speaker of the House
    Rep. Paul Ryan' is Paul Ryan as written, 'Stu Rothenberg of the … Report' without)."""
    return _same_written(gold, pred) or _same_written(
        _without_of_place(gold), _without_of_place(pred)
    )


def _same_written(gold: str | None, pred: str | None) -> bool:
    g, p = fold(gold), fold(pred)
    if not g or not p:
        return g == p
    if g == p:
        return True
    g_words, p_words = _name_words(g), _name_words(p)
    if not g_words or not p_words:
        return False
    # One gold word that opens our full name: a surname written first ('Xi' for Xi
    # Jinping) or the first name the article calls the person by ('Tom' for Tom Ebeling).
    return g_words[-1] == p_words[-1] or (
        len(g_words) == 1
        and len(p_words) > 1
        and all(word[:1].isupper() for word in (pred or "").split())
        and g_words[0] == p_words[0]
    )


SMALL_WORDS = frozenset(("the", "a", "an", "mr", "mrs", "ms", "dr"))
GENERATION_WORDS = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _name_words(folded: str) -> list[str]:
    """The words that name: articles and courtesy titles out, and a generational suffix
    ('Vann R. Newkirk II' is Vann R. Newkirk)."""
    words = [w for w in folded.split() if w not in SMALL_WORDS]
    while len(words) > 1 and words[-1] in GENERATION_WORDS:
        words.pop()
    return words


def _describes(description: str, role: str) -> bool:
    """`the mayor` describes someone whose role is `Mayor`; `the Vermont senator` one whose role
    is `Sen.`/`Senator` (the role's words, less small words, meet the description's)."""
    words = fold(description).split()
    if not words or words[0] not in DESCRIPTION_OPENERS:
        return False
    role_words = {w.rstrip(".") for w in fold(role.replace("Sen.", "Senator")).split()}
    return bool((role_words - NOT_ROLE_WORDS) & set(words[1:]))


def _without_of_place(name: str | None) -> str | None:
    """`Representative Charles B. Rangel of New York` → `Representative Charles B. Rangel`,
    `Mr. Morgan of the Sierra Club` → `Mr. Morgan`: where a named person is from is not part
    of the name. Descriptions keep it ("the chair of the DNC")."""
    if not name:
        return name
    match = re.match(r"(?P<person>.*?[A-Z][\w.’'-]*)\s+of\s+\S.*$", name)
    return match.group("person") if match else name


PEERAGE_TITLES = ("lord ", "lady ", "baroness ", "baron ", "sir ", "dame ")


def same_name(gold: str, pred: str) -> bool:
    """The same person's name: equal folded, the same surname and initial, or a title and
    one name against that name alone ('Lord Ashcroft' and 'Ashcroft')."""
    g, p = _without_peerage(fold(gold)), _without_peerage(fold(pred))
    return g == p or (
        len(g.split()) > 1
        and len(p.split()) > 1
        and g.split()[-1] == p.split()[-1]
        and g.split()[0][0] == p.split()[0][0]
    )


def _without_peerage(folded: str) -> str:
    title = next((t for t in PEERAGE_TITLES if folded.startswith(t)), "")
    return folded.removeprefix(title)


def same_phrase(gold: str | None, pred: str | None) -> bool:
    """Equal or contained after folding; countries compared by their canonical name (the
    contract's "Britain's" → United Kingdom)."""
    from transforms.lexicon import country_of

    gold = country_of(gold or "") or gold
    pred = country_of(pred or "") or pred
    g, p = fold(gold), fold(pred)
    return bool(g and p) and (g == p or g in p or p in g)


def value_ok(gold: float | None, pred: float | None, tolerance: float = 0.01) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold == 0:
        return abs(pred) < 1e-9
    return abs(gold - pred) / abs(gold) <= tolerance


GOLD_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def locate(body: str, text: str, near: int) -> tuple[int, int] | None:
    """Where `text` stands in body, the occurrence closest to `near`. Runs of spaces (non-breaking
    ones too) are one space, as the parser writes them in the body."""
    text = GOLD_SPACES.sub(" ", text)
    if not text:
        return None
    best: tuple[int, int] | None = None
    start = body.find(text)
    while start != -1:
        if best is None or abs(start - near) < abs(best[0] - near):
            best = (start, start + len(text))
        start = body.find(text, start + 1)
    return best
