"""People of an article: named humans, their mentions, and the role and affiliation the text gives.

`find_people` returns one `Person` per named human with every mention (full name, surname alone,
honorific + surname), which the quote attribution uses to resolve speakers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from itertools import pairwise

from transforms.attribution_patterns import SENTENCE_INITIAL_THE, SENTENCE_OPENS_AT
from transforms.lexicon import (
    COURTESY_TITLE,
    CUE_VERBS,
    OFFICE_ABBREVIATIONS,
    OFFICE_LETTERS,
    ORGANISATION_WORDS,
    PARTY_NAMES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_ROLES,
    TITLES_KEPT_WITH_SINGLE_NAME,
    country_of,
    is_occupation,
    is_role_head,
)
from transforms.names import (
    AGE_APPOSITIVE,
    ARTICLE_PREFIX,
    SURNAME_PARTICLES,
    NameMention,
    find_name_mentions,
    first_name_gender,
    honorific_gender,
    person_slug,
)
from transforms.numbers import UNITS
from transforms.sentences import SENTENCE_END

# Letters after a name that say the office: "Margaret Moran MP", "Guy Mansfield QC".
POST_NOMINAL_ROLE = re.compile(r" (?P<role>" + "|".join(sorted(OFFICE_LETTERS)) + r")\b")
RELATION_SEX = {
    "wife": "female",
    "husband": "male",
    "son": "male",
    "daughter": "female",
    "brother": "male",
    "sister": "female",
    "mother": "female",
    "father": "male",
}
# "Michael Howard's wife, Sandra," / "Mr Blair's wife Cherie": the owner, the relation and a
# first name standing alone (no surname after it).
RELATIVE_BY_FIRST_NAME = re.compile(
    r"(?P<owner>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)['’]s (?P<relation>"
    + "|".join(RELATION_SEX)
    + r"),? (?P<first>[A-Z][a-z]+)\b(?! [A-Z])"
)
# "for his wife Hillary Clinton", "Jeb Bush's brother, George W. Bush": a name given as
# someone's relative, right before it.
RELATION_BEFORE_NAME = re.compile(
    r"(?:\b(?:his|her|their)|['’]s) (?:" + "|".join(RELATION_SEX) + r"),? "
    r"(?:(?:former|late|then) )?(?:[A-Z][\w.]* ){0,2}\Z"  # "her husband, former President"
)
RELATION_AFTER_POSSESSIVE = re.compile(r"['’]s (?:" + "|".join(RELATION_SEX) + r")\b")
APPOSITIVE_AFTER = re.compile(
    r"^,\s+(?:who\s+is\s+|who\s+was\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?P<role>[^,;:()\"“”]{2,80}?)(?=[,.;)]|\s+(?:said|says|told|added))"
)
ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Za-z0-9&.\-]{1,12}\)(?=[\s,])")
# The last mark that ends a phrase before an appositive's comma (the phrase runs from after it).
PHRASE_STOP = re.compile(r".*[,;:()\"“”.]", re.DOTALL)
HEADED_ROLE_AT = re.compile(
    r"^(?P<role>(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    + r")\s+(?:of|for)\s+[a-z][\w\s-]{0,40}?)"
    + r"\s+(?:at|of|with)\s+(?P<org>(?:the\s+)?[A-Z][\w&.'’ -]*)$"
)
POSSESSIVE_OWNER = re.compile(
    r"(?<![\w])(?P<owner>[A-Z][\w&-]*(?:\s(?:and\s|&\s)?[A-Z][\w&-]*){0,2})[’']s\s\Z"
)
COURTESY_TITLE_WORD = re.compile(COURTESY_TITLE)
EX_PREFIX = re.compile(r"^(?i:ex)-(?=[A-Z])")
COURTESY_TITLE_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\Z")
NAME_AFTER_COURTESY_STOP = re.compile(r"\.\s[A-Z][\w’'\-]+")
COURTESY_TITLE_BEFORE_NAME = re.compile(rf"^{COURTESY_TITLE}\s+(?=[A-Z])")
COURTESY_TITLE_BEFORE = re.compile(rf"(?:\b{COURTESY_TITLE}|\({COURTESY_TITLE}\))\s+\Z")
# Words that may stand before a role's noun and its head: a tenure or rank ("the former
# campaign worker") or a portfolio of ROLE_MODIFIERS ("foreign ministry spokeswoman").
MODIFIERS_BEFORE_ROLE_NOUN = frozenset("former ex acting interim deputy senior junior".split()) | (
    ROLE_MODIFIERS - frozenset("and of for the".split())
)
# Words between an owner and a role that belong to neither: "Mitsubishi's newly-appointed
# chief executive".
TENURE_WORDS = frozenset(
    "new newly-appointed newly-elected newly-named outgoing incoming current then long-time "
    "longtime recently-appointed".split()
)
ROLE_OF = re.compile(r"^(?P<role>.+?)\s+(?:of|at|for|with|to)\s+(?P<org>(?:the\s+)?[A-Z].*)$")
# "Spain's director general for Europe": the owner is the affiliation, the rest the role.
OWNER_PREFIX = re.compile(r"^(?P<owner>[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,2})[’']s\s+(?P<rest>.+)$")
# A party in the words before a name, in the same clause.
PARTY_BEFORE = re.compile(rf"(?<![\w-])(?:ex-|former\s+)?(?P<party>{PARTY_NAMES})(?![\w’'])")
# "Mike Powell of Dresdner Kleinwort Wasserstein", "Cara Diemont of IT firm Dimension Data".
ORGANISATION_AFTER = re.compile(
    r" of (?:the )?(?:(?:[\w-]+ ){0,2}(?:firm|company|group|bank|agency|consultancy|"
    r"think-tank|charity|broker|brokers|university|newspaper) )?"
    r"(?P<org>[A-Z][\w&’'-]*(?: (?:of |& |for |and )?[A-Z][\w&’'-]*){0,5})"
)
# "Carl Emmerson, from the Institute for Fiscal Studies,", "Jack Law, from voluntary body
# Alcohol Focus Scotland,", "David Page, of Investec Securities,": an organisation set off by
# commas, known as one by "the", a noun that says what it is, or an organisation's word at its
# end; not a home town ("Tony Martin, of Burnley,", "Dan Moss, 34, of Ashford Road,").
ORGANISATION_APPOSITIVE = re.compile(
    r", (?:of|from|at|with) (?:(?P<the>the )|(?P<noun>(?:[a-z][\w-]* ){0,2}(?:"
    r"body|group|firm|company|bank|agency|consultancy|think-tank|think tank|charity|broker|"
    r"watchdog|union|lobby group|campaign group|pressure group|organisation|organization|"
    r"university|newspaper|magazine|website|broadcaster|insurer|lender|retailer|carrier|"
    r"manufacturer|maker|publisher|label|studio|institute|foundation|trust|network) ))?"
    r"(?P<org>[A-Z][\w&’'-]*(?: (?:of |& |for |and )?[A-Z][\w&’'-]*){0,5})"
    r"(?=[,.;)]| (?:said|says|told|added|believes|thinks|warned))"
)
COUNTRY_POSSESSIVE = re.compile(r"([A-Z][\w.]*)['’]s ")
# "Shares in Elan and …", "a stake in …": what follows is a company.
SHARES_IN_BEFORE = re.compile(
    r"\b(?:[Ss]hares|[Ss]tock|stake)\s+(?:in|of)\s+(?:[A-Z][\w&.-]*\s+(?:and|&)\s+)?\Z"
)
# "Lord Nicholls of Birkenhead": a peer's territorial title, not an employer.
PEERAGE_TITLES = frozenset("lord lady baron baroness earl duke duchess viscount".split())
OWNERS_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+([A-Z][\w]+)\s+counterpart")
# Words that do not occur inside a title between a party and a name.
NOT_IN_A_TITLE = CUE_VERBS | frozenset(
    "has have had is are was were will would to by with from against on at as "
    "independent".split()  # "the Green Party and independent candidate Philippe Mpayimana"
)
# Place names that start with "New" (which is otherwise a tenure word: "New EU commissioner")
NEW_PLACES = frozenset(
    "York Jersey Zealand Hampshire Mexico Orleans Delhi Brunswick Haven England Guinea".split()
)
CLAUSE_MARKS = re.compile(r"[,;:.!?()\"“”]")
# Government portfolios after "of" belong to the title: "Secretary of State (for …)",
# "Chancellor of the Exchequer", "Minister of Defence".
PORTFOLIO_AFTER = re.compile(
    r"(?:the\s+)?(?:State|Defen[cs]e|Health|Education|Finance|Justice|Energy|Transport|"
    r"Exchequer|Interior|Agriculture|Environment|Commerce|Labor|Trade|Industry|Culture|"
    r"Foreign|Home|Treasury|Communications|Development|Economy)\b"
)
# "former Labour minister and now a European Commissioner": roles joined by "and"
ROLE_CONJUNCTION = re.compile(r"\s+and\s+(?:now\s+|currently\s+)?(?:an?\s+|the\s+)?")
WORKPLACE_AFTER = re.compile(r"\s+(?:in|from)\s+[A-Z][\w .'’-]*$")  # "correspondent in Jakarta"
LEADING_THE = re.compile(r"^the\s+")
LEADING_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "Bank of America in New York", "the BSA which commissioned the survey"
ORG_TAIL = re.compile(r"\s+(?:in|on|at|from|since|until|and|which|who|whose)\s+")
# Two capitalised names joined by "and" before an organisation's noun: "Avon and Somerset
# Police", "Devon and Cornwall Constabulary", "Procter and Gamble Company".
JOINED_ORGANISATION = re.compile(
    r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?i:"
    + "|".join(sorted(ORGANISATION_WORDS))
    + ")"
)
TITLE_PARTICIPLES = frozenset("retired elected appointed disgraced embattled".split())
CLAUSE_AFTER_NOUN = re.compile(r"\s+(?:to|who|which|that|since|after|when)\s+")
PREPOSITIONS = frozenset("of for to with at in on from by".split())
NOT_MODIFIERS = frozenset(
    "is was are were has had have will would could can did does said says of for to in on at "
    "by with and or but as from that which who also then".split()
)
# Words that open a clause or stand in for a noun, capitalised when a sentence opens with them:
# never the organisation before a role.
SENTENCE_FUNCTION_WORDS = frozenset(
    """the a an but and or if when while as for with that this these those it its he she they
    we i you his her their our said however meanwhile also yet so still though although because
    since until unless after before yesterday today tomorrow now earlier later recently
    another other some each every both""".split()
)
# Days and months, and the words that make them a date before a role ("on 26 November singer
# Brian Harvey", "On Tuesday Labour chairman …"; but "Sunday Telegraph journalist", "Sheffield
# Wednesday manager" name an owner).
DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
DATE_LEADS = frozenset("on in last next this since until early late mid".split())
# Words that describe someone in a role without being part of it: "the new chief executive",
# "the most senior judge", "another top executive", "become chairman".
NOT_ROLE_ADJECTIVES = frozenset(
    """new old young best great top another other most more least very recent previous
    current longtime successful controversial famous popular well-known fellow late youngest
    oldest teenage""".split()
)
NOT_IN_A_ROLE = frozenset("become became made not".split())  # "to become chairman"
PRAISING_ENDINGS = ("-winning", "-nominated", "-selling", "-acclaimed")
COUNTED_TIMES = re.compile(rf"(?:\d+|{'|'.join(UNITS)})-times?")  # "Four-time champion"
# "its founder Mikhail Khodorkovsky" / "Mikhail Khodorkovsky, its founder"
ITS_ROLE_BEFORE = re.compile(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,2}(?P<head>[\w-]+),?\s+\Z")
# A capitalised name ending in an organisation's noun: "the Nigeria Labour Congress", "The
# Central Organisation of Trade Unions".
NAMED_ORGANISATION = re.compile(
    r"\b[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&.'’-]*){0,6}"
)
ORGANISATION_LISTED_BEFORE = re.compile(r"(?P<org>\b[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+\Z")
NOT_ORGANISATIONS = frozenset("It He She They This That These Those We".split())
ITS_AFTER = re.compile(r",\s+its\s")
# Roles in a work rather than an organisation: "The Aviator … its star Leonardo DiCaprio".
WORK_ROLES = frozenset("star stars actor actress singer character narrator".split())
# Roles held at an employer, so that ", of X," after the name is where: "Analyst Carolina
# Milanesi, of Creative Strategies,"; not "Teacher Diane Grange, of London," (no such role).
EMPLOYEES = frozenset(
    """analyst analysts economist strategist researcher spokesman spokeswoman spokesperson
    director executive officer chief head manager professor lecturer consultant editor
    correspondent partner chairman chairwoman president""".split()
)
QUOTE_OPENERS = frozenset('"“')
# A sentence opened by an organisation and a verb: "Yukos claims", "The QCA said".
ORGANISATION_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.-]*){0,3})\s+"
    r"(?:said|says|claims|claimed|has|had|is|was|will|would|announced|added|insists|insisted)\b"
)
DETERMINERS_CAPITALISED = frozenset("The A An This That These Those".split())
QUOTE_MARK = re.compile(r"[\"“”]")
SUBJECT_REACH = 40  # characters from a sentence's start within which its subject's name starts
VERB_AFTER_DESCRIPTION = re.compile(
    r"\s+(?:(?:also|then|later|has|had|have|is|was|will|would|could|can|did|does|must|"
    r"should|may|might)\b|[a-z]+(?:ed|s)\b(?![’'-]))"
)


@dataclass
class Person:
    """A named human in one article, with every mention found."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    counterpart_of: Person | None = None
    # An office known only from its short form before the name ("Sen. Elizabeth Warren"): the
    # people table shows it as the role when no other is found, but speaker attribution does
    # not match descriptions against it ("the senator" is whoever the story is about).
    title: str | None = None

    @property
    def person_id(self) -> str:
        return person_slug(self.name)

    @property
    def surname(self) -> str:
        """The last name word, without a joined Arabic article: Bashar al-Assad's is "Assad"."""
        last = self.name.rsplit(None, 1)[-1]
        return ARTICLE_PREFIX.sub("", last) if "-" in last else last

    @property
    def first_char(self) -> int:
        return min(start for start, _ in self.mentions)


