"""Decides whether a hedge word ("believed", "thought to", "estimate") marks one figure as uncertain.

A hedge reaches a figure when it comes before the figure or its measure in the same clause (or in
a parallel "…, and that" clause after a verb like "estimated"), when it goes on the figure's own
clause ("7,000 people are missing and believed to be buried", "120 hostages are thought to
remain", "children who were believed to be trapped"), when it is said of the figure ("…, a figure
Kyiv has not confirmed"), or when it closes the sentence as its source ("…, officials estimate").
Words that only look like hedges do not count: an
adjective of the group ("suspected militants"), a negated modal ("could not be reached") and a
remark that the real toll is higher ("the true toll is thought to be higher").
"""

from __future__ import annotations

import re

from app.extract.tokens import Term

_ADJECTIVES = frozenset({"suspected", "alleged", "purported"})
_NOUN_AFTER = re.compile(r"\s+[\"“‘']?(?!(?:to|that|of|by|in)\b)[^\W\d_]", re.IGNORECASE)
_NEGATED = re.compile(r"\s+not\b", re.IGNORECASE)
_HIGHER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:higher|greater|larger|bigger|worse)\b", re.IGNORECASE)
_RISE_REMARK = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:rise|climb|grow|increase|go\s+up)\b"
                          r"(?!\s+(?:to|as\s+high\s+as|above|beyond|past)\b)",  # ("could rise as high as 20": a projection)
                          re.IGNORECASE)
