"""Team mode: the same work on a PostgreSQL server and on a local SQLite file, side by side.

    python benchmarks/bench_team.py --articles 10000 --figures 1000000 [--json]
    python benchmarks/bench_team.py --url postgresql://me@host/db   # password in SITREP_PG_PASSWORD

Import: N synthetic articles (gen_articles.py) are extracted once, then stored article by article
(one transaction each, as the importer does) into each backend. Table: a project of M figures
(make_project.py) is published to the server (copy_project), then the figures table's queries are
timed on both: open (all ids in article order), first page of rows, sort, filters, status counts.
Without --url a throwaway local cluster is started (durable settings: fsync on) and removed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "store"))

from app.store import Project  # noqa: E402
from app.store.figure_query import FigureFilter, FigureQuery  # noqa: E402
from app.store.transfer import copy_project  # noqa: E402

QUERIES = {
    "open_s": lambda q: q.ids(),
    "sort_value_s": lambda q: q.ids(sort="value", descending=True),
    "sort_place_s": lambda q: q.ids(sort="place"),
    "filter_measure_text_s": lambda q: q.ids(FigureFilter(measures=("killed",), text="officials")),
    "filter_text_s": lambda q: q.ids(FigureFilter(text="bucha")),
    "filter_place_s": lambda q: q.ids(FigureFilter(place="kharkiv")),
    "status_counts_s": lambda q: q.status_counts(),
}


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


class Server:
    """Fresh databases on the given server, or on a throwaway cluster started here."""

    def __init__(self, url: str | None) -> None:
        self.cluster = None
        self.url, self.password = url, os.environ.get("SITREP_PG_PASSWORD")
        if url is None:
            from pg_cluster import start_cluster

            self.cluster = start_cluster(durable=True)
            self.password = self.cluster.password

    def project(self, name: str) -> Project:
        if self.cluster is None:
            return Project.connect(self.url, self.password, create=True)
        self.cluster.drop_database(name)
        self.cluster.create_database(name)
        return Project.connect(self.cluster.url(name), self.password, create=True)

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.destroy()


def prepared_articles(count: int) -> tuple[list, float]:
    from gen_articles import generate_articles

    from app.domain import ParsedArticle
    from app.ingest import content_hash
    from app.ingest.importer import prepare_article

    start = time.perf_counter()
    prepared = []
    for i, text in enumerate(generate_articles(count)):
        article = ParsedArticle(path=f"bench/{i}.txt", title=f"Synthetic report {i}", text=text,
                                original=text.encode(), published=dt.date(2024, 3, 14))
        article, found = prepare_article(article)
        prepared.append((article, content_hash(text), found))
    return prepared, time.perf_counter() - start


def bench_import(project: Project, prepared: list) -> dict[str, float]:
    start = time.perf_counter()
    for article, digest, found in prepared:
        project.documents.add(article, digest, found)
    seconds = time.perf_counter() - start
    return {"import_s": seconds, "articles_per_s": len(prepared) / seconds}


def bench_table(project: Project) -> dict[str, float]:
    query = FigureQuery(project.engine)
    results: dict[str, float] = {}
    for name, run in QUERIES.items():
        results[name], found = timed(run, query)
        if name == "open_s":
            results["rows"] = len(found)
            results["first_page_s"], _ = timed(query.rows, found[:100])
    return results


def table_project(figures: int) -> Path:
    from make_project import generate

    cache = ROOT / "benchmarks" / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"team-figures-{figures}.sitrep"
    if not path.exists():
        print(f"generating {path} ...", file=sys.stderr)
        generate(path, max(1, figures // 100), figures)
    return path


def run(args) -> dict[str, dict[str, float]]:
    server = Server(args.url)
    results: dict[str, dict[str, float]] = {"sqlite": {}, "postgresql": {}}
    try:
        if args.articles:
            prepared, extract_s = prepared_articles(args.articles)
            results["sqlite"]["extract_s"] = results["postgresql"]["extract_s"] = extract_s
            with tempfile.TemporaryDirectory() as tmp:
                local = Project.create(Path(tmp) / "import.sitrep")
                results["sqlite"].update(bench_import(local, prepared))
                local.close()
            remote = server.project("bench_import")
            results["postgresql"].update(bench_import(remote, prepared))
            remote.close()
        if args.figures:
            local = Project.open(table_project(args.figures))
            remote = server.project("bench_table")
            results["postgresql"]["publish_s"], _ = timed(copy_project, local, remote)
            results["sqlite"].update(bench_table(local))
            results["postgresql"].update(bench_table(remote))
            with tempfile.TemporaryDirectory() as tmp:
                back = Project.create(Path(tmp) / "back.sitrep")
                results["sqlite"]["copy_back_s"], _ = timed(copy_project, remote, back)
                back.close()
            local.close()
            remote.close()
    finally:
        server.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="0 to skip the import")
    parser.add_argument("--figures", type=int, default=1_000_000, help="0 to skip the table")
    parser.add_argument("--url", help="an existing server database (it must be empty)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    results = run(args)
    if args.json:
        print(json.dumps({"articles": args.articles, "figures": args.figures, **{
            backend: {k: round(v, 4) for k, v in values.items()}
            for backend, values in results.items()}}))
        return
    keys = [k for k in results["sqlite"].keys() | results["postgresql"].keys()]
    order = ["extract_s", "import_s", "articles_per_s", "publish_s", "copy_back_s", "rows",
             "open_s", "first_page_s", *QUERIES]
    keys = [k for k in dict.fromkeys(order) if k in keys]
    print(f"{args.articles} articles, {args.figures} figures")
    print(f"{'':24} {'SQLite':>10} {'PostgreSQL':>11}")
    for key in keys:
        cells = [results[b].get(key) for b in ("sqlite", "postgresql")]
        text = [f"{c:>10.3f}" if isinstance(c, float) else f"{c if c is not None else '-':>10}"
                for c in cells]
        print(f"{key:24} {text[0]} {text[1]:>11}")


if __name__ == "__main__":
    main()
