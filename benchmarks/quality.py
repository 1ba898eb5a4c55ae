"""Extraction quality against the gold sets in ../shared/eval, through the real `newsetl run`.

    python benchmarks/quality.py                 # every set it finds
    python benchmarks/quality.py --sets bbc --errors 20

Each set's articles are written as seed files, `newsetl run` turns them into a warehouse, and the
Parquet output is scored: quotes (Gender Gap Tracker rule at overlap 0.3 and 0.8, speaker
accuracy over found quotes), people (F1 on names, role and affiliation accuracy), amounts
(F1 per kind, value and unit accuracy), and the Recognizers-Text / quantulum3 amount suites.
Skips cleanly when ../shared is not there.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scoring import (
    UNSCORED_SPEAKERS,
    QuoteScore,
    Ratio,
    Tally,
    fold,
    judge_targets,
    locate,
    match_spans,
    same_name,
    same_phrase,
    same_speaker,
    value_ok,
)
from transforms.numbers import parse_number

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
AMOUNT_KINDS = ("money", "percent", "duration", "quantity")
RT_CURRENCY = {
    "Dollar": "USD",
    "Cent": "USD",
    "Pound": "GBP",
    "Penny": "GBP",
    "Pence": "GBP",
    "Euro": "EUR",
    "Japanese yen": "JPY",
    "Yen": "JPY",
    "Chinese yuan": "CNY",
    "Yuan": "CNY",
    "Canadian dollar": "CAD",
    "Australian dollar": "AUD",
    "Hong Kong dollar": "HKD",
    "Indian rupee": "INR",
    "Swiss franc": "CHF",
    "British pound": "GBP",
    "Pound sterling": "GBP",
    "pound sterling": "GBP",
    "United States dollar": "USD",
    "euro": "EUR",
}


# --------------------------------------------------------------------------------- running
def run_pipeline(seeds: Path, warehouse: Path) -> dict[str, pl.DataFrame]:
    """`newsetl run` over seeds, then every table read back from the published Parquet."""
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "flows.cli",
        "run",
        "--seeds",
        str(seeds),
        "--warehouse",
        str(warehouse),
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"newsetl run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    print(f"  newsetl run over {seeds.name}: {time.perf_counter() - started:.1f}s", flush=True)
    return {
        table: pl.read_parquet(warehouse / "parquet" / table / "*.parquet")
        for table in ("articles", "people", "quotes", "amounts")
    }


def rows_by_article(frame: pl.DataFrame) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in frame.iter_rows(named=True):
        grouped[row["article_id"]].append(row)
    return grouped


# ------------------------------------------------------------------------------------ BBC
def bbc_gold_body(raw: str) -> str:
    lines = raw.replace("\r\n", "\n").split("\n")
    rest = lines[1:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    return "\n".join(rest)


def evaluate_bbc(shared: Path, work: Path, errors: int) -> dict[str, Any]:
    gold_rows = [json.loads(line) for line in (shared / "eval" / "bbc_dev_gold.jsonl").open()]
    seeds = work / "bbc-seeds"
    for gold in gold_rows:
        target = seeds / gold["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((shared / "corpus" / "bbc" / gold["file"]).read_bytes())
    tables = run_pipeline(seeds, work / "bbc-warehouse")
    articles = {row["source_path"]: row for row in tables["articles"].iter_rows(named=True)}
    quotes, people, amounts = (rows_by_article(tables[t]) for t in ("quotes", "people", "amounts"))

    quote_score = QuoteScore()
    people_tally, role, affiliation = Tally(), Ratio(), Ratio()
    amount_tallies = {kind: Tally() for kind in AMOUNT_KINDS}
    amount_values = Ratio()
    people_errors: list[str] = []
    amount_errors: list[str] = []
    for gold in gold_rows:
        article = articles.get(gold["file"])
        if article is None:
            quote_score.at_03.fn += len(gold["quotes"])
            continue
        body = article["body"]
        gold_body = bbc_gold_body(
            (shared / "corpus" / "bbc" / gold["file"]).read_bytes().decode("utf-8", "replace")
        )
        same_body = body == gold_body

        def place(
            item: dict[str, Any], key: str, body: str = body, same_body: bool = same_body
        ) -> tuple[int, int] | None:
            if same_body:
                return item["start"], item["end"]
            return locate(body, item[key], item["start"])

        gold_quotes = [(place(q, "quote"), q) for q in gold["quotes"]]
        score_quotes(
            body,
            [(span, q["speaker"]) for span, q in gold_quotes if span],
            quotes.get(article["article_id"], []),
            quote_score,
            gold["file"],
        )
        quote_score.at_03.fn += sum(1 for span, _ in gold_quotes if span is None)
        quote_score.at_08.fn += sum(1 for span, _ in gold_quotes if span is None)

        predicted_people = people.get(article["article_id"], [])
        used: set[int] = set()
        for person in gold["people"]:
            match = next(
                (
                    i
                    for i, p in enumerate(predicted_people)
                    if i not in used and same_name(person["name"], p["name"])
                ),
                None,
            )
            if match is None:
                people_tally.fn += 1
                people_errors.append(f"{gold['file']}: missed person {person['name']}")
                continue
            used.add(match)
            people_tally.tp += 1
            found = predicted_people[match]
            if person["role"]:
                role.count(same_phrase(person["role"], found["role"]))
                if not same_phrase(person["role"], found["role"]):
                    people_errors.append(
                        f"{gold['file']}: {person['name']} role {person['role']!r}"
                        f" got {found['role']!r}"
                    )
            if person["affiliation"]:
                affiliation.count(same_phrase(person["affiliation"], found["affiliation"]))
                if not same_phrase(person["affiliation"], found["affiliation"]):
                    people_errors.append(
                        f"{gold['file']}: {person['name']} affiliation {person['affiliation']!r}"
                        f" got {found['affiliation']!r}"
                    )
        for i, p in enumerate(predicted_people):
            if i not in used:
                people_tally.fp += 1
                people_errors.append(f"{gold['file']}: extra person {p['name']}")

        predicted_amounts = amounts.get(article["article_id"], [])
        for kind in AMOUNT_KINDS:
            gold_items = [(place(a, "text"), a) for a in gold["amounts"] if a["kind"] == kind]
            gold_items = [(s, a) for s, a in gold_items if s]
            preds = [a for a in predicted_amounts if a["kind"] == kind]
            matched = match_spans(
                [s for s, _ in gold_items], [(a["char_start"], a["char_end"]) for a in preds], 0.5
            )
            tally = amount_tallies[kind]
            tally.tp += len(matched)
            tally.fn += len(gold_items) - len(matched)
            matched_preds = set(matched.values())
            # Gold marks some counts/ages optional; a prediction matching any gold item is fine.
            for pi, pred in enumerate(preds):
                if pi in matched_preds:
                    continue
                other = (
                    any(
                        max(
                            0, min(pred["char_end"], a["end"]) - max(pred["char_start"], a["start"])
                        )
                        > 0
                        for a in gold["amounts"]
                    )
                    if same_body
                    else False
                )
                if not other:
                    tally.fp += 1
                    amount_errors.append(f"{gold['file']}: extra {kind} {pred['text']!r}")
            for gi, (_, item) in enumerate(gold_items):
                if gi not in matched:
                    amount_errors.append(f"{gold['file']}: missed {kind} {item['text']!r}")
                    continue
                pred = preds[matched[gi]]
                ok = (
                    value_ok(item["value"], pred["value"])
                    and (item["unit"] or None) == pred["unit"]
                )
                amount_values.count(ok)
                if not ok:
                    amount_errors.append(
                        f"{gold['file']}: {item['text']!r} value {item['value']} {item['unit']}"
                        f" got {pred['value']} {pred['unit']}"
                    )
    if errors:
        show("quotes missed", quote_score.misses, errors)
        show("quotes extra", quote_score.extras, errors)
        show("speakers wrong", quote_score.wrong_speakers, errors)
        show("people", people_errors, errors)
        show("amounts", amount_errors, errors)
    total_amounts = Tally()
    for tally in amount_tallies.values():
        total_amounts.add(tally)
    return {
        "quotes@0.3": quote_score.at_03,
        "quotes@0.8": quote_score.at_08,
        "speaker accuracy": quote_score.speaker,
        "people": people_tally,
        "role accuracy": role,
        "affiliation accuracy": affiliation,
        **{f"amounts {kind}": tally for kind, tally in amount_tallies.items()},
        "amounts (4 kinds)": total_amounts,
        "amount value+unit accuracy": amount_values,
    }


def score_quotes(
    body: str,
    gold: list[tuple[tuple[int, int], str | None]],
    predicted: list[dict[str, Any]],
    score: QuoteScore,
    label: str,
    *,
    skip_pronoun_speakers: bool = False,
    roles: dict[str, str] | None = None,
) -> None:
    """Score one article's quotes. `roles`: person_id → role of the article's people, to check
    a gold description ("the mayor") against the named person predicted."""
    pred_spans = [(q["char_start"], q["char_end"]) for q in predicted]
    spans = [span for span, _ in gold]
    for threshold, tally in ((0.3, score.at_03), (0.8, score.at_08)):
        matched = match_spans(spans, pred_spans, threshold)
        tally.tp += len(matched)
        tally.fn += len(spans) - len(matched)
        tally.fp += len(pred_spans) - len(matched)
        if threshold == 0.3:
            for gi, ((start, end), speaker) in enumerate(gold):
                if gi not in matched:
                    score.misses.append(f"{label}: {body[start:end][:90]!r} ({speaker})")
                    continue
                pred = predicted[matched[gi]]
                if skip_pronoun_speakers and (not speaker or fold(speaker) in UNSCORED_SPEAKERS):
                    continue
                role = roles.get(pred["person_id"]) if roles else None
                ok = same_speaker(speaker, pred["speaker_name"], role)
                score.speaker.count(ok)
                if not ok:
                    score.wrong_speakers.append(
                        f"{label}: {body[start:end][:60]!r} gold {speaker!r}"
                        f" got {pred['speaker_name']!r}"
                    )
            used = set(matched.values())
            score.extras.extend(
                f"{label}: {q['quote_text'][:90]!r} ({q['speaker_name']})"
                for i, q in enumerate(predicted)
                if i not in used
            )


# ------------------------------------------------------------------------------- PolNeAR
def marked_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches inside quotation marks within text[start:end]. A span may begin inside a
    quotation whose mark opens its paragraph ("PENCE: Well, …" starts after the label); a
    quotation left open at a paragraph's end stops there (the next paragraph reopens it); a
    “quotation” opened inside another is nested in it. Either closing mark closes ("no
    evidence" typed with mixed marks)."""
    pieces: list[tuple[int, int]] = []
    inside_from: int | None = None
    nested = 0
    for i in range(text.rfind("\n", 0, start) + 1, end):
        ch = text[i]
        if ch == "\n":
            if inside_from is not None and i > start:
                pieces.append((max(inside_from, start), i))
            inside_from, nested = None, 0
        elif inside_from is None and ch in '“"':
            inside_from = i + 1
        elif inside_from is not None and ch == "“":
            nested += 1
        elif inside_from is not None and ch in '”"':
            if nested:
                nested -= 1
                continue
            if i > start:
                pieces.append((max(inside_from, start), i))
            inside_from = None
    if inside_from is not None:
        pieces.append((max(inside_from, start), end))
    return pieces


