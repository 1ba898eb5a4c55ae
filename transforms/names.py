"""Named-person mentions in text: capitalised runs, honorifics stripped, people told from the rest.

A run of capitalised words is a person when there is evidence for it: a known first name, an
honorific (`Mr`, `Dr`), a role just before it (`Foreign Minister`), or a reporting verb right after
it (`Kuleba said`) — and no word in it marks an organisation or a place (`News`, `Union`, `Bank`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from transforms.lexicon import (
    FEMALE_HONORIFICS,
    GENERATION_SUFFIXES,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    MALE_HONORIFICS,
    NON_PERSON_WORDS,
    NOT_NAME_WORDS,
    POST_NOMINALS,
    ROLE_HEADS,
    TITLES_KEPT_WITH_SINGLE_NAME,
    country_of,
    is_role_head,
    nationality_sex,
)
from transforms.places import MULTI_WORD_PLACES, US_STATES_OF_TWO_WORDS
from transforms.world_first_names import WORLD_FIRST_NAMES

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# One capitalised word (with inner apostrophes/hyphens), an initial ("W."), or a name particle.
ABBREVIATED_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Rev|St|Adm|Maj|Pres|Supt|Insp|Cllr|"
    r"Hon|Engr|Barr)\."
)
NAME_TOKEN = rf"(?:{ABBREVIATED_TITLE}|(?:[{UPPER}]\.){{1,3}}|[{UPPER}][\w’'\-]*[\w]|[{UPPER}])"
# Particles inside a surname ("Bill de Blasio", "Ruud van Nistelrooy"), capitalised when they
# open a sentence ("De Blasio said").
SURNAME_PARTICLES = frozenset(
    "de da di del della der den van von le la du bin bint ibn al el dos das ter ten".split()
)
PARTICLE = "(?:" + "|".join(sorted(SURNAME_PARTICLES)) + ")"
# The Arabic article joined to a surname by a hyphen: "Bashar al-Assad", "Abdel Fattah el-Sisi".
ARTICLE_PREFIX = re.compile(r"(?<![\w’'])(?:[aA]l|[eE]l)-(?=[A-ZÀ-Ž])")
# A nickname in quotation marks between a first name and a surname: 'Marcia "Cia" Price'.
NICKNAME = re.compile(rf"[{UPPER}][\w’'\-]*")
QUOTED_NICKNAME = rf"[\"“‘']{NICKNAME.pattern}[\"”’']"
NAME_RUN = re.compile(
    rf"(?=[{UPPER}])(?<![\w’'\-]){NAME_TOKEN}"
    rf"(?:(?:\s|\s{PARTICLE}\s|\s(?:al|el)-|\s{QUOTED_NICKNAME}\s){NAME_TOKEN})*(?![\w\-])",
    re.UNICODE,
)
NICKNAME_AFTER = re.compile(rf" {NAME_TOKEN}")
NAME_SUFFIXES = POST_NOMINALS | GENERATION_SUFFIXES
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
NON_SPACE = re.compile(r"\S+")
WORD = re.compile(r"[\w’'\-\.]+")
# ", the prime minister," / ", a spokesman for" right after a name.
APPOSITIVE_ROLE = re.compile(
    # not a clause after the comma ("North Carolina, which President Obama won", "Khomenei,
    # and current Supreme Leader Ali Khamenei": someone else's title)
    r",\s+(?!(?:which|who|whose|where|when|and|but|or)\b)"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w\-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# ", a Sanders supporter from Hemet", ", a retired nurse,": an appositive that makes a person
# of the name before it (an indefinite article, a few modifiers, a noun only people are).
PERSON_NOUNS = frozenset(
    """supporter voter resident parent mother father son daughter wife husband widow widower
    grandmother grandfather sister brother physician veteran retiree volunteer worker employee
    homeowner shopkeeper graduate native immigrant refugee mom dad friend neighbour
    neighbor""".split()
)  # roles are evidence of their own (APPOSITIVE_ROLE)
APPOSITIVE_PERSON = re.compile(
    r",\s+(?:a|an)\s+(?:[\w\-’']+\s+){0,3}?(?P<noun>[a-z]+)(?=\s+(?:from|of|in|at|who|for)\b|[,.;])"
)
# "Secretary of State Hillary Clinton", "Minister for Foreign Affairs Sergei Lavrov": after an
# office's capitalised title and "of"/"for", a capitalised run holds the office's own words,
# then the person's name. (Not after "a spokesman for the United Mine Workers".)
ROLE_OF_BEFORE = re.compile(
    r"\b(?P<role>"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")\s+(?:of|for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# A lower-case place noun right after a capitalised run makes it a place's name: "King Cross
# station", "the Beverly Hilton hotel", "the George V stadium".
PLACE_NOUN_AFTER = re.compile(
    r"\s(?:station|hotel|airport|stadium|street|road|avenue|square|bridge|park)\b"
)
ROLE_OF_THE_BEFORE = re.compile(r"\b(?P<head>[\w-]+)\s+(?:of|for)\s+[Tt]he\s+\Z")
# "the MP for York Central", "the seat of Milton Keynes South": a constituency, not a person.
CONSTITUENCY_BEFORE = re.compile(
    r"\b(?:(?:MP|MPs|MSP|MEP|MLA|AM|TD|member)\s+for|(?:seat|constituency)\s+of)\s+\Z"
)
# "the Harry Potter films": a name that modifies a series of works is the series' title.
WORK_NOUN_AFTER = re.compile(
    r"[\"”’']?\s(?:films|movies|books|novels|series|franchise|saga|trilogy|games)\b"
)  # (the title may stand in quotation marks: 'the "Harry Potter" films')
THE_BEFORE = re.compile(r"\b[Tt]he\s[\"“‘']?\Z")
# Titles that are also first names: a first name when two more names follow.
TITLES_ALSO_FIRST_NAMES = frozenset({"earl"})
SAYS_AFTER = re.compile(r",?\s+(?:said|says|told|tells|added|asked)\b")
# Reporting verbs that open a sentence before the name they credit: 'Said Jim Comey,'.
INVERTED_VERBS = frozenset("said says added asked told replied".split())
SAINTS_OF_PLACES = frozenset("san santa santo sao são".split())
QUOTATION_INTRODUCED = re.compile(r":|,\s*[\"“‘']")
# "Dipo Alli says he has …", "Stephen Nogar, 57, said": speaking of oneself as he or she,
# or an age given as an apposition (matched up to the comma after it), is said of people, not
# of firms or clubs.
SPEAKS_AS_HE_OR_SHE = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|told\s+[\w ]{2,30}?|added|insisted|insists|claimed|"
    r"claims|believes|believed|argued|argues|admitted|admits)\s+(?:that\s+)?(?:he|she)\s"
)
# The rest of the sentence a name opens, set off by a comma, then a sentence that opens with
# he/she speaking: "Shami Chakrabarti, from human rights group Liberty, joined calls for … She
# said: …"
HE_OR_SHE_SPEAKS_NEXT = re.compile(
    r"[^.!?\n]{0,300}[.!?]\s+(?:He|She)\s+(?:said|says|added|told|insisted|argued|warned)\b"
)
AGE_APPOSITIVE = re.compile(r",\s+(?:aged\s+)?\d{1,3}(?=,\s)")
# ", who …" after a capitalised run: people take "who", organisations "which".
WHO_AFTER = re.compile(r"(?:\s+(?:" + "|".join(sorted(GENERATION_SUFFIXES)) + r")\.?)?,\s+who\s")
# The letters that may follow a name before its apposition: " II, a writer", " MP, said".
SUFFIXES_AFTER_NAME = re.compile(r"(?:,?\s+(?:" + "|".join(sorted(NAME_SUFFIXES)) + r")\b\.?)*")
INITIAL = re.compile(rf"(?:[{UPPER}]\.)+")
SLUG_JUNK = re.compile(r"[^a-z0-9]+")
MAX_NAME_TOKENS = 4
UNCOUNTED_PARTICLES = frozenset("bin ibn bint al el da dos das".split())  # in lower case

# Compound adjectives are never names: "Apollo Project-type effort", "London-based".
ADJECTIVE_SUFFIXES = ("-based", "-type", "-style", "-like", "-led", "-backed", "-owned")


@dataclass(frozen=True)
class NameMention:
    """A person's name as it stands in the text, honorific excluded."""

    start: int
    end: int
    tokens: tuple[str, ...]
    honorific: str | None
    evidence: str

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


