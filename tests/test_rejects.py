"""Broken input files, built here: each lands in rejects with its reason; the others go through."""

from __future__ import annotations

import codecs
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.batch import BatchJob, process_batch
from flows.discover import scan_seeds
from flows.news_etl import run_flow
from flows.settings import Settings
from tests.article_factory import write_articles
from tests.warehouse_helpers import published_rows

GOOD = "A title\n\nA first paragraph that says something.\n"


def broken_corpus(seeds: Path, outside: Path) -> dict[str, str]:
    """Write one file per kind of bad input; returns path → expected reason."""
    seeds.mkdir(parents=True, exist_ok=True)
    files = {
        "empty.txt": (b"", "empty"),
        "blank.txt": (b"  \n\n\t  \r\n", "empty"),
        "nul.txt": (b"Title\n\nText with a \x00 NUL byte.", "binary"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
        "document.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary"),
        "bad-bom.txt": (codecs.BOM_UTF8 + b"Title\n\n\xff\xfe broken", "undecodable"),
        "title-only.txt": (b"Just a title line\n\n\n", "no_body"),
        "huge.txt": (b"Big\n\n" + b"word " * 400, "too_large"),
    }
    for name, (raw, _) in files.items():
        (seeds / name).write_bytes(raw)
    (seeds / "dangling.txt").symlink_to(seeds / "no-such-target.txt")
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(GOOD)
    (seeds / "escape.txt").symlink_to(outside / "secret.txt")
    expected = {name: reason for name, (_, reason) in files.items()}
    expected["dangling.txt"] = "unreadable"
    expected["escape.txt"] = "symlink_outside"
    return expected


@pytest.mark.usefixtures("prefect_harness")
def test_each_bad_file_is_rejected_with_its_reason_and_the_rest_load(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    expected = broken_corpus(seeds, tmp_path / "outside")
    write_articles(seeds, range(2))
    (seeds / "latin1.txt").write_bytes(
        "Café prices\n\nThe café raised prices by 5%.\n".encode("latin-1")
    )
    (seeds / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    crlf = GOOD.replace("first", "second").replace("\n", "\r\n")
    (seeds / "crlf.txt").write_bytes(crlf.encode())
    summary = run_flow(
        Settings(seeds_dir=seeds, warehouse_dir=tmp_path / "w", workers=1, max_file_bytes=1000)
    )
    rejects = {row[0]: row[1] for row in published_rows(tmp_path / "w", "rejects")}
    assert rejects == expected
    assert all(row[2] for row in published_rows(tmp_path / "w", "rejects"))  # a human detail
    assert summary.files_rejected == len(expected)
    assert summary.rows["articles"] == 5
    encodings = {row[1]: row[3] for row in published_rows(tmp_path / "w", "articles")}
    assert encodings["latin1.txt"] == "iso-8859-1"
    assert encodings["utf16.txt"] == "utf-16-le"
    assert "reject" in summary.as_text()


def test_strict_mode_exits_non_zero_on_rejects(tmp_path: Path, prefect_harness: None) -> None:
    from flows.cli import EXIT_REJECTS, main

    seeds = tmp_path / "seeds"
    write_articles(seeds, range(1))
    (seeds / "empty.txt").write_bytes(b"")
    code = main(
        [
            "run",
            "--seeds",
            str(seeds),
            "--warehouse",
            str(tmp_path / "w"),
            "--strict",
            "--workers",
            "1",
        ]
    )
    assert code == EXIT_REJECTS


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash_a_batch(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    seeds = folder / "seeds"
    seeds.mkdir()
    (seeds / "fuzz.txt").write_bytes(raw)
    job = BatchJob(
        number=0,
        files=tuple(scan_seeds(seeds)),
        seeds_dir=seeds,
        staging_dir=folder / "stage",
        run_id="r",
        started_at=datetime(2026, 1, 1, tzinfo=UTC),
        extractor_version="t",
        max_file_bytes=10_000,
    )
    result = process_batch(job)
    assert len(result.manifest_rows) == 1
    fate = result.manifest_rows[0]["fate"]
    assert fate in ("ingested", "rejected")
    assert (fate == "rejected") == bool(result.rejects)
    assert os.path.exists(result.staged["articles"])
