"""Quotations and speakers: one test per attribution pattern."""

from __future__ import annotations

import pytest

from tests.extract_helpers import article, quotes_of, speakers
from transforms.people import find_people
from transforms.quotes import extract_quotes
from transforms.sentences import sentence_bounds


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # X said: "…"  (colon lead-in)
        (
            ['Chancellor Gordon Brown said: "Growth will stay strong this year."'],
            [("Growth will stay strong this year.", "Gordon Brown")],
        ),
        # "…," X said.
        (
            ["Gordon Brown visited Leeds.", '"We will not raise taxes," Mr Brown said.'],
            [("We will not raise taxes,", "Gordon Brown")],
        ),
        # "…," said X.
        (
            ['"The plan is dead," said Angela Merkel on Friday.'],
            [("The plan is dead,", "Angela Merkel")],
        ),
        # X told Y "…"
        (
            ['"Prices will fall soon," Heidi Larson told the BBC.'],
            [("Prices will fall soon,", "Heidi Larson")],
        ),
        # according to X
        (
            ['According to Maria Lopez, "the vote was rigged from the start".'],
            [("the vote was rigged from the start", "Maria Lopez")],
        ),
        # X, the chancellor, said "…"
        (
            ['Gordon Brown, the chancellor, said "the economy is in good shape" today.'],
            [("the economy is in good shape", "Gordon Brown")],
        ),
        # organisation / description as speaker
        (
            ['A Treasury spokesman said: "We do not comment on leaks."'],
            [("We do not comment on leaks.", "A Treasury spokesman")],
        ),
        (
            ['"Sales were strong in every region," the company said in a statement.'],
            [("Sales were strong in every region,", "the company")],
        ),
    ],
)
def test_speaker_in_the_quotes_own_sentence(
    paragraphs: list[str], expected: list[tuple[str, str]]
) -> None:
    assert speakers(*paragraphs) == expected


def test_he_resolves_to_the_person_last_spoken_of() -> None:
    result = speakers(
        "Sebastian Coe met the committee on Monday.",
        'He said the games were "on time and on budget".',
    )
    assert result == [("on time and on budget", "Sebastian Coe")]


def test_she_after_an_opening_phrase_and_a_described_name_is_that_name() -> None:
    result = speakers(
        'Ruth Maskel said: "You cannot cut your way out of a crisis."',
        "Writing in the Times, the work and pensions secretary, Liz Kendo, defended the plans. "
        '"Doing nothing is not an option," she wrote.',
    )
    assert result[1] == ("Doing nothing is not an option,", "Liz Kendo")


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'The new law is "so poorly drafted" no-one can define the offence, pro-hunt MPs say.',
            "pro-hunt MPs",
        ),
        (
            'But one senior backbencher said ministers had "badly misread the mood".',
            "one senior backbencher",
        ),
    ],
)
def test_a_group_after_the_last_comma_and_backbenchers_speak(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_a_quotation_after_a_sentence_whose_last_clause_opens_with_a_person() -> None:
    result = speakers(
        "Jake Sherwin joined the team in 2012.",
        "Playbook won't go that far, but Sherwin wants to use it as a fact check. "
        '"I think we will impose the skepticism in real time."',
    )
    assert result == [("I think we will impose the skepticism in real time.", "Jake Sherwin")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'The film won seven prizes, in what critics called a "coronation" before the Oscars.',
            "critics",
        ),
        ('It was what one critic called "a masterpiece of tension".', "one critic"),
        ('Jo Hale spoke next. It was what she called "a disgrace to the town".', "Jo Hale"),
    ],
)
def test_the_subject_after_what_before_a_reporting_verb(paragraph: str, speaker: str) -> None:
    assert [s for _, s in speakers(paragraph)] == [speaker]


def test_a_description_with_a_party_is_the_holder_from_that_party() -> None:
    result = speakers(
        "Labour leader Ed Morgen and Conservative leader Richard Hail clashed on Thursday.",
        'Hail dismissed the claim as "desperate nonsense".',
        'The Labour leader hit back, saying his rival had "no credible plan" for the NHS.',
    )
    assert result[-1] == ("no credible plan", "Ed Morgen")


@pytest.mark.parametrize("verb", ["averred", "posited", "underscored"])
def test_reporting_verbs_of_west_african_press(verb: str) -> None:
    result = speakers(
        "Mr Tunde Bakare and Mrs Ann Lee spoke.",
        f'"It will fail," Mrs Lee said. "We are ready," Mr Bakare {verb}.',
    )
    assert result == [("It will fail,", "Ann Lee"), ("We are ready,", "Tunde Bakare")]


@pytest.mark.parametrize(
    "description", ["the world number three", "the top seed", "the British No 1"]
)
def test_a_player_described_by_ranking_is_the_player_just_written_about(description: str) -> None:
    result = speakers(
        "Carlos Alcarez, 21, was gracious in defeat.",
        f'"Novak deserves it. He has chased this for so long," {description} said.',
    )
    assert [s for _, s in result] == ["Carlos Alcarez"]


def test_according_to_him_is_the_person_last_spoken_of() -> None:
    result = speakers(
        "Senator Olu Adeyemi presented the committee's report.",
        "According to him, \u201cSeveral projects were left out of the proposal.\u201d",
        'Ann Bello spoke next. According to her "clawback" plan, firms must repay aid.',
    )
    assert result == [("Several projects were left out of the proposal.", "Olu Adeyemi")]


def test_she_skips_a_man_mentioned_later() -> None:
    result = speakers(
        "Ms Theresa Walsh met Mr John Carter in Paris.",
        'She said: "We made real progress on trade."',
    )
    assert result == [("We made real progress on trade.", "Theresa Walsh")]


def test_a_quote_only_paragraph_continues_the_previous_speaker() -> None:
    result = speakers(
        'Angela Merkel said: "Europe must stand together."',
        '"Nobody can solve this alone."',
    )
    assert result[1] == ("Nobody can solve this alone.", "Angela Merkel")


def test_a_quote_paragraph_after_a_colon_lead_in_takes_its_speaker() -> None:
    result = speakers(
        "Kevin Rudd addressed the issue at length, saying:",
        '"Our exporters need certainty and they need it now."',
    )
    assert result == [("Our exporters need certainty and they need it now.", "Kevin Rudd")]


def test_speaker_named_in_the_previous_sentence() -> None:
    result = speakers('Laura Chen said the firm had cut costs. "We have saved millions this year."')
    assert result == [("We have saved millions this year.", "Laura Chen")]


def test_partial_quote_keeps_the_writers_subject() -> None:
    result = speakers('Nicola Sturgeon described the deal as "a betrayal" of Scotland.')
    assert result == [("a betrayal", "Nicola Sturgeon")]
    assert (
        quotes_of('Nicola Sturgeon described the deal as "a betrayal" of Scotland.')[0].quote_type
        == "partial"
    )


def test_full_and_partial_quote_types() -> None:
    found = quotes_of('Gordon Brown said: "We will keep inflation low." He called critics "wrong".')
    assert [(q.text, q.quote_type) for q in found] == [
        ("We will keep inflation low.", "full"),
        ("wrong", "partial"),
    ]


def test_quotation_over_several_paragraphs_is_one_row_per_segment_with_one_speaker() -> None:
    found = quotes_of(
        'Mary Robinson said: "The first part of the statement runs here.',
        '"And the second part carries on here before it ends."',
    )
    assert [q.text for q in found] == [
        "The first part of the statement runs here.",
        "And the second part carries on here before it ends.",
    ]
    assert {q.speaker.name for q in found} == {"Mary Robinson"}
    assert found[1].span.continues_previous


def test_curly_and_straight_marks_give_the_same_quotes() -> None:
    straight = speakers('Paul Smith said "we are ready" on Monday.')
    curly = speakers("Paul Smith said “we are ready” on Monday.")
    assert straight == curly == [("we are ready", "Paul Smith")]


def test_titles_and_scare_quotes_are_not_speech() -> None:
    result = speakers(
        'The film "The Aviator" won five awards.',
        'Critics of the so-called "reform" marched in the streets.',
    )
    assert result == []


def test_unbalanced_marks_do_not_raise() -> None:
    found = quotes_of('He said "this never closes', "“Nor does ” this ” one “")
    assert all(q.text for q in found)


def test_offsets_reproduce_the_quote_text() -> None:
    from tests.extract_helpers import article

    parsed = article('Ann Lee said: "One." Then "two words" she added.', "“Three” is here.")
    from transforms.people import find_people
    from transforms.quotes import extract_quotes

    for quote in extract_quotes(parsed, find_people(parsed.body)):
        assert parsed.body[quote.span.start : quote.span.end] == quote.text


def test_quote_credited_after_a_dash() -> None:
    result = speakers("“Prices keep rising and nobody listens.” ― Maria Gonzalez")
    assert result == [("Prices keep rising and nobody listens.", "Maria Gonzalez")]


def test_committee_as_speaker_after_a_long_lead_in() -> None:
    result = speakers(
        'In its report on the council\'s work the committee said: "We are deeply concerned."'
    )
    assert result == [("We are deeply concerned.", "the committee")]


def test_he_refers_past_an_aside_to_the_subject_of_a_reporting_verb() -> None:
    result = speakers(
        "Gerry Conlon - who was wrongly convicted - said the families were delighted. "
        'He said Mr Blair had spoken with "such sincerity", adding: "He listened to us."'
    )
    assert result == [("such sincerity", "Gerry Conlon"), ("He listened to us.", "Gerry Conlon")]


def test_title_with_a_full_stop_does_not_cut_the_speaker() -> None:
    result = speakers('"This is a disgusting day," said Rep. G.K. Butterfield, a Democrat.')
    assert result == [("This is a disgusting day,", "G.K. Butterfield")]


def test_a_knight_named_by_first_name_is_the_full_name() -> None:
    result = speakers(
        "Sir Digby Jones warned the chancellor.",
        'Sir Digby added: "I don\'t think he will spend it."',
    )
    assert result == [("I don't think he will spend it.", "Digby Jones")]


def test_an_appositive_before_the_verb_describes_the_speaker() -> None:
    result = speakers(
        "Marta Vidal, deputy head of the regional council and also its housing chief, said "
        '"rents have doubled in five years".'
    )
    assert result == [("rents have doubled in five years", "Marta Vidal")]


def test_a_description_that_cannot_speak_is_not_the_speaker() -> None:
    # "the merger" is what was discussed, not who spoke: the sentence's subject said it.
    result = speakers(
        'Olga Petrov, who voted against the merger, argued it was "a costly mistake".'
    )
    assert result == [("a costly mistake", "Olga Petrov")]
    described = speakers('"We will appeal," the airline said after the ruling on the merger.')
    assert described == [("We will appeal,", "the airline")]


def test_an_ing_cue_goes_back_to_a_subject_after_a_short_noun_phrase() -> None:
    result = speakers(
        "Tom Hale announced the closure of the plant last week.",
        "The Green Party's energy spokesperson Ruth Owens wrote to Mr Hale on Monday accusing "
        'him of bad faith and calling for him to withdraw his "reckless decision".',
    )
    assert result == [("reckless decision", "Ruth Owens")]


def test_the_antecedent_of_which_or_who_is_the_speaker() -> None:
    result = speakers(
        "The rules face a challenge from the European Cyclists' Federation (ECF), which has "
        'attacked them as "a step backwards".'
    )
    assert result == [("a step backwards", "the European Cyclists' Federation")]


def test_a_description_is_judged_by_its_head_noun() -> None:
    result = speakers('A spokeswoman for Friends of the Earth said the plan was "a fig leaf".')
    assert result == [("a fig leaf", "A spokeswoman for Friends of the Earth")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # an occupation not listed, known by its ending
        (
            "The retired neurosurgeon gave no details of how he would reboot his campaign, "
            'saying only that he was "refining some practices".',
            "The retired neurosurgeon",
        ),
        ('"Sleep is medicine," the pharmacist told the inquiry.', "the pharmacist"),
        ('"It will pass," said the comedian.', "the comedian"),
        # a paper by its kind
        (
            'As the nationalist Global Times tabloid noted, the candidate "has fans in China."',
            "the nationalist Global Times tabloid",
        ),
        # a part of a book or a document
        ('"Powell told her to use her own email," the passage continued.', "the passage"),
    ],
)
def test_people_and_texts_known_by_their_kind_speak(paragraph: str, speaker: str) -> None:
    assert [found for _, found in speakers("The campaign was in trouble.", paragraph)] == [speaker]


def test_the_occupation_of_the_person_just_written_about_is_that_person() -> None:
    result = speakers(
        "Ronnie Corbin criticised quiz shows on television.",
        '"It is just laughing at each other," said the 74-year-old comedian.',
        '"We were clever," the Guardian reported.',
    )
    assert result == [
        ("It is just laughing at each other,", "Ronnie Corbin"),
        ("We were clever,", "the Guardian"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Press Council welcomed the proposal. "
            '"This move is the best of both worlds," it said.',
            "The Press Council",
        ),
        (
            "The committee reached its conclusions in May. It warned that the agency was "
            '"a failing organisation".',
            "The committee",
        ),
        (
            "The committee reached its conclusions in May. It is thought that the agency is "
            '"a failing organisation".',
            None,
        ),
        # "it" is never a person
        ('Tom Hale welcomed the proposal. It said the plan was "too late".', None),
    ],
)
def test_it_said_is_the_subject_of_the_sentence_before(paragraph: str, speaker: str | None) -> None:
    found = [name for _, name in speakers(paragraph)]
    assert found == [speaker] if speaker else not any(found)


@pytest.mark.parametrize(
    "paragraph",
    [
        '"It is a question of sovereignty," Reuters quoted a central bank official as saying.',
        'The agency quoted a central bank official as saying: "It is a question of sovereignty."',
    ],
)
def test_the_one_an_outlet_quotes_as_saying_is_the_speaker(paragraph: str) -> None:
    assert [speaker for _, speaker in speakers(paragraph)] == ["a central bank official"]


def test_a_participle_inside_a_reported_clause_does_not_take_the_quotation() -> None:
    result = speakers(
        "Ann Reyes debated Tom Hale.",
        "Reyes claimed that statements made by Tom Hale calling for a ban on migrants make "
        'him "the best recruiter of the rebels."',
        'Hale said it was like Tom Ross calling the plan "voodoo economics".',
    )
    assert result == [
        ("the best recruiter of the rebels.", "Ann Reyes"),
        ("voodoo economics", "Tom Ross"),
    ]


