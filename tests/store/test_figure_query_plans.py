"""The figures table's ids under every plan: same matches, same order, empty values last.

On SQLite `FigureQuery.ids` either sorts the matches in one statement or walks the sort index and
keeps the matches (see `WALK_SHARE`); both must agree with an order computed here in Python.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from alembic import command
from sqlalchemy import inspect, insert, select

from app.store import figure_query, migrate
from app.store.figure_query import FIGURE_COLUMNS, FigureFilter, FigureQuery, filter_parts
from app.store.schema import documents, figures

# Text values whose order is the same bytewise (SQLite) and in a linguistic collation (PostgreSQL).
PLACES = ["Bucha", "Kharkiv", "Mariupol", None]
CLAIMANTS = ["Ocha", "Governor", "Red Cross", None]
SORT_KEYS = {"range": "low", "article": None}


def _seed(project, count: int = 240, seed: int = 5) -> None:
    rng = random.Random(seed)
    now = dt.datetime(2024, 1, 1)
    with project.engine.begin() as conn:
        conn.execute(insert(documents), [
            dict(id=d, title=f"Report {d}", published_inferred=False, text="x", removed="[]",
                 content_hash=f"h{d}", imported_at=now, figure_count=0) for d in range(1, 7)])
        rows = []
        for i in range(count):
            value = rng.choice([None, 1.0, 2.0, 5.0, 5.0, 40.0, 300.0])  # ties on purpose
            place = rng.choice(PLACES)
            rare = " Mariupolska" if i % 29 == 0 else ""
            rows.append(dict(
                document_id=rng.randint(1, 6), value=value, low=value,
                high=None if value is None else value * 2, qualifier=rng.choice(["exact", "at_least"]),
                measure=rng.choice(["killed", "injured", "missing"]),
                who=rng.choice(["civilians", "people"]), side=rng.choice([None, "russia", "ukraine"]),
                claimant=rng.choice(CLAIMANTS), hedged=False, place=place,
                as_of=rng.choice([None, dt.date(2022, 3, 1), dt.date(2023, 1, 1), dt.date(2023, 6, 5)]),
                sentence=f"Officials said {value} were hit{rare}.", start=rng.randrange(0, 900, 10),
                end=0, confidence=rng.choice([0.2, 0.5, 0.9]),
                status=rng.choice(["unreviewed", "unreviewed", "confirmed", "rejected"]),
                version=1, created_at=now, updated_at=now, origin="extractor"))
        conn.execute(insert(figures), rows)


def _table(project) -> list[dict]:
    with project.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(select(figures))]


def _words(row: dict) -> list[str]:
    text = " ".join(str(row[c] or "") for c in ("sentence", "claimant", "place"))
    return re.findall(r"[^\W_]+", text.lower())


def _matches(spec: FigureFilter, row: dict) -> bool:
    def contains(value, needle):
        return needle == "" or (value is not None and needle.lower() in value.lower())

    words = _words(row)
    return (
        (not spec.measures or row["measure"] in spec.measures)
        and (not spec.statuses or row["status"] in spec.statuses)
        and (not spec.who or row["who"] in spec.who)
        and contains(row["place"], spec.place) and contains(row["claimant"], spec.claimant)
        and (spec.date_from is None or (row["as_of"] is not None and row["as_of"] >= spec.date_from))
        and (spec.date_to is None or (row["as_of"] is not None and row["as_of"] <= spec.date_to))
        and all(any(w.startswith(t) for w in words) for t in re.findall(r"\w+", spec.text.lower()))
    )


def _expected(rows: list[dict], spec: FigureFilter, sort: str, descending: bool) -> list[int]:
    kept = [r for r in rows if _matches(spec, r)]
    if sort == "article":
        ordered = sorted(kept, key=lambda r: (r["document_id"], r["start"], r["id"]),
                         reverse=descending)
        return [r["id"] for r in ordered]
    column = SORT_KEYS.get(sort, sort)
    present = sorted((r for r in kept if r[column] is not None),
                     key=lambda r: (r[column], r["id"]), reverse=descending)
    empty = sorted((r["id"] for r in kept if r[column] is None), reverse=descending)
    return [r["id"] for r in present] + empty


FILTERS = {
    "measure": FigureFilter(measures=("killed",)),
    "measure and status": FigureFilter(measures=("killed", "missing"), statuses=("unreviewed",)),
    "place": FigureFilter(place="riup"),
    "claimant": FigureFilter(claimant="cross"),
    "date from": FigureFilter(date_from=dt.date(2023, 1, 1)),
    "date range": FigureFilter(date_from=dt.date(2022, 1, 1), date_to=dt.date(2023, 1, 1)),
    "common word": FigureFilter(text="officials"),
    "rare word": FigureFilter(text="mariupolsk"),
    "everything": FigureFilter(measures=("killed", "injured"), place="a", text="said",
                               date_from=dt.date(2022, 1, 1), who=("civilians",)),
    "nothing": FigureFilter(text="nowhere"),
}


def test_every_column_sorts_all_figures_with_empty_values_last(project_factory):
    project = project_factory()
    _seed(project)
    rows = _table(project)
    query = FigureQuery(project.engine)
    for sort in FIGURE_COLUMNS:
        for descending in (False, True):
            ids = list(query.ids(sort=sort, descending=descending))
            assert ids == _expected(rows, FigureFilter(), sort, descending), (sort, descending)


@pytest.mark.parametrize("walk_share", [0.0, 10.0], ids=["walk the sort index", "sort matches"])
def test_both_plans_give_the_same_matches_in_the_same_order(project_factory, monkeypatch,
                                                            walk_share):
    monkeypatch.setattr(figure_query, "WALK_SHARE", walk_share)
    project = project_factory()
    _seed(project)
    rows = _table(project)
    query = FigureQuery(project.engine)
    for name, spec in FILTERS.items():
        for sort, descending in (("value", True), ("value", False), ("place", False),
                                 ("as_of", True), ("article", False)):
            ids = list(query.ids(spec, sort, descending))
            assert ids == _expected(rows, spec, sort, descending), (name, sort, descending)


def _plan(project, statement) -> str:
    with project.engine.connect() as conn:
        sql, params = figure_query._compiled(conn, statement)
        return " ; ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}",
                                                                params))


def test_sqlite_walks_an_index_for_every_sort_and_reads_filters_from_covering_indexes(new_project):
    project = new_project()
    for sort in FIGURE_COLUMNS:
        for descending in (False, True):
            for part in FigureQuery._ordered(sort, descending, None):
                plan = _plan(project, part)
                assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, (sort, plan)
    spec = FigureFilter(measures=("killed",), statuses=("unreviewed",), place="Bucha",
                        claimant="UN", date_from=dt.date(2023, 1, 1))
    plans = [_plan(project, select(figures.c.id).where(part))
             for part in filter_parts(spec, "sqlite", with_text=False)]
    assert all("COVERING INDEX" in plan for plan in plans), plans
    assert "ix_figures_measure_status" in plans[0]
    narrow = FigureFilter(date_from=dt.date(2023, 6, 1), date_to=dt.date(2023, 6, 30))
    (by_value,) = FigureQuery._ordered("value", True, figure_query.filter_clause(narrow))
    assert "COVERING INDEX ix_figures_as_of_value" in _plan(project, by_value)


def _index_names(project) -> set[str]:
    with project.engine.connect() as conn:
        return {index["name"] for index in inspect(conn).get_indexes("figures")}


def test_migration_0005_adds_the_filter_indexes_to_an_existing_project(project_factory):
    project = project_factory()
    _seed(project, count=20)
    new = {"ix_figures_as_of_value", "ix_figures_measure_status"}
    assert new <= _index_names(project)
    with project.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0004")
    assert not new & _index_names(project)
    project.engine.dispose()
    again = project_factory.reopen(project)
    assert new <= _index_names(again)
    with again.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision() == "0005"
    assert len(FigureQuery(again.engine).ids(FigureFilter(date_from=dt.date(2022, 1, 1)))) > 0
