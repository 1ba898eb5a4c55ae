"""Every stored report runs on the seed warehouse and gives the expected rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.news_etl import run_flow
from flows.settings import SQL_DIR, Settings
from tests.conftest import SEED

LAVROV, KULEBA, HEAPPEY = "Sergei Lavrov", "Dmytro Kuleba", "James Heappey"


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> Path:
    root = tmp_path_factory.mktemp("reports")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    run_flow(Settings(seeds_dir=root / "seeds", warehouse_dir=root / "w", workers=1))
    return root / "w" / "newsetl.duckdb"


def report(db: Path, name: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute((SQL_DIR / "reports" / f"{name}.sql").read_text()).fetchall()


def test_top_quoted_people(seed_db: Path) -> None:
    assert report(seed_db, "top_quoted_people") == [
        (KULEBA, "dmytro-kuleba", 6, 1, "Foreign Minister", "Ukraine"),
        (LAVROV, "sergei-lavrov", 4, 1, "Foreign Minister", "Russia"),
        (HEAPPEY, "james-heappey", 2, 1, "Armed Forces Minister", "United Kingdom"),
    ]


def test_money_by_article_and_by_currency(seed_db: Path) -> None:
    title = "Ukraine War: Deadlock Again In Russia, Ukraine Ceasefire Talks"
    total = 1.5e12 + 1.36e10 + 4e9
    rows = report(seed_db, "money_by_article")
    assert [(r[0], r[1], r[2]) for r in rows] == [(title, "USD", 3), (None, "USD", 3)]
    assert rows[0][3] == pytest.approx(total)
    by_currency = report(seed_db, "money_by_currency")
    assert [(r[0], r[1], r[2]) for r in by_currency] == [("USD", 3, 1)]
    assert by_currency[0][3] == pytest.approx(total)


def test_most_mentioned_people(seed_db: Path) -> None:
    rows = report(seed_db, "most_mentioned_people")
    assert {r[0] for r in rows} == {LAVROV, KULEBA, HEAPPEY, "Mevlut Cavusoglu"}
    assert rows[0][0] == LAVROV  # 4 mentions
    assert dict((r[0], r[4]) for r in rows)[HEAPPEY] == ["Armed Forces Minister"]


def test_every_report_runs(seed_db: Path) -> None:
    for path in sorted((SQL_DIR / "reports").glob("*.sql")):
        assert report(seed_db, path.stem), path.stem


def test_marts_have_their_grain(seed_db: Path) -> None:
    with duckdb.connect(str(seed_db), read_only=True) as con:
        assert con.execute("select count(*) from person_quotes").fetchall() == [(12,)]
        assert con.execute("select count(*) from person_summary").fetchall() == [(4,)]
        assert con.execute("select count(*) from money_mentions").fetchall() == [(3,)]