def test_a_quotation_paragraph_after_one_about_a_person_is_that_persons() -> None:
    result = speakers(
        'Richard Vigne spoke. "Cruz is there," Vigne notes.',
        "Vigne is upbeat about the senator's chances in November.",
        '"Not only can he win in November, he is the one with the best chance."',
        "If Vigne's experience is any guide, the race is open.",
        '"The reality is that nobody knows."',
    )
    assert [name for _, name in result] == ["Richard Vigne", "Richard Vigne", None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a plural noun after a quantifier is no reporting verb
        (
            "China's expanding influence has provoked mixed feelings in many Asian states, and "
            'it has used "velvet gloves" in its dealings, said Nara Kassen, an expert.',
            "Nara Kassen",
        ),
        # "her" before a preposition is an object, no determiner of a description
        (
            "Sen. Bernard Sand has cast former secretary of State Hillary Clanton as unqualified "
            "and accused her of making "
            'racist remarks by using the term "superpredator" in the 1990s.',
            "Bernard Sand",
        ),
        # a passive verb after the quotation credits nobody
        (
            'Donald Tramp defended his manager as a "very decent man" Tuesday, hours after the '
            "staffer was charged with battery.",
            "Donald Tramp",
        ),
        # "according to its analysis" inside what someone said: that someone
        (
            "Win Htein, a member of the committee, said that according to its analysis, the "
            'party has won, but "we are still counting the seats."',
            "Win Htein",
        ),
        ('According to its spokesman, the firm is "very happy".', "its spokesman"),
        # a name inside an aside between commas is not the subject
        (
            "Dr Brian Gibb, on his first full day in the job after Jane Hutt was sacked, "
            'admitted "big challenges".',
            "Brian Gibb",
        ),
        # what a relative clause still open before the verb names is its object
        (
            "Ms Anne Robb, who presents The Weakest Link tells Cockerell that she despaired. "
            '"I used to have to sit on my hands. I mean it was very hard."',
            "Anne Robb",
        ),
        (
            "Rory Neill, editor of Hazards magazine, which conducted the research, said: "
            '"Giving union safety reps more rights is the ultimate win-win."',
            "Rory Neill",
        ),
        # a role of someone named after it, behind a possessive
        (
            "In early October, Tom Hale's Virginia state director, Mike Rubin, reached out to "
            'voters, writing in an email: "We want to use this soon."',
            "Mike Rubin",
        ),
        # a name after a preposition before a colon is the listener ("More from X:" credits)
        (
            "Senate leader Mitch Connell delivered a blunt message to Tom Hale: "
            '"It is time to quit attacking people."',
            "Mitch Connell",
        ),
        # a thing that speaks, described by an irregular participle
        (
            "In addition, a fundraising email sent out by Tom Hale on Tuesday night warned of "
            'the fight ahead: "There are 14 primaries over the next three weeks."',
            "a fundraising email",
        ),
        # an organisation named with "of" speaks for the "it" after it
        (
            "The British Chambers of Commerce welcomed the latest proposal. "
            '"This move is the best of both worlds," it said.',
            "The British Chambers of Commerce",
        ),
        # a sportsman by position
        (
            'Adam Jones was picked. The prop said: "If we get stuffed up front, we lose."',
            "Adam Jones",
        ),
        # a lead-in that says where the words come from
        (
            'The biases are real. From the report: "Samples with more sampling do better."',
            "the report",
        ),
        ('Not enough - More from the report: "Vendors condition their samples."', "the report"),
        # "as" after a name is no verb of that name
        ('Tom Hale has cast Ann Reyes as unqualified and called her "a fraud".', "Tom Hale"),
    ],
)
def test_words_that_only_look_like_a_credit(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_he_after_an_opening_phrase_refers_to_that_sentences_subject() -> None:
    result = speakers(
        "The letter went by mistake to reporter Dan Moss.",
        "Realising his error, Mr Peter Kane then contacted Mr Moss, suggesting he forget it.",
        'He said: "Not very good at this e-mail business."',
    )
    assert result == [("Not very good at this e-mail business.", "Peter Kane")]


def test_he_refers_to_a_person_the_text_last_named_by_role() -> None:
    result = speakers(
        "Film maker Sam Ortiz followed Conservative leader Michael Howard for a year.",
        "The Conservative leader was asked about his parents.",
        'He replies: "What is the inference of that?"',
    )
    assert result == [("What is the inference of that?", "Michael Howard")]


def test_a_credit_sentence_right_after_a_question_names_the_speaker() -> None:
    result = speakers(
        "Ron Tate addressed the farmers.",
        "“Does anybody know what the plan for the valley is?” Tate asked. “Neither do I.”",
    )
    assert result == [
        ("Does anybody know what the plan for the valley is?", "Ron Tate"),
        ("Neither do I.", "Ron Tate"),
    ]


def test_a_speaker_after_the_quote_with_two_appositives() -> None:
    result = speakers(
        "“It is an invasion of the state’s domain,” Carla Ruiz, the attorney general of Utah, "
        "one of the states suing the agency, said in a statement."
    )
    assert result == [("It is an invasion of the state’s domain,", "Carla Ruiz")]


def test_reporting_verbs_of_praise_and_reports() -> None:
    praised = speakers(
        'In January, Gov. Ada Brooks lauded the firm for its "new and innovative ideas".'
    )
    assert praised == [("new and innovative ideas", "Ada Brooks")]
    reported = speakers(
        "The Daily Ledger reports that the team avoided the hospital to "
        "“keep the details under wraps.”"
    )
    assert reported == [("keep the details under wraps.", "The Daily Ledger")]


def test_a_dash_credit_keeps_a_middle_initial() -> None:
    result = speakers("“The debate proved he is not fit to lead.” ― Edwin G. Monroy")
    assert result == [("The debate proved he is not fit to lead.", "Edwin G. Monroy")]


def test_a_closing_mark_typed_as_an_opener_still_opens_a_quotation() -> None:
    result = speakers("”He represents our greatest shame, and we know it.” ― Sonia Herrera")
    assert result == [("He represents our greatest shame, and we know it.", "Sonia Herrera")]


def test_a_noun_that_looks_like_a_cue_gives_way_to_the_verb_before_it() -> None:
    result = speakers(
        "Party chairman Omar Reyes spoke in Leeds.",
        'The party chairman attacked the council\'s three new pledges as "hollow" on Monday.',
    )
    assert result == [("hollow", "Omar Reyes")]


def test_a_persons_spokesman_speaks_not_the_person() -> None:
    result = speakers('Mr Okafor\'s official spokesman said: "No decision has been made."')
    assert result == [("No decision has been made.", "Mr Okafor's official spokesman")]


@pytest.mark.parametrize(
    "sentence",
    [
        "“It was a rush to judgment,” Haddas’ campaign said.",
        "Haddas’ spokesman said the ruling was a “rush to judgment.”",
        'Haddas\' campaign criticized the ruling as a "rush to judgment" on Monday.',
    ],
)
def test_a_possessive_with_a_bare_apostrophe_is_the_owner_not_the_speaker(sentence: str) -> None:
    result = speakers("Senator Maria Haddas spoke in Iowa.", sentence)
    assert len(result) == 1
    speaker = result[0][1]
    assert speaker is not None and speaker.startswith("Haddas")
    assert speaker.split()[-1] in ("campaign", "spokesman")


def test_the_spokesman_is_not_the_person_last_named() -> None:
    result = speakers(
        "Questions were asked about Ruth Baines and her e-mails.",
        'The spokesman said: "She no longer works in government."',
    )
    assert result == [("She no longer works in government.", "The spokesman")]


def test_he_in_a_relative_clause_is_the_speaker_not_its_antecedent() -> None:
    result = speakers(
        'Interior Minister Karl Weber said he had "warm relations" with Mr Novak, '
        'who he described as "very talented".'
    )
    assert result == [("warm relations", "Karl Weber"), ("very talented", "Karl Weber")]


def test_a_name_credited_after_the_quote_with_an_unclosed_description() -> None:
    result = speakers(
        'He should see "the harm his choice has done", Rabbi Ezra Kahn, '
        "founder of the Harbour Street Centre said."
    )
    assert result == [("the harm his choice has done", "Ezra Kahn")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Senator Hal Ruiz has been pounding Tom Beck as a “con artist” for months.",
            [("con artist", "Hal Ruiz")],
        ),
        ('Governor Ann Cole calls her rivals "losers" at every rally.', [("losers", "Ann Cole")]),
        (
            "At a rally, Dan Price likened the plan to a “vicious snake” in a song.",
            [("vicious snake", "Dan Price")],
        ),
    ],
)
def test_a_short_quote_someone_labels_a_thing_with_is_theirs(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(sentence) == expected


def test_accusing_and_promising_report_speech() -> None:
    accused = speakers(
        "Donald Vance took to Twitter to accuse the campaign of being “duped” by a beauty queen."
    )
    assert accused == [("duped", "Donald Vance")]
    promised = speakers("Mayor Ruth Hale is promising lower taxes and “jobs, jobs, jobs,” again.")
    assert promised == [("jobs, jobs, jobs,", "Ruth Hale")]


def test_a_title_after_on_is_named_not_spoken_even_with_a_cue() -> None:
    result = speakers(
        "On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Lane said it was a joke."
    )
    assert result == []


def test_a_short_capitalised_sentence_is_still_speech() -> None:
    result = speakers('"This is all me." Jeb Lowe said it twice.')
    assert result == [("This is all me.", "Jeb Lowe")]


def test_a_person_named_inside_a_description_of_the_speaker_is_not_the_speaker() -> None:
    result = speakers(
        "Retired general Mike Flynn spoke on Monday.",
        '"He is absolutely right," Flynn, a top Donald Trump surrogate, said.',
    )
    assert result == [("He is absolutely right,", "Mike Flynn")]


def test_a_party_and_state_tag_between_name_and_appositive() -> None:
    result = speakers(
        '"If the FBI wanted it, they would just take it," Rep. Ann Ruiz (R-Ohio), '
        "an oversight panel member, said in a phone interview."
    )
    assert result == [("If the FBI wanted it, they would just take it,", "Ann Ruiz")]


def test_a_name_inside_the_previous_quotation_is_not_the_next_ones_speaker() -> None:
    result = speakers(
        "On Tuesday Bernie Ebbers denied the allegations. "
        '"I was not advised by Scott Sullivan that I had to do anything," he told the court. '
        '"He never told me he made any entries."'
    )
    assert [speaker for _, speaker in result] == ["Bernie Ebbers", "Bernie Ebbers"]


def test_a_curly_quotation_inside_a_straight_one_is_nested_not_a_break() -> None:
    result = speakers(
        'Mayor Ann Cole said: "He thinks this is an episode of “Shark Tank.” It is not."'
    )
    assert result == [("He thinks this is an episode of “Shark Tank.” It is not.", "Ann Cole")]


def test_quoted_transcript_lines_are_spoken_by_their_label() -> None:
    result = speakers(
        "Gov. Mike Pence spoke to Fox News on Sunday. Partial transcript as follows:",
        '"WALLACE: Will she be at the debate?',
        '"PENCE: She will not be attending the debate.',
        '"(CROSSTALK.)',
        '"VIDEO: They told me it was a video when they knew it was not.',
        '"MR. WALLACE: Governor, I want to try to get —."',
    )
    assert result == [
        ("Will she be at the debate?", "Wallace"),
        ("She will not be attending the debate.", "Mike Pence"),
        ("They told me it was a video when they knew it was not.", None),
        ("Governor, I want to try to get —.", "Wallace"),
    ]


def test_a_single_label_that_names_nobody_is_not_a_speaker() -> None:
    result = speakers('The sign read: "WARNING: this area is closed to visitors."')
    assert [speaker for _, speaker in result] != ["Warning"]


def test_a_description_after_an_opening_clause_is_the_subject_not_the_names_in_it() -> None:
    result = speakers(
        '"We will win," Bernie Sanders said on Friday.',
        "As far as whether Sanders still senses anger at Hillary Clinton among his supporters, "
        'the Vermont senator acknowledged that there are still "some people" who feel that way.',
    )
    assert [speaker for _, speaker in result] == ["Bernie Sanders", "Bernie Sanders"]


def test_a_description_after_an_aside_between_dashes_is_the_subject() -> None:
    result = speakers(
        "Hillary Clinton left the department in 2013. In May - four months after Clinton left "
        'office - the State Department told the group that "no records were located."'
    )
    assert result == [("no records were located.", "the State Department")]


def test_a_possessive_owner_of_a_counsel_is_not_the_speaker() -> None:
    result = speakers(
        "Marcel Dorin was jailed in May. In court papers, Dorin's defense counsel asked for "
        'three years, calling his hacking "an addiction of sorts."'
    )
    assert result == [("an addiction of sorts.", "Dorin's defense counsel")]


def test_a_paper_that_reported_the_words_after_a_comma_closed_quotation_is_credited() -> None:
    result = speakers(
        "Paul Manley ran the firm. Manley admitted the work could be termed "
        '"influence peddling," The Washington Post reported in 1991.'
    )
    assert result == [("influence peddling,", "The Washington Post")]


def test_and_said_after_a_quotation_is_the_sentence_subjects_second_verb() -> None:
    result = speakers(
        'Donald Trump said Hillary Clinton lacks "the stamina" for the job. Trump summed up '
        'Clinton as "terrible," and said she should not run.'
    )
    assert result == [("the stamina", "Donald Trump"), ("terrible,", "Donald Trump")]


def test_a_credit_after_a_question_may_go_on_with_about() -> None:
    result = speakers(
        "Allan Lichtman is a historian.",
        '"Why would you cozy up to George Bush?" Lichtman said about the senator\'s effort to '
        "distance himself.",
    )
    assert result == [("Why would you cozy up to George Bush?", "Allan Lichtman")]


def test_an_opening_mark_typed_after_the_quotations_comma_closes_it() -> None:
    result = speakers(
        "“It's unusual,“ said Larry Noble, an attorney. “It's a hard thing to pull off.”"
    )
    assert result == [
        ("It's unusual,", "Larry Noble"),
        ("It's a hard thing to pull off.", "Larry Noble"),
    ]


def test_words_quoted_in_a_sentence_with_no_reporting_verb_are_its_subjects() -> None:
    result = speakers(
        "Paul Rhodes spoke in Ohio. In the depths of the recession, Rhodes worried that the "
        'safety net was becoming "a hammock that lulls able-bodied people to dependency."'
    )
    assert result == [("a hammock that lulls able-bodied people to dependency.", "Paul Rhodes")]


def test_words_quoted_in_a_sentence_opened_by_a_description_are_the_descriptions() -> None:
    result = speakers(
        "The campaign sent an email to supporters on Tuesday, inviting them to enter a draw "
        'to "win my engraved rifle!"'
    )
    assert result == [("win my engraved rifle!", "The campaign")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject undergoes the verb
        'Jose Morais, who was sent off, has been "reminded of his duties to the game and fans."',
        # the quotation is a title
        'Zach Carter co-hosts the podcast "So, That Happened."',
        # the words are a document's
        'Ash Carter met his counterpart "to discuss responses to the nuclear test," according '
        "to a Pentagon readout.",
    ],
)
def test_a_subject_is_not_given_words_that_are_not_its_own(sentence: str) -> None:
    result = speakers("Jose Morais and Zach Carter and Ash Carter were there.", sentence)
    assert [speaker for _, speaker in result] in ([None], [])  # no speaker, or no speech


