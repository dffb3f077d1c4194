"""Two-country stories: a figure "on both sides" has no place and no country; one "on the Indian
side", or in a paragraph that opens "Inside Sudan," or "On the Chadian side,", is in that country."""


def test_a_toll_on_both_sides_of_the_border_has_no_place(extract):
    text = ("Indian and Pakistani troops traded fire near Poonch on Monday, killing at least 14 people on "
            "both sides of the Line of Control, officials said.")
    figures = extract(text)
    assert figures and figures[0].place is None and figures[0].country is None


def test_a_figure_on_the_named_side_takes_that_country(extract):
    text = ("Shelling from India hit the Neelum valley in Pakistan on Monday. Pakistan said 300 people had been "
            "killed in Kashmir since May, while Indian officials say 20 Indian soldiers have been killed on "
            "the Indian side over the same period.")
    figures = extract(text)
    twenty = next(f for f in figures if f.value == 20)
    assert twenty.country == "IN"


def test_a_paragraph_opening_with_its_side_puts_its_figures_in_that_country(extract):
    text = ("Thousands of refugees crossed from Sudan into Chad on Friday, the UN said. Aid groups in Chad "
            "asked for tents.\n\n"
            "On the Sudanese side, a local official said shelling killed nine people and wounded 20.")
    figures = extract(text)
    nine = next(f for f in figures if f.value == 9)
    assert nine.place == "Sudan" and nine.country == "SD"