def find_people(body: str) -> list[Person]:
    """Named people in body, ordered by first mention."""
    mentions = find_name_mentions(body)
    people: list[Person] = []
    two_sexes = _surnames_of_both_sexes(mentions)
    # Longest first; "Lord Butler" after "Robin Butler", so the titled form finds its person.
    for mention in sorted(mentions, key=lambda m: (-len(m.tokens), _is_titled(m))):
        person = _match(mention, people, two_sexes)
        if person is None:
            person = Person(name=mention.text)
            people.append(person)
        person.gender = person.gender or honorific_gender(mention.honorific)
    for person in people:
        first = person.name.split()[0]
        # "Lord Bethell", "Queen Rania": a title kept with one name says the sex too
        person.gender = person.gender or first_name_gender(first) or honorific_gender(first)
    _add_relatives(body, people)
    _add_surname_mentions(body, people)
    for mention in sorted(mentions, key=lambda m: m.start):
        person = _owner(mention, people)
        if person is not None:
            _role_from_context(body, mention, person)
    _resolve_counterparts(body, people)
    _roles_from_descriptions(body, people)
    people = [p for p in people if p.mentions and not _only_owner_of_a_role(body, p)]
    if "hares " in body or "stake" in body or "tock " in body:
        people = [p for p in people if not _traded(body, p)]
    return sorted(people, key=lambda p: p.first_char)


# Roles whose owner, written right before them, is a work, a band, a place or a party rather
# than a person: "Harry Potter author JK Rowling", "Manfred Mann singer Paul Jones", "Hong Kong
# director Wong Kar-Wai", "Shiv Sena chief Uddhav Thackeray" (a person's are an aide, an
# adviser: "Hillary Clinton aide Huma Abedin").
ROLES_OF_THINGS = frozenset(
    """star co-star author singer director actor actress creator producer writer guitarist
    drummer frontman bassist vocalist chief leader""".split()
)
ROLE_AFTER_OWNER = re.compile(r"\s(?:\([A-Z]{2,6}\)\s)?(?P<words>(?:[a-z][\w-]*\s){1,3})(?=[A-Z])")


def _only_owner_of_a_role(body: str, person: Person) -> bool:
    """Whether every mention of the name stands before a role of things and another name, as
    its owner: "James Bond star Pierce Brosnan", "Shiv Sena (UBT) chief Uddhav Thackeray"."""
    for _, end in person.mentions:
        match = ROLE_AFTER_OWNER.match(body, end)
        if match is None:
            return False
        *modifiers, head = match.group("words").split()
        if head not in ROLES_OF_THINGS or any(
            w in NOT_MODIFIERS or w.endswith("ed") for w in modifiers
        ):
            return False
    return True


def _traded(body: str, person: Person) -> bool:
    """Whether the article trades the name's shares: "Shares in Elan and Biogen Idec plunged",
    "Biogen Idec shares fell": a company, whatever else the text calls it ("US partner Biogen
    Idec"). Not "shares of Warren Buffett's Berkshire Hathaway": a possessive owns the company."""
    name = person.name
    at = body.find(name)
    while at != -1:
        end = at + len(name)
        after = body[end : end + 1]
        whole_name = not after.isalnum() and after not in ("’", "'", "-")
        if whole_name and (
            SHARES_IN_BEFORE.search(body, max(0, at - 60), at) or body.startswith(" shares", end)
        ):
            return True
        at = body.find(name, end)
    return False


