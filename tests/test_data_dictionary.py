"""docs/tables.md is generated from the schema and must not go stale (like sqlite-utils' docs
test)."""

from __future__ import annotations

from flows.data_dictionary import render
from flows.settings import REPO_ROOT
from transforms.schema import PUBLISHED_TABLES


def test_data_dictionary_is_current() -> None:
    committed = (REPO_ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/tables.md is stale: run `newsetl docs`"


def test_every_column_is_documented() -> None:
    text = render()
    for table in PUBLISHED_TABLES:
        assert f"## {table.name}" in text
        for column in table.columns:
            assert f"| `{column.name}` |" in text
