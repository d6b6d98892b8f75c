"""The ``chronicle`` command: a thin layer over the library functions of the same names."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from . import __version__
from .errors import ChronicleError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chronicle", description="Turn narrative history into a sourced record.")
    p.add_argument("--version", action="version", version=f"chronicle {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract the record of one or more files")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="text, Markdown, HTML or EPUB files")
    ex.add_argument("--db", help="SQLite database to add the record to (created if missing)")
    ex.add_argument("--json", dest="json_out", metavar="OUT", help="also write the record as JSON to OUT")
    ex.add_argument("--calendar", choices=("auto", "julian", "gregorian"), default="auto",
                    help="calendar of the dates in the text (default: decide from the text)")
    ex.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                    help="user gazetteer (CSV or Linked Places JSON) that overrides the built-in one")
    ex.add_argument("--max-bytes", type=int, default=50_000_000, help="refuse larger files (default 50 MB)")
    ex.add_argument("--quiet", action="store_true", help="print no summary or progress")

    exp = sub.add_parser("export", help="export a database")
    exp.add_argument("db", help="a Chronicle SQLite database")
    exp.add_argument("--format", default="json", help="json | csv | geojson | lpf (default json)")
    exp.add_argument("--out", help="output file (json, geojson, lpf) or folder (csv); json defaults to stdout")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        from .export import export
        export(args.db, args.format, args.out)
        return 0
    except ChronicleError as exc:
        print(f"chronicle: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # "chronicle extract ... | head"
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("chronicle: interrupted; nothing was written", file=sys.stderr)
        return 130


def _extract(args: argparse.Namespace) -> int:
    from .extract import extract
    from .summary import summarize

    bar = None
    progress = None
    if not args.quiet:
        from tqdm import tqdm
        bar = tqdm(unit="char", unit_scale=True, desc="extracting", file=sys.stderr, leave=False,
                   disable=None, mininterval=0.5)
        progress = bar.update
    try:
        result = extract(args.paths, db=args.db, json_out=args.json_out, calendar=args.calendar,
                         gazetteer=args.gazetteer, max_bytes=args.max_bytes, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        print(summarize(result.record))
        for path in result.skipped:
            print(f"  already in the database, not extracted again: {path}")
        if args.db:
            print(f"record written to {args.db}")
        if args.json_out:
            print(f"JSON written to {args.json_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
