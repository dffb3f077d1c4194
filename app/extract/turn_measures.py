"""What a transcript's answer counts when it is a bare number: what the question just before
asked about ("REPORTER: How many bodies have your teams recovered from the sea?" / "BENSAOUD:
Between 300 and 400, along the coast")."""

from __future__ import annotations

from app.extract.claim_turns import label_end, opens_turn


def asked_measure(art, start: int) -> str | None:
    """The measure the question before asked "how many" of, for the number at `start` that opens
    an answer's turn (only the speaker's label before it), or None."""
    text = art.text
    turn = text.rfind("\n", 0, start) + 1
    if not turn or label_end(text, turn) != start:
        return None
    asked_end = turn
    while asked_end and text[asked_end - 1].isspace():
        asked_end -= 1
    asked = text.rfind("\n", 0, asked_end) + 1
    if not text.endswith("?", asked, asked_end) or not opens_turn(text, asked):
        return None
    how = text.lower().find("how many", asked, asked_end)
    found = art.terms.measures.within(how, asked_end) if how >= 0 else []
    return found[0].key if found else None
