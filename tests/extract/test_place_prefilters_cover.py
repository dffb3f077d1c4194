"""The cheap word tests before place regexes must let through every text the regex matches:
a rule added to a regex without its word (as "war that killed" once was) silently stops working.
Texts are generated from the regex itself (hypothesis `from_regex`), so every alternative is tried."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import place_patterns as pat
from app.extract import place_contexts as ctx
from app.extract import place_scope, place_sea

GUARDED = [
    (place_scope.CUMULATIVE, place_scope._CUMULATIVE_WORDS),
    (place_scope.EVENT, place_scope._EVENT_WORDS),
    (place_sea.AT_SEA, place_sea._SEA_WORDS),
    (pat.ELSEWHERE_IN, pat._ELSEWHERE_WORDS),
    (pat.REFERENCE, ctx.REFERENCE_WORDS),
    (pat.PART_OF_GROUP, ctx.GROUP_WORDS),
    (pat.FROM, ctx.FROM_WORDS),
]


@pytest.mark.parametrize("pattern, words", GUARDED, ids=["cumulative", "event", "at_sea", "elsewhere", "reference", "group", "from"])
def test_every_text_the_regex_matches_passes_the_word_test(pattern, words):
    @settings(max_examples=500, deadline=None)
    @given(st.from_regex(pattern, alphabet=st.characters(codec="ascii")))
    def check(text):
        if pattern.search(text) is not None:
            assert pat.may_hold(text, words), text

    check()
