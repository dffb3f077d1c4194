"""The subject phrase before a claim verb: "…, the UN Human Rights Monitoring Mission in Ukraine said",
with appositives, ages, relative clauses and asides stepped over, and whether a phrase can name a
source at all. A part of `ClaimantFinder`, which holds the word lists it reads."""

from __future__ import annotations

import re

from app.extract.claim_after import _PAREN, _TRAILING, _TRAILING_LAST, WHEN_ISSUED, acronym_in, identified_as
from app.extract.claim_clauses import place_aside
from app.extract.claim_fragments import bare_preposition
from app.extract.claim_names import PRONOUNS as _PRONOUNS
from app.extract.claim_spans import can_claim, numbered_service, numbered_unit
from app.extract.numbers import NUMBER_WORDS
from app.extract.sentences import LIST_BULLETS

_FUNCTION_WORDS = frozenset(
    "The A An In On At By But And Or For Of As If When While After Before Since Until Across Among "
    "Some Many Most More About Over Under Nearly Almost Around Hundreds Thousands Dozens Millions "
    "St Saint Church Mount Lake Cape Port Fort Easter Christmas Holy Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November December "
    "This That These Those It He She They We I You Read Share Follow Caption Photo Video Advertisement "
    "Sponsored Subscribe Related Listen".split()
)
# "Nationally, …", "Elsewhere, …": a sentence's opening adverb, no name ("Meanwhile", "Later" … go with _LEADING)
_OPENING_ADVERB = re.compile(r"[A-Z][a-z]+ly|Elsewhere|Overall|Nationwide|Instead")
# An aside opening on a participle: ", covering the period up to …,", ", dated 3 May,"
_PARTICIPLE_ASIDE = re.compile(r"(?:covering|spanning|dated|updated|issued|released|published)\s")
_LEADING = re.compile(
    r"^(?:(?:and|but|also|then|later|earlier|separately|meanwhile|however|so|as|while|"
    r"although|though|when|after|before|that|which|where|(?-i:[Ww]ho|[Ww]hose|[Ww]hom)|"
    # "10:40 PKT Doctors at the hospital say": a live blog's time zone before the subject
    r"(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|EAT|CAT|WAT|PKT|IST|MMT|ICT|WIB|PHT|JST|EST|EDT|MSK|TRT|AST|AFT)|"
    # "On Monday it said": a day before the subject
    # … or "By Wednesday afternoon the ministry put the toll at 22"
    r"(?:(?:late|early)\s+)?(?:on|last|this|by)\s+(?:(?:late|early)\s+)?(?:(?-i:Easter|Christmas|Orthodox|Good|Holy)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:(?:on|by)\s+)?(?-i:Easter|Christmas|Holy|Good|New\s+Year['’]s)\s+"  # "On Christmas Eve Ukraine said"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day|Eve)|"
    r"on\s+an?\s+(?:typical|normal|ordinary|average|good|bad|quiet|busy)\s+day|"  # "On a typical day the administration …"
    r"by\s+(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening|nightfall|midday|noon|dawn|dusk)|"  # "By early afternoon the council"
    # "In February the junta's information team said": a month before the subject
    r"in\s+(?:early\s+|late\s+|mid-)?(?-i:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?:\s+\d{4})?)\b[\s,]*)+",  # not "WHO"
    re.IGNORECASE,
)
_VERB_START = re.compile(r"^(?:is|are|was|were|has|have|had|be|been|being|will|would)\b(?!-)", re.IGNORECASE)
_SPACED_DASH = re.compile(r".*\s(?:--?|–)\s", re.DOTALL)  # the last spaced hyphen or en dash
# the named body closing a clause, that a "which" right after it stands for
_NAMED_TAIL = re.compile(r"\b(?:by|to|from|of|with|on|at)\s+(?:the\s+)?(?:so-called\s+)?((?:[A-Z][\w'’-]*|the)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|on|the))*)$")
_VERB_BEFORE_TAIL = re.compile(r"\b(?!(?:of|for|and|the|on|in|de|del|du|des|la|le)\b)[a-z]{3,}\b")
_RELATIVE = re.compile(r"\s+(?:that|who|which|whose)\s.*$")  # case kept: "the WHO director-general"
# An appositive that describes rather than names: "a Britain-based monitor", "known as the White Helmets"
_DESCRIPTION = re.compile(r"^(?:an?\s|known\s+as\s|also\s+known\s+as\s|one\s+of\s)", re.IGNORECASE)
_COMMON_SPEAKER = re.compile(r"(?:(?:the|an?|one|two|three|four|several|some)\s+)?(?:[a-z][a-z'’-]*\s+){0,5}"
                             r"[a-z][a-z'’-]*[a-z]")  # "the coast guard", "a nurse", "two neighbours"
