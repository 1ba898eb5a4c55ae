"""Extraction speed of the default extractor, one process on one core, over the BBC corpus.

    python benchmarks/extract_speed.py             # ../shared/corpus/bbc, two passes
    python benchmarks/extract_speed.py --passes 3

Each article is decoded and extracted exactly as a batch worker does it (`decode_bytes` then
`extract_article`); files are read into memory first, so the figure is CPU only. The first pass
includes one-time costs (loading the first-name data, filling caches); later passes show the
steady rate a long-running worker reaches. Skips cleanly without ../shared.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
# Issue 5's reference: spaCy's small English model, about 14 articles/s on two cores.
SPACY_SMALL_PER_CORE = 7.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    corpus = args.shared / "corpus" / "bbc"
    if not corpus.is_dir():
        print(f"skipped: {corpus} not found (the BBC corpus lives in ../shared)")
        return 0
    sys.path.insert(0, str(REPO))
    import transforms
    from transforms.article import SourceFacts, extract_article
    from transforms.decode import decode_bytes

    print(f"extractor: {transforms.build_description()}")

    paths = sorted(corpus.rglob("*.txt"))
    raws = [(path.parent.name, path.read_bytes()) for path in paths]
    started_at = datetime.now(UTC)
    print(f"{len(raws)} BBC articles, one process")
    for number in range(1, args.passes + 1):
        seconds: dict[str, float] = defaultdict(float)
        counts: dict[str, int] = defaultdict(int)
        for category, raw in raws:
            clock = time.perf_counter()
            decoded = decode_bytes(raw)
            extract_article(
                decoded.text,
                SourceFacts(category, "-", decoded.encoding),
                run_id="benchmark",
                ingested_at=started_at,
                extractor_version="benchmark",
            )
            seconds[category] += time.perf_counter() - clock
            counts[category] += 1
        total = sum(seconds.values())
        label = "first pass (cold)" if number == 1 else f"pass {number} (warm)"
        rate = len(raws) / total
        print(
            f"  {label:18s} {rate:6.0f} articles/s per core"
            f"  ({rate / SPACY_SMALL_PER_CORE:.0f}x spaCy small's ~{SPACY_SMALL_PER_CORE:.0f}/s)"
        )
        for category in sorted(seconds):
            print(f"    {category:16s} {counts[category] / seconds[category]:6.0f} articles/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
