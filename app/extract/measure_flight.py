"""Flight words ("fled", "sought refuge"): refugees when the people left the country, displaced
when they stayed; and the tracked state an article is about (its "home")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from app.extract.tokens import Term, TermList

_ABROAD = re.compile(r"\s+(?:abroad|overseas|the\s+country\b|across\s+(?:the\s+|a\s+)?(?:border|frontier))",
                     re.IGNORECASE)
_FLIGHT_WINDOW = re.compile(r"[^.;:!?\n]{0,90}")
_OVER_BORDER = re.compile(r"\b(?:across|over)\s+(?:the|a|its|their)\s+(?:borders?|frontiers?)\b|"
                          r"\b(?:neighbou?ring|other|another|foreign)\s+"
                          r"(?:countries|country|states|nations)\b", re.IGNORECASE)
_COUNTRY_NAME = r"(?:[Tt]he\s+)?(?:neighbou?ring\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_DESTINATION = re.compile(rf"\b(?:to|into|towards?|for)\s+{_COUNTRY_NAME}")
_IN_DESTINATION = re.compile(rf"\b(?:in|to|into)\s+{_COUNTRY_NAME}")
_NEXT_NAME = re.compile(rf"\s+{_COUNTRY_NAME}")
_REFUGE_WORDS = ("refuge", "sanctuary", "safety", "shelter")
# "taken refuge in eastern Chad": a part of a country, abroad unless it is the article's own
_COMPASS_DESTINATION = re.compile(
    r"\b(?:in|to|into|towards?)\s+(?:the\s+)?(?:(?:north|south)-?(?:east|west)(?:ern)?|"
    r"(?:north|south|east|west)(?:ern)?|central|far)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")

# A state's own forces: "Mali's army", "the Congolese army", "Burkina Faso's military", "Sudanese troops".
# The pattern \b(?:The\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?\s+(?:own\s+)?FORCES\b, written to
# open with one character class, which the regex engine scans for fast (twice as fast over an
# article): the capital is taken first, then "he …" after a "T", else the rest of the name; the name
# is group 1, or the capital and group 2 (see _army_name).
_FORCES = r"\s+(?:own\s+)?(?:army|military|armed\s+forces|soldiers|troops)\b"
_ARMY = re.compile(rf"[A-Z](?<=\b.)(?:(?<=T)he\s+([A-Z][\w.-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?{_FORCES}|"
                   rf"([\w.-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s)?{_FORCES})")

# a longer country's name around a state's: "Papua New Guinea", "Guinea-Bissau", "South Sudan"
_LONGER_BEFORE = re.compile(r"(?:south|north|new|equatorial|western)[ -]$")


def _named(low: str, name: str) -> int:
    """How often the lower-cased text names the state `name` itself, not inside a longer country's name."""
    count, at = 0, low.find(name)
    while at >= 0:
        end = at + len(name)
        if not _LONGER_BEFORE.search(low, max(0, at - 12), at) and not low.startswith("-bissau", end):
            count += 1
        at = low.find(name, end)
    return count


# "Bangladesh hosts about 1 million Rohingya who fled …": a country hosting them, named before the count
_HOST_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:now\s+|still\s+|currently\s+)?(?:hosts|"
                          r"is\s+hosting|has\s+hosted|hosted|is\s+sheltering)\s+[^.;:!?\n]{1,60}$")
_UNDER_ORDER = re.compile(r"\s+under\s+(?:an?\s+|the\s+)?(?:mandatory\s+)?evacuation", re.IGNORECASE)


def _army_name(m: re.Match) -> str:
    return m.group(1) if m.group(1) is not None else m.group()[0] + m.group(2)


_THE_ARMY = re.compile(r"\b[Tt]he\s+(?:army|military|armed\s+forces|junta|military\s+government)\b")


def _first_at(low: str, key: str, term_start: int | None) -> int:
    """Where `key` is first named: its first lexicon hit or first occurrence in the text."""
    found = low.find(key)
    starts = [p for p in (found if found >= 0 else None, term_start) if p is not None]
    return min(starts, default=len(low))


