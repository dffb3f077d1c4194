"""Who denies a figure: the subject of "denied", "rejected", "dismissed" in a sentence, resolved to a name."""

from __future__ import annotations

import re

from app.extract.claim_after import np_after
from app.extract.claim_names import Claim
from app.extract.claim_pronouns import DOCUMENT_OPENER
from app.extract.claim_spans import source_span
from app.extract.claim_subjects import _is_noun_use
from app.extract.tokens import Term

_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|strongly\s+)?$")
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:has|have|had|also|later|then)\s+)*$", re.IGNORECASE)


def denials_in(finder, text: str, start: int, end: int, people, previous,
               verbs: list[Term] | None = None) -> list[Claim]:
    """Denials in the sentence [start, end) as `finder` (a ClaimantFinder) reads its subjects;
    `verbs` are the sentence's denial-verb terms when already found."""
    out = []
    if verbs is None:
        verbs = [Term(m.start(), m.end(), "", m.group()) for m in finder.denial_re.finditer(text, start, end)]
    for m in verbs:
        if text.startswith(" by ", m.end) and _PASSIVE_AUX.search(text, max(start, m.start - 12), m.start):
            agent = np_after(finder, text, m.end + 4, end)  # "That figure was rejected by X, a councillor, who said"
            if agent:
                out.append(Claim(m.start, m.end, finder.resolve(agent, text, m.start, people, previous)))
            continue
        if m.phrase.endswith("ing") and text[m.start - 2 : m.start] == ", ":
            # "…, the ground forces said on Tuesday, rejecting Moscow's claim": the speaker of the clause before
            said = next((c for c in reversed(previous) if start <= c.start < m.start and c.claimant), None)
            if said is not None:
                out.append(Claim(m.start, m.end, said.claimant))
                continue
        joined = _AND_BEFORE.search(text, max(start, m.start - 24), m.start) is not None
        # "a claim the district health officer rejected"; not "X told AFP the strike had hit a
        # camp and dismissed the toll", whose subject is the sentence's
        np = finder._np_before(text, start, m.start, True)
        if np and not (joined and np.endswith((" and", " but"))):
            out.append(Claim(m.start, m.end, finder.resolve(source_span(np), text, m.start, people, previous)))
        elif joined:
            # "It said troops had fired … and disputed the ministry's toll" / "X denies … and has
            # rejected …": the sentence's subject
            # ("In a statement on Telegram, the RSF denied …": "statement" is a noun here)
            aside = DOCUMENT_OPENER.match(text, start, m.start)  # "In a video posted on X, …"
            said = next((f for f in finder.verb_re.finditer(text, aside.end() if aside else start, m.start)
                         if not _is_noun_use(text, f.start(), start)), None)
            first = min((f for f in (said, finder.denial_re.search(text, start, m.start)) if f),
                        key=lambda f: f.start(), default=None)
            np = finder._np_before(text, start, first.start()) if first else None
            if np:
                out.append(Claim(m.start, m.end, finder.resolve(np, text, first.start(), people, previous)))
    return out
