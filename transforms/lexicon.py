"""Word lists the extractors share: honorifics, roles, reporting verbs, organisations, places.

General English news vocabulary, not tuned to any one article.
"""

from __future__ import annotations

HONORIFICS: frozenset[str] = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    sen senator rep representative gov governor gen general col colonel capt captain lt
    sgt sergeant adm admiral judge justice president pres king queen prince princess pope
    chancellor minister secretary ambassador mayor sheikh rabbi imam cardinal bishop
    archbishop baroness baron earl duke duchess st supt superintendent insp inspector det
    detective cllr councillor alhaji alhaja hajia mallam hon honourable engr barr otunba
    asp dsp sp csp acp dcp cp aig igp dcop cop comrade sheik sheikha viscount viscountess countess
    marquess""".split()
)
# Honorifics that say the person's sex, for he/she resolution.
# A courtesy title written before a name, as a regex: "Mr", "Dr.", "Sir" (not roles such as
# "Minister", which the role rules read).
# (with the courtesy titles of Nigerian and Ghanaian news: "Alhaji Mustapha Ahmed", "Hon. Sada
# Soli", "Engr. Musa Ibrahim")
COURTESY_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Alhaji|Alhaja|Hajia|Mallam|Hon|Engr|Barr|"
    r"Comrade|Sheikh|Sheikha|Sheik)\.?"
)
MALE_HONORIFICS = frozenset(
    "mr sir lord king prince father fr baron earl duke alhaji mallam sheikh sheik viscount"
    " marquess".split()
)
FEMALE_HONORIFICS = frozenset(
    "mrs ms miss dame lady queen princess sister baroness duchess alhaja hajia sheikha"
    " viscountess countess".split()
)

# The last word of a role: "Foreign Minister", "chief executive", "Labour MP".
ROLE_HEADS: frozenset[str] = frozenset(
    """minister secretary president chancellor premier leader chairman chairwoman chair
    chairperson spokesman spokeswoman spokesperson executive director officer ceo cfo coo
    founder co-founder boss chief head manager governor mayor senator congressman
    congresswoman representative mp mep msp mla ambassador envoy commissioner adviser advisor
    analyst economist strategist correspondent editor reporter professor lecturer frontrunner
    film-maker filmmaker teacher nurse doctor pilot soldier farmer banker trader student chef
    researcher scientist counterpart deputy aide general colonel commander admiral
    judge justice attorney lawyer counsel prosecutor solicitor barrister coach manager captain
    striker midfielder defender goalkeeper player champion singer actor actress star
    presenter host producer author writer artist designer musician composer rapper
    candidate nominee campaigner activist organiser organizer owner partner president-elect
    whip treasurer auditor inspector superintendent constable sheriff governor-general
    king queen prince princess monarch pope bishop archbishop mullah cleric rabbi imam pastor
    vicar priest chaplain
    secretary-general vice-president prime diplomat official officials journalist columnist
    commentator administrator consultant photographer speaker pollster anchor moderator
    delegate lawmaker legislator councilman councilwoman councillor assemblyman
    assemblywoman mogul tycoon magnate businessman businesswoman entrepreneur dj
    pm athlete sprinter hurdler swimmer boxer golfer jockey batsman bowler skipper winger
    flanker prop fly-half scrum-half full-back centre-back centre-half playmaker
    keeper all-rounder spinner wicketkeeper quarterback linebacker shortstop outfielder
    pitcher cyclist driver trainer
    historian expert specialist scholar academic lobbyist operative donor
    fundraiser surgeon physician engineer architect novelist poet comedian playwright
    psychologist sociologist investor agent sergeant lieutenant coordinator headteacher
    headmaster headmistress referee umpire worker volunteer paramedic firefighter midwife
    pharmacist dentist carer forecaster meteorologist epidemiologist virologist convener
    convenor taoiseach tánaiste tanaiste ombudsman protector emir""".split()
)


def is_role_head(word: str) -> bool:
    """`chairman`, `co-chairman`, `Vice-President`: the word, or its last hyphen part, is a role."""
    key = word.lower().strip(".,;:")
    return key in ROLE_HEADS or key.rsplit("-", 1)[-1] in ROLE_HEADS


# Offices written short before a name, as US news does: "Sen. Elizabeth Warren".
OFFICE_ABBREVIATIONS = {
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Lt. Gov.": "Lieutenant Governor",
    "Gen.": "General",
    "Col.": "Colonel",
    "Lt.": "Lieutenant",
    "Sgt.": "Sergeant",
    "Capt.": "Captain",
    "Adm.": "Admiral",
    "Maj.": "Major",
    "Supt.": "Superintendent",
    "Insp.": "Inspector",
    "Cllr.": "Councillor",
    "Pres.": "President",
    "Prof.": "Professor",
    # British news writes them without the point, police and military ranks most of all:
    # "Det Ch Insp Mark Smith", "Lt Col Rupert Thorneloe", "PC Andrew Harper".
    "Det": "Detective",
    "Ch": "Chief",
    "Insp": "Inspector",
    "Supt": "Superintendent",
    "Sgt": "Sergeant",
    "Con": "Constable",
    "PC": "Police Constable",
    "DC": "Detective Constable",
    "DS": "Detective Sergeant",
    "DI": "Detective Inspector",
    "DCI": "Detective Chief Inspector",
    "Cllr": "Councillor",
    "Lt": "Lieutenant",
    "Col": "Colonel",
    "Gen": "General",
    "Capt": "Captain",
    "Maj": "Major",
    "Cpl": "Corporal",
    "Pte": "Private",
    "Prof": "Professor",
    # Nigerian and Ghanaian police ranks: "SP Abdullahi Kiyawa", "CP Mohammed Gumel", "DCOP
    # Timothy Yaw Abrokwah".
    "ASP": "Assistant Superintendent of Police",
    "DSP": "Deputy Superintendent of Police",
    "SP": "Superintendent of Police",
    "CSP": "Chief Superintendent of Police",
    "ACP": "Assistant Commissioner of Police",
    "DCP": "Deputy Commissioner of Police",
    "CP": "Commissioner of Police",
    "DCOP": "Deputy Commissioner of Police",
    "COP": "Commissioner of Police",
    "AIG": "Assistant Inspector-General of Police",
    "IGP": "Inspector-General of Police",
}
# Parties written before a name or a role: "Liberal Democrat Sarah Teather", "ex-Tory
# education secretary Gillian Shepherd", "Lib Dem committee chairman Alan Beith".
PARTY_NAMES = (
    r"Lib\s+Dems?|Liberal\s+Democrats?|Labour|Tory|Tories|Conservatives?|SNP|Plaid\s+Cymru|"
    r"UKIP|Ukip|Green\s+Party|Democrats?|Democratic|Republicans?|GOP"
)


# Heads of descriptions that can be the source of a quote besides roles: organisations,
# documents, people by relation ("the company said", "the report said", "her colleague said").
SOURCE_NOUNS: frozenset[str] = frozenset(
    """company firm group government administration ministry department office executive
    town city county village school university college hospital
    authority authorities agency commission committee council board body watchdog regulator
    union association federation league club party parliament assembly court tribunal bank
    insurer lender airline carrier operator retailer maker manufacturer producer supplier
    network channel station broadcaster newspaper paper magazine website publisher studio
    label team side organisation organization charity institute foundation trust society
    campaign movement embassy consulate army military police force service industry sector
    report study survey statement document letter memo guidance review inquiry poll
    minutes newsletter manifesto leaflet bulletin announcement
    figures data research analysis book blog family man woman boy girl child children kid kids
    colleague colleagues member members friend friends father mother wife husband son
    daughter brother sister source sources resident residents victim victims fan fans
    spokesmen spokeswomen people customer customers user users voter voters owner owners
    worker workers employee employees staff student students teacher teachers parent parents
    patient patients announcer narrator questioner moderator interviewer caller voice doctor
    physician nurse historian businessman businesswoman entrepreneur billionaire challenger
    opponent rival incumbent veteran veterans groups attorneys protesters demonstrators allies
    aides advisers advisors staffers surrogates backers donors lawmakers legislators senators
    republicans democrats conservatives liberals leaders officers agents troops soldiers
    article piece story clip ad advert advertisement commercial video footage post tweet
    email e-mail message editorial column headline film documentary speech interview
    transcript filing lawsuit suit complaint ruling verdict judgment decision opinion law bill
    rules regulations guidelines policy order indictment petition testimony note notice page
    site account brief motion commenter commenters attendee attendees participant
    participants passage chapter excerpt tabloid broadsheet outlet op-ed witness witnesses
    observer observers onlooker
    onlookers bystander
    bystanders neighbour neighbours neighbor neighbors release person investor
    investigation crowd audience expert confidant confidante confidants staffer insider
    insiders operative operatives strategists supporter trader traders broker brokers dealer
    dealers publication publications pundit pundits radioman backbencher backbenchers
    frontbencher frontbenchers rebel rebels peer peers mps critic critics reviewer
    reviewers""".split()
)


def can_be_source(head: str) -> bool:
    """Whether a description ending in `head` can say something: a role, a group, an
    organisation, a document or a person by relation (not "the election", "the rules")."""
    key = head.lower()
    return is_role_head(head) or key in SOURCE_NOUNS or is_occupation(key)


# Endings of occupations and other people nouns ("neurosurgeon", "psychiatrist",
# "comedian", "pharmacist"), for the many not listed above.
OCCUPATION_ENDINGS = ("ist", "ian", "geon")


def is_occupation(key: str) -> bool:
    """A lower-case noun of more than five letters ending like an occupation, not a list."""
    return (
        len(key) > 5
        and key.isalpha()
        and key.islower()
        and key.endswith(OCCUPATION_ENDINGS)
        and not key.endswith("list")
        and key not in ("median", "meridian")
        and nationality_sex(key.capitalize()) is None  # "the 27-year-old Austrian"
    )


def plural_of_source(head: str) -> bool:
    """A plural of a role or source noun: "the committee chairmen", "the judges", "the firms"."""
    key = head.lower()
    if key.endswith("men") and len(key) > 4:
        return is_role_head(key[:-3] + "man")
    if key.endswith("s") and len(key) > 4 and not key.endswith("ss"):
        return is_role_head(key[:-1]) or key[:-1] in SOURCE_NOUNS
    return False


ROLE_MODIFIERS: frozenset[str] = frozenset(
    """foreign home interior defence defense finance trade industry health education
    armed forces justice culture environment energy transport culture media sport shadow
    deputy vice prime chief executive general managing assistant junior senior former
    acting interim first lead principal special economic business political crown detective
    employment work pensions treasury communications sales marketing operating financial
    technology technical commercial marketing state affairs development international
    northern ireland scotland scottish welsh wales european majority minority
    homeland security housing urban veterans agriculture commerce transportation
    immigration fisheries tourism rural opposition national publicity organising organizing
    legal medical scientific investment compliance risk creative
    and of for the""".split()
)

# Verbs (and phrases) that report speech, in the forms news writes them.
CUE_VERBS: frozenset[str] = frozenset(
    """said says say told tells tell added adds asked asks stated states warned warns
    insisted insists argued argues explained explains claimed claims noted notes
    accused accuses described describes called calls dismissed dismisses urged urges
    admitted admits replied replies wrote writes declared declares announced announces
    suggested suggests believes believed thinks thought predicted predicts acknowledged
    acknowledges conceded concedes confirmed confirms continued continues commented
    comments complained complains countered counters cautioned cautions emphasised
    emphasized emphasises emphasizes stressed stresses maintained maintains vowed vows
    promised promises pledged pledges agreed agrees recalled recalls responded responds
    tweeted tweets posted posts remarked remarks observed observes pointed reiterated
    reiterates revealed reveals repeated repeats joked jokes quipped quips shouted shouts
    announced testified testifies insist boasted boasts labelled labeled labels branded
    brands criticised criticized criticises criticizes praised praises hailed hails
    welcomed welcomes condemned condemns denied denies describing saying telling adding
    warning insisting arguing explaining claiming noting accusing calling urging
    admitting declaring suggesting stressing attacked attacks dubbed dubs termed terms
    slammed slams blasted blasts lambasted reports reported reads lauded lauds touted touts
    decried decries mocked mocks derided derides ridiculed lamented laments accuse
    promise promising denounced denounces denouncing characterized characterised
    characterizes characterises barked barks yelled yells yelling screamed screams
    shouting pledging questioned questioning elaborated elaborates wondered wonders asking
    exclaimed exclaims retorted retorts asserted asserts contended contends mused muses
    scoffed scoffs fumed fumes alleged alleges recounted recounts proclaimed proclaims
    tweeting assured assures boomed chided chides chiding scolded scolds groused grouses concluded
    concludes interjected interjecting chanted chants bemoaned bemoans blamed blames quip
    exhorted exhorts talked demanded estimated reacted read riffed riffs charged answered
    answers found finds remarking asserting complaining praising blasting slamming mocking
    criticizing criticising boasting joking quipping replying responding recalling conceding
    acknowledging lamenting observing predicting opined opines retaliated write argue
    beamed gushed whispered muttered grumbled enthused sighed pleaded writing stating posting
    posited posits averred avers underscored underscores
    emailed emailing texted affirms affirmed stipulates stipulated spoke speaks pressed
    presses interrupted interrupts queried beams remembered remembers counter sniped snipes
    griped gripes jabbed teased teases bragged brags raved marveled marvelled reasoned
    reminded reminds fretted frets advised advises thundered cried gasped growled hissed
    huffed intoned laughed ranted roared sneered snarled sputtered stammered vented wailed
    implored speculated surmised theorized theorised ventured confided disclosed railed""".split()
)
# Verbs that usually introduce a partial quotation of someone's words ("described X as").
PARTIAL_CUE_VERBS: frozenset[str] = frozenset(
    """described describes describing called calls calling dismissed dismisses
    labelled labeled branded criticised criticized praised hailed accused accusing
    warned""".split()
)
PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PLURAL = frozenset({"they", "we"})

# Words that mark a capitalised phrase as an organisation, place or thing, not a person.
NON_PERSON_WORDS: frozenset[str] = frozenset(
    """news bank banks party union council committee commission ministry department office
    act system
    agency association federation league club united city county state states republic
    kingdom government parliament congress senate house court police army navy force
    forces group company corporation corp inc ltd plc llc co holdings industries
    university college school institute foundation trust fund museum hospital church
    airport airlines airways station street road avenue square bridge river lake mountain
    island islands sea ocean valley park hall centre center tower palace stadium arena
    times post guardian telegraph journal herald tribune gazette mail express mirror
    sun observer economist review magazine radio tv television channel network press
    reuters bloomberg agence service services board authority exchange market markets
    securities capital partners investments motors energy oil gas petroleum airlines
    records studios pictures films entertainment media communications technologies
    systems software networks telecom mobile online games sports festival awards award
    prize cup championship championships open olympics tournament series world europe
    african american asian european international national global federal royal
    democrats republicans conservatives tories labour liberal democrat democratic
    republican conservative tory green greens socialist socialists nationalist
    movement alliance coalition front brigade regiment command treasury reserve
    fed ministry cabinet society societies marathon foods show project motor election
    hotel institution resources laboratory laboratories cooperative co-operative workers
    worker electric research investment weekly effect statement bowl universe evangelical
    evangelicals age consortium movies division story convention conference summit treaty
    accord protocol amendment doctrine declaration charter initiative caucus primary rally
    memorial debate debates brotherhood
    ansar jabhat ahrar jaish harakat hizb kataib liwa against citizens victims klan footwear
    development boulevard heights drive terrace crescent storm typhoon cyclone hurricane
    fire rescue ambulance patrol coastguard relief emergency transit railway railways rail metro
    central
    """.split()
)
# Organisations and places named like people: firms after their founders, and the Arabic
# article "Al"/"El" (also a first name) opening outlets, groups, clubs and towns.
KNOWN_ORGANISATIONS: frozenset[str] = frozenset(
    """morgan stanley|goldman sachs|merrill lynch|lehman brothers|charles schwab|dow jones|
    warner bros|marks spencer|bear stearns|smith barney|ernst young|price waterhouse|
    arthur andersen|wells fargo|fannie mae|freddie mac|johnson johnson|jp morgan|
    morgan grenfell|standard chartered|sotheby|christie|procter gamble|ben jerry|
    louis vuitton|hewlett packard|harley davidson|rolls royce|aston martin|
    mercedes benz|ford motor|general electric|general motors|morgan keegan|philip morris|
    arthur d. little|ku klux klan|
    al jazeera|al arabiya|al qaeda|al qaida|al shabab|al shabaab|al aqsa|al nusra|al fatah|
    al ahly|al hilal|al nassr|al ittihad|al ain|al sadd|al mayadeen|al manar|al ahram|al hayat|
    al quds|al masry|al watan|el watan|el pais|el mundo|el alto|el paso|con edison""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
