"""The place ranker (extractor 1.26.0): a model trained on the gold set that weighs the rules' place
against every other place the article names. These tests drive it through the extractor on an
article written for them, check that its fast walk of the trees agrees with a plain one, that the
bundled model knows every feature the article reader makes, and that a missing model leaves the
rules' places and says so."""

import datetime as dt
import json
import random
from pathlib import Path

import pytest

PUB = dt.date(2026, 8, 6)
GOLD_DIR = Path(__file__).resolve().parent.parent / "gold" / "dev"

ARTICLE = ("Toll rises in Sindhupalchok after night of landslides\n\n"
           "CHAUTARA — At least 17 people have been confirmed dead and 12 remain missing after landslides "
           "buried homes in the east of Sindhupalchok district overnight, the District Administration Office "
           "said on Thursday.\n\n"
           "Officials said nine people had been injured, most of them in Jugal Rural Municipality, where a "
           "swollen river swept away a bridge.\n")


@pytest.fixture(scope="module")
def ranker():
    from app.extract.place_ranker import load_place_ranker

    found = load_place_ranker()
    assert found is not None, "resources/models/place_ranker.json did not load"
    return found


def test_the_district_of_the_lead_is_the_place_of_its_toll_not_a_municipality_named_later():
    from app.extract import extract_figures

    figures = {f.value: f for f in extract_figures(ARTICLE, PUB)}
    assert figures[17].place.startswith("Sindhupalchok") and figures[17].country == "NP"
    assert figures[12].place.startswith("Sindhupalchok")
    assert figures[9].place == "Jugal Rural Municipality"  # "most of them in": where the injured were


def test_a_figure_moved_by_the_ranker_takes_the_coordinates_of_its_new_place():
    from app.extract.pipeline import Extractor

    ranked = {f.value: f for f in Extractor().extract(ARTICLE, PUB)}
    rules = {f.value: f for f in Extractor(ranker=None).extract(ARTICLE, PUB)}
    moved = [v for v in ranked if ranked[v].place != rules[v].place]
    assert moved, "the ranker changed no place in the article"
    for v in moved:
        same_place = [f for f in rules.values() if f.place == ranked[v].place]
        if same_place:  # the rules gave that place to another figure: the same coordinates
            assert (ranked[v].lat, ranked[v].lon) == (same_place[0].lat, same_place[0].lon)
        assert ranked[v].lat is not None and ranked[v].country == "NP"


def _plain_score(model: dict, row: dict[str, float]) -> float:
    """The model's score of one row, each tree walked node by node from its root."""
    index = {name: j for j, name in enumerate(model["features"])}
    x = [0.0] * len(index)
    for name, v in row.items():
        if name in index:
            x[index[name]] = v
    total = 0.0
    for tree in model["trees"]:
        k = 0
        while not tree["leaf"][k]:
            k = tree["left"][k] if x[tree["feature"][k]] <= tree["threshold"][k] else tree["right"][k]
        total += tree["value"][k]
    return total


def test_the_fast_walk_of_the_trees_scores_as_a_plain_walk_does(ranker):
    from app.extract.place_ranker import model_path

    model = json.loads(model_path().read_text(encoding="utf-8"))
    rng = random.Random(7)
    rows = [{name: 1.0 for name in rng.sample(model["features"], rng.randint(0, 30))} for _ in range(60)]
    rows.append({"not_a_feature": 1.0})
    fast = ranker.scores(rows)
    for row, score in zip(rows, fast):
        assert score == pytest.approx(_plain_score(model, row), abs=1e-9)


def test_the_bundled_model_knows_every_feature_the_article_reader_makes(ranker):
    from app.commands.place_training import training_rows
    from app.extract.pipeline import Extractor

    rows = training_rows(GOLD_DIR, Extractor(ranker=None), step=20)
    made = {name for e in rows if e["cands"] for _key, features in e["cands"] for name in features}
    assert len(made) > 60
    unknown = made - set(ranker.features) - {"main_cc"}  # (0 when the article has no main country)
    assert not unknown, f"features the model was not trained on: {sorted(unknown)}: retrain it"


def test_without_its_model_the_extractor_keeps_the_rules_places_and_warns(tmp_path, monkeypatch, caplog):
    from app.extract import place_ranker
    from app.extract.pipeline import Extractor

    missing = tmp_path / "place_ranker.json"
    monkeypatch.setattr(place_ranker, "model_path", lambda: missing)
    with caplog.at_level("WARNING"):
        assert place_ranker.load_place_ranker() is None
    assert "place ranker not loaded" in caplog.text
    missing.write_text('{"format": 99}', encoding="utf-8")  # a model of a format this code cannot read
    assert place_ranker.load_place_ranker() is None
    missing.write_text('{"format": 1, "features"', encoding="utf-8")  # cut short
    assert place_ranker.load_place_ranker() is None
    rules = [f.place for f in Extractor(ranker=None).extract(ARTICLE, PUB)]
    assert [f.place for f in Extractor().extract(ARTICLE, PUB)] == rules  # "bundled": none to load