_KNOWN_AS_ACRONYM = re.compile(r"(?:also\s+)?known\s+as\s+([A-Z]{2,8})$")
_BE = re.compile(r"\b(?:is|are|was|were|been|has|have|had)\b")  # "Eleven people were hurt, a nurse said": a clause
_AGE = re.compile(r"\d{1,3}")  # "Fatima Ali, 52, said"
_HONORIFIC = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+")
_RANK = re.compile(r"^(?:(?:Police|Army|Military|Navy|Naval|Marine|Air\s+Force)\s+)?(?:Chief\s+|Senior\s+|Deputy\s+)?(?:(?:Colonel|Major|"
                   r"General|Captain|Lieutenant|Sergeant|Inspector|Superintendent|Commander|Brigadier|Commissioner)\s+|"
                   r"(?:(?:Lt|Col|Gen|Maj|Capt|Brig|Sgt|Cmdr|Insp|Supt)\.?\s+){1,2})(?=[A-Z])")  # "Lt. Col. X"
# before the speaker's name: '…," said X', "That figure was rejected by X"
_SPEECH_BEFORE = re.compile(r"^(?:said|says|added|told\s+\w+|.{0,40}?\b(?:was|were)\s+(?:rejected|disputed|denied|"
                            r"contested|questioned|challenged)\s+by)\s+")
_DIGIT = re.compile(r"\d")
_LOOSE_DIGIT = re.compile(r"(?<![A-Za-z\d])\d")  # a number of its own, not one in a name ("the M23", "G5 Sahel")
# A count in digits or lower-case words ("eleven dead", "Bharatpur nine and Butwal six"): a clause
# with one is what a source said, not the name an aside ("a local official") describes
_COUNTED = re.compile(_LOOSE_DIGIT.pattern + r"|\b(?:" + "|".join(w for w in NUMBER_WORDS if w != "one") + r")\b")
# … unless a body's acronym in brackets says the numbered words name a unit ("(ISOC) Region 4")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,8}\)")
# "The Inter-Services Public Relations (ISPR), the military's media wing, said": the body named
# with its acronym, not the description after it
_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z]{1,7}\)$")
_BARE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,8}")  # "JNIM, al Qaeda's affiliate in the Sahel, said"
# … or an owned description: "(JNIM), al Qaeda's affiliate in the Sahel, said"
_DEFINITE_ASIDE = re.compile(r"the\s+[a-z]|(?:[\w.-]+\s+){0,2}[\w.-]+['’]s\s+[a-z]")
# "…, a figure Hamas has rejected", "…, accusations the government rejects": the rejecter
_MEMBERS_OF = re.compile(r"^(?:[Vv]olunteers|[Mm]embers|[Ss]taff|[Rr]escuers|[Tt]eams)\s+of\s+(?=the\s+[A-Z]|[A-Z])")
_TIMED_PRONOUN = re.compile(r"^(?:In|On|During|Over|By|For|Since|Last|This|Earlier|Later)\s[^,]{0,40}?\s(it|they|he|she|we)$")
# "Reading the ruling in a packed courtroom, presiding magistrate X said": a participle's clause, no name
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{2,}ing\s+(?:the|a|an|to|from|at|in|on|with|his|her|its|their)\s")
_OBJECT_APPOSITIVE = re.compile(r"^(?:(?:an?|the|this|these|those)\s+)?(?:(?:figure|claim|number|toll|estimate|tally|count|assertion|"
                                r"account|charge|allegation|accusation)s?\s+(?:that\s+|which\s+)?"
                                r"(?=(?:the|an?|its|their)\s|(?-i:[A-Z]))|"
                                # "at 1,383, a figure it says rose on Monday": the pronoun's, of a count only
                                r"(?:figure|number|toll|estimate|tally|count)s?\s+(?:that\s+|which\s+)?(?=(?:it|they|he|she)\b))",
                                re.IGNORECASE)