def polnear_gold_segments(text: str, quote: dict[str, Any]) -> list[tuple[int, int]]:
    """The marked words of one attribution, split into paragraph segments (our grain)."""
    pieces = marked_pieces(text, quote["quote_start"], quote["quote_end"])
    if not pieces:
        pieces = [(quote["inner_start"], quote["inner_end"])]
    segments: list[tuple[int, int]] = []
    for begin, end in pieces:
        for part in re.finditer(r"[^\n]+", text[begin:end]):
            s, e = begin + part.start(), begin + part.end()
            while s < e and text[s] in " \"“”'‘’,":
                s += 1
            while e > s and text[e - 1] in " \"“”'‘’,":
                e -= 1
            if e - s > 1:
                segments.append((s, e))
    return segments


def gold_speaker(text: str, quote: dict[str, Any]) -> str | None:
    """The gold speaker, widened to whole words where its offsets cut one ('the senior Cruz
    advise' for "adviser", 'he crowd' for "the crowd": 8 train quotations)."""
    speaker = quote["speaker"]
    start, end = quote.get("speaker_start"), quote.get("speaker_end")
    if not speaker or start is None or end is None or text[start:end] != speaker:
        return speaker
    start += len(speaker) - len(speaker.lstrip())
    end -= len(speaker) - len(speaker.rstrip())
    while start > 0 and text[start - 1].isalpha() and text[start].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        end += 1
    return text[start:end] if text[start:end].strip() != speaker.strip() else speaker