_RISES = re.compile(r"\s+to\b", re.IGNORECASE)
_SAME_CLAUSE = re.compile(r"(?:\s+(?:and|or|are|is|were|was|have|has|had|been|being|be|still|now|also|all|"
                          r"\w+ly))*\s*,?\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:who|that|which)\s+(?:are|is|were|was|had\s+been|have\s+been|"
                       r"has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "eight people believed trapped", "four others feared dead": a hedge right after the counted group
_REDUCED_RELATIVE = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:still\s+)?$")
_PARTICIPLES = frozenset(("believed", "feared", "thought", "presumed"))
_OF_THE_FIGURE = re.compile(r"\s*,\s*(?:a|the|which\s+is\s+a)\s+(?:figure|number|toll|count|tally|claim|estimate)s?"
                            r"\s+(?:that\s+|which\s+)?(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r",\s*(?:[\w'’-]+\s+){0,4}$")
_SENTENCE_END = re.compile(r"\s*[.!?\"”’]*\s*$")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[—–]\s|,\s*(?:while|but|whereas|and|although|though)\b|"
                           r"\b(?:but|while|whereas|although)\b", re.IGNORECASE)
# A relative aside set off by commas: a hedge inside it stays there.
_ASIDE_OPENS = re.compile(r",\s*(?:which|who|whose)\b[^,;:()]*$", re.IGNORECASE)
_SOURCE_VERBS = frozenset({"estimate", "estimates", "estimated", "believe", "believes", "believed"})
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_PARALLEL_THAT = re.compile(r",\s*and\s+that\b", re.IGNORECASE)
# A closing disclaimer said of the sentence's figures: "…, which Reuters was unable to verify",
# "…, though this could not be verified"; not one said of something else ("though claims from the
# front could not be verified").
_DISCLAIMER = re.compile(r",\s*(?:(?:though|although|but|and)\s+)?(?:which|this|that|it|these|"
                         r"(?:a|the)\s+(?:figures?|numbers?|tolls?|claims?|counts?|tally|reports?)|"
                         r"(?:figures|numbers|tolls|claims|counts)\s+(?:that|which))\s+"
                         r"(?:[\w'’-]+\s+){0,4}?$", re.IGNORECASE)
_CHECKING = ("verif", "confirm", "check")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"”’)]*\s*|^[\"“]|[.!?\n]\s*[\"“])\Z")


def counts_as_hedge(text: str, term: Term) -> bool:
    """False for words that only look like hedges here (see the module docstring)."""
    if term.phrase == "may" and text.startswith("M", term.start) and not _SENTENCE_OPENS.search(text, 0, term.start):
        return False  # "NAIROBI, May 12", "between March and May": the month
    if term.phrase in _ADJECTIVES and _NOUN_AFTER.match(text, term.end):
        return False  # "suspected gang members": who they are, not how sure the number is
    if term.phrase == "would" and text.startswith("-be", term.end):
        return False  # "would-be migrants": who they are
    if term.phrase.split()[0] in ("could", "may", "might", "would") and _NEGATED.match(text, term.end):
        return False  # "300 residents could not be reached"
    if term.phrase.endswith("rise"):  # "expected to rise" is a remark, "expected to rise to 400" a projection
        return _RISES.match(text, term.end) is not None
    if _RISE_REMARK.match(text, term.end):
        return False  # "the toll rose to 40 and could rise further"
    return not _HIGHER.match(text, term.end)  # "the true toll is thought to be higher"


def hedge_reaches(text: str, hedges: list[Term], measures: list[Term], sentence_end: int,
                  fig_start: int, fig_end: int, measure_start: int) -> bool:
    """True if one of the sentence's `hedges` marks the figure at [fig_start, fig_end) whose
    measure word starts at `measure_start`."""
    end = max(fig_end, measure_start + 1)
    measure_end = next((t.end for t in measures if t.start == measure_start), fig_end)
    clause_from = measure_end if measure_start >= fig_end else fig_end
    for term in hedges:
        if not counts_as_hedge(text, term):
            continue
        if term.start < end:
            head = min(fig_start, measure_start)
            if term.end <= head and _ASIDE_OPENS.search(text, max(0, term.start - 80), term.start) and \
                    text.find(",", term.end, head) >= 0:
                continue  # "The war, which broke out over plans to merge …, has killed": the aside's own
            brk = _CLAUSE_BREAK.search(text, term.end, fig_start) if term.end <= fig_start else None
            if brk and text.find("\n", term.end, fig_start) < 0 and not (  # (a table row: its intro's hedge)
                    term.phrase in _SOURCE_VERBS and _PARALLEL_THAT.match(text, brk.start())):
                continue  # "scores are feared dead, and 300 were hurt": the hedge stays in its clause
            return True
        if _SAME_CLAUSE.fullmatch(text, clause_from, term.start) or _RELATIVE.fullmatch(text, fig_end, term.start):
            return True
        if term.phrase.split()[0] in _PARTICIPLES and _REDUCED_RELATIVE.fullmatch(text, fig_end, term.start):
            return True  # "searching for at least eight people believed trapped under the mud"
        if clause_from == fig_end and any(fig_end < t.start <= fig_end + 1 and
                                          _SAME_CLAUSE.fullmatch(text, t.end, term.start) for t in measures):
            return True  # "The toll of 50 dead has yet to be confirmed"
        if any(w in term.phrase for w in _CHECKING) and _DISCLAIMER.search(text, fig_end, term.start) and \
                _SENTENCE_END.fullmatch(text, term.end, sentence_end):
            return True  # "…, which Reuters was unable to verify."
        if any(_OF_THE_FIGURE.fullmatch(text, at, term.start) for at in (clause_from, fig_end)):
            return True  # "…at around 100,000, a figure Kyiv has not confirmed"
        if term.phrase.startswith("estimate") and _ACCORDING_TO.search(text, max(0, term.start - 20), term.start):
            return True  # "…, according to estimates by analysts"
        if term.phrase in _SOURCE_VERBS and _SOURCE_BEFORE.search(text, fig_end, term.start) and \
                _SENTENCE_END.fullmatch(text, term.end, sentence_end):
            return True  # "…, officials estimate."
    return False



# A sentence of its own that says figures given before could not be checked: "The claim could not
# be independently verified.", "AFP could not independently verify either side's claims.", "The
# BBC could not independently verify the Pakistani military's figures."
_UNCHECKED = re.compile(r"\b(?:could|can|was|were|is|are|has|have)\s+not\s+(?:be\s+|been\s+)?(?:independently\s+)?"
                        r"(?:verif\w*|confirm\w*|check\w*)|(?<![\w-])neither\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+){0,2}(?:claims?|figures?|"
                        r"accounts?|tolls?|reports?)\s+(?:could|can|has|have|was|were)\s+(?:be\s+|been\s+)?"
                        r"(?:independently\s+)?(?:verif\w*|confirm\w*)|\b(?:unable|not\s+(?:been\s+)?able)\s+to\s+(?:independently\s+)?(?:verify|confirm)",
                        re.IGNORECASE)
_SIDES_CLAIMS = re.compile(r"neither\s+(?:side|party)['’]s\s", re.IGNORECASE)
_CLAIMS = r"(?:claims?|figures?|tolls?|numbers?|reports?|accounts?|tall(?:y|ies)|counts?|estimates?)"
_THE_CLAIM = re.compile(rf"\s*[\"“]?(?:the|these|those|this|that|such|its|their|both|neither|it|they)\b"
                        rf"(?:\s+[\w'’-]+){{0,2}}?(?:\s+{_CLAIMS})?\s*$", re.IGNORECASE)
_PLURAL_CLAIMS = re.compile(r"\s*(?:The|These|Those|All\s+(?:the|these))\s+(?:[\w'’-]+\s+)?(?:figures|numbers|tolls|claims|counts)\s*$")
_EITHER_SIDE = re.compile(rf"\s+(?:either|both|the\s+two)\s+sides?['’]?s?\s+(?:[\w-]+\s+)?{_CLAIMS}",
                          re.IGNORECASE)
# "the figures given by either side": said of the whole article's two sides
_GIVEN_BY_EITHER = re.compile(rf"\s+(?:the\s+)?{_CLAIMS}\s+(?:given|provided|released|reported|issued|cited)\s+by\s+"
                              rf"(?:either|both|the\s+two)\s+sides?", re.IGNORECASE)
# "Neither claim could be …", "Both accounts could not be …": the claims of the two sentences before.
_TWO_CLAIMS = re.compile(r"\s*(?:neither|both|either)\b", re.IGNORECASE)
# A note that names the kinds of figures it cannot vouch for: "Casualty and abduction figures … were
# provided by …; we have not been able to verify them", "Death tolls … could not be confirmed".
_KINDS = {"casualt": ("killed", "injured", "casualties"), "death": ("killed",), "fatalit": ("killed",),
          "injur": ("injured",), "wound": ("injured",), "abduct": ("captured",), "kidnap": ("captured",),
          "displace": ("displaced",)}
_KIND_NOTE = re.compile(r"\s*[\"“]?(?:the\s+)?((?:(?:casualty|death|fatality|injury|abduction|kidnapping|"
                        r"displacement)\s+(?:and\s+|or\s+|,\s*)?)+)(?:figures|tolls|numbers|data|counts)\b",
                        re.IGNORECASE)  # "either side's claims", "both sides' battlefield reports"
_OWNED_CLAIMS = re.compile(rf"\s+(?:the\s+)?((?:[\w-]+\s+){{0,3}}?[\w-]+)['’]s?\s+(?:[\w-]+\s+)?{_CLAIMS}",
                           re.IGNORECASE)
_OWNER_SUBJECT = re.compile(rf"\s*[\"“]?(?:[Tt]he\s+)?((?:[\w-]+\s+){{0,3}}?[\w-]+)['’]s?\s+(?:[\w-]+\s+)?{_CLAIMS}\s*$")
_PLAIN_CLAIMS = re.compile(rf"\s+(?:the|these|those|this|that|such|its|their)\s+(?:[\w'’-]+\s+)?{_CLAIMS}\b",
                           re.IGNORECASE)


# "could not verify the governor's toll": one toll, of the dead; not the wounded and missing given beside it
_DEATH_TOLL = re.compile(r"[^.;,]{0,60}?(?<!casualty\s)(?<!injury\s)\btoll\b(?!s)", re.IGNORECASE)


def apply_disclaimers(text: str, sentences, drafts, is_source) -> None:
    """Hedge the figures that a later sentence says could not be verified: the sentence before
    ("The claim could not be independently verified."), those of both sides in its paragraph and
    the one before ("… could not independently verify either side's claims"), or those of a named
    source in the paragraphs before ("… the Pakistani military's figures"); `is_source(claimant,
    owner)` tells whether a figure's claimant is that source."""
    if not drafts or ("verif" not in text and "confirm" not in text and "check" not in text):
        return
    by_sentence: dict[int, list] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for m in _UNCHECKED.finditer(text):
        s = next((x for x in sentences if x.start <= m.start() < x.end), None)
        if s is None or any(d.start < m.start() for d in by_sentence.get(s.index, ())):
            continue  # said in the figures' own sentence: hedge_reaches reads it
        before = [x for x in sentences[max(0, s.index - 12) : s.index] if x.index in by_sentence]
        if not before:
            continue
        passive = text.startswith(("be", "been"), m.start() + m.group().lower().find("not ") + 4)
        targets = []
        subject = _OWNER_SUBJECT.fullmatch(text, s.start, m.start()) if passive else None
        owned_targets = [d for x in before for d in by_sentence[x.index] if d.figure.claimant and
                         is_source(d.figure.claimant, subject.group(1))] \
            if subject and subject.group(1).lower() not in ("its", "their", "his", "her") else []
        kinds = _KIND_NOTE.match(text, s.start, m.start())
        if kinds:
            measures = {x for k, ms in _KINDS.items() if k in kinds.group(1).lower() for x in ms}
            targets = [d for d in drafts if d.sentence.index < s.index and d.figure.measure in measures]
        elif m.group()[:1] in "Nn" and _SIDES_CLAIMS.match(text, m.start()):
            # "Neither side's claims could be verified": the claims of this paragraph and the two before
            targets = [d for x in before if x.paragraph >= s.paragraph - 2 for d in by_sentence[x.index]]
            if "battlefield" in m.group().lower():  # "Neither side's battlefield figures …": the soldiers'
                targets = [d for d in targets if d.figure.who == "soldiers"]
        elif m.group()[:1] in "Nn" and before[-1].index == s.index - 1:  # "Neither claim could be verified"
            targets = by_sentence[before[-1].index]
            if len(before) > 1 and len({x.paragraph for x in sentences[before[-2].index : s.index + 1]}) <= 2:
                targets = targets + by_sentence[before[-2].index]
        elif owned_targets:  # "The ministry's figures could not be independently verified": all it gave before
            targets = owned_targets
        elif passive and _THE_CLAIM.fullmatch(text, s.start, m.start()):
            last = before[-1]
            if last.index == s.index - 1:
                targets = by_sentence[last.index]
                if _PLURAL_CLAIMS.fullmatch(text, s.start, m.start()):  # "The figures could not be verified":
                    targets = [d for x in before if x.paragraph == s.paragraph for d in by_sentence[x.index]]
                    targets = targets or by_sentence[last.index]  # every one its paragraph gave
                if _TWO_CLAIMS.match(text, s.start) and len(before) > 1 and \
                        before[-2].paragraph >= s.paragraph - 1:
                    targets = targets + by_sentence[before[-2].index]
        elif not passive and _EITHER_SIDE.match(text, m.end(), s.end):
            paragraphs = {s.paragraph, max(x.paragraph for x in before if x.paragraph < s.paragraph)} \
                if any(x.paragraph < s.paragraph for x in before) else {s.paragraph}
            targets = [d for x in before if x.paragraph in paragraphs for d in by_sentence[x.index] if d.figure.claimant]
            targets += _parties_figures(drafts, before, by_sentence, is_source)
        elif not passive and _GIVEN_BY_EITHER.match(text, m.end(), s.end):
            targets = _parties_figures(drafts, before, by_sentence, is_source)
        elif not passive and (owned := _OWNED_CLAIMS.match(text, m.end(), s.end)):
            owner = owned.group(1)
            targets = [d for x in before for d in by_sentence[x.index]
                       if d.figure.claimant and is_source(d.figure.claimant, owner)]
        elif not passive and _PLAIN_CLAIMS.match(text, m.end(), s.end) and before[-1].index == s.index - 1:
            targets = by_sentence[before[-1].index]
        if targets and not kinds and _DEATH_TOLL.match(text, m.end(), s.end):
            targets = [d for d in targets if d.figure.measure == "killed"]  # "the official's toll": its dead
        for d in targets:
            d.figure.hedged = True


def _parties_figures(drafts, before, by_sentence, is_source) -> list:
    """The figures, anywhere before, of the two sides of the article's dispute: those disputed, and
    those whose claimant is the one disputed or the one who disputes ("either side" said at the
    end of an article whose sides contradict each other)."""
    disputed = [d for d in drafts if d.figure.disputed_by]
    if not disputed:
        return []
    parties = {d.figure.disputed_by for d in disputed} | {d.figure.claimant for d in disputed if d.figure.claimant}
    return [d for x in before for d in by_sentence[x.index] if d.figure.disputed_by or (
        d.figure.claimant and any(is_source(d.figure.claimant, p) for p in parties))]
