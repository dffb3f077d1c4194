"""The figures a correction withdraws: "An earlier version of this article said 14 people had been
evacuated", "An earlier entry said 30 tourists were missing", "… misstated the number of injured officers as 18"; "CORRECTION: … 37 people were wounded, not 27"; "Correction: Last week's round-up said 31
people were wounded …". The figure the correction gives stays."""

from __future__ import annotations

import re

# a correction's withdrawn figure: "An earlier version of this article said 14 people had been evacuated"
_CORRECTED = re.compile(r"\b(?:earlier|previous)\s+(?:version\s+of\s+this\s+(?:article|story|report|page|newsletter|"
                        r"entry|post|blog|bulletin|update|brief)|(?:entry|post|update|edition)(?=\s+(?:incorrectly\s+|"
                        r"wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put)\b))"  # ("An earlier entry said …")
                        r"(?:,(?!\s*(?:published|posted|updated|issued)\b)[^,.;]{1,40},)?\s+"  # (", citing police,"; a
                        # version "published on Monday" gave a toll superseded since, not withdrawn)
                        r"(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put|misstated|"
                        r"misreported)\b[^.;]{0,70}$",
                        re.IGNORECASE)
_CORRECTED_WORDS = ("version", "entry", "post", "update", "edition")  # one is in every _CORRECTED match
# a correction notice's wrong figure: "…, not 27."; "Correction: Last week's round-up said 31 people were wounded"
_CORRECTION_LINE = re.compile(r"(?:^|\n)[\s*(]*CORRECTION\b[^\n]{0,240}$", re.IGNORECASE)
_WITHDRAWN = re.compile(r"(?:,\s+not\s+|\b(?:round-up|story|article|report|version|edition|bulletin|[Ii]t\s+also)\s+(?:incorrectly\s+|"
                        r"wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put)\b[^.;]{0,70})$", re.IGNORECASE)  # ("It also gave …")


def withdrawn(text: str, at: int) -> bool:
    """The number at `at` is the wrong figure a correction withdraws."""
    window = text[max(0, at - 90) : at]
    if ("earlier" in window or "previous" in window) and any(w in window for w in _CORRECTED_WORDS) and \
            _CORRECTED.search(text, max(0, at - 90), at):
        return True
    lo = max(0, at - 240)
    if text.find("orrect", lo, at) < 0 and text.find("ORRECT", lo, at) < 0:
        return False
    return bool(_WITHDRAWN.search(text, max(0, at - 90), at) and _CORRECTION_LINE.search(text, lo, at))
