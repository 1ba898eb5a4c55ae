"""Direct quotations and who said them.

Attribution, in order of trust, for each quotation:
1. a reporting verb in the quotation's own sentence, with its subject or inverted speaker
   (`"…," Heappey told Sky News`, `said Mr Brown`, `X, the chancellor, said: "…"`,
   `according to X`, `He described it as "difficult"`);
2. the speaker of the previous quotation in the same paragraph;
3. a reporting verb in the previous sentence (`She said new mothers… "We have…"`);
4. for a paragraph that opens with a quotation, the speaker of the previous paragraph's last
   quotation, or the subject of a reporting verb at its end (`…saying:` then a quote paragraph).
Pronouns resolve to the person last spoken of outside quotation marks (sex-matched where known).
Quoted titles and scare quotes with nobody's speech around them are dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.lexicon import (
    COURTESY_TITLE,
    CUE_VERBS,
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    NON_PERSON_WORDS,
    PRONOUNS_MALE,
    PRONOUNS_PLURAL,
    ROLE_MODIFIERS,
    can_be_source,
    is_role_head,
)
from transforms.names import past_name_suffixes
from transforms.parse import ParsedArticle
from transforms.people import Person
from transforms.quote_spans import QuoteSpan, find_quote_spans
from transforms.sentences import ABBREVIATIONS, sentence_bounds

WORD = re.compile(r"[A-Za-zÀ-ÿ’'\-]+")
PARENTHETICAL = re.compile(r"\s[-–—]\s[^-–—]{1,120}?\s[-–—]\s|,\s[^,]{1,80}?,\s")
# `“…” ― Esther Tapia`: a quotation credited after a dash.
# A full stop inside it only after an initial ("― Edwin G. Monroy").
DASH_CREDIT = re.compile(
    r"^[\s”\"’']*[―—–-]+\s*(?P<np>[A-Z](?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.){1,60})"
)
# The noun phrase after "according to", initials kept ("William J. Bennett").
ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<np>(?:[^,.;:\"“”]|(?<=\b[A-Z])\.){2,80})", re.IGNORECASE
)
FILLER = frozenset(
    """also however yesterday today tonight later earlier previously recently again then
    further has have had was were is are would will had been once later separately last
    night week month year on monday tuesday wednesday thursday friday saturday sunday
    but and so that while who which since could can should might must only just""".split()
)
# Verbs after which news puts the speaker ("…," said Mr Brown); "told X", "urged X" name the
# listener instead. Present forms that are also plural nouns ("claims of a falling-out with
# X", "notes", "replies") are left out.
INVERTING_CUES = frozenset(
    """said says added adds asked asks continued continues explained explains wrote writes
    noted recalled insisted insists argued argues replied stated declared declares observed
    observes remarked acknowledged acknowledges admitted admits conceded concedes claimed
    warned warns reported reads""".split()
)
GROUP_NOUNS = frozenset(
    """officials analysts experts critics sources police residents witnesses campaigners
    ministers investors economists researchers doctors scientists lawyers protesters
    activists supporters opponents observers diplomats executives workers unions
    prosecutors investigators detectives officers authorities lawmakers outlets groups
    organizations organisations commentators pundits voters""".split()
)
PREPOSITIONS = frozenset("of for at from with in on".split())
POSTNOMINAL_ADJECTIVES = frozenset("familiar close loyal opposed allied linked".split())
OBJECT_PREPOSITIONS = PREPOSITIONS | frozenset(
    "to against about by among between during under over into through throughout despite via "
    "toward towards upon within".split()
)
# "the spokesman said" is usually nobody named in the article: kept as a description.
UNNAMED_SOURCES = frozenset(
    "spokesman spokeswoman spokesperson official officials source sources aide aides".split()
)
# What may stand between a quotation and the name credited after it: nothing or a title.
COURTESY_OR_NOTHING = re.compile(rf"(?:{COURTESY_TITLE}\s+|(?:[A-Z][a-z]+\.?\s+){{0,2}})?")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")
TITLE_BEFORE = re.compile(rf"\b{COURTESY_TITLE}\s+\Z")
UNCLOSED_APPOSITIVE = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+[^,;:\"“”()]{2,140}?\s*$")
# A comma segment opened like this describes the name before it ("Flynn, a top Trump
# surrogate,"): a person named inside it is not the speaker.
SPACED_DASH = re.compile(r"\s[-–—]\s|\s?—\s?")
DESCRIPTION_START = re.compile(r"\s*(?:a|an|the|his|her|their|its)\s", re.IGNORECASE)
TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]*\)\s*$")
# Irregular past tenses that follow a subject ("…, Trump went after Bush", "The Florida
# senator sought"): one list for the two patterns below.
IRREGULAR_PASTS = (
    "made|said|gave|took|wrote|told|put|spoke|went|came|sent|got|began|held|kept|left|met|ran|"
    "saw|set|thought|won|found|brought|taught|stood|felt|led|paid|sat|struck|threw|drew|grew|"
    "knew|rose|shook|swore|wore|sought|lost|chose"
)
VERB_AFTER_NAME = re.compile(
    rf"(?: \([^()]{{1,30}}\))? (?:also |then |later )?(?:[a-z]+(?:ed|s)|{IRREGULAR_PASTS})\b"
)
OBJECT_RELATIVE = re.compile(r"\bwhom?\s+(?:he|she)\s*$")
# After a name: "'s official spokesman" (the head is checked with can_be_source).
POSSESSED_SOURCE = re.compile(
    r"[’']s\s+(?:[\w\-]+\s+){0,3}?(?P<head>[\w\-]+)"
    r"(?P<aux>(?:\s+(?:has|have|had|is|was|also|then|later|will|would))*)\s*$"
)
# After a name, the words of a noun it owns or modifies, up to a verb or another name:
# "'s doctor" (is calling), " campaign manager" (Robby Mook).
OWNED_WORDS = re.compile(r"(?P<possessive>[’']s)?(?P<words>(?:\s+[a-z][\w\-]*){1,4})")
CONTRACTED_PRONOUN = {
    f"{pronoun}{apostrophe}{ending}": pronoun
    for pronoun in ("he", "she", "it")
    for apostrophe in "'’"
    for ending in ("s", "d", "ll")
}
CONTRACTING_WORDS = frozenset("he she it that there what who here where how let".split())
# Verbs that only report speech, for a credit opening the sentence after a quotation.
CREDIT_VERBS = INVERTING_CUES | frozenset(
    "told tells asked asks tweeted shouted shouts yelled".split()
)
MAX_CREDIT_WORDS = 12
GOING_ON = frozenset("went goes go going".split())
# "shot back", "hit back": a reply, with "back" after the verb.
ANSWERING_BACK = frozenset(
    "shot shoots shooting fired fires firing hit hits hitting snapped snaps pushed "
    "pushes pushing".split()
)
LY_NOUNS = frozenset("family assembly supply monopoly anomaly melancholy homily".split())
# What may follow the verb of a credit: the end, who was told, where and how ("told
# Britain's ITV", "shouted to the crowd"); not a clause ("said that", "said:", "said it").
CREDIT_ENDS = re.compile(
    r"\s*(?:[.,;!]|$|[A-Z]|[a-z]+ly\b|(?:to|on|in|at|from|during|after|before|with|as|while|"
    r"via|about|of|when|later|him|her|them|reporters|journalists)\b)"
)
# "Bryne went on to say", "The email goes on to say": the verbs before the reporting one.
GOING_ON_TO = re.compile(
    r"\s+(?:went|goes|go|continued|continues|proceeded|wanted|tried|used|began|begins)"
    r"(?:\s+on)?\s+to\s*$"
)
# A sentence opened by a description and its verb: "The Florida senator sought".
DESCRIBED_SUBJECT = re.compile(
    r"\s*(?P<np>(?:The|A|An|Another|One|"
    r"(?P<plural>Several|Many|Some|(?<=, )(?:several|many|some)))"
    r"\s+(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)"
    # a plural subject takes no -s: "several environmental groups granted"
    rf"(?:\s+(?:has|had|also|then))?\s+(?:[a-z]+ed|(?(plural)(?!)|[a-z]+s)|{IRREGULAR_PASTS})\b"
)
# What may stand between a name and its verb: a short parenthesis, a comma.
NAME_THEN_VERB = re.compile(r"(?:\s*\([^()]{1,30}\))?,?\s*$")
# A phrase that ends with a document its subject put out: "the council issued a statement".
ISSUED_DOCUMENT = re.compile(
    r"(?P<np>.*\S)\s+(?:(?:has|have|had|also|then)\s+)?(?:issued|released|published|put out|sent|"
    r"posted|circulated)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:statement|letter|memo|report|note|release|message)\s*$",
    re.DOTALL,
)
# A reporting verb coordinated with the one before: "… and said", "… but added".
COORDINATED_VERB = re.compile(r"\b(?:and|but)(?:\s+(?:now|then|later|also|still))?\s*$")
# A name used as a modifier before another name: "Huckabee campaign spokesman Hogan Gidley".
NOUN_THEN_NAME = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}\s+[A-Z]")
# Right after a quotation: a credit of a few words ending in a reporting verb.
# Not a coordinated verb of the sentence's subject ('… as "terrible," and said she').
# Before a quotation: the subject undergoes the verb ("has been"), or a relative clause
# describes a thing (", which is").
PASSIVE_OR_RELATIVE = re.compile(r"\b(?:been|being)\b|,\s+which\b", re.IGNORECASE)
# A quotation right after the kind of work it is the title of.
WORK_BEFORE = re.compile(
    r"\b(?:podcast|show|film|movie|documentary|book|album|song|series|sitcom|play|musical|"
    r"novel|memoir|headline|column|programme|program|slogan|hashtag|poster|ad|advert|video|"
    r"episode|magazine|newspaper|website|blog|titled|entitled)\s*[\"“‘']?\s*$",
    re.IGNORECASE,
)
DETERMINER_END = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
# Words that open a reported clause: the name after them is its subject, not the verb's.
REPORTED_CLAUSE_OPENER = re.compile(r"\b(?:that|whether|if|how|why)\b", re.IGNORECASE)
# '"…?" Trump went on, as if he had not heard her.': he continued speaking.
WENT_ON = re.compile(r"\b(?:went|goes)\s+on\b(?=\s*(?:[,.;:]|$))")
COORDINATORS = frozenset({"and", "but", "then", "and then", "but then"})
SHORT_CREDIT = re.compile(
    r"[\s\"”’',]*(?!(?:and|but|or|then|and\s+then)\s)(?:[\w.’'\-]+\s+){1,6}"
    r"(?:said|says|added|told|wrote|argued|noted|explained|reported)\b"
)
# A name used as a modifier: lowercase nouns after it to the end of the phrase ("Trump
# campaign source"; in the body, to punctuation: "said a senior Cruz adviser."), and a
# determiner before it ("one", "a senior"); auxiliaries at the end are no noun ("has").
NOUN_ENDING_PHRASE = re.compile(
    r"(?:\s+[a-z][\w\-]*){0,2}\s+(?P<head>[a-z][\w\-]*)\s*(?:[.,;:!?]|$)"
)
TRAILING_AUX = re.compile(r"(?:\s+(?:has|have|had|also|was|is|were|are|then))+\s*$")
NOUN_AFTER_NAME = re.compile(r"(?:\s+[a-z][\w\-]*){0,2}\s+(?P<head>[a-z][\w\-]*)\s*$")
DETERMINER_BEFORE_NAME = re.compile(
    r"(?:^|\s)(?P<det>(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree))"
    r"\s+(?:[\w\-]+\s+){0,2}\Z"
)
# A preposition and capitalised words only: "on Twitter", "in Paris".
PREPOSITION_AND_NAME = re.compile(
    r"(?:on|in|at|from|to|via)(?:(?:\s+[A-Z][\w.’'\-]*)+|\s+(?:the|a|an|his|her|their|its)\s.*)",
    re.DOTALL,
)
# Where a preposition stops governing the words after it: clause punctuation, and a
# sentence's end (a full stop that closes no abbreviation, or a new line).
CLAUSE_PUNCTUATION = re.compile(r"[,;:!?()\"“”]")
SENTENCE_STOP = re.compile(r"\.\s|\n")
# Words that end the noun a name owns: "Gary Johnson's doctor is calling".
STOP_WORDS = frozenset("is was has had have will would are were also".split())
# A sentence's opening prepositional or participle phrase up to its comma: "In a statement, ",
# "After the vote, " (OPENING_PHRASE below is any short phrase before a comma).
INTRODUCTORY_PHRASE = re.compile(
    r"\s*(?:in|on|at|after|before|during|from|with|without|since|despite|following|"
    r"speaking|asked|writing)\b[^,]{0,80},\s+",
    re.IGNORECASE,
)
# A subordinate clause opening the sentence: a name in it is not the main clause's subject.
SUBORDINATE_OPENING = re.compile(
    r"\s*(?:when|after|before|if|while|because|although|though|since|until|once|unless)\b",
    re.IGNORECASE,
)
# Capitalised words closing a phrase: a title before a name ("…, President ").
TRAILING_CAPITALISED = re.compile(r"(?:\s*\b[A-Z][\w.\-]*)+\s*$")
# Words that open a sentence or clause and are never a speaker on their own ("After saying …")
OPENER_WORDS = frozenset(
    """after before by when while as at in on of for to from with without about over under
    into than then there here what which who whom whose why how but and or if however
    meanwhile also yet so still even though although because since until unless despite
    during among between according other another such this that these those""".split()
)
PRONOUN_WORDS = frozenset("he she it they we i you him her them us".split())
# Reporting verbs that are also plural nouns ("a flurry of tweets").
PLURAL_NOUN_CUES = frozenset(
    """tweets posts claims reports remarks comments notes calls promises pledges attacks
    chants""".split()
)
# Prepositions before such a noun: "a flurry of tweets", "greeted with chants", "amid claims".
NOUN_PREPOSITIONS = frozenset("of with amid despite over".split())
NOUN_MARKERS = frozenset("the a an its their these those his her our your my".split())
QUANTIFIERS = frozenset("one some many most several none each all both few".split())
DETERMINERS = frozenset(
    "a an the its their his her this that one another some several many".split()
)
# After a person's name, up to the reporting verb: an appositive between commas (no clause
# punctuation or quotes in it, at most one more comma part: "…, president of the union,
# which represents teachers, said"), then at most an auxiliary or an adverb.
# A short parenthesis may follow the name first: "Rep. Jim Jordan (R-Ohio), a panel member,".
APPOSITIVE_TO_CUE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?,\s[^,;:\"“”()]{2,140}(?:,\s[^,;:\"“”()]{2,100})?,\s*"
    r"(?:(?:has|had|have|also|later|then|\w+ly)\s+)?$"
)
# `…, which has` / `…, who` right before the reporting verb: the speaker is the antecedent.
RELATIVE_BEFORE_CUE = re.compile(
    r"\s*(?:\([^()]{1,40}\))?,\s*(?:which|who)\s+(?:(?:has|have|had|also|later|then|\w+ly)\s+){0,2}$"
)
# The noun phrase right before `, which`: a capitalised name with its article, or an article
# and up to three words ("the International Air Transport Association", "the company").
ANTECEDENT = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][\w'’&.\-]*\s+){0,6}[A-Z][\w'’&.\-]*$"
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+$"
)
# Starts with the literal "The" so the engine can jump between candidates; whether it opens a
# sentence is checked after (SENTENCE_OPENS_AT).
SENTENCE_INITIAL_THE = re.compile(r"The\s+(?P<words>(?:[\w’'\-]+\s+){0,3}[\w’'\-]+)")
SENTENCE_OPENS_AT = re.compile(r"(?:^|\n|[.!?][\"”]?\s)\Z")
LEAD_WINDOW = 100  # characters before a name searched for where its sentence starts
OPENING_PHRASE = re.compile(rf"\s*[^,;:\"“”]{{1,50}},\s*(?:{COURTESY_TITLE}\s+)?")
AFTER_BREAK = re.compile(rf"[,\"”’']\s*(?:{COURTESY_TITLE}\s+)?$")
RELATIVE_START = re.compile(r"\s(?:who|that|which|whose|known as)\s")
# "as X put it": X's words.
AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<np>[^,;:\"“”]{2,60}?)\s+(?:(?:has|had|once)\s+)?puts?\s+it\b"
)
RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")
# The subject opening a reported clause right after its verb: "said [that] Clinton will".
REPORTED_SUBJECT = re.compile(r"(?:\s+that)?(?:\s+[A-Z][\w.’'\-]*){1,3}(?=\s+[a-z])|")
AGE_DESCRIPTION = re.compile(r"[Tt]he\s+\d{1,3}-year-old")
TIME_WORDS = frozenset("week month year morning afternoon evening night weekend time".split())
WHO_BEFORE = re.compile(r"\s+(?:who|which)\s*$")
# What may stand between a name and the "who" describing it: an appositive, a comma.
APPOSITIVE_TO_WHO = re.compile(r"(?:,\s[^,;:\"“”()]{1,80})?,?\s*$")
# ", speaking on condition of anonymity": a participle opening an aside after the subject.
PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b")
SHORT_PARENTHESIS = re.compile(r"\([^()\"“”]{1,30}\)")
CLAUSE_BREAK = re.compile(r"[;:()\"“”]|\b(?:and|but|that|which|who|while|because|as)\b")
# What comes before a quoted title: 'on "Morning Joe"', 'of "The Apprentice"', "Trump's".
TITLE_LEAD = re.compile(r"(?:\b(?:on|of|in|at|from|the|The)|[’']s)\s*[\"“‘']?\s*$")
# A word or phrase someone is quoted as using of something: 'admires Putin as a "strong
# leader"', 'calls people "losers"', 'likened the refugees to a "vicious snake"' (not the
# scare quote of 'so-called "reform"').
LABEL_BEFORE = re.compile(
    r"(?:\bas|(?<![\w-])(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?"
    r"|nam(?:es|ed|ing)|likened\s+[^.!?\"“”]{1,40}?\s+to)(?:\s+[^.!?,;\"“”\s]+){0,3})"
    r"\s+(?:(?:an?|the)\s+)?[\"“‘']?\Z"
)
TITLE_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
SEXED_HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS  # "MR. WALLACE:" is Wallace
# Transcript labels that name no speaker
NON_SPEAKER_LABELS = frozenset(
    "video audio clip update breaking note warning caption photo".split()
)
STAGE_DIRECTION = re.compile(r"\([^()]*\)[.!?]?")  # "(CROSSTALK.)", "(APPLAUSE)" in a transcript
MAX_SUBJECT_WORDS = 8


@dataclass(frozen=True)
class Speaker:
    """Who said a quotation: a person of the article, or a description as written."""

    name: str | None
    person: Person | None
    cue: str | None


@dataclass(frozen=True)
class AttributedQuote:
    """One quotation segment with its speaker."""

    span: QuoteSpan
    text: str
    speaker: Speaker
    quote_type: str


def extract_quotes(article: ParsedArticle, people: list[Person]) -> list[AttributedQuote]:
    """Quotations of the article with their speakers, in body order."""
    spans = find_quote_spans(article)
    resolver = _Resolver(article, people, spans)
    results: list[AttributedQuote] = []
    last_by_paragraph: dict[int, Speaker] = {}
    transcript = sum(span.label is not None for span in spans) >= 2
    for span in spans:
        text = article.body[span.start : span.end]
        own = resolver.from_label(span, transcript=transcript) or resolver.from_own_sentence(span)
        speaker = own
        if speaker is None or speaker.name is None:
            speaker = resolver.fallback(span, last_by_paragraph)
        if not _is_speech(text, own, span, article):
            continue
        if speaker is None:
            speaker = Speaker(None, None, None)
        if speaker.name is not None:
            last_by_paragraph[span.paragraph_index] = speaker
        resolver.note_speaker(span, speaker)
        results.append(AttributedQuote(span, text, speaker, _quote_type(text, span, article)))
    return results


def _is_speech(text: str, own: Speaker | None, span: QuoteSpan, article: ParsedArticle) -> bool:
    """Drop quoted titles, names and scare quotes: short, with no reporting verb around them."""
    words = TITLE_WORD.findall(text)
    if not words or STAGE_DIRECTION.fullmatch(text):
        return False
    has_cue = own is not None and own.cue is not None
    paragraph = article.paragraphs[span.paragraph_index]
    offset = article.paragraph_starts[span.paragraph_index]
    opens_paragraph = not paragraph[: span.mark_start - offset].strip(" \"“‘`'")
    if not opens_paragraph:
        # A title after "on"/"of"/"the"/"'s" ('appeared on "Fox News Sunday,"') is named, not
        # spoken, even in a sentence with a reporting verb, even with a comma or full stop set
        # inside the marks.
        before = article.body[max(offset, span.mark_start - 12) : span.mark_start]
        after_lead = TITLE_LEAD.search(before) is not None
        if _looks_like_title(words, text, punctuated=after_lead) and (not has_cue or after_lead):
            return False
    labelled = LABEL_BEFORE.search(article.body, max(offset, span.mark_start - 60), span.mark_start)
    return not (
        len(words) <= 3
        and not has_cue
        and not opens_paragraph
        and not labelled
        and text.rstrip()[-1:] not in ".!?"
    )


def _looks_like_title(words: list[str], text: str, *, punctuated: bool = False) -> bool:
    """Capitalised words and no sentence end: "The Weakest Link"; with `punctuated`, a comma
    or full stop set inside the marks, US style, is allowed ("Fox News Sunday,")."""
    end = text.rstrip()[-1:]
    if len(words) > 8 or end in "!?" or (end in ".," and not punctuated):
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _quote_type(text: str, span: QuoteSpan, article: ParsedArticle) -> str:
    """`full` for a sentence or more of someone's words, `partial` for a phrase in the writer's."""
    stripped = text.lstrip("…. ")
    first = stripped[:1]
    words = len(text.split())
    if (first.isupper() or first.isdigit()) and (words >= 4 or text.rstrip()[-1:] in ".!?"):
        return "full"
    before = article.body[max(0, span.mark_start - 3) : span.mark_start].rstrip(" \"“‘`'")
    if span.continues_previous or (before.endswith(":") and words >= 4):
        return "full"
    return "partial"


def _cue_verbs(text: str, *, first: bool) -> Iterator[re.Match[str]]:
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
        if word in CUE_VERBS and not (
            i > 0 and (_marks_a_noun(words[i - 1][0].group()) or _plural_after_of(words, i))
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
    return before in NOUN_PREPOSITIONS or (
        i > 1 and "-" in before and words[i - 2][1] in NOUN_PREPOSITIONS
    )


def _marks_a_noun(word: str) -> bool:
    """A determiner or a possessive ("Clinton's comments"), not a contraction ("he's
    claiming")."""
    if word.lower() in NOUN_MARKERS:
        return True
    return word.endswith(("'s", "’s")) and word[:-2].lower() not in CONTRACTING_WORDS


class _Resolver:
    """Finds speakers from the text around quotations."""

    def __init__(self, article: ParsedArticle, people: list[Person], spans: list[QuoteSpan]):
        self.article = article
        self.body = article.body
        self.spans = spans
        self.quoted = [(s.mark_start, s.end) for s in spans]
        self.mentions = sorted(
            ((start, end, person) for person in people for start, end in person.mentions),
            key=lambda m: (m[0], m[1]),
        )
        self.mention_starts = [start for start, _end, _person in self.mentions]
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self.speaker_events: list[tuple[int, Person]] = []
        # Quotations credited by a reporting verb in their own sentence, by where they end.
        self.credited: dict[int, Speaker] = {}
        self._described: list[tuple[int, Person]] | None = None

    # --- sentences ----------------------------------------------------------------------
    def sentences(self, paragraph_index: int) -> list[tuple[int, int]]:
        """Body-offset bounds of the paragraph's sentences."""
        if paragraph_index not in self._sentences:
            offset = self.article.paragraph_starts[paragraph_index]
            text = self.article.paragraphs[paragraph_index]
            masked = [
                (s.start - offset, s.end - offset)
                for s in self.spans
                if s.paragraph_index == paragraph_index
            ]
            self._sentences[paragraph_index] = [
                (offset + a, offset + b) for a, b in sentence_bounds(text, masked)
            ]
        return self._sentences[paragraph_index]

    def sentence_of(self, span: QuoteSpan) -> tuple[int, int]:
        for start, end in self.sentences(span.paragraph_index):
            if start <= span.start < end:
                return start, end
        return self.sentences(span.paragraph_index)[-1]

    # --- attribution --------------------------------------------------------------------
    def from_label(self, span: QuoteSpan, *, transcript: bool) -> Speaker | None:
        """A quoted transcript line, "PENCE: Well, look…": the person the label names, or the
        label itself when the article quotes a transcript (two labelled lines or more)."""
        if span.label is None:
            return None
        words = [w.rstrip(".").title() for w in span.label.split()]
        words = [w for w in words if w.lower() not in SEXED_HONORIFICS]
        person = self.person_named(words[-1]) if words and len(words[-1]) > 1 else None
        if person is not None:
            return Speaker(person.name, person, ":")
        if not transcript or not words or " ".join(words).lower() in NON_SPEAKER_LABELS:
            return None
        return Speaker(" ".join(words), None, ":")

    def from_own_sentence(self, span: QuoteSpan) -> Speaker | None:
        sentence_start, sentence_end = self.sentence_of(span)
        after = self._outside_quotes(span.end, sentence_end, stop_at_next_quote=True)
        before = self._outside_quotes(sentence_start, span.mark_start)
        quote_leads = not self.body[sentence_start : span.mark_start].strip(" \"“‘`'")
        # '… said "will assuage people's fears," the Florida senator said.': a quotation
        # closed by a comma and followed by a credit is credited there first.
        lead_in = before[0].rstrip(" \"“‘`'")
        credit_follows = (
            self.body[span.start : span.end].rstrip().endswith(",")
            and self._short_credit(after[0])
            and not lead_in.endswith(":")  # 'X added: "…," she said'
        )
        attempts = (
            [("after", after), ("before", before)]
            if quote_leads or credit_follows
            else [("before", before), ("after", after)]
        )
        unnamed: Speaker | None = None
        for side, (text, offset) in attempts:
            speaker = self._speaker_near_cue(text, offset, side, sentence_start)
            if speaker is not None and (speaker.name is not None or side == attempts[-1][0]):
                self.credited[span.end] = speaker
                return speaker
            unnamed = unnamed or speaker  # '"…," she said' with no she: the other side first
        if unnamed is not None:
            return unnamed
        shared = self._credit_after_last_quote(span, sentence_start, sentence_end)
        if shared is not None:
            return shared
        dash = DASH_CREDIT.match(after[0])
        if dash and span.closed:
            return self._speaker_from_phrase(dash.group("np"), after[1] + dash.start("np"), None)
        if (
            LABEL_BEFORE.search(
                self.body, max(sentence_start, span.mark_start - 60), span.mark_start
            )
            or lead_in.endswith(":")
            or ISSUED_DOCUMENT.match(lead_in.rstrip(" ,:"))
        ):
            # 'Trump admires Putin as a "strong leader"': the words are the subject's; so are
            # those after a colon ('Trump leaned in and boomed: "Let's defeat her."') or a
            # statement put out ('Trump issued a statement, "Last night, …"').
            colon_at = before[1] + len(lead_in) - 1
            named = self._mention_ending_at(colon_at) if lead_in.endswith(":") else None
            if named is not None:  # '… for Republican contests - Philip Bump: "…"'
                return Speaker(named.name, named, None)
            subject = self._sentence_subject(sentence_start, span.mark_start)
            if subject is not None:
                return subject
        if (
            lead_in.endswith(",")
            and self.body[span.start : span.start + 1].isupper()
            and not self._quoted_in(sentence_start, span.mark_start - 1)
        ):
            # 'Earlier this week, Clinton shared her anxiety with an audience, "I do not know
            # …"': a sentence quoted after a comma is the subject's, when a person is.
            subject = self._sentence_subject(sentence_start, span.mark_start)
            if self._subject_not_object(subject, sentence_start, span.mark_start):
                return subject
        return self._from_trailing_credit(span, sentence_end, after[0])

    def _credit_after_last_quote(
        self, span: QuoteSpan, sentence_start: int, sentence_end: int
    ) -> Speaker | None:
        """'… carry "a great deal of weight" and bring the "grass-roots firepower" they need,
        DFA spokesman Neil Sroka said.': the credit after the sentence's last quotation is the
        earlier ones' too."""
        later = [s for s in self.spans if span.end < s.start and s.end <= sentence_end]
        if not later or not WORD.search(self.body, span.end, later[0].mark_start):
            return None  # none, or quotations side by side ('"…," "…"'): no shared credit
        text, offset = self._outside_quotes(later[-1].end, sentence_end, stop_at_next_quote=True)
        speaker = self._speaker_near_cue(text, offset, "after", sentence_start)
        return speaker if speaker is not None and speaker.name is not None else None

    @staticmethod
    def _short_credit(after: str) -> bool:
        """Whether the words after a quotation are its credit: a few words and a reporting
        verb, then nothing but where or whom ('," the Florida senator said.'; not '," Melanie
        said yes')."""
        credit = SHORT_CREDIT.match(after)
        return credit is not None and CREDIT_ENDS.match(after, credit.end()) is not None

    def _continues_credited(self, span: QuoteSpan, since: int) -> Speaker | None:
        """`"Subpoenas are not optional," Chaffetz said after Pagliano failed to show up.
        "Mr. Pagliano is …"`: a quotation right after the sentence that credited the one
        before it continues that speaker, whatever else the credit names."""
        previous = next(
            (
                s
                for s in reversed(self.spans)
                if since <= s.end <= span.mark_start and s is not span
            ),
            None,
        )
        if previous is None or previous.end not in self.credited:
            return None
        between = self.body[previous.end : span.mark_start].rstrip(" \"“‘`'")
        return self.credited[previous.end] if between.endswith(".") else None

    def _from_trailing_credit(
        self, span: QuoteSpan, sentence_end: int, after: str
    ) -> Speaker | None:
        """`"…is?" Graham asked.`: the quote's ?, ! or . ended the sentence, and the credit is
        the short sentence right after it."""
        if after.strip(" \"”’'") or not span.closed:
            return None
        sentences = self.sentences(span.paragraph_index)
        following = next(((s, e) for s, e in sentences if s >= sentence_end), None)
        if following is None:
            return None
        text, offset = self._outside_quotes(*following, stop_at_next_quote=True)
        if not text.strip() or text.lstrip()[:1].isdigit():
            return None
        if len(text.split()) > MAX_SUBJECT_WORDS:
            # '"…, who knows?" Trump told Britain's ITV in an interview …': a question or an
            # exclamation ended the sentence; its credit opens the next one.
            if self.body[span.start : span.end].rstrip()[-1:] not in "?!":
                return None
            # The credit: a reporting verb among the first words, after a name and perhaps
            # its description ('"…!" Scott's niece, state Del. Marcia Price, shouted').
            verb = next(
                (
                    m
                    for n, m in enumerate(WORD.finditer(text))
                    if n < MAX_CREDIT_WORDS and m.group().lower() in CREDIT_VERBS
                ),
                None,
            ) or WENT_ON.search(text, 0, _end_of_word(text, MAX_CREDIT_WORDS + 1))
            if verb is None or not CREDIT_ENDS.match(text, verb.end()):
                # '"…?" Connors has also agreed to commentate', '"…?" Mr Pugh said: "…"'
                # (a new statement, not a credit)
                return None
            text = text[: verb.end()]
        return self._speaker_near_cue(text, offset, "after", following[0])

    def fallback(self, span: QuoteSpan, last_by_paragraph: dict[int, Speaker]) -> Speaker | None:
        credit = self._credit_line_after(span)
        if credit is not None:
            return credit
        sentences = self.sentences(span.paragraph_index)
        sentence_start, sentence_end = self.sentence_of(span)
        index = next((i for i, (s, _) in enumerate(sentences) if s == sentence_start), 0)
        if index > 0:
            start, end = sentences[index - 1]
            continued = self._continues_credited(span, start)
            if continued is not None and continued.person is not None:
                return Speaker(continued.name, continued.person, None)
            text, offset = self._outside_quotes(start, end)
            speaker = self._speaker_near_cue(text, offset, "before", start)
            if speaker is not None and speaker.name is not None:
                return Speaker(speaker.name, speaker.person, None)
            if (
                span.paragraph_index not in last_by_paragraph
                and not self.body[sentence_start : span.mark_start].strip(" \"“‘`'")
                and not self._credit_follows(span, sentence_end)
            ):
                # 'On "Face the Nation," Sen. Bernie Sanders identified young voters'
                # exhaustion with bigotry as a reason. "The younger people are …"': a
                # quotation opening the sentence after one about a person is that person's.
                subject = self._sentence_subject(start, end)
                if subject is not None and self._subject_not_object(
                    subject, start, end
                ):  # "Sessions with Jo Hale"
                    return Speaker(subject.name, subject.person, None)
        if span.paragraph_index in last_by_paragraph:
            previous = last_by_paragraph[span.paragraph_index]
            return Speaker(previous.name, previous.person, None)
        offset = self.article.paragraph_starts[span.paragraph_index]
        opens_paragraph = not self.body[offset : span.mark_start].strip(" \"“‘`'")
        if opens_paragraph and span.paragraph_index > 0:
            previous_index = span.paragraph_index - 1
            if previous_index in last_by_paragraph:
                previous = last_by_paragraph[previous_index]
                return Speaker(previous.name, previous.person, None)
            start, end = self.sentences(previous_index)[-1]
            text, text_offset = self._outside_quotes(start, end)
            if text.rstrip().endswith((":", ",")) or span.continues_previous:
                speaker = self._speaker_near_cue(text, text_offset, "before", start)
                if speaker is None and text.rstrip().endswith(":"):
                    # "Sanders made the following comment:" and the quotation below it
                    speaker = self._sentence_subject(start, end)
                if speaker is not None:
                    return Speaker(speaker.name, speaker.person, None)
            elif not self._quoted_in(start, end):
                # "Schoen elaborated … that superdelegates may reconsider." then a paragraph
                # of quotation only: the words of the person just reported.
                speaker = self._speaker_near_cue(text, text_offset, "before", start)
                if speaker is not None and speaker.person is not None:
                    return Speaker(speaker.name, speaker.person, None)
        if not opens_paragraph:
            return self._subject_of_uncredited(span, sentence_start, sentence_end)
        return None

    def _subject_of_uncredited(
        self, span: QuoteSpan, sentence_start: int, sentence_end: int
    ) -> Speaker | None:
        """'Paul Ryan worried that the safety net was becoming "a hammock that lulls …"':
        words quoted inside a sentence with no reporting verb are its subject's; not when the
        subject undergoes the sentence ('Mourinho has been "reminded of …"') or a relative
        clause describes something else ('the Sawyer Award, which is "presented to …"')."""
        lead, _ = self._outside_quotes(sentence_start, span.mark_start)
        after, _ = self._outside_quotes(span.end, sentence_end)
        words = lead.split()
        if (
            not lead.strip(" \"“‘`'")
            or PASSIVE_OR_RELATIVE.search(lead)
            or WORK_BEFORE.search(lead)  # 'the podcast "So, That Happened."'
            or sum(w[:1].isupper() for w in words) * 3 > len(words) * 2  # a headline
            or next(_cue_verbs(lead, first=False), None) is not None
            or next(_cue_verbs(after, first=False), None) is not None
            or "according to" in after.lower()
        ):
            return None
        subject = self._sentence_subject(sentence_start, span.mark_start)
        if subject is not None and subject.person is None and subject.name is not None:
            return subject  # 'The GOP presidential candidate sent out an email … to "win my …"'
        if not self._subject_not_object(subject, sentence_start, span.mark_start):
            return None
        named_at = [
            m[0]
            for m in self._mentions_in(sentence_start, span.mark_start)
            if subject is not None and m[2] is subject.person
        ]
        if named_at and not self._is_subject(named_at[0]):
            return None  # "The Post sent its reporter Ann Lee into "a living room …""
        if named_at and DETERMINER_END.search(self.body, max(0, named_at[0] - 5), named_at[0]):
            return None  # 'The Rove ad hits Clinton for taking "54 times more …"'
        return subject

    def _credit_follows(self, span: QuoteSpan, sentence_end: int) -> bool:
        """Whether a reporting verb follows the quotation in its sentence ('"Your Honor," I
        said'), whoever it credits."""
        text, _ = self._outside_quotes(span.end, sentence_end)
        return next(_cue_verbs(text, first=True), None) is not None

    def _credit_line_after(self, span: QuoteSpan) -> Speaker | None:
        """A quotation that ends its paragraph, then a paragraph that opens with a dash and a
        name: '"Great speech. She's tested." / -President Obama, tweeting after the speech.'"""
        starts = self.article.paragraph_starts
        following = span.paragraph_index + 1
        if following >= len(starts):
            return None
        between = self.body[span.end : starts[following]]
        opening = self.body[starts[span.paragraph_index] : span.mark_start]
        if between.strip(" \n\"”’'.!?") or opening.strip(" \"“‘'"):
            return None
        end = starts[following + 1] if following + 1 < len(starts) else len(self.body)
        line = self.body[starts[following] : end].strip()
        if len(line) > 120 or any(mark in line for mark in '"“”'):
            return None  # a credit line, not the next item of a dashed list
        dash = DASH_CREDIT.match(line)
        if dash is None or line.lstrip(" \"”’'")[:1] not in "―—–-":
            return None
        at = self.body.index(line, starts[following]) + dash.start("np")
        return self._speaker_from_phrase(dash.group("np"), at, None)

    def _outside_quotes(
        self, start: int, end: int, *, stop_at_next_quote: bool = False
    ) -> tuple[str, int]:
        """body[start:end] with quoted text blanked out (same length, offsets kept)."""
        chars = list(self.body[start:end])
        for q_start, q_end in self.quoted:
            if q_end <= start or q_start >= end:
                continue
            if stop_at_next_quote and q_start >= start:
                chars = chars[: max(0, q_start - start)]
                break
            for i in range(max(q_start, start), min(q_end + 1, end)):
                chars[i - start] = " "
        return "".join(chars), start

    def _speaker_near_cue(
        self, text: str, offset: int, side: str, sentence_start: int
    ) -> Speaker | None:
        """The speaker named around a reporting verb in `text` (which starts at body `offset`)."""
        according = ACCORDING_TO.search(text)
        if according:
            np_start = offset + according.start("np")
            return self._speaker_from_phrase(according.group("np"), np_start, "according to")
        put_it = AS_PUT_IT.search(text)
        if put_it:  # 'As The Post's Ruth Marcus puts it, Obama is trying to make "…"'
            found = self._speaker_from_phrase(
                put_it.group("np"), offset + put_it.start("np"), "put it"
            )
            if found is not None:
                return found
        # The nearest reporting verb first; when no speaker stands at it ("attacked Labour's
        # new pledges as", where "pledges" is a noun), the next one.
        for cue in _cue_verbs(text, first=side == "after"):
            speaker = self._speaker_at_cue(text, offset, side, sentence_start, cue)
            if speaker is not None:
                return speaker
        return None

    def _speaker_at_cue(
        self, text: str, offset: int, side: str, sentence_start: int, cue: re.Match[str]
    ) -> Speaker | None:
        cue_word = cue.group()
        if cue_word[:1].isupper() and self._mention_at_or_after(offset + cue.start()):
            return None  # a name ('" Yelling told BBC Sport'), not a verb
        left = text[: cue.start()]
        right = text[cue.end() :]
        if side == "after":
            # `"…," Heappey told Sky News.` or `"…," said Mr Brown, the minister.`
            described = self._person_before_appositive(left, offset) or self._credited_person(
                left, offset
            )
            if described is not None:  # `"…," Scott Pruitt, the attorney general, said.`
                return Speaker(described.name, described, cue_word)
            # `"…!" Scott's niece, state Del. Marcia Price (D-Newport News), shouted`: the
            # name right before the verb, after a short description or a comma ('"…" between
            # Europe and the world, Mr Howard added'; not an object: '"…" for Clinton …,
            # forcing her to fend off Trump and Sanders, said Brad Bannon').
            named_last = NAME_THEN_VERB.search(left)
            person = named_last and self._mention_ending_at(offset + named_last.start())
            if person is not None and (
                len(left.split()) <= MAX_CREDIT_WORDS
                or self._named_after_break(left, offset, person)
            ):
                return Speaker(person.name, person, cue_word)
            left_np = left.strip(" ,")
            # '"We're extremely happy" about the decision, said RoseAnn DeMoro': a phrase
            # opening with a preposition is no subject.
            bare = left_np.strip("\"”’' ")
            prepositional = (bare.split() or [""])[0] in OBJECT_PREPOSITIONS and "," not in bare
            if bare.lower() in COORDINATORS:
                # 'Trump summed up Clinton as "terrible," and said she …': the verb is the
                # sentence subject's second, not inverted before a subject of its own.
                subject = self._sentence_subject(sentence_start, offset + cue.start())
                if subject is None or subject.name is None:
                    return None
                return Speaker(subject.name, subject.person, cue_word)
            if left_np and len(left_np.split()) <= MAX_SUBJECT_WORDS and not prepositional:
                found = self._speaker_from_phrase(left_np, offset + left.find(left_np), cue_word)
                if found is not None:
                    return found
            right_np = _up_to_break(right, ",;:!?(")
            # Any reporting verb right after the quotation inverts ('…," exhorted Curtis').
            inverting = (
                cue_word.lower() in INVERTING_CUES or not left_np.strip("\"”’'") or prepositional
            )
            if inverting:
                tail = _up_to_break(right, ";!?")
                tail_start = offset + cue.end()
                named = [
                    m
                    for m in self._mentions_in(tail_start, tail_start + len(tail))
                    if m[1] <= tail_start + len(tail)
                    and not self._after_preposition(m[0])
                    and not self._possessive_end(m[1])  # "Clinton's introducer, actress …"
                ]
                while len(named) > 1 and NOUN_THEN_NAME.match(self.body, named[0][1]):
                    named = named[1:]  # "said Huckabee campaign spokesman Hogan Gidley"
                named = [m for m in named if not self._modifies_a_noun(m[1])]  # "a Cruz adviser"
                if named and len(right[: named[0][0] - tail_start].split()) <= 12:
                    return Speaker(named[0][2].name, named[0][2], cue_word)
            if PREPOSITION_AND_NAME.fullmatch(right_np.strip()):
                return None  # '"…," X said on Twitter': a place or platform, no subject
            if right_np.strip() and inverting:
                # '"…," said one owner of a shop that sells …': the subject ends where a
                # relative clause starts.
                right_np = RELATIVE_START.split(right_np, maxsplit=1)[0]
                return self._speaker_from_phrase(
                    right_np, offset + cue.end() + right.find(right_np), cue_word
                )
            return None
        if cue_word.lower().endswith("ing"):
            named = self._mention_ending_at(offset + len(left.rstrip()))
            if named is not None:  # "with leader Charles Kennedy saying his party was"
                return Speaker(named.name, named, cue_word)
            # "Hollande said Tuesday in Paris, noting the nominee "…"": the participle
            # belongs to the reporting verb before it.
            finite = next(
                (c for c in _cue_verbs(left, first=False) if not c.group().endswith(("ing", "s"))),
                None,
            )
            if (
                finite is not None
                and left.rstrip().endswith(",")
                and not self._mention_between(
                    offset + _reported_clause_start(left, finite.end()),
                    offset + cue.start(),
                )  # "said Clinton will have to choose …, saying": the reported clause's subject
            ):
                earlier = self._named_at_cue(text, offset, side, sentence_start, finite)
                if earlier is not None:
                    return Speaker(earlier.name, earlier.person, cue_word)
            subject = self._sentence_subject(sentence_start, offset + cue.start())
            if subject is not None:
                return Speaker(subject.name, subject.person, cue_word)
        if COORDINATED_VERB.search(left):
            # "De Blasio said the move was made by Bill Bratton and said, "…"": the subject
            # of the verb before the "and", not the name just before it.
            earlier_cue = next(_cue_verbs(left, first=False), None)
            if earlier_cue is not None:
                earlier = self._named_at_cue(text, offset, side, sentence_start, earlier_cue)
                if earlier is not None:
                    return Speaker(earlier.name, earlier.person, cue_word)
            doer = self._last_doer(sentence_start, offset + cue.start())
            if doer is not None:
                return Speaker(doer.name, doer, cue_word)
            # "The Republican nominee also outlined his plan and vowed to punish "…"": the
            # sentence's subject, a description when it names nobody.
            subject = self._sentence_subject(sentence_start, offset + cue.start())
            if subject is not None and subject.name is not None:
                return Speaker(subject.name, subject.person, cue_word)
        described = self._person_before_appositive(left, offset)
        if described is not None:
            return Speaker(described.name, described, cue_word)
        # The pattern is anchored at the end of left: searching only its tail is the same and
        # avoids a try at every character of a long sentence.
        tail_start = max(0, len(left) - 200)
        relative = (
            RELATIVE_BEFORE_CUE.search(left, tail_start) if "wh" in left[tail_start:] else None
        )
        antecedent = relative and ANTECEDENT.search(left, 0, relative.start())
        if antecedent:  # `the Air Transport Association (IATA), which has attacked … as "…"`
            found = self._speaker_from_phrase(
                antecedent.group(), offset + antecedent.start(), cue_word
            )
            if found is not None:
                return found
        clause = _last_clause(GOING_ON_TO.sub("", left) if left.endswith("to ") else left)
        if clause.strip():
            clause_at = max(left.rfind(clause), 0)
            found = self._speaker_from_phrase(clause, offset + clause_at, cue_word)
            if found is not None:
                return found
            who = WHO_BEFORE.search(left, 0, clause_at)
            relative_words = [w.lower() for w in clause.split()[:2]] + ["", ""]
            own_subject = (
                (
                    relative_words[0] in DETERMINERS | PRONOUN_WORDS | QUANTIFIERS
                    and relative_words[1] not in TIME_WORDS  # "who this week criticised"
                )
                or clause.strip()[:1].isupper()
            )
            if who is not None and not own_subject:
                # not "which it describes as", "which an FBI investigation said was"
                # "a White House official who spoke anonymously … said", "McConnell, now the
                # Senate majority leader, who in 2010 said": the one the relative clause
                # describes, the name before it when there is one.
                named = self._name_before(left[: who.start()], offset)
                if named is not None:
                    return Speaker(named.name, named, cue_word)
                antecedent = _last_clause(left[: who.start()])
                if antecedent.strip():
                    at = max(left.rfind(antecedent, 0, who.start()), 0)
                    found = self._speaker_from_phrase(antecedent, offset + at, cue_word)
                    if found is not None:
                        return found
        # Inverted: `said Mr Brown: "…"`.
        right_np = _up_to_break(right, ",;:!?(")
        if (
            right_np.strip()
            and len(right_np.split()) <= 5
            and cue_word.lower() in INVERTING_CUES
            and not REPORTED_CLAUSE_OPENER.search(right_np)  # 'said Friday that Curiel "…"'
        ):
            return self._speaker_from_phrase(
                right_np, offset + cue.end() + right.find(right_np), cue_word
            )
        return None

    def _named_at_cue(
        self, text: str, offset: int, side: str, sentence_start: int, cue: re.Match[str]
    ) -> Speaker | None:
        """The speaker of an earlier reporting verb of the same sentence, when it has a name
        (the verb a participle or a coordinated verb leans on)."""
        earlier = self._speaker_at_cue(text, offset, side, sentence_start, cue)
        return earlier if earlier is not None and earlier.name is not None else None

    def _person_before_appositive(self, left: str, offset: int) -> Person | None:
        """`Jacques Barrot, vice president of the Commission and Commissioner for Transport,
        said`: the person the appositive describes, not the appositive."""
        # The last mention that ends inside left.
        index = bisect.bisect_left(self.mention_starts, offset + len(left)) - 1
        while index >= 0:
            start, end, person = self.mentions[index]
            if start < offset:
                return None
            if (
                end <= offset + len(left)
                and not self._possessive_end(end)
                and not self._after_preposition(start)
            ):
                after = past_name_suffixes(left, end - offset)  # "Bruce Castor Jr, who …,"
                if APPOSITIVE_TO_CUE.match(left, after):
                    return person
                clause = left[: start - offset].rsplit(",", 1)[-1]
                if not RELATIVE_WORD.search(clause):
                    return None
                # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a name
                # inside the relative clause is its object; the subject is before it.
            # a possessive or an object is inside the appositive: "X (D), McCrory's opponent,",
            # "Ann Grey, a senior adviser to the Hale campaign,"
            index -= 1
        return None

    def _credited_person(self, left: str, offset: int) -> Person | None:
        """`"…", Rabbi Marvin Hier, founder of the Simon Wiesenthal Center said.`: right after
        the quotation a name, then a description up to the verb with no comma to close it."""
        lead = len(left) - len(left.lstrip(" ,\"”’'"))
        index = bisect.bisect_left(self.mention_starts, offset + lead)
        if index >= len(self.mentions):
            return None
        start, end, person = self.mentions[index]
        honorific = left[lead : start - offset]
        if start - offset > len(left) or not COURTESY_OR_NOTHING.fullmatch(honorific):
            return None
        return person if UNCLOSED_APPOSITIVE.match(left, end - offset) else None

    def _speaker_from_phrase(
        self, phrase: str, phrase_start: int, cue: str | None
    ) -> Speaker | None:
        """A person mentioned in the phrase, a pronoun, or the phrase itself as a description."""
        opening = INTRODUCTORY_PHRASE.match(phrase)
        if opening and opening.end() < len(phrase.rstrip()):
            # "In a statement, Peabody said", "After meeting Blair, the minister said": the
            # subject follows the opening phrase.
            rest = phrase[opening.end() :]
            found = self._speaker_from_phrase(rest, phrase_start + opening.end(), cue)
            if found is not None:
                return found
        aside = PARTICIPLE_ASIDE.search(phrase)
        if (
            aside
            and len(phrase[: aside.start()].split()) <= MAX_SUBJECT_WORDS
            and (phrase.split() or [""])[0].lower() not in OBJECT_PREPOSITIONS
            and "," not in phrase[aside.end() :].rstrip(" ,")  # no subject after the aside
        ):
            # "An Israeli official, speaking on the condition of anonymity to discuss …,": the
            # subject is before the participle's aside.
            found = self._speaker_from_phrase(phrase[: aside.start()], phrase_start, cue)
            if found is not None and found.name is not None:
                return found
        issued = ISSUED_DOCUMENT.match(phrase)
        if issued:
            # "the Security Council issued a statement calling": the issuer speaks, not the
            # statement.
            found = self._speaker_from_phrase(issued.group("np"), phrase_start, cue)
            if found is not None:
                return found
        phrase_end = phrase_start + len(phrase)
        # Quoted words are blanked out of the phrase, and so are the names inside them.
        inside = [
            m
            for m in self._mentions_in(phrase_start, phrase_end)
            if m[1] <= phrase_end and not self._in_quote(m[0]) and not self._after_preposition(m[0])
        ]
        # An acronym or a state in parentheses is no word of the subject: "The Welsh Local
        # Government Association (WLGA)", "Sen. Ted Cruz (Tex.)".
        words = list(WORD.findall(SHORT_PARENTHESIS.sub(" ", phrase)))
        # "He's claiming": the pronoun of a contraction
        lowered = [CONTRACTED_PRONOUN.get(w.lower(), w.lower()) for w in words]
        object_relative = OBJECT_RELATIVE.search(phrase) is not None
        last_pronoun_sex = (
            ("male" if lowered[-1] in PRONOUNS_MALE else "female")
            if lowered and lowered[-1] in ("he", "she")
            else None
        )
        if (
            inside
            and last_pronoun_sex is not None
            and (
                self._possessive_end(inside[-1][1])
                or not _sex_matches(inside[-1][2], last_pronoun_sex)
            )
            and not object_relative
        ):
            # "Clinton says she appreciated Machado's courage through what she calls": the
            # pronoun right before the verb is its subject, not the owner named before it, nor
            # a name of the other sex ("Comey decided not to indict Clinton … though he found").
            last_word = list(WORD.finditer(phrase))[-1]
            person = self.person_before(phrase_start + last_word.start(), last_pronoun_sex)
            if person is not None:
                return Speaker(person.name, person, cue)
        # "Mr Campbell, who he described as": the he/she of the relative clause is the subject.
        if inside and not object_relative:
            owned = POSSESSED_SOURCE.match(phrase, inside[-1][1] - phrase_start)
            if owned and can_be_source(owned.group("head").lower()):
                # "Mr Blair's official spokesman": the spokesman speaks, not Mr Blair.
                owner_at = inside[-1][0] - phrase_start
                title = TITLE_BEFORE.search(phrase, 0, owner_at)
                description = phrase[title.start() if title else owner_at : owned.start("aux")]
                return Speaker(description, None, cue)
            modified = NOUN_AFTER_NAME.match(
                TRAILING_AUX.sub("", phrase), inside[-1][1] - phrase_start
            )  # "One Clinton spokesman has called"
            determiner = DETERMINER_BEFORE_NAME.search(phrase, 0, inside[-1][0] - phrase_start)
            if modified and determiner and can_be_source(modified.group("head").lower()):
                # "one Trump campaign source said", "a senior Cruz adviser": the name only
                # says whose; the description speaks.
                description = phrase[determiner.start("det") : modified.end("head")]
                return Speaker(description, None, cue)
            # a comma after the phrase closes an appositive ("Tony Blair, the prime minister,
            # said"); without it the description is the subject ("In an interview with hosts Joe
            # Scarborough and Mika Brzezinski, the Democratic presidential candidate stated")
            closed = self.body[phrase_end : phrase_end + 3].lstrip(" ")[:1] == ","
            tail = self._trailing_description(phrase, phrase_start, inside, closed=closed)
            if tail is not None:
                # "As far as whether Sanders still senses …, the Vermont senator": the
                # description is the subject, the names before it are in an opening clause.
                return self._speaker_from_phrase(phrase[tail:], phrase_start + tail, cue)
            person = self._closest_mention(phrase, phrase_start, inside)
            return Speaker(person.name, person, cue)
        for i in range(len(words) - 1, -1, -1):
            if lowered[i] in ("he", "she") and (
                i == len(words) - 1 or lowered[i + 1] in FILLER or i == 0
            ):
                sex = "male" if lowered[i] in PRONOUNS_MALE else "female"
                person = self.person_before(phrase_start, sex)
                if person is None:
                    return Speaker(None, None, cue)
                return Speaker(person.name, person, cue)
        # "a memo for Mr Heath": the last word is the object of a preposition.
        before_name = len(words) - 2  # back over the name's other words and honorifics
        while before_name >= 0 and (
            words[before_name][:1].isupper() or lowered[before_name].rstrip(".") in HONORIFICS
        ):
            before_name -= 1
        last_is_object = before_name >= 0 and lowered[before_name] in OBJECT_PREPOSITIONS
        if words and words[-1][:1].isupper() and not last_is_object:
            person = self.person_named(words[-1])
            if person is not None:
                return Speaker(person.name, person, cue)
        if AGE_DESCRIPTION.fullmatch(phrase.strip()):
            # '"…," said the 34-year-old': the person the sentence before is about
            person = self.person_before(phrase_start, "either")
            return Speaker(person.name, person, cue) if person is not None else None
        while words and lowered and lowered[0] in FILLER:
            words, lowered = words[1:], lowered[1:]
        while words and (lowered[-1] in FILLER or _is_adverb(lowered[-1])):
            words, lowered = words[:-1], lowered[:-1]  # "the nominee has repeatedly"
        participle = next(
            (
                i
                for i in range(2, len(lowered))
                if lowered[i].endswith("ed")
                and can_be_source(lowered[i - 1])
                and all(
                    lowered[j - 1] in OBJECT_PREPOSITIONS
                    for j in range(i + 1, len(lowered))
                    if lowered[j] in DETERMINERS
                )  # "report released last year", "musician quoted by the report"; not
                # "a report published last July the committee"
            ),
            None,
        )
        if participle is not None:  # "A Government Accountability Office report released …"
            words, lowered = words[:participle], lowered[:participle]
        if not words:
            return None
        if lowered[0] in PRONOUNS_PLURAL or lowered[0] in ("i", "you", "it", "there"):
            return None
        if len(words) == 1 and lowered[0] in OPENER_WORDS:
            return None  # "After saying …": a sentence opener, not a speaker
        if (
            1 < len(words) <= MAX_SUBJECT_WORDS
            and words[0][:1].isupper()
            and lowered[0].endswith(("'s", "’s"))
            and can_be_source(_description_head(lowered, [w[:1].isupper() for w in words]))
        ):  # "Obama's former campaign strategist said": the owner is not the speaker
            return Speaker(" ".join(words), None, cue)
        determiner = _description_start(lowered)
        if determiner is not None:
            words, lowered = words[determiner:], lowered[determiner:]
            if len(words) < 2:
                return None
            person = self.person_with_role(lowered[-1], phrase_start)
            if (
                person is None
                and lowered[0] == "the"
                and len(words) <= 3
                and is_role_head(lowered[-1])
                and lowered[-1] not in UNNAMED_SOURCES
            ):
                person = self.person_before(phrase_start, "either")
                if person is not None and person.role is None and words[-1].islower():
                    # "the first minister said": the article's role for that person (a
                    # capitalised head is an organisation: "the Scottish Executive")
                    person.role = " ".join(words[1:])
            if person is not None:
                return Speaker(person.name, person, cue)
            while len(lowered) > 2 and (
                lowered[-1] in CUE_VERBS or lowered[-1] in PRONOUN_WORDS or lowered[-1] in FILLER
            ):  # "the mayor said", "the statement noted they"
                words, lowered = words[:-1], lowered[:-1]
            head = _description_head(
                lowered, [w[:1].isupper() for w in words], name_after_noun=True
            )
            if not (
                can_be_source(head)
                or head in GROUP_NOUNS
                or all(w[:1].isupper() for w in words[1:])
            ):
                return None
        elif len(words) > MAX_SUBJECT_WORDS:
            return None
        elif len(words) > 2 and lowered[0] in GROUP_NOUNS and lowered[1] in PREPOSITIONS:
            pass  # "Lawyers for news organisations": the whole phrase
        elif lowered[-1] in GROUP_NOUNS:
            words = words[-2:] if len(words) > 1 and words[-2][:1].isupper() else words[-1:]
        elif not all(w[:1].isupper() or w.lower() in ("of", "for", "and") for w in words):
            # A capitalised word right before the verb: a surname not otherwise known.
            if (
                words[-1][:1].isupper()
                and lowered[-1] not in FILLER
                and lowered[-1] not in OPENER_WORDS
                and lowered[-1] not in NON_PERSON_WORDS
                and not last_is_object
            ):
                person = self.person_named(words[-1])
                if person is not None:
                    return Speaker(person.name, person, cue)
                return Speaker(words[-1], None, cue)
            return None
        if len(words) > 8:
            return None
        return Speaker(" ".join(words), None, cue)

    def _sentence_subject(self, sentence_start: int, limit: int) -> Speaker | None:
        """The first person or pronoun of the sentence, before `limit`."""
        text, offset = self._outside_quotes(sentence_start, limit)
        first = WORD.search(text)
        pronoun = first and CONTRACTED_PRONOUN.get(first.group().lower(), first.group().lower())
        if first and pronoun in ("he", "she"):
            sex = "male" if pronoun == "he" else "female"
            person = self.person_before(offset + first.start(), sex)
            if person is not None:
                return Speaker(person.name, person, None)
        deferred: Speaker | None = None
        for start, end, person in self.mentions:
            if sentence_start <= start < limit and not self._in_quote(start):
                head = text[: start - offset]
                # "The SNP's Holyrood leader Nicola Sturgeon wrote …, calling for": the first
                # person of the sentence, after a short noun phrase with no clause break.
                if len(head.split()) <= 3 or (
                    len(head.split()) <= 8 and not re.search(r"[,;:]", head)
                ):
                    if SUBORDINATE_OPENING.match(head):
                        # "When Wallace died, President Clinton released": not Wallace,
                        # unless the main clause names nobody
                        deferred = deferred or Speaker(person.name, person, None)
                        continue
                    owned = self._owned_noun(text, end - offset)
                    if owned is None:
                        return Speaker(person.name, person, None)
                    # "Clinton's campaign manager Robby Mook said …, arguing": the person the
                    # owner's noun names; "Gary Johnson's doctor is calling": the noun itself.
                    lead = text[: start - offset]
                    head, head_end, possessive = owned
                    if is_role_head(head) and self._mention_at_or_after(offset + head_end):
                        continue
                    determiner = DETERMINER_BEFORE_NAME.search(lead)
                    if not possessive and determiner and can_be_source(head):
                        # "A Clinton campaign official later walked back the comments, saying"
                        description = text[determiner.start("det") : head_end]
                        return Speaker(description.strip(), None, None)
                    if possessive and can_be_source(head):
                        owner_at = start - offset
                        title = TITLE_BEFORE.search(text, 0, owner_at)
                        description = text[title.start() if title else owner_at : head_end]
                        return Speaker(description.strip(), None, None)
                    return Speaker(person.name, person, None)
                # "Speaking to MSNBC on Monday, …, Bush referred to Rubio as": the name right
                # after an opening phrase's comma, followed by its verb.
                # A capitalised title before the name stays with it ("…, President Obama is").
                untitled = _without_trailing_title(head)
                if untitled.rstrip().endswith(",") and VERB_AFTER_NAME.match(self.body, end):
                    return Speaker(person.name, person, None)
        if deferred is None:
            # No name: a description opening the sentence ("The Florida senator sought to
            # calm his supporters, …, saying", "The Democratic National Convention released").
            introduced = INTRODUCTORY_PHRASE.match(text)  # "In August, several groups …"
            opening = DESCRIBED_SUBJECT.match(text, introduced.end() if introduced else 0)
            if opening:
                found = self._speaker_from_phrase(
                    opening.group("np"), offset + opening.start("np"), None
                )
                if found is not None and found.name is not None:
                    return found
        return deferred

    def person_before(self, position: int, sex: str) -> Person | None:
        """The person a he/she at `position` refers to: the later of the last sentence subject
        and the last speaker (sex-matched where known), else the last person mentioned."""
        subject: tuple[int, Person] | None = None
        mentioned: tuple[int, Person] | None = None
        for start, _end, person in reversed(self.mentions):
            if start >= position or self._in_quote(start):
                continue
            if not _sex_matches(person, sex):
                continue
            if mentioned is None:
                mentioned = (start, person)
            if self._is_subject(start):
                subject = (start, person)
                break
        speaker, described = (
            next(
                ((at, p) for at, p in reversed(events) if at < position and _sex_matches(p, sex)),
                None,
            )
            for events in (self.speaker_events, self.described_subjects())
        )
        best = max(
            (c for c in (subject, speaker, described) if c is not None),
            default=mentioned,
            key=lambda c: c[0],
        )
        return best[1] if best else None

    def described_subjects(self) -> list[tuple[int, Person]]:
        """Sentences opened by a role instead of a name ("The Tory leader was asked …"): the
        person of the article with that role, as the subject at that position."""
        if self._described is None:
            self._described = []
            for match in SENTENCE_INITIAL_THE.finditer(self.body):
                at = match.start()
                if not SENTENCE_OPENS_AT.search(self.body, max(0, at - 3), at):
                    continue
                words = match.group("words").split()
                for i, word in enumerate(words):
                    if not is_role_head(word):
                        if word[:1].isupper() or word.lower() in ROLE_MODIFIERS:
                            continue  # "The Tory leader", "The former chancellor"
                        break
                    if i + 1 < len(words) and is_role_head(words[i + 1]):
                        continue  # "prime minister": the role ends later
                    if i + 1 < len(words) and words[i + 1][:1].isupper():
                        break  # "The Tory leader Michael Howard": a named mention
                    person = self.person_with_role(word.lower(), match.start())
                    if person is not None:
                        self._described.append((match.start(), person))
                    break
        return self._described

    def _is_subject(self, start: int) -> bool:
        """A mention that opens its sentence, or is the subject of a reporting verb; never
        the object of a preposition ("hatred of Clinton among his supporters, the senator
        acknowledged")."""
        if self._after_preposition(start):
            return False  # "for Mr Heath"
        following = re.split(r"[.!?]\s", self.body[start : start + 200], maxsplit=1)[0]
        # Skip an aside between dashes or commas: "Gerry Conlon - who was convicted - said".
        following = PARENTHETICAL.sub(" ", following)
        verbs = [w.lower() for w in WORD.findall(following)[1:12]]
        # A finite reporting verb after the name; an -ing one ("…, suggesting") belongs to
        # the sentence's subject, not to an object just before it.
        finite = [v for v in verbs[:8] if v in CUE_VERBS and not v.endswith("ing")]
        if finite and not any(v in ("he", "she") for v in verbs[: verbs.index(finite[0])]):
            return True
        head = self.body[max(0, start - LEAD_WINDOW) : start]
        # Where the sentence starts: after ". ", "? ", '." ' or a new line; a quotation that
        # closes mid-sentence ('had "warm relations" with Mr Novak') does not end it.
        ends = [m.end() for m in SENTENCE_BREAK.finditer(head)]
        lead = head[ends[-1] :] if ends else (head if start < LEAD_WINDOW else None)
        if lead is None:
            return False
        lead_start = start - len(lead)
        if bisect.bisect_left(self.mention_starts, lead_start) < bisect.bisect_left(
            self.mention_starts, start
        ):
            return False  # "Dr Fox accused Mr Blair": the object, not the subject
        # "Realising his error, Mr Campbell then e-mailed …": an opening phrase, then the subject.
        if len(WORD.findall(lead)) <= 3:
            return True
        opening = OPENING_PHRASE.match(lead)
        if opening is None:
            return False
        # "In a statement issued Tuesday, presidential nominee Hillary Clinton was": a role
        # may stand between the opening phrase and the name.
        role = lead[opening.end() :].split()
        return not role or (
            len(role) <= 3 and all(w.islower() for w in role) and is_role_head(role[-1])
        )

    def note_speaker(self, span: QuoteSpan, speaker: Speaker) -> None:
        if speaker.person is not None:
            self.speaker_events.append((span.start, speaker.person))

    @staticmethod
    def _trailing_description(
        phrase: str, phrase_start: int, inside: list[tuple[int, int, Person]], *, closed: bool
    ) -> int | None:
        """Where a last comma segment that is a description ("the Vermont senator") starts,
        when it names nobody and is no appositive of a name just before its comma."""
        cut = len(phrase.rstrip(" ,"))
        # The segment opens after the last comma, or after a dash that ends an aside ("In May
        # - four months after Clinton left office - the State Department").
        separator_end = phrase.rfind(",", 0, cut) + 1
        dashes = list(SPACED_DASH.finditer(phrase, 0, cut))
        separator_start = separator_end - 1
        if dashes and dashes[-1].end() > separator_end:
            separator_start, separator_end = dashes[-1].start(), dashes[-1].end()
        segment_start = separator_end
        if segment_start == 0 or not DESCRIPTION_START.match(phrase, segment_start, cut):
            return None
        words = phrase[segment_start:cut].lower().split()
        if len(words) > 5 or not (is_role_head(words[-1]) or can_be_source(words[-1])):
            return None
        if any(phrase_start + segment_start <= m[0] for m in inside):
            return None
        before = TRAILING_PARENTHESIS.sub("", phrase[:separator_start]).rstrip()
        before = before.removesuffix("’s").removesuffix("'s")
        if closed and any(end - phrase_start == len(before) for _start, end, _p in inside):
            return None  # "Tony Blair, the prime minister,"
        return segment_start

    @staticmethod
    def _closest_mention(
        phrase: str, phrase_start: int, inside: list[tuple[int, int, Person]]
    ) -> Person:
        """The person nearest the verb, skipping appositives: in `On Mrs Howard's role, Mr Fox`
        Mr Fox; in `David Frost, director general of the CBI,` David Frost."""
        cut = len(phrase.rstrip(" ,"))
        while cut > 0:
            segment_start = phrase.rfind(",", 0, cut) + 1
            in_segment = [
                m for m in inside if phrase_start + segment_start <= m[0] < phrase_start + cut
            ]
            described = DESCRIPTION_START.match(phrase, segment_start, cut) is not None
            if in_segment and not (described and segment_start > 0):
                return in_segment[-1][2]
            cut = segment_start - 1
        return inside[-1][2]

    def _after_preposition(self, start: int) -> bool:
        """Whether the mention at `start` is the object of a preposition ("for Mr Heath")."""
        window = CLAUSE_PUNCTUATION.split(self.body[max(0, start - 24) : start])[-1]
        for stop in reversed(list(SENTENCE_STOP.finditer(window))):
            if stop.group() == "\n" or not _is_abbreviation(window, stop.start()):
                window = window[stop.end() :]  # "… as in 2004.\n\nSteve Gallagher": a new one
                break
        before = [
            w.lower()
            for w in WORD.findall(window)
            if w.lower() not in HONORIFICS and w.lower() not in NOUN_MARKERS
        ]  # "for Mr Heath", "to the Clinton campaign"
        return bool(before) and before[-1] in OBJECT_PREPOSITIONS

    def _possessive_end(self, end: int) -> bool:
        """Whether the name ending at `end` is a possessive: "Clinton's", "Sanders' "."""
        if self.body.startswith(("'s", "’s"), end):
            return True
        return (
            self.body[end - 1 : end] == "s"
            and self.body[end : end + 1] in ("'", "’")
            and self.body[end + 1 : end + 2] == " "
        )

    def _subject_not_object(self, subject: Speaker | None, start: int, end: int) -> bool:
        """Whether a sentence subject found between start and end is a person, named there
        other than after a preposition ("Physio sessions with Johnston McEvoy") or meant by a
        pronoun."""
        if subject is None or subject.person is None:
            return False
        named_at = [m[0] for m in self._mentions_in(start, end) if m[2] is subject.person]
        return not named_at or not self._after_preposition(named_at[0])  # none: a pronoun

    def _modifies_a_noun(self, end: int) -> bool:
        """Whether the name ending at `end` only modifies the noun after it, to the end of the
        phrase ("said a senior Cruz adviser.")."""
        noun = NOUN_ENDING_PHRASE.match(self.body, end)
        return noun is not None and can_be_source(noun.group("head").lower())

    def _named_after_break(self, left: str, offset: int, person: Person) -> bool:
        """Whether the mention of person that ends left starts right after a comma or the
        quotation (a courtesy title allowed between)."""
        end = offset + len(left.rstrip(" ,()"))
        starts = [m[0] for m in self._mentions_in(offset, end) if m[2] is person and m[1] <= end]
        if not starts:
            return False
        return AFTER_BREAK.search(self.body, offset, starts[-1]) is not None

    def _name_before(self, text: str, offset: int) -> Person | None:
        """The person named last in text (at body `offset`), when only an appositive and
        commas follow the name ("McConnell, now the Senate majority leader,")."""
        index = bisect.bisect_left(self.mention_starts, offset + len(text)) - 1
        while index >= 0 and self.mentions[index][1] > offset + len(text):
            index -= 1
        if index < 0 or self.mentions[index][0] < offset:
            return None
        _start, end, person = self.mentions[index]
        if self._possessive_end(end) or not APPOSITIVE_TO_WHO.fullmatch(text, end - offset):
            return None
        return person

    def _mention_ending_at(self, end: int) -> Person | None:
        """The person whose mention ends exactly at `end`."""
        index = bisect.bisect_left(self.mention_starts, end) - 1
        if index >= 0 and self.mentions[index][1] == end:
            return self.mentions[index][2]
        return None

    def _mention_between(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.mention_starts, start)
        return index < len(self.mentions) and self.mentions[index][0] < end

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """The mentions that start in [start, end), in order (the mentions are sorted)."""
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end, low)
        return self.mentions[low:high]

    def _last_doer(self, start: int, limit: int) -> Person | None:
        """The last person between `start` and `limit` followed by a verb of their own ("Cruz
        knocked Rubio on trade": Cruz), not after a preposition."""
        doer = None
        for mention_start, mention_end, person in self.mentions:
            if mention_start >= limit:
                break
            if (
                mention_start >= start
                and not self._in_quote(mention_start)
                and (
                    VERB_AFTER_NAME.match(self.body, mention_end)
                    # an appositive name: "his lawyer, Antony Townsden, told"
                    or (
                        VERB_AFTER_NAME.match(self.body, mention_end + 1)
                        and self.body[mention_end] == ","
                    )
                )
                and not self._after_preposition(mention_start)
            ):
                doer = person
        return doer

    def _mention_at_or_after(self, position: int) -> bool:
        """Whether a mention starts at `position`, spaces after it skipped."""
        while position < len(self.body) and self.body[position] == " ":
            position += 1
        index = bisect.bisect_left(self.mention_starts, position)
        return index < len(self.mentions) and self.mentions[index][0] == position

    @staticmethod
    def _owned_noun(text: str, at: int) -> tuple[str, int, bool] | None:
        """The noun right after a name at `at`: its last word, where it ends, and whether the
        name owns it ("'s doctor is calling" gives doctor); None when a verb or name follows."""
        found = OWNED_WORDS.match(text, at)
        if found is None:
            return None
        head, head_end = "", 0
        for word in re.finditer(r"[a-z][\w\-]*", found.group("words")):
            if (
                word.group() in STOP_WORDS
                or word.group() in CUE_VERBS
                or word.group() in FILLER
                or word.group().endswith("ed")  # "campaign official later walked back"
            ):
                break
            head, head_end = word.group(), found.start("words") + word.end()
        if not head:
            return None
        return head, head_end, found.group("possessive") is not None

    def person_named(self, word: str) -> Person | None:
        """The one person whose surname, or else first name, is `word`."""
        people = {id(p): p for _s, _e, p in self.mentions}.values()
        for index in (-1, 0):
            found = [p for p in people if p.name.split()[index] == word]
            if len(found) == 1:
                return found[0]
        return None

    def person_with_role(self, head: str, position: int) -> Person | None:
        """`the minister`, `the Tory leader`: the person last mentioned whose role ends in head."""
        for start, _end, person in reversed(self.mentions):
            if start < position and person.role and person.role.lower().split()[-1] == head:
                return person
        return None

    def _quoted_in(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _e in self.quoted)

    def _in_quote(self, position: int) -> bool:
        return any(s <= position < e for s, e in self.quoted)


