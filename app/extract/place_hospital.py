"""The town of a hospital or morgue the wounded or dead were taken to ("taken to the Civil Hospital
in X", "flown to hospitals in X", "treated at the X Medical Centre", "the morgue in X") is not their
place: the wounded and the dead keep the place where it happened to them (GUIDELINES "Place")."""

from __future__ import annotations

import re

from app.extract.place_mention import PlaceMention

# Words one of which stands in the stretch before a hospital's town
_WORDS = ("hospital", "medical", "clinic", "morgue", "mortuary", "infirmary", "health", "burn", "trauma")
_CARE = (r"(?:hospitals?|medical\s+(?:cent(?:er|re)|college|complex)s?|clinics?|morgues?|mortuar(?:y|ies)|"
         r"infirmar(?:y|ies)|health\s+(?:complex|cent(?:er|re)|post)s?|burns?\s+units?|trauma\s+cent(?:er|re)s?)")
# "taken to the Civil Hospital in X", "flown by helicopter to hospitals in X and Y", "in hospital in X"
_AT_TOWN = re.compile(
    r"(?:\b(?:taken|flown|airlifted|transferred|evacuated|rushed|moved|carried|brought|referred|admitted|"
    r"transported|sent|driven|ferried|treated|treatment|condition)\b[^.;:]{0,90}?\b(?:to|into|at)\s+(?:[^.;:]{0,50}?\s)?|"
    r"\bin\s+)" + _CARE + r"(?:\s+in|,)\s+(?:the\s+(?:\w+\s+)?(?:city|town)\s+of\s+|"
    r"the\s+(?:\w+\s+)?(?:capital|city|town),?\s+|the\s+)?"  # "in the regional capital, Belgorod"
    r"(?:[A-Z][\w'-]*\s+(?:and|or)\s+)?$", re.IGNORECASE)
# "… the district hospital received 17 wounded, nine of whom were taken by ambulance to X": the wounded
# moved on to another town (a care word stands in the stretch before)
_MOVED_TO = re.compile(r"\b(?:taken|flown|airlifted|transferred|rushed|referred|transported|driven|ferried)"
                       r"\s+(?:[a-z-]+\s+){0,3}?(?:by\s+(?:ambulance|helicopter|road|air|plane)s?\s+)?to\s+"
                       r"(?:the\s+(?:\w+\s+)?(?:city|town|capital)\s+(?:of\s+)?)?$", re.IGNORECASE)
_SPAN = 140


def stretch_before(text: str, m: PlaceMention, words: tuple[str, ...]) -> str | None:
    """The stretch of text before `m` in which a hospital's or a shelter's town is named, when one
    of `words` stands in it (None otherwise: no pattern need be tried)."""
    before = text[max(0, m.start - _SPAN) : m.start]
    low = before.lower()
    return before if any(w in low for w in words) else None


# "…, where their condition was described as stable", "for treatment": the town where they are cared for
_CARED_AFTER = re.compile(r"[^.;]{0,40}?\b(?:condition|treatment|treated|stable|surgery|intensive\s+care)\b",
                          re.IGNORECASE)


# "remained at the X municipal hospital", "died in X District Hospital": the town names the hospital the
# people were cared for or died in
_HOSPITAL_AFTER = re.compile(r"(?:\s+(?:[a-z]+|[A-Z][a-z]+)){0,2}\s+(?:[Hh]ospital|[Cc]linic|[Mm]orgue|[Hh]ealth\s+[Cc]ent(?:er|re)|"
                             r"[Mm]edical\s+[Cc]ent(?:er|re))\b")
_CARED_BEFORE = re.compile(r"\b(?:remained|remain|remains|admitted|treated|taken|brought|rushed|transferred|receiving|"
                           r"recovering|hospitali[sz]ed|died|being\s+treated)\s+(?:[a-z]+\s+){0,3}?(?:at|in|to)\s+"
                           r"(?:the\s+)?$")


def care_town(text: str, m: PlaceMention) -> bool:
    """`m` names the town of a hospital or morgue, not where people were hurt or killed."""
    if _HOSPITAL_AFTER.match(text, m.end) and _CARED_BEFORE.search(text, max(0, m.start - 60), m.start):
        return True
    before = stretch_before(text, m, _WORDS)
    if before is None:  # "airlifted to X, where their condition was stable": no care word before
        return _MOVED_TO.search(text, max(0, m.start - 80), m.start) is not None and \
            _CARED_AFTER.match(text, m.end) is not None
    return _AT_TOWN.search(before) is not None or _MOVED_TO.search(before, max(0, len(before) - 80)) is not None


def drop_care_towns(text: str, inside: list[PlaceMention]) -> list[PlaceMention]:
    """`inside` without hospital and morgue towns (the whole list when nothing else is left is
    not kept: no place is better than the hospital's)."""
    if not text:
        return inside
    return [m for m in inside if m.place.kind == "country" or not care_town(text, m)]
