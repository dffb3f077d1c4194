"""Who asserts a figure: claim verbs ("said", "according to"), with "he" / "the mayor" resolved to a name."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract.aliases import REPORT_BY
from app.extract.people import NAME_TOKEN as _NAME_TOKEN
from app.extract.people import Mention, PeopleFinder
from app.extract.tokens import Term
from app.extract.vocab import Vocabulary, phrase_pattern

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
_HEADLINE_SOURCE = re.compile(r"\s*([A-Z][\w.'’ -]{1,40}?):\s")
_RELATIVE = re.compile(r"\s+(?:that|who|which|whose)\s.*$", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)?")
_POSSESSIVE_SOURCE = re.compile(
    r"\b((?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w.-]*)['’]s\s+(?:latest\s+|own\s+|new\s+|official\s+|"
    r"daily\s+)?(?:figures|data|tally|tallies|breakdown|count|estimate|estimates|report|statistics|"
    r"numbers|toll)\b"
)


_PUBLISH_VERB = re.compile(r"\b(?:published|publishes|gave|gives|released|releases|issued|issues|provided|"
                           r"listed|lists|reported|reports|shared|posted)\b")


# An appositive that describes rather than names: "a Britain-based monitor", "known as the White Helmets"
_DESCRIPTION = re.compile(r"^(?:an?\s|known\s+as\s|also\s+known\s+as\s|one\s+of\s)", re.IGNORECASE)


_POSSESSIVE_PRONOUN = re.compile(r"^(?:its|their)\s+(.+)$", re.IGNORECASE)
_DATA_WORDS = frozenset("figures figure data tally tallies count counts report reports statistics records "
                        "estimate estimates numbers toll tolls monitors staff team teams".split())
_MODIFIED_HEAD = re.compile(r"\b[Tt]he\s+((?:[\w'’-]+\s+){1,4}?)$")
_APPOSED_ACRONYM_AFTER = re.compile(r"(?:\s+[\w'’ -]{0,40}?)?,\s+([A-Z]{3,8}),")
_PARTICIPLES = frozenset(("saying", "adding", "noting", "warning", "insisting", "citing"))
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NAME_TOKEN_RE = re.compile(_NAME_TOKEN)
_ACRONYM_WORD = re.compile(r"[A-Z]{2,8}")
_INVERTED_NP = re.compile(rf"\s+((?:the\s+)?(?:[\w'’-]+\s+){{0,6}}?{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*)")
_AFTER_QUOTE_OR_COMMA = re.compile(r"[,\"”]\s*\w+$")
_NP_AFTER_END = re.compile(r"[,;:.](?:\s|$)|\s[—–]\s|\s(?:which|who|that|show|shows|showed|indicate|indicates|"
                           r"suggest|suggests|say|says|said|put|puts|released|published)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|whose|latest|new|daily|official)\s+$",
                                re.IGNORECASE)


def _is_noun_use(text: str, pos: int, floor: int = 0) -> bool:
    """ "a report", "the statement": a claim word used as a noun, after a determiner."""
    return _DETERMINER_BEFORE.search(text, max(floor, pos - 12), pos) is not None


class Claim(NamedTuple):
    start: int  # where the claim verb is
    end: int
    claimant: str | None


class ClaimantFinder:
    """Finds claims in sentences and resolves pronouns and titles against the people in the article."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._claim_verbs, self._denial_verbs = vocab.claim_verbs, vocab.denial_verbs
        self._verb_re = phrase_pattern(vocab.claim_verbs)
        self._denial_re = phrase_pattern(vocab.denial_verbs)
        self._titles = vocab.titles
        self._title_re = phrase_pattern(vocab.titles)
        self._org_words = set(vocab.org_words)
        self._not_names = _FUNCTION_WORDS | self._org_words
        self._nouns = set(vocab.claimant_nouns)
        self._people = PeopleFinder(vocab, self._not_names)
        self._head_patterns: dict[str, re.Pattern[str]] = {}
        self._np_memo: dict[tuple[str, bool], str | None] = {}

    # --- people in the article -------------------------------------------------------------
    def people(self, text: str, is_place, titles_found=None) -> list[Mention]:
        """Every person named in the article, with the titles seen next to the name."""
        return self._people.find(text, is_place, titles_found)

    def word_lists(self) -> dict[str, tuple[str, ...]]:
        """Claim and denial verbs, for the article's lexicon scan."""
        return {"claim_verbs": self._claim_verbs, "denial_verbs": self._denial_verbs, "titles": self._titles}

    def _verb_terms(self, text: str, start: int, end: int) -> list[Term]:
        return [Term(m.start(), m.end(), "", " ".join(m.group().lower().split()))
                for m in self._verb_re.finditer(text, start, end)]

    def claims(self, text: str, start: int, end: int, people: list[Mention],
               previous: list[Claim], headline: bool = False, verbs: list[Term] | None = None,
               memo: dict[str, str | None] | None = None) -> list[Claim]:
        """Claims in the sentence [start, end); `verbs` are its claim-verb terms when already found."""
        out: list[Claim] = []
        if headline:
            src = _HEADLINE_SOURCE.match(text, start, end)
            if src:
                out.append(Claim(src.start(1), src.end(1), src.group(1).strip()))
        for m in (verbs if verbs is not None else self._verb_terms(text, start, end)):
            verb = m.phrase
            if _is_noun_use(text, m.start, start):
                continue
            if verb.startswith("according to") or verb in ("citing", "quoting", "figures from",
                                                           "data from", "a statement from"):
                np = self._np_after(text, m.end, end)
            else:
                np = self._np_before(text, start, m.start)
                if np is None and verb in _PARTICIPLES:
                    # "He disputed the death toll, saying fewer than 50 had died": the subject
                    first = self._denial_re.search(text, start, m.start) or self._verb_re.search(text, start, m.start)
                    if first is not None and first.start() < m.start:
                        np = self._np_before(text, start, first.start())
                if np is None and text[m.end : m.end + 1] in " ":
                    np = self._np_after_inverted(text, m.end, end)
            if np is None:
                continue
            claimant = self.resolve(np, text, m.start, people,
                                    (lambda complete=True, out=out: out + previous(complete))
                                    if callable(previous) else out + previous, memo)
            out.append(Claim(m.start, m.end, claimant))
        has_possessive = text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0
        for m in _POSSESSIVE_SOURCE.finditer(text, start, end) if has_possessive else ():
            src = m.group(1)
            if not src.split()[0] in self._not_names:
                out.append(Claim(m.start(), m.end(), src))
        out.sort(key=lambda c: c.start)
        return [c for c in out if c.claimant]

    def list_source(self, text: str, start: int, end: int, people: list[Mention],
                    previous: list[Claim]) -> list[Claim]:
        """The source of a table: the subject of "published / gave / released the following …"."""
        out = []
        for m in _PUBLISH_VERB.finditer(text, start, end):
            np = self._np_before(text, start, m.start())
            if np:
                claimant = self.resolve(np, text, m.start(), people, previous)
                if claimant:
                    out.append(Claim(m.start(), m.end(), claimant))
        return out

    def denials(self, text: str, start: int, end: int, people, previous,
                verbs: list[Term] | None = None) -> list[Claim]:
        """Denials in the sentence [start, end); `verbs` are its denial-verb terms when already found."""
        out = []
        if verbs is None:
            verbs = [Term(m.start(), m.end(), "", m.group()) for m in self._denial_re.finditer(text, start, end)]
        for m in verbs:
            np = self._np_before(text, start, m.start)
            if np:
                out.append(Claim(m.start, m.end, self.resolve(np, text, m.start, people, previous)))
            elif _AND_BEFORE.search(text, max(start, m.start - 6), m.start):
                # "It said troops had fired … and disputed the ministry's toll": the sentence's subject
                first = self._verb_re.search(text, start, m.start)
                np = self._np_before(text, start, first.start()) if first else None
                if np:
                    out.append(Claim(m.start, m.end, self.resolve(np, text, first.start(), people, previous)))
        return out

    def _np_before(self, text: str, start: int, verb_start: int) -> str | None:
        """The noun phrase just before a claim verb: "…, the UN Human Rights Monitoring Mission in
        Ukraine said"; appositives ("a Britain-based monitor") and relative clauses give way to
        the name before them. Only the last 250 characters can hold it."""
        segment = text[max(start, verb_start - 250) : verb_start]
        cut = max(segment.rfind(";"), segment.rfind("\""), segment.rfind("“"), segment.rfind("”"),
                  segment.rfind("—"), segment.rfind(":"))
        if cut >= 0:
            segment = segment[cut + 1 :]
        # Only the last three comma-separated parts decide the answer: remember it by them, since
        # "…, the ministry said" recurs across sentences and articles.
        c = len(segment)
        for _ in range(3):
            c = segment.rfind(",", 0, c) if c > 0 else -1
        key = (segment[c + 1 :], c >= 0)
        if key in self._np_memo:
            return self._np_memo[key]
        if len(self._np_memo) > 50_000:
            self._np_memo.clear()
        np = self._np_before_parts(segment)
        self._np_memo[key] = np
        return np

    def _np_before_parts(self, segment: str) -> str | None:
        segment = segment.rstrip()
        cut_at = max(0, len(segment) - 80)  # the trailing words sit at the end: search only there
        segment = segment[:cut_at] + _TRAILING.sub("", segment[cut_at:])
        parts = [p.strip() for p in segment.split(",")]
        while parts and not parts[-1]:
            parts.pop()
        if not parts:
            return None
        first_word = parts[-1].split(" ", 1)[0].lower()
        if first_word in ("that", "which", "who", "whose") and len(parts) == 1:
            return None
        if len(parts) >= 2 and (first_word in ("which", "who", "whose") or _DESCRIPTION.match(parts[-1])):
            # "the Conflict Observatory, a US-funded research group, said" / "X, which tracks …, said"
            name = _LEADING.sub("", parts[-2]).strip()
            if (name and name[0].isupper() or name.lower().startswith("the ")) and \
                    len(name.split()) <= 10 and not _DIGIT.search(name):
                parts = parts[:-1]
        np = _LEADING.sub("", parts[-1]).strip()
        np = _RELATIVE.sub("", np)
        if "(" in np:
            np = _PAREN.sub("", np).strip()
        if len(parts) >= 2 and self._is_title_phrase(np):
            name = _LEADING.sub("", parts[-2]).strip()
            if self._looks_like_name(name):
                return name
        if not np or len(np.split()) > 10 or not self._plausible(np) or self._has_verb(np) \
                or self._denial_re.search(np) \
                or _DIGIT.search(np) or _VERB_START.match(np):
            return None
        return np

    def _has_verb(self, np: str) -> bool:
        """A claim verb inside the phrase, other than a noun after a determiner ("a report")."""
        return any(not _is_noun_use(np, m.start()) for m in self._verb_re.finditer(np))

    def _np_after_inverted(self, text: str, pos: int, end: int) -> str | None:
        segment = text[pos:end]
        m = _INVERTED_NP.match(segment)
        if not m:
            return None
        np = m.group(1)
        before = text[max(0, pos - 80) : pos - len(text[pos - 10 : pos].split()[-1]) if False else pos]
        if not _AFTER_QUOTE_OR_COMMA.search(before):
            return None
        return np if self._plausible(np) else None

    def _np_after(self, text: str, pos: int, end: int) -> str | None:
        segment = text[pos:end]
        segment = _NP_AFTER_END.split(segment, maxsplit=1)[0]
        np = (_PAREN.sub("", segment) if "(" in segment else segment).strip()
        return np or None

    def _is_title_phrase(self, np: str) -> bool:
        words = np.lower().split()
        if words and words[0] in ("the", "a", "an"):
            words = words[1:]
        head = " ".join(words)
        return self._title_re.search(head) is not None and not self._looks_like_name(np)

    def _looks_like_name(self, np: str) -> bool:
        tokens = np.split()
        return 1 <= len(tokens) <= 4 and all(_NAME_TOKEN_RE.fullmatch(t) for t in tokens) and \
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

    def resolve(self, np: str, text: str, pos: int, people: list[Mention], claims: list[Claim],
                memo: dict[str, str | None] | None = None) -> str | None:
        """Who `np` (the words before or after a claim verb at `pos`) names: pronouns, titles and
        "the ministry" are resolved against the article's people and earlier claims. `memo` keeps
        the answers that depend on the phrase alone, for one article."""
        if memo is not None and np in memo:
            return memo[np]
        answer = self._resolve(np, text, pos, people, claims, memo)
        low = np.lower()
        if memo is not None and low not in _PRONOUNS and not _POSSESSIVE_PRONOUN.match(np) and \
                not _DEFINITE.match(np) and not self._title_re.search(np):
            memo[np] = answer
        return answer

    def _resolve(self, np: str, text: str, pos: int, people: list[Mention], claims: list[Claim],
                 memo: dict | None = None) -> str | None:
        by = REPORT_BY.match(np)
        if by:
            np = by.group(1)
        words = np.split()
        low = np.lower()
        if callable(claims):  # only a pronoun needs every earlier claim worked out
            if _PRONOUNS.get(low) == "group" or _POSSESSIVE_PRONOUN.match(np):
                claims = claims(True)
            elif _DEFINITE.match(np):
                claims = claims(False)
            else:
                claims = []
        if low in _PRONOUNS:
            if _PRONOUNS[low] == "person":
                before = [p for p in people if p.start < pos]
                return before[-1].name if before else None
            for claim in reversed(claims):
                if claim.start < pos and claim.claimant:
                    return claim.claimant
            return None
        owner = _POSSESSIVE_PRONOUN.match(np)
        if owner:  # "Its figures" → the body itself; "Its foreign ministry" → "Russia's foreign ministry"
            base = next((c.claimant for c in reversed(claims) if c.start < pos and c.claimant), None)
            if base is None:
                return None
            rest = owner.group(1)
            if rest.split()[-1].lower() in _DATA_WORDS:
                return base
            return f"{base}'s {rest}" if not base.lower().startswith("the ") else f"{base}'s {rest}"
        definite = _DEFINITE.match(np)
        if definite:
            head = definite.group(1).lower()
            low_np = np.lower()
            for claim in reversed(claims[-24:]):  # the bodies quoted lately
                full = (claim.claimant or "").lower()
                if claim.start < pos and full != low_np and len(full) > len(np) and \
                        (full.endswith(" " + head) or f" {head.split()[-1]} " in f" {full} "):
                    return claim.claimant

        name = self._trailing_name(words)
        if name:
            if len(name.split()) == 1:
                return self._people.by_surname(people, name) or name
            return name
        title_words = [" ".join(t.group().lower().split()) for t in self._title_re.finditer(np)]
        title_tokens = {w for t in title_words for w in t.split()}
        rest = [w for w in words if w.lower() not in title_tokens]
        if title_words and not any(w in self._org_words for w in rest) and \
                not any(w.lower() in self._nouns for w in rest):
            keys = title_words + [self._titles[t] for t in title_words if t in self._titles]
            person = self._people.by_title(people, keys, pos)
            if person:
                return person
        if definite and " " not in definite.group(1).strip():  # "the ministry", not "the health ministry"
            named = self._named_earlier(text, pos - len(np), definite.group(1).strip(), memo)
            if named:
                return named
        return np

    def _named_earlier(self, text: str, pos: int, head: str, memo: dict | None) -> str | None:
        """ "the ministry" → "the Gaza health ministry" written earlier in the article; an
        acronym given with that name ("the UN agency …, UNRWA,") wins. Every naming of `head` in
        the article is read once and kept in `memo`."""
        key = ("\0named", head)
        named = memo.get(key) if memo is not None else None
        if named is None:
            named = self._namings(text, head)
            if memo is not None:
                memo[key] = named
        answer = None
        for end, name in named:
            if end > pos:
                break
            answer = name
        return answer

    def _namings(self, text: str, head: str) -> list[tuple[int, str]]:
        pattern = self._head_patterns.get(head)
        if pattern is None:
            pattern = self._head_patterns[head] = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
        out = []
        for hit in pattern.finditer(text):
            m = _MODIFIED_HEAD.search(text, max(0, hit.start() - 60), hit.start())
            if m and m.group(1).strip().lower() not in ("same", "other", "first", "second", "latest"):
                acronym = _APPOSED_ACRONYM_AFTER.match(text, hit.end())
                out.append((hit.end(), acronym.group(1) if acronym else "the " + m.group(1) + hit.group()))
        return out

    def _trailing_name(self, words: list[str]) -> str | None:
        """ "Mayor Anatoliy Fedoruk" → "Anatoliy Fedoruk"; "the UN refugee agency UNHCR" → "UNHCR"."""
        run: list[str] = []
        for w in reversed(words):
            if _NAME_TOKEN_RE.fullmatch(w) and w not in self._not_names and not self._titles.get(w.lower()):
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
        if len(words) == 1 and _ACRONYM_WORD.fullmatch(words[0]):
            return None
        if len(run) == len(words) and self._looks_like_name(" ".join(run)):
            return " ".join(run)
        acronym = words[-1]
        if len(words) > 1 and _ACRONYM_WORD.fullmatch(acronym) and words[-2][0].islower():
            return acronym
        return None
