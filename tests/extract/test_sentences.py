from app.extract.sentences import split_sentences


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Ivan Petrov said 12 U.N. staff were killed in St. Petersburg. Then he left."
    assert texts(text) == [
        "Gen. Ivan Petrov said 12 U.N. staff were killed in St. Petersburg.",
        "Then he left.",
    ]


def test_newline_starts_a_new_paragraph():
    sentences = split_sentences("First line\nSecond line. Third.")
    assert [s.paragraph for s in sentences] == [0, 1, 1]
