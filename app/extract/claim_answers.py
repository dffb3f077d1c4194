"""Who gives the figures of a parliamentary answer: the minister named under its "ANSWER" line
("MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS / (SHRI HARIPRASAD NAIK)")."""

from __future__ import annotations

import re
import string

# "ANSWER / MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS / (SHRI HARIPRASAD NAIK)": who answers a
# parliamentary question, in the lines under the word
_ANSWER = re.compile(r"(?m)^ANSWER\s*\n(?:[^\n]{0,120}\n){0,2}?\(?(?:SHRI|SMT|SHRIMATI|KUMARI|DR)\.?\s+"
                     r"([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})\)?\s*$")
_ANSWER_KEY = "\0parliamentary answer"


def answerer(art) -> tuple[int, str] | None:
    """Where a parliamentary answer opens and the name of the minister who gives it, or None."""
    if _ANSWER_KEY not in art.resolved:
        m = _ANSWER.search(art.text) if "\nANSWER" in art.text else None
        art.resolved[_ANSWER_KEY] = (m.end(), string.capwords(m.group(1))) if m else None
    return art.resolved[_ANSWER_KEY]