class FlightReader:
    """Reads where people who fled went, against the article's parties and countries."""

    def __init__(self, sides: dict[str, str], is_country: Callable[[str], bool],
                 country_of: Callable[[str], str | None]) -> None:
        self._sides = sides
        self._is_country = is_country
        self._country_of = country_of
        self._states: set[str] | None = None

    def home(self, text: str, sides: TermList) -> str | None:
        """The tracked state the article names most ("Sudan", "Ethiopian"), or None."""
        if self._states is None:
            self._states = {k for k in set(self._sides.values()) if self._is_country(k.title())}
        low = text.lower()
        raw = {k: low.count(k.replace("-", " ")) for k in self._states}  # "burkina-faso": "Burkina Faso"
        # "niger" is counted in "nigeria" too, "sudan" in "south sudan": those are the longer name's
        counts = Counter({k: n - sum(raw[o] for o in self._states if o != k and k in o) if n else 0
                          for k, n in raw.items()})
        counts.update(t.key for t in sides.terms if t.key in self._states)
        top = max(counts.values(), default=0)
        if not top:
            return None
        tied = [k for k, n in counts.items() if n == top]
        if len(tied) == 1:
            return tied[0]
        # A tie goes to the state named first, not to the set's (hash-seeded) order.
        first = {t.key: t.start for t in reversed(sides.terms) if t.key in tied}
        return min(tied, key=lambda k: (_first_at(low, k, first.get(k)), k))

    def army(self, text: str, sides: TermList) -> str | None:
        """The tracked state whose own forces the article names most ("Mali's army", "the Congolese
        army", "Burkina Faso's military"), when it names one state's only; when it names none but
        "the army", the state the article is about."""
        if self._states is None:
            self._states = {k for k in set(self._sides.values()) if self._is_country(k.title())}
        counts: Counter[str] = Counter()
        for m in _ARMY.finditer(text):
            name = _army_name(m).lower()
            key = name.replace(" ", "-") if name.replace(" ", "-") in self._states else self._sides.get(name)
            if key in self._states:
                counts[key] += 1
        if len(counts) == 1:
            return next(iter(counts))
        if not counts and _THE_ARMY.search(text):  # "the army said …" in a story plainly about one state
            return self._clear_home(text, sides)
        return None

    def _clear_home(self, text: str, sides: TermList) -> str | None:
        """The home state when the article names it more than twice as often as any other."""
        low = text.lower()
        counts = Counter({k: _named(low, k.replace("-", " ")) for k in self._states})
        counts.update(t.key for t in sides.terms if t.key in self._states)
        ranked = counts.most_common(2)
        if not ranked or not ranked[0][1] or len(ranked) > 1 and ranked[1][1] * 2 >= ranked[0][1]:
            return None
        return ranked[0][0]

    def measure(self, text: str, term: Term, sides: TermList | None = None) -> str:
        """Refugees when "abroad", a border, a neighbouring or other country, or a country's name
        as the destination follows ("fled to Chad", "fled Sudan"), or a country hosts them ("Bangladesh
        hosts 1 million Rohingya who fled …"); displaced otherwise."""
        pos = term.end
        if term.phrase.endswith(" left") and _UNDER_ORDER.match(text, pos):
            return "evacuated"  # "3,000 residents have left under the evacuation order"
        if _ABROAD.match(text, pos):
            return "refugees"
        host = _HOST_BEFORE.search(text, max(0, term.start - 100), term.start) if "host" in \
            text[max(0, term.start - 100) : term.start] else None
        if host is not None and self._is_country_name(host.group(1)):
            return "refugees"
        window = _FLIGHT_WINDOW.match(text, pos).group()
        if _OVER_BORDER.search(window):
            return "refugees"
        names = [m.group(1) for m in _DESTINATION.finditer(window)]
        if term.phrase.endswith(_REFUGE_WORDS):
            names += [m.group(1) for m in _IN_DESTINATION.finditer(window)]
        nxt = _NEXT_NAME.match(window)
        if nxt and not term.phrase.endswith(_REFUGE_WORDS):
            names.append(nxt.group(1))
        if any(self._is_country_name(name) for name in names):
            return "refugees"
        # A part of a country ("eastern Chad", "Thailand's border camps") is abroad unless it is
        # a part of the article's own country ("into Sudan's breadbasket").
        parts = [n[:-2] for n in names if n.endswith(("'s", "’s"))]
        parts += [re.split(r"['’]s ", n, 1)[0] for n in names if "s " in n and re.search(r"['’]s ", n)]  # "Niger's Maradi region"
        if "ern " in window or "entral " in window:
            parts += [m.group(1) for m in _COMPASS_DESTINATION.finditer(window)]
        parts = [name for name in parts if self._is_country_name(name)]
        if parts:
            home = self.home(text, sides) if sides is not None else None
            if any(name.lower() != home for name in parts):
                return "refugees"
        if names and sides is not None and self._abroad_town(names, sides):
            return "refugees"
        return "displaced"

    def returned_from_abroad(self, text: str, term: Term) -> bool:
        """A return word followed by the country the people came back from: "returned from Iran"."""
        nxt = _NEXT_NAME.match(text, term.end)
        return nxt is not None and self._is_country_name(nxt.group(1))

    def _abroad_town(self, names: list[str], sides: TermList) -> bool:
        """A destination town in a country that is none of the article's parties: "fled across the
        river into Mae Sot" in an article about Myanmar."""
        if self._states is None:
            self._states = {k for k in set(self._sides.values()) if self._is_country(k.title())}
        parties = {self._country_of(k.title()) for k in {t.key for t in sides.terms} & self._states}
        parties.discard(None)
        if not parties:
            return False
        for name in names:
            code = self._country_of(name)
            if code is not None and code not in parties:
                return True
        return False

    def _is_country_name(self, name: str) -> bool:
        """The longest leading run of `name` that is a country: "South Sudan", "Chad Lake" → Chad."""
        words = name.split()
        return any(self._is_country(" ".join(words[:k])) for k in range(len(words), 0, -1))
