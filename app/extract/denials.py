"""Who disputes a figure: "Moscow denied…", "Hamas rejected the ministry's toll" → disputed_by."""

from __future__ import annotations

import re

from app.domain import Measure
from app.extract.tokens import Term

_NOT_DISPUTE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:responsibility|involvement|blame|any\s+role|role|carrying\s+out|"
    r"that\s+it\s+(?:carried|was)|striking|hitting|targett?ing|attacking|shelling|bombing|firing\s+on|"
    r"the\s+attack|the\s+strike)\b",
    re.IGNORECASE,
)
_APPOSED_DENIAL = re.compile(r",\s+(?:an?|this)\s+(?:figure|claim|number|toll|estimate|tally|count|assertion|charge|"
                             r"allegation|accusation)s?\s+"
                             r"(?:that\s+|which\s+)?[^,.;]{0,60}$", re.IGNORECASE)
_DENIED_CLAUSE = re.compile(r"\s+that\b(?!\s+(?:number|figure|toll|claim|estimate|count|tally|account|report)s?\b)",
                            re.IGNORECASE)  # "denied that …", not "disputed that number"
_DENIED_PRONOUN = re.compile(r"\s+(?:this|it|that)\s*[.;,]", re.IGNORECASE)
_MEASURE_WORDS = {
    measure: re.compile(rf"\b(?:{stems})", re.IGNORECASE) for measure, stems in (
        (Measure.KILLED, r"kill|dead|death|died|murder|massacre|execut"),
        (Measure.INJURED, r"wound|injur|hurt"),
        (Measure.CASUALTIES, r"casualt|kill|wound|injur|dead"),
        (Measure.MISSING, r"missing|disappear|unaccounted"),
        (Measure.CAPTURED, r"captur|detain|detention|prisoner|hostage|deport|abduct|kidnap|arrest|held"),
        (Measure.DISPLACED, r"displac|forced\s+from|uproot|homeless"),
        (Measure.REFUGEES, r"refugee|fled|flee"),
        (Measure.EVACUATED, r"evacuat|relocat"),
        (Measure.BODIES, r"bod(?:y|ies)|grave|remains"),
        (Measure.AFFECTED, r"affect"),
    )
}
# "Israel says the ministry's figures are unreliable", "the army said the toll was far lower": a
# verb of speech whose clause calls the figures false is a denial
_FIGURE_NOUN = r"(?:figures?|toll|tolls|numbers?|count|tally|claims?|estimates?|reports?\s+of\s+(?:\w+\s+)?deaths)"
_SAID_FALSE = re.compile(
    r"(?:\b(?:said|says|say|insisted|insists|argued|argues|maintained|maintains)(?:\s+that)?|(?<=\band\s)that)"
    rf"(?=\s+(?:(?:the|these|those|such|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?)?{_FIGURE_NOUN}\s+"
    r"[^.;]{0,60}?[\"“]?(?:inflated|exaggerated|false|untrue|fabricated|baseless|unreliable|wrong|incorrect|"
    r"overstated|propaganda|misleading|(?:far|much|considerably|significantly)\s+lower|"
    r"lower\s+than\s+(?:claimed|reported|stated)|(?:did|do|does)\s+not\s+match|"
    r"(?:not|never|cannot|can't)\s+(?:be\s+)?(?:trusted|credible|accurate|true|reliable|correct))\b)")
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\b(?=\s[^.;]{0,60}?\bof\s+(?:exaggerating|inflating|fabricating|"
                         r"falsifying|lying\s+about|overstating|under-?reporting|under-?counting|concealing|hiding|"
                         r"covering\s+up))")
# "called the casualty figures \"fabrications\"", "branded the toll propaganda"
_CALLED_FALSE = re.compile(
    r"\b(?:called|calls|call|branded|brands|labelled|labeled|termed|terms)"
    rf"(?=\s+(?:the|these|those|such|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_FIGURE_NOUN}\s+(?:as\s+)?[\"“]?"
    r"(?:[\w'’-]+\s+){0,2}?(?:fabricat\w*|lies|lie|propaganda|false|inflated|exaggerated|baseless|untrue|fake|"
    r"invented|invention|fiction|fictitious|nonsense)\b)")
_CALLING = re.compile(r",\s+(?:calling|describing|dismissing|terming|branding)\s+(the\s+[^.;\"“]{3,60})")
_FIGURE_HINT = re.compile(r" (?:figures?|tolls?|numbers?|claims?|estimates?|count|tally|deaths|reports?)\b")
# "The army, which disputed the figure, …": the figure given last, even in the paragraph before
_THE_FIGURE = re.compile(r"\s+(?:the|that|this)\s+(?:figure|number|count|tally|estimate|claim)\b(?!\s+of)",
                         re.IGNORECASE)
_OBJECT_END = re.compile(r"[,;]|\s(?:and|but|saying|while|as)\s")
_REPORT_WORDS = frozenset(("report", "study", "survey", "count", "tally", "investigation"))
_GENERIC_TOLL = re.compile(r"\s+(?:the\s+(?:death\s+)?toll|the\s+(?:casualty|death)\s+(?:figures?|numbers?|count|tally)|"
                           r"(?:the\s+)?reports?\s+of\s+(?:\w+\s+)?deaths)\b",
                           re.IGNORECASE)  # "that reports of civilian deaths were fabricated": every toll before
_GENERIC_MEASURES = {"casualt": (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES),
                     "toll": (Measure.KILLED, Measure.CASUALTIES), "": (Measure.KILLED,)}
_DENIAL_OBJECT_OWNER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:the\s+)?([\w' -]{2,40}?)['’]s\s", re.IGNORECASE)
# "rejected the UN toll", "disputed the Hamas figures": a name used as an adjective owns the figures
_DENIAL_OBJECT_NAMED = re.compile(r"\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:(?:death|casualty)\s+)?"
                                  r"(?:toll|tolls|figures?|numbers?|count|tally|estimates?)\b")
# "dismissed the toll given by residents": whoever gave it owns it
_DENIAL_OBJECT_BY = re.compile(r"\s+the\s+(?:(?:death|casualty)\s+)?(?:toll|tolls|figures?|numbers?|count|tally|estimates?)"
                               r"\s+(?:given|reported|issued|released|cited|published|announced)\s+by\s+"
                               r"(?:the\s+)?([\w'’ -]{2,40}?)(?=\s+(?:as|was|were|is|are)\b|[,.;])")


def _owner_name(claimants, owner, text, denial, people, claims, drafts) -> str | None:
    """Whose figures were denied: "the ministry's" → the ministry named earlier, or the source of
    the last figure if none was; "the group's" → the body quoted last; "the report's" → the
    source of the last figure before the denial."""
    who = owner.group(1).strip()
    last = next((d.figure.claimant for d in reversed(drafts) if d.start < denial.start and
                 d.figure.claimant and d.figure.claimant != denial.claimant), None)
    if who.lower() in _REPORT_WORDS:
        return last
    if who[:1].islower() and not who.lower().startswith("the "):
        who = "the " + who
    name = claimants.resolve(who, text, denial.start, people, claims)
    if who.startswith("the ") and who[4:].islower() and (name or "").lower() == who.lower() and \
            re.search(rf"\b{re.escape(who[4:])}\b", text[: denial.start], re.IGNORECASE) is None:
        return last  # "disputed the ministry's figures", no ministry named before: the figures just given
    return name


def _with_nearby_claims(claimants, text, sentences, s, people, claims):
    """The article's claims plus those of the two sentences before the denial, which were not read
    if they hold no figure ("Russia says it does not target civilians. Its foreign ministry …")."""
    known = {c.start for c in claims}
    extra = []
    for k in range(max(0, s.index - 2), s.index):
        before = sentences[k]
        if not any(before.start <= at < before.end for at in known):
            extra += claimants.claims(text, before.start, before.end, people, claims + extra)
    return sorted(claims + extra, key=lambda c: c.start) if extra else claims


def apply_denials(claimants, text, sentences, drafts, people, claims, denial_verbs) -> None:
    """Set `disputed_by` on the drafts a denial in the article is about.

    A denial covers the figures before it in its paragraph, and earlier figures anywhere whose
    claimant owns the denied object ("rejected the ministry's figures"); "denied this" and
    "denied that …" cover only their own sentence."""
    for s in sentences:
        verbs = denial_verbs.within(s.start, s.end)
        if _FIGURE_HINT.search(text, s.start, s.end):  # the words _SAID_FALSE and _ACCUSED_OF need
            verbs = sorted(verbs + [Term(m.start(), m.end(), "", m.group()) for r in (_SAID_FALSE, _ACCUSED_OF, _CALLED_FALSE)
                                    for m in r.finditer(text, s.start, s.end)])
        if not verbs:
            continue
        nearby = _with_nearby_claims(claimants, text, sentences, s, people, claims)
        for denial in claimants.denials(text, s.start, s.end, people, nearby, verbs):
            if not denial.claimant or _NOT_DISPUTE.match(text, denial.end):
                continue
            owner = _DENIAL_OBJECT_OWNER.match(text, denial.end) or _DENIAL_OBJECT_NAMED.match(text, denial.end) \
                or _DENIAL_OBJECT_BY.match(text, denial.end)
            generic = None if owner else _GENERIC_TOLL.match(text, denial.end)
            the_figure = None if owner or generic else _THE_FIGURE.match(text, denial.end)
            last_given = next((d for d in reversed(drafts) if d.start < denial.start and d.figure.claimant and
                               d.figure.claimant.lower() != denial.claimant.lower()), None) if the_figure else None
            owner_name = _owner_name(claimants, owner, text, denial, people, nearby, drafts) if owner else None
            # "denied this" / "denied that any commander was present": only what its own sentence says
            clause = _DENIED_CLAUSE.match(text, denial.end) is not None
            pronoun = _DENIED_PRONOUN.match(text, denial.end) is not None
            denied = text[denial.end : s.end]
            # "denied holding any prisoners" disputes the captives, not the dead
            denied_object = _OBJECT_END.split(denied, 1)[0]
            named = [k for k, r in _MEASURE_WORDS.items() if r.search(denied_object)]
            if not named:  # "rejected the governor's account, calling the reported deaths \"invention\""
                calling = _CALLING.search(denied)
                named = [k for k, r in _MEASURE_WORDS.items() if r.search(calling.group(1))] if calling else []
            if Measure.CASUALTIES in named:  # "the casualty figures": the dead and the wounded
                named += [Measure.KILLED, Measure.INJURED]
            # "…, a figure Hamas has rejected": only the figure that the appositive follows
            apposed = _APPOSED_DENIAL.search(text, max(s.start, denial.start - 120), denial.start) is not None
            for d in drafts:
                same_paragraph = d.sentence.paragraph == s.paragraph and d.start < denial.start and \
                    (not (apposed or pronoun) or d.sentence.index == s.index)
                if clause and same_paragraph and d.sentence.index != s.index:
                    # "denied that its forces killed civilians" disputes the killings reported before;
                    # "denied that any commander was present" disputes none of them
                    same_paragraph = _MEASURE_WORDS[d.figure.measure].search(denied) is not None
                elif same_paragraph and named and d.figure.measure not in named:
                    same_paragraph = False
                if clause and d.sentence.index == s.index and d.start > denial.end:
                    same_paragraph = True  # "Kyiv denied that 500 soldiers had been captured"
                owned = False
                if generic and d.start < denial.start and d.figure.claimant and \
                        d.figure.claimant != denial.claimant:
                    # "He disputed the death toll": the tolls reported before it
                    owned = d.figure.measure in _GENERIC_MEASURES[next(
                        k for k in ("casualt", "toll", "") if k in generic.group())]  # "reports of civilian deaths"
                if owner and d.figure.claimant and d.sentence.index > 0 and d.start < denial.start:
                    who = owner.group(1).strip().lower()
                    owned = (owner_name and owner_name.lower() == d.figure.claimant.lower()) or \
                        re.search(rf"\b{re.escape(who)}\b", d.figure.claimant.lower()) is not None
                    if owned and "toll" in text[denial.end : denial.end + 60].lower():
                        owned = d.figure.measure in (Measure.KILLED, Measure.CASUALTIES)
                    if owned and named:  # "the ministry's figures for the dead": only those
                        owned = d.figure.measure in named
                owned = owned or d is last_given
                own = (d.figure.claimant or "").lower() == denial.claimant.lower()  # no one disputes their own figure
                if (same_paragraph or owned) and d.figure.disputed_by is None and not own:
                    d.figure.disputed_by = denial.claimant