@pytest.mark.parametrize("verb", ["shot back", "fired back", "hit back"])
def test_a_verb_with_back_is_a_reply_that_credits_its_subject(verb: str) -> None:
    result = speakers(
        "Jim Bennett and Sandy Paradis stood outside the polling station.",
        f'"Look at all these supporters," Paradis said. "They want free stuff," Bennett {verb}.',
    )
    assert result == [
        ("Look at all these supporters,", "Sandy Paradis"),
        ("They want free stuff,", "Jim Bennett"),
    ]


def test_a_name_after_said_that_is_the_reported_clauses_subject_not_the_speaker() -> None:
    result = speakers(
        "Judge Peter Alder hears the case.",
        "Ross, who earlier asked whether Alder's Cuban roots made him biased because of Ross's "
        'plan for building a fence on the southern border, said Monday that Alder "is, we '
        'believe, Cuban."',
    )
    assert result == [("is, we believe, Cuban.", "Ross")]


def test_went_on_after_a_quotation_credits_the_one_who_continued() -> None:
    result = speakers(
        "Rita Moss and Dan Hale debated on Friday.",
        '"It can happen at any age," Moss said.',
        '"You know, it happens, right?" Hale went on, as if he had not heard her. "You get '
        'over it."',
    )
    assert [speaker for _, speaker in result] == ["Rita Moss", "Dan Hale", "Dan Hale"]


def test_a_short_aside_in_parentheses_stays_with_the_subject_before_the_verb() -> None:
    result = speakers(
        "Other candidates have been nearly as bellicose. Sen. Ted Cruz (Tex.) has said that "
        'he would "carpet-bomb them into oblivion."'
    )
    assert result == [("carpet-bomb them into oblivion.", "Ted Cruz")]


def test_an_acronym_in_parentheses_is_not_part_of_a_described_speaker() -> None:
    result = speakers(
        'The Pensions Policy Institute (PPI) said the plan was "a step in the right direction".'
    )
    assert result == [("a step in the right direction", "The Pensions Policy Institute")]


def test_a_participle_aside_after_the_subject_is_skipped() -> None:
    result = speakers(
        "Benjamin Netanyahu is in Washington. An Israeli official, speaking on the condition "
        "of anonymity to discuss the prime minister's schedule, said Wednesday that Netanyahu "
        '"will meet with any candidate from any party."'
    )
    assert result == [("will meet with any candidate from any party.", "An Israeli official")]


def test_a_participle_aside_inside_an_opening_phrase_does_not_hide_the_subject() -> None:
    result = speakers(
        "With her husband, former President Bill Clinton, standing by her side, Hillary "
        'Clinton has told her supporters that "we are in this together."'
    )
    assert result == [("we are in this together.", "Hillary Clinton")]


def test_a_description_ending_in_an_organisations_name_speaks_as_the_noun_before_it() -> None:
    result = speakers(
        'The Israeli newspaper Haaretz noted that "officials do not meet with such politicians."'
    )
    assert result == [
        ("officials do not meet with such politicians.", "The Israeli newspaper Haaretz")
    ]


def test_the_frontrunner_is_a_role_of_the_person_who_has_it() -> None:
    result = speakers(
        "Democratic frontrunner Hillary Clinton campaigned in the capital.",
        'The Democratic frontrunner wrote that "the District is often neglected."',
    )
    assert result == [("the District is often neglected.", "Hillary Clinton")]


def test_a_name_right_before_a_colon_lead_in_is_the_speaker() -> None:
    result = speakers(
        "Republican pollster Daron Shaw has studied primaries for decades.",
        "The timing of the surge does not surprise Republican pollster Daron Shaw: "
        '"Historically, lesser-known candidates do well late."',
    )
    assert result == [("Historically, lesser-known candidates do well late.", "Daron Shaw")]


def test_a_role_between_an_opening_phrase_and_the_name_keeps_the_name_the_subject() -> None:
    result = speakers(
        "In response to the loss of life, Republican presidential nominee Donald Trump issued "
        "the following statement:",
        '"Our prayers are with all those affected by the attacks in Munich."',
    )
    assert result == [
        ("Our prayers are with all those affected by the attacks in Munich.", "Donald Trump")
    ]


def test_a_name_after_a_preposition_before_an_inverted_credit_is_not_the_speaker() -> None:
    result = speakers(
        "Hillary Clinton leads. Former Gov. Madeleine Kunin backs her.",
        '"This will be a challenge" for Clinton, said Kunin.',
    )
    assert result == [("This will be a challenge", "Madeleine Kunin")]


def test_words_quoted_in_a_sentence_with_its_own_subject_are_not_the_last_speakers() -> None:
    result = speakers(
        "Clinton has a strong ground game, said Mindy Romero, a researcher. On Tuesday, Gov. "
        'Jerry Brown endorsed her, citing her "firm grasp of the issues" and preparedness.'
    )
    assert result == [("firm grasp of the issues", "Jerry Brown")]


def test_a_name_in_the_reported_clause_is_not_given_the_words_quoted_after_it() -> None:
    result = speakers(
        "Civil rights groups wrote to Hillary Clinton on Friday, a letter said. They argue "
        'that Clinton should "lead by example and condemn the remarks."'
    )
    assert [speaker for _, speaker in result] != ["Hillary Clinton"]


def test_a_participle_phrase_after_a_described_source_is_not_part_of_it() -> None:
    result = speakers(
        'Another intelligence source speaking to Fox News said, "The agents are investigating."'
    )
    assert result == [("The agents are investigating.", "Another intelligence source")]


def test_opined_reports_speech() -> None:
    result = speakers('"Owners should leave their guns at home," opined the Plain Dealer.')
    assert [name for _, name in result] == ["the Plain Dealer"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Trump is bigger than the party," said one Trump confidant.', "one Trump confidant"),
        ('"Will he run?" a Democratic staffer in the room wondered.', "a Democratic staffer"),
        ('"It is a big change," one insider said.', "one insider"),
        ('"Sales were not what people had hoped for," one dealer told Reuters.', "one dealer"),
        ('"The real reasons may be political," one London-based broker said.', "one London"),
    ],
)
def test_confidants_staffers_insiders_and_dealers_speak_as_described(
    sentence: str, speaker: str
) -> None:
    found = speakers("Donald Trump and Thomas Perez spoke on Monday.", sentence)
    assert [name for _, name in found][-1].startswith(speaker)


def test_retaliated_reports_a_reply() -> None:
    result = speakers(
        "Donald Trump and François Hollande traded words.",
        '"France is no longer France," Trump claimed. "France will always be France," an '
        "angry Hollande retaliated.",
    )
    assert [name for _, name in result] == ["Donald Trump", "François Hollande"]


def test_an_indefinite_description_is_someone_new_not_the_person_with_that_role() -> None:
    result = speakers(
        "Lawmaker Joey Salceda filed a motion on Monday.",
        'The move prompted a debate; one lawmaker called Trump "the orange prince of '
        'self-publicity."',
    )
    assert result == [("the orange prince of self-publicity.", "one lawmaker")]


def test_an_indefinite_description_after_a_name_and_a_comma_is_that_persons() -> None:
    result = speakers(
        "Katrina Bull, a prospective parliamentary candidate said Mr Blair had done well: "
        '"I think every voter should meet him."'
    )
    assert result == [("I think every voter should meet him.", "Katrina Bull")]


def test_a_verb_with_its_object_after_a_quotation_is_the_subjects_next_verb() -> None:
    result = speakers(
        'Donald Trump spoke in Iowa. Trump summed up Hillary Clinton as "terrible," '
        "denounced her record and said she should not run."
    )
    assert result == [("terrible,", "Donald Trump")]


@pytest.mark.parametrize("ending", [" and said the speaker should resign.", " in a speech."])
def test_the_subject_of_the_clause_after_while_gets_the_words_quoted_in_it(ending: str) -> None:
    result = speakers(
        "Gov. Bobby Jindal on Monday signed an order to block the refugees, while Mike "
        'Huckabee, the former Arkansas governor, proposed we "wake up and smell the falafel"'
        + ending
    )
    assert result == [("wake up and smell the falafel", "Mike Huckabee")]


def test_a_share_of_people_can_be_the_speaker() -> None:
    result = speakers(
        "Voters were asked whether Clinton could beat Donald Trump, to which 21 percent said "
        '"not too likely" and 14 percent of Democrats said "not at all likely."'
    )
    assert result == [
        ("not too likely", "21 percent"),
        ("not at all likely.", "14 percent of Democrats"),
    ]


def test_a_share_after_a_verb_is_its_object_not_a_speaker() -> None:
    result = speakers(
        'The fact-checker Ann Reyes rated 32% of Republican claims as "false or pants on fire."'
    )
    assert [speaker for _, speaker in result] != ["32% of Republican"]


def test_a_name_after_a_preposition_is_not_the_subject_a_pronoun_refers_to() -> None:
    result = speakers(
        "Tim Dams spoke to reporters about the awards. The jury was harsh about Michael Moore, "
        'reporters said. But he said: "It is not an inflammatory film."'
    )
    assert result == [("It is not an inflammatory film.", "Tim Dams")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A name after "said" that ends its clause is the subject a later "he" refers to...
        (
            '"Games will cost more," said Mr Carver. According to Rob Kemp, studios will '
            'suffer, said Mr Kemp. "If you are a start-up, I doubt it," he said.',
            "Rob Kemp",
        ),
        (
            '"Games will cost more," said Mr Carver. Studios will suffer, says Rob Kemp, an '
            'analyst. "If you are a start-up, I doubt it," he said.',
            "Rob Kemp",
        ),
        # ... but not a name the reported speech goes on from.
        (
            '"Games will cost more," said Mr Carver. And Mr Carver, who lost, said Rob Kemp '
            'was better. "If you are a start-up, I doubt it," he said.',
            "Tim Carver",
        ),
        (
            '"Games will cost more," said Mr Carver. And Mr Carver, who lost, said Mr Kemp\'s '
            'game was better. "If you are a start-up, I doubt it," he said.',
            "Tim Carver",
        ),
    ],
)
def test_an_inverted_subject_is_what_a_later_pronoun_refers_to(
    paragraph: str, speaker: str
) -> None:
    result = speakers("Tim Carver and Rob Kemp spoke at the fair.", paragraph)
    assert result[-1] == ("If you are a start-up, I doubt it,", speaker)


@pytest.mark.parametrize(
    "relative",
    ["who now faces Ivan Sorokin in the last 16", "whom Ivan Sorokin beat in Doha last year"],
)
def test_a_name_inside_a_relative_clause_is_not_the_subject_a_pronoun_means(
    relative: str,
) -> None:
    result = speakers(
        "Tom Hale beat Greg Rusk in Dubai.",
        f"Hale, {relative}, admitted afterwards it was difficult. "
        '"You just take it point by point," he said.',
    )
    assert result == [("You just take it point by point,", "Tom Hale")]


@pytest.mark.parametrize(
    "paragraph",
    [
        '"Go back to your channel," Dan Ross barked at the reporter.',
        'Dan Ross is questioning whether the mayor would have gone "if it were held elsewhere."',
        'With the crowd chanting, Dan Ross was yelling: "Get him out of here!"',
        'Dan Ross, celebrating a victory at home, is pledging to "win many hundreds of seats".',
        '"Your reputation is amazing," Dan Ross assured the host.',
        '"So he owes nobody anything," Dan Ross concluded.',
        'Dan Ross also bemoaned a climate in which people "literally hate each other".',
        'Dan Ross groused to a crowd in Georgia that the network "doesn\'t treat me properly".',
    ],
)
def test_less_common_reporting_verbs(paragraph: str) -> None:
    assert [speaker for _, speaker in speakers(paragraph)] == ["Dan Ross"]


def test_a_capitalised_word_inside_a_name_is_not_a_reporting_verb() -> None:
    result = speakers(
        "Dan Ross also said at the time that the United States has become "
        '"a dumping ground for everybody else\'s problems."'
    )
    assert [speaker for _, speaker in result] == ["Dan Ross"]


def test_present_tense_verb_before_the_name() -> None:
    result = speakers(
        '"Athletes need to stay focused on their internal controls," explains Hugh Richards, '
        "who has worked with past Olympians."
    )
    assert [speaker for _, speaker in result] == ["Hugh Richards"]


def test_a_plural_noun_that_is_also_a_verb_does_not_credit_the_name_after_it() -> None:
    result = speakers(
        "Milan Baros was left out of the team. "
        'His admission that he "guessed something like this was going to happen" will do '
        "little to quell claims of a falling-out with Rafa Benitez."
    )
    assert [speaker for _, speaker in result] != ["Rafa Benitez"]


def test_a_quotation_paragraph_after_reported_speech_is_the_reported_persons() -> None:
    result = speakers(
        "House prices will rise by 1% over the next six months, Ian Bannister said. He said "
        "the Bank of England may then increase interest rates.",
        '"I think the key is what the Bank expects to happen to the housing market."',
    )
    assert [speaker for _, speaker in result] == ["Ian Bannister"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Dan Ross gestured to the crowd, then leaned in and boomed: "Let\'s win in November."',
        '- Manchester City boss Dan Ross: "We played well and deserved the win."',
    ],
)
def test_a_colon_lead_in_without_a_reporting_verb_is_the_subjects(paragraph: str) -> None:
    assert [speaker for _, speaker in speakers(paragraph)] == ["Dan Ross"]


def test_a_capitalised_sentence_opener_is_not_an_unknown_surname() -> None:
    result = speakers(
        'After saying her right foot was "so swollen I could barely get my shoe on," she was '
        '"whisked off to hospital" for tests.'
    )
    assert "After" not in [speaker for _, speaker in result]


def test_the_name_right_after_an_opening_phrase_is_the_subject() -> None:
    result = speakers(
        "Speaking to a morning show on Monday in New Hampshire, which holds the second "
        'contest, Jeb Bush referred to Marco Rubio as "a bright, charismatic leader".'
    )
    assert [speaker for _, speaker in result] == ["Jeb Bush"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tim Axford on Wednesday called on Tom Dean to apologise.",
                '"That was outrageous," Holt\'s former campaign strategist said in an interview '
                "with the BBC's Jane Hill.",
            ),
            "Holt's former campaign strategist",
        ),
        (
            ('Meanwhile Peter Walsh\'s mother has said she is "100% certain" he is innocent.',),
            "Peter Walsh's mother",
        ),
    ],
)
def test_a_possessive_description_speaks_not_its_owner(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)] == [speaker]


