"""Import speed: N generated articles imported into a fresh project with --jobs 1 and --jobs 2.

    python benchmarks/bench_import.py --articles 1000 [--jobs 1 2] [--format html text] [--json]
    python benchmarks/bench_import.py --articles 300 --format text --store-only --repeat 5

Articles come from gen_articles.py (~5 KB of text each); `html` wraps each in a saved-page layout
with furniture (navigation, cookie banner, share buttons, related links, footer, script and style)
so trafilatura has real work to do; `text` writes the text as .txt files. Each run imports the
folder with `import_articles` (read, decode, clean, extract, store) into a new SQLite project and
reports wall time, the CPU time of this process (the writer) and of the worker processes, and
articles/s by the wall clock and per CPU-second (the one-core rate, steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gen_articles import generate_articles  # noqa: E402

SUFFIX = {"html": ".html", "text": ".txt"}


def html_page(text: str, number: int) -> str:
    """One article as a news site would save it: the story inside a page of furniture."""
    title, *paragraphs = text.split("\n\n")
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    related = "\n".join(
        f'        <li><a href="/news/{number + k}">Related story {number + k}</a></li>' for k in range(1, 6)
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)} | The Border Herald</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="The Border Herald">
<meta property="article:published_time" content="2024-03-{1 + number % 28:02d}T09:30:00Z">
<link rel="canonical" href="https://herald.example/news/2024/{number}">
<style>body {{ font-family: serif; }} .nav a {{ margin: 0 4px; }}</style>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": {number}}});</script>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
  <header class="masthead"><a href="/">The Border Herald</a>
    <nav class="nav"><a href="/world">World</a><a href="/politics">Politics</a>
      <a href="/business">Business</a><a href="/sport">Sport</a><a href="/opinion">Opinion</a></nav>
  </header>
  <main>
    <article>
      <h1>{html.escape(title)}</h1>
      <p class="byline">By Staff Reporter</p>
      <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{body}
      <p class="newsletter">Sign up for our newsletter to get the day's top stories.</p>
    </article>
    <aside class="related"><h2>Most read</h2>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer>© 2024 The Border Herald. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
</body>
</html>
"""


def write_articles(folder: Path, count: int, seed: int, kind: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(generate_articles(count, seed)):
        content = html_page(text, number) if kind == "html" else text + "\n"
        (folder / f"article-{number:05d}{SUFFIX[kind]}").write_text(content, encoding="utf-8")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_import(folder: Path, project_path: Path, jobs: int) -> dict:
    from sqlalchemy import func, select

    from app.ingest.importer import import_articles
    from app.ingest.parallel import uses_pool
    from app.store import Project
    from app.store.schema import figures

    project = Project.create(project_path)
    files = len(list(folder.iterdir()))
    children, cpu, wall = _children_cpu(), time.process_time(), time.perf_counter()
    report = import_articles(project, [folder], jobs=jobs)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    children = _children_cpu() - children  # the pool is shut down (workers joined) on return
    with project.engine.connect() as conn:
        stored_figures = conn.scalar(select(func.count()).select_from(figures))
    project.close()
    imported = len(report.imported)
    return {
        "jobs": jobs,
        "in_worker_processes": uses_pool(files, jobs),
        "articles": imported,
        "failed": len(report.failed),
        "figures": stored_figures,
        "wall_s": round(wall, 3),
        "writer_cpu_s": round(cpu, 3),
        "workers_cpu_s": round(children, 3),
        "articles_per_s": round(imported / wall, 1),
        "articles_per_cpu_s": round(imported / (cpu + children), 1),
    }


def time_prepare(folder: Path) -> dict:
    """Read, clean and extract every file in this process without storing: the part that the
    worker processes share out, on one core."""
    from app.ingest.preparation import prepare_file, warm_up

    warm_up()
    files = sorted(folder.iterdir())
    cpu, wall = time.process_time(), time.perf_counter()
    articles = sum(len(prepare_file(path).articles) for path in files)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"articles": articles, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "articles_per_cpu_s": round(articles / cpu, 1)}