def office_words(role: str) -> list[str]:
    """The words of a role up to its head, lower case: "Mayor of London" → ["mayor"]."""
    return role.lower().split(" of ", 1)[0].split() or [""]


def _roles_from_descriptions(body: str, people: list[Person]) -> None:
    """A sentence opened by a role instead of a name gives that role to the one person of the
    sentence before, when that sentence opens with them and names nobody else: "Tony Blair has
    apologised … The prime minister was commenting on …". Nothing when someone of the article
    already holds a role with that head (the description is theirs)."""
    if "The " not in body:
        return
    heads = {office_words(person.role)[-1] for person in people if person.role}
    for match in SENTENCE_INITIAL_THE.finditer(body):
        at = match.start()
        if not SENTENCE_OPENS_AT.search(body, max(0, at - 3), at):
            continue
        role = _described_role(match.group("words").split())
        if role is None or office_words(role)[-1] in heads:
            continue
        if not VERB_AFTER_DESCRIPTION.match(body, match.start("words") + len(role)):
            continue  # "The prime minister's office", "The prime minister Tony Blair"
        if at == 0:  # the lede: "The information commissioner says … Richard Thomas …"
            subject = _subject_of_next_sentence(body, people, at)
        else:
            opened = SENTENCE_END.finditer(body, max(0, at - 400), max(0, at - 2))
            previous_start = max((m.end() for m in opened), default=max(0, at - 400))
            if QUOTE_MARK.search(body, previous_start, at):
                continue  # a name inside a quotation is no subject of the narrative
            subject = _only_person_opening(body, people, previous_start, at)
        if subject is not None and subject.role is None:
            described = LEADING_DETERMINER.sub("", role)
            head, owner = _split_role(described)  # "The Tory leader": leader, of the Tories
            if head is None or owner is None:
                subject.role = described
            else:
                subject.role = head
                subject.affiliation = subject.affiliation or owner
            heads.add(office_words(role)[-1])


def _subject_of_next_sentence(body: str, people: list[Person], at: int) -> Person | None:
    """The person the sentence after the one at `at` opens with, when that one names nobody."""
    ends = SENTENCE_END.finditer(body, at)
    first_end = next(ends, None)
    second_end = next(ends, None)
    if first_end is None:
        return None
    start, end = first_end.end(), second_end.end() if second_end else len(body)
    if QUOTE_MARK.search(body, at, start) or _first_mentions(people, at, start):
        return None
    return _only_person_opening(body, people, start, end)


def _first_mentions(people: list[Person], start: int, end: int) -> list[tuple[int, Person]]:
    """(first mention, person) of everyone named in body[start:end]."""
    return [
        (first, person)
        for person in people
        for first in [next((s for s, _e in person.mentions if start <= s < end), None)]
        if first is not None
    ]


def _only_person_opening(body: str, people: list[Person], start: int, end: int) -> Person | None:
    """The one person named in body[start:end], when that sentence opens with their name (after
    nothing but capitalised words and role words: "Tory leader Michael Howard")."""
    found = _first_mentions(people, start, end)
    if len(found) != 1 or found[0][0] - start > SUBJECT_REACH:
        return None
    lead = body[start : found[0][0]].split()
    if not all(
        (w[:1].isupper() and w not in DETERMINERS_CAPITALISED)
        or w in ROLE_MODIFIERS
        or is_role_head(w)
        for w in lead
    ):
        return None  # "There is a disruption in play as Roddick …", "The Trump team"
    return found[0][1]


def _described_role(words: list[str]) -> str | None:
    """The role words of "prime minister was", "Tory leader has", "information commissioner
    says": modifiers, then role heads written in lower case; None when there is no role head."""
    for i, word in enumerate(words):
        if not is_role_head(word) or not word.islower():
            if word[:1].isupper() or word in ROLE_MODIFIERS or _noun_modifier(word):
                continue  # "The Tory leader", "The former chancellor", "The health secretary"
            return None
        if i + 1 < len(words) and is_role_head(words[i + 1]) and words[i + 1].islower():
            continue  # "prime minister": the role ends later
        return " ".join(words[: i + 1])
    return None


def _compound_word(word: str) -> bool:
    """A lower-case word that may stand in a role before its head: a role modifier ("former",
    "deputy") or a noun ("council", "campaign"); not a verb, adverb or function word."""
    if word in ("the", "a", "an", "and", "of", "for") or word in NOT_IN_A_ROLE:
        return False
    return word in ROLE_MODIFIERS or (
        _noun_modifier(word)
        and word not in CUE_VERBS
        and word not in SENTENCE_FUNCTION_WORDS
        and not word.endswith(("ly", "ing"))
    )


def _noun_modifier(word: str) -> bool:
    """A lower-case word that may stand before a role ("information", "schools"); not a verb
    or a function word ("The deal was …")."""
    return (
        word.isalpha() and word.islower() and word not in NOT_MODIFIERS and not word.endswith("ed")
    )


def _add_relatives(body: str, people: list[Person]) -> None:
    """A relative named by first name after a person's name: "Michael Howard's wife, Sandra,"
    is Sandra Howard (she shares the surname the article gives)."""
    if not RELATION_AFTER_POSSESSIVE.search(body):
        return  # the common case, found in one pass
    by_form: dict[str, Person] = {}
    for person in people:
        if len(person.name.split()) > 1:
            by_form.setdefault(person.name, person)
            by_form.setdefault(person.surname, person)
    names = {person.name for person in people}
    named_relatives: set[tuple[str, str | None]] = set()  # (surname, sex)
    for found in RELATIVE_BY_FIRST_NAME.finditer(body):
        # "Michael Howard's wife", "Mr Conlon's father": the owner by name or by surname
        owner = by_form.get(found.group("owner")) or by_form.get(found.group("owner").split()[-1])
        first = found.group("first")
        if owner is None or first_name_gender(first) is None:
            continue
        name = f"{first} {owner.surname}"
        if name in names:
            continue
        names.add(name)
        relative = Person(name=name, gender=RELATION_SEX[found.group("relation").lower()])
        relative.mentions.append((found.start("first"), found.end("first")))
        people.append(relative)
        named_relatives.add((owner.surname, relative.gender))
    # "Mrs Howard", kept apart from Michael Howard as a surname alone, is Sandra Howard.
    people[:] = [p for p in people if p.mentions or (p.name, p.gender) not in named_relatives]


def _surnames_of_both_sexes(mentions: list[NameMention]) -> frozenset[str]:
    """Surnames written alone with a man's and a woman's honorific ("Mr Howard", "Mrs Howard"):
    two people share them."""
    sexes: dict[str, set[str]] = {}
    for mention in mentions:
        sex = honorific_gender(mention.honorific)
        if len(mention.tokens) == 1 and sex is not None:
            sexes.setdefault(mention.tokens[0], set()).add(sex)
    return frozenset(surname for surname, found in sexes.items() if len(found) > 1)


def _is_titled(mention: NameMention) -> bool:
    """A title and one name: "Lord Butler", "Sir Digby"."""
    return len(mention.tokens) == 2 and mention.tokens[0].lower() in TITLES_KEPT_WITH_SINGLE_NAME


def _match(
    mention: NameMention, people: list[Person], two_sexes: frozenset[str] = frozenset()
) -> Person | None:
    titled = _is_titled(mention)
    sex = honorific_gender(mention.honorific)
    folded = _particles_folded(mention.tokens)  # "De Blasio said" is Bill de Blasio
    for person in people:
        tokens = person.name.split()
        if folded == _particles_folded(tokens[-len(mention.tokens) :]):
            if mention.tokens[0] in two_sexes and _other_sex(person, sex):
                continue  # "Mrs Howard" is not Michael Howard when "Mr Howard" is
            return person
        # "Sir Digby" is Digby Jones; "Lord Ashcroft" is Michael Ashcroft.
        if titled and len(tokens) > 1 and mention.tokens[1] in (tokens[0], tokens[-1]):
            return person
        if len(mention.tokens) == 1 and mention.tokens[0] == tokens[0] and len(tokens) > 1:
            return None
    return None


def _particles_folded(tokens: list[str] | tuple[str, ...]) -> list[str]:
    """The tokens with surname particles in lower case and the Arabic article joined by a
    hyphen left out ("al-Assad" is "Assad")."""
    return [
        t.lower()
        if t.lower() in SURNAME_PARTICLES
        else (ARTICLE_PREFIX.sub("", t) if "-" in t else t)
        for t in tokens
    ]


