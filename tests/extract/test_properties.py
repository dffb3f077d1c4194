"""No text crashes the extractor; offsets index the text; low never exceeds high."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

WORDS = st.sampled_from(
    "at least more than up to about between and killed wounded missing fled refugees civilians "
    "children soldiers Russian Ukrainian said according to the UN Bucha Kyiv Monday March 3 "
    "1,200 4.3 million twenty-three hundreds dozens a dozen 2022 34-year-old 15 km % $ , . ; \n "
    "including of them he she denied may reportedly since as of".split(" ")
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, published=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1))))
def test_extraction_never_crashes_and_offsets_hold(extract, text, published):
    figures = extract(text, published)
    for number, f in enumerate(figures, start=1):
        assert f.id == number
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip()
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        assert 0.0 <= f.confidence <= 1.0
        assert f.parts_of is None or 1 <= f.parts_of <= len(figures)
        assert f.sentence in text
