"""Named people with roles and affiliations; organisations and places left out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.extract_helpers import article, people_of
from transforms.article import SourceFacts, extract_article
from transforms.names import person_slug
from transforms.people import find_people
from transforms.quotes import extract_quotes


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        ("Foreign Minister Sergio Ramos arrived late.", "Sergio Ramos", "Foreign Minister", None),
        (
            "Britain's Armed Forces Minister James Holt spoke.",
            "James Holt",
            "Armed Forces Minister",
            "United Kingdom",
        ),
        ("Tony Blair, the prime minister, spoke.", "Tony Blair", "prime minister", None),
        (
            "Yukos chief executive Steven Theede resigned.",
            "Steven Theede",
            "chief executive",
            "Yukos",
        ),
        ("Labour MP Diane Abbott objected.", "Diane Abbott", "MP", "Labour"),
        # a role word that is also an organisation's: "House Speaker", "Commons Speaker"
        ("House Speaker Paul Rowan (R-Wis.) said so.", "Paul Rowan", "Speaker", "House"),
        ("Pollster Ann Selzer was cautious.", "Ann Selzer", "Pollster", None),
        # "New" opens a place's name, but is a tenure word before anything else
        ("New York Mayor Bill Lasio said so.", "Bill Lasio", "Mayor", "New York"),
        (
            "New EU trade commissioner Peter Mandel spoke.",
            "Peter Mandel",
            "trade commissioner",
            "EU",
        ),
        (
            "David Frost, director general of the British Chambers of Commerce, warned of costs.",
            "David Frost",
            "director general",
            "British Chambers of Commerce",
        ),
        ("France's President Emmanuel Macron visited.", "Emmanuel Macron", "President", "France"),
        # a courtesy title between role and name; the noun before the head is the role's, the
        # sentence's capitalised first word no organisation
        (
            "Central bank governor Mr Okafor's speech moved markets.",
            "Okafor",
            "bank governor",
            None,
        ),
        # a hyphenated role in an appositive
        ("Ann Leigh, Green co-leader, said the vote was close.", "Ann Leigh", "co-leader", "Green"),
        # the place a correspondent works from is not an affiliation; the possessive owner is
        (
            "The Guardian's correspondent in Lagos, Ruth Adeyemi, reported the strike.",
            "Ruth Adeyemi",
            "correspondent",
            "Guardian",
        ),
        # of a former and a current role, the current one
        (
            "Ruth Kemp, former Labour minister and now a European Commissioner, spoke.",
            "Ruth Kemp",
            "European Commissioner",
            None,
        ),
        # a courtesy title after an appositive role
        ('"We disagree," said its chairman, Sir Colin Marsh.', "Colin Marsh", "chairman", None),
        # tenure words sit between the owner and the role
        (
            "Nokia's newly-appointed chief executive Pekka Lund starts today.",
            "Pekka Lund",
            "chief executive",
            "Nokia",
        ),
        # a lower-case complement belongs to the role; the leading acronym is the employer
        (
            "Ian Ward, ERAA director of air transport, said the rules mislead.",
            "Ian Ward",
            "director of air transport",
            "ERAA",
        ),
        (
            "The chief inspector of schools, Ruth Bell, spoke.",
            "Ruth Bell",
            "chief inspector of schools",
            None,
        ),
        # adviser *to* an organisation
        (
            "Ed Vane, ex-chief economic adviser to the Treasury, said no.",
            "Ed Vane",
            "ex-chief economic adviser",
            "Treasury",
        ),
        # the possessive owner, not the portfolio after "for"
        (
            "Spain is represented by Spain's director general for Europe, Pilar Ruiz.",
            "Pilar Ruiz",
            "director general",
            "Spain",
        ),
        (
            "Britain's Europe Director Tom Hale will attend.",
            "Tom Hale",
            "Director",
            "United Kingdom",
        ),
        # "of <organisation>" after the name, past a descriptor ("IT firm")
        (
            "Equity analyst Nick Lamb of BNP Paribas said the results were modest.",
            "Nick Lamb",
            "analyst",
            "BNP Paribas",
        ),
        (
            '"Customers adapt," says Maria Dunn of IT firm Dimension Data.',
            "Maria Dunn",
            None,
            "Dimension Data",
        ),
        # an occupation known by its ending, with its employer
        (
            "Engr. Musa Ibrahem, a hydrologist with the Hydrological Services Agency, spoke.",
            "Musa Ibrahem",
            "hydrologist",
            "Hydrological Services Agency",
        ),
        # a one-word role before a relative clause
        (
            "Elon Mask, a co-founder who has sued the firm, posted on X.",
            "Elon Mask",
            "co-founder",
            None,
        ),
        # a party in the same clause before the name or its role
        (
            "Liberal Democrat Sarah Kemp, the youngest MP to be elected, spoke.",
            "Sarah Kemp",
            "MP",
            "Liberal Democrat",
        ),
        (
            "And ex-Tory education secretary Gill Shaw recalled it.",
            "Gill Shaw",
            "education secretary",
            "Tory",
        ),
        # an owner with "and" in its name; a sentence-opening "Former" is not the employer
        (
            '"It is big," added Ernst and Young\'s Sanjay Rao.',
            "Sanjay Rao",
            None,
            "Ernst and Young",
        ),
        ("Former Blackburn boss Roy Hale was appointed.", "Roy Hale", "boss", "Blackburn"),
        # an organisation's name as the appositive
        (
            "Colin Ash, Blackpool Hotel Association, said no.",
            "Colin Ash",
            None,
            "Blackpool Hotel Association",
        ),
        # a title before the name gives way to the role the appositive states
        (
            "Rabbi Aaron Hirsch, founder of the Wiesel Center, said so.",
            "Aaron Hirsch",
            "founder",
            "Wiesel Center",
        ),
        # counsel is a role like lawyer
        (
            "Vivid Bank general counsel Maria Osei declined.",
            "Maria Osei",
            "general counsel",
            "Vivid Bank",
        ),
        # clergy by their office
        ("Pastor Kevin Swain slammed the scouts.", "Kevin Swain", "Pastor", None),
        # roles written as letters
        ("The song was written by radio DJ Mike Reid.", "Mike Reid", "DJ", None),
        ("A dinner hosted by deputy PM Jon Prest ended late.", "Jon Prest", "deputy PM", None),
        # a government department's name is the portfolio, not an owner
        (
            "Housing and Urban Development Secretary Juan Castel spoke.",
            "Juan Castel",
            "Housing and Urban Development Secretary",
            None,
        ),
        ("Agriculture Minister Barry Joice said so.", "Barry Joice", "Agriculture Minister", None),
        # whose place it is, not the role's words; a stance is no organisation
        ("Trees came from Oregon, the homeland of Senator Ron Wyde.", "Ron Wyde", "Senator", None),
        ("Anti-war campaigner Lily Shaw spoke.", "Lily Shaw", "campaigner", None),
        # a plural's possessive owner loses its mark
        (
            "Menzies Camp, the Liberal Democrats' foreign affairs spokesman, said so.",
            "Menzies Camp",
            "foreign affairs spokesman",
            "Liberal Democrats",
        ),
        # a participle opening the words before a role describes; a name ending in -ed stays
        ("Uncapped fly-half Andy Goodes was named.", "Andy Goodes", "fly-half", None),
        ("Injured Chelsea winger Arjen Robbe is out.", "Arjen Robbe", "winger", "Chelsea"),
        (
            "Standard Chartered chief executive Mervyn Davis spoke.",
            "Mervyn Davis",
            "chief executive",
            "Standard Chartered",
        ),
        # a date before a role is when, not whose; a day in an owner's name stays
        ("And on 26 November singer Brian Harvy quit.", "Brian Harvy", "singer", None),
        ("On Tuesday Labour chairman Ian McCartny spoke.", "Ian McCartny", "chairman", "Labour"),
        (
            "The book is by Sunday Telegraph journalist Rob Peston.",
            "Rob Peston",
            "journalist",
            "Sunday Telegraph",
        ),
        (
            "(Rural affairs minister) Alun Mikel has avoided us.",
            "Alun Mikel",
            "Rural affairs minister",
            None,
        ),
        (
            "World Anti-Doping Agency chief Dick Pond spoke.",
            "Dick Pond",
            "chief",
            "World Anti-Doping Agency",
        ),
    ],
)
def test_role_and_affiliation_as_the_article_states_them(
    sentence: str, name: str, role: str, affiliation: str | None
) -> None:
    people = people_of(sentence)
    assert name in people
    assert people[name].role == role
    assert people[name].affiliation == affiliation


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        (
            "Carl Emmet, from the Institute for Fiscal Studies, said so.",
            "Carl Emmet",
            "Institute for Fiscal Studies",
        ),
        (
            "Jack Lowe, from voluntary body Drink Focus Scotland, said so.",
            "Jack Lowe",
            "Drink Focus Scotland",
        ),
        ("David Pagett, of Investec Securities, said so.", "David Pagett", "Investec Securities"),
        (
            "Brad Adamson, from the UK's Human Rights Watch, said so.",
            "Brad Adamson",
            "Human Rights Watch",
        ),
        # after a role held at an employer, ", of" or ", at" names where
        (
            "Analyst Carla Milan, of Creative Strategies, said so.",
            "Carla Milan",
            "Creative Strategies",
        ),
        ("Teacher Diane Grance, of Ashford, asked.", "Diane Grance", None),
        # a home town or an address is nobody's employer
        ("Tony Marten, of Burnley, said so.", "Tony Marten", None),
        ("Dan Moss, 34, of Ashford Road, Maidstone, was jailed.", "Dan Moss", None),
        # two names joined by "and" before an organisation's noun are one organisation
        (
            "Det Insp Clare Hartly, of Avon and Somerset Police, said so.",
            "Clare Hartly",
            "Avon and Somerset Police",
        ),
        (
            "Tom Hilly of Devon and Cornwall Police said no.",
            "Tom Hilly",
            "Devon and Cornwall Police",
        ),
        ("Tom Hilly, of Leeds and Bradford, said no.", "Tom Hilly", None),
        (
            "The Director of the Lagos State Fire and Rescue Service, Margret Adeseya, spoke.",
            "Margret Adeseya",
            "Lagos State Fire and Rescue Service",
        ),
        # a determiner opening the sentence owns nothing
        ("Another trader, Ngozi Ezeh, said so.", "Ngozi Ezeh", None),
    ],
)
def test_an_organisation_set_off_by_commas_after_a_name_is_the_affiliation(
    sentence: str, name: str, affiliation: str | None
) -> None:
    assert people_of(sentence)[name].affiliation == affiliation


def test_a_nationality_before_a_name_is_no_part_of_it() -> None:
    people = people_of(
        "Moya went down to fellow Spaniard Guillermo Garcia-Lopez on Monday.",
        "Briton Hayley Yelling won, ahead of Dane Kenneth Carlsen's sister.",
    )
    assert {"Guillermo Garcia-Lopez", "Hayley Yelling", "Kenneth Carlsen"} <= set(people)


def test_a_surname_that_is_a_country_needs_a_title_or_a_reporting_verb() -> None:
    people = people_of(
        "Talks with Jordan went on. Rep. Jim Jordan spoke. Michael Israel said it would pass.",
        "Tate Britain opened a show and Sierra Leone signed the deal.",
    )
    assert sorted(people) == ["Jim Jordan", "Michael Israel"]


def test_a_party_reaches_a_name_only_through_a_title() -> None:
    people = people_of(
        "Tory leader Mike Hale has written to Tom Price about it.",
        "It passed after the Conservatives accepted Prime Minister Ann Shaw's terms.",
        "He beat Jo Rand of the Green Party and independent candidate Phil Mpayim.",
        "She faced Republican and billionaire presidential candidate Don Trumpet.",
    )
    assert people["Mike Hale"].affiliation == "Tory"
    assert people["Tom Price"].affiliation is None
    assert people["Ann Shaw"].affiliation is None
    assert people["Phil Mpayim"].affiliation is None  # independent of any party
    assert people["Don Trumpet"].affiliation == "Republican"


def test_a_spokesman_for_a_person_does_not_make_the_person_a_spokesman() -> None:
    people = people_of("A spokesman for Michael Howard said the views were his own.")
    assert people["Michael Howard"].role is None


def test_earl_is_a_first_name_when_two_names_follow() -> None:
    assert "Earl Ray Tomblin" in people_of("Gov. Earl Ray Tomblin of West Virginia praised it.")
    assert "Earl Spencer" not in people_of("Earl Spencer spoke at the funeral.")


def test_a_peers_territorial_title_is_not_an_employer() -> None:
    people = people_of("Lord Nicholls of Birkenhead, in his ruling, said the law was wrong.")
    assert all(p.affiliation != "Birkenhead" for p in people.values())


def test_a_role_after_a_preposition_belongs_to_somebody_else() -> None:
    people = people_of("Ann Price, a close friend of the president, said it was untrue.")
    assert people["Ann Price"].role is None


def test_surname_mentions_count_for_the_full_name() -> None:
    people = people_of(
        "Angela Merkel met reporters.", "Merkel said the talks went well. Mrs Merkel left."
    )
    assert list(people) == ["Angela Merkel"]
    assert len(people["Angela Merkel"].mentions) == 3


def test_counterpart_takes_the_role_of_the_other_side() -> None:
    people = people_of(
        "Foreign Minister Ivan Petrov and his Polish counterpart Anna Nowak met in Vienna.",
        "Nowak accused her Russian counterpart of stalling.",
    )
    assert people["Anna Nowak"].role == "Foreign Minister"
    assert people["Anna Nowak"].affiliation == "Poland"
    assert people["Ivan Petrov"].affiliation == "Russia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Heappey told Sky News on Sunday.",
        "The European Union said it would respond.",
        "Goldman Sachs said profits rose.",
        "Shares in Deutsche Bank fell in New York.",
        "Exit polls by Edison Research showed a tie.",
        "The book topped the Publishers Weekly list before the Super Bowl.",
        "Hi Americans, the video began.",
        # a run that ends in a role word or a number names a title or a thing
        "He was a former Perry Chief of Staff.",
        "The president boarded Marine One and flew to Camp David.",
        "Age Concern said pensioners would lose out.",
        "Fans of Joy Division and the Coral Consortium of firms were named.",
        # treaties, meetings and campaign events named after a place or a person
        "Everybody believes in the Geneva Convention until they start losing.",
        "Delegates flew home from the Paris Summit and the Madison Caucus.",
        # storms and streets named like people
        "Storm Ciara caused damage in Wales.",
        "He drove down Martin Luther King Boulevard to Jackson Heights.",
        # a name before the works of a series is the series' title
        "The Harry Potter films and the James Bond franchise sold well.",
        'He was Dumbledore in the "Harry Potter" films.',
        # what a role is "of the" is an organisation or a work, not a person
        "He is the billionaire owner of the Dallas Mavericks.",
        # a company whose shares the article trades; a slogan
        "Shares in Elan and Biogen Idec plunged. US partner Biogen Idec shed 43%.",
        "He ran his own campaign beside the official North East Says No campaign.",
        # named after a place of two words whose first is "New"
        "He played for the New York Mets, then the New Jersey Devils, with the New York Dolls.",
        # a constituency after "MP for", "the seat of"
        "Not even the MP for Milton Keynes South or the seat of Stanley North was safe.",
        "The count in York Central was close.",
        # services named after what they do, with a first name before ("Cal")
        "The agency, known as Cal Fire, sent crews. Snow Patrol played on.",
        # the Arabic article "Al" is also a first name
        "She told Al Jazeera that Al Qaeda and Al Shabab had claimed attacks.",
    ],
)
def test_organisations_outlets_and_places_are_not_people(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_an_office_before_a_titled_name_in_apposition_is_no_name() -> None:
    assert list(people_of("Reacting, the Minority Leader, Senator Abba Moro, said no.")) == [
        "Abba Moro"
    ]


def test_a_name_after_a_place_opening_with_new_is_the_name_alone() -> None:
    assert list(people_of("In New York Hillary Clint said she would win.")) == ["Hillary Clint"]


def test_an_office_written_as_a_title_before_a_comma_makes_an_unknown_name_a_person() -> None:
    people = people_of(
        "The Governor of the Central Bank of Nigeria, Olayemi Cardosa, said rates would rise.",
        "He was star of Crouching Tiger, Hidden Dragon. It was run by the director of the "
        "musical, Bombay Dreams.",
    )
    assert list(people) == ["Olayemi Cardosa"]
    assert (people["Olayemi Cardosa"].role, people["Olayemi Cardosa"].affiliation) == (
        "Governor",
        "Central Bank of Nigeria",
    )


def test_nigerian_press_titles_and_offices() -> None:
    people = people_of(
        "Also speaking, the Director-General of the National Emergency Management Agency "
        "(NEMA), Alhaji Mustafa Ahmad, warned of more rains.",
        "The Minister of Humanitarian Affairs and Poverty Alleviation, Dr Betta Eddu, spoke.",
        "Meanwhile, Hon. Sada Solli called for a flood fund.",
    )
    assert set(people) == {"Mustafa Ahmad", "Betta Eddu", "Sada Solli"}
    ahmad, eddu = people["Mustafa Ahmad"], people["Betta Eddu"]
    assert (ahmad.role, ahmad.affiliation, ahmad.gender) == (
        "Director-General",
        "National Emergency Management Agency",
        "male",
    )
    assert (eddu.role, eddu.affiliation) == (
        "Minister of Humanitarian Affairs and Poverty Alleviation",
        None,
    )


def test_an_office_after_a_possessive_and_titles_in_brackets_before_the_name() -> None:
    people = people_of(
        "Governor Dapo Abiodon, who spoke through his Special Adviser on Media, Kayode "
        "Akinmadi, said the state was ready.",
        "The Commissioner for Health, Dr. (Mrs.) Folake Olatunji-Davis, said vaccines had come.",
    )
    assert set(people) == {"Dapo Abiodon", "Kayode Akinmadi", "Folake Olatunji-Davis"}
    assert people["Folake Olatunji-Davis"].role == "Commissioner for Health"


def test_an_acronym_in_brackets_inside_an_office_before_the_name() -> None:
    people = people_of(
        "In his reaction, the Trade Union Congress (TUC) President, Festus Osifu, said no."
    )
    assert (people["Festus Osifu"].role, people["Festus Osifu"].affiliation) == (
        "President",
        "Trade Union Congress",
    )


def test_party_officers_and_comrades_of_nigerian_press() -> None:
    people = people_of(
        "In a statement, the APC National Publicity Secretary, Felix Morca, said no.",
        "Its convener, Comrade Ibrahim Mussa, told newsmen in Abuja it was wrong.",
    )
    assert (people["Felix Morca"].role, people["Felix Morca"].affiliation) == (
        "National Publicity Secretary",
        "APC",
    )
    assert people["Ibrahim Mussa"].role == "convener"


def test_al_as_a_first_name_still_opens_a_persons_name() -> None:
    assert list(people_of("George W. Bush got fewer votes than Al Gore in 2000.")) == [
        "George W. Bush",
        "Al Gore",
    ]


def test_a_first_name_written_without_its_accents_is_still_a_first_name() -> None:
    people = people_of("Francois Hollande met Jiri Novak and Celine Dion in Paris.")
    assert set(people) == {"Francois Hollande", "Jiri Novak", "Celine Dion"}
    assert people["Celine Dion"].gender == "female"


def test_a_rare_accented_name_does_not_make_an_english_word_a_first_name() -> None:
    assert people_of("Come Tomorrow was the band's last album.") == {}


def test_a_surname_that_is_also_a_place_word_needs_more_than_a_first_name() -> None:
    people = people_of(
        "Michael Green, associate professor of history, said so. Tony Banks MP said he agreed.",
        "They met in Victoria Park, near St James Park. Pastor Ray Hill of the Fullness of Joy "
        "Church said no.",
    )
    assert "Michael Green" in people and "Tony Banks" in people
    assert not {"Victoria Park", "James Park", "Joy Church"} & set(people)


def test_a_middle_name_that_is_also_a_place_word_stays_in_the_name() -> None:
    people = people_of("said Kathleen Hall Jamieson, a professor. Bands played the Albert Hall.")
    assert list(people) == ["Kathleen Hall Jamieson"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The band played Are You Lonesome Tonight to close the show.",
        "Their single Do They Know It reached number one again.",
        "In Just the Way You Are, the singer asks for nothing.",
    ],
)
def test_a_capitalised_title_with_a_pronoun_or_verb_is_not_a_person(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_person_slug_folds_accents_and_case() -> None:
    assert person_slug("Sergei Lavrov") == "sergei-lavrov"
    assert person_slug("Mevlüt Çavuşoğlu") == "mevlut-cavusoglu"
    assert person_slug("José María AZNAR") == "jose-maria-aznar"


def test_affiliation_from_a_possessive_owner() -> None:
    people = people_of("Labour's Yvette Cooper said she found it hard.")
    assert people["Yvette Cooper"].affiliation == "Labour"


def test_role_headed_by_its_noun_with_the_organisation_after_at() -> None:
    people = people_of(
        "said Robert Sinche, head of currency strategy at Bank of America in New York."
    )
    assert (people["Robert Sinche"].role, people["Robert Sinche"].affiliation) == (
        "head of currency strategy",
        "Bank of America",
    )


def test_a_party_word_before_a_name_is_not_part_of_it() -> None:
    names = list(people_of("Liberal Democrat Sarah Tether told researchers so."))
    assert names == ["Sarah Tether"]


def test_an_honorific_of_the_other_sex_is_a_namesake_not_the_full_name() -> None:
    text = (
        "Michael Howard and his wife are to tour the country. Mrs Howard will visit "
        "target seats. Mr Howard will host a news conference every morning."
    )
    people = people_of(text)
    assert sorted(people) == ["Howard", "Michael Howard"]
    body = article(text).body

    def before(person: str) -> list[str]:
        return [body[max(0, s - 4) : s].strip() for s, _ in people[person].mentions]

    assert before("Howard") == ["Mrs"]
    assert before("Michael Howard") == ["", "Mr"]


def test_one_sex_of_honorific_never_splits_a_name_whatever_the_first_name_suggests() -> None:
    # first-name guesses are unreliable ("Laurence" reads as a woman's name): only a surname
    # written with both "Mr" and "Mrs" makes two people
    people = people_of("Laurence H. Tribe wrote the brief. Mr. Tribe said it was strong.")
    assert list(people) == ["Laurence H. Tribe"]


def test_a_role_known_only_from_the_description_that_credits_a_quote() -> None:
    parsed = article(
        "Jack Connell opened the debate in Edinburgh on Tuesday.",
        'The first minister said: "We will not be rushed into this."',
    )
    people = find_people(parsed.body)
    quotes = extract_quotes(parsed, people)
    assert [q.speaker.name for q in quotes] == ["Jack Connell"]
    assert people[0].role == "first minister"


def test_an_organisation_credited_with_a_quote_gives_nobody_a_role() -> None:
    parsed = article(
        "Jack Connell opened the debate in Edinburgh on Tuesday.",
        'The Scottish Executive said: "We will not be rushed into this."',
    )
    people = find_people(parsed.body)
    extract_quotes(parsed, people)
    assert people[0].role is None


@pytest.mark.parametrize(
    "relation",
    [
        "for his wife Alice Hale",
        "with his brother, Jim Hale,",
        "and his wife, former Senator Ann Hale",
    ],
)
def test_a_bare_surname_is_not_the_relative_named_in_passing_before_it(relation: str) -> None:
    text = f"Tom Hale spoke in Ohio on Monday {relation}. Hale said the plan would work."
    people = people_of(text)
    body = article(text).body
    said_at = body.index("Hale said")
    assert (said_at, said_at + 4) in people["Tom Hale"].mentions


def test_people_sharing_a_surname_are_each_found() -> None:
    # the longer name's surname must not take the end of the shorter full name
    people = people_of(
        "Melania Trump spoke in Ohio, and former President Bill Clinton campaigned for his "
        "wife Hillary Clinton. Donald Trump replied on Twitter."
    )
    assert sorted(people) == ["Bill Clinton", "Donald Trump", "Hillary Clinton", "Melania Trump"]


def test_a_bare_shared_surname_is_the_one_last_named_in_full() -> None:
    text = (
        "The search has begun with the help of the brother of Simon Cowell. Writer Tony "
        "Cowell is among the judges. Cowell, 54, said it would be fun."
    )
    people = people_of(text)
    body = article(text).body
    bare = body.index("Cowell, 54")
    assert (bare, bare + len("Cowell")) in people["Tony Cowell"].mentions
    assert len(people["Simon Cowell"].mentions) == 1


def test_a_title_with_one_name_is_the_full_name_it_ends() -> None:
    people = people_of(
        "Lord Butler criticised the government.", "Robin Butler chaired the inquiry."
    )
    assert list(people) == ["Robin Butler"]
    assert len(people["Robin Butler"].mentions) == 2


def test_a_police_rank_is_an_honorific() -> None:
    people = people_of(
        "The head of the unit, Detective Superintendent Mick Deats, said so.",
        "Chief Supt Deats went on to warn of more arrests.",
    )
    assert list(people) == ["Mick Deats"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He is an advocate of an Apollo Project-type effort to cultivate new technologies.",
        "The film was a Blair Witch Project for the internet age.",
    ],
)
def test_compound_adjectives_and_projects_are_not_people(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    assert list(people_of("Croatian Ivan Ljubic beat the top seed.")) == ["Ivan Ljubic"]


def test_a_nationality_before_a_role_is_the_affiliation() -> None:
    people = people_of("Malaysian Defence Minister Hisham Hussin spoke.")
    assert people["Hisham Hussin"].affiliation == "Malaysia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Aid arrived in Sri Lanka and El Salvador on Monday.",
        "Ivory Coast beat Congo in the final.",
        "Campaigning for the General Election began.",
    ],
)
def test_countries_and_elections_are_not_people(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_a_relative_named_by_first_name_takes_the_surname_and_the_honorific() -> None:
    text = (
        "Michael Howard's wife, Sandra, is to play a leading role. Mrs Howard will visit "
        "target seats. Mr Howard will host a news conference every morning."
    )
    people = people_of(text)
    assert sorted(people) == ["Michael Howard", "Sandra Howard"]
    body = article(text).body
    assert [body[s:e] for s, e in people["Sandra Howard"].mentions] == ["Sandra", "Howard"]
    assert people["Sandra Howard"].gender == "female"


def test_a_relative_named_in_full_is_not_renamed() -> None:
    people = people_of("Mr Blair's wife Cherie Booth said so. Tony Blair agreed.")
    assert sorted(people) == ["Cherie Booth", "Tony Blair"]


def test_letters_after_a_name_are_not_part_of_it_and_give_the_office() -> None:
    people = people_of(
        "The study was done with the help of Margaret Morgan MP and Guy Mansell QC, the "
        "chairman of the Bar Council."
    )
    assert sorted(people) == ["Guy Mansell", "Margaret Morgan"]
    assert people["Margaret Morgan"].role == "MP"
    assert people["Guy Mansell"].role == "chairman"


def test_a_generational_suffix_is_not_the_surname() -> None:
    people = people_of(
        '"We agree," Vann R. Newkirk II, a writer, said. Martin Lane Jr. said so too. '
        "Mr. Newkirk left."
    )
    assert sorted(people) == ["Martin Lane", "Vann R. Newkirk"]
    assert len(people["Vann R. Newkirk"].mentions) == 2


def test_a_capitalised_descriptor_opening_a_sentence_is_not_part_of_the_name() -> None:
    people = people_of(
        "Cinematographer Walt Mathison shot the film. It ran at the Agence France Presse "
        "office, not at the Tampa Bay Buccaneers."
    )
    assert sorted(people) == ["Walt Mathison"]


def test_a_who_clause_makes_an_unknown_pair_of_names_a_person() -> None:
    people = people_of(
        "Rucker Culpeck, who runs the veterans effort, said so. Migration Watch, who want "
        "less of it, keep a watch on the numbers."
    )
    assert sorted(people) == ["Rucker Culpeck"]


def test_a_quoted_nickname_inside_a_name_is_left_out_of_it() -> None:
    people = people_of('Rep. Robert C. "Bobby" Scott threw open his yard. Mr Scott smiled.')
    assert sorted(people) == ["Robert C. Scott"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("They met Secretary of State Laura Moreau in Rome.", "Laura Moreau", "Secretary of State"),
        (
            "Minister for Foreign Affairs Peter Haddad flew home.",
            "Peter Haddad",
            "Minister for Foreign Affairs",
        ),
        ("Speaker of the House David Brennan said no.", "David Brennan", "Speaker of the House"),
    ],
)
def test_an_office_named_with_of_or_for_is_the_role_before_the_name(
    sentence: str, name: str, role: str
) -> None:
    people = people_of(sentence)
    assert list(people) == [name]
    assert people[name].role == role


def test_an_organisation_after_a_lower_case_role_keeps_its_first_name_like_words() -> None:
    # "Mine" and "Irvine" are first names too; here they are inside organisations' names.
    sentence = (
        "A spokesman for the United Mine Workers said so, and the president of the UC Irvine "
        "Armenian Students Association agreed."
    )
    assert people_of(sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "They met at London's King Cross station on Monday.",
        "The gala was held at the Beverly Hilton hotel.",
        "Fans packed the George V stadium.",
    ],
)
def test_a_capitalised_run_before_a_place_noun_is_no_person(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_a_name_with_an_unknown_first_name_confirmed_by_its_titled_surname() -> None:
    found = people_of(
        "Palaniappan Chidambaram, India's budget chief, spoke in London.",
        'Mr Chidambaram said: "We are open for business."',
    )
    assert "Palaniappan Chidambaram" in found
    assert "Chidambaram" not in found


def test_a_title_case_run_is_not_confirmed_by_a_titled_surname() -> None:
    found = people_of(
        "Classic Clinton: optimistic, unifying.",
        "Senators Rubio and Cruz voted against it.",
        "Mr Clinton and Mr Rubio spoke later.",
    )
    assert "Classic Clinton" not in found
    assert "Senators Rubio" not in found


def test_a_known_first_name_after_a_title_starts_the_confirmed_name() -> None:
    found = people_of(
        "A fresh spat was sparked by Blairite Alan Milburn being brought in.",
        "Mr Milburn said the plan would work.",
    )
    assert "Alan Milburn" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A quarter of a million Sri Lankans are at risk of poverty.",
        "It is struggling to keep up with market leader Best Buy and Wal-Mart.",
    ],
)
def test_a_people_of_a_country_or_a_market_leader_is_no_person(sentence: str) -> None:
    assert people_of(sentence) == {}


def test_a_city_named_like_a_person_is_a_place_when_written_as_one() -> None:
    found = people_of(
        "Shares rose in Hong Kong on Monday.",
        "San Francisco officials agreed, and in San Francisco the mayor, Jane Doe, spoke.",
    )
    assert list(found) == ["Jane Doe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Michael Douglas starred in Jewel Of The Nile and other films.",
        "Shares in Petrel Resources rose sharply.",
        "The Bay Area Laboratory Cooperative was at the centre of the case.",
    ],
)
def test_titles_and_companies_in_capitals_are_no_person(sentence: str) -> None:
    assert set(people_of(sentence)) <= {"Michael Douglas"}


def test_an_office_after_a_title_is_no_person_but_a_role_word_surname_is() -> None:
    found = people_of(
        "The Lord Chancellor will decide, NUJ General Secretary Jeremy Dear said.",
        "Mervyn King spoke later. Mr King said rates would stay on hold.",
    )
    assert set(found) == {"Jeremy Dear", "Mervyn King"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Transport and General Workers Union backed the move.",
        "Profits rose at General Electric, the US conglomerate.",
        "Sculthorpe, who captained St Helens last year, was injured.",
        "The service at St Mary's church was packed.",
    ],
)
def test_an_organisation_or_place_after_a_title_word_is_no_person(sentence: str) -> None:
    assert set(people_of(sentence)) <= {"Sculthorpe"}


@pytest.mark.parametrize(
    "sentence",
    [
        "She won primaries in Florida, Ohio and North Carolina, widening her delegate lead.",
        "North Carolina, which President Barack Obama won in 2008, is close this year.",
    ],
)
def test_a_state_is_no_person_and_a_clause_after_a_comma_is_no_appositive(sentence: str) -> None:
    assert set(people_of(sentence)) <= {"Barack Obama"}


def test_a_relative_named_after_a_titled_surname_takes_the_surname() -> None:
    found = people_of(
        "Gerry Conlon was wrongly convicted.",
        "Mr Conlon's father Giuseppe was arrested too.",
    )
    assert "Giuseppe Conlon" in found


def test_a_birthplace_before_a_name_is_no_part_of_it() -> None:
    found = people_of("The judge, the Indiana-born Gonzalo Curiel, cannot be impartial, he said.")
    assert "Gonzalo Curiel" in found


def test_a_sentence_opened_by_a_role_names_the_subject_of_the_sentence_before() -> None:
    people = people_of(
        "Jane Morrow unveiled the budget on Wednesday.",
        "The chancellor was cheered by her own side, and Tory leader Mark Dale has said little.",
    )
    assert people["Jane Morrow"].role == "chancellor"


def test_a_role_from_a_description_gives_its_owner_as_the_affiliation() -> None:
    people = people_of(
        "Johnny Connors is determined to impress.",
        "The Wasps flanker replaces Denis Leame in the side.",
    )
    assert (people["Johnny Connors"].role, people["Johnny Connors"].affiliation) == (
        "flanker",
        "Wasps",
    )


def test_an_initial_or_abbreviation_in_the_sentence_before_does_not_end_it() -> None:
    people = people_of(
        "Jane P. Morrow unveiled the budget at St. James's Park on Wednesday.",
        "The chancellor was cheered by her own side.",
    )
    assert people["Jane P. Morrow"].role == "chancellor"


def test_a_lede_opened_by_a_role_names_the_subject_of_the_next_sentence() -> None:
    people = people_of(
        "The data protection commissioner says he wants answers from the ministry.",
        'Tom Reid "utterly condemned" the order to shred the files.',
    )
    assert people["Tom Reid"].role == "data protection commissioner"


@pytest.mark.parametrize(
    "paragraphs",
    [
        # two people in the sentence before: either could be the chancellor
        ("Jane Morrow met Peter Hale on Wednesday. The chancellor was cheered by MPs.",),
        # the name does not open the sentence before
        ("There was a row as Jane Morrow left. The chancellor was cheered by MPs.",),
        # the name is inside a quotation
        ('Mr Dale said: "Jane Morrow is wrong." The chancellor was cheered by MPs.',),
        # the role is somebody else's already
        ("Chancellor Ann Price spoke first.", "Jane Morrow left. The chancellor was cheered."),
        # no verb after the role: a possessive, a list
        ("Jane Morrow left. The chancellor's office was shut.",),
        ("Jane Morrow left. The chairman, treasurer and secretary all resigned.",),
    ],
)
def test_a_sentence_opened_by_a_role_needs_one_clear_subject_before(
    paragraphs: tuple[str, ...],
) -> None:
    assert people_of(*paragraphs)["Jane Morrow"].role is None


@pytest.mark.parametrize(
    ("paragraphs", "name", "affiliation"),
    [
        (
            ("Norvel claims its troubles began when its founder Ivan Pasko was arrested.",),
            "Ivan Pasko",
            "Norvel",
        ),
        (
            ("Hartwell Bank said its chief executive, Joan Marsh, would stay on.",),
            "Joan Marsh",
            "Hartwell Bank",
        ),
        # a quotation opens the sentence: the organisation of the sentence before
        (
            (
                "The QAB said the plans were flawed.",
                '"It is wrong," said its chairman, Sir Ian Doyle.',
            ),
            "Ian Doyle",
            "QAB",
        ),
        # an organisation listed right before "its"
        (
            ("The regulator sued Vantex, its chief executive Paul Roche and two others.",),
            "Paul Roche",
            "Vantex",
        ),
        # the organisation named last before "its" in the sentence
        (
            (
                "Tinubo met a delegation of the Nigeria Labour Congress led by its President,"
                " Joe Ajero.",
            ),
            "Joe Ajero",
            "Nigeria Labour Congress",
        ),
        # "Its" opening a sentence: the organisation that opens the sentence before
        (
            (
                "The Central Organisation of Trade Unions, the biggest federation, said it would"
                " sue. Its secretary general, Francis Atwol, spoke.",
            ),
            "Francis Atwol",
            "Central Organisation of Trade Unions",
        ),
    ],
)
def test_its_role_belongs_to_the_organisation_the_sentence_is_about(
    paragraphs: tuple[str, ...], name: str, affiliation: str
) -> None:
    assert people_of(*paragraphs)[name].affiliation == affiliation


def test_its_role_needs_an_organisation_to_refer_to() -> None:
    people = people_of(
        "It said its founder Ivan Pasko had left.",
        "The Long Night has its star Mia Lund as a ghost.",
        "Lawyers for Delta Bank argue a house in Houston is owned by its finance chief"
        " Bruce Misam.",
    )
    assert people["Ivan Pasko"].affiliation is None
    assert people["Mia Lund"].affiliation is None
    assert people["Bruce Misam"].affiliation is None  # Houston is nearer than the bank


def test_its_before_a_name_without_a_role_gives_no_owner() -> None:
    people = people_of(
        "Donald Trump was criticised.",
        "The US was slow and India had its own problems, Ms Clara Shortt said.",
        "Former Cabinet minister Clara Shortt spoke.",
    )
    assert people["Clara Shortt"].affiliation is None


def test_a_state_written_after_a_name_is_no_part_of_it() -> None:
    people = people_of("It was a quiet night at the Ted Cruse North Carolina victory party.")
    assert list(people) == ["Ted Cruse"]


def test_an_organisation_named_after_its_noun_is_no_part_of_the_next_name() -> None:
    people = people_of(
        "General secretary of the public services union Unicorn Dave Preston said no.",
        "He spoke to an analyst for the investment company Janney Montgomery Scott.",
    )
    assert "Dave Preston" in people
    assert "Montgomery Scott" not in people


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Film-maker Spike Lane said the market was huge.", "Spike Lane", "Film-maker"),
        ("Teacher Diane Grange, from London, asked about class sizes.", "Diane Grange", "Teacher"),
        ("The retired farmer Tony Marten was freed on Monday.", "Tony Marten", "farmer"),
        ("Team doctor James Robb said the injury was minor.", "James Robb", "doctor"),
        ("Referee Alan Wiley sent him off.", "Alan Wiley", "Referee"),
        ("Playwright Alan Bennett was there.", "Alan Bennett", "Playwright"),
        ("Arsenal keeper Jens Lemann saved it.", "Jens Lemann", "keeper"),
        ("Quarterback Tom Brayde threw twice.", "Tom Brayde", "Quarterback"),
        ("England full-back Jason Robson scored.", "Jason Robson", "full-back"),
        ("The comedian Chris Rock hosted.", "Chris Rock", "comedian"),
        ("Ann Lee, a security expert at Cisco, said so.", "Ann Lee", "security expert"),
        # describing words are no part of the role
        ("He beat his fellow sprinter Kostas Kenteris.", "Kostas Kenteris", "sprinter"),
    ],
)
def test_occupations_are_roles(sentence: str, name: str, role: str) -> None:
    assert people_of(sentence)[name].role == role


def test_a_law_or_a_system_named_after_a_role_is_no_person() -> None:
    people = people_of(
        "The Every Student Succeeds Act passed, and the Teacher Retirement System of Texas lost."
    )
    assert people == {}


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        # a person before "and" is no part of the next owner
        (
            "France's Hind Dehibo and Russia's Svetlana Cherkasov ran.",
            "Svetlana Cherkasov",
            "Russia",
        ),
        # a relative clause after the organisation is no part of it
        (
            "Mike Newman, spokesperson for the BSA which commissioned the survey, said so.",
            "Mike Newman",
            "BSA",
        ),
        # a courtesy title before a role is no organisation
        ("The ruling by Mr Justice Eadie was upheld.", "Eadie", None),
        # "ex-" says the past, "-born" a birthplace
        ("Ex-Labour leader Neil Kinnok spoke.", "Neil Kinnok", "Labour"),
        ("The Swansea-born actor Terry Palmar died.", "Terry Palmar", None),
    ],
)
def test_what_stands_around_an_organisation_is_no_part_of_it(
    sentence: str, name: str, affiliation: str | None
) -> None:
    assert people_of(sentence)[name].affiliation == affiliation


def test_a_business_named_after_its_trade_noun_is_no_person() -> None:
    people = people_of(
        "Accountancy firm Grant Thorne said bookmaker William Hull cut the odds.",
        "Married publisher Kimberly Quinny spoke.",
    )
    assert list(people) == ["Kimberly Quinny"]


def test_a_brand_after_the_verb_of_making_it_is_no_person() -> None:
    people = people_of("Norbrew, which makes Stella Martens, said profits rose, Tom Reed said.")
    assert list(people) == ["Tom Reed"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Ryan Hale is an analyst. Said Hale: "I do not get the sense she cares about tax."',
        'Ryan Hale is an analyst. Added Hale, "I do not get the sense she cares."',
    ],
)
def test_a_reporting_verb_opening_the_sentence_is_no_first_name(paragraph: str) -> None:
    assert list(people_of(paragraph)) == ["Ryan Hale"]


def test_a_first_name_spelt_like_a_reporting_verb_stays_a_name() -> None:
    assert list(people_of("Said Jalili, the negotiator, said talks would go on.")) == [
        "Said Jalili"
    ]


def test_a_saints_name_opening_a_capitalised_run_is_a_place() -> None:
    people = people_of(
        "The shooting in San Bernardino shook Santa Barbara, Tom Reed said.",
        "Jez San bought the firm back. Mr San said he was pleased.",
    )
    assert sorted(people) == ["Jez San", "Tom Reed"]


@pytest.mark.parametrize("office", ["MSP", "MLA"])
def test_devolved_members_letters_are_an_office_before_a_name(office: str) -> None:
    people = people_of(f'Labour {office} Christine Hale had said the plan was "very clever".')
    assert (people["Christine Hale"].role, people["Christine Hale"].affiliation) == (
        office,
        "Labour",
    )


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("If coach Peter Lund is right, the team will win.", "Peter Lund", None),
        ("Their former coach Christos Tzakas said nothing.", "Christos Tzakas", None),
        ("As Tory leader Michael Hale said, the plan is sound.", "Michael Hale", "Tory"),
        ("Four-time champion Andrea Gassi said he was fit.", "Andrea Gassi", None),
        ("That's Life host Esther Ranzen said the show was fine.", "Esther Ranzen", None),
    ],
)
def test_a_word_opening_the_sentence_is_no_organisation_before_a_role(
    sentence: str, name: str, affiliation: str | None
) -> None:
    assert people_of(sentence)[name].affiliation == affiliation


def test_a_role_given_with_an_article_keeps_no_article() -> None:
    people = people_of("The scandal involved the ex-president of Bank of China, Wang Xuebin.")
    assert people["Wang Xuebin"].role == "ex-president"


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("Brian Fallo, a spokesman for Mrs. Clinton, said it was fine.", "Brian Fallo", "Clinton"),
        ("Nelson Dias, a former aide to Mr. Rubio's campaign, said so.", "Nelson Dias", "Rubio"),
        ("Oscar-winning director Hayao Miyazak said he was pleased.", "Hayao Miyazak", None),
    ],
)
def test_whose_office_is_the_name_after_a_courtesy_title_and_no_praise(
    sentence: str, name: str, affiliation: str | None
) -> None:
    assert people_of(sentence)[name].affiliation == affiliation


def test_majority_and_minority_belong_to_the_role_not_the_chamber() -> None:
    people = people_of("Senate Minority Leader Harold Reed said the bill was dead.")
    assert (people["Harold Reed"].role, people["Harold Reed"].affiliation) == (
        "Minority Leader",
        "Senate",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Naureen Jahangir, a Sanders supporter from Hemet, will not back the nominee.",
        "Qorvena Brackwater, a retired steel worker, ran the club for years.",
    ],
)
def test_an_appositive_only_people_fit_makes_a_person_of_an_unknown_first_name(
    sentence: str,
) -> None:
    assert len(people_of(sentence)) == 1


def test_an_appositive_of_another_noun_makes_no_person() -> None:
    assert people_of("Hemet Valley, a town of farms, voted for the measure.") == {}


def test_a_surname_particle_capitalised_at_a_sentence_start_is_the_same_person() -> None:
    people = people_of(
        "New York Mayor Bill de Blasio spoke on Sunday.",
        "De Blasio said the blast was deliberate. Ruud van Nistelrooy scored twice.",
        "Van Nistelrooy left the pitch.",
    )
    assert set(people) == {"Bill de Blasio", "Ruud van Nistelrooy"}
    assert len(people["Bill de Blasio"].mentions) == 2


def test_what_someone_else_serves_as_before_a_name_and_its_verb_is_no_role() -> None:
    people = people_of(
        "George W Bush will be more consensual as he begins his second term as US President, "
        "Tony Blair has said.",
        "Apple's chief executive, Tim Cook, called it crap.",
    )
    assert people["Tony Blair"].role is None
    assert people["Tim Cook"].role == "chief executive"


def test_words_run_together_from_page_markup_make_no_person() -> None:
    people = people_of(
        "Julia CravenFlagShareLikeReplyAni Vrabel posted at noon. Jim McDonald watched the "
        "Presidential Candidates Debate."
    )
    assert set(people) == {"Jim McDonald"}


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        # an organisation named in several capitalised words owns the role after it
        (
            "Ann Rees, the Manchester United manager, said so.",
            "Ann Rees",
            "manager",
            "Manchester United",
        ),
        (
            "Ann Rees, the Republic of Ireland manager, said so.",
            "Ann Rees",
            "manager",
            "Republic of Ireland",
        ),
        (
            "Mark Carne, the Bank of England governor, said so.",
            "Mark Carne",
            "governor",
            "Bank of England",
        ),
        (
            "The Bank of England governor Mark Carne said so.",
            "Mark Carne",
            "governor",
            "Bank of England",
        ),
        (
            "Republic of Ireland manager Ann Rees said so.",
            "Ann Rees",
            "manager",
            "Republic of Ireland",
        ),
        (
            "Chamber of Commerce president Ed Moss said so.",
            "Ed Moss",
            "president",
            "Chamber of Commerce",
        ),
        ("Marks & Spencer boss Stu Rose said so.", "Stu Rose", "boss", "Marks & Spencer"),
        (
            "Jo Hill, the Liberal Democrat health spokeswoman, said so.",
            "Jo Hill",
            "health spokeswoman",
            "Liberal Democrat",
        ),
        (
            "Jo Hill, the White House press secretary, said so.",
            "Jo Hill",
            "press secretary",
            "White House",
        ),
        (
            "Jo Hill, the State Department's climate envoy, said so.",
            "Jo Hill",
            "climate envoy",
            "State Department",
        ),
        # a portfolio after "of" and words joined by "and" belong to the title
        ("Jo Hill, the Secretary of State, said so.", "Jo Hill", "Secretary of State", None),
        (
            "Jo Hill, the US Secretary of State, said so.",
            "Jo Hill",
            "Secretary of State",
            "United States",
        ),
        (
            "Jo Hill, the Chancellor of the Exchequer, said so.",
            "Jo Hill",
            "Chancellor of the Exchequer",
            None,
        ),
        (
            "Jo Hill, the Trade and Industry Secretary, said so.",
            "Jo Hill",
            "Trade and Industry Secretary",
            None,
        ),
        ("Crown Prince Ali bin Nayef said so.", "Ali bin Nayef", "Crown Prince", None),
        # but an adviser "to the Treasury" works for it
        (
            "Ed Bell, ex-chief economic adviser to the Treasury, said so.",
            "Ed Bell",
            "ex-chief economic adviser",
            "Treasury",
        ),
        # a word opening the sentence or a pronoun is neither role nor owner
        (
            "Yesterday Argentina's economy minister, Rob Lava, said so.",
            "Rob Lava",
            "economy minister",
            "Argentina",
        ),
        ("The firm denied it. Its lawyer, Hugh Ray, said so.", "Hugh Ray", "lawyer", None),
    ],
)
def test_whose_role_it_is_when_the_owner_has_several_words(
    sentence: str, name: str, role: str, affiliation: str | None
) -> None:
    person = next(p for p in find_people(sentence) if p.name == name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_roles_joined_by_and_split_only_after_a_role() -> None:
    text = "Tom Hale, a former Labour minister and now a European Commissioner, said so."
    assert (
        next(p for p in find_people(text) if p.name == "Tom Hale").role == "European Commissioner"
    )
    text = "Rob Kean, skipper for the night and scorer of the second goal, said so."
    assert (
        next(p for p in find_people(text) if p.name == "Rob Kean").role == "skipper for the night"
    )


def test_the_arabic_article_joined_to_a_surname_is_part_of_the_name() -> None:
    text = (
        'President Bashar al-Assad spoke. Mr Assad added: "We will win." '
        "Abdel Fattah el-Sisi listened. Jabhat al-Nusra and Ansar al-Sharia were not invited."
    )
    people = {p.name: p for p in find_people(text)}
    assert set(people) == {"Bashar al-Assad", "Abdel Fattah el-Sisi"}
    assert len(people["Bashar al-Assad"].mentions) == 2  # "Mr Assad" is him
    # the same person whether or not the article is written: one person_id across articles
    assert person_slug("Bashar al-Assad") == person_slug("Bashar Assad") == "bashar-assad"
    assert person_slug("Al Gore") == "al-gore"


@pytest.mark.parametrize(
    ("sentence", "name", "role", "gender"),
    [
        # "bin", "bint", "al" are no words of their own in a long name; Sheikh is a title
        (
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thanu said so.",
            "Mohammed bin Abdulrahman Al Thanu",
            "Prime Minister",
            "male",
        ),
        ("Emir Tamim bin Hamad al-Thanu said so.", "Tamim bin Hamad al-Thanu", "Emir", "male"),
        ("Sheikha Moza bint Nasir said she would go.", "Moza bint Nasir", None, "female"),
        (
            "President Luiz Inacio Lula da Silvo said he would go.",
            "Luiz Inacio Lula da Silvo",
            "President",
            None,  # not known from the name
        ),
    ],
)
def test_long_arabic_and_portuguese_names(
    sentence: str, name: str, role: str | None, gender: str | None
) -> None:
    person = people_of(sentence)[name]
    assert (person.role, person.gender) == (role, gender)


@pytest.mark.parametrize(
    "text",
    [
        "Harry Potter author Jo Rowlings will receive an award.",
        "The show starred Manfred Mann singer Paul Jonas.",
        "Shiv Sena (UBT) chief Uddhav Thakeray offered prayers.",
        "Fair Trials Abroad director Steven Jakobi said so.",
    ],
)
def test_a_name_only_ever_written_as_the_owner_of_a_role_of_things_is_no_person(
    text: str,
) -> None:
    assert len(people_of(text)) == 1


def test_a_person_may_own_an_aide_or_be_named_elsewhere() -> None:
    people = people_of(
        "Hillary Clinton aide Huma Abeden spoke.",
        "Paul Jonas was there. Paul Jonas singer Mia Lund came too.",
    )
    assert {"Hillary Clinton", "Huma Abeden", "Paul Jonas", "Mia Lund"} <= set(people)


def test_a_long_title_in_a_romance_language_is_no_name() -> None:
    people = people_of(
        "The song Al Otro Lado Del Rio won.", "Banca Monte dei Paschi di Siena said so."
    )
    assert not any(len(name.split()) > 3 for name in people)


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        # lower-case nouns before the head belong to the role when its organisation is named
        ("Ann Rees, an aviation analyst at BNP, said so.", "Ann Rees", "aviation analyst", "BNP"),
        (
            "Ann Rees, chief currency strategist at UBS, said so.",
            "Ann Rees",
            "chief currency strategist",
            "UBS",
        ),
        (
            "Jo Hill, Microsoft's security manager, said so.",
            "Jo Hill",
            "security manager",
            "Microsoft",
        ),
        # words that describe the holder are left out; the owner is kept
        ("Jo Hill, Marsh's new chief executive, said so.", "Jo Hill", "chief executive", "Marsh"),
        # alone, a lower-case noun before the head is not trusted ("a great leader")
        ("John Brown, a great leader, said so.", "John Brown", "leader", None),
        # a clause after the head's complement ends the role
        (
            "Dan Fent, a strategist for progressive causes whose agency grew, said so.",
            "Dan Fent",
            None,
            None,
        ),
    ],
)
def test_nouns_before_a_role_head(
    sentence: str, name: str, role: str | None, affiliation: str | None
) -> None:
    person = next(p for p in find_people(sentence) if p.name == name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The club was warned. Dipo Alli says he has received an offer.", "Dipo Alli"),
        ("Quina Jones, 46, said the city was calm.", "Quina Jones"),
        ("Bola Tinubu told reporters he would run.", "Bola Tinubu"),
    ],
)
def test_a_name_that_speaks_of_itself_as_he_or_she_or_has_an_age_is_a_person(
    text: str, name: str
) -> None:
    assert name in {p.name for p in find_people(text)}


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("The inquiry, chaired by Baroness Hallet, reported.", "Baroness Hallet", "female"),
        ("Lord Bethal said planning had failed.", "Lord Bethal", "male"),
        ("Viscount Ridly spoke in the debate.", "Viscount Ridly", "male"),
    ],
)
def test_a_peer_named_by_title_and_one_name_keeps_the_title(
    text: str, name: str, gender: str
) -> None:
    assert people_of(text)[name].gender == gender


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("Reform UK leader Nigel Farrage said so.", "Nigel Farrage", "Reform UK"),
        ("Priorities USA chief strategist Guy Cecill said so.", "Guy Cecill", "Priorities USA"),
        # a modifier or a party before the country: the country's
        ("Democratic US senator Tom Kaine said so.", "Tom Kaine", "United States"),
        ("Former US ambassador John Bolt said so.", "John Bolt", "United States"),
    ],
)
def test_a_name_ending_in_a_country_in_capitals_is_an_organisation(
    sentence: str, name: str, affiliation: str
) -> None:
    assert people_of(sentence)[name].affiliation == affiliation


def test_a_name_whose_surname_is_given_an_age_elsewhere_is_a_person() -> None:
    people = people_of(
        "Virat Kohla hit an unbeaten 121 as India won.",
        "Kohla, 35, shared a partnership of 156.",
        "Sierra Leone won. Leone, a nation of hills, agreed.",
    )
    assert "Virat Kohla" in people
    assert "Sierra Leone" not in people


@pytest.mark.parametrize(
    ("paragraphs", "name", "role", "affiliation"),
    [
        # a world region before the role is the role's
        (
            ("Amnesty International's Middle East director, Heba Morayf, said so.",),
            "Heba Morayf",
            "Middle East director",
            "Amnesty International",
        ),
        (("Oxfam Asia director Sam Smyth said so.",), "Sam Smyth", "Asia director", "Oxfam"),
        (
            (
                "Human Rights Watch said so.",
                "Its Central Africa director, Lewis Mudg, said the vote was not free.",
            ),
            "Lewis Mudg",
            "Central Africa director",
            "Human Rights Watch",
        ),
        # a country is whose it is
        (("South Africa coach Jake Whyte said so.",), "Jake Whyte", "coach", "South Africa"),
        # the last words of a quotation are nobody's owner; a title in marks may be
        (
            ('"Sales are rising in western Europe," mobile analyst Carla Milan told the BBC.',),
            "Carla Milan",
            "mobile analyst",
            None,
        ),
        (('"The Daily Show" host Trev Noah said so.',), "Trev Noah", "host", "Daily Show"),
    ],
)
def test_regions_and_quotations_before_a_role(
    paragraphs: tuple[str, ...], name: str, role: str, affiliation: str | None
) -> None:
    person = people_of(*paragraphs)[name]
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_name_set_off_as_a_subject_then_spoken_of_as_she_is_a_person() -> None:
    people = people_of(
        "Shami Chakrabati, from rights group Liberty, joined calls for change."
        ' She said: "It is not a game."',
        "Lib Dem leader Charles Kennedi agreed. He said it was right.",
    )
    assert "Shami Chakrabati" in people
    assert "Lib Dem" not in people


def test_a_group_that_speaks_of_someone_as_he_is_no_person() -> None:
    text = "Victims and Citizens Against Crime said he should not be working."
    assert find_people(text) == []


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        ("Information Minister Lai Mohamed spoke.", "Lai Mohamed", "Information Minister", None),
        (
            "Nigeria's Petroleum Minister Timi Sylvan spoke.",
            "Timi Sylvan",
            "Petroleum Minister",
            "Nigeria",
        ),
        (
            "Civil Protection Minister Vassilis Kikilas spoke.",
            "Vassilis Kikilas",
            "Civil Protection Minister",
            None,
        ),
        (
            "Youth and Sports Minister John Enok spoke.",
            "John Enok",
            "Youth and Sports Minister",
            None,
        ),
        # after "for" too, the ministry is the title's: not an employer
        (
            "The Minister for the Interior, Ambrose Deri, said so.",
            "Ambrose Deri",
            "Minister for the Interior",
            None,
        ),
        (
            "A spokesman for the Treasury, John Hale, said so.",
            "John Hale",
            "spokesman",
            "Treasury",
        ),
        # a field between "chief" and "officer" is the role's
        (
            "Jennifer Newsted, its chief legal officer, said so.",
            "Jennifer Newsted",
            "chief legal officer",
            None,
        ),
        # before other heads the same words end a name
        (
            "Thames Water chief executive Chris Weston spoke.",
            "Chris Weston",
            "chief executive",
            "Thames Water",
        ),
    ],
)
def test_a_portfolio_before_minister_or_secretary_is_part_of_the_title(
    sentence: str, name: str, role: str, affiliation: str | None
) -> None:
    person = next(p for p in find_people(sentence) if p.name == name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_first_names_common_in_africa_and_asia_are_first_names() -> None:
    people = people_of(
        "Chinedu Okafer and Ngozi Adeyemo met Kwame Boatang and Sahil Kapoer at the summit.",
        "Okafer said he was pleased and Adeyemo said she agreed.",
    )
    assert {"Chinedu Okafer", "Ngozi Adeyemo", "Kwame Boatang", "Sahil Kapoer"} <= set(people)
    assert (people["Chinedu Okafer"].gender, people["Ngozi Adeyemo"].gender) == (
        "male",
        "female",
    )


def test_a_first_name_written_with_an_accent_the_name_data_lacks() -> None:
    people = people_of("Micheál Marten said yes.", "Siobhán McSweeny won.")
    assert {"Micheál Marten", "Siobhán McSweeny"} <= set(people)
    assert people["Siobhán McSweeny"].gender == "female"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("The Taoiseach, Leo Varadkor, said no.", "Leo Varadkor", "Taoiseach"),
        ("Tánaiste Micheál Marten echoed the comments.", "Micheál Marten", "Tánaiste"),
        # an office is evidence of a person whose first name the name data lacks
        (
            "Former public protector Thuli Madonsella said so.",
            "Thuli Madonsella",
            "public protector",
        ),
        ("The energy ombudsman Thuli Mabena agreed.", "Thuli Mabena", "energy ombudsman"),
    ],
)
def test_national_offices_are_roles(sentence: str, name: str, role: str) -> None:
    assert people_of(sentence)[name].role == role


def test_dean_is_still_a_first_name() -> None:
    assert "Dean Macey" in {p.name for p in find_people("Dean Macey said he was fit.")}


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("He said aviation analyst Mike Powell was wrong.", "Mike Powell", "aviation analyst"),
        ("Labour party leader John Brown said so.", "John Brown", "party leader"),
        ("Firefighter Jim Bolt said the blaze spread fast.", "Jim Bolt", "Firefighter"),
        ("Forecaster Ryan Kitt told NPR it was dry.", "Ryan Kitt", "Forecaster"),
        (
            "Opposition Leader Peter Dutten said Labor could not be trusted.",
            "Peter Dutten",
            "Opposition Leader",
        ),
        (
            "Union Finance Minister Nirmala Sitharamen announced the package.",
            "Nirmala Sitharamen",
            "Union Finance Minister",
        ),
        # after "of", and after a modifier such as "former"
        ("He sought the release of aid worker Margaret Hass.", "Margaret Hass", "aid worker"),
        (
            "The former campaign manager Barry Benn said so.",
            "Barry Benn",
            "former campaign manager",
        ),
        ("Fans of teenage striker Wayne Roon cheered.", "Wayne Roon", "striker"),
        # after a preposition; not after "to" before a verb, nor after "what"
        ("Murati left along with research chief Bob McGrue.", "Bob McGrue", "research chief"),
        ("They voted to oust chairman Zheng Junhu.", "Zheng Junhu", "chairman"),
        (
            "President William Rutto met opposition leader Raila Odingo in Nairobi.",
            "Raila Odingo",
            "opposition leader",
        ),
        ("It led to what aide Kevin Philps called a strategy.", "Kevin Philps", "aide"),
        # a portfolio before the noun of the office
        (
            "Chinese foreign ministry spokeswoman Mao Ning said so.",
            "Mao Ning",
            "foreign ministry spokeswoman",
        ),
        (
            "Democratic vice presidential nominee Tim Kane spoke.",
            "Tim Kane",
            "vice presidential nominee",
        ),
        # a sentence's capitalised first word the article also writes in lower case
        (
            "Aviation shares fell as aviation stocks slid. Aviation analyst Mike Powell spoke.",
            "Mike Powell",
            "Aviation analyst",
        ),
        # not a verb, a preposition, a time word, or a word before a capitalised title
        ("They went to meet council leader John Brown.", "John Brown", "leader"),
        ("It was a defeat for President Bill Clinton.", "Bill Clinton", "President"),
        ("Last year actor Shane Richie won.", "Shane Richie", "actor"),
    ],
)
def test_a_noun_before_a_role_before_the_name(sentence: str, name: str, role: str) -> None:
    assert next(p for p in find_people(sentence) if p.name == name).role == role


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        ("Sen. Eliza Warne (D-Mass.) called it a giveaway.", "Eliza Warne", "Senator", "Democrat"),
        ("New Jersey Gov. Chris Christo said no.", "Chris Christo", "Governor", "New Jersey"),
        (
            "Rep. Kevin McCart, R-Calif., the House minority leader, said no.",
            "Kevin McCart",
            "minority leader",
            "House",
        ),
        (
            "U.S. Treasury Secretary Jan Yell said so.",
            "Jan Yell",
            "Treasury Secretary",
            "United States",
        ),
        ("Gen. David Petro testified.", "David Petro", "General", None),
    ],
)
def test_us_style_short_offices_and_party_tags(
    sentence: str, name: str, role: str, affiliation: str | None
) -> None:
    person = people_of(sentence)[name]
    assert (person.role or person.title, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Det Ch Insp Mark Smyth said the attack was brutal.",
            "Mark Smyth",
            "Detective Chief Inspector",
        ),
        ("PC Andrew Harpen died at the scene.", "Andrew Harpen", "Police Constable"),
        ("Ch Supt Paula Grey appealed for witnesses.", "Paula Grey", "Chief Superintendent"),
        ("Lt Col Rupert Thorne was killed in Helmand.", "Rupert Thorne", "Lieutenant Colonel"),
        ("Prof Naveed Sattor, of the University of Glasgow, agreed.", "Naveed Sattor", "Professor"),
        # Nigerian police ranks, before first names the name data may not know
        (
            "It was signed by SP Abdullahi Kiyawo on Wednesday.",
            "Abdullahi Kiyawo",
            "Superintendent of Police",
        ),
        # and Ghanaian ones
        (
            "DCOP Timothy Yaw Abrokwa said so.",
            "Timothy Yaw Abrokwa",
            "Deputy Commissioner of Police",
        ),
        # an office set off before the rank is the role, as before any title
        (
            "It was signed by the command's spokesperson, SP Abdullahi Kiyawo, on Wednesday.",
            "Abdullahi Kiyawo",
            "spokesperson",
        ),
        (
            "The Regional Police Commander, DCOP Timothy Yaw Abrokwa, said so.",
            "Timothy Yaw Abrokwa",
            "Commander",
        ),
        ("Lt. Gov. Ralph Norton chaired the session.", "Ralph Norton", "Lieutenant Governor"),
    ],
)
def test_british_ranks_written_short_without_points(sentence: str, name: str, role: str) -> None:
    person = people_of(sentence)[name]
    assert (person.role or person.title) == role


def test_a_short_office_is_the_people_table_role_but_matches_no_description() -> None:
    text = (
        "Title\n\nSen. Bern Sand spoke first.\n\nMarco Rubi then arrived. Rubi said his "
        'campaign was "closing really strong," and the senator said: "We will win."\n'
    )
    found = extract_article(
        text,
        SourceFacts("x.txt", "-", "utf-8"),
        run_id="r",
        ingested_at=datetime.now(UTC),
        extractor_version="v",
    )
    assert {p["name"]: p["role"] for p in found.people}["Bern Sand"] == "Senator"
    speaker = {q["quote_text"]: q["speaker_name"] for q in found.quotes}["We will win."]
    assert speaker == "Marco Rubi"


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        ("Tom Baker, a Democrat from Ohio, said so.", "Tom Baker", None, "Democrat"),
        ("Jim Hale, a West Virginia Republican, said so.", "Jim Hale", None, "Republican"),
        ("Tom Baker, a Republican, said so.", "Tom Baker", None, "Republican"),
        ("Tom Baker, 45, a teacher from Leeds, said so.", "Tom Baker", "teacher", None),
        ("Ben Jeal, the youngest leader of the NAACP, said so.", "Ben Jeal", "leader", "NAACP"),
    ],
)
def test_party_and_age_appositives(
    sentence: str, name: str, role: str | None, affiliation: str | None
) -> None:
    person = people_of(sentence)[name]
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "sentence",
    [
        "Philip Morris said sales rose.",
        "The Ku Klux Klan said nothing.",
        "Marc Fisher Footwear said sales rose.",
        "The department of Housing and Urban Development said no.",
    ],
)
def test_firms_and_groups_that_read_like_names_are_no_people(sentence: str) -> None:
    assert find_people(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        (
            "Tom Bake, who chairs the Senate Armed Services Committee, said so.",
            "Tom Bake",
            "chairman",
            "Senate Armed Services Committee",
        ),
        (
            "Jane Roe, who heads the Federal Reserve, said so.",
            "Jane Roe",
            "head",
            "Federal Reserve",
        ),
        ("Tom Bake, who founded Acme Corp. in 1990, said so.", "Tom Bake", "founder", "Acme Corp"),
        # an organisation named in lower case is not trusted
        ("Tom Bake, who runs a bakery, said so.", "Tom Bake", None, None),
    ],
)
def test_an_office_held_in_a_relative_clause(
    sentence: str, name: str, role: str | None, affiliation: str | None
) -> None:
    person = people_of(sentence)[name]
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_name_that_modifies_a_noun_takes_no_role_ending_in_an_article() -> None:
    people = people_of(
        "Ivanka Trumpe spoke on Monday.",
        "A representative for the Ivanka Trumpe brand said it offers leave.",
    )
    assert people["Ivanka Trumpe"].role is None
