"""`newsetl report --html FILE`: one self-contained HTML page (no network needed to open it).

Run summary, top quoted people as an inline SVG bar chart, money by currency, and a searchable
quotes table. Article text is untrusted: every value from the warehouse goes through
`html.escape`, and the page's only script is the static search filter below.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import duckdb

from flows.settings import SQL_DIR

BAR_WIDTH = 420
SEARCH_SCRIPT = """
document.body.dataset.ready = 'yes';
document.getElementById('q').addEventListener('input', function (event) {
  var needle = event.target.value.toLowerCase();
  document.querySelectorAll('#quotes tbody tr').forEach(function (row) {
    row.style.display = row.textContent.toLowerCase().indexOf(needle) >= 0 ? '' : 'none';
  });
});
"""
STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; max-width: 70rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; }
td { vertical-align: top; }
th { background: #f4f4f4; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
svg text { font-size: 12px; }
input { padding: .4rem; width: 20rem; margin-bottom: .5rem; }
"""


def write_html_report(db_path: Path, output: Path) -> None:
    with duckdb.connect(str(db_path), read_only=True) as con:
        page = render(con)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")


def render(con: duckdb.DuckDBPyConnection) -> str:
    runs = _rows(con, "select * from runs order by finished_at desc limit 1")
    top = _rows(con, (SQL_DIR / "reports" / "top_quoted_people.sql").read_text())
    money = _rows(con, (SQL_DIR / "reports" / "money_by_currency.sql").read_text())
    quotes = _rows(
        con,
        "select speaker_name, speaker_role, quote_text, quote_type, article_title"
        " from quote_attributions order by article_title, paragraph_index",
    )
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
        f"<title>newsetl report</title><style>{STYLE}</style></head><body>",
        "<h1>newsetl report</h1>",
        _summary(runs[0] if runs else None),
        "<h2>Top quoted people</h2>",
        _bar_chart([(r["speaker_name"], r["quotes"]) for r in top]),
        "<h2>Money mentioned, by currency</h2>",
        _table(money, ["currency", "mentions", "articles", "total_value", "largest_value"]),
        "<h2>Quotes</h2>",
        "<input id='q' type='search' placeholder='Search quotes, speakers, articles'>",
        _table(
            quotes,
            ["speaker_name", "speaker_role", "quote_text", "quote_type", "article_title"],
            table_id="quotes",
        ),
        f"<script>{SEARCH_SCRIPT}</script></body></html>",
    ]
    return "\n".join(parts)


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> list[dict[str, Any]]:
    result = con.execute(query)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def _summary(run: dict[str, Any] | None) -> str:
    if run is None:
        return "<p>No run has loaded anything yet.</p>"
    items = [
        ("run", run["run_id"]),
        ("finished", run["finished_at"]),
        ("files seen", run["files_seen"]),
        ("rejected", run["files_rejected"]),
        ("articles", run["articles_rows"]),
        ("people", run["people_rows"]),
        ("quotes", run["quotes_rows"]),
        ("amounts", run["amounts_rows"]),
    ]
    cells = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in items)
    return f"<table id='summary'>{cells}</table>"


def _bar_chart(bars: list[tuple[Any, Any]]) -> str:
    if not bars:
        return "<p>No quotes attributed to named people yet.</p>"
    most = max(int(count) for _, count in bars) or 1
    height = 22 * len(bars) + 10
    rows = []
    for index, (name, count) in enumerate(bars):
        y = 5 + index * 22
        width = max(2, int(BAR_WIDTH * int(count) / most))
        rows.append(
            f"<text x='0' y='{y + 14}'>{_e(name)}</text>"
            f"<rect class='bar' x='200' y='{y}' width='{width}' height='16' fill='#4a7ab5'/>"
            f"<text x='{205 + width}' y='{y + 14}'>{_e(count)}</text>"
        )
    return (
        f"<svg id='top-quoted' role='img' aria-label='Top quoted people' width='{BAR_WIDTH + 260}'"
        f" height='{height}' xmlns='http://www.w3.org/2000/svg'>{''.join(rows)}</svg>"
    )


def _table(rows: list[dict[str, Any]], columns: list[str], table_id: str = "") -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = []
    for row in rows:
        cells = []
        for column in columns:
            value = row.get(column)
            numeric = isinstance(value, int | float) and not isinstance(value, bool)
            text = f"{value:,.2f}" if isinstance(value, float) else value
            cells.append(f"<td{' class=num' if numeric else ''}>{_e(text)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    ident = f" id='{table_id}'" if table_id else ""
    return f"<table{ident}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _e(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)
