"""sql/checks on a real in-memory DuckDB: clean rows pass, each kind of bad row is caught."""

from __future__ import annotations

import pytest

from flows.storage.warehouse import CheckFailed, run_checks
from tests.sql_helpers import amount, article, person, quote, warehouse_with


def test_consistent_rows_pass_every_check() -> None:
    con = warehouse_with(
        articles=[article()], people=[person()], quotes=[quote()], amounts=[amount()]
    )
    assert len(run_checks(con)) >= 8


@pytest.mark.parametrize(
    ("tables", "failing_check"),
    [
        ({"articles": [article()], "quotes": [quote(start=11, end=22)]}, "offsets_reproduce_text"),
        ({"articles": [article()], "amounts": [amount(start=31)]}, "offsets_reproduce_text"),
        (
            {"articles": [article()], "quotes": [quote(article_id="missing")]},
            "children_reference_articles",
        ),
        (
            {"articles": [article()], "quotes": [quote(person_id="nobody")]},
            "quote_person_in_people",
        ),
        (
            {"articles": [article()], "quotes": [quote(quote_type="maybe")], "people": [person()]},
            "vocabularies_known",
        ),
    ],
)
def test_each_check_catches_its_fault(tables: dict, failing_check: str) -> None:
    con = warehouse_with(**tables)
    with pytest.raises(CheckFailed) as failure:
        run_checks(con)
    assert failure.value.name == failing_check
    assert failure.value.sample


def test_duplicate_keys_are_caught_when_constraints_are_absent() -> None:
    con = warehouse_with(articles=[article()])
    con.execute("create or replace temp table quotes as select * from main.quotes")
    con.execute(
        "insert into temp.quotes values ('q1','a1','hello there',10,21,0,null,null,null,'partial')"
    )
    con.execute(
        "insert into temp.quotes values ('q1','a1','hello there',10,21,0,null,null,null,'partial')"
    )
    with pytest.raises(CheckFailed) as failure:
        run_checks(con)
    assert failure.value.name == "quotes_key_unique"
