"""Several analysts on one project, on SQLite and PostgreSQL: no lost update, every edit in the
history, other sessions' changes visible through the change feed."""

import json
import os
import random
import sys
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import select

from app.store.figure_edits import FigureEditor, StaleEditError
from app.store.figure_query import FigureFilter, FigureQuery
from app.store.schema import figure_history, figures
from store_helpers import article, figure, seed

WRITERS = 8
EDITS_PER_WRITER = int(os.environ.get("SITREP_EDITS_PER_WRITER", "1000"))


def test_two_sessions_editing_one_figure_detect_the_conflict_and_lose_nothing(project_factory):
    ana_project = project_factory()
    (fid, *_) = seed(ana_project, 1, 2)
    ben_project = project_factory.reopen(ana_project)
    ana, ben = FigureEditor(ana_project.engine, "ana"), FigureEditor(ben_project.engine, "ben")
    seen_by_ben = FigureQuery(ben_project.engine).row(fid).version

    assert ana.apply({fid: {"value": 31}}, expected_versions={fid: 1}) == {fid: 2}
    with pytest.raises(StaleEditError) as refused:
        ben.apply({fid: {"value": 32, "claimant": "OCHA"}}, expected_versions={fid: seen_by_ben})
    assert refused.value.theirs["value"] == 31 and refused.value.theirs["version"] == 2
    assert refused.value.yours == {"value": 32, "claimant": "OCHA"}
    assert FigureQuery(ben_project.engine).row(fid).value == 31

    merged = {"claimant": refused.value.yours["claimant"]}  # Ben keeps Ana's value, adds his claimant
    ben.apply({fid: merged}, expected_versions={fid: refused.value.theirs["version"]})
    row = FigureQuery(ana_project.engine).row(fid)
    assert (row.value, row.claimant, row.version) == (31, "OCHA", 3)
    assert [(e.actor, e.version) for e in ana.history(fid)] == [("ana", 2), ("ben", 3)]


def _writer(project, number, figure_ids, errors, conflicts):
    """Mostly edits "its" figures (as analysts split a stream), sometimes anyone's; always with
    the version it last saw, retrying on the newer version when refused."""
    try:
        editor = FigureEditor(project.engine, f"writer{number}")
        rng = random.Random(number)
        known = {fid: 1 for fid in figure_ids}
        own = figure_ids[number::WRITERS]
        for i in range(EDITS_PER_WRITER):
            fid = rng.choice(own if rng.random() < 0.8 else figure_ids)
            while True:
                try:
                    versions = editor.apply({fid: {"claimant": f"w{number}-{i}"}},
                                            expected_versions={fid: known[fid]})
                    known[fid] = versions[fid]
                    break
                except StaleEditError as stale:
                    conflicts[number] += 1
                    known[fid] = stale.theirs["version"]
    except BaseException as exc:  # reported by the test thread
        errors.append(exc)


