from app.domain import ReviewStatus
from app.ingest.importer import import_articles
from app.ingest.reextract import reextract_documents
from app.store.figure_edits import FigureEditor
from app.store.figure_query import FigureQuery


def test_reextract_keeps_confirmed_and_hand_added_figures(new_project, tmp_path):
    article = tmp_path / "report.txt"
    article.write_text(
        "Shelling kills 12 in Kharkiv\n\n"
        "At least 12 civilians were killed and 30 injured in Kharkiv on Tuesday, "
        "the regional governor said.\n"
    )
    project = new_project()
    import_articles(project, [article])
    query = FigureQuery(project.engine)
    ids = list(query.ids())
    assert ids, "the extractor found no figures in a plain casualty sentence"
    editor = FigureEditor(project.engine, "ana")
    editor.set_status([ids[0]], ReviewStatus.CONFIRMED)
    report = reextract_documents(project)
    after = query.rows(query.ids())
    assert report.articles == 1 and report.figures_kept == 1
    assert after[ids[0]].status == "confirmed"
    assert len(after) == len(ids)
