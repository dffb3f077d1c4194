"""The offline journal: edits made while the server is gone are kept locally and replayed once."""

import json

import pytest
from sqlalchemy import event

from app.store import Project
from app.store.figure_edits import FigureEditor, StaleEditError
from app.store.figure_query import FigureQuery
from app.store.journal import EditJournal, journal_path, replay, save_edit
from store_helpers import seed


def test_journal_keeps_entries_across_restarts_and_ignores_a_torn_last_line(tmp_path):
    path = journal_path(tmp_path, "postgresql://ana@db.example.org/newsdesk")
    assert path.parent == tmp_path / "journal" and path.name.startswith("newsdesk-")
    first = EditJournal(path)
    entry = first.add({7: {"value": 12, "as_of": "2024-03-01"}}, expected_versions={7: 3}, actor="ana")
    with path.open("a") as handle:
        handle.write('{"type": "edit", "id": "torn", "chan')
    (pending,) = EditJournal(path).pending()
    assert pending == entry and pending.changes == {7: {"value": 12, "as_of": "2024-03-01"}}
    assert pending.expected_versions == {7: 3}
    EditJournal(path).mark(entry.id, "applied")
    EditJournal(path).compact()
    assert not path.exists()


def test_an_edit_committed_before_the_connection_broke_is_not_replayed_twice(project_factory, tmp_path):
    project = project_factory()
    (fid, *_) = seed(project, 1, 1)
    editor = FigureEditor(project.engine, "ana")
    editor.apply({fid: {"value": 5}}, expected_versions={fid: 1}, edit_id="lost-ack")
    journal = EditJournal(tmp_path / "j.jsonl")
    journal.add({fid: {"value": 5}}, expected_versions={fid: 1}, actor="ana", entry_id="lost-ack")
    report = replay(project, journal)
    assert report.applied == ["lost-ack"] and not report.conflicts
    assert [e.version for e in editor.history(fid)] == [2]


def _stop_server_at_first_update(engine, cluster):
    """Stop the server while an edit's transaction is open, just before its UPDATE is sent."""
    stopped = []

    @event.listens_for(engine, "before_cursor_execute")
    def stop(conn, cursor, statement, parameters, context, executemany):
        if not stopped and statement.lstrip().upper().startswith("UPDATE FIGURES"):
            stopped.append(True)
            cluster.stop("immediate")

    return stopped


@pytest.mark.postgres
def test_server_stopped_mid_edit_then_restarted_the_journal_is_replayed(pg_server, pg_database,
                                                                        tmp_path):
    url, password = pg_database()
    project = Project.connect(url, password, create=True)
    a, b, *_ = seed(project, 1, 3)
    editor = project.editor()
    journal = EditJournal.for_project(tmp_path, project.url)
    stopped = _stop_server_at_first_update(project.engine, pg_server)
    try:
        first = save_edit(editor, journal, {a: {"value": 101}}, expected_versions={a: 1})
        assert stopped and first.journaled and first.versions == {a: 2}
        second = save_edit(editor, journal, {a: {"claimant": "OCHA"}},
                           expected_versions=first.versions)
        third = save_edit(editor, journal, {b: {"status": "confirmed"}}, action="confirmed",
                          expected_versions={b: 1})
        assert second.journaled and third.journaled and len(journal.pending()) == 3
        assert not replay(project, journal).finished
    finally:
        pg_server.start()
    report = replay(project, journal)
    assert report.finished and len(report.applied) == 3 and not report.conflicts
    rows = FigureQuery(project.engine).rows([a, b])
    assert (rows[a].value, rows[a].claimant, rows[a].version) == (101, "OCHA", 3)
    assert (rows[b].status, rows[b].version) == ("confirmed", 2)
    assert [(e.actor, e.version) for e in editor.history(a)] == [("sitrep_test", 2),
                                                                 ("sitrep_test", 3)]
    assert not journal.path.exists()
    assert not save_edit(editor, journal, {a: {"value": 102}}, expected_versions={a: 3}).journaled
    project.close()