@pytest.mark.slow
def test_eight_writers_every_edit_is_accounted_for_in_the_history(project_factory):
    project = project_factory()
    figure_ids = seed(project, 4, 10)
    sessions = [project_factory.reopen(project) for _ in range(WRITERS)]
    errors, conflicts = [], Counter()
    threads = [threading.Thread(target=_writer, args=(s, n, figure_ids, errors, conflicts))
               for n, s in enumerate(sessions)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(0.0005)  # a thread holding row locks gets the GIL back quickly
    started = time.perf_counter()
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    finally:
        sys.setswitchinterval(switch)
    elapsed = time.perf_counter() - started
    assert not errors, errors[:3]
    assert all(not t.is_alive() for t in threads)

    with project.engine.connect() as conn:
        history = conn.execute(
            select(figure_history.c.figure_id, figure_history.c.version, figure_history.c.changes)
            .where(figure_history.c.action == "edited")
        ).all()
        final = dict(conn.execute(select(figures.c.id, figures.c.version)).all())
    written = Counter(json.loads(changes)["claimant"][1] for _, _, changes in history)
    expected = {f"w{n}-{i}" for n in range(WRITERS) for i in range(EDITS_PER_WRITER)}
    assert set(written) == expected and set(written.values()) == {1}
    by_figure: dict[int, list[int]] = {}
    for fid, version, _ in history:
        by_figure.setdefault(fid, []).append(version)
    for fid, versions in by_figure.items():
        assert sorted(versions) == list(range(2, final[fid] + 1)), f"figure {fid} lost an update"
    print(f"{WRITERS}x{EDITS_PER_WRITER} edits in {elapsed:.1f} s, "
          f"{sum(conflicts.values())} conflicts retried")


def test_change_feed_shows_other_sessions_edits_additions_and_imports(project_factory):
    project = project_factory()
    a, b, *_ = seed(project, 1, 3)
    mine = project.change_feed()
    cursor = mine.cursor()
    assert not project.changes_since(cursor)

    other = project_factory.reopen(project)
    FigureEditor(other.engine, "ben").apply({a: {"value": 99}})
    changes = project.changes_since(cursor)
    assert changes.figure_ids == {a} and changes.actors == {"ben"}
    assert not changes.rows_added_or_removed

    added = FigureEditor(other.engine, "ben").add(1, figure(5, start=200))
    doc = other.documents.add(article("Another report"), "h-new", [figure(7)])
    later = project.changes_since(changes.cursor)
    assert later.figure_ids == {added} and later.document_ids == {doc}
    assert later.rows_added_or_removed
    assert not project.changes_since(later.cursor)
    mine.close()


def test_waiting_for_changes_wakes_up_when_another_session_commits(project_factory):
    project = project_factory()
    (fid, *_) = seed(project, 1, 1)
    feed = project.change_feed()
    cursor = feed.cursor()
    started = time.monotonic()
    assert feed.wait(0.3, cursor) is False
    assert time.monotonic() - started < 2
    other = project_factory.reopen(project)
    timer = threading.Timer(0.3, lambda: FigureEditor(other.engine, "ben").apply({fid: {"value": 1}}))
    timer.start()
    try:
        assert feed.wait(10, cursor) is True
    finally:
        timer.join()
        feed.close()
    assert project.changes_since(cursor).figure_ids == {fid}


def test_search_ignores_case_and_accents_in_articles_and_figures(project_factory):
    project = project_factory()
    project.documents.add(article("Quake", text="Rescuers reached Gölcük and São Tomé."), "h",
                          [figure(12, place="Gölcük")])
    assert [h.title for h in project.documents.search_text("golcuk")] == ["Quake"]
    assert [h.title for h in project.documents.search_text("SAO TOME")] == ["Quake"]
    assert len(FigureQuery(project.engine).ids(FigureFilter(text="golc"))) == 1


def test_old_change_rows_are_pruned_on_open_and_a_stale_window_reloads_everything(
        project_factory):
    import datetime as dt

    from app.store.changes import RETENTION
    from app.store.schema import figure_changes

    project = project_factory()
    a, b, *_ = seed(project, 1, 3)
    stale_cursor = project.change_cursor()
    long_ago = dt.datetime.now(dt.UTC).replace(tzinfo=None) - RETENTION - dt.timedelta(days=1)
    editor = FigureEditor(project.engine, "ana")
    editor.apply({a: {"value": 41}})
    editor.apply({b: {"value": 42}})
    with project.engine.begin() as conn:  # everything so far happened long ago
        conn.execute(figure_changes.update().values(changed_at=long_ago))
    editor.apply({a: {"value": 43}})  # recent: stays
    with project.engine.connect() as conn:
        before = conn.execute(select(figure_changes.c.seq)).scalars().all()
    newest = max(before)

    reopened = project_factory.reopen(project)  # opening prunes
    with reopened.engine.connect() as conn:
        after = conn.execute(select(figure_changes.c.seq, figure_changes.c.changed_at)).all()
    assert len(after) < len(before) and max(seq for seq, _ in after) == newest
    assert all(at > long_ago for _, at in after)
    # A window that last looked before the pruned rows cannot be told what it missed:
    changes = reopened.changes_since(stale_cursor)
    assert changes.reload_all and changes.cursor == newest
    # One that is up to date sees only what comes next, and numbering goes on past `newest`.
    assert not reopened.changes_since(newest)
    FigureEditor(reopened.engine, "ben").apply({b: {"value": 44}})
    later = reopened.changes_since(newest)
    assert later.figure_ids == {b} and later.cursor > newest and not later.reload_all


def test_pruning_keeps_the_newest_change_even_when_everything_is_old(project_factory):
    import datetime as dt

    from app.store.changes import prune_changes
    from app.store.schema import figure_changes

    project = project_factory()
    seed(project, 1, 2)
    newest = project.change_cursor()
    with project.engine.begin() as conn:
        prune_changes(conn, now=dt.datetime.now(dt.UTC).replace(tzinfo=None)
                      + dt.timedelta(days=1000))
    with project.engine.connect() as conn:
        assert conn.execute(select(figure_changes.c.seq)).scalars().all() == [newest]
    assert project.change_cursor() == newest
