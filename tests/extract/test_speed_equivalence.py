"""Fast paths that stand in for a regex must answer as the regex does. Texts mix strings generated
from the regex itself (every alternative is tried) with random text around them, and every range
of positions in them is asked about."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import denials, wholes

_FILLER = ["", " ", "  ", "x", "s", "ing", "-", ".", ",", "\n", "é", "ſ", "K", " the ", " were among the ",
           " among ", " AMONG ", " figure", " tolls", " count", " under-counting", " under", "Reports"]


def _texts(pattern):
    return st.lists(st.one_of(st.from_regex(pattern, alphabet=st.characters(codec="utf-8")),
                              st.sampled_from(_FILLER), st.text(max_size=6)), max_size=6).map("".join)


def _ranges(text, rng):
    n = len(text)
    pairs = [(a, b) for a in range(n + 1) for b in range(a, n + 1)]
    return pairs if len(pairs) <= 400 else rng.sample(pairs, 400)


@settings(max_examples=400, deadline=None)
@given(_texts(wholes._AMONG_AFTER), st.randoms(use_true_random=False))
def test_among_after_answers_as_the_regex(text, rng):
    for a, b in _ranges(text, rng):
        fast, slow = wholes._among_after(text, a, b), wholes._AMONG_AFTER.match(text, a, b)
        assert (fast and fast.span()) == (slow and slow.span()), (text, a, b)


@settings(max_examples=400, deadline=None)
@given(_texts(denials._FIGURE_HINT), st.randoms(use_true_random=False))
def test_figure_hints_answer_as_the_regex(text, rng):
    hints = denials._FigureHints(text)
    for a, b in _ranges(text, rng):
        assert hints.within(a, b) == (denials._FIGURE_HINT.search(text, a, b) is not None), (text, a, b)


def test_figure_hints_on_random_words():
    rng = random.Random(7)
    words = ["figures", "figure", "tolls", "toll", "dead", "deadly", "count", "counts", "tally", "under-reporting",
             "under", "reporting", "x", "the", "a", "_", "é"]
    for _ in range(300):
        text = "".join(rng.choice([" ", "", "  ", "-", ",", "\n"]) + rng.choice(words) for _ in range(rng.randint(0, 12)))
        hints = denials._FigureHints(text)
        for a, b in _ranges(text, rng):
            assert hints.within(a, b) == (denials._FIGURE_HINT.search(text, a, b) is not None), (text, a, b)