# Words of organisations and places that are also surnames: between a first name and a last
# one they are a name's ("Kathleen Hall Jamieson"); last, they stay a place's ("Albert Hall").
ALSO_SURNAMES = frozenset("hall park church house banks bank mills lake rivers green".split())
PLACE_NAME_LEAD = re.compile(r"\b(?:of|the)\s+$", re.IGNORECASE)
# Pronouns and forms of "be"/"do": no word of a person's name, often one of a title's.
CLAUSE_WORDS = frozenset(
    "it its he she they we you his her their our my your are is was were am be been "
    "do does did not".split()
)
COURTESY = frozenset("mr mrs ms miss mx dr".split())
# Small words that a title capitalises and a name never does: "Jewel Of The Nile".
TITLE_CASE_SMALL_WORDS = frozenset(("Of", "The", "And", "In", "On", "For", "With", "To"))


def person_slug(name: str) -> str:
    """Stable id from a name: accents and case folded, `Sergei Lavrov` → `sergei-lavrov`."""
    # "Bashar al-Assad" and "Bashar Assad" are one person: the joined article is left out.
    slug = SLUG_JUNK.sub("-", _unaccented(ARTICLE_PREFIX.sub("", name)).lower()).strip("-")
    if slug:
        return slug
    return "p-" + hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=1)