def _up_to_break(text: str, breaks: str) -> str:
    """text up to the first of `breaks` or a full stop that ends a sentence (not `Rep.`,
    `G.K.`, `Mr.`)."""
    for index, char in enumerate(text):
        if char in breaks:
            return text[:index]
        if char == "." and not _is_abbreviation(text, index):
            return text[:index]
    return text


def _without_trailing_title(head: str) -> str:
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
    if role_words and words and words[-1][:1].isupper():
        return TRAILING_CAPITALISED.sub("", " ".join(words))
    return " ".join(words) + " " if role_words else untitled


def _end_of_word(text: str, count: int) -> int:
    """Where the count-th word of text ends (the text's end when it has fewer)."""
    for n, match in enumerate(WORD.finditer(text), start=1):
        if n == count:
            return match.end()
    return len(text)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]*$", text[:dot])
    token = word.group() if word else ""
    return bool(token) and (
        token.lower().replace(".", "") in ABBREVIATIONS
        or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token) is not None
    )


def _reported_clause_start(text: str, at: int) -> int:
    """Where the words after a reporting verb at `at` start, past the reported clause's own
    subject ("said [that] Clinton will …")."""
    reported = REPORTED_SUBJECT.match(text, at)
    return reported.end() if reported else at


def _is_adverb(word: str) -> bool:
    """An -ly adverb ("repeatedly", "publicly"), not a noun ending so ("family", "ally")."""
    return len(word) > 5 and word.endswith("ly") and word not in LY_NOUNS