def evaluate_polnear(shared: Path, work: Path, split: str, errors: int) -> dict[str, Any]:
    rows = [
        json.loads(line) for line in (shared / "eval" / "quotes" / f"polnear.{split}.jsonl").open()
    ]
    seeds = work / f"polnear-{split}-seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for row in rows:
        (seeds / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    tables = run_pipeline(seeds, work / f"polnear-{split}-warehouse")
    articles = {row["source_path"]: row for row in tables["articles"].iter_rows(named=True)}
    quotes = rows_by_article(tables["quotes"])
    people = rows_by_article(tables["people"])
    score = QuoteScore()
    for row in rows:
        article = articles.get(f"{row['id']}.txt")
        if article is None:
            continue
        body, text = article["body"], row["text"]
        gold: list[tuple[tuple[int, int], str | None]] = []
        for quote in row["quotes"]:
            for start, end in polnear_gold_segments(text, quote):
                placed = locate(body, text[start:end], start - (len(text) - len(body)))
                if placed is None:
                    score.at_03.fn += 1
                    score.at_08.fn += 1
                    continue
                gold.append((placed, gold_speaker(text, quote)))
        score_quotes(
            body,
            gold,
            quotes.get(article["article_id"], []),
            score,
            row["id"],
            skip_pronoun_speakers=True,
            roles={
                p["person_id"]: p["role"]
                for p in people.get(article["article_id"], [])
                if p["role"]
            },
        )
    if errors:
        show("quotes missed", score.misses, errors)
        show("quotes extra", score.extras, errors)
        show("speakers wrong", score.wrong_speakers, errors)
    return {
        f"polnear.{split} quotes@0.3": score.at_03,
        f"polnear.{split} quotes@0.8": score.at_08,
        f"polnear.{split} speaker accuracy (named speakers)": score.speaker,
    }


# ------------------------------------------------------------------------- amount suites
def expected_value(item: dict[str, Any]) -> tuple[float | None, str | None, str]:
    """A suite's expected amount in our conventions: (value, unit, kind)."""
    kind = {"dimension": "quantity", "temperature": "quantity"}.get(item["kind"], item["kind"])
    value, unit = item["value"], item.get("unit")
    if kind == "money":
        currency = item.get("currency") or RT_CURRENCY.get(unit or "")
        if unit in ("Cent", "Penny", "Pence") and value is not None:
            value = value / 100
        return value, currency, kind
    if kind == "duration" and item.get("meta", {}).get("amount") is not None:
        return item["meta"]["amount"], item["meta"].get("amount_unit"), kind
    return value, unit, kind


def has_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or any(
        parse_number(word) is not None
        for word in re.findall(r"[a-z]+", text.lower())
        if word not in ("a", "an")
    )


def evaluate_amount_suites(shared: Path, work: Path, errors: int) -> dict[str, Any]:
    suites = sorted((shared / "eval" / "amounts").glob("*.jsonl"))
    seeds = work / "amount-seeds"
    cases: dict[str, dict[str, Any]] = {}
    for suite in suites:
        for n, line in enumerate(suite.open()):
            case = json.loads(line)
            path = f"{suite.stem}/{n:04d}.txt"
            cases[path] = case
            target = seeds / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(f"Case {n}\n\n{case['input']}\n", encoding="utf-8")
    tables = run_pipeline(seeds, work / "amount-warehouse")
    by_path = {row["source_path"]: row for row in tables["articles"].iter_rows(named=True)}
    amounts = rows_by_article(tables["amounts"])
    results: dict[str, Any] = {}
    suite_tallies: dict[str, Tally] = defaultdict(Tally)
    suite_cases: dict[str, Ratio] = defaultdict(Ratio)
    # Cases whose expected amount is a bare currency name ("dollar") have no number, which
    # the contract requires; they are reported apart.
    numeric_cases: dict[str, Ratio] = defaultdict(Ratio)
    messages: list[str] = []
    for path, case in cases.items():
        suite = path.split("/")[0]
        article = by_path.get(path)
        body = article["body"] if article else ""
        preds = amounts.get(article["article_id"], []) if article else []
        expected = [
            item
            for item in case["expected"]
            if item["kind"] in ("money", "percent", "duration", "dimension", "age", "temperature")
        ]
        case_ok = True
        used: set[int] = set()
        for item in expected:
            value, unit, kind = expected_value(item)
            span = locate(body, item["text"].strip(), item["start"])
            hit = None
            for i, pred in enumerate(preds):
                if i in used or span is None:
                    continue
                inter = min(span[1], pred["char_end"]) - max(span[0], pred["char_start"])
                if inter > 0 and pred["kind"] == kind:
                    hit = i
                    break
            tally = suite_tallies[suite]
            if hit is None:
                tally.fn += 1
                case_ok = False
                messages.append(f"{suite}: missed {item['text']!r} in {case['input'][:80]!r}")
                continue
            used.add(hit)
            tally.tp += 1
            pred = preds[hit]
            # A suite that names no currency ("francs") is checked on the value alone; one
            # that gives no value for a written number (Recognizers' DurationExtractor spans
            # only) is checked on the span and kind alone.
            span_only = item["value"] is None and has_number(item["text"]) and unit is None
            good = span_only or (
                value_ok(value, pred["value"])
                and (kind != "money" or unit is None or unit == pred["unit"])
            )
            if not good:
                case_ok = False
                messages.append(
                    f"{suite}: {item['text']!r} want {value} {unit}"
                    f" got {pred['value']} {pred['unit']}"
                )
        kinds = {expected_value(i)[2] for i in expected} or {case["kind"]}
        extras = [p for i, p in enumerate(preds) if i not in used and p["kind"] in kinds]
        suite_tallies[suite].fp += len(extras)
        messages.extend(f"{suite}: extra {p['text']!r} in {case['input'][:80]!r}" for p in extras)
        suite_cases[suite].count(case_ok and not extras)
        if all(has_number(item["text"]) for item in expected):
            numeric_cases[suite].count(case_ok and not extras)
    for suite in sorted(suite_tallies):
        results[f"suite {suite}"] = suite_tallies[suite]
        results[f"suite {suite} cases right"] = suite_cases[suite]
        results[f"suite {suite} cases right (amounts with a number)"] = numeric_cases[suite]
    if errors:
        show("amount suites", messages, errors)
    return results


# --------------------------------------------------------------------------------- output
def show(title: str, lines: list[str], limit: int) -> None:
    print(f"\n-- {title}: {len(lines)}")
    for line in lines[:limit]:
        print("   " + line)


def print_targets(results: dict[str, Any]) -> None:
    """Issue 3's targets for the sets scored in this run, each marked met or not."""
    judged = judge_targets(results)
    if not judged:
        return
    print(f"\n{'target (dev sets)':50} {'figure':>7} {'needs':>7}")
    for label, figure, threshold, met in judged:
        needs = f">= {threshold:.2f}"
        print(f"{label:50} {figure:7.3f} {needs:>7}  {'met' if met else 'NOT MET'}")
    met = sum(ok for *_, ok in judged)
    print(f"targets met: {met} of {len(judged)} scored in this run")


def print_results(results: dict[str, Any]) -> None:
    print(f"\n{'measure':66} {'P':>6} {'R':>6} {'F1':>6}   {'acc':>6} {'n':>6}")
    for name, value in results.items():
        if isinstance(value, Tally):
            print(
                f"{name:66} {value.precision:6.3f} {value.recall:6.3f} {value.f1:6.3f}"
                f"   {'':>6} {value.tp + value.fn:6d}"
            )
        else:
            print(f"{name:66} {'':>6} {'':>6} {'':>6}   {value.value:6.3f} {value.total:6d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--sets",
        nargs="*",
        default=["bbc", "polnear-dev", "amount-suites"],
        choices=["bbc", "polnear-dev", "polnear-train", "amount-suites"],
    )
    parser.add_argument("--errors", type=int, default=0, help="print up to N errors per kind")
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        print(f"skipped: no gold data at {args.shared / 'eval'}")
        return 0
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="newsetl-quality-") as tmp:
        work = Path(tmp)
        if "bbc" in args.sets:
            results |= evaluate_bbc(args.shared, work, args.errors)
        for split in ("dev", "train"):
            if f"polnear-{split}" in args.sets:
                results |= evaluate_polnear(args.shared, work, split, args.errors)
        if "amount-suites" in args.sets:
            results |= evaluate_amount_suites(args.shared, work, args.errors)
    print_results(results)
    print_targets(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
