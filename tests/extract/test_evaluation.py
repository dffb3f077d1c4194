"""`sitrep eval`: how predicted figures are matched to gold and scored field by field."""

import argparse
import json

from app.commands import extract as extract_command
from app.extract.evaluation import EvalReport, field_equal, score_document

TEXT = "Shelling killed at least 12 people in Dhubri district, officials said. Another 40 fled."


def gold_figure(evidence, **fields):
    base = {"evidence": evidence, "occurrence": 1, "value": 12, "low": 12, "high": None,
            "qualifier": "at_least", "measure": "killed", "who": "people", "side": None,
            "claimant": "officials", "hedged": False, "disputed_by": None, "place": "Dhubri",
            "country": "IN", "as_of": "2024-06-02", "since": None, "parts_of": None}
    return {**base, **fields}


def test_place_names_match_with_or_without_the_unit_word_but_not_another_place():
    assert field_equal("place", "Sagaing region", "Sagaing")
    assert field_equal("place", "Kherson Oblast", "the Kherson region")
    assert field_equal("place", "Tillabéri region", "Tillaberi")
    assert field_equal("place", "Paletwa Township", "Paletwa")  # Myanmar's township, a camp, a territory
    assert field_equal("place", "Kakuma camp", "Kakuma") and field_equal("place", "Rutshuru territory", "Rutshuru")
    assert not field_equal("place", "Kakuma camp", "Kalobeyei camp")
    assert field_equal("place", "Balukhali Camps", "Balukhali")  # a settlement of numbered camps
    assert field_equal("place", "Wolaita zone", "Wolaita") and field_equal("place", "Dera woreda", "Dera")
    assert not field_equal("place", "Wolaita zone", "Gofa zone")
    assert not field_equal("place", "Dhubri district", "Barpeta")
    assert not field_equal("place", "Gaza Strip", "Gaza")  # "Strip" is part of the name
    assert field_equal("place", None, None) and not field_equal("place", "Assam", None)


def test_local_unit_words_are_optional_too():
    assert field_equal("place", "Bukalasi sub-county", "Bukalasi")
    assert field_equal("place", "St Thomas parish", "St Thomas")
    assert field_equal("place", "Haimchar Upazila", "Haimchar")
    assert not field_equal("place", "Bukalasi sub-county", "Bushika")
    # Indonesia's regency and sub-district, and a town or village named with its word
    assert field_equal("place", "Garut regency", "Garut") and field_equal("place", "Cisewu sub-district", "Cisewu")
    assert field_equal("place", "Mbale town", "Mbale") and field_equal("place", "Kiryandongo village", "Kiryandongo")
    assert not field_equal("place", "Garut regency", "Bandung")
    assert field_equal("place", "Babessi Subdivision", "Babessi")  # Cameroon's subdivision


def test_a_source_matches_with_or_without_where_it_is_but_not_another_source():
    assert field_equal("claimant", "Forensic officials in the city of Arauca", "forensic officials")
    assert field_equal("claimant", "doctors at the district hospital", "Doctors")
    assert field_equal("disputed_by", "officials in Kyiv", "officials")
    assert field_equal("claimant", "residents near the prison", "residents")
    assert not field_equal("claimant", "officials in Kyiv", "residents")
    assert not field_equal("claimant", "officials", None)


def test_a_bodys_figures_match_the_body_but_not_another_body():
    assert field_equal("claimant", "police data", "police")
    assert field_equal("claimant", "state government figures", "the state government")
    assert field_equal("disputed_by", "the defense ministry", "defense ministry records")
    assert not field_equal("claimant", "police data", "army")


def test_names_match_whatever_apostrophe_the_text_and_the_annotator_typed():
    assert field_equal("claimant", "Ukraine’s State Emergency Service", "Ukraine's State Emergency Service")
    assert field_equal("disputed_by", "the Interior Ministry’s spokesman", "Interior Ministry's spokesman")
    assert not field_equal("claimant", "Ukraine’s health ministry", "Ukraine's defence ministry")


def test_a_document_counts_matches_misses_and_wrong_fields(extract):
    report = EvalReport()
    gold = {"published": "2024-06-02", "figures": [
        gold_figure("at least 12"),
        gold_figure("forty", value=40, low=40, qualifier="exact"),  # not in the text: a miss
    ]}
    predicted = extract(TEXT, None)
    score_document(report, "a.txt", TEXT, gold, predicted)
    assert report.figures.gold == 2 and report.figures.tp == 1
    assert {e["kind"] for e in report.errors} >= {"missed", "evidence not in text"}
    assert report.matched_accuracy["place"] == [1, 1]  # "Dhubri district" read as "Dhubri"
    assert report.place_exact == [0, 1]  # but not letter for letter


def test_eval_command_prints_scores_for_a_gold_folder(tmp_path, capsys, gazetteer_cache):
    (tmp_path / "01_dhubri.txt").write_text(TEXT, encoding="utf-8")
    gold = {"published": "2024-06-02", "figures": [gold_figure("at least 12")]}
    (tmp_path / "01_dhubri.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    parser = argparse.ArgumentParser()
    extract_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", str(tmp_path), "--json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 1 and data["figures"]["tp"] == 1
    assert data["fields"]["measure"]["accuracy_on_matched"] == 1.0
    assert data["place_exact_accuracy_on_matched"] == 0.0


def test_a_lower_case_compass_word_is_optional_but_a_capitalised_one_is_a_name():
    from app.extract.evaluation import field_equal
    assert field_equal("place", "eastern Chad", "Chad")
    assert field_equal("place", "north-western Syria", "Syria")
    assert not field_equal("place", "North Kivu", "Kivu")
    assert not field_equal("place", "West Bank", "Bank")