def _first_names() -> object:
    import gender_guesser.detector as gender_detector  # loaded once, on first use

    return gender_detector.Detector(case_sensitive=False)


# An accented first name is looked up without its accents only when it is at least this common
# somewhere: rare ones collide with English words ("Côme" and "come", "Indíana").
MIN_UNACCENTED_POPULARITY = 5


@lru_cache(maxsize=1)
def _accented_first_names() -> dict[str, str]:
    """The accented first names of the data by their unaccented spelling, for names English
    text writes without accents ("Francois" for François, "Soren" for Søren)."""
    names: dict[str, dict[str, str]] = _first_names().names  # type: ignore[attr-defined]
    by_plain: dict[str, str] = {}
    for name, frequencies in names.items():
        plain = _unaccented(name)
        if (
            plain == name
            or plain in names
            or len(plain) != len(name)  # a letter was dropped, not unaccented ("Gøran")
            or _popularity(frequencies) < MIN_UNACCENTED_POPULARITY  # "Côme", "África"
        ):
            continue
        by_plain.setdefault(plain, name)
    return by_plain


@lru_cache(maxsize=1)
def _world_first_names() -> dict[str, str]:
    """The first names of transforms/world_first_names.py, name → sex."""
    return dict(line.split("\t") for line in WORLD_FIRST_NAMES.strip().splitlines())


def _popularity(frequencies: dict[str, str]) -> int:
    """The highest of a name's per-country frequency marks in the first-name data (one
    hexadecimal digit per country, 1 = rare, up to D = very common)."""
    marks = [int(c, 16) for text in frequencies.values() for c in text if c.strip()]
    return max(marks, default=0)


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def first_name_gender(token: str) -> str | None:
    """'male', 'female', 'either' for a known first name, None when the word is not one."""
    detector = _first_names()
    guess = detector.get_gender(token)  # type: ignore[attr-defined]
    name = token
    if guess == "unknown" and token.isascii():
        accented = _accented_first_names().get(token.lower())
        if accented is not None:
            name = accented
            guess = detector.get_gender(accented)  # type: ignore[attr-defined]
    elif guess == "unknown":
        # "Micheál", "Ciarán", "Siobhán": the data has them written without the accent
        plain = _unaccented(token)
        if len(plain) == len(token):
            name = plain
            guess = detector.get_gender(plain)  # type: ignore[attr-defined]
    sex = _SEX_OF_GUESS.get(guess)
    if sex is None:
        # "Chinedu", "Ngozi", "Kwame": common where the first-name data is thin
        return _world_first_names().get(token)
    if sex in ("male", "female"):
        # The data's overall answer is across all countries; where English-language news is
        # written the same name may go the other way ("Bernie", "Rand": female overall, male
        # in the USA): then it is either.
        for country in ENGLISH_WRITING_COUNTRIES:
            local = _SEX_OF_GUESS.get(detector.get_gender(name, country))  # type: ignore[attr-defined]
            if local in ("male", "female") and local != sex:
                return "either"
    return sex


_SEX_OF_GUESS = {
    "male": "male",
    "mostly_male": "male",
    "female": "female",
    "mostly_female": "female",
    "andy": "either",
}
ENGLISH_WRITING_COUNTRIES = ("usa", "great_britain")


def honorific_gender(honorific: str | None) -> str | None:
    if honorific is None:
        return None
    key = honorific.lower().rstrip(".")
    if key in MALE_HONORIFICS:
        return "male"
    if key in FEMALE_HONORIFICS:
        return "female"
    return None


# "Liberal Democrat Sarah Teather", "Republican Lindsey Graham": a party word before a name
# is a title, not part of it.
PARTY_MEMBERS = frozenset(
    "democrat republican tory conservative labour socialist nationalist unionist".split()
)
# The words of PARTY_MEMBERS that name a person, not only a party ("Labour").
PARTY_PEOPLE = PARTY_MEMBERS - {"labour"}


def without_possessive(token: str) -> str:
    """`Turkey’s` → `Turkey`, `Jones'` → `Jones`."""
    if not token.endswith(POSSESSIVE_ENDINGS):
        return token
    for ending in POSSESSIVE_ENDINGS:
        if token.endswith(ending):
            return token[: -len(ending)]
    return token


