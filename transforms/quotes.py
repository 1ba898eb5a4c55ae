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
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from transforms.attribution_patterns import (
    ACCORDING_TO,
    ADVERB_AFTER_NAME,
    AFTER_BREAK,
    AGE_DESCRIPTION,
    AGE_WORD,
    AGENT_AFTER_CUE,
    ANTECEDENT,
    APPOSITIVE_THEN_AUXILIARY,
    APPOSITIVE_THEN_VERB,
    APPOSITIVE_TO_CUE,
    APPOSITIVE_TO_WHO,
    AS_PUT_IT,
    ASIDE_OPENING,
    ASKED_BY_BEFORE,
    BARE_NAME_SUBJECT,
    CLAIM_THAT_BEFORE,
    CLAUSE_BREAK_BEFORE_LAST_WORD,
    CLAUSE_CLOSED,
    CLAUSE_DESCRIPTION,
    CLAUSE_EDGE,
    CLAUSE_INTRODUCERS,
    CLAUSE_OPENER_BEFORE,
    CLAUSE_PUNCTUATION,
    CONTRACTED_PRONOUN,
    COORDINATED_NAME,
    COORDINATED_SUBJECT_LEAD,
    COORDINATED_VERB,
    COORDINATORS,
    COPULAS,
    COURTESY_OR_NOTHING,
    CREDIT_ENDS,
    CREDIT_VERB_WORD,
    CREDIT_VERBS,
    CREDITED_WORD,
    DASH_CREDIT,
    DESCRIBED_APPOSITIVE,
    DESCRIBED_SUBJECT,
    DESCRIPTION_START,
    DETERMINER_BEFORE_NAME,
    DETERMINER_END,
    DETERMINERS,
    FILLER,
    FROM_SOURCE_LEAD,
    GOING_ON_TO,
    GROUP_AFTER_NAME,
    GROUP_NOUNS,
    GROUP_SUBJECT_LEAD,
    INDEFINITE_DETERMINERS,
    INTRODUCTORY_PHRASE,
    INVERTED_CREDIT,
    INVERTED_NAME_ENDS_CLAUSE,
    INVERTING_CUES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST_WORDS,
    ISSUED_DOCUMENT,
    IT_WORD,
    LABEL_BEFORE,
    LEAD_WINDOW,
    MAX_CREDIT_WORDS,
    MAX_SUBJECT_WORDS,
    NAME_AFTER_NOUN,
    NAME_AND_ANY_VERB,
    NAME_BEFORE_APPOSITIVE,
    NAME_INSIDE_SENTENCE,
    NAME_JOINERS,
    NAME_THEN_VERB,
    NEXT_NOUN_PHRASE,
    NON_SPEAKER_LABELS,
    NOUN_AFTER_NAME,
    NOUN_ENDING_PHRASE,
    NOUN_MARKERS,
    NOUN_THEN_NAME,
    NUMBER_WORDS,
    OBJECT_ONLY_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    OBJECT_PRONOUNS,
    OBJECT_RELATIVE,
    OPEN_RELATIVE_CLAUSE,
    OPENER_WORDS,
    OPENING_PHRASE,
    OWNED_WORDS,
    PARENTHETICAL,
    PARTICIPLE_ASIDE,
    PASSIVE_CUE_BEFORE,
    PASSIVE_OR_RELATIVE,
    PLACING_WORDS,
    POSSESSED_SOURCE,
    POSTNOMINAL_ADJECTIVES,
    PREPOSITION_AND_NAME,
    PREPOSITIONS,
    PRONOUN_WORDS,
    QUANTIFIERS,
    QUOTE_FROM_SOURCE,
    QUOTE_MARKS_AS_LETTERS,
    QUOTED_AS,
    RANK_QUALIFIERS,
    RANKING_DESCRIPTION,
    RELATIVE_BEFORE_CUE,
    RELATIVE_CLAUSE_TO_CUE,
    RELATIVE_PRONOUN_AFTER,
    RELATIVE_START,
    RELATIVE_WORD,
    REMARKS_MADE,
    REPORTED_CLAUSE_OPENER,
    SAYING_WAS_BEFORE,
    SENTENCE_BREAK,
    SENTENCE_COORDINATORS,
    SENTENCE_INITIAL_THE,
    SENTENCE_OPENS_AT,
    SENTENCE_STOP,
    SETTING_AFTER_SUBJECT,
    SEXED_HONORIFICS,
    SHARE_LEAD,
    SHARE_SUBJECT,
    SHORT_CREDIT,
    SHORT_PARENTHESIS,
    SPACED_DASH,
    SPEAKING_QUANTIFIERS,
    SPEECH_NOUN_AFTER,
    STAGE_DIRECTION,
    STATEMENT_ISSUED_BY,
    STOP_WORDS,
    SUBJECT_PRONOUN,
    SUBORDINATE_OPENING,
    THAT_AFTER,
    TIME_WORDS,
    TITLE_BEFORE,
    TITLE_LEAD,
    TITLE_WORD,
    TRAILING_AUX,
    TRAILING_FIGURE,
    TRAILING_PARENTHESIS,
    UNCLOSED_APPOSITIVE,
    UNNAMED_SOURCES,
    VERB_AFTER_NAME,
    VERB_OBJECT_AFTER,
    VERB_RIGHT_AFTER,
    VERB_TAKES_QUOTE,
    WENT_ON,
    WHAT_SUBJECT,
    WHO_BEFORE,
    WORD,
    WORK_BEFORE,
)
from transforms.clause_text import (
    cue_verbs,
    description_head,
    description_start,
    end_of_word,
    is_abbreviation,
    is_adverb,
    last_clause,
    reported_clause_start,
    up_to_break,
    without_trailing_title,
)
from transforms.lexicon import (
    CUE_VERBS,
    HONORIFICS,
    NON_PERSON_WORDS,
    NOT_NAME_WORDS,
    OFFICE_ABBREVIATIONS,
    PRONOUNS_MALE,
    PRONOUNS_PLURAL,
    ROLE_MODIFIERS,
    can_be_source,
    country_of,
    is_occupation,
    is_role_head,
    nationality_sex,
    plural_of_source,
)
from transforms.names import PARTY_MEMBERS, PARTY_PEOPLE, past_name_suffixes
from transforms.parse import ParsedArticle
from transforms.people import Person, office_words
from transforms.quote_spans import QuoteSpan, find_quote_spans
from transforms.sentences import sentence_bounds


@dataclass(frozen=True)
class Speaker:
    """Who said a quotation: a person of the article, or a description as written."""

    name: str | None
    person: Person | None
    cue: str | None
    sex: str | None = None  # of a he/she credit that refers to nobody named ("she said")


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
            if (
                own is not None
                and own.sex is not None
                and speaker is not None
                and speaker.person is not None
                and not _sex_matches(speaker.person, own.sex)
            ):
                speaker = own  # '"…," she said.' after a sentence about two men: not theirs
        if not _is_speech(text, own, span, article):
            continue
        if speaker is None:
            speaker = Speaker(None, None, None)
        speaker = resolver.author_of_own_words(speaker)
        if speaker.name is not None:
            last_by_paragraph[span.paragraph_index] = speaker
        resolver.note_speaker(span, speaker)
        results.append(AttributedQuote(span, text, speaker, _quote_type(text, span, article)))
    return _credited_through_open_segments(results, article.body)


def _credited_through_open_segments(
    results: list[AttributedQuote], body: str
) -> list[AttributedQuote]:
    """'"It's an important game. It's the same for everyone. "If five players are picked
    they should move the date," he told BBC Sport.': a segment left open by the next one's
    opening mark is the same quotation; the credit at its end is the whole quotation's."""
    for index in range(len(results) - 2, -1, -1):
        current, following = results[index], results[index + 1]
        if (
            current.speaker.name is None
            and following.speaker.name is not None
            and not current.span.closed
            and current.span.paragraph_index == following.span.paragraph_index
            and not body[current.span.mark_end : following.span.mark_start].strip(" \"“”‘’'`")
        ):
            results[index] = replace(current, speaker=following.speaker)
    return results


# Quoted text that is no one's words: a handle, a web address, page markup, a link label
# ("@realDonaldTrump", "http://video.foxnews.com", "<tweet/>.", "Related:").
NOT_WORDS = re.compile(
    r"@\w+[.,]?|(?:https?://|www\.)\S+|(?:<[^<>]*>\s*)+[.,]?|[A-Z][a-z]+:",
)


def _is_speech(text: str, own: Speaker | None, span: QuoteSpan, article: ParsedArticle) -> bool:
    """Drop quoted titles, names and scare quotes: short, with no reporting verb around them."""
    words = TITLE_WORD.findall(text)
    if not words or STAGE_DIRECTION.fullmatch(text) or NOT_WORDS.fullmatch(text.strip()):
        return False
    has_cue = own is not None and own.cue is not None
    paragraph = article.paragraphs[span.paragraph_index]
    offset = article.paragraph_starts[span.paragraph_index]
    opens_paragraph = not paragraph[: span.mark_start - offset].strip(" \"“‘`'")
    if not opens_paragraph:
        # A title after "on"/"of"/"the"/"'s" ('appeared on "Fox News Sunday,"') is named, not
        # spoken, even in a sentence with a reporting verb, even with a comma or full stop set
        # inside the marks.
        before = article.body[max(offset, span.mark_start - 20) : span.mark_start]
        # ... and so is one right after the kind of work it names ('the TLC reality show
        # "Cake Boss."', 'her blockbuster film, "Trainwreck."').
        after_lead = TITLE_LEAD.search(before) is not None or WORK_BEFORE.search(before) is not None
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


TITLE_SMALL_WORDS = frozenset("with from into onto over upon than about".split())


