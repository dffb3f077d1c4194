"""Honorifics and ranks are no part of a name: "Hon. Ada Obi", "DSP Musa Garba", "Alhaji Sani Bello",
"Dr. Grace Wanjiru" → the name alone; and what stood before them too ("Deputy Commissioner Kisumu
Dr Otieno Ouma": a place left over from a title) → "Otieno Ouma". Nor are the words that describe a
source ("the civic group X", "a report by X", "UNICEF estimates shared with partners") → X."""

from __future__ import annotations

import re

# Courtesy titles, honorifics and abbreviated ranks written before a name (police, military, civil)
_BEFORE_NAME = frozenset(
    "hon honourable honorable rt dr mr mrs ms miss prof engr eng barr arc alhaji alhaja hajia hajiya hajjah mallam malam "
    # Burmese courtesy titles: "Daw Aye Aye", "Ko Min Thu", "U Kyaw Zaw" (two name words must follow)
    "daw ko u ma "
    # religious courtesy titles before a name: "Mawlawi Abdul Karim", "Maulana Fazlur Rahman"
    "mawlawi maulvi moulvi maulana mawlana mullah haji hajji alhaj ustaz qari sheikh shaikh imam pastor rev "
    "sen rep gov cs dsp asp sp csp acp dcp cp aig dig igp dpo cpo rpo supt insp sgt cpl pte lt col maj gen capt brig "
    "cdr adm maj-gen lt-col lt-gen brig-gen "
    # Malaysian and Bruneian honorifics: "Datuk Ahmad Zahid", "Dato' Sri Lim"
    "datuk dato dato' datin".split())
# Full ranks and job titles, capitalised before a name: "police officer Major Ada Obi", "District Collector
# Ravi Rao" → the name; not when a body's word follows ("the Chief Medical Officer")
_TITLE_BEFORE_NAME = frozenset(
    "major colonel general captain lieutenant sergeant corporal inspector superintendent commissioner commander "
    "governor mayor minister collector director president chairman chairwoman chairperson secretary spokesman "
    "spokeswoman spokesperson senator magistrate prefect sheriff administrator officer chief deputy akim".split())
BODY_WORDS = frozenset(
    "office officer officers hospital ministry department police service services agency force forces command unit "
    "council committee commission court authority administration government army university centre center bureau "
    "directorate association society company corporation group fund organization organisation network coalition "
    "alliance front party union institute foundation monitor observatory project programme program watch "
    "general staff secretariat guard brigade division regiment battalion".split())
# "the Abuja-based consultancy Acme Watch", "al Qaeda-linked al Shabaab" → the name after the describing compound
_COMPOUND_BEFORE_NAME = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Za-z]+\s+)?[A-Za-z]+-(?:based|linked|backed|led|run|funded|"
                                   r"allied|affiliated|aligned|owned)\s+(?:(?!(?:al|el|ad|as)\s)[a-z]+\s+){0,2}"
                                   r"((?:(?:al|el|ad|as|[A-Z][\w'’.&-]*)[\s-]+)*[A-Z][\w'’.&-]*)$")