def is_nickname_at(text: str, mark_start: int, mark_end: int) -> bool:
    """Whether the quotation between the marks (text from mark_start to mark_end, the marks
    just outside) is a nickname inside a name: 'Robert C. "Bobby" Scott'."""
    opening = mark_start - 1
    previous_word = text[max(0, opening - 30) : opening].split()[-1:]
    return (
        bool(previous_word)
        and previous_word[0][:1].isupper()
        and text[opening - 1 : opening] == " "
        and NICKNAME_AFTER.match(text, mark_end + 1) is not None
    )


def find_name_mentions(text: str) -> list[NameMention]:
    """Candidate person names in text, in order; each judged on its own context, and a name
    with no evidence of its own ("Palaniappan Chidambaram": no known first name) confirmed by
    its surname written elsewhere with an honorific ("Mr Chidambaram")."""
    mentions: list[NameMention] = []
    for match in NAME_RUN.finditer(text):
        run = match.group()
        if " " not in run:
            continue  # one word alone is never a name here (it needs an honorific)
        mentions.extend(_mentions_in_run(text, match.start(), run))
    unconfirmed = [m for m in mentions if not m.evidence]
    if not unconfirmed:
        return mentions
    confirmed = [m for m in mentions if m.evidence]
    titled_surnames = {m.tokens[0] for m in confirmed if len(m.tokens) == 1}
    found = [
        named
        for mention in unconfirmed
        if (mention.tokens[-1] in titled_surnames or _surname_given_an_age(text, mention))
        and (named := _confirmed_by_surname(text, mention)) is not None
    ]
    if not found:
        return confirmed  # already in text order
    return sorted(confirmed + found, key=lambda m: m.start)


def _surname_given_an_age(text: str, mention: NameMention) -> bool:
    """Whether the article gives the name's surname, written alone, an age: "Virat Kohli hit
    an unbeaten 121 … Kohli, 35, shared a partnership" (only people have ages)."""
    surname = mention.tokens[-1]
    at = text.find(surname + ", ", mention.end)
    while at != -1:
        if not text[at - 1 : at].isalnum() and AGE_APPOSITIVE.match(text, at + len(surname)):
            return True
        at = text.find(surname + ", ", at + 1)
    return False


