"""Who asserts a figure: claim verbs ("said", "according to"), with "he" / "the mayor" resolved to a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.vocab import Vocabulary, phrase_pattern

_NAME_TOKEN = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*"
_NAME_RUN = re.compile(rf"\b{_NAME_TOKEN}(?:\s+(?:de|van|von|al-|el-|bin|ibn)?\s*{_NAME_TOKEN}){{1,3}}\b")
_FUNCTION_WORDS = frozenset(
    "The A An In On At By But And Or For Of As If When While After Before Since Until Across Among "
    "Some Many Most More About Over Under Nearly Almost Around Hundreds Thousands Dozens Millions "
    "St Saint Church Mount Lake Cape Port Fort Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November December "
    "This That These Those It He She They We I You Read Share Follow Caption Photo Video".split()
)
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "group", "we": "group"}
_LEADING = re.compile(
    r"^(?:(?:and|but|also|then|later|earlier|separately|meanwhile|however|so|as|while|"
    r"although|though|when|after|before|that|which|where|who|whose|whom)\b[\s,]*)+",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+(?:also|later|earlier|previously|has|have|had|had\s+earlier|has\s+also|have\s+also|"
    r"on\s+\w+|last\s+\w+|this\s+\w+|in\s+a\s+statement|separately|again|further|would|will|"
    r"could|did|does|do|not|publicly|officially|now|then|initially|told\s+\w+))+\s*$",
    re.IGNORECASE,
)
_VERB_START = re.compile(r"^(?:is|are|was|were|has|have|had|be|been|being|will|would)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"^the\s+((?:[a-z]+\s+)?[A-Za-z]+)$", re.IGNORECASE)
_HEADLINE_SOURCE = re.compile(r"^\s*([A-Z][\w.'’ -]{1,40}?):\s")
_RELATIVE = re.compile(r"\s+(?:that|who|which|whose)\s.*$", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)?")
_POSSESSIVE_SOURCE = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.-]*)['’]s\s+(?:latest\s+|own\s+|new\s+|official\s+|"
    r"daily\s+)?(?:figures|data|tally|tallies|breakdown|count|estimate|estimates|report|statistics|"
    r"numbers|toll)\b"
)


@dataclass(slots=True)
class Mention:
    """A person named in the article, with the titles seen next to the name."""

    start: int
    name: str
    titles: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Claim:
    start: int  # where the claim verb is
    end: int
    claimant: str | None


class ClaimantFinder:
    """Finds claims in sentences and resolves pronouns and titles against the people in the article."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._verb_re = phrase_pattern(vocab.claim_verbs)
        self._denial_re = phrase_pattern(vocab.denial_verbs)
        self._titles = vocab.titles
        self._title_re = phrase_pattern(vocab.titles)
        self._org_words = set(vocab.org_words)
        self._not_names = _FUNCTION_WORDS | self._org_words
        self._nouns = set(vocab.claimant_nouns)

    # --- people in the article -------------------------------------------------------------
    def people(self, text: str, is_place) -> list[Mention]:
        """Every person-like name in order, with the title words found around it."""
        out: list[Mention] = []
        for m in _NAME_RUN.finditer(text):
            tokens = m.group().split()
            while tokens and (tokens[0] in self._not_names or self._titles.get(tokens[0].lower())):
                tokens = tokens[1:]
            if len(tokens) < 2 or any(t in self._org_words for t in tokens):
                continue
            name = " ".join(tokens)
            if is_place(name) or is_place(tokens[0]):
                continue
            around = text[max(0, m.start() - 60) : min(len(text), m.end() + 40)]
            titles = {self._titles[" ".join(t.group().lower().split())]
                      for t in self._title_re.finditer(around)}
            titles |= {t.group().lower() for t in self._title_re.finditer(around)}
            out.append(Mention(m.start() + m.group().find(tokens[0]), name, titles))
        return out

    def _person_by_surname(self, people: list[Mention], word: str) -> str | None:
        for person in people:
            if person.name.split()[-1] == word or person.name == word:
                return person.name
        return None

    def _person_by_title(self, people: list[Mention], title_words: list[str], pos: int) -> str | None:
        wanted = set(title_words)
        before = [p for p in people if p.start < pos and wanted & p.titles]
        if before:
            return before[-1].name
        after = [p for p in people if p.start >= pos and wanted & p.titles]
        return after[0].name if after else None

    # --- claims in a sentence --------------------------------------------------------------
    def claims(self, text: str, start: int, end: int, people: list[Mention],
               previous: list[Claim], headline: bool = False) -> list[Claim]:
        out: list[Claim] = []
        if headline:
            src = _HEADLINE_SOURCE.match(text, start, end)
            if src:
                out.append(Claim(src.start(1), src.end(1), src.group(1).strip()))
        for m in self._verb_re.finditer(text, start, end):
            verb = " ".join(m.group().lower().split())
            if verb.startswith("according to") or verb in ("citing", "quoting", "figures from",
                                                           "data from", "a statement from"):
                np = self._np_after(text, m.end(), end)
            else:
                np = self._np_before(text, start, m.start())
                if np is None and text[m.end() : m.end() + 1] in " ":
                    np = self._np_after_inverted(text, m.end(), end)
            if np is None:
                continue
            claimant = self._resolve(np, text, m.start(), people, out + previous)
            out.append(Claim(m.start(), m.end(), claimant))
        for m in _POSSESSIVE_SOURCE.finditer(text, start, end):
            src = m.group(1)
            if not src.split()[0] in self._not_names:
                out.append(Claim(m.start(), m.end(), src))
        out.sort(key=lambda c: c.start)
        return [c for c in out if c.claimant]

    def denials(self, text: str, start: int, end: int, people, previous) -> list[Claim]:
        out = []
        for m in self._denial_re.finditer(text, start, end):
            np = self._np_before(text, start, m.start())
            if np:
                out.append(Claim(m.start(), m.end(), self._resolve(np, text, m.start(), people, previous)))
        return out

    def _np_before(self, text: str, start: int, verb_start: int) -> str | None:
        segment = text[start:verb_start]
        cut = max(segment.rfind(";"), segment.rfind("\""), segment.rfind("“"), segment.rfind("”"),
                  segment.rfind("—"), segment.rfind(":"))
        if cut >= 0:
            segment = segment[cut + 1 :]
        segment = _TRAILING.sub("", segment.rstrip())
        parts = [p.strip() for p in segment.split(",")]
        while parts and not parts[-1]:
            parts.pop()
        if not parts:
            return None
        np = _LEADING.sub("", parts[-1]).strip()
        if np.split(" ", 1)[0].lower() in ("that", "which") and len(parts) == 1:
            return None
        np = _RELATIVE.sub("", np)
        np = _PAREN.sub("", np).strip()
        if len(parts) >= 2 and self._is_title_phrase(np):
            name = _LEADING.sub("", parts[-2]).strip()
            if self._looks_like_name(name):
                return name
        if not np or len(np.split()) > 7 or not self._plausible(np) or self._verb_re.search(np) \
                or re.search(r"\d", np) or _VERB_START.match(np):
            return None
        return np

    def _np_after_inverted(self, text: str, pos: int, end: int) -> str | None:
        segment = text[pos:end]
        m = re.match(rf"\s+((?:the\s+)?(?:[\w'’-]+\s+){{0,6}}?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)", segment)
        if not m:
            return None
        np = m.group(1)
        before = text[max(0, pos - 80) : pos - len(text[pos - 10 : pos].split()[-1]) if False else pos]
        if not re.search(r"[,\"”]\s*\w+$", before):
            return None
        return np if self._plausible(np) else None

    def _np_after(self, text: str, pos: int, end: int) -> str | None:
        segment = text[pos:end]
        segment = re.split(r"[,;:.](?:\s|$)|\s[—–]\s|\s(?:which|who|that)\s", segment, maxsplit=1)[0]
        np = _PAREN.sub("", segment).strip()
        return np or None

    def _is_title_phrase(self, np: str) -> bool:
        words = np.lower().split()
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        head = " ".join(words)
        return any(head.startswith(t) or f" {t}" in head for t in self._titles) and not self._looks_like_name(np)

    def _looks_like_name(self, np: str) -> bool:
        tokens = np.split()
        return 1 <= len(tokens) <= 4 and all(re.fullmatch(_NAME_TOKEN, t) for t in tokens) and \
            not any(t in self._not_names for t in tokens)

    def _plausible(self, np: str) -> bool:
        words = np.split()
        if not words:
            return False
        low = [w.lower().strip("'’s") for w in words]
        if low[-1] in _PRONOUNS or low[0] in _PRONOUNS and len(low) == 1:
            return True
        if any(w[0].isupper() for w in words):
            return True
        return any(w in self._nouns or w in self._titles for w in low) or " ".join(low) in self._titles

    def _resolve(self, np: str, text: str, pos: int, people: list[Mention], claims: list[Claim]) -> str | None:
        words = np.split()
        low = np.lower()
        if low in _PRONOUNS:
            if _PRONOUNS[low] == "person":
                before = [p for p in people if p.start < pos]
                return before[-1].name if before else None
            for claim in reversed(claims):
                if claim.start < pos and claim.claimant:
                    return claim.claimant
            return None
        definite = _DEFINITE.match(np)
        if definite:
            head = definite.group(1).lower()
            for claim in reversed(claims):
                full = (claim.claimant or "").lower()
                if claim.start < pos and full != np.lower() and len(full) > len(np) and \
                        (full.endswith(" " + head) or f" {head.split()[-1]} " in f" {full} "):
                    return claim.claimant
        name = self._trailing_name(words)
        if name:
            if len(name.split()) == 1:
                return self._person_by_surname(people, name) or name
            return name
        title_words = [" ".join(t.group().lower().split()) for t in self._title_re.finditer(np)]
        title_tokens = {w for t in title_words for w in t.split()}
        rest = [w for w in words if w.lower() not in title_tokens]
        if title_words and not any(w in self._org_words for w in rest) and \
                not any(w.lower() in self._nouns for w in rest):
            keys = title_words + [self._titles[t] for t in title_words if t in self._titles]
            person = self._person_by_title(people, keys, pos)
            if person:
                return person
        return np

    def _trailing_name(self, words: list[str]) -> str | None:
        """ "Mayor Anatoliy Fedoruk" → "Anatoliy Fedoruk"; "the UN refugee agency UNHCR" → "UNHCR"."""
        run: list[str] = []
        for w in reversed(words):
            if re.fullmatch(_NAME_TOKEN, w) and w not in self._not_names and not self._titles.get(w.lower()):
                run.insert(0, w)
            else:
                break
        if run and len(run) < len(words):
            prefix = [w.lower() for w in words[: len(words) - len(run)]]
            if all(p.islower() or p in ("the",) or self._titles.get(p) for p in prefix) or \
                    self._titles.get(prefix[-1]) or prefix[-1] in ("adviser", "advisor", "aide"):
                if all(w[0].islower() or w.lower() in self._titles or w.lower() == "the" or w.endswith(("'s", "’s")) or w[:1].isupper() for w in words[: len(words) - len(run)]):
                    if any(self._titles.get(p) or p in ("adviser", "advisor", "aide", "agency", "chief") for p in prefix):
                        return " ".join(run)
        if len(words) == 1 and re.fullmatch(r"[A-Z]{2,8}", words[0]):
            return None
        if len(run) == len(words) and self._looks_like_name(" ".join(run)):
            return " ".join(run)
        acronym = words[-1]
        if len(words) > 1 and re.fullmatch(r"[A-Z]{2,8}", acronym) and words[-2][0].islower():
            return acronym
        return None
