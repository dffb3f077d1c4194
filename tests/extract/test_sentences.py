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


def _plain_is_abbreviation(text, dot):
    """The abbreviation test without its shortcut for long words, to check the shortcut against."""
    from app.extract.sentences import ABBREVIATIONS

    if text[dot] != ".":
        return False
    before = text[max(0, dot - 20) : dot]
    if before.endswith("\n"):
        before = before[:-1]
    word = before[len(before.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")) :].lstrip(".")
    if not word:
        return False
    if word.lower().rstrip(".") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return "." in word and len(word) <= 6 and word.replace(".", "").isupper()


def test_long_word_shortcut_agrees_with_the_plain_abbreviation_test():
    import random

    from app.extract.sentences import _is_abbreviation

    rnd = random.Random(4)
    pieces = ["Gen", "approx", "Approxi", "statement", "said", "U.N", "St", "x", "Abcdefg", "ABCDEFG", "é", "İstanbul",
              "1", ".", " ", "\n", "abcdef", "abcdefg"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) + "."
        assert _is_abbreviation(text, len(text) - 1) == _plain_is_abbreviation(text, len(text) - 1), text