def _confirmed_by_surname(text: str, mention: NameMention) -> NameMention | None:
    """An unconfirmed name whose surname the article also writes with an honorific: from its
    first known first name on ("Families Minister … Margaret Hodge"), else whole when its other
    words are no words of the article's own ("Palaniappan Chidambaram"; not "Vote Blair",
    "Senators Rubio") and it is not in a line of title-case words (a headline)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    line_words = line.split()
    capitalised = sum(1 for word in line_words if word[:1].isupper())
    if len(line_words) >= 4 and capitalised > 0.6 * len(line_words):
        return None
    tokens = mention.tokens
    for index in range(1, len(tokens) - 1):
        if first_name_gender(tokens[index]) is not None:
            start = text.find(tokens[index], mention.start, mention.end)
            return NameMention(start, mention.end, tokens[index:], None, "first_name")
    others = list(tokens[:-1])
    if _common_words(text, others) or any(
        "-" in word
        or word.lower().rstrip("s") in ROLE_HEADS
        or word.lower().endswith(WORD_ENDINGS_NOT_NAMES)
        for word in others
    ):
        return None  # "Classic Clinton", "Senators Rubio", "Excommunicates Trump"
    return replace(mention, evidence="surname_titled")


# Role words no surname is spelt like: a run ending in one is a title, not a name.
ROLES_NEVER_SURNAMES = frozenset(
    """chief minister president secretary spokesman spokeswoman spokesperson chairman
    chairwoman director executive officer senator congressman congresswoman ambassador
    commissioner adviser advisor analyst editor professor deputy aide official leader""".split()
)
COUNTING_WORDS = frozenset("one two three four five six seven eight nine ten".split())
# Endings of English verbs, adverbs and adjectives, rare at the end of an unknown first name.
WORD_ENDINGS_NOT_NAMES = ("es", "ed", "ing", "ly", "ic")


def _mentions_in_run(text: str, start: int, run: str) -> list[NameMention]:
    tokens = [
        (m.start() + start, m.group())
        for m in NON_SPACE.finditer(run)
        if m.group()[:1] not in "\"“‘'"  # a nickname is not a name word: 'Bobby'
    ]
    # A possessive ends a name: "Turkey’s Foreign Minister" splits after "Turkey’s".
    pieces: list[list[tuple[int, str]]] = [[]]
    for position, token in tokens:
        pieces[-1].append((position, token))
        if len(token) > 2 and token.endswith(POSSESSIVE_ENDINGS):
            pieces.append([])
    found: list[NameMention] = []
    for piece in pieces:
        while piece and piece[-1][1].rstrip(",.") in NAME_SUFFIXES:
            piece.pop()  # "Andrew Tyrie MP", "John Smith Jr": the letters after are no name
        if len(piece) >= 4 and f"{piece[-2][1]} {piece[-1][1]}" in US_STATES_OF_TWO_WORDS:
            del piece[-2:]  # "the Ted Cruz South Carolina victory party": the state is no name
        mention = _judge(text, piece)
        if mention is not None:
            found.append(mention)
    return found


def _judge(text: str, piece: list[tuple[int, str]]) -> NameMention | None:
    if len(piece) >= 3 and _after_office_of(text, piece[0][0]):
        piece = _from_first_name(piece)
    if len(piece) >= 3 and _descriptor_opens_sentence(text, piece):
        piece = piece[1:]  # "Cinematographer John Mathieson said": the name is the rest
    if len(piece) == 2 and _inverted_verb_opens_sentence(text, piece):
        piece = piece[1:]  # 'Said Ellis: "…"': the verb, then the surname
    verdict = _judge_words(tuple(token for _, token in piece))
    if verdict is None:
        return None
    if BUSINESS_NOUN_BEFORE.search(text, max(0, piece[0][0] - 20), piece[0][0]):
        return None  # "bookmaker William Hill", "retailer John Lewis": a business's name
    first, words, honorific, evidence, place_last = verdict
    positions = [position for position, _ in piece][first : first + len(words)]
    start = positions[0]
    end = positions[-1] + len(words[-1])
    if place_last and not _confirmed_despite_place(text, start, end, words, honorific, evidence):
        # "Tate Britain", "Bell Canada", "Victoria Park"; but "Rep. Jim Jordan", "Michael
        # Jordan said", "Michael Green, associate professor of history,".
        return None
    if PLACE_NOUN_AFTER.match(text, end):
        return None  # "King Cross station", "the Beverly Hilton hotel": a place named after
    role_of_the = ROLE_OF_THE_BEFORE.search(text, max(0, start - 40), start)
    if role_of_the is not None and role_of_the.group("head").lower() in ROLE_HEADS:
        return None  # "owner of the Dallas Mavericks", "author of The Da Vinci Code": a thing
    if text.endswith(("for ", "of "), 0, start) and CONSTITUENCY_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return None
    if WORK_NOUN_AFTER.match(text, end) and THE_BEFORE.search(text, max(0, start - 6), start):
        return None  # "the Harry Potter films", "the James Bond franchise": a series' name
    if not evidence:
        evidence = _evidence(text, start, end, list(words))
    if evidence == "first_name" and _written_as_place(text, words):
        return None  # "Hong Kong", "San Francisco", "Milton Keynes": "in Hong Kong" elsewhere
    if not evidence:
        # No evidence here; kept as unconfirmed for find_name_mentions (a surname written
        # elsewhere with an honorific may still confirm it).
        if len(words) == 1:
            return None
        return NameMention(start, end, tuple(words), honorific, "")
    if len(words) == 1:
        # One word is a person only with an honorific: "Mr Blair", "Prince Edward"; not an
        # office after a title ("General Secretary", "Lord Chancellor").
        if evidence != "honorific" or honorific is None:
            return None
        if words[0].lower() in ROLE_HEADS and honorific.lower().rstrip(".") not in COURTESY:
            return None  # but "Mr King", "Ms Bishop" are surnames
        if honorific.lower().rstrip(".") in ("st", "saint"):
            return None  # a place or a church: "St Helens", "St Albans"
        if honorific.lower() in TITLES_KEPT_WITH_SINGLE_NAME:
            start = start - len(honorific) - 1
            words = (honorific, *words)
            honorific = None
    return NameMention(start, end, tuple(words), honorific, evidence)


def _written_as_place(text: str, words: tuple[str, ...]) -> bool:
    """Whether the words are a town's or city's name of more than one word that the text
    also writes as a place: after "in", "at", "near", "outside" or "from", or before
    "-based"."""
    name = " ".join(words)
    if name not in MULTI_WORD_PLACES:
        return False
    escaped = re.escape(name)
    return (
        re.search(rf"\b(?:in|at|near|outside|from)\s+{escaped}\b|\b{escaped}-based\b", text)
        is not None
    )


def _confirmed_despite_place(
    text: str,
    start: int,
    end: int,
    words: tuple[str, ...],
    honorific: str | None,
    evidence: str,
) -> bool:
    """Whether a name whose last word is a country or a place word is still a person's: a
    first name and more (a title or role before it, "said" or a role after it), and no "St",
    "of" or "the" before it ("St James Park", "the Fullness of Joy Church")."""
    if len(words) < 2 or not first_name_gender(words[0]):
        return False
    if honorific is not None and honorific.lower().rstrip(".") in ("st", "saint"):
        return False
    if PLACE_NAME_LEAD.search(text, max(0, start - 5), start):
        return False
    after = past_name_suffixes(text, end)
    return bool(evidence or SAYS_AFTER.match(text, after) or APPOSITIVE_ROLE.match(text, after))


# A capital right after a lower-case letter inside a word: "McDonald" has one, words run
# together ("CravenFlagShareLikeReply") have several.
CAMEL_HUMP = re.compile(r"(?<=[a-z])[A-Z]")


@lru_cache(maxsize=65536)
def _judge_words(
    tokens: tuple[str, ...],
) -> tuple[int, tuple[str, ...], str | None, str, bool] | None:
    """What the words of a capitalised run say alone, whatever surrounds them (cached: the
    same runs come back in every article): (index of the first name word, the name words,
    honorific, evidence, whether the last word is a country or a place word that is also a
    surname), or None when they are no name."""
    honorific: str | None = None
    evidence = ""
    words = [without_possessive(token) for token in tokens]
    first = 0
    # Everything up to the last honorific or role word is title, not name:
    # "Labour MP Diane Abbott", "Armed Forces Minister James Heappey", "Mr Brown".
    keys = [word.lower().rstrip(".") for word in words]
    for index in range(len(words) - 2, -1, -1):
        if keys[index] in TITLES_ALSO_FIRST_NAMES and len(words) - index > 2:
            continue  # "Gov. Earl Ray Tomblin": Earl is his first name; "Earl Spencer" a title
        if keys[index] in HONORIFICS or keys[index] in ROLE_HEADS or keys[index] in PARTY_MEMBERS:
            if keys[index] in HONORIFICS:
                honorific, evidence = words[index], "honorific"
            else:
                evidence = "role"
            first = index + 1
            break
    # Leading words that are not names: sentence openers, countries.
    while first < len(words):
        word = words[first]
        if (
            word.lower().rstrip(".") in NOT_NAME_WORDS
            or country_of(word)
            or word.lower().endswith(("-born", "-based"))
            or (first + 2 < len(words) and nationality_sex(word) is not None)
        ):  # "Tunisian-born Abdellatif Kechiche", "Spaniard Guillermo Garcia-Lopez"
            first += 1
        elif word.lower() in INVERTED_VERBS and len(words) - first > 2:
            first += 1  # 'Said Jim Comey, "…"': the verb opening the sentence, not a name
        else:
            break
    name = tuple(words[first:])
    # Arabic and Portuguese particles do not count: "Mohammed bin Abdulrahman Al Thani",
    # "Luiz Inacio Lula da Silva" (not the Romance ones: "Monte dei Paschi di Siena", a bank)
    if not name or sum(w not in UNCOUNTED_PARTICLES for w in name) > MAX_NAME_TOKENS:
        return None
    if first and keys[first - 1] == "new" and len(name) >= 2:
        place = f"New {name[0]}"
        if place in US_STATES_OF_TWO_WORDS or place in MULTI_WORD_PLACES:
            # "In New York Hillary Clinton said": the place's second word is no name either
            # ("the New York Mets" is then one word, no person)
            first += 1
            name = name[1:]
    if len(name) > 1 and honorific is None and name[0].lower() in SAINTS_OF_PLACES:
        return None  # "San Diego", "Santa Barbara"; but "Jez San", "Mr San" are people
    first_named = len(name) >= 2 and first_name_gender(name[0]) is not None
    # A surname that is also a place word ends the name only with more evidence than the first
    # name: "Michael Green said", not "Victoria Park" (checked like a country last).
    surname_last = (
        first_named
        and len(name) <= 3
        and name[-1].lower() in ALSO_SURNAMES
        and name[-1].lower() in NON_PERSON_WORDS
    )
    if any(
        w.lower() in NON_PERSON_WORDS or w.lower().endswith(ADJECTIVE_SUFFIXES)
        for i, w in enumerate(name)
        if not (
            w.lower() in ALSO_SURNAMES and ((0 < i < len(name) - 1 and first_named) or surname_last)
        )
    ):
        return None
    if any(w.lower() in CLAUSE_WORDS for w in name) or any(
        w in TITLE_CASE_SMALL_WORDS for w in name[1:-1]
    ):
        return (
            None  # a title in capitals: "Just the Way You Are", "What We Do", "Jewel Of The Nile"
        )
    if " ".join(w.lower() for w in name) in KNOWN_ORGANISATIONS:
        return None
    if "Says" in name[1:-1]:
        return None  # "the North East Says No campaign": a slogan
    if any(len(CAMEL_HUMP.findall(w)) >= 2 for w in name):
        return None  # words run together from page markup: "CravenFlagShareLikeReplyAni"
    if any(w.isupper() and len(w) > 1 and not w.endswith(".") for w in name):
        return None  # acronyms: NATO, BBC, US
    if name[-1].endswith("."):
        return None
    if name[-1].lower() in ROLES_NEVER_SURNAMES or name[-1].lower() in COUNTING_WORDS:
        return None  # "former Perry Chief of Staff", "Marine One": a title or a thing
    joined = " ".join(name)
    if (
        country_of(joined)
        or (joined.endswith("s") and country_of(joined[:-1]))
        or joined in US_STATES_OF_TWO_WORDS
    ):
        return None  # "Sierra Leone"; the people of a country, "Sri Lankans", "New Zealanders"
    return first, name, honorific, evidence, bool(country_of(name[-1])) or surname_last


def past_name_suffixes(text: str, end: int) -> int:
    """Where the words after a name start once its letters are passed: "Newkirk II, a writer"."""
    return SUFFIXES_AFTER_NAME.match(text, end).end()  # type: ignore[union-attr]


def _after_office_of(text: str, start: int) -> bool:
    """Whether a capitalised office title and "of"/"for" end right before `start`
    ("Secretary of State Hillary Clinton"); the role search runs only after such a word."""
    if text[max(0, start - 8) : start].lower().split()[-1:] not in (["of"], ["for"], ["the"]):
        return False
    office = ROLE_OF_BEFORE.search(text, max(0, start - 40), start)
    return office is not None and office.group("role")[0].isupper()


def _from_first_name(piece: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words from the first first name on, when two or more words are left: "State
    Hillary Clinton" after "Secretary of" is "Hillary Clinton"."""
    for index in range(1, len(piece) - 1):
        if first_name_gender(piece[index][1]) is not None:
            return piece[index:]
    return piece