def _other_sex(person: Person, sex: str | None) -> bool:
    """The mention's honorific says one sex, the person's honorific or first name the other."""
    if sex is None:
        return False
    tokens = person.name.split()
    known = person.gender or (first_name_gender(tokens[0]) if len(tokens) > 1 else None)
    return known in ("male", "female") and known != sex


def _add_surname_mentions(body: str, people: list[Person]) -> None:
    """Every standalone occurrence of a full name or a surname counts as a mention.

    A surname that is also a person of its own ("Mrs Howard" beside Michael Howard) keeps its
    bare mentions, except those whose honorific says the other sex: "Mr Howard" is Michael
    Howard."""
    taken: list[tuple[int, int]] = []  # sorted, never overlapping
    names = {person.name for person in people}
    by_length = sorted(people, key=lambda p: -len(p.name))
    # Every full name first, so that one person's surname never takes the end of another's
    # full name ("Clinton" of Hillary Clinton inside "Bill Clinton").
    full_names: list[tuple[int, Person]] = []
    for person in by_length:
        namesakes = [p for p in people if p is not person and p.surname == person.name]
        for start in _standalone(body, person.name):
            if _take(taken, start, start + len(person.name)):
                owner = _by_honorific(body, start, person, namesakes)
                owner.mentions.append((start, start + len(person.name)))
                if not RELATION_BEFORE_NAME.search(body, max(0, start - 50), start):
                    # a relative named in passing is not whom a bare surname after it means
                    full_names.append((start, owner))
    full_names.sort(key=lambda found: found[0])
    sharing: dict[str, list[Person]] = {}
    for person in by_length:
        if person.surname not in names:
            sharing.setdefault(person.surname, []).append(person)
    for surname, candidates in sharing.items():
        for start in _standalone(body, surname):
            if _take(taken, start, start + len(surname)):
                sex = _honorific_sex_before(body, start) if len(candidates) > 1 else None
                owner = _latest_named(full_names, start, candidates, sex)
                owner.mentions.append((start, start + len(surname)))
    for person in people:
        person.mentions.sort()


