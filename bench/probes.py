"""The measurements behind bench/run.py, one function each."""
from __future__ import annotations

import inspect
import os
import platform
import statistics
import subprocess
import threading
import time
from datetime import date, timedelta
from pathlib import Path


def machine() -> dict:
    mem_kb = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal")))
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    import duckdb
    import jieba
    return {"python": platform.python_version(), "cores": os.cpu_count(), "memory_gib": round(mem_kb / 2**20, 1),
            "cpu": cpu, "duckdb": duckdb.__version__, "jieba": jieba.__version__}


def synthetic_corpus(folder: Path, years: int, seed: int) -> Path:
    """The synthetic issues, generated once per (years, seed) and reused."""
    marker = folder / ".complete"
    if not marker.exists():
        from ingest.synth import generate
        if folder.exists():
            import shutil
            shutil.rmtree(folder)
        started = time.perf_counter()
        generate(years, folder, seed=seed)
        print(f"generated corpus in {time.perf_counter() - started:.1f} s", flush=True)
        marker.write_text("ok")
    return folder


def sample_corpus(folder: Path, megabytes: float) -> Path:
    """The bundled sample issues (real seed included) copied with distinct dates until the text
    reaches `megabytes`: real prose, unlike the synthetic corpus' templates."""
    from ingest.decode import decode_bytes

    samples = sorted((Path(__file__).resolve().parent.parent / "ingest" / "samples").glob("*.txt"))
    texts = [decode_bytes(p.read_bytes()) for p in samples]
    if folder.exists():
        import shutil
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    day, written, n = date(2000, 1, 1), 0, 0
    while written < megabytes * 1e6:
        text = texts[n % len(texts)] + f"\n(示例 基准副本 {n})\n"
        path = folder / f"{day + timedelta(days=n):%Y-%m-%d}.txt"
        path.write_text(text, encoding="utf-8")
        written += path.stat().st_size
        n += 1
    return folder


def jieba_baseline(files: list[Path]) -> float:
    """Seconds for plain jieba.lcut over every issue's text (dictionary loaded beforehand)."""
    import jieba
    jieba.initialize()
    texts = [f.read_text(encoding="utf-8") for f in files]
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started


def timed_process(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time of a command and the peak resident memory of its whole process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = [0]
    sampler = threading.Thread(target=_sample_tree_rss, args=(proc, peak), daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {err[-2000:]}")
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak[0] / 1024, 1), "summary": out.strip()[-200:]}


def _sample_tree_rss(proc: subprocess.Popen, peak: list[int]) -> None:
    while proc.poll() is None:
        peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
        time.sleep(0.2)


def _tree_rss_kb(root: int) -> int:
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        parents[int(entry)] = int(fields.get("PPid", "0"))
        rss[int(entry)] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, frontier = 0, {root}
    while frontier:
        total += sum(rss.get(pid, 0) for pid in frontier)
        frontier = {pid for pid, parent in parents.items() if parent in frontier}
    return total


def incremental_ingest(db: Path, template: Path, out: Path, runs: int = 3) -> dict:
    """One new issue into the full warehouse: in a warm process (as the scheduler does) and from the CLI."""
    from ingest.pipeline import ingest_paths
    from ingest.prepare import extract_issue
    from ingest.parse import read_issue
    from ingest.gazetteer import load_gazetteer

    folder = out / "incremental"
    folder.mkdir(exist_ok=True)
    extract_issue(read_issue(template), load_gazetteer())  # warm: imports, jieba dictionary
    text = template.read_text(encoding="utf-8")
    day = date.today()
    warm = []
    for n in range(runs + 1):
        new = folder / f"{day + timedelta(days=n):%Y-%m-%d}.txt"
        new.write_text(text + f"\n(示例 增量测试 {n})\n", encoding="utf-8")
        started = time.perf_counter()
        summary = ingest_paths([new], db_path=db)
        elapsed = time.perf_counter() - started
        assert summary.loaded == 1, summary.outcomes
        if n < runs:
            warm.append(elapsed)
    cold = timed_process([os.sys.executable, "-m", "ingest.cli", "ingest", str(new), "--db", str(db)])
    return {"warm_median_s": round(statistics.median(warm), 3), "cli_cold_s": cold["seconds"]}


