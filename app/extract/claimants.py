"""Who asserts a figure: claim verbs ("said", "according to"), with "he" / "the mayor" resolved to a name."""

from __future__ import annotations

import re

from app.extract.alias_match import DescribedBodies
from app.extract.claim_after import np_after, np_after_inverted
from app.extract.claim_documents import document_claims
from app.extract.claim_known import known_name
from app.extract.claim_pairs import named_part
from app.extract.claim_clauses import claims_by, clause_subject, reports_that
from app.extract.claim_dateline import dateline_body
from app.extract.claim_denials import denials_in
from app.extract.claim_fragments import named_after_place
from app.extract.claim_owners import demonym_named, tool_owner
from app.extract.claim_headlines import body_name, headline_claims, titled_headline
from app.extract.claim_names import Claim, NameResolver
from app.extract.claim_skips import PASSIVE_BEFORE, not_a_claim
from app.extract.claim_spans import source_span
from app.extract.claim_subjects import _COUNTED, _FUNCTION_WORDS, _POSSESSIVE_END, SHARED_POSTS, SubjectReader
from app.extract.claim_pronouns import DOCUMENT_OPENER, denier_before, spoken_for
from app.extract.claim_tables import owned_source, table_owner
from app.extract.people import Mention
from app.extract.tokens import Term
from app.extract.vocab import Vocabulary, phrase_pattern

_TABLE_HERE = re.compile(r"(?i:the|this)\s+(?:table|chart|graphic|map)(?:\s+(?:below|above))?")
_SHARED_BY = re.compile(r"\b(?:shared|provided|released|compiled|issued|published|given|reported)\s+by\s+"
                        r"((?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|[A-Z][\w&'’.-]*))*)")
_NOT_A_SUBJECT = re.compile(r"(?:in|on|at|by|from|as|to|for)\s|(?!(?:the|a|an|its|their|his|her|our|some|"
                            r"local|police|officials|residents|witnesses|doctors|rescuers)\b)[a-z]+ed\b")
# "…, bringing Conred's confirmed toll to 7": the verb of the clause before the owner
_GERUND_OPENER = re.compile(r"[a-z]+ing\s+(?=[A-Z])")
_PUBLISH_VERB = re.compile(r"\b(?:published|publishes|gave|gives|released|releases|issued|issues|provided|"
                           r"listed|lists|reported|reports|shared|posted)\b")


# Verbs of speech: whoever stands before them is a speaker, even a common noun the lists lack
_SPEECH_VERBS = frozenset(("said", "says", "say", "told", "tells", "told reporters", "added", "adds", "stated",
                           "noted", "warned", "insisted", "wrote"))
_DATA_NOUNS = r"(?:figures|data|numbers|statistics|tally|tallies|count|counts|estimates?|records)"
_THE_COUNTED = frozenset("hundreds thousands dozens scores millions tens many several some few arrivals deaths "
                         "fatalities casualties".split())  # the counted, never who counts ("Arrivals registered:")
_DATA_END = re.compile(rf"\b(?:{_DATA_NOUNS}|report|reports|survey|study)$", re.IGNORECASE)
_BARE_DATA = re.compile(rf"(?:the\s+|these\s+|those\s+)?(?:(?:latest|official|new|updated|preliminary|same)\s+)*"
                        rf"{_DATA_NOUNS}", re.IGNORECASE)
_FINDINGS_BY = re.compile(r"^(?i:(?:(?:the|an?|its|their)\s+)?(?:[a-z]+\s+){0,2}(?:assessments?|surveys?|estimates?|"
                          r"figures|data|reports?|findings|studies|study|analysis|counts?|tally)\s+(?:\w+\s+)?by\s+)"
                          r"((?:the\s+)?[A-Z].*)$")
_BARE_DOCUMENT = re.compile(r"[Tt]he\s+(?:(?:latest|same|new|daily|weekly|monthly|quarterly|annual|full|final|"
                            r"\d+-page)\s+)?(?:bulletin|report|statement|update|"
                            r"situation\s+report|sitrep)")
_DOCUMENT_BEFORE = re.compile(rf"(?:^|[\s,])({_BARE_DOCUMENT.pattern})\s+$")
_PASSIVE_CLAIMS = frozenset("confirmed reported recorded documented verified registered counted tallied announced "
                            "estimated accused".split())
