"""Numbers that count things by their place in the text: a part "of them" of a count of things
("202 mass graves …, 95 of them in Nineveh") and a table row whose label names things
("Households affected | 16,800")."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d[\d,.]*")
_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|"
                          r"thousands)\b", re.IGNORECASE)
_MEASURES_OF_SIZE = frozenset("km kilometres kilometers miles metres meters feet hectares acres tonnes tons kg "
                              "kilograms hours days weeks months years minutes".split())
_STOP_IN = re.compile(r"[.;:!?](?:\s|$)")
_ROW_LABEL_BEFORE = re.compile(r"(?:^|\n)([A-Za-z][^\d|\n:]{1,50}?)\s*(?:\||:|\s{2,})\s*$")
_TABLE_TOTAL = re.compile(r"(?:total|all)\b", re.IGNORECASE)


def things_before(text: str, start: int, part: float, unit_re: re.Pattern) -> bool:
    """The one number in the 120 characters before `start`, in its sentence, counts things (`unit_re`
    matches right after it: "202 mass graves …, 95 of them"): a part "of them" then counts those
    things too."""
    window = text[max(0, start - 120) : start]
    stop = None
    for stop in _STOP_IN.finditer(window):
        pass
    numbers = list(_DIGITS.finditer(window, stop.end() if stop else 0))
    if len(numbers) != 1 or _NUMBER_WORD.search(window, stop.end() if stop else 0):
        return False  # (not "killed 40 people in 3 villages, 12 of them children")
    unit = unit_re.match(window, numbers[0].end())
    return unit is not None and unit.group().split()[-1].lower() not in _MEASURES_OF_SIZE and \
        part <= _plain_value(numbers[0].group())  # (not "107 camps …, but fewer than 9,000 of them")


def thing_row(text: str, start: int, names_things) -> bool:
    """The number at `start` is the cell of a row whose label opens on a word for things
    ("Households affected | 16,800"), not a total's."""
    label = _ROW_LABEL_BEFORE.search(text, max(0, start - 60), start)
    return label is not None and _TABLE_TOTAL.match(label.group(1)) is None and names_things(label.group(1).split()[0])


def _plain_value(digits: str) -> float:
    try:
        return float(digits.replace(",", "").rstrip("."))
    except ValueError:
        return 0.0