@pytest.mark.postgres
def test_replay_reports_a_conflict_instead_of_overwriting(pg_server, pg_database, tmp_path):
    url, password = pg_database()
    ana_project = Project.connect(url, password, create=True)
    (fid, *_) = seed(ana_project, 1, 1)
    journal = EditJournal(tmp_path / "ana.jsonl")
    pg_server.stop()
    try:
        offline = save_edit(ana_project.editor(), journal, {fid: {"value": 1}},
                            expected_versions={fid: 1})
        save_edit(ana_project.editor(), journal, {fid: {"value": 2}},
                  expected_versions=offline.versions)
    finally:
        pg_server.start()
    with Project.connect(url, password) as ben_project:
        FigureEditor(ben_project.engine, "ben").apply({fid: {"value": 50}}, expected_versions={fid: 1})
    report = replay(ana_project, journal)
    assert not report.applied and len(report.conflicts) == 2
    entry, error = report.conflicts[0]
    assert isinstance(error, StaleEditError) and error.theirs["value"] == 50
    assert FigureQuery(ana_project.engine).row(fid).value == 50
    assert [e.id for e in journal.conflicts()] == [entry.id, report.conflicts[1][0].id]
    for conflict in journal.conflicts():
        journal.discard(conflict.id)
    journal.compact()
    assert not journal.path.exists()
    lines = [json.loads(x) for x in (tmp_path / "ana.jsonl").read_text().splitlines()] \
        if journal.path.exists() else []
    assert lines == []
    ana_project.close()


def test_an_entry_the_database_refuses_is_reported_and_does_not_block_the_journal(
        project_factory, tmp_path):
    project = project_factory()
    a, b, *_ = seed(project, 1, 2)
    journal = EditJournal(tmp_path / "j.jsonl")
    bad = journal.add({a: {"parts_of": 999_999}}, actor="ana")  # no such figure: a foreign key
    good = journal.add({b: {"value": 3}}, actor="ana")
    report = replay(project, journal)
    assert [e.id for e, _ in report.conflicts] == [bad.id] and report.applied == [good.id]
    assert not journal.pending() and [e.id for e in journal.conflicts()] == [bad.id]
    with pytest.raises(ValueError):
        save_edit(project.editor(), journal, {a: {"sentence": "not editable"}})
    assert not journal.pending()


def test_settling_conflicts_asks_per_figure_and_then_sends_the_edits_waiting_behind(
        project_factory, tmp_path):
    from app.store.journal import settle_conflicts

    project = project_factory()
    a, b, c = seed(project, 1, 3)
    editor = FigureEditor(project.engine, "ben")
    journal = EditJournal(tmp_path / "j.jsonl")
    # Ana, offline, edits a and b together on version 1, then a again, then c.
    bulk = journal.add({a: {"value": 11, "claimant": "OCHA"}, b: {"value": 22}},
                       expected_versions={a: 1, b: 1}, actor="ana")
    journal.add({a: {"claimant": "UNHCR"}}, expected_versions={a: 2}, actor="ana")
    journal.add({c: {"value": 33}}, expected_versions={c: 1}, actor="ana")
    editor.apply({a: {"value": 90}})  # Ben, online, meanwhile
    editor.apply({b: {"value": 22}})  # the same value Ana chose: nothing to ask
    first = replay(project, journal)
    assert [e.id for e, _ in first.conflicts][0] == bulk.id and len(first.applied) == 1

    asked = []

    def ask(figure_id, theirs, yours, entry):
        asked.append((figure_id, theirs["value"], yours))
        return {"claimant": yours["claimant"]}  # merge: keep Ben's value, add Ana's claimant

    report = settle_conflicts(project, journal, ask, actor="ana")
    # The second edit of a waited behind the first; it was made on version 2, which Ben's edit
    # took, so once the first is settled it is replayed, refused, and asked in the same pass.
    assert asked == [(a, 90, {"value": 11, "claimant": "OCHA"}), (a, 90, {"claimant": "UNHCR"})]
    assert report.settled == 2 and report.written == [a, a] and not report.postponed
    row = FigureQuery(project.engine).row(a)
    assert (row.value, row.claimant) == (90, "UNHCR")
    assert [e.action for e in editor.history(a)][-2:] == ["edited", "edited"]
    assert FigureQuery(project.engine).row(b).value == 22
    assert FigureQuery(project.engine).row(c).value == 33
    assert not journal.conflicts() and not journal.pending()


def test_postponing_a_conflict_keeps_it_and_a_deleted_figure_drops_the_edit(
        project_factory, tmp_path):
    from app.store.journal import POSTPONE, settle_conflicts

    project = project_factory()
    a, b = seed(project, 1, 2)
    editor = FigureEditor(project.engine, "ben")
    journal = EditJournal(tmp_path / "j.jsonl")
    gone = journal.add({b: {"value": 5}}, expected_versions={b: 1}, actor="ana")
    kept = journal.add({a: {"value": 7}}, expected_versions={a: 1}, actor="ana")
    editor.apply({a: {"value": 70}})
    editor.delete([b])
    replay(project, journal)
    assert [e.id for e in journal.conflicts()] == [gone.id, kept.id]

    report = settle_conflicts(project, journal, lambda *args: POSTPONE, actor="ana")
    assert report.gone == [b] and report.postponed and report.settled == 1
    assert [e.id for e in journal.conflicts()] == [kept.id]  # still there for later
    assert FigureQuery(project.engine).row(a).value == 70