def _sex_matches(person: Person, sex: str) -> bool:
    return sex == "either" or person.gender in (None, "either", sex)


def _description_start(lowered: list[str]) -> int | None:
    """Where the description before a reporting verb starts: its last determiner, unless that
    one opens a prepositional phrase ("a spokeswoman for Friends of the Earth")."""
    starts = [i for i, w in enumerate(lowered) if w in DETERMINERS]
    for i in reversed(starts):
        if i == 0 or lowered[i - 1] not in PREPOSITIONS:
            return i
    return starts[0] if starts else None


def _description_head(
    lowered: list[str],
    words_capitalised: list[bool] | None = None,
    *,
    name_after_noun: bool = False,
) -> str:
    """The noun a description is about: `spokeswoman` in "a spokeswoman for Human Rights Watch",
    `colleagues` in "one of her colleagues", `report` in "the latest report"."""
    words_capitalised = words_capitalised or [False] * len(lowered)
    for i, word in enumerate(lowered[1:], start=1):
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


def _last_clause(text: str) -> str:
    """The words just before a reporting verb, back to a clause break; appositives kept."""
    stripped = text.rstrip(" ,")
    # A short aside in parentheses is part of the clause: "Sen. Ted Cruz (Tex.) has said".
    masked = SHORT_PARENTHESIS.sub(lambda m: " " * len(m.group()), stripped)
    breaks = list(CLAUSE_BREAK.finditer(masked))
    clause = stripped[breaks[-1].end() :] if breaks else stripped
    words = clause.split()
    aside = PARTICIPLE_ASIDE.search(clause)
    subject_then_aside = aside is not None and len(clause[: aside.start()].split()) <= 3
    if len(words) > MAX_SUBJECT_WORDS + 6 and not subject_then_aside:
        clause = " ".join(words[-(MAX_SUBJECT_WORDS + 6) :])
    return clause if clause.strip() else stripped
