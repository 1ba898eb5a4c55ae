"""The command line: sql, report, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import EXIT_OK, EXIT_USAGE, main
from tests.sql_helpers import one_quote_rows, warehouse_file_with


@pytest.fixture
def small_warehouse(tmp_path: Path) -> Path:
    return warehouse_file_with(tmp_path, one_quote_rows())


def test_sql_prints_a_table(small_warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "sql",
            "--warehouse",
            str(small_warehouse),
            "select speaker_name, count(*) as n from quotes group by 1 order by 2 desc",
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "Kim Lee" in out and "speaker_name" in out


def test_sql_file_runs_a_stored_report(
    small_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["sql", "--warehouse", str(small_warehouse), "--file", "sql/reports/top_quoted_people.sql"]
    )
    assert code == EXIT_OK
    assert "kim-lee" in capsys.readouterr().out


def test_report_list_names_every_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "top_quoted_people" in out and "money_by_article" in out


def test_missing_warehouse_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sql", "--warehouse", str(tmp_path / "nope"), "select 1"]) == EXIT_USAGE
    assert "no warehouse" in capsys.readouterr().err


def test_missing_seeds_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["run", "--seeds", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w")])
    assert code == EXIT_USAGE
    assert "does not exist" in capsys.readouterr().err


def test_a_duckdb_file_held_by_another_program_fails_the_run_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prefect_harness: None
) -> None:
    import subprocess
    import sys
    import time

    from flows.cli import EXIT_FAILED
    from tests.article_factory import write_articles

    write_articles(tmp_path / "seeds", range(2))
    warehouse = tmp_path / "w"
    warehouse.mkdir()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
            " time.sleep(120)",
            str(warehouse / "newsetl.duckdb"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        started = time.monotonic()
        code = main(
            [
                "run",
                "--seeds",
                str(tmp_path / "seeds"),
                "--warehouse",
                str(warehouse),
                "--workers",
                "1",
            ]
        )
        err = capsys.readouterr().err.strip().splitlines()
    finally:
        holder.kill()
        holder.wait()
    assert code == EXIT_FAILED
    assert err[-1].startswith("newsetl: run failed, previous outputs kept:")
    assert "lock" in err[-1].lower()
    assert time.monotonic() - started < 60
