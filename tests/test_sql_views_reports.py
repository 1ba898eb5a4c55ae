"""Views and reports from sql/ on given rows → expected rows."""

from __future__ import annotations

from flows.settings import SQL_DIR
from tests.sql_helpers import amount, article, person, quote, warehouse_with


def test_quote_attributions_join_speaker_role_and_article_title() -> None:
    con = warehouse_with(
        articles=[article()],
        people=[person(role="Foreign Minister", affiliation="Russia")],
        quotes=[quote()],
    )
    rows = con.execute(
        "select quote_text, speaker_name, speaker_role, speaker_affiliation, article_title"
        " from quote_attributions"
    ).fetchall()
    assert rows == [("hello there", "Kim Lee", "Foreign Minister", "Russia", "Title a1")]


def test_top_quoted_people_counts_quotes_and_articles() -> None:
    body = 'Kim said "hello there" and "bye now".'
    con = warehouse_with(
        articles=[article("a1", body), article("a2", body)],
        people=[person("a1"), person("a2")],
        quotes=[
            quote("q1", "a1", 10, 21),
            quote("q2", "a1", 28, 35, "bye now"),
            quote("q3", "a2", 10, 21),
        ],
    )
    report = (SQL_DIR / "reports" / "top_quoted_people.sql").read_text()
    assert con.execute(report).fetchall() == [("Kim Lee", "kim-lee", 3, 2, None, None)]


def test_money_by_article_totals_per_currency() -> None:
    body = 'Kim said "hello there" and paid $5 or £7.'
    con = warehouse_with(
        articles=[article("a1", body), article("a2", body)],
        amounts=[
            amount("m1", "a1"),
            amount("m2", "a1", 38, 40, "£7", unit="GBP", value=7.0),
            amount("m3", "a2"),
            amount("m4", "a2", 13, 18, "hello", kind="count", value=1.0),
        ],
    )
    report = (SQL_DIR / "reports" / "money_by_article.sql").read_text()
    assert con.execute(report).fetchall() == [
        ("Title a1", "GBP", 1, 7.0, 7.0),
        ("Title a1", "USD", 1, 5.0, 5.0),
        ("Title a2", "USD", 1, 5.0, 5.0),
        (None, "GBP", 1, 7.0, 7.0),
        (None, "USD", 2, 10.0, 5.0),
    ]


def test_a_surname_only_person_takes_the_id_of_the_one_full_name() -> None:
    from flows.storage.warehouse import read_sql

    body = 'Kim said "hello there" and paid $5.'
    con = warehouse_with(
        articles=[article("a1", body), article("a2", body), article("a3", body)],
        people=[
            person("a1", "sergei-lavrov", name="Sergei Lavrov"),
            person("a2", "lavrov", name="Lavrov"),
            person("a3", "brown", name="Brown"),
            person("a1", "gordon-brown", name="Gordon Brown"),
            person("a2", "james-brown", name="James Brown"),
        ],
        quotes=[quote("q1", "a2", person_id="lavrov", speaker_name="Lavrov")],
    )
    con.execute(read_sql("load/resolve_person_ids.sql"))
    ids = con.execute("select article_id, person_id from people order by 1, 2").fetchall()
    assert ("a2", "sergei-lavrov") in ids  # one full name ends in -lavrov
    assert ("a3", "brown") in ids  # two full names end in -brown: left alone
    assert con.execute("select person_id from quotes").fetchall() == [("sergei-lavrov",)]


def test_a_surname_beside_its_full_name_in_one_article_is_someone_else() -> None:
    from flows.storage.warehouse import read_sql

    body = 'Kim said "hello there" and paid $5.'
    con = warehouse_with(
        articles=[article("a1", body)],
        people=[
            person("a1", "michael-howard", name="Michael Howard"),
            person("a1", "howard", name="Howard"),
        ],
        quotes=[quote("q1", "a1", person_id="howard", speaker_name="Howard")],
    )
    con.execute(read_sql("load/resolve_person_ids.sql"))
    ids = con.execute("select person_id from people order by 1").fetchall()
    assert ids == [("howard",), ("michael-howard",)]
    assert con.execute("select person_id from quotes").fetchall() == [("howard",)]
