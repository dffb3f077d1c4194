"""A figure named again by its number alone ("the figure of 40", "the 9,800 figure", "puts the
figure at 2 million") is a figure too, and counts what the earlier figure with that number counts;
a number that only counts things ("the number of damaged schools at 30") is not."""

import datetime as dt

PUB = dt.date(2025, 9, 2)


def figures(extract, text):
    return [(f.value, f.measure.value, f.who.value, f.claimant, f.disputed_by) for f in extract(text, PUB)]


def test_a_rejected_figure_of_n_is_the_earlier_toll_again(extract):
    text = ("Villagers in Kalaw said soldiers had killed 40 people in the raid. "
            "The junta's spokesman rejected the figure of 40 as propaganda.")
    found = figures(extract, text)
    assert len(found) == 2
    value, measure, who, claimant, disputed_by = found[1]
    assert (value, measure, claimant.lower()) == (40, "killed", "villagers")
    assert disputed_by is not None and "spokesman" in disputed_by


def test_a_number_before_the_word_figure(extract):
    text = ("The shelter's register listed 9,800 displaced people on Friday, its manager said. "
            "Aid workers say the 9,800 figure is far too low.")
    second = figures(extract, text)[1]
    assert second[:2] == (9800, "displaced")


def test_a_government_putting_the_figure_higher(extract):
    text = ("A UN agency estimates that 800,000 people have fled their homes inside the country, "
            "while the interior ministry puts the figure at 2 million.")
    found = figures(extract, text)
    assert [(v, m) for v, m, *_ in found] == [(800_000, "displaced"), (2_000_000, "displaced")]
    assert found[1][3] == "the interior ministry"


def test_a_count_the_speaker_calls_verified(extract):
    text = ('Local leaders said 23 miners were killed in the collapse. "Twenty is the confirmed '
            'number," the police commander said.')
    found = figures(extract, text)
    assert [(v, m) for v, m, *_ in found] == [(23, "killed"), (20, "killed")]


def test_a_count_of_buildings_is_not_a_figure(extract):
    text = ("The storm killed 12 people and injured 40, the governor said. "
            "Engineers put the number of damaged schools at 30.")
    assert [v for v, *_ in figures(extract, text)] == [12, 40]


def test_a_figure_of_n_with_no_earlier_figure_is_not_a_figure(extract):
    text = "Officials said the figure of 250 would be reviewed at the next budget meeting."
    assert figures(extract, text) == []
