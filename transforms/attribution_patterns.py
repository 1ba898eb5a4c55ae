"""The words and patterns the speaker resolver reads a sentence with: reporting verbs in
their contexts, credits, appositives, relative clauses, descriptions that can speak.

Pure data: compiled patterns and word sets, no logic. `transforms.quotes` applies them.
"""

from __future__ import annotations

import re

from transforms.lexicon import (
    COURTESY_TITLE,
    FEMALE_HONORIFICS,
    MALE_HONORIFICS,
)

WORD = re.compile(r"[A-Za-zÀ-ÿ’'\-]+")
# A count written in figures between words ("about 200 protesters").
NUMBER_IN_WORDS = re.compile(r"(?<![\w])\d[\d,.]*(?![\w])")
PARENTHETICAL = re.compile(r"\s[-–—]\s[^-–—]{1,120}?\s[-–—]\s|,\s[^,]{1,80}?,\s")
# `“…” ― Esther Tapia`: a quotation credited after a dash.
# A full stop inside it only after an initial ("― Edwin G. Monroy").
DASH_CREDIT = re.compile(
    r"^[\s”\"’']*[―—–-]+\s*(?P<np>[A-Z](?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.){1,60})"
)
# The noun phrase after "according to", initials kept ("William J. Bennett").
# What the paragraph after a quotation-only one says its speaker did: "President Bola Tinubu
# made the remarks on Monday", "… gave the warning", "… said this while".
REMARKS_MADE = re.compile(
    r"\s(?:made|gave|delivered|said|issued|stated)\s+(?:the|these|this|those|his|her)\s+"
    r"(?:remarks?|comments?|statement|warning|words|assurance|pledge|appeal)\b"
    r"|\ssaid\s+this\b"
)
# ", has " right before a reporting verb: "…, Peter Obi, has said".
APPOSITIVE_THEN_AUXILIARY = re.compile(r",\s+(?:has|have|had)\s+\Z")
# A clause opening the sentence that names who asked, before the one asked: "Asked by counsel
# to the inquiry Hugo Keith KC whether ministers had been warned, he replied".
ASKED_BY_BEFORE = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=\n)|^)(?:When\s+|After\s+being\s+)?"
    r"(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Cc]hallenged|[Qq]uizzed|[Ii]nterviewed)\s+by\s+"
    r"[^.!?\n]{2,200},\s+\Z"
)
ACCORDING_TO = re.compile(
    r"\baccording to\s+(?P<np>(?:[^,.;:\"“”]|(?<=\b[A-Z])\.){2,80}(?![\w’']))", re.IGNORECASE
)
# A determiner opening a new noun phrase, not after a preposition: 'the report| the trend'.
NEXT_NOUN_PHRASE = re.compile(
    r"(?<!\bof)(?<!\bfor)(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bwith)(?<!\bfrom)(?<!\bto)(?<!\bby)"
    r"\s+(?=(?:the|a|an)\s)"
)
FILLER = frozenset(
    """also however yesterday today tonight later earlier previously recently again then
    further has have had was were is are would will had been once later separately last
    night week month year on monday tuesday wednesday thursday friday saturday sunday
    but and so that while who which since could can should might must only just
    instead indeed meanwhile nevertheless nonetheless moreover furthermore besides likewise
    similarly elsewhere overall thus""".split()
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
# "moderator": the one who asks, not the person asked about ('"…," the moderator said'); not
# "presenter" or "host", often the article's own subject ("the presenter said" of Cat Deeley).
UNNAMED_SOURCES = frozenset(
    "spokesman spokeswoman spokesperson official officials source sources aide aides "
    "moderator".split()
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
IRREGULAR_PAST_WORDS = frozenset(IRREGULAR_PASTS.split("|"))
# Past participles not ending in -ed, after a noun that can speak ("an email sent out by …").
IRREGULAR_PARTICIPLES = frozenset(
    "sent written made put given taken drawn shown held paid brought seen read told".split()
)
# (words ending in -s that are no verbs do not count: "cast Ann Reyes as unqualified")
NOT_VERBS_IN_S = "as|us|its|this|thus|plus|his|hers|yes|across|towards|unless|perhaps|whereas"
VERB_AFTER_NAME = re.compile(
    rf"(?: \([^()]{{1,30}}\))? (?:also |then |later )?(?!(?:{NOT_VERBS_IN_S})\b)"
    rf"(?:[a-z]+(?:ed|s)|{IRREGULAR_PASTS})\b"
)
OBJECT_RELATIVE = re.compile(r"\bwhom?\s+(?:he|she)\s*$")
# After a name: "'s official spokesman" (the head is checked with can_be_source).
POSSESSED_SOURCE = re.compile(
    r"(?:[’']s|(?<=s)[’'])\s+(?:[\w\-]+\s+){0,3}?(?P<head>[\w\-]+)"
    r"(?P<aux>(?:\s+(?:has|have|had|is|was|are|were|also|then|later|will|would|already|still|"
    r"now|again|just|even|[a-z]+ly))*)\s*$"
)
# After a name, the words of a noun it owns or modifies, up to a verb or another name:
# "'s doctor" (is calling), "' spokesman" (after Sanders), " campaign manager" (Robby Mook).
OWNED_WORDS = re.compile(
    r"(?P<possessive>[’']s|(?<=s)[’'])?(?P<words>(?:\s+[A-Z][\w\-]*)?(?:\s+[a-z][\w\-]*){1,4})"
)  # "'s doctor", "'s Virginia state director"
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
# Words that make a role another office than its head alone: the shadow chancellor is not
# "the chancellor", a deputy leader not "the leader".
RANK_QUALIFIERS = frozenset("shadow deputy vice assistant junior former ex acting".split())
# The words of a sentence up to the quotation it holds: whether they credit the quotation
# before it. They do not when no reporting verb is among them ('Describing Mr Jackson as "…"')
# or when the verb takes that next quotation as its object ('The foreign secretary said the
# "justice" of …'); they do in '"…?" Clinton remarked, alluding to the "…"'.
CREDIT_VERB_WORD = re.compile(r"\b(?:" + "|".join(sorted(CREDIT_VERBS)) + r")\b", re.IGNORECASE)
# Words that may open a sentence before its subject: "And she is sure …".
SENTENCE_COORDINATORS = frozenset("and but so yet then still now".split())
# A one-word name and what credits it with words: "Trump said", "said Trump.".
_CREDIT_VERB = "(?:" + "|".join(sorted(CREDIT_VERBS)) + ")"
CREDITED_WORD = re.compile(
    rf"\b(?P<before>[A-Z][a-z]+(?:[’'\-][A-Z][a-z]+)?) {_CREDIT_VERB}\b"
    rf"|\b{_CREDIT_VERB} (?P<after>[A-Z][a-z]+)(?=[.,;])"
)
# A capitalised word alone inside a sentence: after a lower-case word, before no capital.
NAME_INSIDE_SENTENCE = re.compile(
    r"(?<=[a-z,;] )[A-Z][a-z]+(?:[’'\-][A-Z][a-z]+)?(?![\w’'\-])(?! [A-Z])"
)
# A one-word name opening a sentence: "Trump gestured …".
BARE_NAME_SUBJECT = re.compile(r"\s*(?P<name>[A-Z][a-z]+(?:[’'\-][A-Z][a-z]+)?)(?=\s)")
ADVERB_AFTER_NAME = re.compile(r"\s+(?P<adverb>[a-z]+ly)(?=\s)")
# A name right after a noun, before the verb: "advocacy group One Nation began".
NAME_AFTER_NOUN = re.compile(
    r"(?P<name>(?:\s+[A-Z][\w’'\-]*){1,4})"
    rf"(?=\s+(?:[a-z]+(?:ed|s)|has|had|is|was|will|{IRREGULAR_PASTS})\b)"
)
# Words that place an office: "the director of the film", "the director behind Platoon".
PLACING_WORDS = frozenset("of behind at for from with in on".split())
# A phrase and its appositive before a reporting verb: "Munich Re, the world's biggest
# reinsurer,".
DESCRIBED_APPOSITIVE = re.compile(r"(?P<np>[^,]{3,80}),\s+(?:a|an|the)\s+[^,]{2,100},?\s*$")
# An age in a description, no part of the role it gives: "The 43-year-old former congressman"
# (the words lose their digits: "-year-old").
AGE_WORD = re.compile(r"(?:^-|year-old$)")
VERB_TAKES_QUOTE = re.compile(
    r"\b(?:"
    + "|".join(sorted(CREDIT_VERBS | {"called", "calls", "described", "describes", "dubbed"}))
    + r")(?:\s+[\w’'-]+){0,3}\s*\Z",
    re.IGNORECASE,
)
GOING_ON = frozenset("went goes go going".split())
# "points out", "pointing out": a reporting verb with "out" after it ("pointed" reports alone).
POINTING_OUT = frozenset("points pointing".split())
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
    r"\s*(?P<np>(?:The|A|An|Another|One|(?<=, )(?:the|a|an|another|one)|"
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
    r"(?:statement|letter|memo|report|note|release|message)"
    r"(?:\s+(?:on\s+)?(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|morning|evening|night|afternoon)){0,2}\s*$",
    re.DOTALL,
)
# A sentence whose subject put out a statement, whatever follows it: "At her direction, the
# DNC issued a statement apologizing to Sanders …".
STATEMENT_ISSUED_BY = re.compile(
    r"\s*(?:(?:in|on|at|after|following)\b[^,]{0,60},\s+)?(?P<np>[^,;:\"“”]{2,60}?)\s+"
    r"(?:(?:has|have|had|also|then|later)\s+)?(?:issued|released|put out|sent out)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:statement|letter|memo|note)\b",
    re.IGNORECASE,
)
# A reporting verb coordinated with the one before: "… and said", "… but added".
COORDINATED_VERB = re.compile(r"\b(?:and|but)(?:\s+(?:now|then|later|also|still))?\s*$")
# A clause after "and"/"but" whose subject a name may be, with a title before it ("but captain
# Fabien Pelous sees", "but Tennis Australia's Geoff Pollard rejected"): the words in between.
COORDINATED_SUBJECT_LEAD = re.compile(
    r"(?:^|[\s,])(?:and|but|while|whereas)\s+(?P<title>(?:[\w’'\-]+\s+){0,3})\Z"
)
# A name used as a modifier before another name: "Huckabee campaign spokesman Hogan Gidley".
NOUN_THEN_NAME = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}\s+[A-Z]")
# Right after a quotation: a credit of a few words ending in a reporting verb.
# Not a coordinated verb of the sentence's subject ('… as "terrible," and said she').
# Before a quotation: the subject undergoes the verb ("has been"), or a relative clause
# describes a thing (", which is").
# "Rubio was asked by moderator Gerard Baker whether …": a passive reporting verb, whose
# agent after "by" is the one speaking.
PASSIVE_CUE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|get|got)\s+$", re.IGNORECASE)
AGENT_AFTER_CUE = re.compile(r"\s+by\s+(?P<agent>[^,;:!?\"“]{1,60})")
PASSIVE_OR_RELATIVE = re.compile(r"\b(?:been|being)\b|,\s+which\b", re.IGNORECASE)
# A name after an inverting verb that ends its clause is the verb's subject ("…, said Mr
# Walsh."); one the sentence goes on from is the start of reported speech ("…, said Melzer
# was", "said Mr Lynch's job").
INVERTED_NAME_ENDS_CLAUSE = re.compile(r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s*(?:[.,;:!?\n]|$)")
# A relative clause still open before a name, in the same sentence: the name is its object
# ("Henman, who now faces Igor Andreev in the last 16, admitted"), never the sentence subject.
OPEN_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|whom|which)\b[^,;:.!?\"“”()\n\-–—]*$")
IT_WORD = re.compile(r"\b[Ii]t\b")
# "Reuters quoted a central bank official as saying": the one quoted speaks, not the outlet.
QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?!by\b)(?P<np>[^,;:\"“”]{2,80}?)\s+as\s*$")
THAT_AFTER = re.compile(r"\s+that\b")  # "claimed that …": a reported clause follows
TRAILING_FIGURE = re.compile(r" \d+[a-z]?(?=\s*$)")  # the figure that ends a name: "Article 33"
NAME_JOINERS = frozenset("of for and the".split())  # inside a name: "Chambers of Commerce"
# A lead-in naming where the words come from: "From the report:", "More from the report:".
FROM_SOURCE_LEAD = re.compile(r"(?:^|[-–—]\s|\bMore\s)[Ff]rom\s+(?P<np>[^:;,\"“”]{2,60}):\s*$")
# The word right after a subject, past an adverb: "it said", "it also warned".
VERB_RIGHT_AFTER = re.compile(r"\s*(?:\w+ly\s+|also\s+)?(?P<verb>[a-z]+)\b")
# A quotation right after the kind of work it is the title of.
WORK_BEFORE = re.compile(
    r"\b(?:podcast|show|film|movie|documentary|book|album|song|series|sitcom|play|musical|"
    r"novel|memoir|headline|column|programme|program|slogan|hashtag|poster|ad|advert|video|"
    r"episode|magazine|newspaper|website|blog|titled|entitled|called),?\s*[\"“‘']?\s*$",
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
# A clause break (a comma, perhaps with a subordinator) right before a phrase's last word:
# ", when he", ", and she", "; he".
CLAUSE_BREAK_BEFORE_LAST_WORD = re.compile(
    r"[,;—–]\s*(?:(?:when|while|as|after|before|because|since|and|but|so|where|though|"
    r"although|until|once|if)\s+)?\S+\s*$"
)
# A name and any verb in the past or present, and nothing else, right after a quotation:
# '"…," Hannity started.', '"…?" Hannity pressed.', '"…," Mr Brown laughed.'
NAME_AND_ANY_VERB = re.compile(
    r"[\s\"”’',]*(?P<np>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+"
    r"(?P<verb>[a-z]+(?:ed|s))\s*[.;]?[\s\"“‘']*$"
)
# The sentence after a quotation naming whose it was: "That quote from Alabama Securities
# Commissioner Thomas Krebs appeared …", "The remark by Mr Brown drew …".
QUOTE_FROM_SOURCE = re.compile(
    r"\s*(?:That|The|This|Those|These)\s+(?:[a-z\-]+\s+)?(?:quote|quotation|remark|comment|"
    r"line|statement|phrase|words|quip|warning|slogan)s?\s+(?:from|by)\s+"
    rf"(?P<np>[^,;:.\"“”]{{2,80}}?)(?=\s+(?:[a-z]+ed|[a-z]+s|has|had|{IRREGULAR_PASTS})\b|[,.;])"
)
# A noun for something said right after a quotation: 'Obama's "…" promise', 'Clinton's "…"
# remark'. The one whose possessive stands before the quotation said it.
SPEECH_NOUN_AFTER = re.compile(
    r"[\"”’'\s]*(?P<noun>promise|pledge|slogan|mantra|remark|comment|quip|vow|catchphrase|motto|"
    r"refrain|line|boast|claim|warning|rallying\s+cry|battle\s+cry)s?\b"
)
# A verb's object right after a present-tense verb: "makes a case", "says the".
VERB_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|its|their|that|this|these|those)\b")
# A person's claim and its "that" clause, up to a quotation inside it: "Donald Trump's claim
# that President Barack Obama" ("founded ISIS").
CLAIM_THAT_BEFORE = re.compile(
    r"(?P<apostrophe>[’']s?)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>claim|claims|assertion|suggestion|"
    r"accusation|charge|insistence|contention|allegation|argument|boast|warning|prediction|"
    r"promise|pledge|vow)\s+(?:that(?:\s+(?!(?:is|was|are|were|be|been)\b)[\w.’'\-]+){1,6}"
    r"|of(?:\s+(?:a|an|the))?)\s*$"  # "Clinton's assertion of a "claim of right""
)  # a short clause with no copula: not 'Rubio's claim that Cruz is in favor of … is "…"'
# A person's saying, then "was"/"is", a comma or colon and the quotation: "Barrett's dictum to
# his interns (repeated to me over the years) was, "…"", "Trump's message was clear: "…"" (not
# 'said McConnell's comment was "ill-advised"': what someone else thinks of it).
SAYING_WAS_BEFORE = re.compile(
    r"(?P<apostrophe>[’']s?)\s+(?:[\w\-]+\s+){0,2}?(?P<noun>dictum|motto|mantra|slogan|message|"
    r"response|reply|answer|advice|refrain|verdict|explanation|comment|statement|words|"
    r"catchphrase|instruction|instructions|warning|promise|pledge)"
    r"(?:\s+\([^()]{0,80}\))?(?:\s+[\w’'\-]+){0,4}?(?:\s+\([^()]{0,80}\))?\s+"
    r"(?:was|is|were|are)(?:\s+(?:simple|clear|blunt))?\s*[,:]\s*$"
)
# An inverted credit right after a quotation: '…?" asked Dunn, now a partner', '…!" said
# the senator'. The verb must be one that inverts (INVERTING_CUES).
INVERTED_CREDIT = re.compile(r"[\s\"”’',]*(?P<verb>[a-z]+)\s+(?:[A-Z]|(?:the|a|an|one)\s)")
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
    r"\s*(?:(?i:in|on|at|after|before|during|from|with|without|since|despite|following|"
    r"speaking|asked|writing|as|to)\b|[A-Z][a-z]+ing\s)[^,]{0,120}"
    # a relative clause inside it: "In rejecting a challenge to …, which is scheduled for next
    # week, the commission recognized"
    r"(?:,\s+(?:which|who|where)\b[^,]{0,60})?,\s+"
)  # "Filling in for Sanders at the same event, West landed …", "As if addressing him, the"
# Words that open a clause inside a sentence: a name right after one is that clause's subject.
CLAUSE_INTRODUCERS = frozenset("where when whom whose which if because although though".split())
# A subordinate clause opening the sentence: a name in it is not the main clause's subject.
SUBORDINATE_OPENING = re.compile(
    r"\s*(?:(?:shortly|soon|just|right|long|only|even|hours|days|minutes|moments|weeks)\s+)?"
    r"(?:when|after|before|if|while|because|although|though|since|until|once|unless|as)\b",
    re.IGNORECASE,
)  # "Shortly after Murphy's conference call ended, Rubio's campaign sent"
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
    chants states""".split()
)
# Prepositions before such a noun: "a flurry of tweets", "greeted with chants", "amid claims".
NOUN_PREPOSITIONS = frozenset("of with amid despite over in".split())
NOUN_MARKERS = frozenset("the a an its their these those his her our your my".split())
QUANTIFIERS = frozenset("one some many most several none each all both few".split())
# A quantifier alone as the subject speaks for the people just spoken of: "Another said",
# '"…," one wrote', "most said they were "very worried"".
SPEAKING_QUANTIFIERS = frozenset("one another some many most several both".split())
# Pronouns that stand as a verb's object, never as its subject after it.
OBJECT_PRONOUNS = frozenset("her his him them their its it me us our my".split())
# A plural noun right after a name, then a verb: "Sanders protesters interrupted".
GROUP_AFTER_NAME = re.compile(
    r"\s+(?P<noun>[a-z]+s)(?:\s+(?:[a-z]+ed|[a-z]+s|were|are|have|had)\b|\s*$)"
)
# Where such a group opens its clause: at the start, or after a comma or a subordinator.
GROUP_SUBJECT_LEAD = re.compile(
    r"(?:^|,\s*|\b(?:when|as|while|and|but|after|before|because)\s+)\Z", re.IGNORECASE
)
# "and" between two names of one subject: "Trump and Ryan issued".
COORDINATED_NAME = re.compile(r"\s+and\s+")
# A description opening the last clause before a quotation, with its verb: "… - but the
# Sanders campaign rejected the idea as", "…; the company called it".
CLAUSE_DESCRIPTION = re.compile(
    r"(?:[,;]|\s[-–—])\s*(?:(?:but|while|whereas)\s+)?(?P<np>(?:the|a|an)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+(?:[a-z]+ed|[a-z]+s)\b"
    r"(?!\s+(?:that|who|which)\b)[^,;:\"“”]*$"  # not "a group of security researchers that"
)
# Before the subject of a clause of its own: "…, while", "but", "whereas", a semicolon, and
# "…, in which" or "where" ("an interview, in which Clinton expressed confidence that …").
CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:,[”\"’']?\s*(?:while|but|whereas|where|(?:in|during|at) which)|;)\s+$"
)
# After a name: an appositive between commas ("Mike Huckabee, the former Arkansas governor,").
APPOSITIVE_THEN_VERB = re.compile(r",\s[^,;:\"“”()]{2,80},")
# A share of people as the subject: "21 percent", "75 percent of Democrats", "40% of voters".
SHARE_SUBJECT = re.compile(
    r"(?<![\w.,])(?P<np>\d[\d.,]*\s*(?:%|percent|per cent)"
    r"(?:\s+of\s+(?:the\s+|those\s+)?[A-Za-z][\w-]*(?:\s+(?![a-z]+ed\b)[A-Za-z][\w-]*)?)?)"
    r"(?:\s+[a-z]+ed)?\s*$"
)
# What may stand before such a share when it is the subject: nothing, a clause opener, "only".
SHARE_LEAD = re.compile(
    r"(?:^|[,;]|\b(?:which|whom|while|whereas|and|but|only|some|just|with))\s*$", re.IGNORECASE
)
INDEFINITE_DETERMINERS = frozenset("a an one another some several many".split())
DETERMINERS = frozenset(
    "a an the its their his her this that one another some several many".split()
)
# After a person's name, up to the reporting verb: an appositive between commas (no clause
# punctuation or quotes in it, at most three more comma parts: "…, president of the union,
# which represents teachers, said"), then at most an auxiliary or an adverb.
# A short parenthesis may follow the name first: "Rep. Jim Jordan (R-Ohio), a panel member,".
APPOSITIVE_TO_CUE = re.compile(
    r"(?:(?:\s*\([^()]{1,30}\))?,\s[^,;:\"“”()]{2,200}(?:,\s[^,;:\"“”()]{2,100}){0,3},\s*"
    # or between spaced dashes: "Andrei Illarionov - then economic adviser to President
    # Vladimir Putin - told"
    r"|\s+[-–—]\s+[^-–—;:\"“”()]{2,200}\s[-–—]\s*)"
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
OPENING_PHRASE = re.compile(rf"\s*[^,;:\"“”]{{1,80}},\s*(?:{COURTESY_TITLE}\s+)?")
AFTER_BREAK = re.compile(rf"[,\"”’']\s*(?:{COURTESY_TITLE}\s+)?$")
RELATIVE_START = re.compile(r"\s(?:who|that|which|whose|known as)\s")
# A relative pronoun after an inverted subject (not "known as": 'says JK, also known as Jason
# King' names him).
RELATIVE_PRONOUN_AFTER = re.compile(r"\s(?:who|whom|whose|which|that)\s")
# "as X put it": X's words.
AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<np>[^,;:\"“”]{2,60}?)\s+(?:(?:has|had|once)\s+)?(?:puts?\s+it|"
    # ', as Sanders' campaign manager suggested after …'
    r"(?:said|says|suggested|suggests|noted|notes|argued|argues|claimed|claims|wrote|writes|"
    r"observed|observes|explained|explains|predicted|predicts|warned|warns)(?=[\s,.;]|$))"
)
# A comma, a dash or a parenthesis: what closes a relative clause before the verb.
CLAUSE_CLOSED = re.compile(r"[,;()]|\s[-–—]\s|\s[-–—]$|[.!?]\s")
SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|they|we|I)\b")
RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b")
# A comma segment opened by a preposition or a time conjunction is an aside, not an
# appositive: ", on his first full day in the job after Jane Hutt was sacked,".
ASIDE_OPENING = re.compile(
    r"\s*(?:on|in|at|after|before|during|following|despite|since|while|when|with|for)\s",
    re.IGNORECASE,
)
# The subject opening a reported clause right after its verb: "said [that] Clinton will".
REPORTED_SUBJECT = re.compile(r"(?:\s+that)?(?:\s+[A-Z][\w.’'\-]*){1,3}(?=\s+[a-z])|")
AGE_DESCRIPTION = re.compile(r"[Tt]he\s+\d{1,3}-year-old")
# A player by ranking: "the world number three", "the British No 1", "the top seed".
RANKING_DESCRIPTION = re.compile(
    r"[Tt]he\s+(?:(?:world|British|American|men's|women's|former)\s+)?"
    r"(?:(?:number|No\.?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})|"
    r"(?:top|second|third|fourth|fifth|sixth|seventh|eighth|\d{1,2}(?:st|nd|rd|th))\s+seed)"
)
TIME_WORDS = frozenset("week month year morning afternoon evening night weekend time".split())
WHO_BEFORE = re.compile(r"\s+(?:who|which)\s*$")
# A relative clause set off by commas that runs to the reporting verb: "Meta, which owns
# Facebook, Instagram and WhatsApp, said".
RELATIVE_CLAUSE_TO_CUE = re.compile(r",\s+(?:which|who)\s[^;:\"“”()]{1,120},\s*$")
# What may stand between a name and the "who" describing it: an appositive, a comma.
APPOSITIVE_TO_WHO = re.compile(r"(?:,\s[^,;:\"“”()]{1,80})?,?\s*$")
# ", speaking on condition of anonymity": a participle opening an aside after the subject.
PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+ing\b")
SHORT_PARENTHESIS = re.compile(r"\([^()\"“”]{1,30}\)")
CLAUSE_BREAK = re.compile(r"[;:()\"“”]|\b(?:and|but|that|which|who|while|because|as)\b")
# What comes before a quoted title: 'on "Morning Joe"', 'of "The Apprentice"', "Trump's".
TITLE_LEAD = re.compile(
    r"(?:\b(?:on|of|in|at|from|to|with|told|the|The)|[’']s|[”\"]\s+(?:and|or))\s*[\"“‘']?\s*$"
)  # the last: a title after a title ('starred in "Parks and Recreation" and "Guardians …,"')
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
# Prepositions whose object never speaks the sentence's quotation (unlike "from", "for",
# "with": "From Andrea Peyser writing at The Post:", "with Trump yelling").
OBJECT_ONLY_PREPOSITIONS = frozenset(
    "to of about against at on over into toward towards like unlike".split()
)
# Quotation marks read as letters, for an appositive with a title in it: '"Going Viral,"'.
QUOTE_MARKS_AS_LETTERS = str.maketrans({'"': "x", "“": "x", "”": "x"})
# Forms of "be": the capitalised word after one is what someone is ("who is Catholic"), not a
# name.
COPULAS = frozenset("is was are were be been being".split())
# "the two write": people counted, just spoken of.
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten".split())
# A phrase of place or time after an inverted subject: '… said X in a telephone interview',
# '… whispered the party official as your reporter left'.
SETTING_AFTER_SUBJECT = re.compile(
    r"(?<=\w)\s+(?=(?:(?:in|at)\s+(?:a|an|its|his|her|their)|during|after|before|when|while|"
    r"as\s+(?:the|his|her|their|your|he|she|they|it)|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook))\s)",
    re.IGNORECASE,
)
# What may stand before a subject that opens its clause ('"…," one wrote', "Another said").
CLAUSE_EDGE = frozenset(".!?,;:\"”’'\n") | {""}

# "Samsung, Apple's biggest rival, said": a capitalised name opening the clause, then an
# appositive describing it (a determiner or a possessive first), then the verb.
NAME_BEFORE_APPOSITIVE = re.compile(
    r"(?:^|[.;:!?]\s+)(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}),\s+"
    r"(?:the|a|an|its|[A-Z][\w.]*['’]s)\s[^,;:\"“”]{2,60},\s*$"
)
# "in what critics called", "what one analyst described as": the subject of a reporting verb
# inside a free relative clause, right before the verb.
WHAT_SUBJECT = re.compile(r"\b[Ww]hat\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s*\Z")
