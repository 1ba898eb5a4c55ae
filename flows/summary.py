"""The run summary: what a run saw, did and published, as terminal text and as Markdown."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RunSummary:
    """Counts of files by fate and rows by table for one run."""

    run_id: str
    status: str  # published | unchanged | failed
    extractor_version: str
    warehouse_dir: str
    parquet_location: str = ""  # where the Parquet is published, if not <warehouse_dir>/parquet
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    files_deleted: int = 0
    files_rejected: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejects: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    message: str = ""

    def headline(self) -> str:
        if self.status == "unchanged":
            return "nothing changed: no file is new, changed or deleted; nothing published"
        if self.status == "failed":
            return f"run failed, nothing published: {self.message}"
        return f"published run {self.run_id}"

    def as_text(self) -> str:
        lines = [
            f"newsetl run {self.run_id}: {self.headline()}",
            f"  files   seen {self.files_seen} | new {self.files_new} | changed "
            f"{self.files_changed} | unchanged {self.files_unchanged} | deleted "
            f"{self.files_deleted} | rejected {self.files_rejected}",
        ]
        if self.rows:
            lines.append(
                "  rows    " + " | ".join(f"{name} {count}" for name, count in self.rows.items())
            )
        for reject in self.rejects[:10]:
            lines.append(
                f"  reject  {reject['source_path']}: {reject['reason']} ({reject['detail']})"
            )
        if len(self.rejects) > 10:
            lines.append(f"  reject  … and {len(self.rejects) - 10} more (see the rejects table)")
        stages = ", ".join(f"{k} {v:.2f}s" for k, v in self.stage_seconds.items())
        lines.append(f"  time    {self.seconds:.2f}s" + (f" ({stages})" if stages else ""))
        parquet = self.parquet_location or self.warehouse_dir
        lines.append(
            f"  outputs {parquet}/parquet/<table>/*.parquet and {self.warehouse_dir}/newsetl.duckdb"
        )
        return "\n".join(lines)

    def as_json(self) -> str:
        return json.dumps(asdict(self), default=str, indent=2)

    def as_markdown(self) -> str:
        files = [
            ("seen", self.files_seen),
            ("new", self.files_new),
            ("changed", self.files_changed),
            ("unchanged", self.files_unchanged),
            ("deleted", self.files_deleted),
            ("rejected", self.files_rejected),
        ]
        parts = [
            f"# newsetl run `{self.run_id}`",
            f"**{self.headline()}** — {self.seconds:.1f}s, extractor `{self.extractor_version}`",
            "",
            "| files | count |",
            "|---|---|",
            *(f"| {name} | {count} |" for name, count in files),
        ]
        if self.rows:
            parts += ["", "| table | rows |", "|---|---|"]
            parts += [f"| {name} | {count} |" for name, count in self.rows.items()]
        if self.rejects:
            parts += ["", "| rejected file | reason | detail |", "|---|---|---|"]
            parts += [
                f"| `{r['source_path']}` | {r['reason']} | {_md(r['detail'])} |"
                for r in self.rejects[:50]
            ]
        return "\n".join(parts)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
