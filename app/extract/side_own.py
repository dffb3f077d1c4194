"""Whose soldiers a state's own forces report losing: "Six servicemen were killed and 21 wounded,
Ukraine's ground forces said" → ukraine. An army names its own dead without a nationality; the
enemy's it names ("killed 30 Russian soldiers") or kills in the active voice ("it killed 30
fighters"), and neither is read here."""

from __future__ import annotations

import re

from app.domain import Who
from app.extract.tokens import TermList

# the state's forces named by their owner: "Ukraine's ground forces", "the Ukrainian army", "Mali's armed forces"
_OWNED_FORCES = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]*?)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}?(?:army|armed\s+forces|ground\s+forces|"
                           r"military|navy|air\s+force|general\s+staff|border\s+guard|national\s+guard)$")
# the figure's own people lost: "six servicemen were killed", "four soldiers died", "21 wounded"
_SUFFERED_AFTER = re.compile(r"(?:\s+(?:soldiers|servicemen|servicewomen|service\s+members|troops|personnel|"
                             r"of\s+them|others|more))?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|"
                             r"wounded|injured|reported\s+missing|missing)|died|wounded\b|"
                             r"injured\b|missing\b)")
_PART_BETWEEN = re.compile(r"\s+and\s+|,\s+(?:of\s+whom|including|among\s+them)\s+")


def own_losses(text: str, drafts, sides: TermList) -> None:
    """Give the side of the forces that report them to soldiers with no side of their own, lost in
    the passive or intransitive voice; their parts and the count coordinated after them follow."""
    known = {t.phrase.lower(): t.key for t in sides.terms}
    if not known:
        return
    given: set[int] = set()
    for k, draft in enumerate(drafts):
        figure = draft.figure
        if figure.side or figure.who != Who.SOLDIERS or not figure.claimant:
            continue
        before = drafts[k - 1] if k else None
        if draft.parent is not None and id(draft.parent) in given:
            source = draft.parent  # a part of a count given the side
        elif before is not None and id(before) in given and before.sentence is draft.sentence and \
                _PART_BETWEEN.fullmatch(text, before.figure.end, figure.start) is not None:
            source = before  # "… were killed and 21 wounded"
        else:
            source = None
        if source is not None:
            figure.side = source.figure.side
            given.add(id(draft))
            continue
        owner = _OWNED_FORCES.fullmatch(figure.claimant)
        if owner is None and figure.claimant.startswith("the "):  # "the armed forces" after "Ukraine's armed forces"
            named = list(re.finditer(rf"\b[A-Z][\w-]*['’]s\s+{re.escape(figure.claimant[4:])}\b", text[: figure.start]))
            owner = _OWNED_FORCES.fullmatch(named[-1].group()) if named else None
        name = owner.group(1).lower() if owner else ""
        key = known.get(name) or known.get(name + "'s") or known.get(name + "’s")
        if key is None or _SUFFERED_AFTER.match(text, figure.end) is None:
            continue
        figure.side = key
        given.add(id(draft))


# the losses of "the enemy" in a force's own report: "During the day the enemy lost more than 250
# servicemen", "Enemy losses in the Kupiansk direction amounted to up to 530 servicemen"
_ENEMY_LOST = re.compile(r"\b(?:[Tt]he\s+)?[Ee]nemy(?:['’]s)?\s+(?:(?:has|had)\s+)?(?:lost|losses|suffered)\b|"
                         r"\blosses\s+of\s+the\s+enemy\b")


def enemy_losses(text: str, drafts, sides: TermList) -> None:
    """Give the enemy's losses a force reports the side it fights: the article's other party,
    when the claimant names its own ("the Russian Ministry of Defence") and the article names
    one other more than any third."""
    if "nemy" not in text or not sides.terms:
        return
    counts: dict[str, int] = {}
    for t in sides.terms:
        counts[t.key] = counts.get(t.key, 0) + 1
    known = {t.phrase.lower(): t.key for t in sides.terms}
    for draft in drafts:
        figure = draft.figure
        if not figure.claimant or figure.who not in (Who.SOLDIERS, Who.PEOPLE):
            continue
        if not _ENEMY_LOST.search(text, max(draft.sentence.start, figure.start - 120), figure.start):
            continue
        own = next((known[w] for w in re.findall(r"[\w'’-]+", figure.claimant.lower()) if w in known), None)
        others = sorted(((n, k) for k, n in counts.items() if k != own), reverse=True)
        if own is None or not others or len(others) > 1 and others[1][0] * 2 > others[0][0]:
            continue
        figure.side = others[0][1]