_PLACE_PHRASE_START = re.compile(r"(?:in|at|near|across|inside|outside)\s+(?:the\s+)?[A-Z]")
_PREPOSITION_START = re.compile(r"^(?:in|at|on|from|near|across|inside|outside|after|before|during|by|for|with|"
                                r"since|to|into)\b", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r"(?:^|\s)(?:that|which|what|whom)\s+(?!(?:is|are|was|were|has|have|had|had\s+been)\b)(\S.*)$")
_ASIDE = re.compile(r"^(?:just\s+|also\s+|still\s+)?(?:across|in|on|at|near|outside|inside|along|over|from|"
                    r"speaking|writing|citing|quoting|reached|contacted|interviewed|asking|based|headquartered|"
                    r"issued|released|published|posted|updated|dated|compiled|"  # "The bulletin, issued late on …,"
                    r"(?:formed|founded|set\s+up|run|led|backed|funded|made\s+up)\s+by|"  # "X (KDEC), formed by medics …,"
                    r"(?:formed|founded|set\s+up|created|established|launched)\s+(?:in|after|under|last|this)|"  # "…, set up in 2017,"
                    r"[a-z]{2,}ing|"  # "X, standing on the dock with a clipboard, said": X
                    r"as\s+(?:of|at))\s|^(?:for\s+(?:its|their|his|her|our)\s+part|in\s+turn)$",
                    re.IGNORECASE)  # "X, based in Y, said"
_AS_OF = re.compile(r"as\s+(?:of|at)\s", re.IGNORECASE)  # "X, as of Sunday, showed": a date, no subject
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:after|before|when|while|because|although|though|until|once|as)\s+(\S.*)$")
# "as" naming a role, not a time: "describes itself as", "who works as a driver"
_ROLE_AS = re.compile(r"\b(?:itself|themselves|himself|herself|describes?|described|presents?|styles?|bills?|"
                      r"regards?|serves?|served|acts?|acted|works?|worked|known)\s+as\s+$", re.IGNORECASE)
_KNOWN_AS = re.compile(r"\s(?:also\s+)?(?:known\s+as|calling\s+itself|called|named)\s+((?:the\s+)?[A-Z].*)$")  # "a group calling itself X"
# "researchers at Ghent University in Belgium" → "researchers at Ghent University"; "staff at the
# health centre in Finote Selam" keeps its place, which tells which centre
_AT_PLACE_IN = re.compile(r"^(.+?\s+at\s+(?!the\s).+?)\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:al-)?[A-Z][\w'’-]*)*$")
# A body's own section that counts for it: "MONUSCO's civilian protection section", "the agency's data unit"
_SUB_UNIT = re.compile(r"^((?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s\s+(?:[a-z][\w-]*\s+){0,3}"
                       r"(?:section|unit|team|division|desk|cell)$")
# posts or videos and the sharing that spread them: "Posts on social media shared widely since Sunday"
SHARED_POSTS = re.compile(r"(?:(?:THE\s+)?CLAIM:\s+)?((?:[Pp]osts|[Vv]ideos|[Aa]\s+(?:video|post)|[Tt]he\s+(?:video|post))"
                          r"(?:\s+on\s+(?:social\s+media|[A-Z][\w-]*))?)\s+(?:shared|circulating|"
                          r"circulated|viewed|posted|spreading|spread)\b.*$")
_WHERE_THEY_ARE = re.compile(r"(?<=\w)\s+(?:working|based|stationed|living|staying|gathered|waiting|deployed|camped|"
                             r"sheltering|standing)\s+(?:in|at|outside|near|on|inside|around|by)\b.*$")
