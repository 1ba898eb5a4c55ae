"""The quality benchmark's speaker matching (benchmarks/scoring.py): what counts as the same
speaker when gold annotations write a person with descriptions around the name."""

from __future__ import annotations

import pytest

from benchmarks.quality import gold_speaker
from benchmarks.scoring import Ratio, Tally, judge_targets, same_name, same_speaker


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Speaker of the House Rep. Paul Ryan (R-WI)", "Paul Ryan"),
        ("Sen. Jim Whelan who represents Atlantic City and served as its mayor", "Jim Whelan"),
        ("undecided Republican voter Stephanie Hooton of Derry, N.H.,", "Stephanie Hooton"),
        ("Jason Sims — a teacher from Mount Pleasant —", "Jason Sims"),
        ('Gingrich "He should use a campaign on social media."', "Newt Gingrich"),
        ("Stu Rothenberg of the non-partisan Rothenberg-Gonzales Report", "Stu Rothenberg"),
        ("Mr. Morgan of the Sierra Club", "Tom Morgan"),
        ("Another critic, Laurence H. Tribe,", "Laurence H. Tribe"),
        ("the base chief known as Bob", "the base chief"),
    ],
)
def test_a_name_inside_a_described_gold_speaker_matches(gold: str, predicted: str) -> None:
    assert same_speaker(gold, predicted)


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("the chair of the DNC", "Debbie Wasserman Schultz"),
        ("Jeff Weaver, Sanders’ campaign manager,", "Bernie Sanders"),
        ("Clinton campaign manager Robby Mook", "Hillary Clinton"),
        ("the Bank of England", "Mervyn King"),
    ],
)
def test_a_name_owning_or_modifying_the_gold_speaker_does_not_match(
    gold: str, predicted: str
) -> None:
    assert not same_speaker(gold, predicted)


@pytest.mark.parametrize(("gold", "predicted"), [("Xi", "Xi Jinping"), ("Tom", "Tom Ebeling")])
def test_one_gold_word_that_opens_the_full_name_matches(gold: str, predicted: str) -> None:
    assert same_speaker(gold, predicted)


def test_one_gold_word_that_opens_a_description_does_not_match() -> None:
    assert not same_speaker("Clinton", "Clinton campaign")


def test_a_peer_matches_the_gold_surname_alone() -> None:
    assert same_name("Ashcroft", "Lord Ashcroft")
    assert not same_name("Ashcroft", "Lord Butler")


def test_a_generational_suffix_does_not_hide_the_surname() -> None:
    assert same_speaker("Vann R. Newkirk II, a writer for The Atlantic,", "Vann R. Newkirk")
    assert same_speaker("Joseph R. Biden Jr.", "Joe Biden")
    assert not same_speaker("Vann R. Newkirk II", "Vann R. Smith")


def test_a_participle_phrase_after_a_gold_description_is_one_more_part() -> None:
    assert same_speaker(
        "A Government Accountability Office report released last year",
        "A Government Accountability Office report",
    )
    assert same_speaker("a complaint filed by the SEC and a complaint by Vermont", "a complaint")
    assert not same_speaker("A report released last year", "the committee")
    assert same_speaker("an Associated Press-GfK poll released Thursday", "an AP-GfK poll")
    assert not same_speaker("the order released Friday", "the judge")


def test_targets_are_judged_only_for_the_sets_scored() -> None:
    results = {
        "quotes@0.3": Tally(tp=95, fp=2, fn=3),
        "polnear.dev speaker accuracy (named speakers)": Ratio(right=92, total=100),
    }
    judged = {label: (round(figure, 3), met) for label, figure, _, met in judge_targets(results)}
    assert judged == {
        "BBC quotes F1 @0.3": (0.974, True),
        "PolNeAR dev speaker accuracy": (0.92, False),
    }


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Sen. Pat Toomey (R-Pa.", "Pat Toomey"),  # the annotation stops inside the tag
        ("Cruz himself", "Ted Cruz"),
        ("Sarukh\u00c3\u0083\u00c2\u00a1n", "Arturo Sarukh\u00e1n"),  # decoded twice as Latin-1
        ("anti-terrorist prosecutor Marc Tr\u00c3\u00a9vidic", "Marc Tr\u00e9vidic"),
    ],
)
def test_a_gold_name_marked_with_a_cut_tag_a_reflexive_or_a_wrong_decoding_matches(
    gold: str, predicted: str
) -> None:
    assert same_speaker(gold, predicted)


def test_a_reflexive_gold_speaker_still_names_one_person() -> None:
    assert not same_speaker("Sanders himself", "Hillary Clinton")
    assert not same_speaker("Sarukh\u00c3\u0083\u00c2\u00a1n", "Arturo Lopez")


@pytest.mark.parametrize(
    ("text", "start", "end", "widened"),
    [
        ("Well, the senior Cruz adviser said so.", 6, 28, "the senior Cruz adviser"),
        ("Then the crowd chanted.", 6, 14, "the crowd"),
        ("Trump said so.", 0, 6, "Trump "),  # whole words, a space after: as annotated
    ],
)
def test_a_gold_speaker_cut_inside_a_word_is_widened_to_whole_words(
    text: str, start: int, end: int, widened: str
) -> None:
    quote = {"speaker": text[start:end], "speaker_start": start, "speaker_end": end}
    assert gold_speaker(text, quote) == widened