# Letters after a name: the office ones also give a role ("Margaret Moran MP"); honours not.
OFFICE_LETTERS = frozenset("MP MEP MSP AM MLA QC KC".split())
POST_NOMINALS = OFFICE_LETTERS | frozenset("OBE MBE CBE".split())
# Generational suffixes: "Vann R. Newkirk II", "Sammy Davis Jr." (the surname is the word before).
GENERATION_SUFFIXES = frozenset("Jr Sr II III IV".split())
# Royal and noble titles kept with a one-word name: "Prince Edward", "Lord Ashcroft".
TITLES_KEPT_WITH_SINGLE_NAME = frozenset(
    "prince princess king queen pope lord lady sir dame sheikh emperor empress baroness baron"
    " viscount viscountess countess marquess".split()
)
# Capitalised words that start sentences or headings but never names.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """the a an this that these those it its he she they we i you his her their our my
    your but and or if when while after before as at in on of for to from by with
    without about over under into than then there here what which who whom whose why how
    mr mrs ms dr sir lord lady monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november
    december christmas easter however meanwhile also yet so still even though although
    because since until unless last next new old many most some all any each every both
    no not one two three four five six seven eight nine ten first second third
    according despite during among between such other another more less only just
    officials analysts experts critics sources police minister ministers prime president
    chief government yesterday today tomorrow tonight earlier later now hi hello dear
    congratulations thanks""".split()
)

# Countries with the names and adjectives news uses for them (case as written), mapped to one
# canonical name.
COUNTRY_FORMS: dict[str, str] = {}
for _canonical, _forms in {
    "United Kingdom": (
        "Great Britain|UK|U.K.|Britain|British|England|English|Scotland|Scottish|Wales|Welsh"
    ),
    "United States": "United States|US|U.S.|USA|America|American",
    "Russia": "Russia|Russian",
    "Ukraine": "Ukraine|Ukrainian",
    "Turkey": "Turkey|Turkish|Türkiye",
    "France": "France|French",
    "Germany": "Germany|German",
    "Italy": "Italy|Italian",
    "Spain": "Spain|Spanish",
    "China": "China|Chinese",
    "Japan": "Japan|Japanese",
    "India": "India|Indian",
    "Pakistan": "Pakistan|Pakistani",
    "Iran": "Iran|Iranian",
    "Iraq": "Iraq|Iraqi",
    "Israel": "Israel|Israeli",
    "Syria": "Syria|Syrian",
    "Egypt": "Egypt|Egyptian",
    "Saudi Arabia": "Saudi Arabia|Saudi",
    "Afghanistan": "Afghanistan|Afghan",
    "Canada": "Canada|Canadian",
    "Mexico": "Mexico|Mexican",
    "Brazil": "Brazil|Brazilian",
    "Argentina": "Argentina|Argentine|Argentinian",
    "Australia": "Australia|Australian",
    "New Zealand": "New Zealand",
    "Ireland": "Ireland|Irish",
    "Netherlands": "Netherlands|Dutch",
    "Belgium": "Belgium|Belgian",
    "Poland": "Poland|Polish",
    "Sweden": "Sweden|Swedish",
    "Norway": "Norway|Norwegian",
    "Denmark": "Denmark|Danish",
    "Finland": "Finland|Finnish",
    "Greece": "Greece|Greek",
    "Portugal": "Portugal|Portuguese",
    "Switzerland": "Switzerland|Swiss",
    "Austria": "Austria|Austrian",
    "Belarus": "Belarus|Belarusian",
    "South Korea": "South Korean|South Korea",
    "North Korea": "North Korean|North Korea",
    "South Africa": "South African|South Africa",
    "Nigeria": "Nigeria|Nigerian",
    "Kenya": "Kenya|Kenyan",
    "Indonesia": "Indonesia|Indonesian",
    "Philippines": "Philippines|Filipino",
    "Vietnam": "Vietnam|Vietnamese",
    "Thailand": "Thailand|Thai",
    "Taiwan": "Taiwan|Taiwanese",
    "Venezuela": "Venezuela|Venezuelan",
    "Cuba": "Cuba|Cuban",
    "Hungary": "Hungary|Hungarian",
    "Czech Republic": "Czech Republic|Czech",
    "Romania": "Romania|Romanian",
    "Serbia": "Serbia|Serbian",
    "Georgia": "Georgian",
    "Lebanon": "Lebanon|Lebanese",
    "Jordan": "Jordanian",
    "Palestine": "Palestine|Palestinian",
    "Qatar": "Qatar|Qatari",
    "Yemen": "Yemen|Yemeni",
    "Libya": "Libya|Libyan",
    "Sudan": "Sudan|Sudanese",
    "Ethiopia": "Ethiopia|Ethiopian",
    "Zimbabwe": "Zimbabwe|Zimbabwean",
    "Sierra Leone": "Sierra Leone|Sierra Leonean",
    "El Salvador": "El Salvador|Salvadoran",
    "Guatemala": "Guatemala|Guatemalan",
    "Honduras": "Honduras|Honduran",
    "Nicaragua": "Nicaragua|Nicaraguan",
    "Costa Rica": "Costa Rica|Costa Rican",
    "Panama": "Panama|Panamanian",
    "Colombia": "Colombia|Colombian",
    "Peru": "Peru|Peruvian",
    "Chile": "Chile|Chilean",
    "Bolivia": "Bolivia|Bolivian",
    "Ecuador": "Ecuador|Ecuadorian",
    "Uruguay": "Uruguay|Uruguayan",
    "Paraguay": "Paraguay|Paraguayan",
    "Haiti": "Haiti|Haitian",
    "Dominican Republic": "Dominican Republic",
    "Jamaica": "Jamaica|Jamaican",
    "Morocco": "Morocco|Moroccan",
    "Algeria": "Algeria|Algerian",
    "Tunisia": "Tunisia|Tunisian",
    "Ghana": "Ghana|Ghanaian",
    "Senegal": "Senegal|Senegalese",
    "Ivory Coast": "Ivory Coast|Ivorian",
    "Cameroon": "Cameroon|Cameroonian",
    "Uganda": "Uganda|Ugandan",
    "Tanzania": "Tanzania|Tanzanian",
    "Rwanda": "Rwanda|Rwandan",
    "Somalia": "Somalia|Somali",
    "Congo": "Congo|Congolese",
    "Angola": "Angola|Angolan",
    "Mozambique": "Mozambique|Mozambican",
    "Zambia": "Zambia|Zambian",
    "Malawi": "Malawi|Malawian",
    "Namibia": "Namibia|Namibian",
    "Botswana": "Botswana",
    "Bangladesh": "Bangladesh|Bangladeshi",
    "Sri Lanka": "Sri Lanka|Sri Lankan",
    "Nepal": "Nepal|Nepalese",
    "Myanmar": "Myanmar|Burma|Burmese",
    "Cambodia": "Cambodia|Cambodian",
    "Laos": "Laos|Laotian",
    "Malaysia": "Malaysia|Malaysian",
    "Singapore": "Singapore|Singaporean",
    "Mongolia": "Mongolia|Mongolian",
    "Kazakhstan": "Kazakhstan|Kazakh",
    "Uzbekistan": "Uzbekistan|Uzbek",
    "Azerbaijan": "Azerbaijan|Azerbaijani",
    "Armenia": "Armenia|Armenian",
    "Kuwait": "Kuwait|Kuwaiti",
    "Bahrain": "Bahrain|Bahraini",
    "United Arab Emirates": "United Arab Emirates|UAE|Emirati",
    "Oman": "Oman|Omani",
    "Cyprus": "Cyprus|Cypriot",
    "Malta": "Malta|Maltese",
    "Iceland": "Iceland|Icelandic",
    "Estonia": "Estonia|Estonian",
    "Latvia": "Latvia|Latvian",
    "Lithuania": "Lithuania|Lithuanian",
    "Slovakia": "Slovakia|Slovak",
    "Slovenia": "Slovenia|Slovenian",
    "Croatia": "Croatia|Croatian",
    "Bosnia and Herzegovina": "Bosnia|Bosnian",
    "Albania": "Albania|Albanian",
    "Bulgaria": "Bulgaria|Bulgarian",
    "Moldova": "Moldova|Moldovan",
    "Luxembourg": "Luxembourg",
    "North Macedonia": "North Macedonia|Macedonia|Macedonian",
    "Kosovo": "Kosovo|Kosovan",
    "Montenegro": "Montenegro|Montenegrin",
}.items():
    COUNTRY_FORMS[_canonical] = _canonical
    for _form in _forms.split("|"):
        COUNTRY_FORMS[_form] = _canonical


def country_of(phrase: str) -> str | None:
    """The canonical country for a name or adjective as written ("Britain's" → United Kingdom)."""
    phrase = phrase.strip().removesuffix("'s").removesuffix("’s").removesuffix("'")
    return COUNTRY_FORMS.get(phrase)


# Titles that also work as roles; a role stated in an appositive is preferred to them.
TITLE_ROLES = frozenset(
    """professor rabbi imam bishop archbishop cleric mullah pope king queen prince princess
    general colonel commander admiral captain""".split()
)
# An appositive that is an organisation's name: "Colin Asplin, Blackpool Hotel Association, said".
ORGANISATION_WORDS = frozenset(
    """association federation council union party group company bank institute university
    college society trust foundation agency commission committee authority league club
    corporation board chamber confederation alliance network centre center securities
    police constabulary partners holdings capital trust charity forum congress organisation
    organization unions service""".split()
)


# People named by a nation with no adjective of their own to look up ("the Scot", "the Swede").
DEMONYM_NOUNS = frozenset(
    "Scot Spaniard Swede Dane Briton Croat Serb Pole Finn Turk Kiwi Aussie Brit Argentinian "
    "Filipino Pakistani".split()
)
# How a nation's adjective used as a noun ends ("Australian", "Chinese", "Swiss").
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ss", "ic")


def nationality_sex(word: str) -> str | None:
    """'male', 'female' or 'either' when the word names a person by nation ("Dutchman",
    "Frenchwoman", "Australian", "Scot"), None otherwise."""
    if word[:1].islower():
        return None
    if word.endswith("woman") and country_of(word[:-5]):
        return "female"
    if word.endswith("man") and country_of(word[:-3]):
        return "male"
    country = country_of(word)
    if word in DEMONYM_NOUNS or (
        country not in (None, word) and word.endswith(DEMONYM_ENDINGS)
    ):  # "Australian", "Swiss"; not "France", "Britain", "Iran"
        return "either"
    return None
