"""The figures a correction withdraws: "An earlier version of this article said 14 people had been
evacuated", "An earlier entry said 30 tourists were missing", "… misstated the number of injured
officers as 18"; "CORRECTION: … 37 people were wounded, not 27"; "Correction: Last week's round-up
said 31 people were wounded …"; "(Corrects number of injured in paragraph 2 to 1,540 from 1,450)".
The figure the correction gives stays, unless it counts things ("number of buried houses")."""

from __future__ import annotations

import re
from collections.abc import Callable

# a correction's withdrawn figure: "An earlier version of this article said 14 people had been evacuated"
_CORRECTED = re.compile(r"\b(?:earlier|previous)\s+(?:version\s+of\s+(?:this|our|the)\s+(?:(?:first|last|latest|previous|earlier|"
                        r"opening)\s+)?(?:article|story|report|page|newsletter|fact[- ]check|"  # ("… of our first post said")
                        r"entry|post|blog|bulletin|update|brief)|(?:entry|post|update|edition)(?=\s+(?:incorrectly\s+|"
                        r"wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put)\b))"  # ("An earlier entry said …")
                        r"(?:,(?!\s*(?:published|posted|updated|issued)\b)[^,.;]{1,40},)?\s+"  # (", citing police,"; a
                        # version "published on Monday" gave a toll superseded since, not withdrawn)
                        r"(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put|misstated|"
                        r"misreported)\b[^.;]{0,70}$",
                        re.IGNORECASE)
_CORRECTED_WORDS = ("version", "entry", "post", "update", "edition")  # one is in every _CORRECTED match
# a correction notice's wrong figure: "…, not 27."; "Correction: Last week's round-up said 31 people were wounded";
# "(Corrects number of injured in paragraph 2 to 1,540 from 1,450)"
_CORRECTION_LINE = re.compile(r"(?:^|\n)[\s*(]*(?:CORRECTION|Corrects|CORRECTS|[^\n]{0,60}\b(?:has|have)\s+been\s+corrected)\b"
                              r"[^\n]{0,240}$", re.IGNORECASE)  # ("(Corrects number of …", "(This story has been corrected …")
_WITHDRAWN = re.compile(r"(?:,\s+not\s+|\bto\s+[\w,.]{1,12},?\s+from\s+|"  # ("… to 1,540 from 1,450")
                        r"\b(?:story|article|report|version)(?:,[^,.;\n]{1,40},)\s+(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?"
                        r"(?:said|stated|reported)\b[^.;]{0,70}|"  # ("… story, published on Tuesday, said 14 …"; not
                        # "…, published Tuesday, gave a toll of 41": a toll since superseded)
                        r"\b(?:round-up|story|article|report|version|edition|bulletin|[Ii]t\s+also)\s+(?:incorrectly\s+|"
                        r"wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put)\b[^.;]{0,70})$", re.IGNORECASE)  # ("It also gave …")

# "(Corrects number of buried houses in paragraph 4 to 11": what the corrected number counts
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+([^\d,;()]{1,50}?)\s+in\s+(?:paragraph|para)\b", re.IGNORECASE)


def correction(text: str, at: int, names_things: Callable[[str], bool]) -> str | None:
    """Why a correction makes the number at `at` no figure: "withdrawn", the wrong figure it takes
    back, or "things corrected", a count of things it mends ("(Corrects number of buried houses in
    paragraph 4 to 11, …)"); None for any other number."""
    if text.endswith(", not ", 0, at) and \
            text.startswith((" as we ", " as previously ", " as originally ", " as first "), _number_end(text, at)):
        return "withdrawn"  # "Of those, 38 were children, not 83 as we reported"
    if _CORRECTIONS_PAGE.match(text) and _OUR_EARLIER.fullmatch(text, _sentence_start(text, at), at):
        return "withdrawn"  # "Corrections and clarifications" … "Our story on … said 14 patients had been moved"
    window = text[max(0, at - 90) : at]
    if ("earlier" in window or "previous" in window) and any(w in window for w in _CORRECTED_WORDS) and \
            _CORRECTED.search(text, max(0, at - 90), at):
        return "withdrawn"
    lo = max(0, at - 240)
    if text.find("orrect", lo, at) < 0 and text.find("ORRECT", lo, at) < 0:
        return None
    line = _CORRECTION_LINE.search(text, lo, at)
    if line is None:
        return None
    if _WITHDRAWN.search(text, max(0, at - 90), at):
        return "withdrawn"
    what = _NUMBER_OF.search(line.group())
    return "things corrected" if what is not None and names_things(what.group(1)) else None


# a page of corrections only, and the sentence of one that tells what an earlier piece said
_CORRECTIONS_PAGE = re.compile(r"\s*(?:Corrections?|Clarifications?|CORRECTIONS?)\b")
_OUR_EARLIER = re.compile(r"(?:An?|Our|The)\s+(?:earlier\s+|original\s+)?(?:article|story|report|brief|headline|item|piece|"
                          r"dispatch)\b[^.;]{0,150}?\b(?:said|reported|referred\s+to|stated|gave|put)\b[^.;]*")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)


def _number_end(text: str, at: int) -> int:
    m = _NUMBER_RUN.match(text, at)
    return m.end() if m else at


_NUMBER_RUN = re.compile(r"[\w,.-]*\w")


# "… An earlier version of this article said 14 people had been evacuated. The correct figure is 41.":
# the figure a correction gives right after the sentence that withdraws one, which names no measure
RIGHT_FIGURE_OPENS = re.compile(r"[\"“]?[Tt]he\s+(?:correct\s+|corrected\s+|actual\s+|right\s+)?(?:figure|number|toll|count)\b")
_RIGHT_FIGURE = re.compile(RIGHT_FIGURE_OPENS.pattern + r"[^.;\n]{0,60}?\s(?:is|was|stands\s+at|stood\s+at)\s+$")
_TOLD_RIGHT_FIGURE = re.compile(r"\bthat\s+the\s+(?:correct|corrected|actual|right)\s+(?:figure|number|toll|count)\s+"
                                r"(?:is|was)\s+(?:(?:more|fewer|less)\s+than\s+|about\s+|some\s+|at\s+least\s+)?$")
_SAID_EARLIER = re.compile(r"\b(?:earlier|previous)\s+version\b[^.\n]{0,80}?\b(?:said|stated|reported)\b")


def withdrawn_before(text: str, sentences, index: int) -> tuple[int, int] | None:
    """The span of the sentence before `index`, in its paragraph, when it withdraws a figure ("An
    earlier version of this article said 14 people had been evacuated"), or None."""
    if not index or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    before = sentences[index - 1]
    if _SAID_EARLIER.search(text, before.start, before.end) or \
            _CORRECTIONS_PAGE.match(text) and _OUR_EARLIER.match(text, before.start, before.end):
        return before.start, before.end  # (or "A report from X said …" on a page of corrections)
    return None


def right_figure(text: str, start: int, at: int) -> bool:
    """The number at `at` is what the sentence opening at `start` gives as the right figure."""
    return _RIGHT_FIGURE.fullmatch(text, start, at) is not None or \
        _TOLD_RIGHT_FIGURE.search(text, start, at) is not None  # "…, has since told us that the correct figure is 240"