# "Residents we reached by phone", "Doctors I spoke to": the people, not the reporter
_REPORTER_CLAUSE = re.compile(r"(?<=\w)\s+(?:we|I)\s+(?:reached|contacted|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
                              r"met|called|visited|asked)\b.*$")
_WENT_FURTHER = re.compile(r"\s+(?:went|go|goes|have\s+gone|has\s+gone|had\s+gone)\s+(?:even\s+)?further\s+and$")
_DATA_OBJECT = re.compile(r"(?:figure|toll|number|claim|count|estimate|tally|account|report|assessment|total)s?\b")
_ISSUED_BY = re.compile(r"(?:issued|released|published|compiled|given|posted|announced|provided|put\s+out)\s+by\s+"
                        r"((?:the\s+)?\S.*?)(?:\s+(?:on|in|at|last|this|late|early|earlier|overnight)\s.*)?$")
_DOCUMENT_END = re.compile(r"\b(?:figures?|toll|tally|count|estimates?|report|statement|bulletin|update|numbers?|data)$")
_PASSIVE_END = re.compile(r"\b(?:been|being|be|was|were|is|are)$", re.IGNORECASE)
_NEGATION_START = re.compile(r"^(?:not|no|never|neither|nor|none)\b", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# "al-Shabaab", "el-Fasher": a name behind a lower-case Arabic article is capitalised all the same
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|my|your|this|that|whose|separate|joint|latest|new|daily|official|weekly|(?-i:situation|flash)|"
                                r"monthly|quarterly|annual|final|interim|preliminary|"
                                r"(?:checking|verifying|investigating|reviewing|examining|denying|dismissing)|"
                                # "A first statement issued on Sunday had mentioned …" (not "police first reported")
                                r"(?:a|an|the|its|their)\s+(?:first|second|third|earlier|initial|previous|updated|written))\s+$",
                                re.IGNORECASE)
# (and after a gerund: "It is still checking reports of 40 more deaths")
_NOUN_VERBS = frozenset(("report", "reports", "statement", "estimate", "estimates", "count", "counts", "figures",
                         "data", "tally", "put"))
def _is_noun_use(text: str, pos: int, floor: int = 0) -> bool:
    """ "a report", "the statement": a claim word used as a noun, after a determiner."""
    return _DETERMINER_BEFORE.search(text, max(floor, pos - 20), pos) is not None


# a pseudo-cleft's subject: "What we", "What I can" (before "have confirmed", "say is that …")
_CLEFT = re.compile(r"[Ww]hat\s+(we|I|they|he|she)(?:\s+(?:can|could|will|would|must|have|has|had|do|did))*")
# a speaker's aside to the listener: "I can tell you", "we can confirm"
_TELL_YOU = re.compile(r"(I|[Ww]e)\s+(?:can|could|will|would|must|want\s+to)\s+(?:tell\s+you|say|confirm|assure\s+you)")
# "Unfortunately we", "It is with deep sorrow that we", "With great sadness we": the pronoun
_ADVERB_PRONOUN = re.compile(r"(?:[A-Z][a-z]+ly,?|It\s+is\s+with\s+(?:[\w-]+\s+){1,4}?that|With\s+(?:[\w-]+\s+){1,3}?[\w-]+,?)"
                             r"\s+(we|I|they)")

