"""A town named short after it was named in full: "Jaboatão dos Guararapes … In Jaboatão, 11 were
buried" is Jaboatão dos Guararapes; "Totolapan" in a headline over "San Miguel Totolapan" in the body."""

from __future__ import annotations

from app.extract.place_mention import ArticlePlaces

_MIN_SHORT = 4
# Words that make a longer name another level or a facility, not the town's full name ("Odesa region")
_NOT_NAME = frozenset(
    "state county province region district prefecture governorate oblast department township tehsil taluka "
    "taluk parish municipality commune regency subdistrict division city town village camp crossing valley "
    "highlands hills border airport port area territory road north south east west new nova novo novaya old upper "
    "lower greater little big grand".split())


def _fuller(short: str, name: str) -> bool:
    if name.startswith(short + " "):
        extra = name[len(short) + 1 :].split()
    elif name.endswith(" " + short):
        extra = name[: -len(short) - 1].split()
    else:
        return False
    return not any(w.lower() in _NOT_NAME or (w.isupper() and len(w) > 1) for w in extra)


def full_names(places: ArticlePlaces) -> dict[str, str]:
    """Short town names mapped to the one longer town name of the same country that they begin or end."""
    towns = {}
    for m in places.mentions:
        if m.place.kind == "city" and not m.source and not m.dateline:
            towns.setdefault(m.surface, m.place.country)
    longer: dict[str, set[str]] = {}
    for short, country in towns.items():
        if len(short) < _MIN_SHORT:
            continue
        for name, cc in towns.items():
            if cc == country and _fuller(short, name):
                longer.setdefault(short, set()).add(name)
    return {short: names.pop() for short, names in longer.items() if len(names) == 1}
