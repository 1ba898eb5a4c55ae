"""The data contract: every published table's grain and columns, defined once.

The Parquet writer, the DuckDB DDL test and the generated data dictionary (`docs/tables.md`)
all read these definitions; nothing else spells out a column list.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    """One column: name, Arrow type, whether it may be null, and what it means."""

    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    example: str = ""


@dataclass(frozen=True)
class Table:
    """A published table: its name, its grain (what one row is) and its columns in order."""

    name: str
    grain: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        """The Arrow schema with each column's description stored as field metadata."""
        fields = [
            pa.field(
                c.name,
                c.type,
                nullable=c.nullable,
                metadata={"description": c.description},
            )
            for c in self.columns
        ]
        return pa.schema(fields, metadata={"grain": self.grain, "table": self.name})


STR = pa.string()
INT = pa.int32()
BIGINT = pa.int64()
DOUBLE = pa.float64()
BOOL = pa.bool_()
TS = pa.timestamp("us", tz="UTC")

ARTICLES = Table(
    name="articles",
    grain="one row per distinct article (identical content under two paths is one article)",
    key=("article_id",),
    columns=(
        Column("article_id", STR, "16 hex of sha256 of the normalised text", False, "9f2c…"),
        Column("source_path", STR, "path relative to the seeds root, '/'-separated", False),
        Column("source_sha256", STR, "sha256 of the raw file bytes", False),
        Column("encoding", STR, "detected input encoding (utf-8, cp1252, …)", False, "utf-8"),
        Column("title", STR, "first line of the file", False),
        Column("headline", STR, "a repeated or second headline when present"),
        Column("body", STR, "paragraphs joined by a blank line, NFC, \\n line ends", False),
        Column("paragraph_count", INT, "number of body paragraphs", False, "18"),
        Column("word_count", INT, "number of whitespace-separated words in body", False),
        Column("ingested_at", TS, "when this content was first loaded (UTC)", False),
        Column("run_id", STR, "the run that produced the row", False),
        Column("extractor_version", STR, "changes when extraction logic changes", False),
    ),
)

PEOPLE = Table(
    name="people",
    grain="one row per named person per article",
    key=("article_id", "person_id"),
    columns=(
        Column("article_id", STR, "the article (→ articles)", False),
        Column("person_id", STR, "stable slug of the name across articles", False, "sergei-lavrov"),
        Column("name", STR, "fullest form in the article, no honorific", False, "Sergei Lavrov"),
        Column("role", STR, "role as the article states it", True, "Foreign Minister"),
        Column("affiliation", STR, "country, party or organisation of the role", True, "Russia"),
        Column("mention_count", INT, "mentions by full name, surname or title+surname", False),
        Column("first_char", INT, "offset in body of the first mention", False),
        Column("is_quoted", BOOL, "at least one quote in this article is theirs", False),
    ),
)

QUOTES = Table(
    name="quotes",
    grain="one row per direct quotation per paragraph segment",
    key=("quote_id",),
    columns=(
        Column("quote_id", STR, "deterministic from article_id and char_start", False),
        Column("article_id", STR, "the article (→ articles)", False),
        Column("quote_text", STR, "the words inside the quotation marks", False),
        Column("char_start", INT, "offset of quote_text in body (0-based)", False),
        Column("char_end", INT, "end offset of quote_text in body (exclusive)", False),
        Column("paragraph_index", INT, "0-based paragraph of body", False),
        Column("speaker_name", STR, "canonical people.name, or the speaker as written", True),
        Column("person_id", STR, "the speaker (→ people of the same article)", True),
        Column("cue", STR, "reporting verb as written", True, "said"),
        Column("quote_type", STR, "'full' (a sentence or more) or 'partial' (a phrase)", False),
    ),
)

AMOUNTS = Table(
    name="amounts",
    grain="one row per amount mention",
    key=("amount_id",),
    columns=(
        Column("amount_id", STR, "deterministic from article_id and char_start", False),
        Column("article_id", STR, "the article (→ articles)", False),
        Column("text", STR, "as written, minimal span, qualifier excluded", False, "$4 billion"),
        Column("char_start", INT, "offset of text in body (0-based)", False),
        Column("char_end", INT, "end offset of text in body (exclusive)", False),
        Column("kind", STR, "money, percent, duration, quantity, count or age", False, "money"),
        Column(
            "value",
            DOUBLE,
            "full magnitude: $1.5 trillion → 1.5e12; negative when written so (`minus 5%`, `-18C`)",
            True,
        ),
        Column("value_high", DOUBLE, "upper end of a range", True),
        Column(
            "unit",
            STR,
            "ISO 4217 for money (a rupee, shilling or peso is the one of the country the "
            "article names most: `Rs787 million` in a story from Islamabad → PKR), percent, "
            "time unit (durations; ages too: `six months old` → "
            "month), quantity unit",
            True,
        ),
        Column("qualifier", STR, "more than, about, up to, nearly, …", True, "more than"),
        Column("object", STR, "what is counted or paid for, where the text says", True),
    ),
)

REJECTS = Table(
    name="rejects",
    grain="one row per input file currently not ingested",
    key=("source_path",),
    columns=(
        Column("source_path", STR, "path relative to the seeds root", False),
        Column("reason", STR, "short code: empty, binary, too_large, undecodable, …", False),
        Column("detail", STR, "one-line human explanation", False),
        Column("run_id", STR, "the run that rejected the file", False),
        Column("seen_at", TS, "when the file was rejected (UTC)", False),
    ),
)

RUNS = Table(
    name="runs",
    grain="one row per flow run that reached the load step",
    key=("run_id",),
    columns=(
        Column("run_id", STR, "identifier of the run", False),
        Column("started_at", TS, "start time (UTC)", False),
        Column("finished_at", TS, "end time (UTC)", False),
        Column("status", STR, "published or unchanged", False),
        Column("extractor_version", STR, "extractor version used", False),
        Column("files_seen", BIGINT, "files found under the seeds folder", False),
        Column("files_new", BIGINT, "files not seen before", False),
        Column("files_changed", BIGINT, "files whose content changed", False),
        Column("files_unchanged", BIGINT, "files skipped because nothing changed", False),
        Column("files_deleted", BIGINT, "files gone since the previous run", False),
        Column("files_rejected", BIGINT, "files rejected in this run", False),
        Column("articles_rows", BIGINT, "rows in articles after the run", False),
        Column("people_rows", BIGINT, "rows in people after the run", False),
        Column("quotes_rows", BIGINT, "rows in quotes after the run", False),
        Column("amounts_rows", BIGINT, "rows in amounts after the run", False),
    ),
)

EXTRACTED_TABLES: tuple[Table, ...] = (ARTICLES, PEOPLE, QUOTES, AMOUNTS)
PUBLISHED_TABLES: tuple[Table, ...] = (*EXTRACTED_TABLES, REJECTS, RUNS)
TABLES_BY_NAME: dict[str, Table] = {t.name: t for t in PUBLISHED_TABLES}
