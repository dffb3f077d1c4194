"""The fast forms of the clause-break and "rose to N on DATE" scans find what the plain forms find."""

import random
import re

from app.extract.statement_dates import _REACHED_ON, _may_end_on
from app.extract.clauses import _CLAUSE_BREAK

_PLAIN_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\s[—–]\s|\"|“|”|,\s*(?:while|but|whereas|and)\b|\bbut\b|\bwhile\b|"
                                 r"\band\s+that\b")
_BREAK_PIECES = ["but", "while", "whereas", "and", "that", " ", "\n", ",", ", ", ";", ":", "(", ")", "[", "]", '"',
                 "“", "”", "—", " — ", " – ", "a", "b", "w", "5", "_", "é", "butter", "abut", "and that", "hand that",
                 ",and", ", while", "whilst", "1,200", "But"]
_DATE_PIECES = ["rose", "to", "reached", "stood at", "on", "On", "ON", " ", "\n", "\t", "1,200", "people", "x",
                "é", "o", "n", "hit", "\u00a0"]


def _strings(pieces, seed, count=20000):
    rnd = random.Random(seed)
    for _ in range(count):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(s))
        yield s, lo, rnd.randint(lo, len(s))


def test_clause_break_finds_the_same_breaks_as_the_plain_alternation():
    for s, lo, hi in _strings(_BREAK_PIECES, 1):
        assert [m.span() for m in _CLAUSE_BREAK.finditer(s, lo, hi)] == \
            [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(s, lo, hi)], (s, lo, hi)


def test_reached_on_prefilter_never_hides_a_match():
    for s, lo, hi in _strings(_DATE_PIECES, 2):
        if _REACHED_ON.search(s, lo, hi):
            assert _may_end_on(s, lo, hi), (s, lo, hi)


def test_reached_on_prefilter_passes_over_other_endings():
    assert not _may_end_on("the toll rose to 1,200 by ", 0, 26)
    assert _may_end_on("the toll rose to 1,200 on ", 0, 26)


_PERIOD_PIECES = ["between", "from", "in", "In", "IN", "during", "throughout", "over", "the", "by", "through", "until",
                  "till", "to", "as of", "since", "so far", "this", "last", "year", "month", "start", "end", "of",
                  "and", "first", "half", "quarter", "months", "whole", "civil war", "January", "jan", "March",
                  "may", "May", "2022", "2013", "18", "7", "12th", " ", "  ", "\n", ",", "-", "–", ".", "x",
                  "é", "\u00a0", "\u0130n", "\u017fince", "\u0131n", "the\u212a", "_in", "twenty",
                  "in 2022", "between 2013 and 2018", "during the first half of 2022", "since April", "In June,",
                  "by the end of June", "so far this year", "last month", "the 2013-18 civil war", "from May 3 to",
                  "between October 7 and November 30", "since the start of the year", "in the first six months of"]


def test_period_scan_from_tokens_finds_what_finditer_finds():
    from app.extract.period_pattern import PERIOD, period_matches
    from app.extract.tokens import Tokens

    rnd = random.Random(3)
    for _ in range(20000):
        s = " ".join(rnd.choice(_PERIOD_PIECES) for _ in range(rnd.randint(0, 14))) if rnd.random() < 0.7 else \
            "".join(rnd.choice(_PERIOD_PIECES) for _ in range(rnd.randint(0, 14)))
        lo = rnd.randint(0, len(s))
        hi = rnd.randint(lo, len(s))
        assert [m.span() for m in period_matches(s, lo, hi, Tokens(s))] == \
            [m.span() for m in PERIOD.finditer(s, lo, hi)], (s, lo, hi)
