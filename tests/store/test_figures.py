import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.domain import Figure, Measure, ParsedArticle, Qualifier, ReviewStatus, Who
from app.store.figure_edits import FigureEditor, StaleEditError, replace_extracted
from app.store.figure_query import FigureFilter, FigureQuery
from app.store.schema import metadata


def _doc(project, title="Kharkiv shelling", figures=()):
    text = "x" * 400
    article = ParsedArticle(path="a.txt", title=title, text=text, original=b"")
    return project.documents.add(article, title, list(figures))


def _fig(value, measure=Measure.KILLED, who=Who.CIVILIANS, start=0, claimant=None, place=None,
         as_of=None, local_id=None):
    return Figure(value, value, value, Qualifier.EXACT, measure, who=who, claimant=claimant,
                  place=place, as_of=as_of, start=start, end=start + 3, id=local_id,
                  sentence=f"{value} {measure} in {place}")


def test_migrations_create_exactly_the_schema_the_code_queries(project_factory):
    project = project_factory()
    with project.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={"include_name": lambda name, kind, _: "_fts" not in (name or "")},
        )
        diffs = compare_metadata(context, metadata)
    if project.kind == "postgresql":
        diffs = _without_id_tie_breakers(diffs)
    assert diffs == []


def _without_id_tie_breakers(diffs):
    """Migration 0004 ends PostgreSQL's sort indexes with id (SQLite's carry it as the rowid)."""
    removed = {d[1].name: [c.name for c in d[1].columns] for d in diffs if d[0] == "remove_index"}
    added = {d[1].name: [c.name for c in d[1].columns] for d in diffs if d[0] == "add_index"}
    same = {name for name, cols in added.items() if removed.get(name) == [*cols, "id"]}
    return [d for d in diffs if not (d[0] in ("remove_index", "add_index") and d[1].name in same)]


def test_figures_sort_and_filter_in_sql(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(30, start=0, place="Bucha"), _fig(5, start=10, place="Irpin"),
                        _fig(700, Measure.DISPLACED, Who.PEOPLE, start=20, place="Bucha")])
    query = FigureQuery(project.engine)
    by_value = query.ids(sort="value")
    values = [query.rows(by_value)[i].value for i in by_value]
    assert values == [5, 30, 700]
    killed = query.ids(FigureFilter(measures=("killed",)), sort="value", descending=True)
    assert [query.row(i).value for i in killed] == [30, 5]
    in_bucha = query.ids(FigureFilter(place="bucha"))
    assert sorted(query.row(i).value for i in in_bucha) == [30, 700]
    assert len(query.ids(FigureFilter(text="displaced Bucha"))) == 1


def test_status_counts_follow_the_filter(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(1, start=0), _fig(2, start=10), _fig(3, Measure.MISSING, start=20)])
    query = FigureQuery(project.engine)
    editor = FigureEditor(project.engine, actor="ana")
    first, *_ = query.ids(sort="value")
    editor.set_status([first], ReviewStatus.CONFIRMED)
    assert query.status_counts() == {"confirmed": 1, "unreviewed": 2}
    assert query.status_counts(FigureFilter(measures=("missing",))) == {"unreviewed": 1}


def test_date_range_filter_uses_as_of(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(1, as_of=dt.date(2022, 3, 1)), _fig(2, start=5, as_of=dt.date(2022, 4, 1))])
    query = FigureQuery(project.engine)
    ids = query.ids(FigureFilter(date_from=dt.date(2022, 3, 15)))
    assert [query.row(i).value for i in ids] == [2]


def test_edit_records_history_and_marks_figure_edited(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(30)])
    query = FigureQuery(project.engine)
    (fid,) = query.ids()
    editor = FigureEditor(project.engine, actor="ana")
    versions = editor.apply({fid: {"value": 31, "claimant": "the mayor"}})
    row = query.row(fid)
    assert (row.value, row.claimant, row.status, row.version) == (31, "the mayor", "edited", 2)
    assert versions == {fid: 2}
    (entry,) = editor.history(fid)
    assert entry.actor == "ana" and entry.changes["value"] == [30, 31]


def test_stale_edit_is_refused_and_nothing_is_written(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(30), _fig(40, start=10)])
    query = FigureQuery(project.engine)
    a, b = query.ids(sort="value")
    FigureEditor(project.engine, "ana").apply({a: {"value": 31}}, expected_versions={a: 1})
    with pytest.raises(StaleEditError) as err:
        FigureEditor(project.engine, "ben").apply(
            {b: {"value": 41}, a: {"value": 32}}, expected_versions={a: 1, b: 1}
        )
    assert err.value.theirs["value"] == 31 and err.value.yours == {"value": 32}
    assert query.row(a).value == 31 and query.row(b).value == 40


def test_unknown_field_or_enum_value_is_rejected(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(30)])
    (fid,) = FigureQuery(project.engine).ids()
    editor = FigureEditor(project.engine, "ana")
    with pytest.raises(ValueError):
        editor.apply({fid: {"sentence": "x"}})
    with pytest.raises(ValueError):
        editor.apply({fid: {"measure": "exploded"}})


def test_deleted_figures_can_be_restored_exactly(project_factory):
    project = project_factory()
    doc = _doc(project, "a", [_fig(30), _fig(40, start=10)])
    query = FigureQuery(project.engine)
    editor = FigureEditor(project.engine, "ana")
    a, _ = query.ids(sort="value")
    snapshot = editor.delete([a])
    assert project.documents.get(doc).figure_count == 1
    editor.restore(snapshot)
    assert query.row(a).value == 30
    assert project.documents.get(doc).figure_count == 2


def test_undoing_a_deletion_brings_back_the_figures_history(project_factory):
    project = project_factory()
    _doc(project, "a", [_fig(30)])
    (fid,) = FigureQuery(project.engine).ids()
    editor = FigureEditor(project.engine, "ana")
    editor.apply({fid: {"value": 33}})
    editor.set_status([fid], ReviewStatus.CONFIRMED)
    before = [(h.actor, h.action, h.changes) for h in editor.history(fid)]
    editor.restore(editor.delete([fid]))
    after = [(h.actor, h.action, h.changes) for h in editor.history(fid)]
    assert after[:-1] == before
    assert after[-1][1] == "restored"
    assert [h.action for h in editor.history(fid)].count("edited") == 1


def test_reextraction_keeps_human_verdicts_and_additions(project_factory):
    project = project_factory()
    doc = _doc(project, "a", [_fig(30, start=0), _fig(40, start=10), _fig(50, start=20)])
    query = FigureQuery(project.engine)
    editor = FigureEditor(project.engine, "ana")
    a, b, c = query.ids(sort="value")
    editor.apply({a: {"value": 33}})
    editor.set_status([b], ReviewStatus.REJECTED)
    added = editor.add(doc, _fig(99, start=100))
    new_run = [_fig(30, start=0), _fig(40, start=10), _fig(51, start=20), _fig(60, start=30)]
    with project.engine.begin() as conn:
        kept = replace_extracted(conn, doc, new_run)
    assert kept == 3
    rows = query.rows(query.ids(sort="value"))
    assert sorted(r.value for r in rows.values()) == [33, 40, 51, 60, 99]
    assert rows[b].status == "rejected" and rows[added].origin == "human"
    assert project.documents.get(doc).figure_count == 5