# "By the afternoon the health ministry", "Earlier in the evening, the directorate": a time phrase read as the source
_TIME_BEFORE = re.compile(r"^(?:(?:By|Earlier|Later|Late|Early)\s+(?:(?:in|on|that|this)\s+)?(?:the\s+)?"
                          r"(?:morning|afternoon|evening|night|midday|noon|nightfall|dawn|daybreak|then|"
                          r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)"
                          r"|Earlier|Later),?\s+(?=(?:the\s+|[A-Z]))", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*|(?:[A-Z]\.){1,3}|(?:al|el|ad|as|abu|bin|ibn|de|da|van|von|du)(?:-[\w'’-]+)?")


def bare_name(claimant: str) -> str:
    """`claimant` without the honorifics or ranks before a person's name (and any words before
    them); unchanged unless at least two capitalised words follow the last one."""
    if " " not in claimant:
        return claimant
    tokens = claimant.split()
    last = max((k for k, t in enumerate(tokens[:-2]) if t.rstrip(".").lower() in _BEFORE_NAME), default=-1)
    if last < 0:
        last = max((k for k, t in enumerate(tokens[:-2]) if t[:1].isupper() and t.lower() in _TITLE_BEFORE_NAME),
                   default=-1)
        if last < 0 or any(t.lower() in BODY_WORDS or t.lower() in _TITLE_BEFORE_NAME for t in tokens[last + 1 :]):
            return claimant
    rest = tokens[last + 1 :]
    if not all(_NAME_WORD.fullmatch(t) for t in rest) or len(rest) > 4:
        return claimant
    return " ".join(rest)


# "UNHCR has so far [registered]", "the ministry had already [counted]": an auxiliary read into the subject
_AUX_AFTER = re.compile(r"\s+(?:has|have|had)(?:\s+(?:so\s+far|already|now|also|since|recently|yet))?$")


# "… of the camp administration as of 10 May": the date a source's figures stand at is no part of it
_AS_OF_AFTER = re.compile(r"\s+as\s+of\s+\S.*$")


def untimed(claimant: str) -> str:
    """`claimant` without a time phrase read into it ("By the afternoon the health ministry", "… as
    of 10 May"), nor an auxiliary after it ("UNHCR has so far")."""
    if " ha" in claimant:
        claimant = _AUX_AFTER.sub("", claimant) or claimant
    if " as of " in claimant:
        claimant = _AS_OF_AFTER.sub("", claimant) or claimant
    return _TIME_BEFORE.sub("", claimant, count=1) if claimant[:1] in "BEL" else claimant


def uncompounded(claimant: str) -> str:
    """The name after a describing compound ("the Abuja-based consultancy Acme Watch" → "Acme Watch")."""
    compound = _COMPOUND_BEFORE_NAME.match(claimant) if "-" in claimant else None
    return compound.group(1) if compound else claimant


# "the opposition National Unity Government" → "the National Unity Government"
# but a scope word is part of the name: "the national Ombudsman's Office"
# "the civic group Causa en Común", "presiding judge Ana Ngbanda" → the name (with "the" if it had one)
DESCRIPTOR_BEFORE_NAME = re.compile(r"^((?:[Tt]he\s+)?)(?!(?:national|regional|provincial|state|federal|local|municipal|"
                                    r"district|county)\s)"
                                    r"(?:(?!and\s|or\s|the\s|in\s|at\s|of\s|for\s|from\s|near\s|on\s|to\s|by\s)"
                                    r"[a-z][\w-]*(?:(?<=s)['’])?\s+)+"  # "the families' collective X", not "the army's"
                                    r"((?:[A-Z][\w'’-]*\s+(?:(?:de|del|la|las|los|el|en|y|da|do|dos|du|des|que|sin)\s+)?){1,}"
                                    r"[A-Z][\w'’-]*)$")
# not "the health ministry in Hamas-run Gaza"


def _described_name(m: re.Match) -> str:
    """The name a descriptor stood before, with "the" kept for a body ("the Conflict Observatory")
    and dropped for a person or a name that takes none ("the civic group Causa en Común")."""
    name = m.group(2)
    return m.group(1) + name if name.split()[-1].lower() in BODY_WORDS else name


# "A report published last month by the Conflict Observatory" → "the Conflict Observatory"
REPORT_BY = re.compile(r"^(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:report|study|survey|assessment|analysis|count|tally|"
                       r"breakdown|list|update|bulletin)|"
                       r"(?:incidents|figures|data|records|statistics|cases)\s+(?:verified|compiled|collected|"
                       r"recorded|gathered|documented))\b"
                        r".*?\bby\s+((?-i:[A-Z]{2,8})(?=\s+and\s)|(?:the\s+)?[A-Z].*)", re.IGNORECASE)  # "by ARCS and the …": ARCS


def undescribed(claimant: str) -> str:
    """`claimant` without a describing phrase before its name (see DESCRIPTOR_BEFORE_NAME)."""
    return DESCRIPTOR_BEFORE_NAME.sub(_described_name, claimant)


# "a Reuters tally", "an AFP count": a news agency's own count is the agency's
_NAMED_TALLY = re.compile(r"^(?:an?|the)\s+([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:tally|count|analysis|review)$|"
                          # "UNICEF estimates shared with partners", "OCHA data": the body's own numbers
                          # ("Italian interior ministry figures show": the ministry's)
                          r"^(?:the\s+)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}(?:(?:\s+[a-z]+)?\s+(?:ministry|agency|"
                          r"department|office))?)\s+(?:estimates|data|figures|statistics|"
                          r"research|findings)"
                          r"(?:\s+(?:shared|published|released|compiled|cited|seen)\b.*)?$")
# "Israel's Magen David Adom emergency service": a body's own name between its owner and two or
# more words saying what it is → the name
_OWNED_NAME_DESCRIBED = re.compile(r"^[A-Z][\w-]*['’]s\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
                                   r"(?:\s+[a-z][\w-]*){1,2}\s+(?:service|agency|group|organi[sz]ation|charity|network)$")


def named_by(claimant: str) -> str | None:
    """The body a report, tally, data or described service phrase names, or None."""
    by = REPORT_BY.match(claimant) or _NAMED_TALLY.match(claimant) or _OWNED_NAME_DESCRIBED.match(claimant)
    return (by.group(1) or by.group(2)) if by else None


# "according to an ICRC statement": a body's document, named by the body's acronym, is the body's
_ACRONYM_DOCUMENT = re.compile(r"^(?:[Aa]n?|[Tt]he|[Ii]ts)\s+([A-Z]{2,8})\s+(?:statement|report|bulletin|update|"
                               r"communiqu[eé]|press\s+release|tally|count|figures|data)$")
# "the latest figures of the camp administration": a body's figures speak for the body
# … "the evening bulletin of the state Civil Defence", "preliminary information gathered by the Mission's …"
_FIGURES_OF = re.compile(r"^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:latest|newest|most\s+recent|official|preliminary|updated|"
                         r"evening|morning|daily|weekly|initial|provisional|new|last)\s+)*"
                         r"(?:figures|data|statistics|numbers|count|tally|bulletin|information|findings|research|update|"
                         r"situation\s+report)\s+(?:of|from|(?:compiled|gathered|collected|issued|released)\s+by)\s+(?=\S)",
                         re.IGNORECASE)


def undocumented(claimant: str) -> str:
    """The body whose document or figures `claimant` names: by its acronym ("an ICRC statement" →
    "ICRC"), or after "figures of" ("the latest figures of the camp administration")."""
    m = _ACRONYM_DOCUMENT.match(claimant) if claimant[:1] in "AaTtIi" else None
    if m:
        return m.group(1)
    if " of " in claimant or " from " in claimant or " by " in claimant:
        return _FIGURES_OF.sub("", claimant, count=1) or claimant
    return claimant


# "The FGE received", "JCI shared its preliminary findings with the group": a body's acronym, then a
# verb the subject reader ran into
_ACRONYM_THEN_VERB = re.compile(r"^((?:[Tt]he\s+)?[A-Z][A-Z0-9&-]{1,9})\s+[a-z]+ed\b")
# "Ngah Fomonyuy of the Bui Warriors": a person's name, then the body they speak for
_PERSON_OF_BODY = re.compile(r"^((?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z][a-z][\w'’-]*)\s+of\s+(?:the\s+)?[A-Z]")


def unclaused(claimant: str, is_name) -> str:
    """The body or person `claimant` opens on, when a verb or the body a person speaks for follows."""
    m = _ACRONYM_THEN_VERB.match(claimant) if claimant[:1].isupper() else None
    if m:
        return m.group(1)
    m = _PERSON_OF_BODY.match(claimant) if " of " in claimant else None
    if m and is_name(m.group(1)) and not any(t.lower() in BODY_WORDS or t.lower() in _TITLE_BEFORE_NAME
                                             for t in m.group(1).split()):
        return m.group(1)
    return claimant