# A business or brand named like a person: right after the noun for its trade ("retailer
# John Lewis"), or after the verb of what is made ("Inbev, which makes Stella Artois").
BUSINESS_NOUN_BEFORE = re.compile(
    r"\b(?:bookmakers?|retailers?|firm|chain|brand|label|carmaker|airline|"
    r"supermarkets?|store|department store|fashion house|investment bank|"
    r"makes|brews|manufactures|produces)\s+\Z"
)
# A lower-case noun for an organisation right before a capitalised run: the run's first word
# is that organisation's name.
ORGANISATION_NOUN_BEFORE = re.compile(
    r"\b(?:union|firm|company|group|charity|club|party|bank|agency|band|network|newspaper|"
    r"magazine|broadcaster|regulator|watchdog|think-tank|campaign group)\s+\Z"
)

ROLE_BEFORE_OF = re.compile(r"\b(?:secretary|president|chairman|leader|head|director|chief)\s+\Z")
PREPOSITION_BEFORE_PHRASE = re.compile(
    r"\b(?P<word>for|at|with|of|by|from|to|in|on)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}\Z"
)


def _inverted_verb_opens_sentence(text: str, piece: list[tuple[int, str]]) -> bool:
    """'Said Ellis: "…"', 'Added Smith, "…"': a reporting verb opening the sentence before one
    capitalised word and the quotation it introduces; not 'Said Jalili, the negotiator,' (a
    first name)."""
    (start, first), (second_at, second) = piece
    if first.lower() not in INVERTED_VERBS:
        return False
    return _opens_sentence(text, start) and (
        QUOTATION_INTRODUCED.match(text, second_at + len(second)) is not None
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens its sentence (past an opening quotation mark)."""
    before = text[max(0, start - 4) : start].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n"


def _descriptor_opens_sentence(text: str, piece: list[tuple[int, str]]) -> bool:
    """A sentence that opens with a capitalised word, then a first name: "Comedian Chris Rock",
    "Frenchman Ronald Pognon"; or an organisation's name after the noun that says what it is.
    Within a sentence such a word is part of a name ("Agence France Presse", "Tampa Bay
    Buccaneers"); at its start the capital may be the sentence's."""
    (start, first), (_, second) = piece[0], piece[1]
    if (
        first_name_gender(first) is not None
        or first.endswith(".")
        or first.lower() in NOT_NAME_WORDS
        or first.lower() in HONORIFICS
        or first.lower() in ROLE_HEADS
        or first.lower() in PARTY_MEMBERS
        or len(second) < 3
        or second.lower() in NOT_NAME_WORDS
        or first_name_gender(second) not in ("male", "female")
    ):
        return False
    if _opens_sentence(text, start):
        return True
    # "the public services union Unison Dave Prentis": the organisation a noun just named,
    # when that noun phrase is the subject ("an analyst for the investment company Janney
    # Montgomery Scott" names a firm)
    noun = ORGANISATION_NOUN_BEFORE.search(text, max(0, start - 30), start)
    if noun is None:
        return False
    preposition = PREPOSITION_BEFORE_PHRASE.search(text, max(0, noun.start() - 60), noun.start())
    # "general secretary of the union Unison Dave Prentis": "of" after a role still names him
    return preposition is None or (
        preposition.group("word") == "of"
        and ROLE_BEFORE_OF.search(text, max(0, preposition.start() - 20), preposition.start())
        is not None
    )


OFFICE_DETERMINERS = frozenset("the his her its their our".split())
# One title right before a position, maybe bracketed or with a point: "(Mrs.) ", "Dr. ".
TITLE_WORD_BEFORE = re.compile(r"\(?(?P<word>[A-Z][a-z]{1,7})\.?\)?\s\Z")


def _before_titles(text: str, start: int) -> int:
    """Where the honorifics written right before a name start, bracketed ones too: "Dr. (Mrs.)
    Folake Olatunji-David" starts at "Dr."."""
    while True:
        match = TITLE_WORD_BEFORE.search(text, max(0, start - 12), start)
        if match is None or match.group("word").lower() not in HONORIFICS:
            return start
        start = match.start()


def _office_before_comma(text: str, comma: int) -> bool:
    """Whether the clause before the comma at `comma` is an office written as a title, the
    name following in apposition: "The Minister of Information," "The Central Bank (CBN)
    Governor,"; not "the director of the popular West End musical, Bombay Dreams" or "star of
    Crouching Tiger, Hidden Dragon" (no capitalised office opening the sentence)."""
    window_start = max(0, comma - 100)
    window = text[window_start:comma]
    opening = max(window.rfind(". "), window.rfind("\n"), window.rfind(", "), window.rfind(": "))
    phrase = window[opening + 1 :]
    words = phrase.split()
    if not words or len(words) > 12:
        return False
    if is_role_head(words[-1]) and words[-1][:1].isupper():  # the office last
        return True
    of_at = next((i for i, w in enumerate(words) if w in ("of", "for", "at", "on", "to")), None)
    if of_at is None or of_at == 0:
        return False
    # The capitalised office right before the preposition, after a determiner ("the", "his")
    # or opening the sentence: "his Special Adviser on Media, Kayode Akinmade,".
    first = of_at
    while first > 0 and words[first - 1][:1].isupper() and words[first - 1] not in ("The",):
        first -= 1
    office = words[first:of_at]
    if not office or len(office) > 4 or not is_role_head(office[-1]):
        return False
    if first > 0:
        return words[first - 1].lower() in OFFICE_DETERMINERS
    phrase_at = window_start + opening + 1 + len(phrase) - len(phrase.lstrip())
    return _opens_sentence(text, phrase_at)


def _common_words(text: str, words: list[str]) -> bool:
    """Whether a word of a name also stands in lower case in the text: "Migration Watch, who"
    is no person when the article speaks of a "watch"."""
    return any(
        re.search(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w\-])", text) for word in words
    )


# Words before "leader" that make it a company's standing, not a person's office.
MARKET_WORDS = frozenset("market industry sector world global category price".split())


def _evidence(text: str, start: int, end: int, words: list[str]) -> str:
    if len(words) >= 2 and first_name_gender(words[0]) is not None:
        return "first_name"
    if len(words) >= 3 and INITIAL.fullmatch(words[0]) and first_name_gender(words[1]):
        return "first_name"  # "M. Dane Waters"
    before = text[max(0, start - 40) : start].split()
    if before:
        previous = without_possessive(before[-1]).lower().rstrip(".,")
        if previous in HONORIFICS:
            return "honorific"
        if previous in ROLE_HEADS and not (
            len(before) > 1 and before[-2].lower() in MARKET_WORDS
        ):  # not "market leader Best Buy"
            return "role"
    after = past_name_suffixes(text, end)
    if len(words) >= 2 and APPOSITIVE_ROLE.match(text, after):
        return "role"
    if len(words) >= 2 and WHO_AFTER.match(text, end) and not _common_words(text, words):
        return "relative"
    if len(words) >= 2 and (
        SPEAKS_AS_HE_OR_SHE.match(text, end)
        or AGE_APPOSITIVE.match(text, after)
        or (
            text.startswith(", ", end)  # set off as the subject, not "Lib Dem leader …"
            and _opens_sentence(text, start)
            and HE_OR_SHE_SPEAKS_NEXT.match(text, end)
        )
    ):
        return "speaks_as_person"
    if (
        len(words) >= 2
        and text[max(0, (lead := _before_titles(text, start)) - 2) : lead] == ", "
        and _office_before_comma(text, lead - 2)
    ):
        return "role"  # "The Governor of the Central Bank of Nigeria, Olayemi Cardoso,"
    appositive = APPOSITIVE_PERSON.match(text, after) if len(words) >= 2 else None
    if appositive is not None and appositive.group("noun") in PERSON_NOUNS:
        return "appositive"  # "Naureen Jahangir, a Sanders supporter from Hemet"
    return ""
