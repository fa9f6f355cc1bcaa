"""govwatch benchmarks: a decade of synthetic issues, loaded and queried; prints a table, writes JSON.

    python bench/run.py [--years 10] [--out bench/out] [--seed 0]

Every speed is put beside a baseline measured in the same run on the same machine: plain
`jieba.lcut` over the same text for ingest, a page with a title, a keyword box and one chart
(`bench/floor_app.py`) for the dashboard's paint. Nothing here asserts; read the figures.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import paint, probes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--query-runs", type=int, default=20)
    parser.add_argument("--paint-runs", type=int, default=3, help="Loads timed per page and cache state.")
    parser.add_argument("--only-paint", action="store_true", help="Only time the pages on an existing bench warehouse.")
    args = parser.parse_args()
    if args.paint_runs < 1:
        parser.error("--paint-runs must be at least 1")
    if args.only_paint:
        print(paint.table(paint.first_paint(args.out / f"bench-{args.years}y.duckdb", args.paint_runs)))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": probes.machine(), "years": args.years, "seed": args.seed}

    results["real_text"] = real_text_throughput(args.out)

    corpus = probes.synthetic_corpus(args.out / f"corpus-{args.years}y-s{args.seed}", args.years, args.seed)
    files = sorted(corpus.rglob("*.txt"))
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    results["corpus"] = {"issues": len(files), "megabytes": round(megabytes, 2)}
    print(f"corpus: {len(files)} issues, {megabytes:.1f} MB ({corpus})", flush=True)

    jieba_seconds = probes.jieba_baseline(files)
    results["jieba_lcut"] = {"seconds": round(jieba_seconds, 2), "mb_per_s": round(megabytes / jieba_seconds, 3)}
    print(f"baseline jieba.lcut: {megabytes / jieba_seconds:.2f} MB/s", flush=True)

    db = args.out / f"bench-{args.years}y.duckdb"
    for stale in (db, db.with_name(db.name + ".tmp")):
        stale.unlink(missing_ok=True)
    backfill = probes.timed_process([sys.executable, "-m", "ingest.cli", "ingest", str(corpus), "--db", str(db)])
    results["backfill"] = {
        **backfill, "mb_per_s": round(megabytes / backfill["seconds"], 3),
        "issues_per_s": round(len(files) / backfill["seconds"], 1),
        "ratio_to_jieba": round((megabytes / backfill["seconds"]) / (megabytes / jieba_seconds), 3),
        "warehouse_mb": round(db.stat().st_size / 1e6, 1),
    }
    print(f"backfill: {backfill['seconds']:.1f} s, peak RSS {backfill['peak_rss_mb']:.0f} MB", flush=True)

    single_db = args.out / f"bench-{args.years}y-one-process.duckdb"
    single_db.unlink(missing_ok=True)
    single = probes.timed_process([sys.executable, "-m", "ingest.cli", "ingest", str(corpus), "--db", str(single_db)],
                                  env={"GOVWATCH_WORKERS": "1"})
    results["backfill_one_process"] = {**single, "mb_per_s": round(megabytes / single["seconds"], 3),
                                       "ratio_to_jieba": round(jieba_seconds / single["seconds"], 3)}
    single_db.unlink()
    results["incremental"] = probes.incremental_ingest(db, files[-1], args.out)
    results["queries"] = probes.dashboard_queries(db, args.query_runs)
    results["accuracy"] = probes.synthetic_accuracy(db, corpus, every=max(1, len(files) // 100))
    results["first_paint_s"] = paint.first_paint(db, args.paint_runs)

    (args.out / f"results-{args.years}y.json").write_text(json.dumps(results, ensure_ascii=False, indent=2,
                                                                    default=str), encoding="utf-8")
    print(probes.table(results))
    print()
    print(paint.table(results["first_paint_s"]))


def real_text_throughput(out: Path, megabytes: float = 5.0) -> dict:
    """parse + extract + load on copies of the real and sample issues, beside jieba.lcut on the same text."""
    corpus = probes.sample_corpus(out / "corpus-samples", megabytes)
    files = sorted(corpus.glob("*.txt"))
    size = sum(f.stat().st_size for f in files) / 1e6
    jieba_seconds = probes.jieba_baseline(files)
    result = {"issues": len(files), "megabytes": round(size, 2), "jieba_mb_per_s": round(size / jieba_seconds, 3)}
    for label, workers in (("workers", None), ("one_process", "1")):
        db = out / "bench-samples.duckdb"
        db.unlink(missing_ok=True)
        run = probes.timed_process([sys.executable, "-m", "ingest.cli", "ingest", str(corpus), "--db", str(db)],
                                   env={"GOVWATCH_WORKERS": workers} if workers else None)
        result[label] = {"seconds": run["seconds"], "mb_per_s": round(size / run["seconds"], 3),
                         "issues_per_s": round(len(files) / run["seconds"], 1),
                         "ratio_to_jieba": round(jieba_seconds / run["seconds"], 3), "peak_rss_mb": run["peak_rss_mb"]}
        db.unlink()
    print(f"real text: {result}", flush=True)
    return result


if __name__ == "__main__":
    main()
