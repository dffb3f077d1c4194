"""Who a figure counts (civilians, children, soldiers…) and whose they are (the side).

The group is named next to the number or its measure ("5,937 Russian soldiers", "Palestinian
fatalities … below 100"), is never the agent of the verb ("Israeli forces freed four"), and may be
referred back to ("16 of its soldiers", "435 children had been killed and 2,025 injured").
"""

from __future__ import annotations

import re

from app.domain import Figure, Who
from app.extract.tokens import Term
from app.extract.vocab import Vocabulary

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_SUFFERED = re.compile(r"['’]?s?\s+(?:\w+\s+){0,2}?(?:suffered|lost|has\s+lost|had\s+lost|losses\s+of)\b",
                       re.IGNORECASE)
_HOLDING = frozenset({"custody", "captivity", "detention", "prisons", "prison", "jails", "jail"})
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_OF_ITS = re.compile(r"\s+of\s+(?:its|their)\s", re.IGNORECASE)
_LINK_WORD = re.compile(r"\b(?:when|after|as|while|because|by|in|at|on|from|since|during|near|with|that|who|"
                        r"which)\b", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*(?:[—–(]|--)\s*(?:[\w'’-]+\s+){0,2}")
_SHARE = re.compile(r"\b(?:mostly|mainly|largely|chiefly|predominantly|many|most|some|including|among\s+them)\b",
                    re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_PASSIVE = re.compile(r"\b(?:been|were|was|are|is|being)\b", re.IGNORECASE)
_AUX_AFTER = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)(?=\s)", re.IGNORECASE)
_HOMECOMING = (" home", " back")
# Those who crossed a border, and the country they came from right after them
_CROSSERS = frozenset({"refugees", "refugee", "asylum-seekers", "asylum seekers"})
_FROM_COUNTRY = re.compile(r"\s+(?:(?:who\s+)?(?:have\s+|had\s+)?(?:fled|fleeing|escaping|arriving|arrived)\s+)?"
                           r"from\s+(?:neighbouring\s+|neighboring\s+|war-torn\s+)?")
_NOT_ADJACENT = re.compile(r"[,;:.()—–]|\b(?:in|across|from|to|at|near|inside|throughout|into|and|or|by|"
                           r"of|with|for|as|the|a|an|who|that|which|were|was|had|have|has|are|is|than|when|after|while|because|"
                           r"before|until|since|during|if|whereas)\b",
                           re.IGNORECASE)
_PART_CUE = re.compile(r"\b(?:including|among\s+them)\b", re.IGNORECASE)
_STATE_FORCES = re.compile(r"\b(?:army|government|federal|regime|state|national|pro-government|junta)\s+$")
_MEMBERS_OF = re.compile(r"\s+(?:members|personnel|officers|troops|units|servicemen|soldiers|prisoners(?:\s+of\s+war)?|POWs)"
                         r"\s+of\s+(?:the\s+)?(?:(?:armed\s+forces|army|military|navy|forces)\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
_BARE_SOLDIERS = frozenset({"soldiers", "troops", "servicemen"})
# Members of an armed body: "members of the People's Defence Force", "of the rival armed group", "of a militia"
_ARMED_MEMBERS = re.compile(r"\s+(?:(?:suspected|alleged)\s+)?(?:members|fighters)\s+of\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"((?:rival|armed|militant|rebel|jihadist|insurgent|paramilitary)\s+(?:groups?|factions?)|"
                            r"[A-Z][\w'’-]*\s+(?:Forces?|Army|Brigades?|Militias?|Battalions?|Front|Movement)|militias?)\b")
_POLICE = frozenset({"police", "policemen", "police officers"})
_AND_ONE_WORD = re.compile(r"\s+and\s+(?:(?:army|military|government|junta|regime|state|regular|[A-Z][\w'’-]+)\s+)?")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those|our\s+(?!own\b)[\w-]+)\b", re.IGNORECASE)
_MORE = re.compile(r"\s+(?:others?|more|other|further)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\s+others?\b|\s+other\s", re.IGNORECASE)
_BOTH_SIDES = re.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}?\s+(?:on|from|of)\s+(?:both|either|each|the\s+two)\s+sides?\b",
                         re.IGNORECASE)
_BARE_OTHERS = re.compile(r"\s+others\b")  # "wounding four others": the same group, its side too
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)—–]|$|others?\b|more\b|(?:in|on|at|near|across|during|since|after|over|overnight|when)\s)", re.IGNORECASE)
_LIST_BETWEEN = re.compile(r"[^.;:()\n]{0,80}?(?:\band|\bor|,)\s+(?:[\w'’-]+\s+){0,2}")
# A bare number whose people were uprooted: soldiers' losses are never counted so
_UPROOTED = re.compile(r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:displaced|fled|homeless|uprooted|evacuated|"
                       r"refugees|forced\s+from)\b", re.IGNORECASE)
