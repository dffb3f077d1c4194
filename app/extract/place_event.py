"""The event's own place when the lead names it only by kind: "gunmen attacked a mining town in the
north-west of the country" … "The raid on X …": the settlement named later as the target of the
event is the event's place (and a name the gazetteer lacks that the article teaches as a place)."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention
from app.extract.place_patterns import may_hold, next_paragraph_end

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:al-|el-)?[A-ZÀ-Þ][\w'’-]*){0,2}"
_SITE = r"(?:post|outpost|village|town|camp|base|market|mine|settlement|hamlet)"
# "the raid on X", "an assault on the X post", "struck X village", "overran the X camp"
# "opened fire on homes in X", "an assault on an army post at X": the site named after what was hit
TARGET = re.compile(r"\b(?:(?:(?:raid|attack|assault|ambush|massacre|offensive)\s+on|"
                    r"(?:struck|raided|attacked|stormed|overran|hit))\s+(?:the\s+)?|"
                    r"(?:opened|open|opening)\s+fire\s+on\s+(?:[a-z-]+\s+){0,2}?(?:in|at)\s+|"
                    r"(?:raid|attack|assault|ambush)\s+on\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?" + _SITE +
                    r"\s+(?:at|in)\s+)(?![A-Z][\w-]*['’]s\s)(" + _NAME + r")"
                    r"(?![\w'’-])(?=(\s+" + _SITE + r"\b)|[\s,.;:])")
# "in the assault on Tuesday morning near the town of X", "the attack late on Sunday outside X": where the
# event struck, named after its time
STRUCK_NEAR = re.compile(r"\b(?:raid|attack|assault|ambush|massacre|offensive)\s+(?:[\w-]+\s+){0,4}?"
                         r"(?:near|outside|in|at)\s+(?:the\s+(?:town|village|settlement)\s+of\s+)?(" + _NAME + r")")
# Words one of which each match of TARGET holds
TARGET_WORDS = ("raid", "attack", "assault", "ambush", "massacre", "offensive", "struck", "stormed", "overran",
                 "hit", "fire")
# The lead names the event's place only by kind: "a village in western Uganda", "an army post in the far north"
UNNAMED_SITE = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:post|outpost|village|town|camp|base|market|"
                          r"mine|settlement|hamlet)\s+(?:in|near|on|along)\b")
_SITE_WORDS = ("post", "village", "town", "camp", "base", "market", "mine", "settlement", "hamlet")
# The lead's unnamed site named again by its kind with where it stands: "an army camp in the north" …
# "the wall of the camp on the edge of X", "the base outside X" (SITE: the lead's site word)
_SITE_AT = r"\bthe\s+(?:[a-z-]+\s+)?SITEs?\s+(?:on\s+the\s+(?:edge|outskirts)\s+of|in|at|near|outside)\s+" \
           r"(?:the\s+(?:town|village|settlement)\s+of\s+)?(" + _NAME + r")"

# "the village, around 15 km from the town of X in Y prefecture": the site lies in Y (X is only a landmark)
_SITE_FROM = r"\bthe\s+(?:[a-z-]+\s+)?SITE,?\s+(?:some\s+|about\s+|around\s+|roughly\s+)?\d[^.;]{0,50}?\b" \
             r"(?:from|of)\s+(?:the\s+(?:town|village|city|settlement)\s+of\s+)?" + _NAME + r"\s+in\s+(" + _NAME + r")"


def name_site(text: str, lead: tuple[int, int] | None, mentions: list[PlaceMention],
              main: PlaceMention | None) -> tuple[PlaceMention | None, list[PlaceMention]]:
    """`named_later`, and the broad place the lead put the unnamed site in ("a village in western
    Uganda") read as that site: the figures of the lead are the site's."""
    site, named = named_later(text, lead, mentions, main)
    if site is None or named is main:
        return main, mentions
    out = []
    for m in mentions:
        if site.end() <= m.start <= site.end() + 30 and m.rank < named.rank and \
                m.place.country in ("", named.place.country) and not m.source:
            m = named._replace(start=m.start, end=m.end, after_in=True, container=False, possessive=False)
        out.append(m)
    return named, out


def named_later(text: str, lead: tuple[int, int] | None, mentions: list[PlaceMention],
                main: PlaceMention | None) -> tuple[re.Match | None, PlaceMention | None]:
    """A lead that puts the event in an unnamed site of a broad place ("a village in western
    Uganda", "an army post in Benin's far north") takes the site the next paragraph names as the
    event's target or the place where it struck ("struck X village in Y district", "the assault
    on the X post")."""
    if main is None or lead is None or (main.rank >= 3 and not main.dateline and not main.reference):
        return None, main
    end = lead[1]
    site = UNNAMED_SITE.search(text, 0, end) if may_hold(text[:end], _SITE_WORDS) else None
    if site is None:
        return None, main
    stop = next_paragraph_end(text, end)  # the paragraph after the lead
    targets = {m.start(1) for m in TARGET.finditer(text, site.end(), stop)} \
        if may_hold(text[site.end():stop], TARGET_WORDS) else set()
    if may_hold(text[site.end():stop], TARGET_WORDS[:6]):
        targets |= {m.start(1) for m in STRUCK_NEAR.finditer(text, site.end(), stop)}
    kind = next((w for w in _SITE_WORDS if w in site.group(0).split()), "")
    if kind and kind in text[site.end():stop]:
        targets |= {m.start(1) for m in re.compile(_SITE_AT.replace("SITE", kind)).finditer(text, site.end(), stop)}
        targets |= {m.start(1) for m in re.compile(_SITE_FROM.replace("SITE", kind)).finditer(text, site.end(), stop)}
    for m in mentions:
        if m.start in targets and m.place.kind != "country" and not m.source and \
                m.place.country in ("", main.place.country):
            return site, m._replace(reference=False)
    return site, main


# "near the border with Niger", "90 km from the frontier with Cameroon": the country over the border
_BORDER_WITH = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.IGNORECASE)


def across_border(text: str, start: int) -> bool:
    """The name at `start` is the country across a border from the place being described."""
    return "with" in text[max(0, start - 30) : start] and _BORDER_WITH.search(text, max(0, start - 30), start) is not None
