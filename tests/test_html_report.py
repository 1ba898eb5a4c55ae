"""The HTML report: self-contained, and article text can never inject markup or script."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from flows.cli import EXIT_OK, main
from tests.sql_helpers import article, one_quote_rows, person, quote, warehouse_file_with

HOSTILE_NAME = '"><img src=x onerror=alert(1)>'
HOSTILE_QUOTE = "<script>alert('x')</script>"


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self._in_script = tag == "script"
        if any(name.startswith("on") for name, _ in attrs):
            self.tags.append("EVENT-HANDLER")

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def test_hostile_text_is_escaped_and_the_page_needs_no_network(tmp_path: Path) -> None:
    body = f'Kim said "{HOSTILE_QUOTE}" and left.'
    start = body.index(HOSTILE_QUOTE)
    rows = [
        ("articles", article(body=body)),
        ("people", person(name=HOSTILE_NAME)),
        (
            "quotes",
            quote(
                start=start,
                end=start + len(HOSTILE_QUOTE),
                text=HOSTILE_QUOTE,
                speaker_name=HOSTILE_NAME,
            ),
        ),
    ]
    warehouse_file_with(tmp_path, rows)
    output = tmp_path / "report.html"
    assert main(["report", "--warehouse", str(tmp_path), "--html", str(output)]) == EXIT_OK
    page = output.read_text()
    parser = Elements()
    parser.feed(page)
    assert "img" not in parser.tags and "EVENT-HANDLER" not in parser.tags
    assert parser.tags.count("script") == 1  # the page's own search filter, nothing else
    assert "alert" not in "".join(parser.scripts)
    assert "&lt;script&gt;" in page and "&quot;&gt;&lt;img" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "<svg id='top-quoted'" in page and "<rect class='bar'" in page


def test_report_renders_in_headless_chromium_without_console_errors(tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    warehouse_file_with(tmp_path, one_quote_rows())
    output = tmp_path / "report.html"
    assert main(["report", "--warehouse", str(tmp_path), "--html", str(output)]) == EXIT_OK
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            output.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'data-ready="yes"' in dom  # the page's script ran
    assert "<rect" in dom and 'id="top-quoted"' in dom  # the chart is in the rendered page
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert not console, console
