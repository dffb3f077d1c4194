"""Acronyms and tidy names for claimants: "the International Organization for Migration (IOM)" → "IOM"."""

from __future__ import annotations

import re

from app.extract.alias_match import (NO_BODIES, ORG_HEADS, THE, DescribedBodies, alias_key, by_head, described_acronym,
                                     fits, initials, named_body, spelled_in)
from app.extract.claim_acronyms import acronym_written_after
from app.extract.claim_honorifics import (bare_name, named_by, unclaused, uncompounded, undescribed, undocumented,
                                         untimed)

_AND_GENERIC = re.compile(r"^((?:the\s+)?[A-Z][^,]*?)\s+and\s+(?:(?:local|national|district|provincial|state|"
                          r"municipal|government|health|humanitarian|other)\s+){0,2}"
                          r"(?:authorities|officials|partners|leaders|sources|agencies|organi[sz]ations)$")
# Acronyms the article gives for a body: "the International Organization for Migration (IOM)",
# "the UN refugee agency, UNHCR," and "UNRWA, the UN agency for Palestinian refugees,".
_CAPITALS = re.compile(r"[A-Z]{3,8}")
_NAME_WORD = r"(?:[A-Z][\w'’-]*|of|for|the|and|&|on|in|de|des|du|la|le)"
_LOWER_BEFORE_PAREN = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){1,2}(registry|register|tribunal|court|mechanism)\s+of\s+(?:[a-z][\w-]*\s+){1,3}?\($")
_LONG_BEFORE_PAREN = re.compile(rf"((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+{_NAME_WORD})*)\s*\($")
_APPOSED_BEFORE = re.compile(r"\b(the\s+[A-Za-z][\w'’ -]{2,60}?),?\s+$")
_APPOSED_END = re.compile(r"\s*,|\s+(?:said|says|estimated|estimates|reported|put)\b")
# the place of a body's local office after its acronym, in title case ("(BPBD Garut)"; not "(GUARDIA COSTIERA)")
_OFFICE_PLACE = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zß-ÿ][\w'’-]*(?=\))")
# "the Armed Conflict Location & Event Data Project (Acled)": an acronym written as a word
_WORD_ACRONYM = re.compile(r"\(([A-Z][a-z]{3,11})\)")  # … but not "Ministry of Health (Monday)": when it spoke
_DAYS_AND_MONTHS = frozenset("monday tuesday thursday friday saturday sunday january february march april june july august october november december sept".split())
_APPOSED_AFTER = re.compile(r",\s+(the\s+[\w'’ -]{3,60}?),")


# "(DoDMA)": an acronym with lower-case letters inside, read only where its capitals fit the name
_MIXED_ACRONYM = re.compile(r"\(([A-Z][a-z]?[A-Z][A-Za-z]{1,6})\)")
# "the mission, known as MINUSCA", "The committee, known by its Russian acronym GKNB": a body's
# head noun given its acronym; every name of the body with that head takes it
# … and "the agency that runs the prisons, known by its Spanish acronym, Copeco": after "acronym"
# a word with one capital is the acronym too
_HEAD_KNOWN_AS = re.compile(r"\b[Tt]he\s+([a-z]{4,})(?:\s+(?:that|which)\s+[^,.;]{3,80}?)?,\s+(?:also\s+)?known\s+"
                            r"(?:as\s+([A-Z][A-Za-z]{1,7}[A-Z])|by\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:acronym|initials|abbreviation),?\s+([A-Z][A-Za-z]{1,7}[A-Z]|[A-Z][a-z]{3,7}))\b")
# "A coalition of opposition parties, known as G7," : an indefinite body, its head noun followed
# by "of …", given a short name with capitals or digits ("F24", "M23")
_A_HEAD_KNOWN_AS = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+([a-z]{4,})\s+(?:of|for)\s+[\w'’ -]{3,60}?,\s+(?:also\s+)?known\s+as\s+"
                              r"([A-Z](?=[A-Za-z0-9]*[A-Z0-9]\b)[A-Za-z0-9]{1,7})\b")
_OR_ACRONYM = re.compile(rf"((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+{_NAME_WORD}){{1,8}}),?[ \t]+or[ \t]+([A-Z]{{3,8}})\b")
# What every _OR_ACRONYM match holds, found by a cheap scan: only then is the costly pattern,
# which tries every capitalised word as the start of a name, run over the text
# "The Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela, known as R4V": the
# short name the text declares, whatever its letters
_NAME_KNOWN_AS = re.compile(rf"((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:{_NAME_WORD}|from|to|with)){{1,10}}),[ \t]+(?:also[ \t]+|better[ \t]+|"
                            rf"widely[ \t]+)?known[ \t]+as[ \t]+([A-Z](?=[A-Za-z0-9]*[A-Z0-9])[A-Za-z0-9]{{1,7}})\b")
_OR_ACRONYM_TAIL = re.compile(r"[ \t]or[ \t]+[A-Z]{3,8}\b")
_OWNER_BEFORE_NAME = re.compile(r"^(?:the\s+)?[\w-]+['’]s\s+((?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*)$", re.IGNORECASE)
# "the country's disaster management agency": an owned body described in lower case
_OWNED_DESCRIBED = re.compile(r"^(?:the\s+)?[\w-]+['’]s\s+((?:[a-z][\w-]*\s+){1,3}[a-z]+)$")
_THE_DESCRIBED = re.compile(r"^the\s+((?:[a-z][\w-]*\s+){2,3}[a-z]+)$")
# "(GEMA/HS)": an acronym in two parts joined by a slash
_SLASHED = re.compile(r"[A-Z]{2,8}(?:(?:/[A-Z]{1,8})+|-\d{1,2})(?=\))")
# "Mali's armed forces (FAMa)": the acronym written right after the claimant as the text gives it
_PAREN_AFTER = re.compile(r" \(([A-Z](?=[a-z]*[A-Z])[A-Za-z]{1,7}|[A-Z]{2,8}(?:[/-][A-Z]{1,8})*|\d{1,2}[A-Z]{2,4})\)")
# "the Office of Civil Defense (OCD) regional office": a branch speaks for the body
_BRANCH_AFTER = re.compile(r"\s+(?:regional|provincial|district|field|country|local|national)\s+(?:office|branch|bureau)$")
# "the NPA's regional command in Eastern Visayas", "UNHCR's country office": a branch of a body with an acronym
_OWNED_BRANCH = re.compile(r"^(?:[Tt]he\s+)?([A-Z][A-Z0-9&-]{1,9})['’]s\s+(?:regional|provincial|district|field|country|local|"
                           r"national|area|sector|press|media)\s+(?:office|branch|bureau|command|headquarters|wing|"
                           r"unit|division)(?:\s+(?:in|at|for)\s+\S.*)?$")
# "the State Emergency Operation Centre in Shimla", "OCVR monitors in the city of …": where the
# source sits, cut before the name is looked up
_WHERE_AFTER = re.compile(r"\s+(?:in|at|based\s+in)\s+\S.*$")
# "the … Agency (Nadma) portal", "OCVR monitors": a body's own tool or staff speaks for the body
_OWN_TAIL = re.compile(r"\s+(?:portal|website|dashboard|database|monitors|researchers|staff|teams?|figures|data|"
                       r"records|count|tally)$")
# "state government figures", "defense ministry data": a body's figures speak for the body
_BODY_DATA = re.compile(r"^((?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,3}?(?:government|ministry|police|army|military|agency|"
                        r"office|authorities|department|commission|council|service|committee))\s+"
                        r"(?:figures|data|statistics|records|numbers|estimates|tallies)$")
# "The provincial Department of …": lower-case words before a capitalised name
_LOWER_BEFORE = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")
# "the ministry", "the bicommunal Committee", "the U.N. mission": a body's head noun alone
_HEAD_ONLY = re.compile(r"^[Tt]he\s+((?:(?:[a-z][\w-]*|U\.?N\.?|UN)\s+){0,2})([A-Za-z]{4,})$")
_UN_WORDS = ("United Nations", "U.N.", "UN ")
# "the 96-page report", "the report": a document the text says a body issued
_BARE_DOC = re.compile(r"^[Tt]he\s+(?:(?:[\w-]+-page|full|new|latest|annual|quarterly|monthly|final)\s+)?"
                       r"(?:report|study|survey)$|^(?i:situation\s+report|sitrep)(?:\s+No)?$")  # "Situation Report No. 5"
_ISSUED_IN = re.compile(r"\b(?:said|says|found|documented|published|released|issued)\s+(?:in\s+)?(?:a|an|its|their)\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:report|study|survey|(?i:situation\s+report|sitrep))\b")
_TITLE_ACRONYM = re.compile(r"^[Tt]he\s+[A-Z]{2,5}$")
# "the regional police command": a body described in lower case, three words or more, ending in a body's head
_LOWER_BODY = re.compile(r"^[Tt]he\s+(?:[a-z]+\s+){2,3}(?:command|commission|committee|council|department|directorate|"
                         r"authority|agency|office|service|ministry|centre|center|administration)$")
_HEAD_NOUNS = ORG_HEADS | {"ministry", "mission", "observatory", "secretariat", "directorate", "registry", "force", "taskforce"}
# "the national search and rescue agency (Basarnas)": a body described in lower case before its short name
_LOWER_BODY_BEFORE = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){1,5}([a-z]{4,})\s*\($")


class Aliases:
    """Long names of bodies → the acronym the article uses for them. Only the text around each
    acronym is read, so an article without acronyms costs one scan."""

    def __init__(self, text: str, bodies: DescribedBodies = NO_BODIES, is_name=lambda name: False) -> None:
        self.bodies = bodies
        self.is_name = is_name  # "Ngah Fomonyuy of the Bui Warriors": a person's name before the body
        self._text = text
        self.names: dict[str, str] = {}
        self.acronyms: set[str] = set()
        self._cache: dict[str, str] = {}
        self._defined: list[tuple[int, int, str]] = []  # (window start, acronym at, acronym) of "… (ACR)"
        self.heads: dict[str, str] = {}
        for m in _CAPITALS.finditer(text):
            a, b = m.span()
            if (a and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                continue
            acronym = m.group()
            if text[b : b + 1] in ("/", "-") and a and text[a - 1] == "(":  # "(BNPB/BPBD)", "(OCD-10)"
                slashed = _SLASHED.match(text, a)
                if slashed:
                    acronym, b = slashed.group(), slashed.end()
            if a and text[a - 1] == "(" and (office := _OFFICE_PLACE.match(text, b)):
                acronym, b = text[a : office.end()], office.end()  # "(BPBD Garut)", "(ISU Galați)": the office's name
            self.acronyms.add(acronym)
            if a and text[a - 1] == "(" and text[b : b + 1] == ")":
                long = _LONG_BEFORE_PAREN.search(text, max(0, a - 120), a)
                if long and long.group(1).isupper() and text.startswith("):", b):
                    pass  # a transcript's label, "MARIAM OSEI (UNICEF):": the speaker and her body, no alias
                elif long:
                    self.names.setdefault(alias_key(long.group(1)), acronym)
                elif (low := _LOWER_BEFORE_PAREN.search(text, max(0, a - 90), a)) is not None:  # a body described in
                    self.heads.setdefault(low.group(1), acronym)  # lower case: "the national registry of … (RNPDNO)"
                self._defined.append((max(0, a - 90), a, acronym))
                continue
            apposed = _APPOSED_BEFORE.search(text, max(0, a - 70), a)
            if apposed and _APPOSED_END.match(text, b):
                self.names.setdefault(alias_key(apposed.group(1)), acronym)
            first = _APPOSED_AFTER.match(text, b)
            if first:
                self.names.setdefault(alias_key(first.group(1)), acronym)

        if "(" in text:
            for m in _WORD_ACRONYM.finditer(text):
                long = _LONG_BEFORE_PAREN.search(text, max(0, m.start() - 120), m.start() + 1)
                if long and m.group(1).lower() not in _DAYS_AND_MONTHS and (initials(long.group(1)).startswith(m.group(1).upper()) or
                             named_body(long.group(1)) or  # "the Search and Rescue Agency (Sarnas)"
                             spelled_in(m.group(1), long.group(1))):
                    self.acronyms.add(m.group(1))
                    self.names.setdefault(alias_key(long.group(1)), m.group(1))
                    self._defined.append((max(0, m.start() - 90), m.start(), m.group(1)))
                elif m.group(1).lower() not in _DAYS_AND_MONTHS and (low := _LOWER_BODY_BEFORE.search(
                        text, max(0, m.start() - 90), m.start() + 1)) is not None and low.group(1) in _HEAD_NOUNS:
                    self.acronyms.add(m.group(1))
                    self.names.setdefault(alias_key(low.group().rstrip("( ")), m.group(1))
                    self._defined.append((low.start(), m.start(), m.group(1)))
            for m in _MIXED_ACRONYM.finditer(text):  # "(DoDMA)", "(MoHCC)"
                long = _LONG_BEFORE_PAREN.search(text, max(0, m.start() - 120), m.start() + 1)
                if long and fits(m.group(1), long.group(1)):
                    self.acronyms.add(m.group(1))
                    self.names.setdefault(alias_key(long.group(1)), m.group(1))
        if "known" in text:
            for m in _HEAD_KNOWN_AS.finditer(text):  # "the mission, known as MINUSCA"
                short = m.group(2) or m.group(3)
                self.acronyms.add(short)
                self.heads.setdefault(m.group(1).lower(), short)
            for m in _A_HEAD_KNOWN_AS.finditer(text):  # "a coalition of civic groups, known as G12"
                self.acronyms.add(m.group(2))
                self.heads.setdefault(m.group(1).lower(), m.group(2))
            for m in _NAME_KNOWN_AS.finditer(text):  # "The … Platform for Refugees and Migrants …, known as R4V"
                self.acronyms.add(m.group(2))
                self.names.setdefault(alias_key(m.group(1)), m.group(2))
                self._defined.append((m.start(1), m.start(2), m.group(2)))
        if " or " in text and _OR_ACRONYM_TAIL.search(text):
            for m in _OR_ACRONYM.finditer(text):  # "the Armed Conflict … Project, or ACLED"
                if fits(m.group(2), m.group(1)):
                    self.acronyms.add(m.group(2))
                    self.names.setdefault(alias_key(m.group(1)), m.group(2))
                    self._defined.append((m.start(1), m.start(2), m.group(2)))

    def canonical(self, claimant: str | None) -> str | None:
        """The acronym for `claimant` when the article gives one, else `claimant` tidied."""
        if not claimant:
            return claimant
        later = getattr(claimant, "name", None)  # "a police spokesman" named further on
        if later:  # … under the acronym the article gives ("The Deep South Rights Observatory (DSRO)")
            return self.canonical(str(later))
        hit = self._cache.get(claimant)
        if hit is None:
            hit = self._cache[claimant] = self._canonical(claimant)
        return hit

    def _canonical(self, claimant: str) -> str:
        claimant = bare_name(undescribed(untimed(undocumented(unclaused(claimant, self.is_name)))))
        claimant = uncompounded(claimant)
        data = _BODY_DATA.match(claimant)  # "according to state government figures": the state government
        if data:
            claimant = data.group(1)
        joint = _AND_GENERIC.match(claimant)  # "the Red Cross and local authorities": the named body
        if joint:
            claimant = joint.group(1)
        claimant = named_by(claimant) or claimant
        if " " in claimant and "(" in self._text and not self.is_name(claimant) and \
                (written := acronym_written_after(self._text, claimant, _PAREN_AFTER)):  # (not "Huda Ferjani of the X (ACR)")
            return written  # "the X" written "The X (ACR)", "X (ACR)" or "X in the Y (ACR)"
        if _TITLE_ACRONYM.match(claimant):  # "The MCE said", after "the … Municipal Chief Executive, X"
            hit = self._title_holder(claimant.split()[1])
            if hit:
                return hit
        if _LOWER_BODY.match(claimant):  # "the regional police command", after "the Upper East Regional Police Command"
            hit = self._capitalised(claimant)
            if hit:
                return hit
        if not self.acronyms:
            return claimant
        branch = _BRANCH_AFTER.search(claimant)
        if branch and self.names.get(alias_key(claimant[: branch.start()])):
            return self.names[alias_key(claimant[: branch.start()])]
        owned = _OWNED_BRANCH.match(claimant)  # "the NPA's regional command in Eastern Visayas": the NPA
        if owned and owned.group(1) in self.acronyms:
            return owned.group(1)
        hit = self.names.get(alias_key(claimant)) or described_acronym(claimant, self.acronyms, self.bodies)
        if hit:
            return hit
        owned = _OWNER_BEFORE_NAME.match(claimant)  # "the country's Disaster Management Centre"
        if owned and self.names.get(alias_key(owned.group(1))):
            return self.names[alias_key(owned.group(1))]
        if self.names and ("'" in claimant or "’" in claimant or claimant.startswith("the ")):
            hit = self._described_named(claimant)
            if hit:
                return hit
        if self.heads:
            hit = by_head(claimant, self.heads)
            if hit:
                return hit
        hit = self._trimmed(claimant)
        if hit:
            return hit
        if _BARE_DOC.match(claimant):
            hit = self._issuer()
            if hit:
                return hit
        small = ("of", "for", "the", "and", "on", "in")
        body = THE.sub("", claimant.strip()).split()
        words = [w for w in body if w.lower() not in small]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] for w in words).upper()
            if initials in self.acronyms:
                return initials
        return claimant

    def _trimmed(self, claimant: str) -> str | None:
        """The acronym of a body written with where it sits, its own tool or staff after it, or a
        scope word before it ("the … Centre in Shimla", "OCVR monitors", "the … Agency portal",
        "The provincial Department of …"), or by its head noun alone ("the ministry")."""
        short = _WHERE_AFTER.sub("", claimant)
        short = _OWN_TAIL.sub("", short)
        if short != claimant:
            if short in self.acronyms:
                return short
            hit = self.names.get(alias_key(short))
            if hit:
                return hit
        lower = _LOWER_BEFORE.match(short)
        if lower:
            hit = self.names.get(alias_key(short[lower.end():]))
            if hit:
                return hit
        return self._by_head_noun(short)

    def _title_holder(self, acronym: str) -> str | None:
        """ "MCE" → "Issifu Abanga", given "the Bawku Municipal Chief Executive, Hon. Issifu Abanga":
        a title whose initials the acronym is, with the person named right after it."""
        words = r"\s+".join(rf"{c}[a-z]+" for c in acronym)
        m = re.search(rf"\b{words},?\s+(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?((?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)\b",
                      self._text)
        return bare_name(m.group(1)) if m else None

    def _capitalised(self, claimant: str) -> str | None:
        """ "the regional police command" → "the Upper East Regional Police Command": the one
        capitalised name in the text that ends in the description's words."""
        words = claimant.split()[1:]
        tail = r"\s+".join(w.capitalize() for w in words)
        found = {m.group(1) for m in re.finditer(rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*[ \t]+){{1,3}}{tail})\b", self._text)}
        if not found:  # "South West State health ministry says …": a name whose first described word is capitalised
            loose = words[0].capitalize() + r"\s+" + r"\s+".join(rf"(?i:{w})" for w in words[1:])
            found = {m.group(1) for m in re.finditer(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+){{1,3}}{loose})\b", self._text)}
            if not found:  # "the Dnipropetrovsk regional military administration": a place's name before the words
                found = {"the " + m.group(1) for m in re.finditer(
                    rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*[ \t]+){{1,2}}{re.escape(' '.join(words))})\b", self._text)}
            return found.pop() if len(found) == 1 else None
        return "the " + found.pop() if len(found) == 1 else None

    def _issuer(self) -> str | None:
        """ "the report" → CJM, given "…, the Centro de Justicia y Memoria (CJM), …, said in a report":
        the acronym of the body the text first says issued a report, in that sentence."""
        m = _ISSUED_IN.search(self._text)
        if not m:
            return None
        start = max(self._text.rfind(". ", 0, m.start()), self._text.rfind("\n", 0, m.start())) + 1
        found = [acr for lo, hi, acr in self._defined if start <= hi < m.start()]
        return found[-1] if found else None

    def _by_head_noun(self, claimant: str) -> str | None:
        """ "the ministry" → MINEMA, given "the Ministry in charge of Emergency Management (MINEMA)":
        the head noun, capitalised, is written in the text only in names the one acronym is given for."""
        m = _HEAD_ONLY.match(claimant)
        if not m or not self._defined or m.group(2).lower() not in _HEAD_NOUNS:
            return None
        word = m.group(2).lower().capitalize()
        found = set()
        for hit in re.finditer(rf"\b{word}\b", self._text):
            window = next(((lo, hi, acr) for lo, hi, acr in self._defined if lo <= hit.start() < hi), None)
            if window is None:
                return None
            named = self._text[window[0] : window[1]]
            # every word before the head is in the name too: "the refugee agency" is not "… Disaster Agency"
            if not all(any(u in named for u in _UN_WORDS) if w.upper().replace(".", "") == "UN" else
                       w.lower() in named.lower() for w in m.group(1).split()):
                return None
            found.add(window[2])
        return found.pop() if len(found) == 1 else None

    def _described_named(self, claimant: str) -> str | None:
        """ "the country's disaster management agency" → VDDMA, given "the Vietnam Disaster and Dyke
        Management Authority (VDDMA)": every describing word is in the one named body's name and
        both end in a body's head ("agency", "authority", "ministry" …)."""
        m = _OWNED_DESCRIBED.match(claimant)
        plain = None if m else _THE_DESCRIBED.match(claimant)
        if not m and not plain:
            return None
        words = (m or plain).group(1).split()
        heads = ORG_HEADS | {"ministry"}
        if words[-1] not in heads:
            return None
        keys = [w for w in words[:-1] if w not in ("of", "for", "the", "and", "on", "in")]
        if not keys:
            return None
        found = {acronym for name, acronym in self.names.items()
                 if set(keys) <= set(name.split()) and heads & set(name.split()) and
                 (m or len(keys) >= 2 and name.split()[0] == keys[0])}  # "the national disaster agency"
        return found.pop() if len(found) == 1 else None