def test_the_person_a_possessive_role_names_is_the_sentence_subject() -> None:
    result = speakers(
        "Ann Holt's campaign manager Rob Moor said as much on Thursday, arguing that Tom Dean "
        '"lashed out at our generals".'
    )
    assert [speaker for _, speaker in result] == ["Rob Moor"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('In a statement, Halbrook said: "The plant was highly successful."', "Halbrook"),
        (
            "After the vote on Monday, the Treasury minister Ann Cole said it was "
            '"a good day for the country".',
            "Ann Cole",
        ),
        (
            "In papers filed ahead of the sentencing of Mr Tom Hale, prosecutors blamed the "
            'board for failing to ask about the "legal and ethical issues" of the deal.',
            "prosecutors",
        ),
    ],
)
def test_the_subject_follows_an_opening_phrase(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            '"We see charter schools offering parents hope for the future," the letter reads.',
            "the letter",
        ),
        ('This is "roughly the same lead she has held all month," reported Reuters.', "Reuters"),
        (
            '"Jeremy said he was having trouble with his colleagues," reads a telephone memo '
            "for Mr Heath.",
            "a telephone memo for Mr Heath",
        ),
    ],
)
def test_reads_and_reported_before_or_after_their_subject(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_name_after_a_preposition_in_the_subject_phrase_is_not_the_speaker() -> None:
    result = speakers(
        "Maria Sharapova won the match. Sharapova, who lost 6-2 6-2 to Svetlana Kuznetsova "
        'in Beijing in September, said: "This time it was important to start well."'
    )
    assert [speaker for _, speaker in result] == ["Maria Sharapova"]


def test_a_titled_name_after_an_opening_clause_is_the_subject_of_a_colon_lead_in() -> None:
    result = speakers(
        "With party leaders worried about a lack of passion for Ann Grey among young voters, "
        'President Tom Hale is rolling out a new and more personal message: "It\'s about me."'
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_paragraph_ending_in_a_colon_without_a_verb_credits_its_subject() -> None:
    result = speakers(
        "On July 6, 2015, Tom Hale made the following comment:",
        '"For young people who have left school, the unemployment rate is 33 percent."',
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_name_in_a_subordinate_clause_is_not_the_subject() -> None:
    result = speakers(
        "When Ann Grey died in 1998, President Tom Hale released the following statement:",
        '"We offer our condolences to the family and friends of Ann Grey."',
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_subordinate_clause_name_when_the_main_clause_names_nobody() -> None:
    result = speakers(
        "When one pupil asked Mr Tom Hale how he would tackle drinking, began his answer "
        'with a quip: "There is no under-age drinking in the Highlands."'
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_reporting_word_after_a_possessive_is_a_noun() -> None:
    result = speakers(
        '"We remain open to working with Congress," White House press secretary Jim Orr said '
        "at a briefing before Tom Hale's comments. \"And we have seen a sustained effort to "
        'repeal the law."'
    )
    assert [speaker for _, speaker in result] == ["Jim Orr", "Jim Orr"]


def test_a_contracted_pronoun_is_the_subject() -> None:
    result = speakers(
        'Tom Hale tells his supporters at a rally to "go to your place and vote".',
        'He\'s claiming that voting fraud is "a big, big problem in this country".',
    )
    assert [speaker for _, speaker in result] == ["Tom Hale", "Tom Hale"]


def test_a_possessive_noun_as_the_subject_of_an_ing_cue_is_the_speaker() -> None:
    result = speakers(
        "Libertarian candidate Tom Hale's doctor is calling the candidate "
        '"extremely physically fit".'
    )
    assert [speaker for _, speaker in result] == ["Tom Hale's doctor"]


def test_a_preposition_before_a_closing_quotation_mark_does_not_govern_the_name_after_it() -> None:
    result = speakers(
        '"If they took no part, they have nothing to worry about," Sen. Tom Hale (D-N.Y.) '
        "said Tuesday."
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_dashed_credit_line_under_a_quotation_paragraph_names_its_speaker() -> None:
    result = speakers(
        "The convention closed on Thursday.",
        "\"Great speech. She's tested. She's ready.\"",
        "-President Tom Hale, tweeting after the speech.",
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_dashed_list_item_after_a_quotation_is_not_a_credit_line() -> None:
    result = speakers(
        '"I am almost a month behind but I am on the right track," said Tom Hale.',
        "- Britain's Ann Grey will run in the 10km race in Puerto Rico next month, her "
        "first since the Olympics, where she pulled out of the marathon.",
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The scheduling was so odd that a spokesman for Tom Hale could only quip: "
            '"I guess Christmas Eve was booked."',
            "a spokesman for Tom Hale",
        ),
        (
            '"It\'s about time that we had a woman running this country," exhorted the '
            "actress Ann Grey.",
            "Ann Grey",
        ),
    ],
)
def test_any_reporting_verb_right_after_the_quotation_inverts(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_participle_after_a_comma_belongs_to_the_reporting_verb_before_it() -> None:
    result = speakers(
        "Donald Hale's excesses are sickening, Paul Marchand said on Tuesday in Paris, "
        'noting the nominee "makes you want to retch".'
    )
    assert [speaker for _, speaker in result] == ["Paul Marchand"]


def test_a_participle_after_another_subject_is_not_the_first_verbs() -> None:
    result = speakers(
        "Berlin welcomed the decision, with finance minister Hans Eckel saying it showed "
        'policy was "on the right track".'
    )
    assert [speaker for _, speaker in result] == ["Hans Eckel"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tom Hale said the move was made by police commissioner Bill Bratt and said, "
        '"Who are you going to trust on security?"',
        'Tom Hale conceded that Ann Grey "played just too well," and added: "You can\'t be '
        'too sad."',
    ],
)
def test_a_coordinated_reporting_verb_has_the_first_verbs_subject(paragraph: str) -> None:
    assert {speaker for _, speaker in speakers(paragraph)} == {"Tom Hale"}


def test_a_possessive_inside_an_appositive_is_not_the_person_described() -> None:
    result = speakers(
        "Attorney General Roy Cope (D), Pat McCrane's opponent in the election, called on "
        'Friday for the videos\' release, saying that transparency "breaks down barriers".'
    )
    assert [speaker for _, speaker in result] == ["Roy Cope"]


def test_a_credit_opening_the_sentence_after_a_question_names_the_speaker() -> None:
    result = speakers(
        '"It looks like we\'re not going to have a very good relationship, who knows?" Tom '
        "Hale told Britain's ITV television station in an interview aired on Monday when "
        "asked how ties would fare."
    )
    assert [speaker for _, speaker in result] == ["Tom Hale"]


def test_a_sentence_after_a_question_that_reports_no_speech_is_no_credit() -> None:
    result = speakers(
        'Ann Grey told BBC Sport: "And why would he stake his reputation on it?" Tom Hale has '
        "also agreed to commentate for the BBC at next year's championships."
    )
    assert [speaker for _, speaker in result] == ["Ann Grey"]


def test_a_court_brief_or_motion_can_be_credited() -> None:
    result = speakers(
        "However, Ann Hale's brief said that was not her view and dismissed those reports as "
        '"previous misinterpreted statements".'
    )
    assert [speaker for _, speaker in result] == ["Ann Hale's brief"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Another source familiar with Tom Hale\'s thinking said, "It will take time."',
            "Another source familiar with Tom Hale's thinking",
        ),
        (
            'A longtime adviser to Tom Hale said: "He will run again."',
            "A longtime adviser to Tom Hale",
        ),
        ('Ann Grey went on to say, "We will not give up."', "Ann Grey"),
        (
            "The Democratic National Convention released a statement on Wednesday evening, "
            'saying the comments are "another example of his divisive politics".',
            "The Democratic National Convention",
        ),
        (
            "In August, several environmental groups granted Mr. Hale an extension, saying his "
            '"start-up capital was less than expected."',
            "several environmental groups",
        ),
        (
            "The Liberal Democrats launched their platform, with leader Tom Hale saying his "
            'party was the "authentic opposition".',
            "Tom Hale",
        ),
        (
            "In a statement released on Thursday, Rep. Tom Hale (D-N.Y.) reacted to the news, "
            'saying: "This is a disgrace."',
            "Tom Hale",
        ),
    ],
)
def test_descriptions_and_subjects_before_a_reporting_verb(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_relative_named_by_first_name_is_credited_in_full() -> None:
    result = speakers(
        "The comedian Tom Fletcher died on Sunday aged 89.",
        "Fletcher's daughter Jill said her father would be sorely missed. "
        '"He was greatly loved by the public," she said.',
    )
    assert [speaker for _, speaker in result] == ["Jill Fletcher"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "\"It's the nominee's party,\" one Hale campaign source said.",
            "one Hale campaign source",
        ),
        ('A senior Hale adviser said: "He will not back down."', "A senior Hale adviser"),
        (
            '"It was a true wake-up call," Ann Grey, a senior adviser to the Hale campaign, said.',
            "Ann Grey",
        ),
    ],
)
def test_a_name_modifying_a_description_does_not_speak(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers("Tom Hale spoke in Ohio.", paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tom Sanders spoke in Iowa.",
                '"This campaign is changing politics," Jeff Weaver, Sanders\u2019 campaign '
                "manager, said.",
            ),
            "Jeff Weaver",
        ),
        (
            (
                "Ann Hale spoke in Ohio.",
                "\"It's about time,\" exhorted Hale's introducer, actress Jamie Lee Curtis.",
            ),
            "Jamie Lee Curtis",
        ),
    ],
)
def test_a_possessive_name_in_an_appositive_or_inverted_credit_is_not_the_speaker(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)] == [speaker]


def test_a_platform_after_the_verb_is_not_an_inverted_speaker() -> None:
    result = speakers(
        '"Absolutely hate this framing of voting," Vann R. Newkirk II, a writer for The '
        "Atlantic, said on Twitter."
    )
    assert "Twitter" not in [speaker for _, speaker in result]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Multiple outlets reported on Wednesday the agency had "more than one '
            'conversation" with the campaign.',
            "Multiple outlets",
        ),
        (
            'Lawyers for news organisations said it was "really vital" for the answers to be '
            "made public.",
            "Lawyers for news organisations",
        ),
        (
            '"We have a ton of work to do," said a longtime adviser to both candidates, who '
            "asked not to be named.",
            "a longtime adviser to both candidates",
        ),
        ('Ann Hale estimated that there are "somewhere between 23 and 28" opponents.', "Ann Hale"),
    ],
)
def test_groups_advisers_and_estimates(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_pronoun_before_the_verb_is_its_subject_not_the_owner_named_before_it() -> None:
    result = speakers(
        "Ann Hale met Tom Grey and Sue Moss on Friday.",
        'Ann Hale says she admired Sue Moss\'s courage through what she calls a "war of words."',
    )
    assert [speaker for _, speaker in result] == ["Ann Hale"]


def test_a_reporting_word_after_of_is_a_plural_noun() -> None:
    result = speakers(
        "Ann Hale says Tom Grey's flurry of late-night tweets about the vote was "
        '"unhinged, even for him."'
    )
    assert [speaker for _, speaker in result] == ["Ann Hale"]


def test_it_is_never_a_speaker() -> None:
    result = speakers(
        "Tom Grey's campaign is defending his tweets. It's denouncing what it calls "
        '"the biggest coordinated media attack in history."'
    )
    assert "It's" not in [speaker for _, speaker in result]


def test_a_quotation_after_a_credited_one_continues_its_speaker() -> None:
    result = speakers(
        '"Subpoenas are not optional," Chairman Tom Hale said after Bryan Grey failed to show up '
        'at the hearing he was formally called to. "Mr. Grey is a crucial witness."'
    )
    assert [speaker for _, speaker in result] == ["Tom Hale", "Tom Hale"]


def test_a_coordinated_verb_after_a_described_subject_is_that_subject() -> None:
    result = speakers(
        "Morgan Freeton won the prize. He thanked Clint Eastbury and described the film as "
        '"a labour of love".'
    )
    assert [speaker for _, speaker in result] == ["Morgan Freeton"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "After a late meeting, the Security Council issued a statement calling the test "
            '"a clear violation" of its resolutions.',
            "the Security Council",
        ),
        (
            'His office put out a statement saying the country "cannot vet every refugee".',
            "His office",
        ),
    ],
)
def test_who_issued_a_statement_speaks_not_the_statement(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_quotation_opening_the_sentence_after_one_about_a_person_is_theirs() -> None:
    result = speakers(
        'On "Face the Nation," Sen. Bernard Sands, who lost the primaries, identified young '
        "voters' exhaustion with bigotry as a reason. \"The younger people are sick and tired "
        'of discrimination."'
    )
    assert result[-1] == (
        "The younger people are sick and tired of discrimination.",
        "Bernard Sands",
    )


def test_a_quotation_after_a_sentence_about_a_person_keeps_its_own_credit() -> None:
    result = speakers(
        "Physio sessions with Johnston Grey have been a vital part of his recovery. "
        '"It is very effective," said Tom Hale.'
    )
    assert result[-1][1] == "Tom Hale"


def test_a_nickname_in_quotation_marks_is_part_of_the_name_not_a_quotation() -> None:
    result = speakers(
        'Antonio "LA" Reyd, chairman of the label, said: "I can think of no-one more relevant."'
    )
    assert result == [("I can think of no-one more relevant.", "Antonio Reyd")]


def test_a_credit_after_an_exclamation_names_its_speaker_after_a_description() -> None:
    result = speakers(
        '"This is a big year for our senator!" Scott\'s niece, state Del. Marcia Prine '
        "(D-Newport News), shouted to the crowd."
    )
    assert result == [("This is a big year for our senator!", "Marcia Prine")]


def test_a_new_statement_after_a_question_is_no_credit_for_it() -> None:
    result = speakers(
        'Ann Grey said: "Wales has moved on. Is it set back in How Green Was My Valley?" '
        'Responding to the criticisms, Mr Tom Pugh said: "The structure is under review."'
    )
    assert [speaker for _, speaker in result] == ["Ann Grey", "Tom Pugh"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            # the description names the person the sentence before opens with
            "Donald Tramp said little. The Republican presidential nominee has repeatedly "
            'wondered whether the moderators will be "fair" to him.',
            "Donald Tramp",
        ),
        (
            'In July, Gingham cynically dismissed Estonia as being in the "suburbs of St. '
            'Petersburg".',
            "Gingham",
        ),
    ],
)
def test_an_adverb_between_subject_and_verb_is_passed_over(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)][-1] == speaker