def time_store(folder: Path, tmp: Path, repeat: int) -> dict:
    """Storing alone, on prepared articles: one transaction per article (`DocumentStore.add`)
    against the importer's batches (`ArticleBatch`); CPU and wall ms per article, medians."""
    from app.ingest.preparation import prepare_file
    from app.store import Project

    items = [item for path in sorted(folder.iterdir()) for item in prepare_file(path).articles]
    result = {}
    for mode in ("per_article", "batched"):
        cpu_ms, wall_ms = [], []
        for attempt in range(repeat):
            project = Project.create(tmp / f"store-{folder.name}-{mode}-{attempt}.sitrep")
            cpu, wall = time.process_time(), time.perf_counter()
            if mode == "per_article":
                for item in items:
                    project.documents.add(item.article, item.digest, item.figures)
            else:
                with project.documents.batch() as batch:
                    for item in items:
                        batch.add(item.article, item.digest, item.figures)
                        if batch.due():
                            batch.commit()
                    batch.commit()
            cpu_ms.append(1000 * (time.process_time() - cpu) / len(items))
            wall_ms.append(1000 * (time.perf_counter() - wall) / len(items))
            project.close()
        result[mode] = {"cpu_ms_per_article": round(statistics.median(cpu_ms), 2),
                        "wall_ms_per_article": round(statistics.median(wall_ms), 2),
                        "cpu_ms_runs": [round(ms, 2) for ms in cpu_ms]}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--format", nargs="+", choices=sorted(SUFFIX), default=["html", "text"])
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; the median by wall time is shown")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--force-pool", action="store_true",
                        help="use worker processes even below MIN_FILES_FOR_POOL files (to find it)")
    parser.add_argument("--store-only", action="store_true",
                        help="time storing alone (prepared articles; per-article vs batched commits)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.force_pool:
        from app.ingest import parallel

        parallel.MIN_FILES_FOR_POOL = 1

    if args.store_only:
        with tempfile.TemporaryDirectory(prefix="sitrep-bench-store-") as tmp:
            stored = {}
            for kind in args.format:
                folder = Path(tmp) / kind
                write_articles(folder, args.articles, args.seed, kind)
                stored[kind] = time_store(folder, Path(tmp), args.repeat)
        if args.json:
            print(json.dumps(stored))
            return 0
        print(f"storing {args.articles} prepared articles, median of {args.repeat} runs (ms per article)")
        for kind, modes in stored.items():
            for mode, row in modes.items():
                print(f"  {kind:<6}{mode:<13}CPU {row['cpu_ms_per_article']:>6}  wall "
                      f"{row['wall_ms_per_article']:>6}  CPU runs {row['cpu_ms_runs']}")
        return 0

    rows = []
    prepare_only: dict[str, dict] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-import-") as tmp:
        for kind in args.format:
            folder = Path(tmp) / kind
            write_articles(folder, args.articles, args.seed, kind)
            prepare_only[kind] = time_prepare(folder)
            for jobs in args.jobs:
                runs = []
                for attempt in range(args.repeat):
                    project = Path(tmp) / f"{kind}-{jobs}-{attempt}.sitrep"
                    runs.append(run_import(folder, project, jobs))
                best = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]
                rows.append({"format": kind, **best,
                             "wall_s_runs": [r["wall_s"] for r in runs],
                             "median_articles_per_s": round(statistics.median(
                                 r["articles_per_s"] for r in runs), 1),
                             "median_writer_ms_per_article": round(statistics.median(
                                 1000 * r["writer_cpu_s"] / max(1, r["articles"]) for r in runs), 2)})
    result = {"articles": args.articles, "cores": os.cpu_count(), "load_before": round(load_before, 2),
              "load_after": round(os.getloadavg()[0], 2), "prepare_only": prepare_only,
              "runs": rows}
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{args.articles} generated articles per format, {os.cpu_count()} cores, "
          f"load average {result['load_before']} before, {result['load_after']} after")
    header = (f"  {'format':<7}{'jobs':>5}{'articles':>10}{'figures':>9}{'wall s':>9}{'articles/s':>12}"
              f"{'writer CPU s':>14}{'workers CPU s':>15}{'articles/CPU-s':>16}{'writer ms/article':>19}")
    print(header)
    for row in rows:
        print(f"  {row['format']:<7}{row['jobs']:>5}{row['articles']:>10}{row['figures']:>9}"
              f"{row['wall_s']:>9.2f}{row['articles_per_s']:>12}{row['writer_cpu_s']:>14.2f}"
              f"{row['workers_cpu_s']:>15.2f}{row['articles_per_cpu_s']:>16}"
              f"{row['median_writer_ms_per_article']:>19}")
    if args.repeat > 1:
        print(f"\n  {args.repeat} runs per row: the run with the median wall time, except 'writer "
              "ms/article' (median over the runs: the writer's CPU per article, store included)")
    print("\n  read + clean + extract only (no storing), in this process:")
    for kind, stage in prepare_only.items():
        print(f"  {kind:<7}{stage['articles_per_cpu_s']:>8} articles per CPU-second "
              f"({stage['cpu_s']:.2f} s CPU, {stage['wall_s']:.2f} s wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
