"""Numbers as news writes them: `1,400`, `1.5`, `six`, `twenty-five`, `two and a half`."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
    "lakh crore": 1e12,  # Indian news: "Rs 1.2 lakh crore"
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "tr": 1e12,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
PLURAL_FRACTIONS = {"quarters": "quarter", "thirds": "third"}

_unit_words = "|".join(sorted(UNITS, key=len, reverse=True))
_tens_words = "|".join(TENS)
# "half a", "a quarter of a", "three-quarters of a" before a scale: "half a trillion dollars".
FRACTION_OF_A = r"(?:half|(?:a|one|three)[\s-]quarters?\s+of|(?:a|one|two)[\s-]thirds?\s+of)\s+an?"
WORD_NUMBER = (
    rf"(?:{FRACTION_OF_A}(?=\s+(?:{'|'.join(SCALES)})\b)|"
    rf"(?:{_tens_words})(?:[\s-](?:{_unit_words}))?|{_unit_words}|a|an|a\s+few|several|dozens?)"
    rf"(?:\s+hundred)?(?:\s+and\s+(?:a\s+)?(?:half|quarter))?"
)
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
NUMBER = rf"(?:{DIGIT_NUMBER}|(?i:{WORD_NUMBER})(?![\w]))"
# "4 1/2", "1/4": a whole number and a simple fraction, as lengths and times are written in the
# US. Only halves, thirds, quarters and eighths: "9/11" and "24/7" are no fractions.
SIMPLE_FRACTION = r"(?:\d{1,4}\s)?[1-7]/[2348](?![\d/])"
MIXED_FRACTION = re.compile(r"(?:(?P<whole>\d+)\s+)?(?P<top>\d+)/(?P<bottom>\d+)")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it is not one."""
    cleaned = text.strip().lower().replace(",", "")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        pass
    fraction = MIXED_FRACTION.fullmatch(cleaned)
    if fraction is not None:
        top, bottom = int(fraction["top"]), int(fraction["bottom"])
        if not 0 < top < bottom:
            return None
        return int(fraction["whole"] or 0) + top / bottom
    total = 0.0
    current = 0.0
    seen = False
    words = [PLURAL_FRACTIONS.get(w, w) for w in re.split(r"[\s-]+", cleaned) if w and w != "of"]
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if word == "and":
            continue
        if re.fullmatch(r"\d*\.?\d+", word):
            current += float(word)
            seen = True
        elif word in ("a", "an"):
            seen = True
            if previous != "and":
                current = current or 1.0
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in FRACTIONS:
            if previous == "and" or (
                previous in ("a", "an") and index >= 2 and words[index - 2] == "and"
            ):
                current += FRACTIONS[word]
            else:
                current = FRACTIONS[word] * (
                    current if previous not in ("a", "an") and current else 1.0
                )
            seen = True
        elif word in ("dozen", "dozens"):
            current = (current or 1.0) * 12
            seen = True
        elif word in ("few", "several"):
            current = 3.0
            seen = True
        elif word == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None
