"""Rules from session 33, in texts written for these tests."""

import datetime as dt

PUB = dt.date(2025, 9, 18)


def _by_value(figures):
    return {f.value: f for f in figures}


def test_figures_verified_by_a_body_are_that_bodys(extract):
    # a reduced relative: "Figures verified by OCHA … show" is OCHA's count, not a source called "Figures"
    for opening in ("Figures verified by OCHA and its partners show",
                    "The rains have not stopped. The latest figures verified by OCHA show"):
        text = f"Floods in Upper Nile\n\n{opening} that 12,400 people have been displaced since August."
        assert _by_value(extract(text, PUB))[12400].claimant == "OCHA"


def test_a_holiday_before_the_subject_is_no_part_of_its_name(extract):
    text = ("Truce broken\n\nOn Easter Saturday Russia said its forces had killed 50 Ukrainian soldiers near "
            "Pokrovsk. On Christmas Day, police spokesman John Christmas said 12 people were killed in Lagos.")
    figures = _by_value(extract(text, PUB))
    assert figures[50].claimant == "Russia"
    assert figures[12].claimant == "John Christmas"  # a surname that is a holiday's is still a name


def test_the_task_force_is_the_task_force_named_with_its_acronym(extract):
    text = ("Missing\n\nThe Joint Task Force on Missing Persons (JTFMP) opened an office in Marawi on Monday. "
            "The task force said 43 people were still missing.")
    assert _by_value(extract(text, PUB))[43].claimant == "JTFMP"


def test_the_task_force_stays_as_written_when_another_force_is_named(extract):
    text = ("Missing\n\nThe Joint Task Force on Missing Persons (JTFMP) opened an office in Marawi on Monday. "
            "Air Force planes flew over the lake. The task force said 43 people were still missing.")
    assert _by_value(extract(text, PUB))[43].claimant == "The task force"


def test_nasir_and_ulang_are_south_sudanese_towns(extract):
    text = ("Clashes in Upper Nile\n\nFighting in Ulang has killed at least 22 people since Monday, local officials "
            "said. In Nasir, 3,100 people have been displaced, aid workers said.")
    figures = _by_value(extract(text, PUB))
    assert (figures[22].place, figures[22].country) == ("Ulang", "SS")
    assert (figures[3100].place, figures[3100].country) == ("Nasir", "SS")
