"""What a claim subject looks like on its own — pronoun, "its …", "the …", title words — read once
per distinct phrase, since "the ministry said" and "he said" recur within and across articles."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract.claim_honorifics import REPORT_BY
from app.extract.people import NAME_TOKEN as _NAME_TOKEN

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group"}
# … "the London-based observatory": a body described by where it is based
DEFINITE = re.compile(r"^the\s+((?:[a-z]+\s+|[A-Z][a-z]+-(?:based|backed|led|run|funded)\s+)?[A-Za-z]+)$", re.IGNORECASE)
LONG_PROPER = re.compile(r"^the\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){1,3}\s+[a-z][\w'’-]*$")  # "the UN rights office"
# "according to her office": the person's own office speaks for them
PERSON_OFFICE = frozenset(("his office", "her office"))
POSSESSIVE_PRONOUN = re.compile(r"^(?:its|their)\s+(.+)$", re.IGNORECASE)
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Sheikh Prof Pa".split())
NAME_TOKEN_RE = re.compile(_NAME_TOKEN)
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,8}")
_DESCRIBED_BODIES = frozenset("operator broadcaster company firm agency utility carrier monitor network "
                              "charity organisation organization group".split())
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "du", "del", "della", "di", "van", "von"})
PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|abu|bin|ibn|de|da|van|von|du)-[A-Z][\w'’-]*")  # "al-Ferjani"
_RANK_ABBREVIATION = re.compile(r"(?:Lt|Col|Gen|Maj|Capt|Cpt|Sgt|Brig|Adm|Cmdr|Cdr|Lt\.-Col|Gov|Sen|Rep|Dr)\.")
_LOCATIVES = frozenset("in at of from near outside inside across".split())
_LIMIT = 50_000  # distinct phrases kept; the cache starts over past this


class Shape(NamedTuple):
    """A subject phrase as `NameResolver._resolve` reads it, before looking at the article."""

    np: str  # without "a report by": the phrase resolved
    memo_ok: bool  # the answer for the phrase as given depends on the phrase alone
    honorific_rest: str | None  # "Mr Singh" → "Singh"
    bare_noun: bool  # "bureau": a lower-case head noun, read as "the bureau"
    words: tuple[str, ...]
    low: str
    owner_rest: str | None  # "its foreign ministry" → "foreign ministry"
    definite: str | None  # "the health ministry" → "health ministry"
    long_proper: bool  # "the UN rights office"
    title_words: tuple[str, ...]  # the title phrases in it, lower case, single-spaced


class Shapes:
    """Shapes of subject phrases, each worked out once (they depend on the vocabulary only)."""

    def __init__(self, title_re: re.Pattern[str], titles, nouns: set[str], not_names: frozenset[str],
                 looks_like_name) -> None:
        self._title_re, self._titles, self._nouns, self._not_names = title_re, titles, nouns, not_names
        self._looks_like_name = looks_like_name
        self._known: dict[str, Shape] = {}
        self._trailing: dict[str, str | None] = {}

    def of(self, given: str) -> Shape:
        shape = self._known.get(given)
        if shape is None:
            if len(self._known) > _LIMIT:
                self._known.clear()
                self._trailing.clear()
            shape = self._known[given] = self._read(given)
        return shape

    def _read(self, given: str) -> Shape:
        memo_ok = given.lower() not in PRONOUNS and given.lower() not in PERSON_OFFICE and not POSSESSIVE_PRONOUN.match(given) and \
            not DEFINITE.match(given) and not LONG_PROPER.match(given) and not self._title_re.search(given) and \
            given not in self._nouns
        by = REPORT_BY.match(given)
        np = by.group(1) if by else given
        honorific, _, rest = np.partition(" ")
        owner = POSSESSIVE_PRONOUN.match(np)
        definite = DEFINITE.match(np)
        return Shape(
            np=np, memo_ok=memo_ok,
            honorific_rest=rest if honorific.rstrip(".") in HONORIFICS and self._looks_like_name(rest) else None,
            bare_noun=np in self._nouns and np.islower() and not np.endswith("s"),
            words=tuple(np.split()), low=np.lower(),
            owner_rest=owner.group(1) if owner else None,
            definite=definite.group(1) if definite else None,
            long_proper=LONG_PROPER.match(np) is not None,
            title_words=tuple(" ".join(t.group().lower().split()) for t in self._title_re.finditer(np)),
        )

    def trailing_name_of(self, shape: Shape) -> str | None:
        """The trailing name of the phrase's own words, worked out once."""
        name = self._trailing.get(shape.np, False)
        if name is False:
            name = self._trailing[shape.np] = self.trailing_name(shape.words)
        return name

    def trailing_name(self, words) -> str | None:
        """ "Mayor Anatoliy Fedoruk" → "Anatoliy Fedoruk"; "the UN refugee agency UNHCR" → "UNHCR"."""
        run: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if (NAME_TOKEN_RE.fullmatch(w) or PARTICLE_NAME.fullmatch(w)) and w not in self._not_names \
                    and not self._titles.get(w.lower()) or run and _INITIALS.fullmatch(w):  # "V. Anitha Menon"
                run.insert(0, w)
            elif run and w in _NAME_PARTICLES and i and NAME_TOKEN_RE.fullmatch(words[i - 1]) and \
                    words[i - 1] not in self._not_names and not self._titles.get(words[i - 1].lower()):
                run.insert(0, w)  # "director Joaquim da Costa Belo"
            else:
                break
        if run and PARTICLE_NAME.fullmatch(run[0]):
            return None
        if run and len(run) < len(words):
            if words[len(words) - len(run) - 1].lower() in _LOCATIVES:
                return None  # "the civil defence agency in Gaza": a place, not the agency's name
            # "Lt. Col. Dana Amitai": abbreviated ranks are titles
            prefix = [w.lower() if not _RANK_ABBREVIATION.fullmatch(w) else "commander"
                      for w in words[: len(words) - len(run)]]
            if all(p.islower() or p in ("the",) or self._titles.get(p) for p in prefix) or \
                    self._titles.get(prefix[-1]) or prefix[-1] in ("adviser", "advisor", "aide"):
                if all(w[0].islower() or w.lower() in self._titles or w.lower() == "the" or w.endswith(("'s", "’s")) or w[:1].isupper() or w.isdigit()  # "Rescue 1122 spokesman X"
                       for w in words[: len(words) - len(run)]):
                    if any(self._titles.get(p) or p in ("adviser", "advisor", "aide", "agency", "chief") for p in prefix):
                        return " ".join(run)
            head = words[: len(words) - len(run)]
            if len(head) >= 2 and all(w.islower() for w in head) and head[0] not in ("a", "an", "the") and \
                    head[-1] in _DESCRIBED_BODIES:
                return " ".join(run)  # "state railway operator Ukrzaliznytsia": the body's name
        if len(words) == 1 and _ACRONYM_WORD.fullmatch(words[0]):
            return None
        if len(run) == len(words) and self._looks_like_name(" ".join(run)):
            return " ".join(run)
        acronym = words[-1]
        if len(words) > 1 and _ACRONYM_WORD.fullmatch(acronym) and words[-2][0].islower() and \
                acronym not in ("TV", "FM", "AM") and \
                not self._titles.get(acronym.lower()):  # "the CS": a title written short, not a body
            return acronym
        return None
