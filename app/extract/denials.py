"""Who disputes a figure: "Moscow denied…", "Hamas rejected the ministry's toll" → disputed_by."""

from __future__ import annotations

import re
from bisect import bisect_left

from app.domain import Measure
from app.extract.claim_headlines import body_name
from app.extract.denial_objects import (accused_sources, figures_named_later, in_scope, is_source, later_covers,
                                       object_scope, owned_otherwise, plain_owner)
from app.extract.denier_names import bare_name, denier_name, military_own, own_modifier, speaks_for
from app.extract.dispute_spread import figure_number as _number
from app.extract.dispute_spread import spread_disputes
from app.extract.tokens import Term

_NOT_DISPUTE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:responsibility|involvement|blame|any\s+role|role|carrying\s+out|"
    r"that\s+it\s+(?:carried|was)|striking|hitting|targett?ing|attacking|shelling|bombing|firing\s+on|"
    r"the\s+attack|the\s+strike)\b",
    re.IGNORECASE,
)
_APPOSED_DENIAL = re.compile(r",\s+(?:(?:an?|this|these|those)\s+)?(?:figure|claim|number|toll|estimate|tally|count|assertion|charge|"
                             r"allegation|accusation)s?\s+"
                             r"(?:that\s+|which\s+)?[^,.;]{0,60}$", re.IGNORECASE)
# "…, accusations the government rejects": the noun the appositive opens on is not the denier
_APPOSED_HEAD = re.compile(r"^(?:(?:an?|this|these|those)\s+)?(?:figure|claim|number|toll|estimate|tally|count|"
                           r"assertion|charge|allegation|accusation)s?\s+(?:that\s+|which\s+)?(?=\S)", re.IGNORECASE)
# "a result the opposition rejects", "an outcome Kyiv disputes": a noun, then the subject of its relative clause
_OBJECT_RELATIVE = re.compile(r"(?:an?|this|that)\s+[a-z][\w-]*\s+(?:the\s|an?\s|its\s|their\s|[A-Z])")
_DENIED_CLAUSE = re.compile(r"\s+that\b(?!\s+(?:number|figure|toll|claim|estimate|count|tally|account|report)s?\b)",
                            re.IGNORECASE)  # "denied that …", not "disputed that number"
# "rejected claims by rights groups that 135 people were killed": the claim's own clause
_DENIED_CLAIMS_THAT = re.compile(r"\s+(?:(?:the|an?)\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:earlier|initial|previous|media|unconfirmed|social\s+media)\s+)?(?:claims?|reports?|allegations?|suggestions?|assertions?)"
                                 r"(?:\s+(?:by|from|on|in|circulating\s+on)\s+[^.;,\"“]{1,50}?)?\s+that\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;]")
# "denied that any civilians had been killed": every count of such people harmed so, whoever gave it
_DENIED_NONE = re.compile(r"\s+that\s+(?:(?:any|a\s+single)\s+)?(civilians?|children|child|people|residents?|villagers?)\s+"
                          r"(?:had|have|has|were|was)\s+(?:been\s+)?(\w+)", re.IGNORECASE)
_NONE_WHO = {"civilian": ("civilians", "children", "people"), "children": ("children",), "child": ("children",),
             "people": ("civilians", "children", "people"), "resident": ("civilians", "children", "people"),
             "villager": ("civilians", "children", "people")}