_PARTICLES = frozenset({"over", "out", "away", "up", "free", "kill", "release", "capture", "detain",
                        "deport", "move", "evacuate", "relocate"})


_AGENT_BY = re.compile(r"\s(?:by|at\s+the\s+hands\s+of)\s")


def words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text, start, end)) if end > start else 0


# Headline present tenses that take the counted group as object ("Israel releases 90 …").
_PRESENT_VERBS = frozenset({"free", "frees", "set free", "sets free", "release", "releases", "kills", "captures",
                            "detains", "abducts", "kidnaps", "evacuates", "rescues", "arrests", "executes"})


def acts(term: Term) -> bool:
    """A measure word that is a verb with the counted group as its object ("freed", "killed",
    "handed over"), not a noun for the group ("fatalities", "toll", "dead")."""
    last = term.phrase.split()[-1]
    return last != "dead" and (last.endswith(("ed", "ing")) or last in _PARTICLES or
                               term.phrase in _PRESENT_VERBS)


def _possessive(text: str, end: int) -> bool:
    return text[end : end + 2] in ("'s", "’s")


_NUMBER_OF = re.compile(r"\b(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?$", re.IGNORECASE)

class GroupReader:
    """Reads who and side for one number from the who, side and measure terms of its sentence."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._group_words = set(vocab.who) | set(vocab.measures)

    def who(self, text, terms, num_start, num_end, measure_term, after_end, before_start) -> Term | None:
        """The who word after the number (or next to its measure), else before a measure that
        names the group, else the group that "suffered" the losses."""
        armed = _ARMED_MEMBERS.match(text, num_end)
        if armed is not None:  # "19 members of the People's Defence Force", "40 members of the rival group"
            return Term(armed.start(1), armed.end(1), Who.SOLDIERS.value, armed.group(1).lower())
        reach = 7 if _MEMBERS_OF.match(text, num_end) else 4  # "264 members of Myanmar's border police"
        for term in terms.who:
            if num_end <= term.start <= after_end and words_between(text, num_end, term.start) <= reach:
                if _PART_CUE.search(text, num_end, term.start):
                    break  # "kills scores, including children": the children are a part
                if _AGENT_BY.search(text, num_end, term.start):
                    break  # "the killing of 27 Palestinians by Israeli forces": the forces did it
                if measure_term is not None and measure_term.end <= num_start and \
                        any(num_end <= m.start < term.start for m in terms.measures):
                    break  # "kill dozens, abduct children": the group of another verb
                if measure_term is None or measure_term.end <= num_start or term.start <= measure_term.start:
                    return self._apposed(text, terms, term)
                if words_between(text, measure_term.end, term.start) <= 3 and \
                        not _LINK_WORD.search(text, measure_term.end, term.start):
                    return term  # "12 killed, most of them civilians", not "11 wounded when … troops"
        if measure_term is not None and measure_term.end <= num_start:
            for term in terms.who:
                if before_start <= term.start and term.end <= num_start:
                    if term.end <= measure_term.start:
                        if acts(measure_term) and words_between(text, measure_term.end, num_start) <= 1 and \
                                not _PASSIVE.search(text, term.end, measure_term.start):
                            continue  # "Israeli forces freed four …": the group acts
                        near_measure = words_between(text, term.end, measure_term.start) <= 2
                    else:
                        near_measure = words_between(text, measure_term.end, term.start) <= 3
                    if near_measure:
                        return term
        for term in terms.who:
            if before_start <= term.start <= term.end <= num_start and \
                    _SUFFERED.match(text, term.end, num_start):
                return term  # "Russian forces had suffered about 47,000 casualties"
        return None

    @staticmethod
    def _apposed(text, terms, term):
        """A plain group word gives way to a more precise one set off after it: "13 Israeli
        hostages — women and children — along with …" are civilians, "border police and army
        soldiers" are soldiers."""
        if term.key != Who.PEOPLE:
            return term
        for other in terms.who:
            if other.start >= term.end and other.key == Who.SOLDIERS and term.phrase in _POLICE and \
                    _AND_ONE_WORD.fullmatch(text, term.end, other.start):
                return other  # "border police and army soldiers": security forces with soldiers
            if other.start >= term.end and other.key != term.key:
                if _APPOSITION.fullmatch(text, term.end, other.start) and \
                        not _SHARE.search(text, term.end, other.start):
                    return other  # not "300 families — mostly women and children —": only a share
                break
        return term

    def side(self, text, terms, num_start, num_end, measure_term, who_term, before_start) -> str | None:
        """The party the counted group belongs to: "5,937 Russian soldiers", "10,022 Palestinians",
        "16 of its soldiers" (the party named before), "Palestinian fatalities … below 100", never
        the agent of the verb ("Hamas freed 13")."""
        members = _MEMBERS_OF.match(text, num_end) if terms.sides else None
        if members:
            owner = next((s for s in terms.sides if s.start >= members.end()), None)
            if owner is not None and words_between(text, members.end(), owner.start) == 0:
                return owner.key  # "264 members of Myanmar's border police": whose members they are
        anchors = [t for t in (who_term, measure_term) if t is not None] if terms.sides else []
        for side in terms.sides:  # the group's own name or demonym wins over a party named before
            if who_term is not None and side.start == who_term.start:
                return side.key  # "Ukrainians", "Palestinians"
            if num_end <= side.start and words_between(text, num_end, side.start) <= 3 and \
                    not _possessive(text, side.end) and not _NOT_ADJACENT.search(text, num_end, side.start):
                return side.key  # "10,022 Palestinians", "76 badly hurt Palestinians", not "31 across Ukraine"
        for side in terms.sides:
            for anchor in anchors:
                if side.end <= anchor.start and words_between(text, side.end, anchor.start) <= 1:
                    if anchor is measure_term and anchor.end <= num_start and acts(anchor) and \
                            not _NUMBER_OF.search(text, max(0, side.start - 20), side.start):
                        continue  # "Hamas freed 13 …": the side acts (not in "the number of Palestinians killed … 12")
                    if anchor is measure_term and anchor.phrase in _HOLDING and _IN_BEFORE.search(
                            text, max(0, side.start - 4), side.start):
                        continue  # "80 … remain in Azerbaijani custody": the captor, not the group
                    if (side.start >= num_end or anchor.end <= num_start) and not _possessive(text, side.end):
                        return side.key
        if measure_term is not None and measure_term.phrase.lower() in _CROSSERS and terms.sides:
            for side in terms.sides:  # "32,470 refugees from Myanmar": who crossed a border is its people
                if side.start >= measure_term.end and _FROM_COUNTRY.fullmatch(text, measure_term.end, side.start) \
                        and not _possessive(text, side.end):
                    return side.key
        if _OF_ITS.match(text, num_end):
            owners = [s for s in terms.sides if s.end <= num_start and not self._qualifies(text, s)]
            if owners:
                return owners[-1].key  # "Israel said 16 of its soldiers had been killed"
        for side in terms.sides:
            if before_start <= side.start <= side.end <= num_start and \
                    _SUFFERED.match(text, side.end, num_start):
                return side.key
        for term in terms.measures:  # "Ukraine wins back 90 prisoners": the side takes its own people home
            if before_start <= term.start and term.end <= num_start and term.phrase.endswith(_HOMECOMING):
                owners = [s for s in terms.sides if 0 <= term.start - s.end <= 1]
                if owners:
                    return owners[-1].key
        if _BOTH_SIDES.match(text, num_end):
            return None  # "killed nearly 300 soldiers on both sides": no one party's
        if who_term is not None and who_term.key == Who.SOLDIERS and terms.article is not None and \
                _STATE_FORCES.search(text, max(0, who_term.start - 30), who_term.start) and \
                terms.article.home:
            return terms.article.home  # "hundreds of army soldiers", "40 government soldiers"
        if who_term is not None and who_term.phrase.lower() in _BARE_SOLDIERS and terms.article is not None and \
                not text.startswith(" of the ", num_end) and not _PART_CUE.search(text, max(0, num_start - 16), num_start) \
                and terms.article.army:
            return terms.article.army  # "Six soldiers were killed" in a story about "Mali's army"
        return self._referred_back(text, terms, num_start, who_term)

    @staticmethod
    def _referred_back(text, terms, num_start, who_term) -> str | None:
        """The side of a group named earlier with it: "… Ukrainian children … 16,226 children". A
        headline figure may take the group the article names first."""
        if who_term is None or who_term.key == Who.PEOPLE or terms.article is None:
            return None
        same = [(pos, side) for pos, phrase, side in terms.article.named if phrase == who_term.phrase]
        earlier = [side for pos, side in same if pos < num_start]
        if earlier:
            return earlier[-1]
        if same and "\n" in text and num_start < text.index("\n"):
            return same[0][1]
        return None

    def _qualifies(self, text, side) -> bool:
        """The side word describes a group named right after it ("Palestinian refugees"), so it
        owns nothing in "UNRWA, the UN agency for Palestinian refugees, said 88 of its staff"."""
        nxt = _NEXT_WORD.match(text, side.end)
        return nxt is not None and nxt.group(1).lower() in self._group_words

    def carry_over(self, text, terms, who: Who, side: str | None, num_start: int, num_end: int,
                   previous: Figure | None, parent_side: str | None) -> tuple[Who, str | None]:
        """Who and side a number takes from the figure it goes with: a part has its whole's side
        ("10,022 Palestinians …, including 4,104 children"), and a bare number in the same list has
        the who of the whole figure before it ("435 children had been killed and 2,025 injured",
        "killed 53 Ukrainian prisoners of war and wounded 75"), as do "N others" just after a figure.
        The side of a bare number is left open, as the gold set does ("274 Palestinians dead and 700
        hurt")."""
        if previous is not None and who == Who.PEOPLE and previous.end <= num_start and \
                _OF_THEM.match(text, num_end) and num_start - previous.end < 300:
            who = previous.who  # "264 border guards and soldiers … A dozen of them were wounded"
        if parent_side is not None:
            return who, parent_side
        if previous is not None and who == Who.PEOPLE and previous.end <= num_start and \
                _OTHERS.match(text, num_end) and num_start - previous.end < 300:
            # "Three members of a rescue team died … Two other team members"; "wounding four others"
            return previous.who, side or (previous.side if _BARE_OTHERS.match(text, num_end) else None)
        if previous is not None and who == previous.who == Who.SOLDIERS and side is None and \
                previous.end <= num_start and _MORE.match(text, num_end) and num_start - previous.end < 300:
            return who, previous.side  # "Four Armenian soldiers were killed … Two more servicemen"
        if previous is not None and previous.end <= num_start and who == Who.PEOPLE and \
                self._bare(text, terms, num_end) and \
                _LIST_BETWEEN.fullmatch(text, previous.end, num_start) and \
                all(words_between(text, previous.end, t.start) <= 2 for t in (*terms.who, *terms.sides)
                    if previous.end <= t.start < num_start):  # no other group named in between
            if previous.who == Who.SOLDIERS and _UPROOTED.match(text, num_end):
                return who, side  # "Six soldiers killed and more than 1,400 displaced": not soldiers
            if previous.who == Who.SOLDIERS and side is None:
                return previous.who, previous.side  # "Four Armenian soldiers were killed and seven wounded"
            return previous.who, side
        return who, side

    @staticmethod
    def _bare(text: str, terms, num_end: int) -> bool:
        """No noun of its own after the number: "… and 700 hurt", "… and wounded 75, according to"."""
        if _BARE_AFTER.match(text, num_end):
            return True
        aux = _AUX_AFTER.match(text, num_end)
        nxt = _NEXT_WORD.match(text, aux.end() if aux else num_end)
        return nxt is not None and any(t.start == nxt.start(1) for t in terms.measures)