# "… in the past week", "… since May", "recorded by SASM from 1 to 7 November": the period is no part of the source
_TIME_AFTER = re.compile(r"\s+(?:(?:in|over|during)\s+the\s+(?:past|last|first|previous|same)\s|since\s|"
                         r"(?:from|between)\s+\d).*$")
_DATA_ENDINGS = ("figures", "data", "numbers", "statistics", "tally", "tallies", "count", "counts", "estimate",
                 "estimates", "records")
_DOCUMENT_ENDINGS = ("bulletin", "report", "statement", "update", "dashboard", "assessment", "tally", "count",
                     "summary")
# "A reverse image search shows", "The available evidence puts", "Footage filmed at the morgue shows":
# what a fact-check looked at, no one who gave the figure
_EVIDENCE = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+|[Oo]ur\s+)?(?:[\w-]+\s+){0,2}?(?:(?:image|video|keyword|web|online)\s+"
                       r"search(?:es)?|evidence|[Ff]ootage|imagery)(?:\s+[a-z]|$)")
_PARTICIPLES = frozenset(("saying", "adding", "noting", "warning", "insisting", "citing", "telling", "reporting",
                          "claiming", "stating"))
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:(?:has|have|had|also|later|then)\s+)*$", re.IGNORECASE)
_GROUP_NPS = frozenset(("the group", "The group", "the movement", "The movement", "the militia", "The militia"))
# "The RSF called the figure propaganda. The paramilitary group said …": the denier, described
# the voice of the body "its" names: its spokesman, its media wing, its press office
_ITS_VOICE = re.compile(r"(?i:its)\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|(?:media|press)\s+(?:wing|office|service)|"
                        r"press\s+secretary|statement|channel|account)")
_KIND_GROUP = re.compile(r"[Tt]he\s+(?:paramilitary|armed|rebel|militant|jihadist|insurgent|separatist)\s+"
                         r"(?:group|movement|militia|force|forces)")
_QUOTED_SPEAKER = re.compile(r"(?:^|\s)(?:[Ww]e|I|[Yy]ou|[Tt]hey)(?:\s+[a-z]+)?$|"
                             r"^(?:[Oo]ur|[Mm]y)\s")  # '"Our mobile teams registered 7,400 …," said X': X
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|where|what|whom)\s+$")  # "…, where residents said": only what follows