# "That number was rejected by X": the figure named last is the object of a passive denial
_PASSIVE_FIGURE = re.compile(r"\s*(?:That|This|The|Their|Its)\s+(?:\w+\s+)?(?:number|figure|toll|count|estimate|tally|"
                             r"total|list)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|strongly\s+)?$")
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
    r"(?:\b(?:said|says|say|insisted|insists|argued|argues|maintained|maintains)(?:\s+that)?|(?<=\band\s)that|"
    # "wrote in a post on X on Tuesday, before the report came out, that …"
    r"\b(?:wrote|writes|posted|tweeted|added|stated|claimed|claims)\b[^.;\"“]{0,90}?\bthat)"
    rf"(?=\s+(?:(?:the|these|those|such|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?)?{_FIGURE_NOUN}\s+"
    r"[^.;]{0,60}?[\"“]?(?:inflated|exaggerated|false|untrue|fabricated|invented|made\s+up|baseless|unreliable|wrong|incorrect|"
    r"(?:a\s+)?lies?|fake|fiction|"
    r"overstated|propaganda|misleading|(?:far|much|considerably|significantly)\s+lower|"
    r"lower\s+than\s+(?:claimed|reported|stated)|(?:did|do|does)\s+not\s+match|"
    r"(?:not|never|cannot|can't)\s+(?:be\s+)?(?:trusted|credible|accurate|true|reliable|correct))\b)")
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\b(?=\s[^.;]{0,60}?\bof\s+(?:exaggerating|inflating|fabricating|"
                         r"falsifying|lying\s+about|overstating|under-?reporting|under-?counting|concealing|hiding|"
                         r"covering\s+up))")
# "called the casualty figures \"fabrications\"", "branded the toll propaganda"
_CALLED_FALSE = re.compile(
    r"\b(?:called|calls|call|branded|brands|labelled|labeled|termed|terms|described|describes)"
    rf"(?=\s+(?:the|these|those|such|its|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?{_FIGURE_NOUN}"
    r"(?:\s+(?:given|reported|issued|released|cited|published|circulated|provided|shared|spread)\s+by\s+"
    r"[^.;,\"“]{2,50}?|\s+of\s+\d[\d,]*(?:\s+[a-z]+)?"
    # "the figure of 23 being circulated on social media as \"exaggerated\""
    r"(?:\s+(?:being\s+|that\s+(?:is|was)\s+)?[a-z]+(?:ed|ing)\s+(?:on|by|in|the|around|across)\s+[^.;,\"“]{2,40}?)?)?"
    r"\s+(?:as\s+)?[\"“]?"
    r"(?:[\w'’-]+\s+){0,2}?(?:fabricat\w*|lies|lie|propaganda|false|inflated|exaggerated|baseless|untrue|fake|"
    r"invented|invention|fiction|fictitious|nonsense)\b)")
_CALLING = re.compile(r",\s+(?:calling|describing|dismissing|terming|branding)\s+(the\s+[^.;\"“]{3,60})")
_FIGURE_HINT = re.compile(r" (?:figures?|tolls?|numbers?|claims?|estimates?|count|tally|deaths|reports?|dead|"
                          r"under-?(?:counting|reporting))\b")
_WORD_CHAR = re.compile(r"\w")


class _FigureHints:
    """`_FIGURE_HINT.search(text, start, end)` for many sentences, from one scan of the text. Its
    matches (a space, then words with no space in them) never overlap, so the scan finds them all;
    one that the end of the range cuts short of its `\b` is left to the regex."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [m.span() for m in _FIGURE_HINT.finditer(text)]
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def within(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        if i < len(self.starts) and self.ends[i] <= end:
            return True
        if _WORD_CHAR.match(self.text, end) is None:
            return False
        return _FIGURE_HINT.search(self.text, start, end) is not None


# "The army, which disputed the figure, …": the figure given last, even in the paragraph before
_THE_FIGURE = re.compile(r"\s+(?:the|that|this)\s+(?:(?:prisoner|casualty|death|loss|losses|capture|battlefield)\s+)?"
                         r"(?:figure|number|count|tally|estimate|claim|account|version)\b(?!\s+of)",
                         re.IGNORECASE)
_OBJECT_END = re.compile(r"[,;]|\s(?:and|but|saying|while|as)\s")
_REPORT_WORDS = frozenset(("report", "study", "survey", "count", "tally", "investigation"))
_GENERIC_TOLL = re.compile(r"\s+(?:the\s+(?:(?:civilian|reported|official|overall|higher)\s+)?(?:death\s+)?toll|the\s+(?:casualty|death)\s+(?:figures?|numbers?|count|tally)|"
                           r"(?:the\s+|all\s+(?:the\s+)?)?reports?\s+of\s+(?:\w+\s+)?(?:deaths|casualties))\b",
                           re.IGNORECASE)  # "that reports of civilian deaths were fabricated": every toll before
# "dismissed the higher tolls given by …": the tolls above the denier's own count
_HIGHER_TOLLS = re.compile(r"\s+(?:the|all)\s+(?:other\s+)?(?:higher|larger|bigger|inflated)\s+(?:(?:death|casualty)\s+)?"
                           r"(?:tolls?|figures?|numbers?|counts?|tallies|tally|estimates?)\b", re.IGNORECASE)
_GENERIC_MEASURES = {"casualt": (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES),
                     "toll": (Measure.KILLED, Measure.CASUALTIES), "": (Measure.KILLED,)}
_DENIAL_OBJECT_OWNER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:the\s+)?([\w' -]{2,40}?)(?:['’]s|(?<=s)['’])\s",
                                  re.IGNORECASE)  # "the ministry's", "the rights groups'"
# "rejected our detention figures" in a body's own release: every figure of that kind the body gives
_DENIAL_OBJECT_OURS = re.compile(r"\s+(?:our|their)\s+(?:[\w-]+\s+){1,2}?(?:figures|numbers|data|tolls|counts|statistics)\b",
                                 re.IGNORECASE)
# "rejected the UN toll", "disputed the Hamas figures": a name used as an adjective owns the figures
_DENIAL_OBJECT_NAMED = re.compile(r"\s+the\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:(?:death|casualty)\s+)?"
                                  r"(?:toll|tolls|figures?|numbers?|count|tally|estimates?)\b")
_ONE_FIGURE = re.compile(r"\s(?:figure|number|estimate|count|tally)(?!s)\b")
# "dismissed the toll given by residents": whoever gave it owns it
_DENIAL_OBJECT_BY = re.compile(r"(?:\s+the\s+(?:(?:death|casualty)\s+)?(?:toll|tolls|figures?|numbers?|count|tally|estimates?))?"
                               r"\s+(?:given|reported|issued|released|cited|published|announced|circulated|"
                               r"provided|shared|spread|quoted)\s+by\s+"  # (or after "described the figure")
                               r"(?:the\s+)?([\w'’ -]{2,40}?)(?=\s+(?:as|was|were|is|are)\b|[,.;]|\s+[\"“])")
# "rejected the figure of 4,000": the figures with that number
_FIGURE_OF_N = re.compile(r"\s+the\s+(?:figure|number|toll|estimate|claim|count|tally)\s+of\s+(?:[a-z]+\s+){0,2}?"
                          r"(\d[\d,]*)(?![\d,.]*\s*(?:percent|per\s+cent|%))")
_OWNED_FIGURE_OF_N = re.compile(r"\s+(?:the\s+)?[^.;,\"“]{1,50}?['’]s?\s+(?:[a-z]+\s+)?(?:figure|number|toll|estimate|"
                                r"claim|count|tally)\s+of\s+(?:[a-z]+\s+){0,2}?(\d[\d,]*)(?![\d,.]*\s*(?:percent|per\s+cent|%))")
# "accused police of undercounting", "accused the authorities of hiding the true toll": the toll
# given before, whoever gave it
_ACCUSED_TOLL = re.compile(r"\s+(?:the\s+)?([^.;]{1,60}?)\s+of\s+(?:under-?counting|under-?reporting|hiding|concealing|covering\s+up|"
                           r"downplaying|minimi[sz]ing|inflating|exaggerating|overstating)"
                           r"(?:\s*[.,;]|\s+(?:the\s+)?(?:(?:real|true|actual|full|number\s+of)\s+)?"
                           r"(?:(?:death|casualty)\s+)?(toll|dead|deaths|casualt\w*|killed|victims|displaced|injured|"
                           r"wounded|missing|figures?|numbers?)\b)", re.IGNORECASE)
# "…, though aid agencies put the number lower": a lower count of their own says the figure is
# overstated; one that puts the toll higher adds a count, it does not dispute one
_PUT_LOWER = re.compile(r"\bput(?:s|ting)?(?=\s+(?:the|that|this|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:figures?|tolls?|numbers?|count|tally|estimates?)\s+(?:(?:far|much|considerably|"
                        r"significantly|even|a\s+lot)\s+)?lower\b)")


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


_SAME_FIGURE = re.compile(r"\b(?:that|this|the\s+same)\s+(?:number|figure|toll|claim|count)\b")


def _paragraph_start(sentences, s) -> int:
    k = s.index
    while k and sentences[k - 1].paragraph == s.paragraph:
        k -= 1
    return sentences[k].start


def apply_denials(claimants, text, sentences, drafts, people, claims, denial_verbs) -> None:
    """Set `disputed_by` on the drafts a denial in the article is about.

    A denial covers the figures before it in its paragraph, and earlier figures anywhere whose
    claimant owns the denied object ("rejected the ministry's figures"); "denied this" and
    "denied that …" cover only their own sentence."""
    hints = _FigureHints(text)
    by_clause: set[int] = set()  # the figures a denial of what happened disputes ("the army denied that civilians
    # had been targeted"), which a later denial naming the figures' source takes over ("rejected the commissioner's figures")
    for s in sentences:
        verbs = denial_verbs.within(s.start, s.end)
        if hints.within(s.start, s.end):  # the words _SAID_FALSE and _ACCUSED_OF need
            verbs = sorted(verbs + [Term(m.start(), m.end(), "", m.group()) for r in (_SAID_FALSE, _ACCUSED_OF, _CALLED_FALSE, _PUT_LOWER)
                                    for m in r.finditer(text, s.start, s.end)])
        if not verbs:
            continue
        nearby = _with_nearby_claims(claimants, text, sentences, s, people, claims)
        for denial in claimants.denials(text, s.start, s.end, people, nearby, verbs):
            said = [c for c in nearby if s.start <= c.start < denial.start and c.claimant]
            denial = denial._replace(claimant=denier_name(text, denial.claimant, denial.end, said))
            if not denial.claimant:
                continue
            if s.index == 0 and denial.claimant.islower():  # "…; junta denies" over "The ruling junta rejected"
                denial = denial._replace(claimant=body_name(claimants, text, s.end, denial.claimant) or denial.claimant)
            # "denied targeting civilians, saying the figures for wounded residents were false"
            only_later = _NOT_DISPUTE.match(text, denial.end) is not None
            if only_later and (later := figures_named_later(text, denial, s.end, _MEASURE_WORDS)) is None:
                continue
            denial = own_modifier(text, s.start, denial)
            ally = military_own(drafts, s, denial)
            if ally is not None:  # "the army rejected …" after the armed forces' own count: that body
                denial = denial._replace(claimant=ally.figure.claimant)
            if _OBJECT_RELATIVE.match(denial.claimant) and not _APPOSED_HEAD.match(denial.claimant):
                continue  # "…, a result the opposition rejects": the result is denied, not a figure
            higher = _HIGHER_TOLLS.match(text, denial.end)
            if higher is not None:  # "dismissed the higher tolls": every earlier toll above the denier's own
                own_counts = [_number(d.figure) or 0 for d in drafts if d.start < denial.start and
                              d.figure.measure in _GENERIC_MEASURES["toll"] and d.parent is None and
                              (d.figure.claimant or "").lower() == denial.claimant.lower()]
                sourced = not own_counts  # "a Taliban spokesman rejected the higher figures": above the lowest given
                if sourced and not _DENIAL_OBJECT_BY.match(text, denial.end):
                    given = [_number(d.figure) or 0 for d in drafts if d.start < denial.start and d.parent is None and
                             d.figure.measure in _GENERIC_MEASURES["toll"] and d.figure.claimant]
                    own_counts = [min(given)] if len(given) >= 2 else []
                if own_counts:
                    for d in drafts:
                        if d.start < denial.start and d.parent is None and d.figure.disputed_by is None and \
                                d.figure.measure in _GENERIC_MEASURES["toll"] and (d.figure.claimant or not sourced) and \
                                (d.figure.claimant or "").lower() != denial.claimant.lower() and \
                                (_number(d.figure) or 0) > max(own_counts):
                            d.figure.disputed_by = bare_name(_APPOSED_HEAD.sub("", denial.claimant, count=1), people)
                    continue
            owner = _DENIAL_OBJECT_OWNER.match(text, denial.end) or _DENIAL_OBJECT_NAMED.match(text, denial.end) \
                or _DENIAL_OBJECT_BY.match(text, denial.end)
            # "rejected the U.N. figure" right after a count its paragraph gives: that count, not the headline's
            just_given = owner is not None and owner.re is _DENIAL_OBJECT_NAMED and \
                _ONE_FIGURE.search(owner.group(0)) is not None and \
                any(x.sentence.paragraph == s.paragraph and x.start < denial.start and x.figure.claimant and
                    x.figure.claimant != denial.claimant and _owned_by(owner, None, text, x, denial) for x in drafts)
            generic = None if owner else _GENERIC_TOLL.match(text, denial.end)
            the_figure = None if owner or generic else (_THE_FIGURE.match(text, denial.end) or
                                                         _PASSIVE_FIGURE.match(text, s.start, denial.start))
            last_given = next((d for d in reversed(drafts) if d.start < denial.start and d.figure.claimant and
                               d.figure.claimant.lower() != denial.claimant.lower()), None) if the_figure else None
            if last_given is not None and last_given.sentence.paragraph != s.paragraph and \
                    s.index and sentences[s.index - 1].paragraph == s.paragraph and \
                    not _SAME_FIGURE.search(text, _paragraph_start(sentences, s), s.start):
                last_given = None  # the figure given last, in the paragraph before only if the denial opens its own
                # (or its paragraph speaks of that figure first: "… anything close to that number. The police rejected the figure")
            ours = None if owner else _DENIAL_OBJECT_OURS.match(text, denial.end)
            owner_name = _owner_name(claimants, owner, text, denial, people, nearby, drafts) if owner else None
            plain = None if owner or generic else plain_owner(text, denial, drafts)
            figure_of = None if owner or generic else _FIGURE_OF_N.match(text, denial.end)
            # "rejected the rescue group's figure of 31 dead": the figures with that number, whoever the text credits
            owned_n = _OWNED_FIGURE_OF_N.match(text, denial.end) if owner else None
            accused = _ACCUSED_TOLL.match(text, denial.end) if _ACCUSED_OF.match(text, denial.start) else None
            accused_of = accused_sources(text, accused, denial, drafts) if accused else None
            # "said 31 civilians had been killed and rejected the civil society figure": the measures
            # of the denier's own count in the sentence are those of the figure it rejects
            counter = {d.figure.measure for d in drafts if d.sentence.index == s.index and d.start < denial.start
                       and (d.figure.claimant or "").lower() == denial.claimant.lower()}
            # "denied this" / "denied that any commander was present": only what its own sentence says
            claims_that = _DENIED_CLAIMS_THAT.match(text, denial.end)
            clause = _DENIED_CLAUSE.match(text, denial.end) is not None or claims_that is not None
            # "rejected claims that 135 died, insisting that its toll of 56 …": the claim ends at the comma
            clause_end = _CLAUSE_STOP.search(text, claims_that.end(), s.end) if claims_that else None
            clause_end = clause_end.start() if clause_end else s.end
            pronoun = _DENIED_PRONOUN.match(text, denial.end) is not None
            denied = text[denial.end : s.end]
            # "denied holding any prisoners" disputes the captives, not the dead
            denied_object = _OBJECT_END.split(denied, 1)[0]
            named = [k for k, r in _MEASURE_WORDS.items() if r.search(denied_object)]
            scope = object_scope(denied_object, drafts)
            if not named:  # "rejected the governor's account, calling the reported deaths \"invention\""
                calling = _CALLING.search(denied)
                named = [k for k, r in _MEASURE_WORDS.items() if r.search(calling.group(1))] if calling else []
            if Measure.CASUALTIES in named and "asualt" in denied:  # "the casualty figures": the dead and the wounded
                named += [Measure.KILLED, Measure.INJURED]
            # "…, a figure Hamas has rejected": only the figure that the appositive follows
            apposed = _APPOSED_DENIAL.search(text, max(s.start, denial.start - 120), denial.start) is not None
            none_of = _DENIED_NONE.match(text, denial.end)  # "denied that any civilians had been killed"
            none_who = _NONE_WHO.get(none_of.group(1).lower().rstrip("s"), ()) if none_of else ()
            none_measures = [k for k, r in _MEASURE_WORDS.items() if r.search(none_of.group(2))] if none_of else ()
            owned_by_owner = {id(d) for d in drafts if d.sentence.index > 0 and  # (the headline's are not read as owned)
                              _owned_by(owner, owner_name, text, d, denial)} if owner is not None else set()
            for d in drafts:
                same_paragraph = d.sentence.paragraph == s.paragraph and d.start < denial.start and \
                    (not (apposed or pronoun) or d.sentence.index == s.index)
                if clause and same_paragraph and d.sentence.index != s.index:
                    # "denied that its forces killed civilians" disputes the killings reported before;
                    # "denied that any commander was present" disputes none of them
                    same_paragraph = _MEASURE_WORDS[d.figure.measure].search(denied) is not None
                elif same_paragraph and named and d.figure.measure not in named:
                    same_paragraph = False
                if clause and d.sentence.index == s.index and denial.end < d.start < clause_end:
                    same_paragraph = True  # "Kyiv denied that 500 soldiers had been captured"
                owned = False
                if generic and d.start < denial.start and d.figure.claimant and \
                        d.figure.claimant != denial.claimant:
                    # "He disputed the death toll": the tolls reported before it
                    owned = d.figure.measure in _GENERIC_MEASURES[next(
                        k for k in ("casualt", "toll", "") if k in generic.group())]  # "reports of civilian deaths"
                if owner and d.figure.claimant and d.sentence.index > 0 and d.start < denial.start:
                    owned = id(d) in owned_by_owner
                    if owned and "toll" in text[denial.end : denial.end + 60].lower():
                        owned = d.figure.measure in (Measure.KILLED, Measure.CASUALTIES)
                    if owned and named:  # "the ministry's figures for the dead": only those
                        owned = d.figure.measure in named
                    if owned and just_given and d.sentence.paragraph != s.paragraph:
                        owned = False
                if owned_n is not None and not owned and d.start < denial.start:
                    owned = _number(d.figure) == float(owned_n.group(1).replace(",", ""))
                if d.start < denial.start and not owned:
                    owned = owned_otherwise(d, plain, figure_of, accused, named or counter) and \
                        (not accused_of or d in accused_of)
                if ours is not None and named and d.figure.measure in named and d.figure.claimant:
                    owned = True  # (wherever the release gives them, before the denial or after)
                owned = owned or d is last_given or (d.start < denial.start and d.figure.who is not None and
                                                     d.figure.who.value in none_who and d.figure.measure in none_measures)
                own = (d.figure.claimant or "").lower() == denial.claimant.lower() or \
                    d is ally or speaks_for(d.figure.claimant, text[s.start : denial.start])  # no one disputes
                # their own figure, nor does "a PNH spokesman" the PNH's
                if own and apposed and same_paragraph and d is _last_before(drafts, s.index, denial.start):
                    own = False  # "…, a figure the army dismissed": said of that figure, whoever the text credits
                if only_later:
                    same_paragraph, owned = False, later is not None and d.start < denial.start and \
                        later_covers(d, later, denial.claimant)
                if last_given is not None and same_paragraph and d is not last_given and \
                        (d.sentence.index != last_given.sentence.index or d.figure.claimant != last_given.figure.claimant):
                    same_paragraph = False  # "…; Warsaw rejected the claim": the last one given, not the others before it
                if owner is not None and not owned and owned_by_owner:
                    same_paragraph = False  # "rejected the UN count": the UN's figures, not the others before it
                if (same_paragraph or owned) and scope is not None and not in_scope(d, text, scope):
                    same_paragraph = owned = False  # "claims of Ukrainian losses in Kursk region": only those
                if (same_paragraph or owned) and not own and \
                        (d.figure.disputed_by is None or owner is not None and owned and id(d) in by_clause):
                    d.figure.disputed_by = bare_name(_APPOSED_HEAD.sub("", denial.claimant, count=1), people)
                    if clause and not owned:
                        by_clause.add(id(d))
                    else:
                        by_clause.discard(id(d))
    spread_disputes(text, drafts)


def _owned_by(owner, owner_name, text, d, denial) -> bool:
    """A figure before the denial that the owner it names gave ("the UN count": OCHA's, if the text
    introduced OCHA as the UN's)."""
    if not d.figure.claimant or d.start >= denial.start:
        return False
    who = owner.group(1).strip().lower()
    bare = who.replace(".", "")  # "the Houthi tally": the Houthis'; "the U.N. figure": UNAMA's
    return (owner_name is not None and owner_name.lower() == d.figure.claimant.lower()) or \
        re.search(rf"(?<!\w){re.escape(who)}(?!\w)", d.figure.claimant.lower()) is not None or \
        " " not in bare and owner.group(1)[:1].isupper() and re.search(rf"(?<!\w){re.escape(bare)}", d.figure.claimant.lower().replace(".", "")) is not None or \
        is_source(text, d.figure.claimant, who[:-1] if text[owner.end() - 2] in "'’" else who)  # "the rights groups' toll"


def _last_before(drafts, index, at):
    return next((d for d in reversed(drafts) if d.sentence.index == index and d.start < at), None)