def dashboard_queries(db: Path, runs: int) -> dict:
    """Median and p95 of every dashboard query over the whole period, on an open read-only connection."""
    import duckdb
    from warehouse import queries
    from warehouse.db import SharedReader

    con = duckdb.connect(str(db), read_only=True)
    first, last = con.execute("SELECT min(month), max(month) FROM articles").fetchone()
    article_id = con.execute("SELECT max(article_id) FROM articles").fetchone()[0]
    project = con.execute("SELECT name, township_id FROM fact_livelihood_project LIMIT 1").fetchone()
    township = con.execute("SELECT township_id FROM dim_township ORDER BY sort_order LIMIT 1").fetchone()[0]
    whole = queries.FactFilter(month_from=first, month_to=last)
    arguments = {"con": con, "f": whole, "months": 6, "article_id": article_id, "name": project[0],
                 "township_id": project[1]}
    timings = {}
    for name, fn in inspect.getmembers(queries, inspect.isfunction):
        if fn.__module__ != queries.__name__ or name.startswith("_"):
            continue
        params = inspect.signature(fn).parameters
        if "con" not in params or any(p not in arguments and params[p].default is inspect._empty for p in params):
            continue
        call = {p: arguments[p] for p in params if p in arguments}
        timings[name] = _time_query(lambda: fn(**call), runs)
        if "f" in params:
            call_t = {**call, "f": whole.for_township(township)}
            timings[f"{name} (one township)"] = _time_query(lambda: fn(**call_t), runs)
    con.close()
    # With no connection open: the dashboard attaches the file to its running engine for each
    # query (the engine started before timing); beside it, what a new connection per query costs.
    reader = SharedReader()
    with reader.reading(db):
        pass
    started = time.perf_counter()
    for _ in range(runs):
        with reader.reading(db):
            pass
    attach_ms = (time.perf_counter() - started) / runs * 1000
    started = time.perf_counter()
    for _ in range(runs):
        duckdb.connect(str(db), read_only=True).close()
    open_ms = (time.perf_counter() - started) / runs * 1000
    return {"attach_ms": round(attach_ms, 1), "open_connection_ms": round(open_ms, 1), "by_query": timings}


def _time_query(call, runs: int) -> dict:
    samples = []
    call()
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"median_ms": round(statistics.median(samples), 1),
            "p95_ms": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 1)}


def synthetic_accuracy(db: Path, corpus: Path, every: int) -> dict:
    """Extraction scores on every `every`-th synthetic gold file, read back from the warehouse."""
    import duckdb
    from ingest import evaluate
    from ingest.eval_run import system_for_source

    golds = sorted(corpus.rglob("*.gold.json"))[::every]
    con = duckdb.connect(str(db), read_only=True)
    scores = []
    for path in golds:
        gold = evaluate.load_gold(path)
        scores.append(evaluate.score_issue(gold, system_for_source(con, str(gold["source_path"]))))
    con.close()
    report = evaluate.combine(scores)
    text = evaluate.format_report(report)
    return {"gold_files": len(golds), "report": text[text.index("overall"):],
            "unmet_targets": evaluate.meets_targets(report)}


def _throughput(run: dict) -> str:
    return (f"{run['seconds']} s, {run['mb_per_s']} MB/s, {run['issues_per_s']} issues/s = "
            f"{run['ratio_to_jieba']} x jieba.lcut; peak RSS {run['peak_rss_mb']} MB")


def table(results: dict) -> str:
    m, c, b, q = results["machine"], results["corpus"], results["backfill"], results["queries"]["by_query"]
    slowest = max(q.items(), key=lambda kv: kv[1]["p95_ms"])
    rows = [
        ("machine", f"{m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}, duckdb {m['duckdb']}"),
        ("real text: copies of the samples", f"{results['real_text']['issues']} issues, "
                                             f"{results['real_text']['megabytes']} MB; jieba.lcut "
                                             f"{results['real_text']['jieba_mb_per_s']} MB/s"),
        ("  ingest with workers", _throughput(results["real_text"]["workers"])),
        ("  ingest in one process", _throughput(results["real_text"]["one_process"])),
        ("corpus", f"{c['issues']} synthetic issues, {c['megabytes']} MB ({results['years']} years)"),
        ("jieba.lcut baseline", f"{results['jieba_lcut']['mb_per_s']} MB/s"),
        ("backfill wall time", f"{b['seconds']} s ({b['issues_per_s']} issues/s)"),
        ("backfill throughput", f"{b['mb_per_s']} MB/s = {b['ratio_to_jieba']} x jieba.lcut"),
        ("same, one process (no workers)", f"{results['backfill_one_process']['seconds']} s, "
                                           f"{results['backfill_one_process']['mb_per_s']} MB/s = "
                                           f"{results['backfill_one_process']['ratio_to_jieba']} x jieba.lcut"),
        ("backfill peak RSS (process tree)", f"{b['peak_rss_mb']} MB"),
        ("warehouse size", f"{b['warehouse_mb']} MB"),
        ("one new issue (warm / CLI)", f"{results['incremental']['warm_median_s']} s / {results['incremental']['cli_cold_s']} s"),
        ("dashboard queries", f"{len(q)} timed; slowest p95 {slowest[1]['p95_ms']} ms ({slowest[0]})"),
        ("  max median", f"{max(v['median_ms'] for v in q.values())} ms"),
        ("open the file for a query (shared engine)", f"{results['queries']['attach_ms']} ms"),
        ("open a new read-only connection", f"{results['queries']['open_connection_ms']} ms"),
        ("synthetic gold", f"{results['accuracy']['gold_files']} files; unmet targets: "
                           f"{results['accuracy']['unmet_targets'] or 'none'}"),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{k:<{width}}  {v}" for k, v in rows]
    lines.append("")
    lines.append("query                                              median ms   p95 ms")
    lines += [f"{name:<50} {t['median_ms']:>9} {t['p95_ms']:>8}" for name, t in sorted(q.items())]
    lines.append("")
    lines.append(results["accuracy"]["report"])
    return "\n".join(lines)