class SubjectReader:
    """The noun phrase before a claim verb, and the verdict on it; mixed into `ClaimantFinder`."""

    def _np_before(self, text: str, start: int, verb_start: int, speech: bool = False) -> str | None:
        """The noun phrase just before a claim verb: "…, the UN Human Rights Monitoring Mission in
        Ukraine said"; appositives ("a Britain-based monitor") and relative clauses give way to
        the name before them. Only the last 250 characters can hold it."""
        segment = text[max(start, verb_start - 250) : verb_start]
        colon = segment.rfind(":")
        while colon > 0 and segment[colon - 1 : colon].isdigit() and segment[colon + 1 : colon + 2].isdigit():
            colon = segment.rfind(":", 0, colon)  # "up to 18:00 on Sunday": a time, no clause's end
        cut = max(segment.rfind(";"), segment.rfind("\""), segment.rfind("“"), segment.rfind("”"),
                  segment.rfind("—"), colon)
        dash = _SPACED_DASH.search(segment) if " -" in segment or " –" in segment else None
        if dash and dash.end() - 1 > cut:  # "KADUNA, May 3 (Reuters) - Police said": a dateline's hyphen
            cut = dash.end() - 1
        paren = segment.rfind("(")
        if paren > cut and segment.find(")", paren) < 0:
            cut = paren  # "(bureau estimates, …)": the subject is inside the open bracket
        if cut >= 0:
            segment = segment[cut + 1 :]
        # Only the last three comma-separated parts decide the answer (four with the empty one after a
        # closing comma): remember it by them, since "…, the ministry said" recurs across sentences and articles.
        c = len(segment)
        for _ in range(4 if segment.rstrip().endswith(",") else 3):
            c = segment.rfind(",", 0, c) if c > 0 else -1
        key = (segment[c + 1 :], c >= 0, speech)
        if key in self._np_memo:
            return self._np_memo[key]
        if len(self._np_memo) > 50_000:
            self._np_memo.clear()
        np = self._np_before_parts(segment, speech)
        cleft = _CLEFT.fullmatch(np) if np and np[:4] in ("What", "what") else None
        if cleft is not None:  # "What we have confirmed is 19 deaths", "What I can say is …": we, I
            np = cleft.group(1)
        elif np and np[:1] in "IWw" and (told := _TELL_YOU.fullmatch(np)) is not None:
            np = told.group(1)  # "I can tell you that 871 are confirmed dead": I
        elif np and np.endswith(("we", "I", "they")) and (adverb := _ADVERB_PRONOUN.fullmatch(np)) is not None:
            np = adverb.group(1)  # "Unfortunately we have confirmed nine": we
        self._np_memo[key] = np
        return np

    def _np_before_parts(self, segment: str, speech: bool = False) -> str | None:
        segment = segment.rstrip()
        closed = segment.endswith(",")
        cut_at = max(0, len(segment) - 80)  # the trailing words sit at the end: search only there
        tail = segment[cut_at:]  # _TRAILING ends in one of its words, or in any word after on/last/this/told
        words = tail.rsplit(None, 2)[-2:]
        if not tail.isascii() or words and words[-1].lower() in _TRAILING_LAST or \
                len(words) == 2 and (words[0].lower() in ("on", "last", "this", "told") or
                                     any(w.isdigit() and len(w) <= 2 for w in words)):  # ("on January 21")
            segment = segment[:cut_at] + _TRAILING.sub("", tail)
            closed = closed or segment.rstrip().endswith(",")  # "X, which oversees …, initially said"
        parts = [p.strip() for p in segment.split(",")]
        if parts and parts[0][:2] in LIST_BULLETS:  # "* ACLED, a monitoring group, says": a list item's subject
            parts[0] = parts[0][2:].lstrip()
        while parts and not parts[-1]:
            parts.pop()
        if len(parts) >= 2 and parts[-1].startswith("or ") and len(parts[-1].split()) <= 3:
            parts.pop()  # "the Kostanay regional akim, or governor, said": a gloss of the title before it
        if not parts:
            return None
        if len(parts) >= 2 and (parts[-1][:1].isdigit() and _AGE.fullmatch(parts[-1]) or
                                len(parts) >= 3 and parts[-2][:1].isdigit() and _AGE.fullmatch(parts[-2])):
            age = len(parts) - 1 if _AGE.fullmatch(parts[-1]) else len(parts) - 2
            if self._names.looks_like_name(_HONORIFIC.sub("", _LEADING.sub("", parts[age - 1]).strip())):
                del parts[age]  # "Fatima Ali, 52, said" / "Ahmed Khalil, 34, a father of three, said"
        if len(parts) >= 2 and closed and _PARTICIPLE_ASIDE.match(parts[-1]) and parts[-2][:1].isupper() and \
                " by " not in parts[-1]:
            parts.pop()  # "The INGD bulletin, covering the period up to 18:00 on Sunday, also recorded": the bulletin
        if len(parts) >= 3 and _DESCRIPTION.match(parts[-2]) and _DEFINITE_ASIDE.match(parts[-1]) and \
                len(parts[-2].split()) <= 8 and not _DIGIT.search(parts[-2]):
            name = _LEADING.sub("", parts[-3]).strip()
            if " " in name and self._names.looks_like_name(_HONORIFIC.sub("", name)):
                # "Raja Ali, a senior official in Kotli, the main town in the valley, said": two asides
                return name
        if len(parts) >= 3 and _ASIDE.match(parts[-1]) and _DESCRIPTION.match(parts[-2]) and \
                len(parts[-2].split()) <= 10 and self._person_named(parts[-3]):
            # "Lalremsanga, a village council leader in Zokhawthar, in India's Mizoram state, said"
            return _HONORIFIC.sub("", _LEADING.sub("", parts[-3]).strip())
        if len(parts) >= 3 and parts[-1].startswith("who ") and _DESCRIPTION.match(parts[-2]) and \
                not parts[-1].startswith("who said"):
            # "Residents of Mazua, an administrative post inland, who fled to Memba town said": the
            # relative clause and the aside both describe the source named first
            name = _LEADING.sub("", parts[-3]).strip()
            if name[:1].isupper() and len(name.split()) <= 6 and not _DIGIT.search(name) and not _BE.search(name):
                return name
        if len(parts) >= 3 and parts[-1] == "who" and _DESCRIPTION.match(parts[-2]):
            # '…," said Joseph Terkura, a 34-year-old youth leader, who said seven …': the named speaker
            name = _SPEECH_BEFORE.sub("", _LEADING.sub("", parts[-3]).strip())
            if " " in name and self._names.looks_like_name(_HONORIFIC.sub("", name)):
                return name
        by = _ISSUED_BY.match(parts[-1]) if len(parts) >= 2 and parts[-1][:1] in "iprcgaP" else None
        if by and _DOCUMENT_END.search(parts[-2]) and self._source_head(by.group(1)):
            return by.group(1)  # "An earlier toll, issued by the ministry on Thursday, had put the dead at 11"
        if len(parts) >= 2 and identified_as(parts[-1]):
            return identified_as(parts[-1])  # "A volunteer, who asked to be identified only as Min Thu, said"
        if len(parts) >= 3 and parts[-1] in ("which", "who") and _ACRONYM_END.search(parts[-3]) and \
                _DEFINITE_ASIDE.match(parts[-2]):
            parts.pop()  # "(JNIM), Al-Qaeda's affiliate in the Sahel, which said": the aside before names it
        first_word = parts[-1].split(" ", 1)[0]
        first_word = first_word if first_word.isupper() else first_word.lower()  # "WHO" is a body
        if first_word in ("that", "which", "who", "whose") and len(parts) == 1:
            return None
        # "an operation that Gaza's health authorities said" / "revised it after the Red Crescent said"
        subject = _RELATIVE_SUBJECT.search(parts[-1])
        if subject and len(parts) >= 2 and first_word in ("which", "who") and \
                (len(subject.group(1).split()) > 5 or closed):
            # "The coastguard, which receives funding from the EU, rejects …" / "X, which supports the
            # town's hospital, said": "which" is the subject of an aside closed before the verb
            subject = None
        if subject and _DATA_OBJECT.match(subject.group(1)):
            subject = None  # "rejected that figure in a post, saying": "that" points, it opens no clause
        subject = subject or \
            (None if _DESCRIPTION.match(parts[-1]) or _AS_OF.match(parts[-1]) or
             len(parts) >= 2 and first_word in ("who", "whose", "which")  # "X, who …, because he was …, told"
             else _SUBORDINATE_SUBJECT.search(parts[-1]))
        if subject and _ROLE_AS.search(parts[-1], 0, subject.start(1)):
            subject = None  # "X, which describes itself as the legitimate government, said": X
        if subject and len(_PAREN.sub("", subject.group(1)).split()) <= 8 and \
                (self._source_head(subject.group(1)) or subject.group(1).lower() in _PRONOUNS) \
                and not _BE.search(subject.group(1)):  # "…, speaking … because he was not authorised to brief the media"
            np = subject.group(1)
        else:
            acronym = _KNOWN_AS_ACRONYM.match(parts[-1])
            if acronym and len(parts) >= 2:
                return acronym.group(1)  # "The U.N. Integrated Office in Haiti, known as BINUH, said"
            if len(parts) >= 2 and not _OBJECT_APPOSITIVE.match(parts[-1]) and \
                    (first_word in ("which", "who", "whose") or _DESCRIPTION.match(parts[-1])
                     or _ASIDE.match(parts[-1]) or _ACRONYM_END.search(parts[-2]) and
                     _DEFINITE_ASIDE.match(parts[-1]) or
                     place_aside(parts) or _DEFINITE_ASIDE.match(parts[-1]) and
                     (self._person_named(parts[-2]) or " known as " in parts[-1] or _BARE_ACRONYM.fullmatch(parts[-2]) or
                      (parts[-2].split() or [""])[-1] in self.org_words)):  # "X Hospital, the town's …,", "JNIM, al Qaeda's …,"
                # "Marta Ruiz Gomez, the central government's delegate in Leon, put the toll at …": the name
                # "the Conflict Observatory, a US-funded research group, said" / "X, which tracks …, said"
                # / "Syria Civil Defense, the rescue service known as the White Helmets, said": the name first given
                # / "Moldova's government, just across the border, said"
                name = _LEADING.sub("", parts[-2]).strip()
                if first_word == "which" and parts[-1] == "which" and (tail := _NAMED_TAIL.search(name)) is not None \
                        and tail.start() > 0 and _VERB_BEFORE_TAIL.search(name, 0, tail.start()):
                    name = parts[-2] = tail.group(1)  # "rejects the figures circulated by the so-called X, which claims": X
                if len(name.split()) > 10 and (acronym := _ACRONYM_END.search(name)):
                    return acronym.group()[1:-1]  # "the toll put out by the Group to … (JNIM), Al-Qaeda's affiliate"
                if (name and name[0].isupper() and not _PARTICIPLE_OPENER.match(name) or name.lower().startswith("the ") or
                        first_word in ("who", "whose") and name.lower().startswith(("a ", "an "))) and len(name.split()) <= 10 \
                        and (not _COUNTED.search(name) or _BRACKETED_ACRONYM.search(name)) \
                        and not _PREPOSITION_START.match(name) and not _BE.search(name):  # ("… (ISOC) Region 4")
                    parts = parts[:-1]
            np = _RELATIVE.sub("", _LEADING.sub("", parts[-1].lstrip("'‘’ ")).strip())  # ",' Ali Hassan told"
        if "(" in np:
            np = acronym_in(self, np) or _PAREN.sub("", np).strip()
        known = _KNOWN_AS.search(np)  # "police officers from a unit known as the White Angels"
        if known:
            np = known.group(1)
        located = _AT_PLACE_IN.match(np)  # "researchers at Ghent University in Belgium"
        if located:
            np = located.group(1)
        np = _OBJECT_APPOSITIVE.sub("", np) or np  # "…, a figure Hamas has rejected": Hamas
        if " " in np and WHEN_ISSUED.search(np):  # "the district's situation report issued at 4 pm": the report
            np = WHEN_ISSUED.sub("", np) or np
        if " we " in np or " I " in np:
            np = _REPORTER_CLAUSE.sub("", np) or np
        if np.endswith(" and") and (further := _WENT_FURTHER.search(np)) is not None:
            np = np[: further.start()]  # "Pro-Kremlin Telegram channels went further and put the number at …"
        if " " in np and _WHERE_THEY_ARE.search(np):  # "A rescuer working in Xufar", "Relatives gathered outside the hospital"
            np = _WHERE_THEY_ARE.sub("", np) or np
        if "'s " in np or "’s " in np:
            np = _SUB_UNIT.sub(r"\1", np)  # "MONUSCO's civilian protection section": MONUSCO
        if np[:5] in ("Posts", "posts", "Video", "video", "A vid", "A pos", "The v", "The p") and \
                (shared := SHARED_POSTS.match(np)):
            np = shared.group(1)  # "Posts on social media shared widely since Sunday": the posts
        np = _TIMED_PRONOUN.sub(r"\1", np)  # "In the same months last year it counted 298": it
        np = _MEMBERS_OF.sub("", np)  # "Volunteers of the Guinean Red Cross told …": the Red Cross
        negated, titled, fit = self._verdict(np, speech)
        if negated:  # "Not recorded", "Injuries have been recorded"
            return None
        if len(parts) >= 2 and titled and not (" of " not in np and " for " not in np and
                                               self._names.looks_like_name(" ".join(np.split()[-2:]))):
            # (not "In X, Tumpat, village head Abdul Rahman Daud said": the title's own name follows it)
            name = _LEADING.sub("", parts[-2]).strip()
            if self._names.looks_like_name(_HONORIFIC.sub("", name)) and not _OPENING_ADVERB.fullmatch(name):
                # "Dr. Tedros …, the WHO chief, said" (not "Nationally, the General Inspectorate … said")
                return name
        return np if fit else None

    def _person_named(self, part: str) -> bool:
        """A person's full name of two words or more ("Marta Ruiz Gomez"), before a definite aside."""
        name = _RANK.sub("", _HONORIFIC.sub("", _LEADING.sub("", part).strip()))  # ("Police Colonel Ramon Asuncion")
        return " " in name and self._names.looks_like_name(name)

    def _verdict(self, np: str, speech: bool) -> tuple[bool, bool, bool]:
        """Whether the phrase opens on a negation or ends passive, is a title phrase, and can name
        a source: a function of the phrase alone, remembered for the phrases seen."""
        verdict = self._verdicts.get((np, speech))
        if verdict is None:
            if len(self._verdicts) > 50_000:
                self._verdicts.clear()
            fit = not (not np or bare_preposition(np) or len(np.split()) > (14 if " and " in np else 10) or
                       _PLACE_PHRASE_START.match(np) or  # "in India's Mizoram state": where, not who
                       not (self._plausible(np) or speech and _COMMON_SPEAKER.fullmatch(np)) or
                       self._has_verb(np) or not can_claim(np) or self._denial_re.search(np) or
                       _COUNTED.search(np) and _BE.search(np) or  # "The toll was up from nine [announced …]"
                       _LOOSE_DIGIT.search(np) and not (numbered_service(np) and
                                                  np.split()[0] not in _FUNCTION_WORDS or numbered_unit(np)) or
                       _VERB_START.match(np))
            verdict = self._verdicts[(np, speech)] = (
                bool(_NEGATION_START.match(np) or _PASSIVE_END.search(np)), self._names.is_title_phrase(np), fit)
        return verdict

    def _source_head(self, np: str) -> bool:
        """The phrase ends in a name or a source noun ("local health authorities"), so it can be the
        subject of a claim, unlike a verb phrase ("that count published obituaries")."""
        words = _PAREN.sub("", np).split()
        if not words:
            return False  # "(…)" alone: nothing to name a source
        last = words[-1]
        return last[:1].isupper() or _PARTICLE_NAME.match(last) is not None or \
            _POSSESSIVE_END.sub("", last.lower()) in self._nouns or \
            last.lower() in self._titles

    def _has_verb(self, np: str) -> bool:
        """A claim verb inside the phrase, other than a noun after a determiner ("a report") or
        the phrase's last word ("the DDPM's daily situation report")."""
        return any(not _is_noun_use(np, m.start()) and not (m.end() == len(np) and m.group().lower() in _NOUN_VERBS)
                   for m in self._verb_re.finditer(np))

    def _plausible(self, np: str) -> bool:
        words = np.split()
        if not words:
            return False
        low = [_POSSESSIVE_END.sub("", w.lower()) for w in words]  # "doctors'" → "doctors"
        if low[-1] in _PRONOUNS or low[0] in _PRONOUNS and len(low) == 1:
            return True
        if any(w[0].isupper() or _PARTICLE_NAME.match(w) or numbered_unit(w) for w in words):
            return True  # … "8ID": a unit's acronym
        return any(w in self._nouns or w in self._titles for w in low) or " ".join(low) in self._titles