def _take(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Claim body[start:end] unless it overlaps a span already taken (`taken` stays sorted)."""
    index = bisect.bisect_left(taken, (start, end))
    if (index and taken[index - 1][1] > start) or (index < len(taken) and taken[index][0] < end):
        return False
    taken.insert(index, (start, end))
    return True


def _latest_named(
    full_names: list[tuple[int, Person]],
    position: int,
    candidates: list[Person],
    sex: str | None = None,
) -> Person:
    """Of people sharing a surname ("Bill Clinton", "Hillary Clinton"), the one a bare surname
    at `position` refers to: the last named in full before it, else the first named after."""
    if len(candidates) == 1:
        return candidates[0]
    if sex is not None:  # "Mrs Howard" beside Michael and Sandra Howard
        matching = [person for person in candidates if person.gender == sex]
        if len(matching) == 1:
            return matching[0]
    ids = {id(person) for person in candidates}
    named = [(at, person) for at, person in full_names if id(person) in ids]
    before = [person for at, person in named if at < position]
    if before:
        return before[-1]
    return named[0][1] if named else candidates[0]


def _by_honorific(body: str, start: int, person: Person, namesakes: list[Person]) -> Person:
    """The person a bare surname at `start` refers to, from the honorific right before it."""
    if not namesakes:
        return person
    sex = _honorific_sex_before(body, start)
    if sex is None or not _other_sex(person, sex):
        return person
    return next((p for p in namesakes if not _other_sex(p, sex)), person)


def _honorific_sex_before(body: str, start: int) -> str | None:
    """The sex the courtesy title right before `start` says ("Mrs Howard"), if any."""
    honorific = COURTESY_TITLE_BEFORE.search(body, max(0, start - 6), start)
    return honorific_gender(honorific.group().strip(" ()")) if honorific else None


def _standalone(body: str, form: str) -> list[int]:
    """Offsets where `form` stands as whole words (not inside a longer word or hyphenation)."""
    found: list[int] = []
    start = body.find(form)
    while start != -1:
        end = start + len(form)
        before = body[start - 1] if start else " "
        after = body[end] if end < len(body) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            found.append(start)
        start = body.find(form, start + 1)
    return found


def _owner(mention: NameMention, people: list[Person]) -> Person | None:
    for person in people:
        if (mention.start, mention.end) in person.mentions or any(
            s <= mention.start < e for s, e in person.mentions
        ):
            return person
    return None


def _role_from_context(body: str, mention: NameMention, person: Person) -> None:
    """Role and affiliation from the words right before the name, or an appositive after it."""
    if person.role and person.affiliation:
        return
    start = _before_courtesy_title(body, mention.start)
    post_nominal = POST_NOMINAL_ROLE.match(body, mention.end)
    end = post_nominal.end() if post_nominal else mention.end  # "Guy Mansfield QC, the …"
    party_tag = age = party_appositive = None
    if body[end : end + 2] in (" (", ", "):
        party_tag = PARTY_STATE_TAG.match(body, end)  # "Sen. Elizabeth Warren (D-Mass.)"
        if party_tag is not None:
            end = party_tag.end()
        age = AGE_APPOSITIVE.match(body, end)  # "Tom Baker, 45, a teacher from Leeds,"
        if age is not None:
            end = age.end()
        party_appositive = PARTY_APPOSITIVE.match(body, end)  # "Tom Baker, a Democrat from Ohio,"
    role, affiliation = _role_before(body, start)
    # A title alone ("Rabbi Marvin Hier, founder of …", "Rep. Kevin McCarthy, the House
    # minority leader,") gives way to a stated role.
    if role is None or role.lower() in TITLES_GIVING_WAY:
        after_role, after_affiliation = _appositive_after(body, end)
        if after_role is not None or role is None:
            role, affiliation = after_role, after_affiliation
    if role is None or role.lower() in TITLES_GIVING_WAY:
        closed = body[end : end + 1] in (",", ".", ";", ":", ")", "")
        before_role, before_affiliation = _appositive_before(
            body, _before_office_abbreviations(body, start), closed=closed
        )
        if before_role is not None or (role is None and before_affiliation is not None):
            role, affiliation = before_role, before_affiliation
    if role is None and post_nominal is not None:
        role = post_nominal.group("role")  # "Margaret Moran MP"
    if role is None and body.startswith(", who ", end):
        office = WHO_HOLDS.match(body, end)  # "Tom Baker, who chairs the Armed Services Committee,"
        if office is not None:
            role = HELD_BY_VERB[office.group("verb")]
            org = _trim_org(office.group("org")).rstrip(".")
            affiliation = country_of(org) or org
    # "Aviation analyst Nick Van den Brul of BNP Paribas": the organisation named after the
    # name is more explicit than a capitalised word before the role.
    if (mention.honorific or mention.tokens[0]).lower() not in PEERAGE_TITLES:
        affiliation = (
            _organisation_after(
                body,
                end,
                employed=affiliation is None
                and role is not None
                and role.split()[-1].lower() in EMPLOYEES,
            )
            or affiliation
        )
    if role is not None and role.split()[-1].lower() in ("the", "a", "an", "for", "of", "to"):
        role, affiliation = None, None  # "A representative for the Ivanka Trump brand": the
        # name modifies a noun; the role is somebody else's
    if role is not None and person.role is None and _written_short(body, start, role):
        person.title = person.title or role
        if affiliation and person.affiliation is None:
            person.affiliation = affiliation
    elif role is not None and person.role is None:
        person.role = LEADING_DETERMINER.sub("", role)  # "the ex-president of Bank of China, …"
        if affiliation and person.affiliation is None:
            person.affiliation = affiliation
    elif affiliation and person.affiliation is None and person.role == role:
        person.affiliation = affiliation
    if person.affiliation is None and party_tag is not None:
        person.affiliation = TAGGED_PARTIES[party_tag.group("party")]
    if person.affiliation is None and party_appositive is not None:
        person.affiliation = " ".join(party_appositive.group("party").split())
    if person.affiliation is None:
        person.affiliation = _possessive_owner(body, start) or _party_before(body, start)
    if (
        person.affiliation is None
        and person.role is not None
        and person.role.split()[-1].lower() not in WORK_ROLES
    ):
        person.affiliation = _owner_of_its(body, start, end)
    if person.affiliation and COURTESY_TITLE_WORD.fullmatch(person.affiliation):
        person.affiliation = None  # "a former aide to Mr. Rubio": a title, not whose


WORD_BEFORE = re.compile(r"(?P<word>\S+)\s+\Z")


def _before_office_abbreviations(body: str, start: int) -> int:
    """Where the offices written short right before a name start: "The Upper East Regional
    Police Commander, DCOP Timothy Yaw Abrokwah" → at "DCOP", so the appositive is found."""
    while (word := WORD_BEFORE.search(body, max(0, start - 12), start)) is not None:
        if word.group("word") not in OFFICE_ABBREVIATIONS:
            break
        start = word.start("word")
    return start


def _written_short(body: str, start: int, role: str) -> bool:
    """Whether the role is an office written short right before the name ("Sen. Warren")."""
    if role.lower() not in ABBREVIATED_OFFICES:
        return False
    before = body[max(0, start - 12) : start].rstrip()
    return any(
        before.endswith(short) and office == role for short, office in OFFICE_ABBREVIATIONS.items()
    )


def _owner_of_its(body: str, start: int, end: int) -> str | None:
    """`Yukos claims … its founder Mikhail Khodorkovsky`, `Barclays said its chief executive,
    John Varley,`: the organisation the sentence is about owns the role given with "its"; in
    `proceedings against Vivendi, its chief executive Jean-Rene Fourtou` the one just before."""
    its = ITS_ROLE_BEFORE.search(body, max(0, start - 60), start)
    head = its.group("head") if its is not None else ""
    if its is not None and not (is_role_head(head) or is_occupation(head)):
        its = None  # "India had its own problems, Ms Short said": no role of its
    if its is None and not ITS_AFTER.match(body, end):
        return None
    if its is not None:
        listed = ORGANISATION_LISTED_BEFORE.search(body, max(0, its.start() - 60), its.start())
        if listed is not None:
            return _organisation_named(listed.group("org"))
    opened = SENTENCE_END.finditer(body, max(0, start - 300), start)
    sentence = max((m.end() for m in opened), default=max(0, start - 300))
    if its is not None:
        # "a delegation of the Nigeria Labour Congress led by its President, Joe Ajaero": the
        # organisation named last before "its" in its sentence; "… Trade Unions, …, said it
        # would sue. Its secretary general, Francis Atwoli,": the one opening the sentence before
        named = _organisation_between(body, sentence, its.start())
        if named is None and not body[sentence : its.start()].strip():
            limit = len(body[:sentence].rstrip())  # where the sentence before ends
            before = SENTENCE_END.finditer(body, max(0, limit - 300), limit)
            previous = max((m.end() for m in before), default=max(0, limit - 300))
            named = _organisation_between(body, previous, sentence, first=True)
            if named is None:  # "Human Rights Watch said … Its Central Africa director"
                subject = ORGANISATION_SUBJECT.match(body, previous, sentence)
                named = _organisation_named(subject.group("org")) if subject else None
        if named is not None:
            return named
    if body[sentence : sentence + 1] in QUOTE_OPENERS:  # '"…," said its chairman': the one before
        opened = SENTENCE_END.finditer(body, max(0, sentence - 300), max(0, sentence - 2))
        sentence = max((m.end() for m in opened), default=max(0, sentence - 300))
    subject = ORGANISATION_SUBJECT.match(body, sentence, start)
    return _organisation_named(subject.group("org")) if subject else None


def _organisation_between(body: str, start: int, end: int, *, first: bool = False) -> str | None:
    """The last (or `first`) capitalised name between start and end, if it names an
    organisation (ends in its noun: Congress, Union, Council …)."""
    last = None
    for match in NAMED_ORGANISATION.finditer(body, start, end):
        last = match.group()
        if first:
            break
    if last is None or last.split()[-1].lower() not in ORGANISATION_WORDS:
        return None
    return last.removeprefix("The ")


def _organisation_named(org: str) -> str | None:
    if org in NOT_ORGANISATIONS:
        return None
    return country_of(org) or org


def _organisation_after(body: str, end: int, *, employed: bool = False) -> str | None:
    """`Mike Powell of Dresdner Kleinwort Wasserstein says`: the organisation named after "of".
    `employed`: the name has a work role before it ("Analyst Carolina Milanesi, of Creative
    Strategies,"), so ", of" or ", at" names the employer with no other sign."""
    match = ORGANISATION_AFTER.match(body, end, end + 120)
    if match is None:
        match = ORGANISATION_APPOSITIVE.match(body, end, end + 120)
        if match is None or not (
            match.group("the")
            or match.group("noun")
            or match.group("org").split()[-1].lower() in ORGANISATION_WORDS
            or (employed and body.startswith((", of ", ", at "), end))
        ):
            return None
        owner = COUNTRY_POSSESSIVE.match(match.group("org"))
        if owner is not None and country_of(owner.group(1)):
            return _trim_org(match.group("org")[owner.end() :])  # "the UK's Human Rights Watch"
    org = _trim_org(match.group("org"))
    return country_of(org) or org


def _party_before(body: str, start: int) -> str | None:
    """`Liberal Democrat Sarah Teather`, `ex-Tory education secretary Gillian Shepherd`: a party
    in the same clause, at most eight words before the name."""
    window = body[max(0, start - 80) : start]
    clause = CLAUSE_MARKS.split(window)[-1]
    clause = " ".join(clause.split()[-8:])
    parties = list(PARTY_BEFORE.finditer(clause))
    if not parties:
        return None
    # Only titles between party and name: "Tory leader Michael Howard has written to Tony
    # Blair" does not make Tony Blair a Tory.
    between = clause[parties[-1].end() :].split()
    if any(_not_in_a_title(word) for word in between) or any(
        first_name_gender(word) and following[:1].isupper()
        for word, following in pairwise(between)
        if word[:1].isupper()
    ):
        return None
    return " ".join(parties[-1].group("party").split())


def _not_in_a_title(word: str) -> bool:
    """A verb or preposition: "has", "said", "to", or a past tense such as "accepted"."""
    key = word.lower()
    if key in NOT_IN_A_TITLE:
        return True
    return word.islower() and key.endswith("ed") and key not in TITLE_PARTICIPLES


def _before_courtesy_title(body: str, start: int) -> int:
    """Where "Sir Anthony Greener" starts when the name mention starts at "Anthony"."""
    while (match := COURTESY_TITLE_BEFORE.search(body, max(0, start - 9), start)) is not None:
        start = match.start()  # "Dr. (Mrs.) Folake Olatunji-David": each title, brackets too
    return start


def _possessive_owner(body: str, start: int) -> str | None:
    """`Labour's Yvette Cooper`, `Britain's Gordon Brown`: the party, organisation or country
    that owns the name."""
    match = POSSESSIVE_OWNER.search(body, max(0, start - 60), start)
    if match is None:
        return None
    owner = match.group("owner")
    if " and " in owner:  # "France's Hind Dehiba and Russia's Svetlana Cherkasova"
        last = owner.rsplit(" and ", 1)[1]
        if country_of(last):
            return country_of(last)
    return country_of(owner) or owner


def _role_before(body: str, start: int) -> tuple[str | None, str | None]:
    """`Turkey’s Foreign Minister Mevlut Cavusoglu`, `Yukos chief executive Steven Theede`,
    `spokeswoman for women Sandra Gidley`."""
    line_start = body.rfind("\n", 0, start) + 1
    window = body[max(line_start, start - 120) : start]
    words = window.split()
    if not words:
        return None, None
    # Allow a trailing "for women" / "of state" complement after the role head.
    head = len(words) - 1
    for back in range(len(words) - 1, max(-1, len(words) - 5), -1):
        if is_role_head(_clean(words[back])) or words[back] in OFFICE_ABBREVIATIONS:
            head = back
            break
    else:
        return None, None
    complement = words[head + 1 :]
    if complement and (
        complement[0].lower() not in ("for", "of")
        or len(complement) < 2  # "a spokesman for Michael Howard": the name is not the role's
        or any(w.endswith((",", ".", ";", ":")) for w in complement)
    ):
        return None, None
    if words[head].endswith((",", ".", ";", ":", "’s", "'s")) and (
        words[head] not in OFFICE_ABBREVIATIONS or head != len(words) - 1
    ):
        return None, None
    first = head
    while first > 0 and words[head] in OFFICE_ABBREVIATIONS:  # "Det Ch Insp", "Lt. Gen."
        if words[first - 1] not in OFFICE_ABBREVIATIONS:
            break
        first -= 1
    while first > 0 and words[head] not in OFFICE_ABBREVIATIONS:  # "nominee Gov. Mike Pence"
        word = words[first - 1]
        key = _clean(word).lower()
        if word.endswith((",", ".", ";", ":")) or word.endswith(("’s", "'s")):
            break
        if key == "of" and not (first >= 2 and words[first - 2][:1].isupper()):
            break  # "the homeland of Senator Ron Wyden": whose place, not a role's words
        if (
            key in ROLE_MODIFIERS
            or (key in ROLE_HEADS and key not in ("counterpart",))
            or (key in PORTFOLIO_WORDS and _clean(words[head]).lower() in PORTFOLIO_TITLES)
        ):
            first -= 1
            continue
        break
    while first < head and _clean(words[first]).lower() in ("and", "of", "for", "the"):
        first += 1
    if first > 0 and _noun_of_role(body, words, first, line_start >= start - 120):
        first -= 1  # "aviation analyst Mike Powell", "Documentary maker …" opening a sentence
    elif (
        first > 1
        and _clean(words[first - 2]).lower() in MODIFIERS_BEFORE_ROLE_NOUN
        and _noun_of_role(body, words[: first - 2] + words[first - 1 :], first - 1, False)
    ):
        first -= 2  # "the former campaign worker Nina Tand": the modifier, then the noun
    if first >= 2 and words[first - 1] == "of" and words[first - 2][:1].isupper():
        # "Republic of Ireland manager": the capitalised words after "of" name the owner
        while first < head and words[first][:1].isupper() and not is_role_head(words[first]):
            first += 1
    role = " ".join(OFFICE_ABBREVIATIONS.get(w) or _clean(w) for w in words[first : len(words)])
    owner_end = first
    while owner_end > 0 and _clean(words[owner_end - 1]).lower() in TENURE_WORDS:
        owner_end -= 1
    affiliation = _affiliation_left_of(words[:owner_end])
    if (
        affiliation is not None
        and owner_end == 1
        and line_start >= start - 120
        and words[first][:1].islower()
        and _clean(words[first]).lower() not in ROLE_MODIFIERS
        and not is_role_head(words[first])
        and affiliation.lower().endswith(ADJECTIVE_ENDINGS)
        and not PARTY_BEFORE.fullmatch(affiliation)
        and not country_of(affiliation)
    ):
        affiliation = None  # "Central bank governor …" opening a paragraph: an adjective
    if affiliation == "Union" and role is not None and role[:1].isupper():
        # "Union Finance Minister" (Indian news): the central government's office, one title
        role, affiliation = f"Union {role}", None
    if role is not None and owner_end == first:
        role, affiliation = _region_in_role(role, affiliation)  # "Oxfam Asia director"
    return role, affiliation


# Prepositions, time words and irregular verbs that stand before a role without being part of
# it: "under President Clinton", "Last year actor Shane Richie", "his counterpart Minister …",
# "Ruto met opposition leader Raila Odinga".
NOT_NOUNS_OF_ROLES = frozenset(
    """under below above over across against between through during without within behind
    beyond near inside outside toward towards upon via versus among amid around about into
    onto year years week weeks month months day days time night season counterpart like
    where whom what whatever either neither eventual
    met meets beat beats led leads hit sent took takes gave gives saw sees made makes won wins
    lost loses chose left brought caught fought sought taught bought kept held became
    becomes joins""".split()
)
# "…, who chairs the Senate Armed Services Committee,": the office the verb says, of the
# organisation after it.
HELD_BY_VERB = {
    "chairs": "chairman",
    "heads": "head",
    "leads": "leader",
    "directs": "director",
    "manages": "manager",
    "runs": "head",
    "founded": "founder",
    "co-founded": "co-founder",
    "owns": "owner",
}
WHO_HOLDS = re.compile(
    r", who (?:now |also |currently )?(?P<verb>" + "|".join(HELD_BY_VERB) + r")\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*)*)"
    r"(?=[,.;]|\s+(?:and|in|at|since)\b)"
)
ABBREVIATED_OFFICES = frozenset(office.lower() for office in OFFICE_ABBREVIATIONS.values())
TITLES_GIVING_WAY = TITLE_ROLES | ABBREVIATED_OFFICES
# "(D-Mass.)", ", R-Calif.,": a US lawmaker's party and state after the name.
PARTY_STATE_TAG = re.compile(
    r"(?:\s*\(|,\s+)(?P<party>[RDI])-(?:[A-Z][A-Za-z.]*)(?:\s[A-Z][A-Za-z.]*)?\)?(?=[,.;:)\s])"
)
# "Tom Baker, a Democrat from Ohio," "…, a Tory,": the party is the affiliation.
PARTY_APPOSITIVE = re.compile(
    rf",\s+(?:a|an|the)\s+(?:(?:former|fellow|veteran|longtime|lifelong|conservative|liberal|"
    rf"moderate|staunch)\s+)?(?:[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?=(?:Democrat|Republican)\b))?"
    rf"(?P<party>{PARTY_NAMES})(?:\s+(?:from|of)\s+[A-Z][\w.]*"
    rf"(?:\s[A-Z][\w.]*)?)?(?=[,.;)]|\s+(?:who|said|says)\b)"
)
TAGGED_PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
ADJECTIVE_ENDINGS = ("al", "ive", "ous", "ic", "ful", "ant", "ent")
ROLE_NOUN_AFTER = frozenset(
    "the a an his her its their our said says told of with by for from at on against".split()
)


def _noun_of_role(body: str, words: list[str], first: int, window_at_line: bool) -> bool:
    """Whether the word before a role's first word is a noun of it: one lower-case noun after
    a determiner, a reporting verb, a capitalised word or a stop ("the aviation analyst",
    "Labour party leader"; not "to meet council leader"), or a capitalised one opening a
    sentence that the article also writes in lower case ("Aviation analyst Mike Powell")."""
    word = words[first - 1]
    before = words[first - 2] if first >= 2 else None
    if word.endswith((",", ".", ";", ":", "’s", "'s")) or not word.isalpha():
        return False
    if word.lower() in NOT_NOUNS_OF_ROLES or word.lower() in NOT_ROLE_ADJECTIVES:
        return False
    opens_sentence = (before is None and window_at_line) or (
        before is not None and before.endswith((".", "!", "?"))
    )
    if word[:1].isupper() and word[1:].islower() and opens_sentence:
        lowered = word.lower()
        return _compound_word(lowered) and re.search(rf"\b{lowered}\b", body) is not None
    if not word.islower() or not _compound_word(word) or word in CUE_VERBS:
        return False
    if words[first][:1].isupper():
        return False  # a title written with the name: "defeat President Obama", "major General"
    return (
        before is None
        or before.lower() in ROLE_NOUN_AFTER
        or before.endswith((",", ".", ";", ":"))
        or before[:1].isupper()
    )


def _name_ending_in_country(words: list[str]) -> bool:
    """`Reform UK`, `Amnesty UK`: a capitalised word, no modifier, party or place, before a
    country written in capitals ends an organisation's name (not "Democratic US senator")."""
    if len(words) < 2 or not _clean(words[-1]).isupper():
        return False
    before = _clean(words[-2])
    return (
        before[:1].isupper()
        and not words[-2].endswith((",", ".", ";", ":", "’s", "'s"))
        and before.lower() not in ROLE_MODIFIERS
        and before.lower() not in SENTENCE_FUNCTION_WORDS
        and before.lower() not in DATE_WORDS
        and country_of(before) is None
        and PARTY_BEFORE.fullmatch(before) is None
        and not is_role_head(before)
    )


def _affiliation_left_of(words: list[str]) -> str | None:
    """A country (possessive or adjective) or a capitalised organisation just left of a role."""
    if not words:
        return None
    last = words[-1]
    if INITIALISM.fullmatch(last):
        return country_of(last) or last  # "U.S. Treasury Secretary", "U.N. envoy"
    if last.endswith((",", ".", ";", ":")) or (
        last.endswith(('"', "”")) and last.rstrip('"”').endswith((",", ".", "?", "!"))
    ):  # nor a quotation's end: '"…in western Europe," mobile analyst Carolina Milanesi'
        return None
    country = country_of(_clean(last))
    if (
        country
        and (len(words) < 2 or words[-2] not in ("of", "&"))  # not "Bank of England"
        and not _name_ending_in_country(words)
    ):
        return country
    collected: list[str] = []
    window = words[-6:]
    for at in range(len(window) - 1, -1, -1):
        word = window[at]
        clean = _clean(word)
        if (
            word in ("of", "&")  # not "and": "Tony Blair and Tory leader Michael Howard"
            and collected
            and at > 0
            and window[at - 1][:1].isupper()
            and not window[at - 1].endswith((",", ".", ";", ":"))
        ):
            collected.insert(0, word)  # "Bank of England", "Marks & Spencer"
            continue
        if not clean[:1].isupper() or word.endswith((",", ".", ";", ":")):
            break
        position = len(words) - len(window) + at
        if (
            clean.lower() in DATE_WORDS
            and position > 0
            and (words[position - 1].isdigit() or words[position - 1].lower() in DATE_LEADS)
        ):
            break  # a date before the role, not whose it is
        if (
            clean.lower() in SENTENCE_FUNCTION_WORDS
            or COUNTED_TIMES.fullmatch(clean.lower())
            or clean.lower().endswith(PRAISING_ENDINGS)  # "Oscar-winning director"
            or (not collected and clean.lower().startswith(("anti-", "pro-")))
            or _participle_opening(clean, words, len(words) - len(window) + at)
            # "Anti-war campaigner": a stance; "World Anti-Doping Agency chief": a name's word
        ):
            if word.endswith(("’s", "'s")):
                return None  # "That's Life host Esther Rantzen": a title's words, cut
            break  # "If coach Peter Lundgren", "Four-time champion Andre Agassi": not whose
        if collected and word.endswith(("’s", "'s")):
            # "Britain's Europe Director": the owner, not "Britain Europe".
            return country_of(clean) or clean
        if COURTESY_TITLE_WORD.fullmatch(clean):
            break  # "Mr Justice Eady", "Senator Leahy's": a courtesy title, no organisation
        if clean == "New" and collected and collected[0] in NEW_PLACES:
            pass  # "New Jersey Gov. Chris Christie", "New York Mayor": part of the name
        elif clean.lower() in TENURE_WORDS or clean.lower() in ("former", "veteran", "ex", "late"):
            break  # "Former Blackburn boss Roy Hodgson": "Former" opens the sentence
        collected.insert(0, clean)
    while collected and collected[0].lower().endswith(("-born", "-based")):
        collected.pop(0)  # "Swansea-born actor-director": a birthplace, no employer
    if not collected:
        return None
    phrase = EX_PREFIX.sub("", " ".join(collected))  # "Ex-Labour leader Neil Kinnock"
    return country_of(phrase) or phrase


def _participle_opening(word: str, words: list[str], position: int) -> bool:
    """`Uncapped fly-half`, `Jailed tycoon`, `Injured Chelsea winger`: a participle opening the
    words before a role describes the person; not "Standard Chartered", "Manfred Mann", "Stop
    Stansted Expansion", "Leeds United"."""
    return (
        word.lower().endswith("ed")
        and len(word) > 4
        and word.lower() not in ("united", "limited")
        and first_name_gender(word) is None
        and (position == 0 or not words[position - 1][:1].isupper())
    )


def _appositive_after(body: str, end: int) -> tuple[str | None, str | None]:
    """`David Frost, director general of the British Chambers of Commerce,`; of `former Labour
    minister and now a European Commissioner` the current role, the last."""
    match = APPOSITIVE_AFTER.match(body[end : end + 120])
    if not match:
        return None, None
    text = match.group("role")
    titled = NAME_AFTER_COURTESY_STOP.match(body, end + match.end("role"))
    if titled is not None and COURTESY_TITLE_END.search(text):
        text += titled.group()  # "a spokesman for Mrs. Clinton": the name after the title
    # Split only where a role ends before "and"; failing that, at every "and" ("skipper for
    # the night and scorer of …").
    splits = [_role_parts(text)]
    if " and " in text:
        splits.append(ROLE_CONJUNCTION.split(text))
    for parts in splits:
        for part in reversed(parts):
            role, affiliation = _split_role(part)
            if role is None:
                role, affiliation = _role_ending_clause(part)
            if role is not None:
                return role, affiliation
    role, affiliation = _role_ending_clause(text, whole=True)
    if role is not None:
        return role, affiliation
    words = match.group("role").split()
    if (
        len(words) <= 6
        and all(w[:1].isupper() or w in ("of", "for", "and", "&") for w in words)
        and words[-1].lower() in ORGANISATION_WORDS
    ):  # "Colin Asplin, Blackpool Hotel Association, said"
        return None, match.group("role").strip()
    return None, None


def _role_parts(text: str) -> list[str]:
    """The roles of `former Labour minister and now a European Commissioner`, split at "and"
    where a role ends before it; `Trade and Industry Secretary` is one role."""
    parts: list[str] = []
    at = 0
    for joint in ROLE_CONJUNCTION.finditer(text):
        before = text[at : joint.start()].split()
        if before and is_role_head(_clean(before[-1])):
            parts.append(text[at : joint.start()])
            at = joint.end()
    parts.append(text[at:])
    return parts


def _role_ending_clause(phrase: str, *, whole: bool = False) -> tuple[str | None, str | None]:
    """`the most recent female MP to be elected`: the role that ends the noun phrase before a
    relative or infinitive clause. Not across a preposition: in `a close friend of the
    president` the president is somebody else. `whole`: the noun phrase may be the role
    itself (`a co-founder who has sued OpenAI`), tried once nothing else gave a role."""
    noun_phrase = CLAUSE_AFTER_NOUN.split(phrase, maxsplit=1)[0]
    words = noun_phrase.split()
    if any(w.lower() in PREPOSITIONS for w in words):
        return None, None
    for cut in range(0 if whole else 1, len(words)):
        role, affiliation = _split_role(" ".join(words[cut:]))
        if role is not None:
            return role, affiliation
    return None, None


def _appositive_before(
    body: str, start: int, *, closed: bool = True
) -> tuple[str | None, str | None]:
    """`UK armed forces minister, James Heappey,` / `The Shadow Secretary of State, Theresa May,`.
    `closed`: whether punctuation closes the appositive after the name."""
    line_start = body.rfind("\n", 0, start) + 1
    phrase = _phrase_before_comma(body[max(line_start, start - 100) : start])
    if phrase is None:
        return None, None
    words = phrase.split()
    while words and words[0].lower() in ("the", "a", "an", "and", "but", "by", "as", "from"):
        words = words[1:]
    # Keep the tail that is a role: modifiers ending in a role head, maybe a leading country.
    for cut in range(len(words)):
        if cut and words[cut - 1].lower() == "as" and not closed:
            # "… as he begins his second term as US President, Tony Blair has said": what
            # someone else serves as, then a new clause; Blair has no role here
            break
        role, affiliation = _split_role(" ".join(words[cut:]))
        if role is not None:
            left_country = country_of(words[cut - 1]) if cut else None
            return role, affiliation or left_country
    return None, None


def _phrase_before_comma(text: str, longest: int = 80) -> str | None:
    """The 2–80 characters before the comma that ends text (trailing space allowed), back to the
    previous comma, stop, colon, bracket or quotation mark."""
    stripped = text.rstrip()
    if not stripped.endswith(","):
        return None
    # "the Director-General of the National Emergency Management Agency (NEMA),", "the Trade
    # Union Congress (TUC) President,": an acronym in brackets is no stop
    text = stripped = ACRONYM_IN_BRACKETS.sub("", stripped)
    comma = len(stripped) - 1
    window_start = max(0, comma - longest)
    stop = PHRASE_STOP.match(text, window_start, comma)
    phrase = text[stop.end() if stop else window_start : comma]
    return phrase if len(phrase) >= 2 else None


def _split_role(phrase: str) -> tuple[str | None, str | None]:
    """`director general of the British Chambers of Commerce` → (role, organisation);
    `UK armed forces minister` → (`armed forces minister`, United Kingdom)."""
    # "correspondent in Jakarta": where someone works is not whom for.
    phrase = WORKPLACE_AFTER.sub("", phrase.strip())
    owned = OWNER_PREFIX.match(phrase)
    if owned:
        role, _ = _split_role(owned.group("rest"))
        if role is not None:
            owner = owned.group("owner")
            return role, country_of(owner) or owner
    affiliation: str | None = None
    match = ROLE_OF.match(phrase)
    preposition = phrase[match.end("role") :].split()[:1] if match else []
    if match and (
        (
            # "Minister for the Interior"; not "spokesman for the Treasury"
            (
                preposition == ["of"]
                or (
                    preposition == ["for"]
                    and match.group("role").split()[-1].lower() in PORTFOLIO_TITLES
                )
            )
            and PORTFOLIO_AFTER.match(match.group("org"))
        )
        or _portfolio_of_minister(match.group("role"), match.group("org"))
    ):
        # "Secretary of State for the Family", "US Secretary of State": one title
        head_role, head_affiliation = _split_role(match.group("role"))
        if head_role is not None:
            return head_role + phrase[match.end("role") :], head_affiliation
    if match and (
        is_role_head(match.group("role").split()[-1])
        or is_occupation(match.group("role").split()[-1])
    ):
        phrase, org = match.group("role"), match.group("org")
        org = _trim_org(org)
        affiliation = country_of(org) or org
    elif (headed := HEADED_ROLE_AT.match(phrase)) is not None:
        # "head of currency strategy at Bank of America", "director of air transport at ERAA"
        org = _trim_org(headed.group("org"))
        return headed.group("role"), country_of(org) or org
    words = phrase.split()
    # "chief inspector of schools", "ERAA director of air transport": a lower-case complement
    # after the head belongs to the role.
    complement: list[str] = []
    for head in range(len(words) - 2, -1, -1):
        if (
            is_role_head(words[head])
            and words[head + 1].lower() in ("of", "for")
            and len(words) - head <= 6
            and all(w[:1].islower() for w in words[head + 1 :])
            and not any(w in ("who", "whose", "which", "where") for w in words[head + 1 :])
        ):
            words, complement = words[: head + 1], words[head + 1 :]
            break
    if (
        not words
        or len(words) > 8
        or not (is_role_head(words[-1]) or is_occupation(words[-1]))  # "hydrologist with NIHSA"
    ):
        return None, None
    if len(words) > 1:  # "Marsh's new chief executive": the describing words are left out
        words = [w for w in words[:-1] if w not in NOT_ROLE_ADJECTIVES] + words[-1:]
    # Lower-case nouns right before the head, at most two, alone ("council leader", "aviation
    # analyst") or after a capitalised name ("White House press secretary", "Microsoft
    # security manager").
    tail = len(words) - 1
    nouns = 0
    while tail > 0 and _compound_word(words[tail - 1]):
        nouns += words[tail - 1] not in ROLE_MODIFIERS
        if nouns > 2:
            break
        tail -= 1
    if tail < len(words) - 1 and (
        # only after a name, not "President Obama's first budget director"; alone only with
        # its organisation, "analyst at BNP"
        (tail and len(_leading_organisation(words[: tail + 1])) != tail)
        or (tail == 0 and affiliation is None)
    ):
        tail = len(words) - 1
    if not all(
        w.lower() in ROLE_MODIFIERS or is_role_head(w) or country_of(w) or w[:1].isupper()
        for w in words[:tail]
    ):
        return None, None
    while len(words) > 1 and (
        words[0].lower() in SENTENCE_FUNCTION_WORDS or words[0].endswith(("-based", "-born"))
    ):
        words = words[1:]  # "Its lawyer", "Singapore-based analyst": neither role nor owner
    country = country_of(_clean(words[0]))
    owner = _leading_organisation(words)
    if owner and len(owner) > 1:
        # "the Manchester United manager", "the Republic of Ireland manager", "Liberal
        # Democrat health spokeswoman": the whole capitalised name owns the role
        words = words[len(owner) :]
        named = " ".join(_clean(w) for w in owner)
        affiliation = affiliation or country_of(named) or named
    elif country and len(words) > 1:
        words = words[1:]
        affiliation = affiliation or country
    elif owner:
        affiliation = affiliation or _clean(words[0])
        words = words[1:]
    role = " ".join(words + complement)
    return _region_in_role(role, affiliation) if owner else (role, affiliation)


def _region_in_role(role: str, affiliation: str | None) -> tuple[str, str | None]:
    """`Central Africa director` of nobody, `Asia director` at Oxfam: the world region a role
    covers, written before it, is the role's, not whose it is (a country is)."""
    if affiliation is None:
        return role, affiliation
    region = REGION_ENDING.search(affiliation)
    if region is None or country_of(region.group("region")) is not None:
        return role, affiliation
    return f"{region.group('region')} {role}", affiliation[: region.start()].strip() or None


# World regions a role may cover ("Africa editor", "Middle East director"): no countries.
REGION_ENDING = re.compile(
    r"(?:^|\s)(?P<region>(?:(?:Central|East|West|North|Southern|Sub-Saharan|Southeast|"
    r"South-East|South|Eastern|Western|Northern)\s)?(?:Africa|Asia|Europe|Americas|America)"
    r"|Latin America|Middle East|Asia-Pacific|Asia Pacific|Caribbean|Balkans|Sahel|Gulf)$"
)
# Offices whose "of"/"for" names a portfolio, not an employer: "Minister of Humanitarian
# Affairs and Poverty Alleviation", "Commissioner for Information".
PORTFOLIO_HOLDERS = frozenset("minister ministers commissioner".split())
# Portfolios that stand before "Minister"/"Secretary" as part of the title ("Information
# Minister", "Budget Secretary", "Youth and Sports Minister"), besides ROLE_MODIFIERS' own.
# Only there: before other heads most of them end a name ("Thames Water chief executive").
PORTFOLIO_WORDS = frozenset(
    """information budget petroleum aviation youth sport sports water resources natural power
    mines minerals planning science climate digital equalities policing women children families
    works lands infrastructure railways roads food arts heritage cabinet consumer oil gas
    maritime telecommunications internal external brexit civil protection emergency
    emergencies disaster disasters humanitarian social welfare""".split()
)
PORTFOLIO_TITLES = frozenset("minister secretary".split())


def _portfolio_before_title(words: list[str], start: int) -> bool:
    """Whether `words[start:]` is a portfolio and its title: "Information Minister",
    "Water Resources Minister", "Youth and Sports Minister"."""
    return (
        words[start].lower() in PORTFOLIO_WORDS
        and words[-1].lower() in PORTFOLIO_TITLES
        and all(
            w.lower() in PORTFOLIO_WORDS or w.lower() in ROLE_MODIFIERS or w == "&"
            for w in words[start:-1]
        )
    )


def _portfolio_of_minister(role: str, org: str) -> bool:
    """Whether `org` after "of"/"for" is a minister's portfolio: capitalised, no "the", no
    country ("Minister of Information"; not "minister of the Crown", "Minister for Wales")."""
    head = role.split()[-1].lower()
    return (
        head in PORTFOLIO_HOLDERS
        and org[:1].isupper()
        and not org.startswith("The ")
        and country_of(org.split(" and ")[0]) is None
    )


def _leading_organisation(words: list[str]) -> list[str]:
    """The capitalised words before a role that name whose it is (joined by "of", "and", "&":
    "Bank of England"); not the role's own words ("Trade and Industry", "Foreign")."""
    owner: list[str] = []
    for i, word in enumerate(words[:-1]):
        after_joint = bool(owner) and owner[-1] in ("of", "and", "&", "for")
        following = words[i + 1]
        names_with_next = (  # "State Department", "European Commission": not "Foreign Secretary"
            following[:1].isupper()
            and following.lower() not in ROLE_MODIFIERS
            and not is_role_head(following)
            and i + 2 < len(words)
        )
        if _portfolio_before_title(words, i):
            break
        if (
            word[:1].isupper()
            and (after_joint or names_with_next or word.lower() not in ROLE_MODIFIERS)
            and not is_role_head(word)
            and word.lower() not in SENTENCE_FUNCTION_WORDS  # "Its", "Her", "Since"
            and word not in ("My", "Your")
            and not word.endswith(("-based", "-born"))
        ):
            owner.append(word)
            if word.endswith(("’s", "'s", "s'", "s’")):
                break  # "Trump's campaign manager": the owner ends at its possessive
        elif (
            word in ("of", "and", "&", "for")
            and owner
            and words[i + 1][:1].isupper()
            and not is_role_head(words[i + 1])
            and i + 2 < len(words)
        ):
            owner.append(word)
        else:
            break
    return owner


def _trim_org(org: str) -> str:
    """`the Bank of America in New York` → `Bank of America`; `Mrs. Clinton's` → `Clinton`
    (whose, when a person is named with a courtesy title)."""
    org = LEADING_THE.sub("", org.strip())
    titled = COURTESY_TITLE_BEFORE_NAME.match(org)
    if titled is None and JOINED_ORGANISATION.fullmatch(org):
        return org  # "Avon and Somerset Police": one organisation, not two names
    org = ORG_TAIL.split(org[titled.end() :] if titled else org, maxsplit=1)[0]
    return org.removesuffix("’s").removesuffix("'s") if titled else org


def _resolve_counterparts(body: str, people: list[Person]) -> None:
    """ "X and his Ukrainian counterpart Y": Y's role is X's; "his Russian counterpart" names the
    other side's country."""
    for person in people:
        if person.role is None or person.role.lower() != "counterpart":
            continue
        partner = _previous_with_role(people, person)
        if partner is not None:
            person.role = partner.role
            person.counterpart_of = partner
            partner.counterpart_of = partner.counterpart_of or person
    if "counterpart" not in body:
        return
    for match in OWNERS_COUNTERPART.finditer(body):
        country = country_of(match.group(1))
        if not country:
            continue
        speaker = _last_person_before(people, match.start())
        if speaker and speaker.counterpart_of and speaker.counterpart_of.affiliation is None:
            speaker.counterpart_of.affiliation = country


def _previous_with_role(people: list[Person], person: Person) -> Person | None:
    candidates = [
        p
        for p in people
        if p is not person
        and p.role
        and p.role.lower() != "counterpart"
        and p.mentions
        and person.mentions
        and p.first_char < person.first_char
    ]
    return max(candidates, key=lambda p: p.first_char) if candidates else None


def _last_person_before(people: list[Person], offset: int) -> Person | None:
    best: tuple[int, Person] | None = None
    for person in people:
        for start, _ in person.mentions:
            if start < offset and (best is None or start > best[0]):
                best = (start, person)
    return best[1] if best else None


def _clean(word: str) -> str:
    return word.lstrip('"“‘(').rstrip("\"”’'),.;:").removesuffix("’s").removesuffix("'s")
