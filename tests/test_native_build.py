"""The mypyc build of `transforms`: same rows as the source, never stale, easy to turn off."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.article_factory import article_text
from tests.conftest import REPO, SEED
from transforms._native import build_dir, source_digest, use_compiled_build

# Runs in a fresh interpreter: extracts every text of a JSON list read from stdin and prints
# the rows, and whether the compiled modules were the ones loaded.
PROBE = """
import json, sys
from datetime import UTC, datetime
import transforms
from transforms.article import SourceFacts, extract_article
source = SourceFacts(source_path="probe.txt", source_sha256="0" * 64, encoding="utf-8")
rows = []
for text in json.load(sys.stdin):
    found = extract_article(
        text, source, run_id="r", ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
        extractor_version="v",
    )
    rows.append([found.article, found.people, found.quotes, found.amounts])
compiled = transforms.COMPILED_BUILD is not None and transforms.article.__file__.endswith(".so")
print(json.dumps({"compiled": compiled, "rows": rows}, default=str))
"""

HARD_TEXTS = [
    'Title\n\n"Open quote that never closes, said Anna Novak.\n\n"And another," he said.',
    "Title\n\n“Curly ‘nested “deeply” here’ and on,” said Mr Brown. ``Old style'' too.",
    "T\n\n" + " ".join(f'"Word {n}," said Peter Carter{n % 7}.' for n in range(400)),
    "Only a title",
    "",
    "Prices rose 5% to $2-3bn (£1.6bn), about two and a half million people, 464,000 subscribers.",
]


def _noisy_texts(count: int) -> list[str]:
    """Random text from a newsy alphabet: marks of every style, names, numbers, newlines."""
    rng = random.Random(20261127)
    pieces = [
        '"', "“", "”", "‘", "’", "'", "``", "''", "\n", "\n\n", " ", ", ", ". ", " said ",
        "Mr ", "Gordon Brown", "the minister", "he", "told", "according to", ":", "—", "$",
        "£", "5", "1.2bn", "percent", "million", "(", ")", "Ms Novak", "added", "X", "é",
    ]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 120))) for _ in range(count)]


def _extract_in_subprocess(texts: list[str], env: dict[str, str]) -> dict:
    finished = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
        timeout=600,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    return json.loads(finished.stdout)


@pytest.fixture(scope="module")
def native_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh mypyc build of the current sources in a folder of its own."""
    pytest.importorskip("mypyc", reason="mypy is not installed (pip install -e '.[fast]')")
    if not any(shutil.which(compiler) for compiler in ("cc", "gcc", "clang")):
        pytest.skip("no C compiler on this machine: the compiled build cannot be made")
    folder = tmp_path_factory.mktemp("native")
    finished = _newsetl_compile(folder)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    assert "compiled transforms built" in finished.stdout
    return folder


def _newsetl_compile(native_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "compile"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "NEWSETL_NATIVE_DIR": str(native_dir)},
        timeout=900,
    )


def test_compiled_rules_give_the_same_rows_as_the_source(native_dir: Path) -> None:
    texts = [SEED.read_text(encoding="utf-8"), *map(article_text, range(40)), *HARD_TEXTS]
    texts += _noisy_texts(300)
    source = _extract_in_subprocess(texts, {"NEWSETL_NATIVE": "0"})
    compiled = _extract_in_subprocess(
        texts, {"NEWSETL_NATIVE": "1", "NEWSETL_NATIVE_DIR": str(native_dir)}
    )
    assert source["compiled"] is False
    assert compiled["compiled"] is True
    assert sum(len(rows[2]) for rows in source["rows"]) > 100  # quotes were found at all
    assert compiled["rows"] == source["rows"]


def test_compile_again_reuses_the_build(native_dir: Path) -> None:
    finished = _newsetl_compile(native_dir)
    assert finished.returncode == 0, finished.stderr
    assert "already built" in finished.stdout


def _fake_build(digest: str) -> Path:
    folder = build_dir(digest)
    (folder / "transforms").mkdir(parents=True)
    (folder / "COMPLETE").write_text(digest)
    return folder


def test_a_build_of_other_sources_is_never_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSETL_NATIVE_DIR", str(tmp_path))
    edited = tmp_path / "edited"
    edited.mkdir()
    for path in (REPO / "transforms").glob("*.py"):
        (edited / path.name).write_bytes(path.read_bytes())
    with (edited / "quotes.py").open("a") as rules:
        rules.write("\n# an edited rule\n")
    _fake_build(source_digest(edited))
    package_path = ["/src/transforms"]
    assert use_compiled_build(package_path) is None
    assert package_path == ["/src/transforms"]


def test_the_build_of_these_sources_goes_first_unless_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSETL_NATIVE_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "path", list(sys.path))
    folder = _fake_build(source_digest())
    monkeypatch.setenv("NEWSETL_NATIVE", "0")
    package_path = ["/src/transforms"]
    assert use_compiled_build(package_path) is None
    monkeypatch.setenv("NEWSETL_NATIVE", "1")
    assert use_compiled_build(package_path) == folder
    assert package_path == [str(folder / "transforms"), "/src/transforms"]
    assert sys.path[-1] == str(folder)


def test_an_unfinished_build_is_not_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSETL_NATIVE_DIR", str(tmp_path))
    folder = _fake_build(source_digest())
    (folder / "COMPLETE").unlink()  # what a build interrupted before its last step leaves
    package_path = ["/src/transforms"]
    assert use_compiled_build(package_path) is None
