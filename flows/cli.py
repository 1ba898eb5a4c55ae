"""`newsetl` command line: run, sql, report, docs, compile, serve."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from flows.settings import REPO_ROOT, SQL_DIR, Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_REJECTS = 0, 1, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsetl", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="ingest seeds into the warehouse (one flow run)")
    _warehouse_option(run)
    run.add_argument("--seeds", type=Path, help="folder of article files (default seeds/)")
    run.add_argument("--batch-size", type=int, help="articles per extraction task (default 250)")
    run.add_argument("--workers", type=int, help="extraction processes (default: CPU count)")
    run.add_argument("--max-file-bytes", type=int, help="reject larger files (default 5 MB)")
    run.add_argument(
        "--strict", action="store_true", help="exit non-zero when any file is rejected"
    )
    run.add_argument("--wait", action="store_true", help="wait for a concurrent run to finish")
    run.add_argument("--summary-json", type=Path, help="also write the run summary as JSON here")
    run.add_argument(
        "--runner", choices=["local", "dask", "ray"], help="task runner (default local)"
    )
    run.add_argument("--address", help="scheduler address of an existing Dask/Ray cluster")

    sql = commands.add_parser("sql", help="run SQL against the warehouse and print the result")
    _warehouse_option(sql)
    sql.add_argument("query", nargs="?", help="a SQL statement")
    sql.add_argument("--file", type=Path, help="a .sql file to run instead of QUERY")
    sql.add_argument("--max-rows", type=int, default=40, help="rows to print (default 40)")

    report = commands.add_parser("report", help="print a stored report from sql/reports/")
    _warehouse_option(report)
    report.add_argument("name", nargs="?", help="report name (file name without .sql)")
    report.add_argument("--list", action="store_true", help="list the reports")
    report.add_argument("--html", type=Path, help="write a self-contained HTML report here")
    report.add_argument("--max-rows", type=int, default=40)

    compile_ = commands.add_parser(
        "compile", help="build the extraction rules with mypyc (faster; needs .[fast] and gcc)"
    )
    compile_.add_argument("--force", action="store_true", help="rebuild even if built")

    docs = commands.add_parser("docs", help="write the data dictionary from the schema")
    docs.add_argument("--output", type=Path, default=REPO_ROOT / "docs" / "tables.md")

    serve = commands.add_parser("serve", help="serve the flow on a schedule (Prefect deployment)")
    _warehouse_option(serve)
    serve.add_argument("--seeds", type=Path)
    timing = serve.add_mutually_exclusive_group()
    timing.add_argument("--cron", default=None, help='cron schedule, e.g. "0 * * * *" (default)')
    timing.add_argument("--interval", type=float, help="run every N seconds instead of a cron")
    serve.add_argument("--name", default="newsetl-scheduled", help="deployment name")
    return parser


def _warehouse_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--warehouse",
        help="warehouse folder (default warehouse/), or an fsspec URL such as s3://bucket/prefix "
        "for the Parquet tables (the DuckDB file then stays in --local-dir)",
    )
    parser.add_argument(
        "--local-dir",
        type=Path,
        help="with a URL --warehouse: folder for the DuckDB file, manifest and lock "
        "(default warehouse/)",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "compile":
        from flows import native_build

        return native_build.main(force=args.force)
    try:
        settings = Settings.from_env(
            warehouse_dir=getattr(args, "warehouse", None),
            local_dir=getattr(args, "local_dir", None),
            seeds_dir=getattr(args, "seeds", None),
            batch_size=getattr(args, "batch_size", None),
            workers=getattr(args, "workers", None),
            max_file_bytes=getattr(args, "max_file_bytes", None),
            strict=getattr(args, "strict", None) or None,
            wait_for_lock=getattr(args, "wait", None) or None,
            runner=getattr(args, "runner", None),
            address=getattr(args, "address", None),
        )
    except ValueError as error:
        print(f"newsetl: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "run":
        return _run(settings, args.summary_json)
    if args.command == "sql":
        return _sql(settings, args)
    if args.command == "report":
        return _report(settings, args)
    if args.command == "docs":
        from flows.data_dictionary import render

        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render(), encoding="utf-8")
        print(f"wrote {args.output}")
        return EXIT_OK
    return _serve(settings, args)


def _run(settings: Settings, summary_json: Path | None = None) -> int:
    if not settings.seeds_dir.is_dir():
        print(f"newsetl: seeds folder {settings.seeds_dir} does not exist", file=sys.stderr)
        return EXIT_USAGE
    from flows.prefect_env import api_for_run, apply_prefect_defaults

    apply_prefect_defaults()
    with api_for_run(settings.own_prefect_server) as api_ready:
        from flows.lock import WarehouseBusy
        from flows.news_etl import run_flow
        from flows.prefect_server import ServerStartFailed
        from flows.storage.warehouse import CheckFailed

        try:
            api_ready()
            summary = run_flow(settings)
        except ServerStartFailed as error:
            print(
                f"newsetl: the Prefect API server did not start: {error} "
                "(NEWSETL_OWN_PREFECT_SERVER=false leaves it to Prefect)",
                file=sys.stderr,
            )
            return EXIT_FAILED
        except WarehouseBusy as error:
            print(f"newsetl: {error}", file=sys.stderr)
            return EXIT_BUSY
        except CheckFailed as error:
            print(f"newsetl: run failed, nothing published: {error}", file=sys.stderr)
            return EXIT_FAILED
        except RuntimeError as error:
            if "needs prefect-" not in str(error):
                return _failed(error)
            print(f"newsetl: {error}", file=sys.stderr)
            return EXIT_USAGE
        except Exception as error:  # one line for the user; Prefect has logged the traceback
            return _failed(error)
    print(summary.as_text())
    if summary_json is not None:
        summary_json.write_text(summary.as_json(), encoding="utf-8")
    if settings.strict and summary.files_rejected:
        print(f"newsetl: --strict and {summary.files_rejected} file(s) rejected", file=sys.stderr)
        return EXIT_REJECTS
    return EXIT_OK


def _failed(error: BaseException) -> int:
    reason = " ".join(str(error).split()) or type(error).__name__
    if re.search(r"\b(?:set|conflicting) lock\b", reason, re.IGNORECASE):
        reason += " (another program has the DuckDB file open for writing; close it and rerun)"
    print(
        f"newsetl: run failed, previous outputs kept: {type(error).__name__}: {reason}",
        file=sys.stderr,
    )
    return EXIT_FAILED


def _sql(settings: Settings, args: argparse.Namespace) -> int:
    if args.file is not None:
        query = args.file.read_text(encoding="utf-8")
    elif args.query:
        query = args.query
    else:
        print("newsetl sql: give a QUERY or --file", file=sys.stderr)
        return EXIT_USAGE
    return _print_query(settings, query, args.max_rows)


def _report(settings: Settings, args: argparse.Namespace) -> int:
    reports = sorted((SQL_DIR / "reports").glob("*.sql"))
    if args.html is not None:
        if not settings.duckdb_path.exists():
            print(f"newsetl: no warehouse at {settings.duckdb_path}", file=sys.stderr)
            return EXIT_USAGE
        from flows.html_report import write_html_report

        write_html_report(settings.duckdb_path, args.html)
        print(f"wrote {args.html}")
        return EXIT_OK
    if args.list or not args.name:
        for path in reports:
            first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("- ").strip()
            print(f"{path.stem:28} {first}")
        return EXIT_OK
    matches = [p for p in reports if p.stem == args.name]
    if not matches:
        names = ", ".join(p.stem for p in reports)
        print(f"newsetl report: no report {args.name!r}; reports: {names}", file=sys.stderr)
        return EXIT_USAGE
    return _print_query(settings, matches[0].read_text(encoding="utf-8"), args.max_rows)


def _print_query(settings: Settings, query: str, max_rows: int) -> int:
    import duckdb

    if not settings.duckdb_path.exists():
        print(
            f"newsetl: no warehouse at {settings.duckdb_path}; run `newsetl run` first",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        con = duckdb.connect(str(settings.duckdb_path), read_only=True)
        try:
            if settings.parquet_url:  # read_parquet('s3://…') on the published tables
                from flows.storage.targets import attach_filesystem, parquet_target

                attach_filesystem(con, parquet_target(settings))
            relation = con.sql(query)
            if relation is None:
                print("ok")
            else:
                relation.show(max_rows=max_rows, max_width=160)
        finally:
            con.close()
    except duckdb.Error as error:
        print(f"newsetl sql: {error}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    from flows.prefect_env import apply_prefect_defaults

    apply_prefect_defaults()
    from flows.serve import serve_flow

    return serve_flow(settings, cron=args.cron, interval=args.interval, name=args.name)


if __name__ == "__main__":
    sys.exit(main())
