from app.extract.numbers import NumberFinder, merge_ranges, parse_number_words
from app.extract.vocab import load_vocabulary

FINDER = NumberFinder(load_vocabulary())


def values(text):
    return [(m.value, m.low, m.high) for m in merge_ranges(text, FINDER.find(text))]


def test_digits_with_commas_and_scales():
    assert values("1,200 and 4.3 million and 1.2m") == [
        (1200, 1200, 1200), (4_300_000, 4_300_000, 4_300_000), (1_200_000, 1_200_000, 1_200_000)]


def test_number_words_are_read_with_text2num():
    assert parse_number_words("twenty-three") == 23
    assert values("one hundred and five") == [(105, 105, 105)]


def test_a_dozen_is_twelve():
    assert values("a dozen") == [(12, 12, 12)]


def test_vague_word_gives_low_only():
    assert values("hundreds of people") == [(None, 200, None)]
    assert values("tens of thousands") == [(None, 20000, None)]


def test_between_a_and_b_is_a_range_with_shared_scale():
    assert values("between 2 and 3 million") == [(None, 2_000_000, 3_000_000)]


def test_rise_from_a_to_b_is_two_numbers():
    assert values("rose from 100 to 200") == [(100, 100, 100), (200, 200, 200)]