def _inside_quote(text: str, pos: int) -> bool:
    """`pos` is inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _person_at_end(np: str, people) -> str | None:
    """The person the article names, when `np` is that name after capitalised words only (a place
    an office serves, an acronym): "Larkana Ahsan Ali Chandio" → "Ahsan Ali Chandio"."""
    for p in people:  # an official: a person the article gives a title
        if p.titles and " " in p.name and np.endswith(" " + p.name):
            head = np[: -len(p.name) - 1].split()
            if head and all(w[:1].isupper() or w[:1] == "(" for w in head):
                return p.name
    return None


_OWNER_BEFORE = re.compile(r"(?<![\w'’])((?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?:[a-z]+\s+)?$")  # "Moscow's (earlier) claim"


class ClaimantFinder(SubjectReader):
    """Finds claims in sentences; `resolve` (a NameResolver's) turns their subjects into names."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._claim_verbs, self._denial_verbs = vocab.claim_verbs, vocab.denial_verbs
        self._verb_re = self.verb_re = phrase_pattern(vocab.claim_verbs)
        self._denial_re = self.denial_re = phrase_pattern(vocab.denial_verbs)
        self._titles = self.titles = vocab.titles
        self._nouns = self.nouns = set(vocab.claimant_nouns)
        self.person_nouns = frozenset(vocab.person_nouns)  # "a local activist, X Y": one person, then the name
        self.org_words = set(vocab.org_words)
        self.bodies = DescribedBodies.from_table(vocab.body_acronyms)  # for Aliases
        self._not_names = self.not_names = _FUNCTION_WORDS | self.org_words
        self._names = NameResolver(vocab, self._not_names)
        self.resolve = self._names.resolve
        self.looks_like_name, self.is_title_phrase = self._names.looks_like_name, self._names.is_title_phrase
        self.plausible = self._plausible
        self._np_memo: dict[tuple[str, bool], str | None] = {}
        self._verdicts: dict[tuple[str, bool], tuple[bool, bool, bool]] = {}

    # --- people in the article -------------------------------------------------------------
    def people(self, text: str, is_place, titles_found=None) -> list[Mention]:
        """Every person named in the article, with the titles seen next to the name."""
        return self._names.people(text, is_place, titles_found)

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
            out.extend(titled_headline(self, c, text, people) for c in headline_claims(self, text, start, end))
        for m in (verbs if verbs is not None else self._verb_terms(text, start, end)):
            if m.start and text[m.start - 1] == "-":
                continue  # "The best-documented figure": part of a compound, no claim
            verb, inverted = m.phrase, False
            if verb in ("claims", "claim") and text.startswith(" by ", m.end):
                by = claims_by(self, text, m.end + 4, end, people, previous, out, memo)
                if by:  # "rejected claims by rights groups that 135 died": theirs, for what follows
                    out.append(Claim(m.start, m.end, by, True))
                continue
            if verb in ("claim", "claims") and text.startswith(" that ", m.end) and \
                    (owner := _OWNER_BEFORE.search(text, max(start, m.start - 40), m.start)):
                # "rejecting Moscow's claim that the attack had killed 150 troops": Moscow's, for what follows
                out.append(Claim(m.start, m.end, self.resolve(owner.group(1), text, m.start, people, previous, memo), True))
                continue
            if verb == "reports" and (rep := reports_that(text, start, m.start, m.end)):
                out.append(Claim(m.start, m.end, rep, True))  # "dismissed reports that 100 were taken": theirs
                continue
            if not_a_claim(self, text, start, end, m, headline, out):
                continue
            if verb.startswith("by ") and verb.split()[1] in ("its", "their"):
                np = " ".join(w for w in verb.split()[1:] if w != "own")  # "By its count": "its count"
            elif verb.startswith(("according to", "by the ", "as per")) or verb in ("citing", "quoting", "figures from",
                                                                        "data from", "a statement from"):
                np = np_after(self, text, m.end, end)
            elif text.startswith(" by ", m.end) and verb in _PASSIVE_CLAIMS and \
                    PASSIVE_BEFORE.search(text, max(start, m.start - 20), m.start):
                close = text.find(")", m.end, end) if text[m.start - 1] == "(" else -1  # "(confirmed by X)"
                np = np_after(self, text, m.end + 4, close if close > 0 else end)  # "23 deaths were confirmed by the agency"
                np = _TIME_AFTER.sub("", np) if np else None
            else:
                np = self._np_before(text, start, m.start, verb in _SPEECH_VERBS)
                if np is None and text[m.start - 1 : m.start] == " ":  # "…, the bulletin showed": its issuer's
                    doc = _DOCUMENT_BEFORE.search(text, max(start, m.start - 40), m.start)
                    np = doc.group(1) if doc else None
                if np and text[m.start - 2 : m.start] == ", " and text[m.end : m.end + 1] == " " and \
                        (headline and len(text[m.end : end].split()) <= 5 or  # "…, says Red Cross"
                         not self._source_head(np) and not any(c.isupper() for c in np[1:]) or
                         _COUNTED.search(np) and not self._source_head(np) or  # "The dead included seven …"
                         named_after_place(self, text, m, end, np)):  # "… the capital, Lima, said Ana Ruiz"
                    # "Forty-five people died, said Mohammed Ali": the clause before is what was said
                    after = np_after_inverted(self, text, m.end, end)
                    np, inverted = (after, True) if after else (np, False)
                if np and np.endswith((" and", " but")) and " " in np[:-4]:
                    # "X, which …, mourned two of its fighters in a statement but did not say": X
                    np = self._opening_subject(text, start, m.start)
                if np and verb in _PARTICIPLES and _NOT_A_SUBJECT.match(np):
                    np = None  # "… as \"fabricated\" in a post on social media, saying": the clause's subject
                if np is None and (verb in _PARTICIPLES or _AND_BEFORE.search(text, max(start, m.start - 24), m.start)):
                    # "He disputed the death toll, saying fewer than 50 had died" / "… rejected the
                    # figures and said …": the subject of the sentence's first verb
                    aside = DOCUMENT_OPENER.match(text, start, m.start)  # "In a statement, X accused … and said"
                    at = aside.end() if aside else start
                    first = self._denial_re.search(text, at, m.start) or self._verb_re.search(text, at, m.start)
                    if first is not None and first.start() < m.start:
                        np = self._np_before(text, start, first.start())
                if np is None and text[m.end : m.end + 1] in " ":
                    np = np_after_inverted(self, text, m.end, end)
                    inverted = np is not None
            if np and verb in _PARTICIPLES and " " in np:
                np = clause_subject(self, np)
            if np is None and verb in _PARTICIPLES and out:
                out.append(Claim(m.start, m.end, out[-1].claimant))  # '"…," said X, adding that …'
                continue
            if text[start : start + 1] in "PpVvATC" and (shared := SHARED_POSTS.match(text, start, m.start)):
                np = shared.group(1)  # "Posts shared thousands of times on X, Facebook and TikTok since … claim"
            if np is None or _EVIDENCE.match(np) or np.lower() in _THE_COUNTED or np.endswith(" to") or np.startswith(("What ", "what ")):
                continue  # "Hundreds feared buried": the figure, not a source; "he … declined to say": no
                # claim; '"What X is saying is false," he said': the speaker's
            if _TABLE_HERE.fullmatch(np):  # "The table below shows the latest figures shared by DDM": DDM's
                shared = _SHARED_BY.search(text, m.end, end)
                if shared is None:
                    continue
                np = shared.group(1)
            if (gerund := _GERUND_OPENER.match(np)) is not None:
                np = np[gerund.end():].removesuffix("'s").removesuffix("’s")  # "bringing Conred('s)": Conred
            if _QUOTED_SPEAKER.search(np) and _inside_quote(text, m.start):
                continue  # '"We have registered 17 deaths," the mayor said': the speaker's claim;
                # '"Each day we receive reports of …"': a clause, with "reports" its object
            if verb == "show" and not _DATA_END.search(np):
                continue  # "figures show"; not "images show"
            if np[:5] in ("with ", "With ") and verb.endswith("ing"):
                np = np[5:]  # "…, with Kyrgyzstan reporting nine dead"
            if verb.startswith("suggest"):  # "assessments by the Red Cross suggest": only a document speaks so
                by = _FINDINGS_BY.match(np)
                if by is None:
                    continue
                np = by.group(1)
            np = source_span(known_name(np) or np)  # "The agency, known by its acronym X, said": X
            np = np[:-4] if np.endswith(("'s own", "’s own")) else np  # "the UN's own estimate is": the UN
            if np.endswith(("'s", "’s")) and " " in np:  # "The coast guard's first statement reported": the coast guard
                np = np[:-2]
            np = named_part(self, np) or np  # "Telegram channels and the news agency X": X
            if np.endswith(_DATA_ENDINGS) and _BARE_DATA.fullmatch(np):  # "The figures show": those quoted last
                earlier = (previous(True) if callable(previous) else previous) + out
                claimant = next((c.claimant for c in reversed(earlier) if c.start < m.start and c.claimant), None)
            else:
                claimant = self.resolve(np, text, m.start, people,
                                        (lambda complete=True, out=out: previous(complete) + out)
                                        if callable(previous) else previous + out, memo)
                if claimant and people and claimant[:1].isupper() and " " in claimant:
                    claimant = _person_at_end(claimant, people) or claimant  # "… (SSP) Larkana Ahsan Ali Chandio"
                if claimant == np and "s " in np:  # "Senegal's navy" → "the Senegalese navy" written before
                    claimant = demonym_named(text, m.start, np) or claimant
                    owner = tool_owner(np)  # "The agency's Displacement Tracking Matrix recorded": the agency's
                    claimant = self.resolve(owner, text, m.start, people, previous, memo) or claimant if owner \
                        else claimant
            if np in ("we", "We"):  # "we estimate …" outside quotes in "BANGUI, 22 May (OCHA) - …": OCHA's;
                claimant = dateline_body(text[:400]) or np  # else the release's own body (figure_claims), not a denier before
            if claimant and claimant != np and claimant.endswith(_DOCUMENT_ENDINGS):
                claimant = source_span(claimant)  # "the bulletin said" → ASDMA, whose bulletin it is
                claimant = self.resolve(claimant, text, m.start, people, previous, memo) or claimant
            elif claimant in (np, None) and _BARE_DOCUMENT.fullmatch(np):  # "The bulletin said", issued by whom it was last
                earlier = (previous(True) if callable(previous) else previous) + out
                claimant = next((c.claimant for c in reversed(earlier) if c.start < m.start and c.claimant), np)
            if (np in ("it", "It") or np in _GROUP_NPS) and not any(c.claimant for c in out) or _KIND_GROUP.fullmatch(np):
                claimant = self._denier(text, start, people, previous, memo) or claimant  # "The CPC denied the raid. … it said": the denier
            elif _ITS_VOICE.fullmatch(np):  # "The army rejected the figures. In a statement from its media wing, it said"
                claimant = self._denier(text, start, people, previous, memo) or claimant
            if np in ("it", "It"):  # "X, spokesman for the Y Centre, said … It added": the centre
                claimant = spoken_for(text, m.start, people, previous, out) or claimant
            if claimant is None and np.lower() in ("it", "they"):
                claimant = self._publisher_before(text, start, people, previous)
            if headline and claimant == np:  # "…, health ministry says" → "the Gaza health ministry"
                claimant = body_name(self, text, end, np) or claimant
            if claimant and claimant[:3].isdigit() and claimant[3:4] == " " and f",{claimant}" in text:
                continue  # "hosts some 117,000 Rohingya registered with UNHCR": a count's tail, no source
            at = text.rfind(np, start, m.start)
            relative = at > start and _RELATIVE_BEFORE.search(text, max(start, at - 8), at) is not None
            # "X rejected reports that 80 drowned, insisting that its count of 31 …": X's only after
            relative = relative or (verb in _PARTICIPLES and self._denial_re.search(text, start, m.start) is not None)
            begin = m.start
            if relative and text.endswith("whom ", max(start, at - 5), at):  # "33 hostages, eight of whom X
                begin = max(start, text.rfind(",", start, at) + 1)            # believes are dead": the eight
            out.append(Claim(begin, m.end, claimant, relative, inverted))
        out.extend(document_claims(self, text, start, end, out, people, previous, memo))
        if headline and len(out) > 1 and any(c.start > start + 1 and c.claimant for c in out):
            # "DR Congo: measles kills 37 …, MedAction warns": the label is the story's topic
            out = [c for c in out if c.start > start + 1 or not c.claimant or c.end - c.start > 60]
        out.sort(key=lambda c: c.start)
        return [c for c in out if c.claimant]

    def is_generic(self, name: str) -> bool:
        """ "officials", "Residents", "local police": a kind of source, not a named one."""
        words = name.split()
        if any(w[:1].isupper() for w in words[1:]):
            return False
        return words[0].lower() in ("a", "an") or _POSSESSIVE_END.sub("", words[-1].lower()) in self._nouns

    def _opening_subject(self, text: str, start: int, end: int) -> str | None:
        """The sentence's subject when it stands alone before its first comma ("Hezbollah, which …,")."""
        comma = text.find(",", start, end)
        np = self._np_before(text, start, comma) if comma > 0 else None
        return np if np and self._source_head(np) and np[:1].isupper() else None

    def _denier(self, text: str, start: int, people, previous, memo) -> str | None:
        subject = denier_before(self, text, start, people)
        return self.resolve(subject, text, start, people, previous, memo) if subject else None

    def _publisher_before(self, text: str, start: int, people, previous) -> str | None:
        """ "X published its report … It recorded 846 homicides": with no one quoted before, "it"
        is whoever published something in the sentence before."""
        prev = max(text.rfind(". ", 0, start - 2), text.rfind("\n", 0, start - 2)) + 1
        if start - prev > 400:
            return None
        found = self.list_source(text, prev, start, people, previous if not callable(previous) else [])
        return found[-1].claimant if found else None

    def list_source(self, text: str, start: int, end: int, people: list[Mention],
                    previous: list[Claim]) -> list[Claim]:
        """The source of a table: the subject of "published / gave / released the following …"."""
        out = []
        for m in _PUBLISH_VERB.finditer(text, start, end):
            np = self._np_before(text, start, m.start())
            if np:
                claimant = owned_source(self, np, text, m.start(), people, previous)
                if claimant:
                    out.append(Claim(m.start(), m.end(), claimant))
        return out or table_owner(self, text, start, end, people, previous)

    def denials(self, text: str, start: int, end: int, people, previous,
                verbs: list[Term] | None = None) -> list[Claim]:
        """Denials in the sentence [start, end); `verbs` are its denial-verb terms when already found."""
        return denials_in(self, text, start, end, people, previous, verbs)
