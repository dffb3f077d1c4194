""""Its Ministry of Defence said" after a paragraph that opens with a body named with its acronym
("The National Unity Government (NUG), the parallel administration, rejected …") → "the NUG
Ministry of Defence": the branch's own name under the acronym of the body the paragraph is about."""

from __future__ import annotations

import re

_OPENING_BODY = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,8}"
                           r"\(([A-Z]{2,8})\)")
_BRANCH = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’-]*))*")


def owned_branch(text: str, pos: int, np: str) -> str | None:
    """ "Its Ministry of Defence" at `pos` → "the NUG Ministry of Defence", when the paragraph
    opens with "The National Unity Government (NUG)"; else None."""
    if not np.startswith(("Its ", "its ")):
        return None
    rest = np[4:]
    if not _BRANCH.fullmatch(rest):
        return None
    start = text.rfind("\n", 0, pos) + 1
    m = _OPENING_BODY.match(text, start, pos)
    return f"the {m.group(1)} {rest}" if m else None