def test_going_on_about_words_reports_them() -> None:
    result = speakers(
        'Kevin was drifting off, and as Donald Tramp went on about "how the system is rigged" '
        'and "wounded American families," Melanie said yes.'
    )
    assert [speaker for _, speaker in result] == ["Donald Tramp", "Donald Tramp"]


def test_a_name_after_an_opening_phrase_and_a_role_is_the_subject_a_pronoun_means() -> None:
    result = speakers(
        "Ann Grey spoke at the hearing.",
        "In a statement issued Tuesday morning, presidential nominee Sue Hale was more "
        'circumspect. Though she called the behavior "outrageous", she went no further.',
    )
    assert result == [("outrageous", "Sue Hale")]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Hillary Clanton spoke.",
                '"This position is one you get by marriage," Melanne Verveer, who served as '
                "Hillary Clanton's chief of staff during the Clanton administration, said.",
            ),
            "Melanne Verveer",
        ),
        (
            (
                "The first volunteers are Eva Miller and Gloria Major.",
                '"How are you today?" Miller, a retired worker from a nuclear plant, said '
                "pleasantly into the phone.",
            ),
            "Eva Miller",
        ),
        (
            (
                "Donald Tramp spoke.",
                'Immediately after the attacks, Tramp issued a statement, "Last night, our '
                'nation was attacked."',
            ),
            "Donald Tramp",
        ),
        (
            (
                "Donald Tramp took questions.",
                "The billionaire businessman began by talking about the drug crisis, saying "
                'that heroin is now "cheaper than getting candy."',
            ),
            "Donald Tramp",
        ),
    ],
)
def test_credits_past_a_clause_an_adverb_or_a_statement(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ('Said Jim Comey, "The thought that an error is connected is very painful to us."',),
            "Jim Comey",
        ),
        (
            (
                "Although there is no overlap, a White House official who spoke anonymously to "
                'discuss strategy said Wednesday, "Certainly there are discussions."',
            ),
            "a White House official",
        ),
        (
            (
                "Barack Obama has had a frosty relationship with Mitch McConnell, now the majority "
                'leader, who in 2010 said the goal was to make Obama a "one-term president."',
            ),
            "Mitch McConnell",
        ),
        (
            (
                "Earlier this week, Hillary Clanton shared a bit of her anxiety with an audience "
                'at a fundraiser, "I do not know which Donald Tramp will show up."',
            ),
            "Hillary Clanton",
        ),
        (
            ('"What sport is he talking about? Is Obama profiling?" reacted Donald Tramp.',),
            "Donald Tramp",
        ),
        (
            (
                "Pressure is building on Terry McAuliffe, who was greeted with chants of "
                '"Bobby!" at a conference last month, according to union president Doris Crouse.',
            ),
            "Doris Crouse",
        ),
    ],
)
def test_relative_clauses_inversions_and_lead_ins(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "For Tramp, according to Ronald Reagan's former education secretary William J. "
                'Bennett, the speech represents "a test" of whether he can rise above it.',
            ),
            "William J. Bennett",
        ),
        (
            (
                "Bernie Sandors and Hillary Clanton spoke.",
                'That would create a "summer of agony" for Clanton up to the convention, forcing '
                "her to fend off both Tramp and Sandors, said Brad Bannon, a Democratic pollster.",
            ),
            "Brad Bannon",
        ),
        (
            (
                "Hillary Clanton spoke.",
                "Later, Sen. Claire McCaskell (D-Mo.), who has endorsed Clanton, said Sandors has "
                'pushed her to be a "more aggressive" candidate.',
            ),
            "Claire McCaskell",
        ),
        (
            (
                "One attendee, who like others spoke on the condition of anonymity, said the "
                'message was that "this is not going to be over in February."',
            ),
            "One attendee",
        ),
        (
            ('"We are delighted," the company said in a statement.',),
            "the company",
        ),
    ],
)
def test_objects_inside_a_credit_are_not_its_subject(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Obama hopes it works. As The Post's Ruth Marcos puts it, Obama is trying to make "
            'Republicans "an offer they can\'t afford to refuse."',
            "Ruth Marcos",
        ),
        (
            'The requirement is a "lawful source of investment income," as a Homeland Security '
            "memo put it.",
            "a Homeland Security memo",
        ),
        (
            '"After we came here, we realized it was all lies," said one owner of a shop that '
            "sells underwear who declined to be named.",
            "one owner of a shop",
        ),
        (
            '"If she wants to be the next president, she should act like one," the editorial read.',
            "the editorial",
        ),
    ],
)
def test_put_it_read_and_inverted_descriptions(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Barack Obama spoke. Sen. Marco Rubeo said Obama failed. Nothing the president "
                'said "will assuage people\'s fears," the Florida senator said.',
            ),
            "Marco Rubeo",
        ),
        (
            (
                '"We are extremely happy" about the decision, said RoseAnn DeMoro, executive '
                "director of the union.",
            ),
            "RoseAnn DeMoro",
        ),
        (
            (
                "Mike Huckabee spoke.",
                '"Any candidate probably needs to make money," said Huckabee campaign spokesman '
                "Hogan Gidley.",
            ),
            "Hogan Gidley",
        ),
        (
            (
                "Hillary Clanton spoke.",
                'One Clanton spokesman has called it "overclassification run amok."',
            ),
            "One Clanton spokesman",
        ),
        (
            (
                "A spokeswoman for the Information Office said it was examining one complaint. "
                '"We are investigating one of the complaints," she said.',
            ),
            "A spokeswoman for the Information Office",
        ),
    ],
)
def test_the_credit_right_after_a_quotation_and_names_used_as_modifiers(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            '"There never was a stand-down order," said the base chief known as Bob, speaking '
            "publicly for the first time.",
            "the base chief",
        ),
        ('"The campaign has not said whether anyone will come," the release added.', "the release"),
        ('"Gov. Christy, blink twice if you\'re in trouble!" one person tweeted.', "one person"),
        (
            'One Club for Growth ad, which is currently airing, argues that "only Ted Cruise can '
            'win."',
            "One Club for Growth ad",
        ),
        (
            "Ann Hale criticised the email use, which an FBI investigation said was "
            '"extremely careless".',
            "an FBI investigation",
        ),
    ],
)
def test_descriptions_that_speak_and_relative_clauses_with_their_own_subject(
    paragraph: str, speaker: str
) -> None:
    assert [name for _, name in speakers(paragraph)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Hillary Clanton spoke.",
                "A Clanton campaign official later walked back the comments, saying that she "
                '"didn\'t have a particular video in mind."',
            ),
            "A Clanton campaign official",
        ),
        (
            (
                "Ted Cruise spoke.",
                '"That can go a long way toward good relationships," said a senior Cruise adviser.',
            ),
            "a senior Cruise adviser",
        ),
        (
            ('Donald Tramp spoke. "The bad ones?" Tramp asked. "Out!" the crowd yelled.',),
            "the crowd",
        ),
        (
            ('Sean Hanity asked. Donald Tramp spoke. "I would say this," Tramp answered.',),
            "Donald Tramp",
        ),
        (
            ('Megan Kelley spoke. "You have called women fat pigs," Kelley charged.',),
            "Megan Kelley",
        ),
    ],
)
def test_a_name_modifying_a_noun_crowds_and_more_reporting_verbs(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A Government Accountability Office report released last year found that the agency "
            'could not be sure the money was not coming from "the drug trade."',
            "A Government Accountability Office report",
        ),
        (
            "Hillary Clanton spoke. FBI director James Comay decided not to recommend indicting "
            'Clanton even though he found "evidence" that she broke the law.',
            "James Comay",
        ),
    ],
)
def test_findings_and_a_pronoun_of_the_other_sex(paragraph: str, speaker: str) -> None:
    assert [name for _, name in speakers(paragraph)][-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speakers_expected"),
    [
        (
            'His endorsements will carry "a great deal of weight" and bring candidates the '
            '"grass-roots firepower" they need to win, DFA spokesman Neil Srokan said.',
            ["Neil Srokan", "Neil Srokan"],
        ),
        (
            "M. Dane Waters, whose group has been at the forefront of this effort, predicted that "
            'delegates would "take this fight to the floor."',
            ["M. Dane Waters"],
        ),
        (
            '"It is going to be challenging," said a longtime GOP data expert who has worked for '
            "a rival.",
            ["a longtime GOP data expert"],
        ),
    ],
)
def test_a_credit_after_the_last_quotation_initials_and_experts(
    paragraph: str, speakers_expected: list[str]
) -> None:
    assert [name for _, name in speakers(paragraph)] == speakers_expected


def test_a_participle_after_a_reported_clause_belongs_to_the_reporting_subject() -> None:
    result = speakers(
        "Hillary Clanton spoke. Even a top GOP strategist said Clanton will have to choose a "
        'side, saying, "At some point, she is going to have to come out."'
    )
    assert [speaker for _, speaker in result] == ["a top GOP strategist"]


def test_participles_of_reporting_verbs_report() -> None:
    result = speakers(
        'Donald Tramp says he goes "back to war tomorrow." He\'s predicting he will do "very, '
        'very well" in Nevada.'
    )
    assert [speaker for _, speaker in result] == ["Donald Tramp", "Donald Tramp"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Hillary Clanton spoke.",
                "In an interview with hosts Joe Scarbor and Mika Brzezin, the Democratic "
                'presidential candidate stated that the comments were "divisive".',
            ),
            "the Democratic presidential candidate",
        ),
        (
            (
                "Donald Tramp spoke.",
                "House Republican Thomas Massie used to support Rand Paul, but now said Tramp had "
                '"the opportunity to bring us together."',
            ),
            "Thomas Massie",
        ),
    ],
)
def test_an_unclosed_appositive_and_a_coordinated_verb_after_an_adverb(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [name for _, name in speakers(*paragraphs)][-1] == speaker


def test_an_age_description_credits_the_person_given_that_age() -> None:
    result = speakers(
        "Mark Rashleigh, 23, scored twice before Bruno Fernandez, 26, added a penalty. "
        '"I just want to keep improving," said the 23-year-old.'
    )
    assert [speaker for _, speaker in result] == ["Mark Rashleigh"]


def test_an_age_description_credits_the_person_just_written_about() -> None:
    result = speakers(
        "Ivo Minarek, ranked 158th in the world, was forced to pull out of qualifying. "
        '"For me, this was a big success," said the 20-year-old.'
    )
    assert [speaker for _, speaker in result] == ["Ivo Minarek"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Haddas was asked by moderator Peter Carter whether the plan would "add another '
            'costly entitlement."',
            "Peter Carter",
        ),
        (
            'The $499 tablet, sold for £339 in the UK, was described by Moreau as the "most '
            'important tablet" made by the firm.',
            "Laura Moreau",
        ),
        (
            'Haddas was asked on Monday about the plan and said it was "dead on arrival."',
            "Maria Haddas",
        ),
    ],
)
def test_a_passive_reporting_verb_credits_its_agent_after_by(sentence: str, speaker: str) -> None:
    context = (
        "Chief executive Laura Moreau showed off the tablet at her annual speech. "
        "Senator Maria Haddas spoke in Iowa."
    )
    result = speakers(context, sentence)
    assert [name for _, name in result] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Another said he hoped with his "whole heart" that the plan fails.', "Another"),
        ('"It is a comedy," one wrote.', "one"),
        ('"It is a comedy," wrote one.', "one"),
        ('In Leeds, most said they were "very worried" about it.', "most"),
    ],
)
def test_a_quantifier_alone_as_subject_speaks(sentence: str, speaker: str) -> None:
    context = "Minister Anna Novak spoke on Monday. Readers online were less kind."
    assert [name for _, name in speakers(context, sentence)] == [speaker]


def test_a_quantifier_inside_a_clause_is_not_the_speaker() -> None:
    result = speakers(
        "Minister Anna Novak spoke on Monday.",
        'Novak is not as hurt as some reports have suggested after "an unprovoked assault".',
    )
    assert [name for _, name in result] != ["some"]


def test_a_wire_dateline_is_not_part_of_the_sentence_after_it() -> None:
    result = speakers(
        "PHILADELPHIA, July 25 (UPI) — The party committee released a statement on Monday, "
        'offering "a deep and sincere apology" to Senator Anna Novak.'
    )
    assert result == [("a deep and sincere apology", "The party committee")]


def test_the_object_of_an_opening_to_phrase_is_not_the_subject() -> None:
    result = speakers(
        'Maria Haddas, 24, won the title in Pattaya. "The tournament is a test," she said. '
        'Speaking to Le Monde, the 24-year-old Swiss added: "There will not be as many people."'
    )
    assert [name for _, name in result] == ["Maria Haddas", "Maria Haddas"]


def test_an_adverb_between_the_name_and_its_participle_cue() -> None:
    result = speakers(
        "Minister Anna Novak and her rival Peter Carter held rallies on Saturday.",
        'Supporters pushed a protester out, with Novak reportedly yelling: "Get him out of here!"',
    )
    assert [name for _, name in result] == ["Anna Novak"]


@pytest.mark.parametrize(
    ("paragraph", "first_sentence"),
    [
        ("BEDFORD, N.H. (AP) — Voters came out. They stayed.", "BEDFORD, N.H. (AP) — "),
        (
            "DES MOINES, Iowa, Aug. 10 (UPI) — Voters came out.",
            "DES MOINES, Iowa, Aug. 10 (UPI) — ",
        ),
        ("Mr Brown — the minister — spoke. He left.", "Mr Brown — the minister — spoke. "),
        (
            "US President Bush — who spoke — left. He went.",
            "US President Bush — who spoke — left. ",
        ),
    ],
)
def test_a_dateline_is_a_sentence_of_its_own(paragraph: str, first_sentence: str) -> None:
    start, end = sentence_bounds(paragraph, [])[0]
    assert paragraph[start:end] == first_sentence


def test_the_subject_of_an_in_which_clause_owns_the_words_quoted_in_it() -> None:
    result = speakers(
        "Minister Anna Novak and Peter Carter spoke on Monday.",
        "Carter gave an interview, in which Novak expressed confidence that the plan was not "
        'an issue "that is going to affect the campaign."',
    )
    assert [name for _, name in result] == ["Anna Novak"]


def test_a_closed_in_which_clause_does_not_own_what_follows_it() -> None:
    result = speakers(
        "Minister Anna Novak and the actor Peter Carter spoke on Monday.",
        "Novak cited the 2003 film, in which Carter played a man on death row, as proof of its "
        '"veritable commitment."',
    )
    assert [name for _, name in result] != ["Peter Carter"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"The evidence contradicts her testimony," the committee chairmen wrote.',
            "the committee chairmen",
        ),
        ('"It is hard to think of anybody not enjoying it," wrote the judges.', "the judges"),
        ('"We will work with investigators," the two firms said in a statement.', "the two firms"),
    ],
)
def test_a_plural_role_or_source_speaks_as_a_description(sentence: str, speaker: str) -> None:
    result = speakers("FBI Director Peter Carter testified on Monday.", sentence)
    assert [name for _, name in result] == [speaker]