def _looks_like_title(words: list[str], text: str, *, punctuated: bool = False) -> bool:
    """Capitalised words and no sentence end: "The Weakest Link"; with `punctuated`, a comma
    or full stop set inside the marks, US style, is allowed ("Fox News Sunday,")."""
    end = text.rstrip()[-1:]
    if len(words) > 8 or end in "!?" or (end in ".," and not punctuated):
        return False
    # "New Day," has no long words; "The Nightly Show with Larry Wilmore" has a small one
    long_words = [w for w in words if len(w) > 3 and w not in TITLE_SMALL_WORDS] or words
    return all(w[0].isupper() for w in long_words)


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
        self._name_words: frozenset[str] | None = None

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
        # closed by a comma and followed by a credit is credited there first. So is one that
        # ends its own question or exclamation before an inverted credit ('If Russia …, but
        # Moscow denies — "why wouldn't you …?" asked Dunn').
        lead_in = before[0].rstrip(" \"“‘`'")
        closing = self.body[span.start : span.end].rstrip()[-1:]
        credit_follows = (
            (
                (closing == "," and self._short_credit(after[0]))
                or (closing in ("?", "!") and self._inverted_credit(after[0]))
            )
            and not lead_in.endswith(":")  # 'X added: "…," she said'
        )
        speech_noun = SPEECH_NOUN_AFTER.match(self.body, span.mark_end)
        owner = (
            (self._owner_right_before(span.mark_start), speech_noun.group("noun"))
            if speech_noun
            else self._owner_of_claim(before[0], before[1])
        )
        if owner[0] is not None:  # 'the pull of Obama's "if you like your plan …" promise'
            return Speaker(owner[0].name, owner[0], owner[1])
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
        if credit_follows or quote_leads:
            named = self._name_and_any_verb(*after)
            if named is not None:
                return named
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
            ending = self._mention_ending(colon_at) if lead_in.endswith(":") else None
            if ending is not None and (
                not self._after_preposition(ending[0])
                or self._word_before_mention(ending[0]) == "from"  # "More from Jones:"
            ):
                # '… for Republican contests - Philip Bump: "…"'; not 'a blunt message to
                # Trump: "…"'
                return Speaker(ending[2].name, ending[2], None)
            source = FROM_SOURCE_LEAD.search(lead_in)
            if source is not None:  # 'From the report: "…"', 'More from the report: "…"'
                found = self._speaker_from_phrase(
                    source.group("np"), before[1] + source.start("np"), None
                )
                if found is not None:
                    return found
            clause_subject = self._clause_subject(sentence_start, span.mark_start)
            if clause_subject is not None:  # '…, while Trump refers to him as "Chris."'
                return Speaker(clause_subject.name, clause_subject, None)
            described = self._clause_description(lead_in, before[1])
            if described is not None:  # '… - but the Sanders campaign rejected it as "…"'
                return described
            subject = self._sentence_subject(
                sentence_start, span.mark_start, own=True
            ) or self._name_word_subject(sentence_start, span.mark_start)
            if subject is not None:
                return subject
        if (
            lead_in.endswith(",")
            and self.body[span.start : span.start + 1].isupper()
            and not self._quoted_in(sentence_start, span.mark_start - 1)
        ):
            # 'Earlier this week, Clinton shared her anxiety with an audience, "I do not know
            # …"': a sentence quoted after a comma is the subject's, when a person is.
            subject = self._sentence_subject(sentence_start, span.mark_start, own=True)
            if self._subject_not_object(subject, sentence_start, span.mark_start):
                return subject
            if subject is None:  # 'Sanders compared himself to Clinton, saying, "I …"'
                subject = self._name_word_subject(sentence_start, span.mark_start)
                if subject is not None:
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

    def _name_and_any_verb(self, text: str, offset: int) -> Speaker | None:
        """A person's name and one verb, all that follows a quotation up to the sentence end:
        '"…," Hannity started.' credits Hannity whatever the verb."""
        match = NAME_AND_ANY_VERB.match(text)
        if match is None:
            return None
        mention = self._mention_ending(offset + match.end("np"))
        if mention is None or mention[0] != offset + match.start("np"):
            return None
        return Speaker(mention[2].name, mention[2], match.group("verb"))

    @staticmethod
    def _inverted_credit(after: str) -> bool:
        """Whether the words after a quotation open with a reporting verb and its subject
        ('?" asked Dunn, now a partner'; not '?" asked whether …')."""
        credit = INVERTED_CREDIT.match(after)
        return credit is not None and credit.group("verb") in INVERTING_CUES

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
        following = next(
            (
                (s, e)
                for s, e in sentences
                if s >= sentence_end and self.body[s:e].strip(" \"”’'")  # not a closing mark
            ),
            None,
        )
        if following is None:
            return None
        text, offset = self._outside_quotes(*following, stop_at_next_quote=True)
        if not text.strip() or text.lstrip()[:1].isdigit():
            return None
        named = self._name_and_any_verb(text, offset)
        if named is not None:  # '"…?" Hannity pressed. "…"'
            return named
        source = QUOTE_FROM_SOURCE.match(text)
        if source is not None:  # '"…." That quote from Commissioner Thomas Krebs appeared'
            found = self._speaker_from_phrase(source.group("np"), offset + source.start("np"), None)
            if found is not None and found.name is not None:
                return found
        if len(text) < following[1] - following[0] and (
            VERB_TAKES_QUOTE.search(text.rstrip(" \"“‘'`")) or not CREDIT_VERB_WORD.search(text)
        ):
            # '"…EU." The foreign secretary said the "justice" of …': that sentence credits
            # its own quotation, not the one before
            return None
        if text.rstrip(" \"“‘'").endswith(":"):
            return None  # '"…." And producer Shogo Tomiyama added: "…"' credits what follows
        if len(text.split()) > MAX_SUBJECT_WORDS:
            # '"…, who knows?" Trump told Britain's ITV in an interview …': a question or an
            # exclamation ended the sentence; its credit opens the next one. A quotation
            # inside may close after the mark: '"He asked, 'How do we win?'"'.
            if self.body[span.start : span.end].rstrip(" '’\"”")[-1:] not in "?!":
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
            ) or WENT_ON.search(text, 0, end_of_word(text, MAX_CREDIT_WORDS + 1))
            if verb is None or not CREDIT_ENDS.match(text, verb.end()):
                # '"…?" Connors has also agreed to commentate', '"…?" Mr Pugh said: "…"'
                # (a new statement, not a credit)
                return None
            text = text[: verb.end()]
        return self._speaker_near_cue(text, offset, "after", following[0])

    def fallback(self, span: QuoteSpan, last_by_paragraph: dict[int, Speaker]) -> Speaker | None:
        credit = self._credit_line_after(span) or self._remarks_made_after(span)
        if credit is not None:
            return credit
        sentences = self.sentences(span.paragraph_index)
        sentence_start, sentence_end = self.sentence_of(span)
        index = next((i for i, (s, _) in enumerate(sentences) if s == sentence_start), 0)
        own_subject: Speaker | None = None  # worked out once, used early or as the last resort
        if index > 0:
            start, end = sentences[index - 1]
            continued = self._continues_credited(span, start)
            if continued is not None and continued.name is not None:
                # a description continues too ('"…," said one former executive who asked
                # not to be named. "When she'd come to a decision …"')
                return Speaker(continued.name, continued.person, None)
            own_subject = self._subject_of_uncredited(span, sentence_start, sentence_end)
            if own_subject is not None and own_subject.person is not None:
                # 'Brown endorsed her, citing her "firm grasp of the issues"': the words are
                # this sentence's subject's, not the last speaker's of the sentence before.
                return own_subject
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
                if subject is None:
                    # 'Playbook won't go that far, but Sherman wants to use the platform as a
                    # fact check. "I think …"': the person opening the sentence's last clause
                    clause_subject = self._clause_subject(start, end)
                    if clause_subject is not None:
                        return Speaker(clause_subject.name, clause_subject, None)
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
                # of quotation only: the words of the person just reported. A statement issued
                # comes first ('the DNC issued a statement apologizing to Sanders for the
                # emails, which included staff members suggesting …').
                issuer = self._issuer_of_statement(text, text_offset)
                if issuer is not None:
                    return issuer
                speaker = self._speaker_near_cue(text, text_offset, "before", start)
                if speaker is not None and speaker.person is not None:
                    return Speaker(speaker.name, speaker.person, None)
                if speaker is None and not self._credit_follows(span, sentence_end):
                    # "Viguerie is upbeat about Cruz's chances." then a paragraph of quotation
                    # only: the words of the person the paragraph before ends on.
                    subject = self._sentence_subject(start, end)
                    if (
                        subject is not None
                        and subject.person is not None
                        and self._subject_not_object(subject, start, end)
                        and not any(
                            person is subject.person and self._possessive_end(mention_end)
                            for _, mention_end, person in self._mentions_in(start, end)
                        )  # not "If Obama's experience is any guide, …"
                    ):
                        return Speaker(subject.name, subject.person, None)
                    issuer = self._issuer_of_statement(text, text_offset)
                    if issuer is not None:
                        return issuer
        if not opens_paragraph:
            if index > 0:
                return own_subject
            return self._subject_of_uncredited(span, sentence_start, sentence_end)
        return None

    def _issuer_of_statement(self, text: str, offset: int) -> Speaker | None:
        """'The DNC issued a statement apologizing to Sanders …' then a paragraph of quotation
        only: the words of the statement, the issuer's."""
        issued = STATEMENT_ISSUED_BY.match(text)
        if issued is None:
            return None
        found = self._speaker_from_phrase(issued.group("np"), offset + issued.start("np"), None)
        return found if found is not None and found.name is not None else None

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
            or any(
                not m.group().startswith(",") or "," not in lead[m.end() :]
                for m in PASSIVE_OR_RELATIVE.finditer(lead)
            )  # a ", which" clause closed before the quotation is no matter
            or WORK_BEFORE.search(lead)  # 'the podcast "So, That Happened."'
            or sum(w[:1].isupper() for w in words) * 3 > len(words) * 2  # a headline
            or next(cue_verbs(lead, first=False), None) is not None
            or next(cue_verbs(after, first=False), None) is not None
            or "according to" in after.lower()
        ):
            return None
        clause_subject = self._clause_subject(sentence_start, span.mark_start)
        if clause_subject is not None:
            return Speaker(clause_subject.name, clause_subject, None)
        described = self._clause_description(lead, sentence_start)
        if described is not None:
            return described
        subject = self._sentence_subject(sentence_start, span.mark_start, own=True)
        if subject is None:  # 'When Trump finally wrapped up — "I will fight for you!" —'
            return self._name_word_subject(sentence_start, span.mark_start)
        if subject is not None and subject.person is None and subject.name is not None:
            return subject  # 'The GOP presidential candidate sent out an email … to "win my …"'
        if not self._subject_not_object(subject, sentence_start, span.mark_start):
            return None
        named_at = [
            m[0]
            for m in self._mentions_in(sentence_start, span.mark_start)
            if subject is not None and m[2] is subject.person
        ]
        if (
            named_at
            and not self._is_subject(named_at[0])
            and not self._after_opening_phrase(named_at[0])
        ):
            return None  # "The Post sent its reporter Ann Lee into "a living room …""
        if named_at and REPORTED_CLAUSE_OPENER.search(self.body, sentence_start, named_at[0]):
            return None  # 'They argue that Clinton should "lead by example."': not the subject
        if named_at and DETERMINER_END.search(self.body, max(0, named_at[0] - 5), named_at[0]):
            return None  # 'The Rove ad hits Clinton for taking "54 times more …"'
        return subject

    def _after_opening_phrase(self, start: int) -> bool:
        """A name right after an opening phrase's comma, its verb right after it ("Filling in
        for Sanders at the same event, West landed a sharp dig")."""
        end = next((e for s, e, _p in self._mentions_in(start, start + 1)), start)
        return self.body[max(0, start - 3) : start].rstrip().endswith(",") and bool(
            VERB_AFTER_NAME.match(self.body, end)
        )

    def _clause_description(self, lead: str, offset: int) -> Speaker | None:
        """A description opening the last clause of `lead` (at body `offset`), with its verb:
        'Clinton proposed a debate - but the Sanders campaign rejected the idea as "…"'."""
        described = CLAUSE_DESCRIPTION.search(lead.rstrip(" \"“‘`'"))
        if described is None:
            return None
        found = self._speaker_from_phrase(
            described.group("np"), offset + described.start("np"), None
        )
        return found if found is not None and found.name is not None else None

    def _clause_subject(self, sentence_start: int, limit: int) -> Person | None:
        """The person who opens the last clause before `limit` after "while", "but", "whereas",
        "where", "in which" or a semicolon, with a verb right after the name or its appositive
        ('Jindal signed an order, while Mike Huckabee, the former Arkansas governor, proposed
        we "…"'); a relative clause must still be open at `limit` (no comma since the name)."""
        for start, end, person in reversed(self._mentions_in(sentence_start, limit)):
            opener = CLAUSE_OPENER_BEFORE.search(self.body, max(sentence_start, start - 16), start)
            if opener is None:
                continue
            relative = "which" in opener.group() or "where" in opener.group()
            if relative and "," in self.body[end:limit]:
                return None  # "the film, in which Kevin Spacey played a man …, as proof of his"
            after = past_name_suffixes(self.body, end)
            appositive = APPOSITIVE_THEN_VERB.match(self.body, after)
            verb_at = appositive.end() if appositive else after
            if VERB_AFTER_NAME.match(self.body, verb_at):
                return person
            return None
        return None

    def _credit_follows(self, span: QuoteSpan, sentence_end: int) -> bool:
        """Whether a reporting verb follows the quotation in its sentence ('"Your Honor," I
        said'), whoever it credits."""
        text, _ = self._outside_quotes(span.end, sentence_end)
        return next(cue_verbs(text, first=True), None) is not None

    def _paragraph_after_quotation_only(self, span: QuoteSpan) -> int | None:
        """The index of the paragraph after the quotation's, when the quotation fills its
        paragraph (only marks and end punctuation around it)."""
        starts = self.article.paragraph_starts
        following = span.paragraph_index + 1
        if following >= len(starts):
            return None
        between = self.body[span.end : starts[following]]
        opening = self.body[starts[span.paragraph_index] : span.mark_start]
        if between.strip(" \n\"”’'.!?") or opening.strip(" \"“‘'"):
            return None
        return following

    def _credit_line_after(self, span: QuoteSpan) -> Speaker | None:
        """A quotation that ends its paragraph, then a paragraph that opens with a dash and a
        name: '"Great speech. She's tested." / -President Obama, tweeting after the speech.'"""
        following = self._paragraph_after_quotation_only(span)
        if following is None:
            return None
        starts = self.article.paragraph_starts
        end = starts[following + 1] if following + 1 < len(starts) else len(self.body)
        line = self.body[starts[following] : end].strip()
        if len(line) > 120 or any(mark in line for mark in '"“”'):
            return None  # a credit line, not the next item of a dashed list
        dash = DASH_CREDIT.match(line)
        if dash is None or line.lstrip(" \"”’'")[:1] not in "―—–-":
            return None
        at = self.body.index(line, starts[following]) + dash.start("np")
        return self._speaker_from_phrase(dash.group("np"), at, None)

    def _remarks_made_after(self, span: QuoteSpan) -> Speaker | None:
        """A paragraph of quotation only, then one that says who made the remarks: '"We will
        not back down." / President Bola Tinubu made the remarks on Monday in Abuja …'."""
        following = self._paragraph_after_quotation_only(span)
        if following is None:
            return None
        sentence_start, sentence_end = self.sentences(following)[0]
        made = REMARKS_MADE.search(self.body, sentence_start, sentence_end)
        if made is None:
            return None
        subject = self._sentence_subject(sentence_start, made.start())
        return Speaker(subject.name, subject.person, None) if subject is not None else None

    def _outside_quotes(
        self, start: int, end: int, *, stop_at_next_quote: bool = False
    ) -> tuple[str, int]:
        """body[start:end] with quoted text blanked out (same length, offsets kept)."""
        chars = list(self.body[start:end])
        for q_start, q_end in self.quoted:
            if q_end <= start or q_start >= end:
                continue
            if stop_at_next_quote and q_start >= start and not self._names_only(q_start, q_end):
                chars = chars[: max(0, q_start - start)]
                break
            for i in range(max(q_start, start), min(q_end + 1, end)):
                chars[i - start] = " "
        return "".join(chars), start

    def _names_only(self, q_start: int, q_end: int) -> bool:
        """Quoted words that only name something ('wearing "Ted Cruz" campaign pins'): a few
        capitalised words, no speech to stop at."""
        words = self.body[q_start:q_end].strip(" \"“”‘’'").split()
        return 0 < len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)

    def _speaker_near_cue(
        self, text: str, offset: int, side: str, sentence_start: int
    ) -> Speaker | None:
        """The speaker named around a reporting verb in `text` (which starts at body `offset`)."""
        according = ACCORDING_TO.search(text)
        if according and _owned_by_it(according.group("np")):
            according = None  # "said that according to its analysis, …": the one who said
        if according:
            np_start = offset + according.start("np")
            np = according.group("np")
            # 'According to the Datamonitor report the trend marked …' (no comma): the source
            # ends where a new noun phrase starts, not after a preposition ("the head of the …")
            next_np = NEXT_NOUN_PHRASE.search(np, 1)
            if (
                next_np is not None
                and next(cue_verbs(np[next_np.end() :], first=True), None) is None
            ):
                # (but 'According to Mr Peston the prime minister said: "…"' is the minister's)
                np = np[: next_np.start()]
            # "according to her lawyers in a court filing": where they said it is no part of
            # the source
            np = SETTING_AFTER_SUBJECT.split(np, maxsplit=1)[0]
            return self._speaker_from_phrase(np, np_start, "according to")
        put_it = AS_PUT_IT.search(text)
        if put_it:  # 'As The Post's Ruth Marcus puts it, Obama is trying to make "…"'
            found = self._speaker_from_phrase(
                put_it.group("np"), offset + put_it.start("np"), "put it"
            )
            if found is not None:
                return found
        # The nearest reporting verb first; when no speaker stands at it ("attacked Labour's
        # new pledges as", where "pledges" is a noun), the next one.
        cues = cue_verbs(text, first=side == "after")
        if side == "before":
            cues = _reported_clause_first(text, cues)
        for cue in cues:
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
        quoted = QUOTED_AS.search(left)
        if quoted is not None:  # "Reuters quoted a central bank official as saying"
            np_start = offset + quoted.start("np")
            found = self._speaker_from_phrase(quoted.group("np"), np_start, cue_word)
            if found is not None:
                return found
        if side == "before":
            later = self._subject_after_clause(right, offset + cue.end())
            if later is not None:
                # 'in a clip that Judge Mosman called "distasteful," Santilli expressed a desire
                # to "…"': a new subject after the cue's clause has the quotation
                return Speaker(later[0].name, later[0], later[1])
            what = WHAT_SUBJECT.search(left)
            if what is not None:
                # 'seven prizes, in what critics called a "coronation"': the subject after "what"
                found = self._speaker_from_phrase(
                    what.group("np"), offset + what.start("np"), cue_word
                )
                if found is not None and found.name is not None:
                    return found
        if side == "after" and PASSIVE_CUE_BEFORE.search(left, max(0, len(left) - 10)):
            return None  # '"…" Tuesday, hours after the staffer was charged': no reporting
        if side == "after":
            # '"…," the party's presidential candidate, Peter Obi, has said.': the auxiliary
            # after the appositive's comma is the verb's
            if left.rstrip().endswith(("has", "have", "had")):  # the regex only where it can match
                left = APPOSITIVE_THEN_AUXILIARY.sub(",", left)
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
            # '"…" that Sanders can catch Clinton, said Steve Elmendorf': after a comma, a
            # name right after the verb is its subject, not the name before.
            named_after_verb = left.rstrip().endswith(",") and self._mention_at_or_after(
                offset + cue.end()
            )
            named_last = NAME_THEN_VERB.search(left)
            mention = named_last and self._mention_ending(offset + named_last.start())
            if (
                mention
                and (
                    len(left.split()) <= MAX_CREDIT_WORDS
                    or self._named_after_break(left, offset, mention[2])
                )
                and not self._after_preposition(mention[0])
                and not named_after_verb
            ):  # not '"This will be a challenge" for Clinton, said Kunin.'
                return Speaker(mention[2].name, mention[2], cue_word)
            left_np = left.strip(" ,")
            # '"We're extremely happy" about the decision, said RoseAnn DeMoro': a phrase
            # opening with a preposition is no subject.
            bare = left_np.strip("\"”’' ")
            prepositional = (bare.split() or [""])[0] in OBJECT_PREPOSITIONS and "," not in bare
            if bare.lower() in COORDINATORS:
                # 'Trump summed up Clinton as "terrible," and said she …': the verb is the
                # sentence subject's second, not inverted before a subject of its own (the
                # subject of the clause the quotation is in: '…, while Mike Huckabee proposed
                # we "…" and said').
                clause_subject = self._clause_subject(sentence_start, offset)
                if clause_subject is not None:
                    return Speaker(clause_subject.name, clause_subject, cue_word)
                subject = self._sentence_subject(sentence_start, offset + cue.start())
                if subject is None or subject.name is None:
                    return None
                return Speaker(subject.name, subject.person, cue_word)
            if (
                left_np
                and len(left_np.split()) <= MAX_SUBJECT_WORDS
                and not prepositional
                and not named_after_verb
            ):
                found = self._speaker_from_phrase(left_np, offset + left.find(left_np), cue_word)
                if found is not None:
                    return found
            right_np = up_to_break(right, ",;:!?(")
            # Any reporting verb right after the quotation inverts ('…," exhorted Curtis').
            inverting = (
                cue_word.lower() in INVERTING_CUES or not left_np.strip("\"”’'") or prepositional
            )
            object_first = (right.split() or [""])[0].lower() in OBJECT_PRONOUNS
            if (
                inverting
                and object_first
                and not left_np.strip("\"”’'")
                and cue_word.lower() not in INVERTING_CUES  # not 'said his coach Peter Stanley'
            ):
                # '… summed up Clinton as "terrible," denounced her record …': a verb with its
                # object right after the quotation is the sentence subject's next verb.
                subject = self._sentence_subject(sentence_start, offset)
                if subject is not None and subject.name is not None:
                    return Speaker(subject.name, subject.person, cue_word)
                return None
            if inverting:
                # The subject is before a relative clause ('said one source who identified
                # Sullivan'): no name from the clause.
                tail = RELATIVE_PRONOUN_AFTER.split(up_to_break(right, ";!?"), maxsplit=1)[0]
                tail_start = offset + cue.end()
                named_after = [
                    m
                    for m in self._mentions_in(tail_start, tail_start + len(tail))
                    if m[1] <= tail_start + len(tail)
                    and not self._after_preposition(m[0])
                    and not self._possessive_end(m[1])  # "Clinton's introducer, actress …"
                ]
                while len(named_after) > 1 and NOUN_THEN_NAME.match(self.body, named_after[0][1]):
                    named_after = named_after[1:]  # "said Huckabee campaign spokesman Hogan Gidley"
                named_after = [
                    m for m in named_after if not self._modifies_a_noun(m[1])
                ]  # "a Cruz adviser"
                if named_after and len(right[: named_after[0][0] - tail_start].split()) <= 12:
                    return Speaker(named_after[0][2].name, named_after[0][2], cue_word)
            if PREPOSITION_AND_NAME.fullmatch(right_np.strip()):
                return None  # '"…," X said on Twitter': a place or platform, no subject
            if right_np.strip() and inverting:
                # '"…," said one owner of a shop that sells …': the subject ends where a
                # relative clause starts.
                right_np = RELATIVE_START.split(right_np, maxsplit=1)[0]
                # '"…," said Mayor Don Guardian in a telephone interview': where or when he
                # said it is no part of the subject.
                right_np = SETTING_AFTER_SUBJECT.split(right_np, maxsplit=1)[0]
                return self._speaker_from_phrase(
                    right_np, offset + cue.end() + right.find(right_np), cue_word
                )
            return None
        if PASSIVE_CUE_BEFORE.search(left, max(0, len(left) - 10)):
            agent = AGENT_AFTER_CUE.match(right)
            if agent is not None:
                agent_start = offset + cue.end() + agent.start("agent")
                agents = self._mentions_in(agent_start, agent_start + len(agent.group("agent")))
                if agents:  # not the subject, who was asked
                    return Speaker(agents[0][2].name, agents[0][2], cue_word)
        if cue_word.lower().endswith("ing"):
            subject_end = len(left.rstrip())
            last_word = left[:subject_end].rsplit(None, 1)[-1:] or [""]
            if is_adverb(last_word[0].lower()):  # "with Trump reportedly yelling:"
                subject_end = len(left[: subject_end - len(last_word[0])].rstrip())
            named = self._mention_ending_at(offset + subject_end)
            if named is not None:  # "with leader Charles Kennedy saying his party was"
                return Speaker(named.name, named, cue_word)
            # "Hollande said Tuesday in Paris, noting the nominee "…"": the participle
            # belongs to the reporting verb before it.
            finite = next(
                (c for c in cue_verbs(left, first=False) if not c.group().endswith(("ing", "s"))),
                None,
            )
            if (
                finite is not None
                and left.rstrip().endswith(",")
                and not self._mention_between(
                    offset + reported_clause_start(left, finite.end()),
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
            earlier_cue = next(cue_verbs(left, first=False), None)
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
        described_name = NAME_BEFORE_APPOSITIVE.search(left, max(0, len(left) - 160))
        if (
            described_name is not None
            and described_name.group("name").split()[0].lower() not in OPENER_WORDS
            and not self._mentions_in(offset + described_name.start("name"), offset + len(left))
        ):  # "Samsung, Apple's biggest rival, said": the organisation the appositive describes
            return Speaker(described_name.group("name"), None, cue_word)
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
        relative_to_cue = (
            RELATIVE_CLAUSE_TO_CUE.search(left, tail_start) if "wh" in left[tail_start:] else None
        )
        if relative_to_cue is not None and relative_to_cue.start() > 0:
            # "Meta, which owns Facebook, Instagram and WhatsApp, said": what the relative
            # clause describes speaks, not the last of what it names
            found = self._antecedent_of_who(left, offset, relative_to_cue, cue_word)
            if found is not None:
                return found
        clause = last_clause(GOING_ON_TO.sub("", left) if left.endswith("to ") else left)
        if clause.strip():
            clause_at = max(left.rfind(clause), 0)
            who = WHO_BEFORE.search(left, 0, clause_at)
            relative_words = [w.lower() for w in clause.split()[:2]] + ["", ""]
            own_subject = (
                (
                    relative_words[0] in DETERMINERS | PRONOUN_WORDS | QUANTIFIERS
                    and relative_words[1] not in TIME_WORDS  # "who this week criticised"
                )
                or clause.strip()[:1].isupper()
            )
            who_describes = who if who is not None and not own_subject else None
            if (
                who_describes is not None
                and relative_words[0] not in CUE_VERBS
                and not plural_of_source(relative_words[0])  # "which critics claimed were"
                and relative_words[0] not in GROUP_NOUNS
                and not relative_words[0][:1].isdigit()  # "to which 21 percent said"
                and relative_words[0] not in NUMBER_WORDS
                and not CLAUSE_CLOSED.search(clause)  # "who created X in 1962, his lawyer"
                # "who gained attention when he yelled": a subject of its own
                and not SUBJECT_PRONOUN.search(clause)
            ):
                # "Ms Robinson, who presents The Weakest Link tells": what the relative clause
                # names is its object; the one it describes speaks.
                found = self._antecedent_of_who(left, offset, who_describes, cue_word)
                if found is not None:
                    return found
            found = self._speaker_from_phrase(clause, offset + clause_at, cue_word)
            if found is not None:
                return found
            if who_describes is not None:
                # not "which it describes as", "which an FBI investigation said was"
                # "a White House official who spoke anonymously … said", "McConnell, now the
                # Senate majority leader, who in 2010 said": the one the relative clause
                # describes, the name before it when there is one.
                found = self._antecedent_of_who(left, offset, who_describes, cue_word)
                if found is not None:
                    return found
        # Inverted: `said Mr Brown: "…"`.
        right_np = up_to_break(right, ",;:!?(")
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

    def _antecedent_of_who(
        self, left: str, offset: int, who: re.Match[str], cue_word: str
    ) -> Speaker | None:
        """The one a relative clause describes: the name before "who", else the phrase."""
        named = self._name_before(left[: who.start()], offset)
        if named is not None:
            return Speaker(named.name, named, cue_word)
        relative_head = last_clause(left[: who.start()])
        if relative_head.strip():
            at = max(left.rfind(relative_head, 0, who.start()), 0)
            return self._speaker_from_phrase(relative_head, offset + at, cue_word)
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
                and not self._in_quote(start)  # 'wearing "Ted Cruz" campaign pins, said'
                and not self._possessive_end(end)
                and not self._after_preposition(start)
            ):
                after = past_name_suffixes(left, end - offset)  # "Bruce Castor Jr, who …,"
                # Words quoted inside the appositive (already blanked) are part of it:
                # 'Hemsley, the co-author of "Going Viral," about the spread of information,'.
                if APPOSITIVE_TO_CUE.match(left[after:].translate(QUOTE_MARKS_AS_LETTERS)):
                    return person
                clause = left[: start - offset].rsplit(",", 1)[-1]
                if (
                    not RELATIVE_WORD.search(clause)
                    and not ASIDE_OPENING.match(clause)
                    and not SPACED_DASH.search(clause)  # "X - adviser to President Putin -"
                ):
                    return None
                # "Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said": a name
                # inside the relative clause is its object; the subject is before it. So is
                # one inside an aside ("Dr Gibbons, on his first day after Jane Hutt was
                # sacked, admitted").
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
        found = self._speaker_after_leading_clause(phrase, phrase_start, cue)
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
        # 'Bush went after Trump at the debate, when he called': a he/she right before the
        # verb, after a clause break, is its subject, whoever the clause before names.
        pronoun_subject = (
            len(lowered) > 1
            and lowered[-1] in ("he", "she")
            and CLAUSE_BREAK_BEFORE_LAST_WORD.search(phrase) is not None
        )
        if inside and not object_relative and not pronoun_subject:
            return self._speaker_named_in_phrase(phrase, phrase_start, cue, inside, lowered)
        found = self._speaker_from_pronoun(phrase, words, lowered, phrase_start, cue)
        if found is not None:
            return found
        found = self._speaker_described_by_phrase(phrase, phrase_start, cue, words, lowered)
        appositive = DESCRIBED_APPOSITIVE.match(phrase) if found is None else None
        if (
            appositive is not None
            and not INTRODUCTORY_PHRASE.match(phrase)  # "In a message posted …, the site's …"
            and not appositive.group("np").split()[0].endswith("ing")  # "Appearing on …, the"
        ):
            # "Officials at Homeland Security Investigations, a division of Immigration and
            # Customs Enforcement, said": the phrase before the appositive speaks
            return self._speaker_from_phrase(appositive.group("np"), phrase_start, cue)
        return found

    def _speaker_after_leading_clause(
        self, phrase: str, phrase_start: int, cue: str | None
    ) -> Speaker | None:
        """The speaker after or inside what opens the phrase: an introductory phrase, a share
        ("21 percent"), a participle aside, a document its subject issued."""
        opening = INTRODUCTORY_PHRASE.match(phrase)
        if opening and opening.end() < len(phrase.rstrip()):
            # "In a statement, Peabody said", "After meeting Blair, the minister said": the
            # subject follows the opening phrase.
            rest = phrase[opening.end() :]
            found = self._speaker_from_phrase(rest, phrase_start + opening.end(), cue)
            if found is not None:
                return found
        share = SHARE_SUBJECT.search(phrase)
        if share is not None and SHARE_LEAD.search(phrase, 0, share.start()):
            # 'to which 21 percent said "not too likely"' (not 'rated 32% of claims as "…"')
            return Speaker(share.group("np"), None, cue)
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
        return None

    def _speaker_named_in_phrase(
        self,
        phrase: str,
        phrase_start: int,
        cue: str | None,
        inside: list[tuple[int, int, Person]],
        lowered: list[str],
    ) -> Speaker | None:
        """The speaker of a phrase that names people: a he/she right before the verb, a
        description the name only modifies or owns, a description after the names, or the
        name closest to the verb."""
        phrase_end = phrase_start + len(phrase)
        last_pronoun_sex = (
            ("male" if lowered[-1] in PRONOUNS_MALE else "female")
            if lowered and lowered[-1] in ("he", "she")
            else None
        )
        if last_pronoun_sex is not None and (
            self._possessive_end(inside[-1][1]) or not _sex_matches(inside[-1][2], last_pronoun_sex)
        ):
            # "Clinton says she appreciated Machado's courage through what she calls": the
            # pronoun right before the verb is its subject, not the owner named before it, nor
            # a name of the other sex ("Comey decided not to indict Clinton … though he found").
            last_word = list(WORD.finditer(phrase))[-1]
            person = self.person_before(phrase_start + last_word.start(), last_pronoun_sex)
            if person is not None:
                return Speaker(person.name, person, cue)
        # "Mr Campbell, who he described as": the he/she of the relative clause is the subject.
        owned = POSSESSED_SOURCE.match(phrase, inside[-1][1] - phrase_start)
        if owned and can_be_source(owned.group("head").lower()):
            # "Mr Blair's official spokesman": the spokesman speaks, not Mr Blair.
            owner_at = inside[-1][0] - phrase_start
            title = TITLE_BEFORE.search(phrase, 0, owner_at)
            description = phrase[title.start() if title else owner_at : owned.start("aux")]
            return Speaker(description, None, cue)
        group = GROUP_AFTER_NAME.match(phrase, inside[-1][1] - phrase_start)
        if (
            group is not None
            and (group.group("noun") in GROUP_NOUNS or plural_of_source(group.group("noun")))
            and GROUP_SUBJECT_LEAD.search(phrase, 0, inside[-1][0] - phrase_start)
        ):
            # "when Sanders protesters interrupted her speech, shouting", "Clinton supporters
            # responded with chants of": the group the name modifies speaks
            return Speaker(phrase[inside[-1][0] - phrase_start : group.end("noun")], None, cue)
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

    def _speaker_from_pronoun(
        self, phrase: str, words: list[str], lowered: list[str], phrase_start: int, cue: str | None
    ) -> Speaker | None:
        """A he/she that is the subject (last, before filler words, or first): the person it
        refers to, or an unknown speaker when there is none. The person is looked for before
        the pronoun, not before the phrase: in 'Bush went after Trump at the debate, when he
        called the businessman "unhinged"' he is Bush."""
        if (
            cue == "according to"
            and lowered in (["him"], ["her"])
            and self.body[phrase_start + len(phrase) : phrase_start + len(phrase) + 1] in ",.;:"
        ):  # "According to him, …"; not 'according to her "clawback" plan'
            lowered = ["he" if lowered[0] == "him" else "she"]
        for i in range(len(words) - 1, -1, -1):
            if lowered[i] in ("he", "she") and (
                i == len(words) - 1 or lowered[i + 1] in FILLER or i == 0
            ):
                sex = "male" if lowered[i] in PRONOUNS_MALE else "female"
                person = self.person_before(phrase_start + _word_offset(phrase, words, i), sex)
                if person is None:
                    return Speaker(None, None, cue, sex)
                return Speaker(person.name, person, cue)
        return None

    def _speaker_described_by_phrase(
        self,
        phrase: str,
        phrase_start: int,
        cue: str | None,
        words: list[str],
        lowered: list[str],
    ) -> Speaker | None:
        """A phrase naming nobody known: a capitalised surname, an age, a description (a
        role, a group, an organisation or a document), or nobody."""
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
        aged = phrase.strip(" \"”’'")
        national = aged.split()
        if len(national) == 2 and national[0] in ("the", "The"):
            sex = nationality_sex(national[1])
            if sex is not None:
                # '"…," the Dutchman said', '"…," said the Scot': the person just written
                # about, unless the article gives them another country and one other person
                # this one
                country = country_of(national[1].removesuffix("man").removesuffix("woman"))
                person = self.person_before(phrase_start, sex)
                if (
                    person is not None
                    and country is not None
                    and country_of(person.affiliation or "") not in (None, country)
                ):
                    person = (
                        self._only_one_before(phrase_start, lambda p: p.affiliation == country)
                        or person
                    )
                if person is not None:
                    return Speaker(person.name, person, cue)
        if RANKING_DESCRIPTION.fullmatch(aged):
            # '"…," the world number three said': the player just written about
            person = self.person_before(phrase_start, "either")
            if person is not None:
                return Speaker(person.name, person, cue)
        if AGE_DESCRIPTION.fullmatch(aged):
            # '"…," said the 34-year-old', '"…?" the 43-year-old asked': the one given that
            # age before ("Tom Hale, 34,"), else the person the sentence before is about
            age = aged.split()[1].split("-")[0]
            person = self._only_one_before(
                phrase_start, lambda p: self._given_age(p, age, phrase_start)
            ) or self.person_before(phrase_start, "either")
            if person is None:  # nobody named before: the description speaks
                return Speaker(aged, None, cue)
            return Speaker(person.name, person, cue)
        trimmed = len(lowered)
        while trimmed and (lowered[trimmed - 1] in FILLER or is_adverb(lowered[trimmed - 1])):
            trimmed -= 1
        if trimmed >= 2 and lowered[trimmed - 2] in COPULAS and words[trimmed - 1][:1].isupper():
            return None  # "Ms Kelly, who is Catholic, is reported": what she is, not a name
        while words and lowered and lowered[0] in FILLER:
            words, lowered = words[1:], lowered[1:]
        while words and (lowered[-1] in FILLER or is_adverb(lowered[-1])):
            words, lowered = words[:-1], lowered[:-1]  # "the nominee has repeatedly"
        participle = next(
            (
                i
                for i in range(2, len(lowered))
                if (
                    lowered[i].endswith("ed")
                    or lowered[i] in IRREGULAR_PARTICIPLES  # "an email sent out by Sanders"
                    or (
                        lowered[i].endswith("ing")
                        and i + 1 < len(lowered)
                        and lowered[i + 1] in OBJECT_PREPOSITIONS
                    )  # "Another intelligence source speaking to Fox News"
                )
                and (can_be_source(lowered[i - 1]) or lowered[i - 1] in PARTY_MEMBERS)
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
        if lowered == ["it"]:
            it_word = IT_WORD.search(self.body, phrase_start, phrase_start + len(phrase))
            if it_word and self._cue_right_after(it_word.end(), cue):
                return self._thing_before(phrase_start, cue)  # '"…," it said'
        if lowered[0] in PRONOUNS_PLURAL or lowered[0] in ("i", "you", "it", "there"):
            return None
        if len(words) == 2 and lowered[0] == "the" and lowered[1] in NUMBER_WORDS:
            return Speaker(" ".join(words), None, cue)  # '"…," the two write'
        if len(words) == 1 and lowered[0] in SPEAKING_QUANTIFIERS:
            before = self.body[max(0, phrase_start - 40) : phrase_start].rstrip()
            if before[-1:] in CLAUSE_EDGE or (cue and before.lower().endswith(cue.lower())):
                # "Another said", '"…," said one': one of those just spoken of; not "as some
                # reports suggested"
                return Speaker(words[0], None, cue)
        if len(words) == 1 and lowered[0] in OPENER_WORDS:
            return None  # "After saying …": a sentence opener, not a speaker
        if (
            1 < len(words) <= MAX_SUBJECT_WORDS
            and words[0][:1].isupper()
            and lowered[0].endswith(("'s", "’s", "s'", "s’"))
            and can_be_source(description_head(lowered, [w[:1].isupper() for w in words]))
        ):  # "Obama's former campaign strategist said": the owner is not the speaker
            return Speaker(" ".join(words), None, cue)
        group_after_comma = _group_after_last_comma(phrase)
        if group_after_comma is not None and len(group_after_comma) <= len(words):
            # "no-one can define the offence, pro-hunt MPs say": the group after the comma
            return Speaker(_as_written(" ".join(group_after_comma), phrase), None, cue)
        determiner_end = description_start(lowered, words)
        if determiner_end is not None:
            words, lowered = words[determiner_end:], lowered[determiner_end:]
            if len(words) < 2:
                return None
            # "the director of the film", "the director behind Platoon": the office is the
            # noun before the phrase that places it, when someone of the article holds it
            post = next((i for i in range(2, len(lowered)) if lowered[i] in PLACING_WORDS), None)
            role_lowered = lowered[:post] if post else lowered
            # An indefinite description brings in someone new ("one lawmaker called Trump …"),
            # not the person of the article with that role.
            indefinite = (
                lowered[0] in INDEFINITE_DETERMINERS or lowered[0] in NUMBER_WORDS
            ) and not self._appositive_of_name(phrase_start)
            person = (
                None
                if indefinite
                else self.person_with_role(role_lowered[-1], phrase_start, role_lowered)
                or self.named_later_with_office(role_lowered[1:], phrase_start)
            )
            if (
                person is None
                and lowered[0] == "the"
                and len(words) <= 5
                and (
                    is_role_head(lowered[-1])
                    or (is_occupation(lowered[-1]) and words[-1].islower())
                )  # not "the Guardian reported"
                and lowered[-1] not in UNNAMED_SOURCES
            ):
                person = self.person_before(phrase_start, "either")
                if person is not None and _holds_another_office(person, lowered):
                    # "The Vermont senator emailed supporters" after a paragraph about President
                    # Obama: not him; the description speaks as written
                    person = None
                if (
                    len(words) > 3
                    and person is not None
                    and self._named_in_sentence(person, phrase_start)
                ):
                    # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the
                    # Democratic presidential candidate stated": a description names someone
                    # its own sentence does not
                    person = None
                if (
                    person is not None
                    and person.role is None
                    and words[-1].islower()
                    and is_role_head(lowered[-1])
                ):
                    # "the first minister said": the article's role for that person (a
                    # capitalised head is an organisation: "the Scottish Executive")
                    person.role = _role_of_description(words[1:])
            if (
                person is None
                and lowered[0] == "the"
                and words[-1].islower()
                and is_role_head(lowered[-1])
                and lowered[-1] not in UNNAMED_SOURCES
            ):
                person = self._named_after_lede(phrase_start, lowered[-1])
                if person is not None and person.role is None:
                    person.role = _role_of_description(words[1:])
            if person is not None:
                return Speaker(person.name, person, cue)
            while len(lowered) > 2 and (
                lowered[-1] in CUE_VERBS or lowered[-1] in PRONOUN_WORDS or lowered[-1] in FILLER
            ):  # "the mayor said", "the statement noted they"
                words, lowered = words[:-1], lowered[:-1]
            head = description_head(lowered, [w[:1].isupper() for w in words], name_after_noun=True)
            if not (
                can_be_source(head)
                or head in GROUP_NOUNS
                or head.removesuffix("s") in PARTY_PEOPLE  # "one Democrat familiar with"
                or (
                    lowered[0] == "the"
                    and plural_of_source(head)
                    # not "the courts which", "The office said auditors had"
                    and phrase.rstrip(" ,").lower().endswith(head)
                )  # "the committee chairmen wrote", "said the judges"
                or (
                    words[-1][:1].isupper()
                    and not lowered[-1].endswith(("'s", "’s"))
                    and all(w[:1].isupper() or w in NAME_JOINERS for w in words[1:])
                )  # "The British Chambers of Commerce"
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
            if (
                2 <= len(words) <= 4
                and phrase.lstrip(" ,").startswith(words[0])
                and self._opens_clause(phrase_start + phrase.index(words[0]))
                and words[-1].islower()
                and can_be_source(lowered[-1])
                and all(w[:1].isupper() for w in words[:-1])
            ):
                # "Variety magazine said", "Broadcast magazine said": a name and the noun
                # that says what it is, with no determiner
                return Speaker(_as_written(" ".join(words), phrase), None, cue)
            return None
        if len(words) > 8 and not POSTNOMINAL_ADJECTIVES.intersection(lowered[1:5]):
            return None  # but "one well-connected Democrat familiar with the … organization"
        return Speaker(_as_written(" ".join(words), phrase), None, cue)

    def _opens_clause(self, position: int) -> bool:
        """Whether the word at `position` opens its sentence or clause: nothing before it but
        a sentence's end, a comma or a colon (not "… Education and Skills spokeswoman")."""
        before = self.body[max(0, position - 3) : position].rstrip(" \"“‘'")
        return not before or before[-1] in ".!?,:;\n"

    def _cue_right_after(self, position: int, cue: str | None) -> bool:
        """Whether the reporting verb comes right after `position`, past an adverb."""
        found = VERB_RIGHT_AFTER.match(self.body, position)
        return cue is not None and found is not None and found.group("verb") == cue.lower()

    def _thing_before(self, position: int, cue: str | None) -> Speaker | None:
        """What a reporting "it" at `position` stands for: the subject of the sentence before,
        when it is no person ("The British Chambers of Commerce welcomed the proposal. '…,' it
        said")."""
        paragraph = bisect.bisect_right(self.article.paragraph_starts, position) - 1
        before = [
            bounds
            for index in (paragraph - 1, paragraph)
            if index >= 0
            for bounds in self.sentences(index)
            if bounds[1] <= position
        ]
        if not before:
            return None
        subject = self._sentence_subject(*before[-1])
        if subject is None or subject.person is not None or subject.name is None:
            return None
        return Speaker(subject.name, None, cue)

    def _sentence_subject(
        self, sentence_start: int, limit: int, *, own: bool = False
    ) -> Speaker | None:
        """The first person or pronoun of the sentence, before `limit`. `own`: the sentence
        holds the quotation, so a description after an opening phrase may speak unnamed ("In
        an attempt to make its point, the Daily News focuses on …: "…"")."""
        text, offset = self._outside_quotes(sentence_start, limit)
        first = WORD.search(text)
        if first and first.group().lower() in SENTENCE_COORDINATORS:
            first = WORD.search(text, first.end())  # "And she is sure that …"
        pronoun = first and CONTRACTED_PRONOUN.get(first.group().lower(), first.group().lower())
        if first and pronoun in ("he", "she"):
            sex = "male" if pronoun == "he" else "female"
            person = self.person_before(offset + first.start(), sex)
            if person is not None:
                return Speaker(person.name, person, None)
            return None  # a he/she nobody named: no name later in the sentence is the subject
        deferred: Speaker | None = None
        for start, end, person in self.mentions:
            if sentence_start <= start < limit and not self._in_quote(start):
                head = text[: start - offset]
                # "The SNP's Holyrood leader Nicola Sturgeon wrote …, calling for": the first
                # person of the sentence, after a short noun phrase with no clause break.
                if len(head.split()) <= 3 or (
                    len(head.split()) <= 8 and not re.search(r"[,;:]", head)
                ):
                    if self._word_before_mention(start) in OBJECT_ONLY_PREPOSITIONS:
                        # "In response to Donald Trump's proposal, …", "Speaking to Le Matin":
                        # no subject; but "From Andrea Peyser:", "with Trump yelling" are.
                        continue
                    if (
                        SUBORDINATE_OPENING.match(head)
                        or self._word_before_mention(start) in CLAUSE_INTRODUCERS
                    ):
                        # "When Wallace died, President Clinton released", "at the event where
                        # Clinton appeared, West landed": not Wallace, not Clinton, unless the
                        # main clause names nobody
                        deferred = deferred or Speaker(person.name, person, None)
                        continue
                    owned = self._owned_noun(text, end - offset)
                    if owned is None:
                        joint = self._coordinated_subject(start, end)
                        if joint is not None:  # "Trump and Ryan issued a statement"
                            return Speaker(joint, None, None)
                        return Speaker(person.name, person, None)
                    # "Clinton's campaign manager Robby Mook said …, arguing": the person the
                    # owner's noun names; "Gary Johnson's doctor is calling": the noun itself.
                    lead = text[: start - offset]
                    head, head_end, possessive = owned
                    if is_role_head(head) and self._names_after(offset + head_end):
                        continue  # "Trump's Virginia state director, Mike Rubino, reached"
                    determiner = DETERMINER_BEFORE_NAME.search(lead)
                    if not possessive and determiner and can_be_source(head):
                        # "A Clinton campaign official later walked back the comments, saying"
                        description = text[determiner.start("det") : head_end]
                        return Speaker(description.strip(), None, None)
                    if possessive and can_be_source(head):
                        owner_at = start - offset
                        title = TITLE_BEFORE.search(text, 0, owner_at)
                        # the noun's own name after it: "Law's advocacy group One Nation began"
                        named = NAME_AFTER_NOUN.match(text, head_end)
                        description_end = named.end("name") if named else head_end
                        description = text[title.start() if title else owner_at : description_end]
                        return Speaker(description.strip(), None, None)
                    return Speaker(person.name, person, None)
                # "Speaking to MSNBC on Monday, …, Bush referred to Rubio as": the name right
                # after an opening phrase's comma, followed by its verb.
                # A capitalised title before the name stays with it ("…, President Obama is").
                untitled = without_trailing_title(head)
                if untitled.rstrip().endswith(","):
                    if VERB_AFTER_NAME.match(self.body, end):
                        return Speaker(person.name, person, None)
                    # "Shortly after Murphy's call ended, Rubio's campaign sent out": the
                    # owner's noun that can speak, after the opening phrase.
                    owned = self._owned_noun(text, end - offset)
                    if owned is not None and owned[2] and can_be_source(owned[0]):
                        description = text[start - offset : owned[1]]
                        return Speaker(description.strip(), None, None)
        if deferred is None:
            # No name: a description opening the sentence ("The Florida senator sought to
            # calm his supporters, …, saying", "The Democratic National Convention released").
            introduced = INTRODUCTORY_PHRASE.match(text)  # "In August, several groups …"
            opening = DESCRIBED_SUBJECT.match(text, introduced.end() if introduced else 0)
            if opening:
                found = self._speaker_from_phrase(
                    opening.group("np"), offset + opening.start("np"), None
                )
                if (
                    found is not None
                    and found.name is not None
                    # after an opening phrase, only a description of someone named ("With the
                    # help of …, the actor held a fake audition"): not "On occasion, the
                    # Supreme Court has ruled …, he says"
                    and (
                        opening.group("np")[:1].isupper()
                        or opening.group("plural")  # ", several environmental groups granted"
                        or found.person is not None
                        or (own and _short_or_named(opening.group("np")))
                    )
                ):
                    return found
        return deferred

    def _name_word_subject(self, sentence_start: int, limit: int) -> Speaker | None:
        """A one-word name opening the sentence, right before its verb, when the article
        uses the word as a name elsewhere: 'Trump gestured …, then leaned in and boomed: "…"'
        in an article that never gives Trump's first name, so that no person is known."""
        text, _ = self._outside_quotes(sentence_start, limit)
        introduced = INTRODUCTORY_PHRASE.match(text) or SUBORDINATE_OPENING.match(text)
        bare = BARE_NAME_SUBJECT.match(text, introduced.end() if introduced else 0)
        if bare is None:
            return None
        verb_at = bare.end()
        adverb = ADVERB_AFTER_NAME.match(text, verb_at)  # "When Trump finally wrapped up"
        if adverb is not None and is_adverb(adverb.group("adverb")):
            verb_at = adverb.end()
        if not VERB_AFTER_NAME.match(text, verb_at):
            return None
        word = bare.group("name")
        if word.lower() in NOT_NAME_WORDS or word not in self.name_words():
            return None
        return Speaker(word, None, None)

    def name_words(self) -> frozenset[str]:
        """One-word names of the article: words a reporting verb credits ('Trump said',
        'said Trump.'), and words written capitalised, alone, inside a sentence at least
        twice ('the Sanders camp'), which common nouns opening a sentence are not (found
        once, when first asked for)."""
        if self._name_words is None:
            credited = {
                match.group("before") or match.group("after")
                for match in CREDITED_WORD.finditer(self.body)
            }
            inside = Counter(match.group() for match in NAME_INSIDE_SENTENCE.finditer(self.body))
            self._name_words = frozenset(credited) | {w for w, n in inside.items() if n >= 2}
        return self._name_words

    def person_before(self, position: int, sex: str) -> Person | None:
        """The person a he/she at `position` refers to: the later of the last sentence subject
        and the last speaker (sex-matched where known), else the last person mentioned."""
        subject: tuple[int, Person] | None = None
        mentioned: tuple[int, Person] | None = None
        asked_by = (
            ASKED_BY_BEFORE.search(self.body, max(0, position - 250), position)
            if self.body.find(" by ", max(0, position - 250), position) != -1
            else None
        )
        if asked_by is not None:
            position = asked_by.start()  # the one asked, not the asker named before the he
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

    def _only_one_before(self, position: int, fits: Callable[[Person], bool]) -> Person | None:
        """The one person named before `position` that fits; None when none or several do."""
        fitting = {
            id(person): person
            for start, _end, person in self.mentions
            if start < position and fits(person)
        }
        return next(iter(fitting.values())) if len(fitting) == 1 else None

    def _given_age(self, person: Person, age: str, position: int) -> bool:
        """Whether the article gives the person that age before `position`: "Tom Hale, 34,",
        "34-year-old Tom Hale"."""
        return any(
            (
                self.body.startswith(f", {age}", end)
                and not self.body[end + 2 + len(age) : end + 3 + len(age)].isalnum()
            )
            or self.body[max(0, start - len(age) - 10) : start].endswith(f"{age}-year-old ")
            for start, end in person.mentions
            if start < position
        )

    def _named_in_sentence(self, person: Person, position: int) -> bool:
        """Whether the person is named in the sentence holding `position`, before it."""
        paragraph = bisect.bisect_right(self.article.paragraph_starts, position) - 1
        start = max((s for s, e in self.sentences(paragraph) if s <= position), default=position)
        return any(other is person for _s, _e, other in self._mentions_in(start, position))

    def _named_after_lede(self, position: int, head: str) -> Person | None:
        """'… needs to be "exploded", the work and pensions minister has said.' in an article
        that names nobody before it: the person named first after it, in the next two
        paragraphs, who holds no other office (news names the lede's source just below)."""
        if self.mentions and self.mentions[0][0] < position:
            return None
        paragraph = bisect.bisect_right(self.article.paragraph_starts, position) - 1
        if paragraph > 1:
            return None  # not the lede (a headline may stand before it)
        starts = self.article.paragraph_starts
        limit = starts[paragraph + 3] if paragraph + 3 < len(starts) else len(self.body)
        after = next((m for m in self.mentions if position < m[0] < limit), None)
        if after is None or self._in_quote(after[0]):
            return None
        person = after[2]
        if person.role is not None and office_words(person.role)[-1] != head:
            return None
        return person

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
                    person = self.person_with_role(
                        word.lower(), match.start(), [w.lower() for w in words[: i + 1]]
                    )
                    if person is not None:
                        self._described.append((match.start(), person))
                    break
        return self._described

    def _is_subject(self, start: int) -> bool:
        """A mention that opens its sentence, or is the subject of a reporting verb; never
        the object of a preposition ("hatred of Clinton among his supporters, the senator
        acknowledged")."""
        word_before = self._word_before_mention(start)
        if word_before in OBJECT_PREPOSITIONS:
            return False  # "for Mr Heath"
        if self._inverted_subject(start, word_before):
            return True  # "…, said Mr Walsh."
        head = self.body[max(0, start - LEAD_WINDOW) : start]
        if OPEN_RELATIVE_CLAUSE.search(head):
            return False  # "Henman, who now faces Igor Andreev in the last 16, admitted"
        if self._subject_after_coordinator(start, head):
            return True  # "… and Owen is confident", "but captain Fabien Pelous sees hope"
        following = re.split(r"[.!?]\s", self.body[start : start + 200], maxsplit=1)[0]
        # Skip an aside between dashes or commas: "Gerry Conlon - who was convicted - said".
        following = PARENTHETICAL.sub(" ", following)
        after_name = list(WORD.finditer(following))[1:12]
        verbs = [w.group().lower() for w in after_name]
        # A finite reporting verb after the name; an -ing one ("…, suggesting") belongs to
        # the sentence's subject, not to an object just before it. A noun spelt like a verb
        # is none ("refusing to recant earlier remarks").
        finite = (
            [
                v.group().lower()
                for v in cue_verbs(following[: after_name[:8][-1].end()], first=True)
                if v.start() >= after_name[0].start() and not v.group().lower().endswith("ing")
            ]
            if any(v in CUE_VERBS and not v.endswith("ing") for v in verbs[:8])
            else []
        )
        if finite and not any(v in ("he", "she") for v in verbs[: verbs.index(finite[0])]):
            return True
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
        if len(role) >= 2 and role[0].lower() == "the" and role[-1].endswith(","):
            # "Writing in the Times, the work and pensions secretary, Liz Kendall, defended"
            role = [*role[1:-1], role[-1].rstrip(",")]
            return len(role) <= 5 and all(w.islower() for w in role) and is_role_head(role[-1])
        return not role or (
            len(role) <= 3 and all(w.islower() for w in role) and is_role_head(role[-1])
        )

    def _subject_after_coordinator(self, start: int, head: str) -> bool:
        """A name opening a clause after "and" or "but", perhaps after a title, and followed by
        its verb: "and Owen is confident", "but Tennis Australia's Geoff Pollard rejected"."""
        lead = COORDINATED_SUBJECT_LEAD.search(head)
        if lead is None:
            return False
        title = lead.group("title").split()
        if not all(
            w[:1].isupper() or is_role_head(w) or w.lower() in ROLE_MODIFIERS for w in title
        ):
            return False  # "and told Mr Brown": not a title before the name
        index = bisect.bisect_left(self.mention_starts, start)
        if index >= len(self.mentions) or self.mentions[index][0] != start:
            return False
        return VERB_AFTER_NAME.match(self.body, self.mentions[index][1]) is not None

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

    def _inverted_subject(self, start: int, verb: str) -> bool:
        """Whether the mention at `start` follows an inverting reporting verb that itself
        follows a comma or a closing quotation mark, and which ends its clause: "…, said Mr
        Walsh." (not "he added Mr Walsh to the list", nor "…, said Melzer was" or "said Mr
        Lynch's job"); `verb` is the word before the mention."""
        if verb not in INVERTING_CUES or not INVERTED_NAME_ENDS_CLAUSE.match(self.body, start):
            return False
        head = self.body[max(0, start - 40) : start]
        at = head.lower().rfind(verb)
        return at > 0 and head[:at].rstrip().endswith((",", '"', "”", "'", "’"))

    def _after_preposition(self, start: int) -> bool:
        """Whether the mention at `start` is the object of a preposition ("for Mr Heath")."""
        return self._word_before_mention(start) in OBJECT_PREPOSITIONS

    def _word_before_mention(self, start: int) -> str:
        """The word before the mention at `start` in its clause, honorifics and determiners
        passed over ("for" in "for Mr Heath", "to" in "Speaking to Le Matin"); "" if none."""
        window = CLAUSE_PUNCTUATION.split(self.body[max(0, start - 24) : start])[-1]
        for stop in reversed(list(SENTENCE_STOP.finditer(window))):
            if stop.group() == "\n" or not is_abbreviation(window, stop.start()):
                window = window[stop.end() :]  # "… as in 2004.\n\nSteve Gallagher": a new one
                break
        before = [
            w.lower()
            for w in WORD.findall(window)
            if w.lower() not in HONORIFICS and w.lower() not in NOUN_MARKERS
        ]  # "for Mr Heath", "to the Clinton campaign"
        return before[-1] if before else ""

    def _owner_of_claim(self, lead: str, offset: int) -> tuple[Person | None, str | None]:
        """The person whose claim the quotation is in, and the claim's noun: 'blamed the
        media for Donald Trump's claim that President Barack Obama "founded ISIS"'."""
        lead = lead.rstrip(" \"“‘`'")
        claim = CLAIM_THAT_BEFORE.search(lead, max(0, len(lead) - 160)) or SAYING_WAS_BEFORE.search(
            lead, max(0, len(lead) - 200)
        )  # 'Barrett's dictum to his interns (…) was, "…"'
        if claim is None:
            return None, None
        return self._mention_ending_at(offset + claim.start("apostrophe")), claim.group("noun")

    def _owner_right_before(self, mark_start: int) -> Person | None:
        """The person whose possessive stands right before a quotation mark: the words are that
        person's ('Obama's "if you like your plan, you can keep it" promise')."""
        end = mark_start
        while end > 0 and self.body[end - 1] in ' "“‘`':
            end -= 1
        lead = self.body[max(0, end - 3) : end]
        if lead.endswith(("'s", "’s")):
            end -= 2
        elif lead.endswith(("s'", "s’")):
            end -= 1
        else:
            return None
        return self._mention_ending_at(end)

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

    def _appositive_of_name(self, start: int) -> bool:
        """Whether the words at `start` follow a name and a comma ("Katrina Bull, a prospective
        parliamentary candidate"): they describe that person."""
        before = self.body[:start].rstrip()
        return before.endswith(",") and self._mention_ending_at(len(before) - 1) is not None

    def _mention_ending(self, end: int) -> tuple[int, int, Person] | None:
        """The mention (start, end, person) that ends exactly at `end`."""
        index = bisect.bisect_left(self.mention_starts, end) - 1
        if index >= 0 and self.mentions[index][1] == end:
            return self.mentions[index]
        return None

    def _mention_ending_at(self, end: int) -> Person | None:
        """The person whose mention ends exactly at `end`."""
        mention = self._mention_ending(end)
        return mention[2] if mention is not None else None

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

    def _names_after(self, position: int) -> bool:
        """Whether a name follows `position`, right away or after a comma (an appositive)."""
        if self.body[position : position + 1] == ",":
            position += 1
        return self._mention_at_or_after(position)

    def _subject_after_clause(self, right: str, offset: int) -> tuple[Person, str] | None:
        """A person opening a new clause after a comma in `right` (the words between a cue
        and the quotation), with a verb right after the name: the person and the verb."""
        for start, end, person in self._mentions_in(offset, offset + len(right)):
            lead = self.body[max(offset - 2, start - 4) : start]
            verb = VERB_AFTER_NAME.match(self.body, end)
            if (
                lead.rstrip(" \"”’'").endswith(",")  # '"distasteful," Santilli expressed'
                and verb is not None
                and not self._possessive_end(end)
                and not self._in_quote(start)
            ):
                return person, verb.group().split()[-1]
        return None

    def _coordinated_subject(self, start: int, end: int) -> str | None:
        """Two people named as one subject ("Trump and Ryan issued a statement"), as written;
        None when the mention at [start, end) is not the first of such a pair."""
        joined = COORDINATED_NAME.match(self.body, end)
        if joined is None:
            return None
        index = bisect.bisect_left(self.mention_starts, joined.end())
        if index >= len(self.mentions) or self.mentions[index][0] != joined.end():
            return None
        second_end = self.mentions[index][1]
        if self._possessive_end(second_end) or not VERB_AFTER_NAME.match(self.body, second_end):
            return None
        return self.body[start:second_end]

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
                or word.group() in IRREGULAR_PAST_WORDS  # "'s campaign took the step"
                or (
                    head
                    and word.group().endswith("s")
                    and VERB_OBJECT_AFTER.match(text, found.start("words") + word.end())
                )  # "Hoff's letter makes a libertarian-style case"
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

    def author_of_own_words(self, speaker: Speaker) -> Speaker:
        """ "Bush's Facebook post", "Trump's tweet": a person's own post, tweet, blog or column
        is that person's words; the person speaks (a statement or a campaign does not)."""
        if (
            speaker.person is not None
            or speaker.name is None
            or "'" not in speaker.name.replace("’", "'")
        ):
            return speaker
        owned = OWN_MEDIA.fullmatch(speaker.name)
        if owned is None:
            return speaker
        owner = owned.group("owner")
        for _start, _end, person in self.mentions:
            if owner in (person.name, person.surname):
                return Speaker(person.name, person, speaker.cue)
        return speaker

    def person_with_role(
        self, head: str, position: int, described: list[str] | None = None
    ) -> Person | None:
        """`the minister`, `the Tory leader`: the person last mentioned whose role ends in head.
        A shadow, deputy or former holder is no match for a description that does not say so
        ("the chancellor" is not the shadow chancellor)."""
        said = set(described or [head])
        # Words that may name an affiliation ("labour" in "the labour leader"): without any,
        # the last holder is the one.
        naming = len(said - RANK_QUALIFIERS - DETERMINERS - {head}) > 0
        holders: list[Person] = []
        for start, _end, person in reversed(self.mentions):
            if start < position and person.role and all(p is not person for p in holders):
                role = office_words(person.role)
                if role[-1] == head and not (RANK_QUALIFIERS.intersection(role) - said):
                    holders.append(person)
                    if not naming:
                        break
        if len(holders) > 1:
            # "the Labour leader" after the Tory leader was named: the one whose party,
            # employer or country the description says
            for person in holders:
                if person.affiliation and _affiliation_said(person.affiliation, said):
                    return person
        return holders[0] if holders else None

    def named_later_with_office(self, office: list[str], position: int) -> Person | None:
        """`The home secretary said …` before `Home Secretary Charles Clarke told …`: the one
        person named later whose role is that whole office (two words or more, so that "the
        minister" stays the one written about before)."""
        if len(office) < 2:
            return None
        holders = {
            id(person): person
            for start, _end, person in self.mentions
            if start > position and person.role and office_words(person.role) == office
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _quoted_in(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _e in self.quoted)

    def _in_quote(self, position: int) -> bool:
        return any(s <= position < e for s, e in self.quoted)


def _affiliation_said(affiliation: str, said: set[str]) -> bool:
    """Whether a description's words name the affiliation: "the labour leader" says Labour,
    "the french minister" says France."""
    words = affiliation.lower().split()
    return all(word in said for word in words) or any(
        country_of(word) == affiliation for word in said
    )


def _role_of_description(words: list[str]) -> str:
    """The role a description gives, without an age ("The 43-year-old former congressman")."""
    return " ".join(word for word in words if not AGE_WORD.search(word))


def _owned_by_it(np: str) -> bool:
    """ "its analysis", "their figures": a thing owned by a pronoun, no one who speaks ("its
    spokesman" does)."""
    words = np.split()
    return (
        len(words) >= 2
        and words[0].lower() in ("its", "their")
        and not is_role_head(words[-1])
        and not plural_of_source(words[-1])  # "their attorneys" speak
    )


def _reported_clause_first(text: str, cues: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The reporting verbs before a quotation, nearest first; but when the nearest is a
    participle with a preposition, well before the quotation, inside a clause reported by an
    earlier verb ("Clinton claimed that statements by Trump calling for a ban make him "…""),
    the earlier verb first. The verbs are read only as far as they are needed."""
    nearest = next(cues, None)
    if nearest is None:
        return
    after = text[nearest.end() :].split()
    if not nearest.group().endswith("ing") or len(after) <= 3 or after[0] not in PREPOSITIONS:
        yield nearest  # 'Bush calling Reagan's policies "voodoo economics"' stays Bush's
        yield from cues
        return
    rest = list(cues)
    outer = next(
        (c for c in rest if not c.group().endswith("ing") and THAT_AFTER.match(text, c.end())),
        None,
    )
    if outer is not None:
        yield outer
    yield nearest
    yield from (c for c in rest if c is not outer)


def _as_written(description: str, phrase: str) -> str:
    """The description as the phrase writes it when only numbers or marks inside words were
    left out of its words: "About 200 protesters" (not "About protesters"), "a former U.S.
    official" (not "a former U S official")."""
    first, last = description.split()[0], description.split()[-1]
    start = phrase.find(first)
    end = phrase.rfind(last)
    if start < 0 or end < start:
        return description
    written = phrase[start : end + len(last)]
    number_after = TRAILING_FIGURE.match(phrase, end + len(last))
    if number_after is not None:  # "Article 33", "Apollo 11"
        written += number_after.group()
    if " ".join(WORD.findall(written)) == description:
        return " ".join(written.split())
    return description


def _word_offset(phrase: str, words: list[str], index: int) -> int:
    """Where the word `words[index]` (found by WORD in `phrase`) stands in the phrase: at the
    same count of its occurrences."""
    occurrence = words[: index + 1].count(words[index])
    pattern = rf"(?<![\w’']){re.escape(words[index])}(?![\w’'])"
    for n, match in enumerate(re.finditer(pattern, phrase), start=1):
        if n == occurrence:
            return match.start()
    return 0


# Political offices: a description naming one is not someone the article gives another. A
# bare "minister" is any minister or secretary of a government.
OFFICES = frozenset(
    """senator governor president secretary mayor congressman congresswoman representative
    minister chancellor nominee ambassador""".split()
)
# The short forms of offices, as a description's last word: "the Texas Sen." is a senator.
OFFICE_SHORT_FORMS = {
    short.lower(): office.lower() for short, office in OFFICE_ABBREVIATIONS.items()
}


def _office(words: list[str]) -> str:
    """The office a role's or a description's words end in: "prime minister" kept whole."""
    if words[-2:] == ["prime", "minister"]:
        return "prime minister"
    return OFFICE_SHORT_FORMS.get(words[-1], words[-1]) if words else ""


def _holds_another_office(person: Person, description: list[str]) -> bool:
    """Whether the person's role is an office other than the description's ("the senator"
    is not President Obama, "the prime minister" not the Home Secretary)."""
    wanted = _office(description)
    if not person.role or not _is_office(wanted):
        return False
    held = _office(office_words(person.role))
    if not _is_office(held) or held == wanted:
        return False
    return not (wanted == "minister" and held in ("secretary", "prime minister"))


# A person's own post, tweet, blog or column: "Bush's Facebook post", "Trump's latest tweet".
OWN_MEDIA = re.compile(
    r"(?P<owner>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]s?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:post|posts|tweet|tweets|blog|blog post|column|op-ed|Facebook page|Twitter account|"
    r"Twitter feed|Instagram post|memoir|book|diary)"
)


def _is_office(office: str) -> bool:
    return bool(office) and office.split()[-1] in OFFICES


def _short_or_named(description: str) -> bool:
    """A description that can speak unnamed: a name after its article ("the Daily News",
    "the Illinois Board of Elections") or a short one ("the commission"), not a long one that
    stands for someone named ("the Labour peer and former minister")."""
    words = description.split()[1:]
    return len(words) <= 2 or all(w[:1].isupper() or w in ("of", "for", "and") for w in words)


GROUP_TAIL_STOPS = frozenset(
    "of for to with at in on from by about why how what when where that which who and or but "
    "as if than".split()
)


def _group_after_last_comma(phrase: str) -> list[str] | None:
    """The words after a phrase's last comma when they are a group with no determiner, right
    before the verb: "…, pro-hunt MPs", "…, Labour backbenchers"."""
    cut = phrase.rstrip(" ,").rfind(",")
    if cut == -1:
        return None
    words = WORD.findall(phrase[cut + 1 :])
    if not 1 <= len(words) <= 4:
        return None
    lowered = [w.lower() for w in words]
    head = lowered[-1]
    if description_start(lowered, words) is not None or any(
        w in FILLER or w in GROUP_TAIL_STOPS or w in PRONOUN_WORDS or w in CUE_VERBS
        for w in lowered
    ):
        return None  # "…, he asked why ministers", "…, with mobile services": no group alone
    if (
        head in GROUP_NOUNS
        or plural_of_source(head)
        or (head.endswith("s") and can_be_source(head))
    ):
        return words
    return None


def _sex_matches(person: Person, sex: str) -> bool:
    return sex == "either" or person.gender in (None, "either", sex)
