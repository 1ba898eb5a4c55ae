"""Text → title, headline, paragraphs, body."""

from __future__ import annotations

from transforms.parse import parse_article


def test_title_headline_and_paragraphs_of_the_seed(seed_text: str) -> None:
    article = parse_article(seed_text)
    assert article.title == "Ukraine War: Deadlock Again In Russia, Ukraine Ceasefire Talks"
    assert article.headline == "Deadlock Again In Russia, Ukraine Ceasefire Talks"
    assert len(article.paragraphs) == 18
    assert article.body == "\n\n".join(article.paragraphs)


def test_no_headline_when_the_first_paragraph_is_a_sentence() -> None:
    article = parse_article("Labour plans pay rise\n\nMaternity pay is to rise.\n\nMore text.")
    assert article.headline is None
    assert article.paragraphs == ("Maternity pay is to rise.", "More text.")


def test_paragraph_starts_point_into_the_body() -> None:
    article = parse_article("T\n\nFirst one.\nSecond one.\n\n\n  Third   one.  ")
    assert article.paragraphs == ("First one.", "Second one.", "Third one.")
    for paragraph, start in zip(article.paragraphs, article.paragraph_starts, strict=True):
        assert article.body[start : start + len(paragraph)] == paragraph
    assert article.paragraph_at(article.paragraph_starts[2] + 3) == 2


def test_hard_wrapped_blocks_are_joined() -> None:
    text = (
        "Title line\n\n"
        "The committee met on Tuesday to discuss the budget and agreed\n"
        "that the new rules would apply from next year, officials said.\n\n"
        "A second paragraph."
    )
    article = parse_article(text)
    assert (
        article.paragraphs[0].startswith("The committee met")
        and "agreed that" in article.paragraphs[0]
    )
    assert len(article.paragraphs) == 2


def test_empty_text_has_no_paragraphs() -> None:
    assert parse_article("\n\n  \n").paragraphs == ()
    assert parse_article("Only a title\n").paragraphs == ()