def test_a_plural_after_a_reporting_verb_is_not_part_of_the_subject() -> None:
    result = speakers(
        "In some cases, staff are said to have lied about their rank to boost their pay. The "
        'prime minister\'s office said auditors had found "irregularities in the career structure".'
    )
    assert [name for _, name in result] == ["The prime minister's office"]


def test_a_party_member_cut_before_a_participle_speaks() -> None:
    result = speakers(
        '"You will see a massive ad spend," said one Republican involved in the planning, who '
        "spoke on the condition of anonymity."
    )
    assert result == [("You will see a massive ad spend,", "one Republican")]


def test_an_appositive_holding_a_list_still_closes_before_the_verb() -> None:
    result = speakers(
        'The plans "are steps in the right direction," Anne Novak, assistant secretary for '
        "population, refugees, and migration, said on the same call."
    )
    assert result == [("are steps in the right direction,", "Anne Novak")]


def test_the_object_of_an_opening_like_is_not_the_subject() -> None:
    result = speakers(
        "Senator Peter Carter and Senator Anna Novak spoke on Monday.",
        'Like Carter, Novak also rejected the idea, arguing that there is "room to move" in it.',
    )
    assert [name for _, name in result] == ["Anna Novak"]


def test_a_while_clause_after_a_quotation_ending_in_a_comma_has_its_own_subject() -> None:
    result = speakers(
        "Peter Carter and Anna Novak met on Monday.",
        'Carter refers to his rival as "Ms Novak," while Novak refers to him as "Pete."',
    )
    assert [name for _, name in result] == ["Peter Carter", "Anna Novak"]


def test_a_long_appositive_between_the_name_and_the_verb() -> None:
    result = speakers(
        "Anna Novak praised the Post's political editor Peter Carter in Hanahan on Monday.",
        '"Very good reporter, this guy," Novak, the 2016 party frontrunner nationally and current '
        "polling leader in South Carolina by a wide margin after winning the New Hampshire "
        "primaries, said when Carter asked her a question.",
    )
    assert [name for _, name in result] == ["Anna Novak"]


def test_a_suit_speaks_through_its_text() -> None:
    result = speakers(
        "Peter Carter sued the firm on Monday.",
        'Carter\'s statements, the suit added, were "false and malicious".',
    )
    assert [name for _, name in result] == ["the suit"]


def test_an_appositive_with_age_place_and_a_relative_clause() -> None:
    result = speakers(
        '"Both of them scare me," Peter Carter, 30, of Raleigh, N.C., who was among those '
        "polled, said in a follow-up interview."
    )
    assert result == [("Both of them scare me,", "Peter Carter")]


@pytest.mark.parametrize(
    ("context", "speaker"),
    [
        (
            "Norwich have signed midfielder Peter Carter until the end of the season.",
            "Peter Carter",
        ),
        ("A video of the speech went viral on Monday.", "the 34-year-old"),
    ],
)
def test_an_age_description_after_the_quotation(context: str, speaker: str) -> None:
    result = speakers(
        context, '"It was a very easy decision to make," the 34-year-old told the club.'
    )
    assert [name for _, name in result] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Calculators will have to wait," said an IMF official in a briefing.', "an IMF official"),
        (
            '"Cancellations are not unusual," wrote analysts from Citigroup in a note to clients.',
            "analysts from Citigroup",
        ),
        (
            '"It is a frenzy," said one Democratic source on the panel.',
            "one Democratic source on the panel",
        ),
    ],
)
def test_where_an_inverted_subject_said_it_is_no_part_of_it(sentence: str, speaker: str) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_people_counted_speak_as_a_description() -> None:
    result = speakers(
        "The two lawmakers wrote to the director.",
        '"You seem to have picked a new standard," the two write.',
    )
    assert [name for _, name in result] == ["the two"]


def test_a_town_that_released_a_statement_on_a_weekday_speaks() -> None:
    result = speakers(
        'The town released a statement Wednesday saying the comments "are based on opinion, '
        'not facts," and invited him to visit.'
    )
    assert [name for _, name in result] == ["The town"]


def test_an_appositive_holding_a_quoted_title() -> None:
    result = speakers(
        "Anna Novak studies the media.",
        'Novak, the co-author of "Going Viral," about the spread of information, said the days '
        'when the nation had "a somewhat unifying story" are gone.',
    )
    assert [name for _, name in result] == ["Anna Novak"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The talks are stuck," a source close to the union said.', "a source close to the union"),
        ('"He will sign it," an aide to the governor said.', "an aide to the governor"),
        (
            '"The deal is off," said two people familiar with the talks.',
            "two people familiar with the talks",
        ),
        (
            '"She cannot win there," said one Democrat familiar with the campaign.',
            "one Democrat familiar with the campaign",
        ),
    ],
)
def test_a_description_with_a_phrase_after_its_noun_speaks_whole(
    sentence: str, speaker: str
) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_the_governor_an_aide_speaks_for_is_not_the_speaker() -> None:
    result = speakers(
        "Governor Mark Ellison signed the bill on Monday.",
        '"He is pleased," an aide to the governor said.',
    )
    assert [name for _, name in result] == ["an aide to the governor"]


def test_a_name_in_a_relative_clause_after_an_inverted_subject_is_not_the_speaker() -> None:
    result = speakers(
        "Ruth Calder, a former aide, sent the emails.",
        '"I can tell you her account sent them," said one source who identified Calder but '
        "spoke on the condition of anonymity.",
    )
    assert [name for _, name in result] == ["one source"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"This is fantastic!" beamed Donald Hartley of Madison, Alabama.', "Donald Hartley"),
        (
            '"He is not finished yet," whispered a party official as your reporter left.',
            "a party official",
        ),
    ],
)
def test_manner_of_speaking_verbs_after_the_quotation(sentence: str, speaker: str) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The tour is off," texted the singer\'s manager.', "the singer's manager"),
        ('"We will appeal," emailed a club spokesman.', "a club spokesman"),
    ],
)
def test_written_reporting_verbs(sentence: str, speaker: str) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'A Number 10 spokeswoman would only say: "He will call it when he wants to."',
            "A Number 10 spokeswoman",
        ),
        ('"It is a huge market," the 47-year-old director said.', "the 47-year-old director"),
        (
            '"It was handled lightly," said a former U.S. law enforcement official.',
            "a former U.S. law enforcement official",
        ),
        ('"Sales fell," the M&S spokesman said.', "the M&S spokesman"),
        ('Article 33 affirms: "No state shall expel a refugee."', "Article 33"),
    ],
)
def test_a_description_keeps_the_figures_and_marks_written_in_it(
    sentence: str, speaker: str
) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_he_finds_a_man_whose_first_name_is_mostly_female_elsewhere() -> None:
    # "Bernie", "Rand", "Jamie": female in the first-name data overall, male where English news
    # is written; "he" must still reach them.
    result = speakers(
        "Bernie Sanders spoke to supporters in Iowa.",
        "Hillary Clinton spoke in Nevada.",
        'Sanders was not impressed. "No banker has been prosecuted," he said.',
    )
    assert [name for _, name in result] == ["Bernie Sanders"]


def test_a_name_after_an_inverted_verb_beats_the_name_before_its_comma() -> None:
    result = speakers(
        "Hillary Clinton leads the race. Steve Elmendorf worked for John Kerry.",
        '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, '
        "said Steve Elmendorf, a strategist.",
    )
    assert [name for _, name in result] == ["Steve Elmendorf"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Carly Fiorina told "Fox and Friends," that she would win the nomination.',
        'She spoke in an interview with "Fox News Sunday." The network aired it twice.',
        # right after the kind of work it names, a full stop set inside the marks
        'Mr Vale was joined by Buddy Valk, star of the TLC reality show "Cake Boss."',
        'Three people were shot at a screening of her blockbuster film, "Trainwreck."',
        'Zach Carr co-hosts the politics podcast "So, That Happened." Subscribe here.',
        # a title of short words, and a title after a title
        'Friday on CNN\'s "New Day," Sen. Kirsten Gill said she would wait.',
        'Serafin, who starred in "Parks and Recreation" and "Guardians of the Galaxy," '
        "posted the clip.",
    ],
)
def test_a_programme_told_or_interviewed_with_is_a_title_not_speech(sentence: str) -> None:
    assert speakers(sentence) == []


def test_a_quotation_opening_with_a_bracket_starts_a_sentence() -> None:
    result = speakers(
        'Analysts said French companies were reluctant to hire. "[The figures] show the main '
        'problem," said Marc Touati, an economist at a bank.'
    )
    assert [name for _, name in result] == ["Marc Touati"]


def test_a_credit_ending_in_a_colon_credits_the_next_quotation_not_the_one_before() -> None:
    result = speakers(
        'Ted Cohen said: "I can send you the song. "It\'s a social phenomenon." Gilles Babinet '
        'said: "Today you use radio to discover music."'
    )
    assert [name for _, name in result] == ["Ted Cohen", "Ted Cohen", "Gilles Babinet"]


def test_a_description_credited_before_continues_into_the_next_sentence() -> None:
    result = speakers(
        "Carly Fiorina met Frank Fiorina in Palo Alto.",
        'Fiorina was not one for "engaging her team," said one former executive who requested '
        'anonymity. "When she had come to a decision, she had made up her mind."',
    )
    assert [name for _, name in result] == ["one former executive", "one former executive"]


def test_the_moderator_is_not_the_candidate_asked() -> None:
    result = speakers(
        "Donald Trump was asked a question about police violence.",
        '"Many argue that phones are exposing what has been happening," the moderator said.',
    )
    assert [name for _, name in result] == ["the moderator"]


def test_a_child_speaks() -> None:
    result = speakers(
        "Nancy Pelosi told of a boy who asked who the man in a painting was. Another child "
        'responded, "That is Hillary\'s husband."'
    )
    assert [name for _, name in result] == ["Another child"]


def test_what_a_relative_clause_says_someone_is_is_not_a_speaker() -> None:
    result = speakers(
        "The new minister Ruth Kelly took office on Monday.",
        'Ms Kelly, who is Catholic, is reported to be "pro-life" and has opposed the research.',
    )
    assert [name for _, name in result] == ["Ruth Kelly"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Tottenham manager Martin Jol was pleased. "We had the initiative," the Dutchman said.',
            "Martin Jol",
        ),
        ('Andy Roddick lost both singles. "It is just tough," said the American.', "Andy Roddick"),
        # the person just written about is of another country; one other person is of this one
        (
            "Norway striker Erik Haland scored before England striker Harry Kale added a "
            'penalty. "It was a great moment," the Norwegian said.',
            "Erik Haland",
        ),
    ],
)
def test_a_nationality_names_the_person_just_written_about(sentence: str, speaker: str) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_according_to_without_a_comma_ends_where_a_new_noun_phrase_starts() -> None:
    result = speakers(
        "According to the Datamonitor report the trend marked teenagers out as "
        '"particularly important to cosmetics makers".',
        'According to Mr Peston the prime minister said: "Help me to get through the year."',
    )
    assert [name for _, name in result] == ["the Datamonitor report", "the prime minister"]


def test_a_sentence_adverb_is_no_part_of_the_speaker() -> None:
    result = speakers('Instead, Acme told reporters its plan was "to go after them" this year.')
    assert result == [("to go after them", "Acme")]


def test_a_sentence_with_its_own_quotation_does_not_credit_the_one_before() -> None:
    result = speakers(
        'Shadow minister Ann Hale said: "Britain must keep the rebate.',
        '"It is one of the biggest contributors to the EU." Foreign Secretary Tom Reed '
        'meanwhile said the "justice" of the rebate remained.',
    )
    assert result == [
        ("Britain must keep the rebate.", "Ann Hale"),
        ("It is one of the biggest contributors to the EU.", "Ann Hale"),
        ("justice", "Tom Reed"),
    ]


def test_words_with_no_reporting_verb_do_not_credit_the_quotation_before() -> None:
    result = speakers(
        'His mother Mary Dunn said: "I know his character." "He loves children." '
        'Describing Tom Dunn as "a good man", she left the studio.'
    )
    assert [name for _, name in result][:2] == ["Mary Dunn", "Mary Dunn"]


def test_a_shadow_or_deputy_is_not_the_office_a_description_names() -> None:
    result = speakers(
        "Shadow Foreign Secretary Ann Hale spoke first. Jack Stone spoke next.",
        'The foreign secretary told the BBC: "It was an observation, nothing more."',
    )
    assert result == [("It was an observation, nothing more.", "Jack Stone")]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Mark Hale scored, and Tom Reed is confident of a win. "We can beat anyone," he said.',
        'Mark Hale said the pitch was poor but captain Tom Reed sees hope. "We can," he said.',
        "Mark Hale said he was tired but Rugby Wales's Tom Reed rejected that. "
        '"He looked fine to me," he said.',
    ],
)
def test_a_name_opening_a_clause_after_and_or_but_is_its_subject(paragraph: str) -> None:
    assert speakers(paragraph)[-1][1] == "Tom Reed"


def test_a_long_opening_phrase_comes_before_the_subject() -> None:
    result = speakers(
        "Injuries have taken their toll and coach Mark Hale has lost four players.",
        "And with 27 caps and a World Cup winner's medal to his name, Tom Reed is a guide to "
        "youngsters such as Matt Tait. "
        '"I was in awe of the older players," he said.',
    )
    assert result[-1][1] == "Tom Reed"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (  # the article never gives the first name; "Hale said" shows the word names someone
            [
                '"The plan is sound," Hale said on Monday.',
                'Hale paused, then leaned in and boomed: "Let us win in November."',
            ],
            "Hale",
        ),
        (  # the word stands alone inside sentences twice: a name, not a capitalised noun
            [
                "The Hale camp was pleased, and aides to Hale agreed.",
                'At the debate, Hale compared himself to Reed, saying, "I take no fees."',
            ],
            "Hale",
        ),
    ],
)
def test_a_one_word_name_opening_the_sentence_speaks_its_colon_or_comma_quotation(
    paragraphs: list[str], expected: str
) -> None:
    assert speakers(*paragraphs)[-1][1] == expected


def test_a_capitalised_word_opening_a_sentence_is_no_one_word_name() -> None:
    result = speakers(
        "Policy makers wanted calm.", 'Policy shifted quickly: "a brutal year, with much trouble".'
    )
    assert result == [("a brutal year, with much trouble", None)]


def test_a_long_credit_after_a_question_closed_inside_a_nested_quotation() -> None:
    result = speakers(
        "\"He stopped and asked, 'How do we win Loudoun?'\" Tom Estrada, the chairman for the "
        "county party, said of the encounter."
    )
    assert result == [("He stopped and asked, 'How do we win Loudoun?'", "Tom Estrada")]


