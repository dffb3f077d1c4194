"""Generate a synthetic project of N articles and M figures, for the table and team benchmarks.

    python benchmarks/make_project.py OUT.sitrep --articles 10000 --figures 1000000

Figures are spread over the articles with realistic values, measures, claimants and places, and
written by bulk insert (the extractor is not run: this measures storage and views, not extraction).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from app.store import Project  # noqa: E402
from app.store.schema import documents, figures  # noqa: E402

MEASURES = ["killed", "injured", "casualties", "missing", "captured", "displaced", "refugees",
            "evacuated", "bodies", "affected"]
WHO = ["civilians", "children", "soldiers", "people"]
QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "approximately", "range", "vague"]
CLAIMANTS = [None, "the UN", "Ukrainian authorities", "the Russian defence ministry",
             "the Gaza health ministry", "OCHA", "the mayor", "local officials", "UNHCR",
             "the Red Cross", "Sudan Doctors' Network", "the governor"]
PLACES = [("Mariupol", "UA", 47.1, 37.5), ("Bucha", "UA", 50.5, 30.2), ("Kharkiv", "UA", 50.0, 36.2),
          ("Antakya", "TR", 36.2, 36.2), ("Aleppo", "SY", 36.2, 37.2), ("Khartoum", "SD", 15.6, 32.5),
          ("El Fasher", "SD", 13.6, 25.3), ("Derna", "LY", 32.8, 22.6), ("Gaza", "PS", 31.5, 34.5),
          ("Ukraine", "UA", 49.0, 32.0), (None, None, None, None)]
STATUSES = ["unreviewed"] * 6 + ["confirmed", "confirmed", "edited", "rejected"]


def generate(path: Path, n_articles: int, n_figures: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    start = time.perf_counter()
    if path.exists():
        path.unlink()
    project = Project.create(path)
    now = dt.datetime(2024, 1, 1)
    base = dt.date(2022, 2, 24)
    per_doc = max(1, n_figures // max(1, n_articles))
    with project.engine.begin() as conn:
        conn.execute(insert(documents), [
            dict(id=i + 1, title=f"Synthetic report {i + 1}: toll rises", publisher="Bench Wire",
                 published=base + dt.timedelta(days=i % 700), published_inferred=False,
                 text=f"Synthetic article {i}.", removed="[]", content_hash=f"bench-{i}",
                 imported_at=now, figure_count=0)
            for i in range(n_articles)
        ])
    batch: list[dict] = []
    with project.engine.begin() as conn:
        for i in range(n_figures):
            doc = min(n_articles, i // per_doc + 1)
            value = float(int(rng.lognormvariate(5, 2)) + 1)
            place, country, lat, lon = rng.choice(PLACES)
            measure = rng.choice(MEASURES)
            batch.append(dict(
                document_id=doc, value=value, low=value, high=value * rng.choice([1, 1, 1.5]),
                qualifier=rng.choice(QUALIFIERS), measure=measure, who=rng.choice(WHO),
                side=rng.choice([None, None, "ukraine", "russia", "israel", "rsf"]),
                claimant=rng.choice(CLAIMANTS), hedged=rng.random() < 0.1, place=place,
                country=country, lat=lat, lon=lon,
                as_of=base + dt.timedelta(days=rng.randrange(900)),
                sentence=f"At least {int(value):,} people were {measure}, officials said.",
                start=(i % per_doc) * 60, end=(i % per_doc) * 60 + 10,
                confidence=round(rng.random(), 2), status=rng.choice(STATUSES),
                version=1, created_at=now, updated_at=now, origin="extractor",
            ))
            if len(batch) == 20_000:
                conn.execute(insert(figures), batch)
                batch.clear()
        if batch:
            conn.execute(insert(figures), batch)
        conn.exec_driver_sql(
            "UPDATE documents SET figure_count = "
            "(SELECT count(*) FROM figures WHERE figures.document_id = documents.id)"
        )
    project.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--figures", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    seconds = generate(args.out, args.articles, args.figures, args.seed)
    print(f"wrote {args.out}: {args.articles} articles, {args.figures} figures in {seconds:.1f} s")


if __name__ == "__main__":
    main()