def test_a_quotation_paragraph_after_a_statement_was_issued_is_the_issuers() -> None:
    result = speakers(
        "At the chairman's request, the league issued a statement apologising to fans for the "
        "delays, which had lasted three hours.",
        '"On behalf of everyone at the league, we offer a sincere apology to our supporters."',
    )
    assert result == [
        (
            "On behalf of everyone at the league, we offer a sincere apology to our supporters.",
            "the league",
        )
    ]


def test_a_description_credited_in_the_lede_is_the_person_named_just_after() -> None:
    parsed = article(
        'The "myth that ageing is a barrier" must be "exploded", the work and pensions minister '
        "has said.",
        "This was why the government was considering scrapping the retirement age, Alan "
        "Jarvis said.",
    )
    people = find_people(parsed.body)
    quotes = extract_quotes(parsed, people)
    assert [q.speaker.name for q in quotes] == ["Alan Jarvis", "Alan Jarvis"]
    assert people[0].role == "work and pensions minister"


def test_a_description_inside_the_article_is_not_the_person_named_after_it() -> None:
    parsed = article(
        "The exchange's shares rose on Monday.",
        "A weekend report had quoted an unnamed executive.",
        '"The savings are far greater," the executive said.',
        "Chief executive Jean Theodore declined to comment.",
    )
    quotes = extract_quotes(parsed, find_people(parsed.body))
    assert quotes[-1].speaker.name == "the executive"


def test_a_long_description_names_the_person_just_reported() -> None:
    parsed = article(
        "Kelly Hale has withdrawn from this weekend's championships with a hamstring injury.",
        'The double Olympic champion said: "I am very disappointed."',
    )
    people = find_people(parsed.body)
    quotes = extract_quotes(parsed, people)
    assert quotes[-1].speaker.name == "Kelly Hale"
    assert people[0].role == "double Olympic champion"


def test_an_age_is_no_part_of_the_role_a_description_gives() -> None:
    parsed = article(
        "Chris Murphy spoke in Hartford on Monday.",
        'The 43-year-old former congressman called it "a litmus test".',
    )
    people = find_people(parsed.body)
    extract_quotes(parsed, people)
    assert people[0].role == "former congressman"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Variety magazine said: "British TV never realised how low it could go."',
            "Variety magazine",
        ),
        (
            'Big Brother\'s spokeswoman said: "Only a handful of producers know."',
            "Big Brother's spokeswoman",
        ),
    ],
)
def test_a_name_and_its_source_noun_without_a_determiner_speak(
    paragraph: str, speaker: str
) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_the_tail_of_a_longer_description_is_no_speaker_of_its_own() -> None:
    result = speakers(
        'A Department for Education and Skills spokeswoman said: "Every day in school counts."'
    )
    assert result[0][1] != "Skills spokeswoman"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'A Department for Work and Pensions spokeswoman said: "The award reflects his work."',
            "A Department for Work and Pensions spokeswoman",
        ),
        (
            'The MP for Sittingbourne and Sheppey said the party was "trying very hard".',
            "The MP for Sittingbourne and Sheppey",
        ),
    ],
)
def test_and_between_the_capitalised_words_of_a_name_opens_no_clause(
    paragraph: str, speaker: str
) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_an_organisation_before_its_appositive_speaks() -> None:
    result = speakers(
        "Swiss Re said the damage was large.",
        'Munich Re, the world\'s biggest reinsurer, said: "This is primarily a human tragedy."',
    )
    assert result[-1][1] == "Munich Re"


def test_an_organisation_before_its_appositive_speaks_a_reported_clause() -> None:
    result = speakers(
        "Samsong, Apple's biggest rival, said in a statement that its phones "
        '"offer more for less".',
        'The Bishop of Durham, the Rt Rev Dr Tom Wrighte, called it a "great thriller".',
    )
    assert [name for _, name in result] == ["Samsong", "Tom Wrighte"]


def test_an_opening_participle_phrase_is_no_speaker_before_an_appositive() -> None:
    result = speakers(
        "Appearing on CBS' Face the Nation, the front-runner said his rival "
        '"caused tremendous death" abroad.'
    )
    assert result[-1][1] != "Appearing on CBS' Face the Nation"


def test_a_description_placed_by_a_phrase_names_who_holds_its_office() -> None:
    result = speakers(
        "Director Oliver Stane spoke in Sweden, where the writer Gore Videl praised him.",
        '"Europeans are more open to the film," said the director behind Platoon and JFK.',
    )
    assert result[-1][1] == "Oliver Stane"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'However, the minutes added: "Some members noted a rise might be warranted."',
            "the minutes",
        ),
        ('The newsletter says: "We can send them a letter from the candidate."', "The newsletter"),
        (
            'The party\'s manifesto says: "We will cut taxes for working families."',
            "The party's manifesto",
        ),
    ],
)
def test_minutes_newsletters_and_manifestos_speak_as_documents(
    paragraph: str, speaker: str
) -> None:
    assert [name for _, name in speakers(paragraph)] == [speaker]


def test_a_pronoun_after_and_or_but_opens_the_sentence_as_its_subject() -> None:
    result = speakers(
        "Charles Kenny said people were sceptical about the promises.",
        'But he brushed off suggestions that a vote for his party meant the Tories "by the back '
        'door".',
    )
    assert result[-1][1] == "Charles Kenny"


def test_a_pronoun_nobody_named_leaves_no_later_name_as_the_subject() -> None:
    result = speakers(
        "Pete Santo is in jail. His wife spoke to reporters.",
        "And she is sure that keeping Santo in jail will only make his voice louder: "
        '"They are creating a monster."',
    )
    assert result[-1][1] != "Pete Santo"


@pytest.mark.parametrize(
    "question",
    [
        "why would anyone vote for that?",
        "what on earth were they thinking!",
    ],
)
def test_a_question_ended_before_an_inverted_credit_takes_that_credit(question: str) -> None:
    result = speakers(
        "Maria Lopez ran the campaign in 2010.",
        "If the council really means to close the library, as many parents fear but council "
        f'leader Tom Hart strongly denies, "{question}" asked Lopez, now a consultant in Leeds.',
    )
    assert result == [(question, "Maria Lopez")]


@pytest.mark.parametrize("adjective", ["harsh", "over-the-top", "controversial"])
def test_a_plural_noun_after_a_possessive_and_an_adjective_is_no_reporting_verb(
    adjective: str,
) -> None:
    result = speakers(
        "Donald Trump spoke in Ohio on Monday.",
        f"Joe Maloy, a retired teacher, said that Trump's {adjective} comments make him wish "
        'the party could "put the genie back in the bottle."',
    )
    assert result == [("put the genie back in the bottle.", "Joe Maloy")]


def test_a_verb_after_a_determiner_and_a_noun_still_reports() -> None:
    result = speakers('"Family Medical Leave," the document states, "is available after a year."')
    assert [speaker for _, speaker in result] == ["the document", "the document"]


def test_a_pronoun_after_a_clause_break_is_the_subject_not_the_name_before_it() -> None:
    result = speakers(
        "Sam Berg opened the debate in Leeds.",
        "Tom Hale went after Berg at the debate refusing to recant earlier remarks, when he "
        'called the councillor "reckless."',
    )
    assert result == [("reckless.", "Tom Hale")]


def test_a_name_before_a_word_spelt_like_a_verb_is_no_subject_for_a_later_pronoun() -> None:
    result = speakers(
        "Party spokesman Mark Hale said those who chose Mr Dunn knew nothing of his views.",
        "He said the main issue was that Mr Dunn's reported views had been sent to two "
        'papers. He told reporters: "We have suspended him as a candidate."',
    )
    assert result == [("We have suspended him as a candidate.", "Mark Hale")]


def test_a_name_and_any_verb_after_a_quotation_credit_it() -> None:
    result = speakers(
        "Sean Hannity interviewed Donald Trump on Monday night.",
        '"The Times says you told them something else," Hannity started.',
        '"We had a meeting and they leaked it," Trump said.',
        '"Would the wall be negotiable?" Hannity pressed. "Would the plan change?"',
    )
    assert [speaker for _, speaker in result] == [
        "Sean Hannity",
        "Donald Trump",
        "Sean Hannity",
        "Sean Hannity",
    ]


@pytest.mark.parametrize("noun", ["promise", "slogan", "remark"])
def test_a_quotation_between_a_possessive_and_a_noun_for_speech_is_the_owners(
    noun: str,
) -> None:
    result = speakers(
        "Barack Obama signed the law in 2010.",
        f'Unions still feel the pull of Obama\'s "if you like your plan, you can keep it" {noun}.',
    )
    assert result == [("if you like your plan, you can keep it", "Barack Obama")]


def test_a_quotation_after_a_possessive_alone_is_not_the_owners() -> None:
    result = speakers(
        "Donald Trump tweeted at dawn.",
        'Hillary Clinton said Trump\'s "latest twitter meltdown is unhinged, even for him."',
    )
    assert result == [("latest twitter meltdown is unhinged, even for him.", "Hillary Clinton")]


def test_a_possessive_and_its_noun_before_an_irregular_past_speak_as_written() -> None:
    result = speakers(
        "Anna Smith is running for mayor.",
        "In responding Friday, Smith's campaign took the unusual step of criticising the "
        'council, accusing officials of "secrecy run amok."',
    )
    assert result == [("secrecy run amok.", "Smith's campaign")]


def test_an_owned_noun_after_an_opening_clause_speaks_not_the_clauses_name() -> None:
    result = speakers(
        "Patrick Murphy debated Marco Rubio on Monday.",
        "Shortly after Murphy's conference call ended, Rubio's campaign sent out a press "
        'release saying Murphy owes "Florida an explanation for his votes."',
    )
    assert result == [("Florida an explanation for his votes.", "Rubio's campaign")]


def test_a_quotation_paragraph_after_one_who_spoke_is_theirs() -> None:
    result = speakers(
        'Instead, Tom Hale told the BBC his plan was "to go after them" if he wins.',
        'What "go after them" means is left to voters, since Hale spoke only in evasive '
        "phrases during the interview.",
        '"We have to do something and it is the only way you stop it."',
    )
    assert [speaker for _, speaker in result] == ["Tom Hale", "Tom Hale", "Tom Hale"]


@pytest.mark.parametrize("verb", ["spoke of", "pressed for"])
def test_spoke_and_pressed_report_what_follows(verb: str) -> None:
    result = speakers(f'Jonathan Baume, of the civil servants\' union, {verb} "competing agendas".')
    assert result == [("competing agendas", "Jonathan Baume")]


@pytest.mark.parametrize(
    "description",
    [
        "a person close to the Clintons",
        "one well-connected Democrat familiar with the Clinton campaign's organization",
    ],
)
def test_a_long_description_close_to_or_familiar_with_someone_speaks_whole(
    description: str,
) -> None:
    result = speakers(
        "Bill Clinton spoke in Iowa on Monday.",
        f'"The drop is attributable to the emails," said {description}, who asked not to be named.',
    )
    assert result == [("The drop is attributable to the emails,", description)]


def test_a_statement_issued_credits_the_next_paragraph_before_any_cue_in_its_clauses() -> None:
    result = speakers(
        "At the chair's direction, the league issued a statement apologising to fans for the "
        "emails, which included staff members suggesting the fans were to blame.",
        '"On behalf of everyone at the league, we offer a sincere apology."',
    )
    assert result == [
        ("On behalf of everyone at the league, we offer a sincere apology.", "the league")
    ]


def test_an_owned_noun_ends_at_a_present_verb_with_its_object() -> None:
    result = speakers(
        "Rachel Hoff wrote to the platform committee.",
        'Hoff\'s letter makes a libertarian case: "We must stand together as Americans."',
    )
    assert result == [("We must stand together as Americans.", "Hoff's letter")]


def test_a_quotation_in_a_persons_claim_that_is_theirs() -> None:
    result = speakers(
        "Donald Trump spoke in Ohio.",
        "Gov. Mike Pence blamed the media for making an issue of Donald Trump's claim that "
        'President Barack Obama "founded ISIS," saying they were nitpicking.',
    )
    assert result == [("founded ISIS,", "Donald Trump")]


def test_a_quotation_about_a_claim_is_not_the_claimants() -> None:
    result = speakers(
        "Marco Rubio spoke in Iowa.",
        "Cruz spokeswoman Catherine Frazier said Thursday that Rubio's claim that Cruz is in "
        'favor of legalizing illegal immigrants is "simply not true."',
    )
    assert result == [("simply not true.", "Catherine Frazier")]


def test_a_one_word_name_after_a_subordinator_speaks_the_quotation_set_in_its_sentence() -> None:
    result = speakers(
        "Trump said the party was united. Trump thanked the delegates.",
        'When Trump finally wrapped up - "I will fight for you, and I will win for you!" - the '
        "balloons cascaded down on the crowd.",
    )
    assert result[-1] == ("I will fight for you, and I will win for you!", "Trump")


def test_an_aside_between_dashes_after_the_name_leaves_it_the_speaker() -> None:
    result = speakers(
        '"We used to see street hustlers do this," Andrei Illarionov - then economic adviser '
        "to President Vladimir Putin - told a press conference.",
        "Alan Beith - who chairs the committee which monitors the department - said Whitehall "
        'was "acting entirely against the spirit of the new Act".',
    )
    assert [speaker for _, speaker in result] == ["Andrei Illarionov", "Alan Beith"]


def test_a_segment_left_open_by_the_next_opening_mark_takes_the_credit_at_the_end() -> None:
    result = speakers(
        'Sale host Bath on Friday, but the Frenchman has had a hard week. "It is an important '
        'game and we have one session. It is the same for everyone. "If five players are '
        'picked they should move the game," Philippe Saint-Andre told BBC Sport.'
    )
    assert [speaker for _, speaker in result] == ["Philippe Saint-Andre", "Philippe Saint-Andre"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"It is a lot easier being champion," points out BBC pundit Steve Cram.', "Steve Cram"),
        ('"Xavi was worthy of Maradona," the paper beams.', "the paper"),
        (
            'Mr Ian Pearson picks up the theme, pointing out risks before we are "cyborgian".',
            "Ian Pearson",
        ),
    ],
)
def test_points_out_and_beams_report_speech(sentence: str, speaker: str) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_quoted_names_inside_the_credit_do_not_cut_it_short() -> None:
    result = speakers(
        '"We have had better conventions than this one," Texas delegate Bill Eastland, wearing '
        'a cowboy hat and "Ted Cruz" campaign pins, said.'
    )
    assert result[0] == ("We have had better conventions than this one,", "Bill Eastland")


def test_remembered_reports_speech() -> None:
    result = speakers('"Analysts said no, do not do this," remembered Roy Verley, a spokesman.')
    assert [name for _, name in result] == ["Roy Verley"]


def test_a_persons_saying_then_was_and_a_comma_is_theirs() -> None:
    result = speakers(
        "Jake Sherman joined the paper in 2010.",
        "When Sherman was at journalism school, he studied under Wayne Barrett, the reporter who "
        "uncovered scores of scandals; Barrett's dictum to his interns (repeated to me over the "
        'years) was, "It is not a good story if you do not get a death threat."',
        'Jack Law said Barrett\'s comment was "ill-advised".',
    )
    assert [name for _, name in result] == ["Wayne Barrett", "Jack Law"]


def test_a_description_of_someone_named_after_an_opening_phrase_is_the_subject() -> None:
    result = speakers(
        '"Broad City" star Arturo Castro turned the tables at auditions. With the help of a '
        'friend, the actor held a fake audition and asked white actors to act "whiter."',
    )
    assert result[-1] == ("whiter.", "Arturo Castro")


def test_an_unnamed_description_after_an_opening_phrase_is_not_the_subject() -> None:
    result = speakers(
        '"A lot of them invested in good faith," Carlos Baez Silva said. On occasion, the '
        "Supreme Court has ruled against his clients, he says, insisting the system cannot be "
        'trusted. "People have to keep their money in the banks."'
    )
    assert [name for _, name in result] == ["Carlos Baez Silva", "Carlos Baez Silva"]


def test_where_a_source_said_it_is_no_part_of_according_to() -> None:
    result = speakers(
        'Trump put Makaeff "through the wringer," according to her lawyers in a court filing.'
    )
    assert result == [("through the wringer,", "her lawyers")]


def test_an_owned_noun_keeps_its_own_name_after_it() -> None:
    result = speakers(
        "Steven Law leads a super PAC.",
        "In New Hampshire, Law's advocacy group One Nation began an ad campaign praising the "
        'senator for seeking "bipartisan solutions" to the crisis.',
    )
    assert result == [("bipartisan solutions", "Law's advocacy group One Nation")]


def test_a_group_a_name_modifies_speaks_as_written() -> None:
    result = speakers(
        "Anna Berg spoke in Leeds with Tom Hale.",
        'During the speech, Hale protesters interrupted her, shouting "she wins, we lose!"',
        'Berg supporters responded with chants of "We are with her" until she spoke up.',
    )
    assert [name for _, name in result] == ["Hale protesters", "Berg supporters"]


def test_a_name_before_a_plural_object_stays_the_speaker() -> None:
    result = speakers('Anna Berg thanked Hale voters, saying "we will win this together."')
    assert [name for _, name in result] == ["Anna Berg"]


def test_two_people_as_one_subject_speak_together_as_written() -> None:
    result = speakers(
        "Donald Trump met Paul Ryan on Thursday.",
        'Trump and Ryan issued a statement describing the meeting as a "very positive step".',
        'Trump and his aides left, and Ryan said it was "a good start".',
    )
    assert [name for _, name in result] == ["Trump and Ryan", "Paul Ryan"]


def test_an_adverb_after_a_possessed_source_leaves_it_the_speaker() -> None:
    result = speakers(
        "John Kasich won Ohio.",
        "The results are not in, but John Kasich's campaign is already claiming victory in the "
        'so-called "governor\'s bracket."',
    )
    assert result == [("governor's bracket.", "John Kasich's campaign")]


def test_as_someone_suggested_after_a_quotation_credits_it() -> None:
    result = speakers(
        "Anna Berg won the primary against Tom Hale.",
        "Her wins solidify her argument that she is popular in states across the country, "
        'rather than just a "regional" candidate, as Hale\'s campaign manager suggested after '
        "she swept the South.",
    )
    assert result == [("regional", "Hale's campaign manager")]


def test_the_sentence_after_a_quotation_naming_whose_quote_it_was() -> None:
    result = speakers(
        '"I would rather have a sister in a whorehouse than a brother in the FBI." That quote '
        "from Alabama Securities Commissioner Thomas Krebs appeared in 1980."
    )
    assert [name for _, name in result] == ["Thomas Krebs"]


@pytest.mark.parametrize(
    ("description", "holder"),
    [
        ("The Vermont senator", "President Barack Obama"),
        ("The prime minister", "Home Secretary Charles Clarke"),
    ],
)
def test_a_description_of_an_office_is_not_someone_holding_another(
    description: str, holder: str
) -> None:
    result = speakers(
        f"{holder} spoke on Monday.",
        f'{description} emailed supporters saying: "The struggle continues."',
    )
    assert result == [("The struggle continues.", description)]


def test_a_minister_may_be_a_secretary() -> None:
    result = speakers(
        "Education Secretary Ruth Kelly spoke on Monday.",
        'The minister also confirmed she received "spiritual support" from the movement.',
    )
    assert result == [("spiritual support", "Ruth Kelly")]


def test_a_quotation_after_a_persons_assertion_of_is_theirs() -> None:
    result = speakers(
        "Hillary Clinton kept her emails.",
        'Judicial Watch President Tom Fitton called Clinton\'s assertion of a "claim of right" '
        'over her emails "significant and disturbing."',
    )
    assert [name for _, name in result] == ["Hillary Clinton", "Tom Fitton"]


def test_to_counter_that_reports_speech() -> None:
    result = speakers(
        'The post led advisers like Gene Sperling to counter that "every cent went to the bailout."'
    )
    assert [name for _, name in result] == ["Gene Sperling"]


def test_a_new_subject_after_the_cues_clause_has_the_quotation() -> None:
    result = speakers(
        "Peter Santilli hosts a radio show. Judge Michael Mosman heard the case.",
        'In a clip that Judge Michael Mosman called "distasteful," Santilli expressed a desire '
        'to "try, convict and jail her."',
    )
    assert [name for _, name in result] == ["Michael Mosman", "Peter Santilli"]


def test_a_description_opening_the_last_clause_is_its_subject() -> None:
    result = speakers(
        "Hillary Clinton and Bernie Sanders argued over debates.",
        "Clinton proposed a debate on April 4 - but the Sanders campaign rejected the idea as "
        '"ludicrous" because of the basketball final.',
    )
    assert result == [("ludicrous", "the Sanders campaign")]


def test_a_name_after_an_opening_participle_phrase_is_the_subject() -> None:
    result = speakers(
        "Author Cornel West spoke in Iowa.",
        "Filling in for Sanders at the event where Clinton and O'Malley appeared Sunday, West "
        'landed a sharp dig at "my dear sister Hillary Clinton."',
    )
    assert result == [("my dear sister Hillary Clinton.", "Cornel West")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'In an attempt to make its point, the Daily News focuses on the toll: "In taking '
            '129 lives in half an hour, the attackers showed how deadly such weapons are."',
            "the Daily News",
        ),
        (
            "In rejecting a similar challenge, the commission recognized that a court should "
            'settle it - "so that all election officials know once and for all."',
            "the commission",
        ),
    ],
)
def test_a_description_after_an_opening_phrase_speaks_the_quotation_of_its_sentence(
    sentence: str, speaker: str
) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "As if addressing the magnate directly, the Illinois Board of Elections was "
            'conclusive in its findings: "Further discussion on this issue is unnecessary."',
            "the Illinois Board of Elections",
        ),
        (
            "In rejecting a similar challenge to his eligibility to appear on the ballot for the "
            "state primary, which is next week, the commission recognized that a court should "
            'settle it - "so that all election officials know once and for all."',
            "the commission",
        ),
    ],
)
def test_a_long_opening_phrase_with_a_closed_relative_clause_before_the_subject(
    sentence: str, speaker: str
) -> None:
    assert [name for _, name in speakers(sentence)] == [speaker]


def test_a_publication_speaks_as_a_description() -> None:
    result = speakers(
        "The conservative publication has been outspoken in its opposition, arguing he is "
        '"a philosophically unmoored opportunist."'
    )
    assert [name for _, name in result] == ["The conservative publication"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Walter Hewlett sniped that the new boss was "learning on the job."', "Walter Hewlett"),
        ('Barry Lim came last. "We lost," a crestfallen Mr Lim confided.', "Barry Lim"),
        ('Flying home, Carla Fiorin vented that it would be "incredibly ugly."', "Carla Fiorin"),
        ('Bill Clinton once advised him: "Always remember the news."', "Bill Clinton"),
    ],
)
def test_more_verbs_report_speech(paragraph: str, speaker: str) -> None:
    assert [name for _text, name in speakers(paragraph)] == [speaker]


def test_a_persons_own_post_or_column_speaks_as_that_person() -> None:
    found = speakers(
        "Jed Bushell left the race.",
        'From Bushell\'s Facebook post: "We must move beyond the divisiveness."',
        'Jeff Sessoms wrote too. Sessoms\' column said: "The piling on must stop."',
    )
    assert [name for _text, name in found] == ["Jed Bushell", "Jeff Sessoms"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Watch the video. "@MashableNews" Trump wrote.',
        'The clip is at "http://video.foxnews.com" today.',
        'The post ended "<tweet/>." and nothing more.',
        'She added a link, "Related:" and left.',
    ],
)
def test_handles_addresses_markup_and_link_labels_are_no_speech(paragraph: str) -> None:
    assert quotes_of(paragraph) == []


def test_a_show_named_with_its_host_is_a_title() -> None:
    assert quotes_of('He is now host of "The Nightly Show with Larry Wilmore."') == []
    assert quotes_of('Christie told ABC\'s "This Week with George Stephanopoulos."') == []


def test_speech_in_straight_single_marks_when_an_article_has_no_double_ones() -> None:
    result = speakers(
        "Manager Sean Dyke was pleased. 'We are delighted with the result,' he said.",
        "Captain Ben Mey added: 'It's a big win. The players' wages are not the issue.'",
        "Back in the '90s the club was in the third tier.",
    )
    assert result == [
        ("We are delighted with the result,", "Sean Dyke"),
        ("It's a big win. The players' wages are not the issue.", "Ben Mey"),
    ]


def test_single_marks_are_no_quotation_where_the_article_uses_double_ones() -> None:
    result = speakers('\'Tis the season, he wrote. "We won," said Ben Mey.')
    assert result == [("We won,", "Ben Mey")]


def test_speech_in_single_marks_beside_a_phrase_in_double_ones() -> None:
    result = speakers(
        "'We will rebuild Britain,' Sir Keir Stammer told supporters.",
        "He promised a \"government of service\". 'The work begins now,' he said.",
        "Rishi Sunek said: 'I take responsibility for this loss.'",
        "Nigel Farrage said his party would be 'the real opposition'.",
    )
    assert result == [
        ("We will rebuild Britain,", "Keir Stammer"),
        ("government of service", "Keir Stammer"),
        ("The work begins now,", "Keir Stammer"),
        ("I take responsibility for this loss.", "Rishi Sunek"),
        ("the real opposition", "Nigel Farrage"),
    ]


def test_single_marks_inside_double_ones_open_no_quotation_of_their_own() -> None:
    result = speakers(
        "'We won,' Ben Mey said. 'It was hard,' he said.",
        "\"They told me 'You are done,' and I left,\" said Ben Mey.",
    )
    assert [text for text, _ in result] == [
        "We won,",
        "It was hard,",
        "They told me 'You are done,' and I left,",
    ]


def test_she_who_refers_to_nobody_named_is_not_a_man_of_the_sentence_before() -> None:
    result = speakers(
        "Tom Woolf spoke first. A ministry spokeswoman said Tom Woolf and Jim Falconer agreed."
        ' "Their disagreement is narrow," she said.'
    )
    assert result == [("Their disagreement is narrow,", None)]


@pytest.mark.parametrize("opening", ["Asked by", "When questioned by", "Pressed by"])
def test_he_after_a_clause_naming_who_asked_is_the_one_asked(opening: str) -> None:
    result = speakers(
        "Tom Bethal said planning had focused on flu.",
        f'{opening} reporter John Smyth about the warnings, he replied: "Yes, repeatedly."',
    )
    assert result == [("Yes, repeatedly.", "Tom Bethal")]


def test_a_quotation_paragraph_then_one_that_says_who_made_the_remarks() -> None:
    result = speakers(
        '"We will not back down on the reforms. The pain is temporary."',
        "President Bola Tinubo made the remarks on Monday in Abuja.",
        "Ada Obi spoke next.",
        '"The schools will open on Monday."',
        "She said the teachers had been paid.",
    )
    assert result == [
        ("We will not back down on the reforms. The pain is temporary.", "Bola Tinubo"),
        ("The schools will open on Monday.", "Ada Obi"),
    ]


def test_what_a_relative_clause_set_off_by_commas_describes_speaks() -> None:
    result = speakers(
        "Metta, which owns Facebook, Instagram and WhatsApp, said it would appeal, calling the"
        ' fine "unjustified".',
        "The Making Decisions Alliance, which includes Age Concern, Mencap and the National"
        ' Autistic Society, said the bill had to be cleared up. "It will not change the law."',
    )
    assert [name for _, name in result] == ["Metta", "The Making Decisions Alliance"]


def test_a_credit_after_the_quotation_with_an_appositive_and_has_said() -> None:
    result = speakers(
        '"Nigeria is not working," the Labour Party\'s presidential candidate, Peter Obbi,'
        " has said."
    )
    assert result == [("Nigeria is not working,", "Peter Obbi")]


def test_lord_and_queen_before_a_single_name_say_the_sex() -> None:
    result = speakers(
        "Lord Bethal said planning had focused on flu.",
        "The inquiry also heard from Prof Dame Jenny Harris, the former chief executive.",
        'She said: "No one could have foreseen it."',
    )
    assert result == [("No one could have foreseen it.", "Jenny Harris")]


def test_a_description_of_an_office_names_its_holder_named_later() -> None:
    result = speakers(
        "Martin Mubago, 32, from Wembley, said he was beaten at the camp. The home secretary "
        'said the media reports were not "well informed".',
        'Home Secretary Charles Clerke told the BBC: "I am not organising an inquiry."',
    )
    assert [name for _, name in result] == ["Charles Clerke", "Charles Clerke"]


@pytest.mark.parametrize("opener", ["Elsewhere", "Overall", "Meanwhile"])
def test_a_sentence_adverb_before_an_organisation_is_no_part_of_the_speaker(opener: str) -> None:
    result = speakers(f'{opener}, Nestle said it had enjoyed an "exceptional" year.')
    assert [name for _, name in result] == ["Nestle"]


def test_apostrophes_open_no_quotation_in_an_article_of_single_marks() -> None:
    result = speakers(
        "I don't know how you're going to do it, and Trump's plan won't work.",
        "If you tell people, 'We have to get these people out!' they listen.",
    )
    assert [text for text, _ in result] == ["We have to get these people out!"]
