"""Decides which numbers cannot be figures: years, dates, ages, units, money, times, URLs, furniture."""

from __future__ import annotations

import re
from bisect import bisect_right

from app.extract.filter_things import thing_row, things_before
from app.extract.filter_ages import age_reason
from app.extract.filter_context import context_reason
from app.extract.filter_labels import label_reason
from app.extract.local_skips import local_skip as _local_skip
from app.extract.numbers import NumberMention
from app.extract.vocab import Vocabulary, phrase_pattern
from app.extract.withdrawn import correction

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_LOWER_LABELS = frozenset({"population of", "aged", "age", "age of", "ages", "population"})
_DATE_AFTER = re.compile(rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}(?![a-z])", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"(?<![a-z]){_MONTHS}\s*$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|of|by|from|until|till|through|during|early|late|mid|before|after|year|"
    r"summer|winter|spring|autumn|fall)\s*-?|,)\s*$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"\s*-?\s*(?:years?|yrs?|months?)[\s-]*old|\s*-year\b", re.IGNORECASE)
_AGE_NAME = re.compile(r"[A-Z](?:[a-z]|[^\W\d_A-Za-z])+,\s*$")  # "Tembo, 52", "Martínez, 58"
_CURRENCY_CODES = frozenset("USD EUR GBP INR PHP PKR NGN KES IDR BDT ETB AFN MMK XOF XAF UGX TZS ZAR BRL MXN COP HTG "
                            "LBP SDG YER SYP UAH RUB CFA VND THB MYR LKR NPR EGP MAD DZD TND SAR AED IRR IQD JOD CNY "
                            "RMB JPY KRW TRY GHS ZMW MWK MZN AOA CDF RWF BIF SOS SSP DJF HNL GTQ NIO PEN CLP ARS BOB "
                            "VES CAD AUD CHF PLN KZT LAK KHR PGK MK".split())
# Currencies written in mixed case: "Php 5 million", "Rp 2 billion", "Tk 50 lakh", "KSh 3 million", "UShs 40 million"
_MIXED_CASE_CODES = ("Php", "Rp", "Tk", "KSh", "Ksh", "UShs", "Shs", "TSh")
_MIXED_CASE_CURRENCY = ("Rs", "Rs.") + _MIXED_CASE_CODES  # the ends of a text the money pattern is tried on
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₴₽₹₦₱₨৳₪]|US\$|Rs\.?|\b(?:" + "|".join(_MIXED_CASE_CODES) + r")|\b(?:" +
                           "|".join(sorted(_CURRENCY_CODES)) + r"))\s*$")
# The short emergency numbers that services are named after: "112 Castilla-La Mancha said", "the 911 Centre"
_EMERGENCY_NUMBERS = frozenset({"112", "911", "999"})
_NUMBERED_DOCUMENT_BEFORE = re.compile(r"\b(?:REPORT|Report|UPDATE|Update|BULLETIN|Bulletin|SITREP|Sitrep)[ \t]+$")
_NAME_SAID = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|says|reported|told|added|confirmed|tweeted|wrote)\b|"
                        r"\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:emergency\s+|rescue\s+)?(?:service|centre|center)\b")
# ("according to the 112 Canarias emergency service")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_YEAR_PAIR = re.compile(r"^(?:(?:between|from)\s+)?(?:19|20)\d\d\s*(?:[-–]|to|and|until|till|through)\s*(?:19|20)\d\d$",
                        re.IGNORECASE)
_YEAR_DASH_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*[-–]\s*$")
_HOLDS = re.compile(r"\b(?:built|designed)\s+in\s+\d{4}\s+(?:for|to\s+hold)\s+$|\b(?:held|holds|housed|houses|was\s+holding|is\s+holding)"
                    r"\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|around\s+|over\s+|roughly\s+)?$")
_A_PRISON = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}(?:prison|jail|gaol|penitentiary|pavilion|cellblock|cell\s+block)\b|"
                       r"\bbuilt\s+(?:in\s+\d{4}\s+)?(?:for|to\s+hold)\s+(?:about\s+|some\s+)?[\d,]+\s+(?:prisoners|inmates|detainees)\b")
# ("The facility was built for 900 prisoners and held 1,740": its capacity, its inmates)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_SHORT_YEAR_AFTER = re.compile(r"[-–]\d\d\b")
_YEAR_USE_BEFORE = re.compile(r"\b(?:the|in|during|from|since|of|over|throughout)\s*$", re.IGNORECASE)
_WAR_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+)?(?:civil\s+)?(?:war|wars|conflict|crisis|insurgency|uprising|"
                        r"hostilities|fighting|violence|offensive|campaign|genocide|period|era)\b", re.IGNORECASE)
# "19 of the state's 35 districts", "three of its 12 camps": a part of a count of things.
_WHOLE_OF = r"(?:(?:the|its|their)\s+)?(?:[^\W\d][\w-]*['’]s\s+)?(?:\d[\d,]*\s+)?"
_NOT_STOP = (
    r"(?!(?:once|all|the|a|an|of|in|on|at|had|have|has|were|was|are|is|be|been|and|or|to|from|for|"
    r"with|by|after|when|while|since|who|that|which|into|across|over|per|each|every|last|this|as|amid|but|because|"
    r"people|civilians|children|soldiers|troops)\b)"
)


# "up from 19 a day earlier": a time back, not a rate ("20 a day")
_DAY_EARLIER_AFTER = re.compile(r"\s+(?:a|one|two|three|four|five|six|seven|the)\s+(?:days?|weeks?|months?)\s+"
                                r"(?:earlier|before|ago|previously)\b",
                                re.IGNORECASE)


# "38 cases of enforced disappearance": each case is a person
_CASES_OF_PEOPLE = re.compile(r"\s+cases\s+of\s+(?:enforced\s+|forced\s+|involuntary\s+)?disappearances?\b", re.IGNORECASE)


_BAND_SIZE = re.compile(r"\b(?:gunmen|attackers|bandits|assailants|militants|raiders|insurgents|fighters|"
                        r"rebels|jihadists|herders|militiamen),?\s+(?:numbering|(?:said|thought|believed|estimated)\s+to\s+"
                        r"(?:number|have\s+numbered))\s+(?:about|around|some|nearly|almost|"
                        r"over|more\s+than|at\s+least|roughly|an\s+estimated|up\s+to|close\s+to)?\s*$", re.IGNORECASE)


class NonFigureFilter:
    """`reason(text, mention)` names why a number is no figure, or returns None."""

    def __init__(self, vocab: Vocabulary) -> None:
        units = set(vocab.non_figure_units)
        self._unit_re = re.compile(
            r"\s*(?:" + _NOT_STOP + r"[\w'’-]+\s+){0,2}?(?:" + phrase_pattern(units).pattern + r")",
            re.IGNORECASE,
        )
        self._unit_direct_re = re.compile(r"\s*(?:" + phrase_pattern(units).pattern + r")",
                                          re.IGNORECASE)
        self._unit_word_re = phrase_pattern(units)
        # percent, age and a unit right after the number, in one pass
        self._thing_after_re = re.compile(
            rf"{_PERCENT_AFTER.pattern}|{_AGE_AFTER.pattern}|-(?:{phrase_pattern(units).pattern})|"
            rf"\s*(?:of\s+{_WHOLE_OF})?(?:{phrase_pattern(units).pattern})",
            re.IGNORECASE)
        self._before_words = frozenset(vocab.non_figure_before) | frozenset(
            p.lower() for p in vocab.non_figure_before if p[:1].islower())
        # the last word of every label, lower case: the phrases before a number are looked up only
        # when the word right before it can end one
        self._label_ends = frozenset(p.split()[-1].lower() for p in self._before_words)
        people = set(vocab.who) | set(vocab.measures)
        # a count of people right after a pair of years: "between 1990 and 2000 people" (not "… killed")
        self._who_right_after_re = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + phrase_pattern(set(vocab.who)).pattern + ")",
                                              re.IGNORECASE)
        self._people_after_re = re.compile(
            r"\s*(?:[\w'’-]+\s+){0,2}?(?:" + phrase_pattern(people).pattern + ")", re.IGNORECASE
        )

    def names_things(self, label: str) -> bool:
        """True when a table row's label names things, not people ("Tanks", "Armoured vehicles"); not
        the cause a label gives ("People affected by floods", "Newly displaced (floods and conflict)")."""
        return self._unit_word_re.search(_LABEL_CAUSE.sub("", label)) is not None

    def reason(self, text: str, m: NumberMention, marked: MarkedTokens | None = None) -> str | None:
        """Why the number `m` is no figure, or None; `marked` (the article's URL-like tokens) saves
        looking around the number for them."""
        if (marked.covers(m.start) if marked is not None else _token_has_mark(text, m)) or _local_skip(text, m):
            return "url, date, time or furniture"
        before = text[max(0, m.start - 30) : m.start]
        after = text[m.end : m.end + 40]
        if "\n" in after:  # a line ends the sentence: "Total | 47 | 44" and then "Army helicopters …"
            after = after[: after.index("\n")]
        if m.value is not None and not m.vague and m.value != int(m.value) and m.value < 1000:
            return "not a whole number"
        words = before.split()
        last_word = words[-1].lower() if words else ""
        if "?" in after and _YES_NO_QUESTION.search(text, max(0, m.start - 120), m.start) and \
                _QUESTION_END.match(after):
            return "question"  # "Fact check: did the clash kill more than a hundred?": asked, not reported
        if (aside := context_reason(m.is_word, before, after, last_word)) is not None:
            return aside  # the two figures, escaped prisoners, a count put right, a group's name
        if _EACH_AFTER.match(after):
            return "ratio or pronoun"  # "sailboats carrying up to 100 people each": a boat's load, no count
        if last_word in _RATIO_BEFORE or (m.is_word and m.raw.lower() == "one" and
                                          (last_word in ("no", "any", "the", "that", "this", "which") or _OF_AFTER.match(after) or
                                           _ONE_AFTER.match(after) or before.lower().endswith(("more than ", "one by ")))):
            return "ratio or pronoun"  # "for every 10", "no one", "one of the deadliest", "one side or the other",
            # "a heavier toll than the one announced", "including that one"
        if m.raw in ("One", "one") and _ONE_SOURCE_AFTER.match(after):  # (", one trader said")
            return "sources"  # "One volunteer in Anomabo said the toll could be as many as 15"
        if before.endswith("of ") and _KIN_OF.search(before) and (m.value or 0) <= 20:
            return "sources"  # "We spoke to relatives of two of them": whose kin were heard, no count
        if (corrected := correction(text, m.start, self.names_things)) is not None:
            return corrected  # "An earlier version of this article said 14 people had been evacuated"
        if " of " in before and _POPULATION_AFTER.match(after) and \
                _POPULATION_BEFORE.search(text, max(0, m.start - 60), m.start):
            return "population"  # "Guanajuato, an industrial state of about 6.2 million people, …"
        if text.find("opulation", max(0, m.start - 60), m.start) >= 0 and \
                _POPULATION_WAS.search(text, max(0, m.start - 60), m.start):
            return "population"  # "the town, whose population before the conflict was about 60,000"
        if ("built" in before or "held" in before or "hold" in before or "house" in before) and _HOLDS.search(before) and \
                _A_PRISON.search(text, max(0, text.rfind(". ", 0, m.start), m.start - 160), m.start):
            return "population"  # "The prison, built in 2007 for 200 detainees, held more than 500": its capacity, its inmates
        if after[:1] in "- " and _FRACTION_AFTER.match(after):
            return "fraction"  # "roughly two-thirds of the town", "three quarters of them"
        if after[:1] == "-" and _COMPOUND_AFTER.match(after):
            return "percentage, age or unit"  # "a three-member team", "a 200-strong force", "a 40-bed ward"
        every = _IN_EVERY_AFTER.match(after)
        if every is not None and every.group(1).isdigit() and (m.value is not None and m.value >= int(every.group(1)) or
                                                               _YEAR_DIGITS.fullmatch(every.group(1))):
            every = None  # "1.1 million in 18 provinces": a count and where it is, no share; "92 in 2023": a year's
        if every is not None or (last_word in ("in", "of", "every") and _IN_EVERY_BEFORE.search(before)):
            return "fraction"  # "one in seven Pakistanis"
        if m.is_word and _GLUED_AMOUNT.search(before) and m.raw.lower() in _SCALE_WORDS:
            return "money"  # "Rs250 million", "Sh1.2 billion": the scale of an amount glued to its currency
        if (aged := age_reason(text, m, before, after, last_word, self._people_after_re)) is not None:
            return aged  # "her brother, 29, died", "children under 12", "fled with her four children"
        if (last_word in _INTERVIEW_ENDS or last_word in ("and", "with") or last_word.endswith(",")) and \
                (text.find("nterview", max(0, m.start - 120), m.start) >= 0 or
                 text.find("NTERVIEW", max(0, m.start - 120), m.start) >= 0) and \
                _INTERVIEW_BEFORE.search(text, max(0, m.start - 120), m.start):
            return "sources"  # "interviews with 214 relatives", "researchers interviewed 62 people"
        if m.is_word and last_word in ("the", "these", "those", "between") and (m.value or 0) <= 5 and \
                _BODIES_AFTER.match(after):
            return "ratio or pronoun"  # "plans to merge the two forces", "talks between the three parties"
        tail = before.rstrip()[-3:]
        if tail and (tail[-1] in _CURRENCY or tail in _CURRENCY_CODES or tail.endswith(_MIXED_CASE_CURRENCY)) \
                and _MONEY_BEFORE.search(before):
            return "money"  # "$5 million", "₹62 lakh", "Rs 40 crore"
        if m.raw in _EMERGENCY_NUMBERS and _NAME_SAID.match(after):
            # "112 Castilla-La Mancha said": a service named after its number (one set off by commas,
            # "the emergency service, 112 Madrid, said", takes no measure and is dropped later, and
            # still bounds the place of the figure before it)
            return "name or wire slug"
        if m.is_word and m.raw[:1].isupper() and before.endswith("The ") and _NAME_AFTER.match(after):
            return "name or wire slug"  # "the Three Brotherhood Alliance said"
        if before.endswith("-") and _MODEL_BEFORE.search(before):
            return "name or wire slug"  # "a C-130 of the air force", "an Mi-17 helicopter": a model
        if last_word == "but" and before.lower().rstrip().endswith("all but"):
            return "ratio or pronoun"  # "All but one were later released"
        if after.startswith(" of them") and (_CASES_BEFORE.search(text, max(0, m.start - 90), m.start) or
                                             things_before(text, m.start, m.value or 0, self._unit_re)):
            return "percentage, age or unit"  # "treated 2,146 cases since 15 May, 612 of them in X": cases;
            # "documents 202 mass graves in areas once held by IS, 95 of them in Nineveh": graves
        if last_word in ("and", "or") and not m.vague and _DAY_PAIR_BEFORE.search(before):
            return "date"  # "detained in Zhanaozen on March 7 and 8"
        if after[:5] in (" and ", " or 1", " or 2", " or 3") and m.value is not None and m.value <= 31 and \
                before.endswith(("of ", "on ", "between ")) and _DAY_PAIR_AFTER.match(after):
            return "date"  # "the earthquakes of 7 and 11 October killed …"
        back_in_time = after[:1] == " " and (_DAY_EARLIER_AFTER.match(after) is not None or
                                             _CASES_OF_PEOPLE.match(after) is not None)
        if "umber" in before and _BAND_SIZE.search(text, max(0, m.start - 60), m.start):
            return "size of a band"  # "the gunmen, numbering about 50, killed eight"
        if self._thing_after_re.match(after) and not back_in_time and not _DWELLERS_OF.match(after) or \
                _HOUSEHOLDS_AFTER.match(after) is not None:
            # "about 350 displaced families": a measure word before "families" still counts households
            return "percentage, age or unit"
        if before[-2:] in ("| ", "  ") and thing_row(text, m.start, self.names_things):
            return "percentage, age or unit"  # "Households affected | 16,800": a row counting things
        if m.value is not None and not m.vague and (after[:1] == " " and _FORMATION_AFTER.match(after) or
                                                    after[:1] == "-" and _WIRE_SLUG_BEFORE.search(before)):
            return "name or wire slug"  # "the 444 Brigade", "UPDATE 2-Gunmen kill …"
        if after[:6] in (" more ", " fewer", " less ") and _DIFFERENCE_AFTER.match(after):
            return "difference"  # "13 had died, two more than the national count"
        if last_word[:1] in "RrUuBbSs" and _NUMBERED_DOCUMENT_BEFORE.search(before):
            return "label or age"  # "FLASH REPORT 2", "Situation Update 4": a document's number (on its own line)
        if last_word.lower() == "week" and not m.vague and not self._people_after_re.match(after):
            return "label or age"  # "reported in week 16", "Deaths, week 16"; not "last week four miners"
        if (labelled := label_reason(text, m, before, after)) is not None:
            return labelled  # "a boat carrying about 86 people", "Village 5", "massed 50,000 troops", "X Y, 19."
        words = words[-3:] if last_word in self._label_ends else []
        for k in range(1, len(words) + 1):
            phrase = " ".join(words[-k:])
            if phrase in self._before_words or (phrase[:1].isupper() and phrase.lower() in _LOWER_LABELS
                                                and phrase.lower() in self._before_words):
                return "label or age"
        raw = m.raw.strip()
        if m.is_range and _YEAR_PAIR.search(raw) and (_WAR_AFTER.match(after) or _YEAR_USE_BEFORE.search(before)
                                                      or not self._people_after_re.match(after)
                                                      or not self._who_right_after_re.match(after)):
            return "year range"  # "the 2013-2018 civil war", "killed between 2007 and 2011"
        if (len(raw) == 2 and _YEAR_DASH_BEFORE.search(before)) or (len(raw) == 4 and _SHORT_YEAR_AFTER.match(after)
                                                                    and _YEAR_DASH_BEFORE.match(raw + "-")):
            return "year range"  # "2013-18"
        if not m.vague and not m.is_word:
            last = last_word.rstrip(".")
            if _DATE_AFTER.match(after) or (last[:3] in _MONTH_STEMS and _DATE_BEFORE.search(before) and (
                    m.value is None or m.value <= 31 or raw.isdigit() and len(raw) == 4)):
                return "date"  # "on March 7", "in May 2024"; not the cells after a week's label "7 – 13 April 268"
            if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
                if _YEAR_BEFORE.search(before) or not self._people_after_re.match(after) or _NAMED_BY_YEAR.match(after) \
                        or (last_word == "the" and not self._who_right_after_re.match(after)):
                    return "year"  # "the 1951 Refugee Convention", "taken in the 1984 operation and never seen again"
            if raw.isdigit() and after.startswith(",") and int(raw) <= 110 and _AGE_NAME.search(before):
                return "age"
        of_whole = _OF_COUNTED.match(text, m.end, m.end + 40)
        if of_whole and _AFFECTED_UNITS.match(text, of_whole.end() - 1, of_whole.end() + 40):
            return "unit"  # "reached 31 of the province's 39 affected communities"
        unit = None if back_in_time or _DWELLERS_OF.match(after) else self._unit_re.match(after)
        if unit:
            people = self._people_after_re.match(after)
            if not people or people.end() >= unit.end() or _AFFECTED_UNITS.match(after) or (
                    after.endswith(_PROCESS_ENDS, 0, people.end()) and
                    self._unit_direct_re.match(after, people.end()) is not None):
                # (a process noun that only names the unit's kind: "three displacement sites", "87 evacuation points")
                return "unit"  # "the remaining six affected provinces": places, however hit
        return None


# the kin of a few of those counted, heard by the reporter: "We spoke to relatives of two of them"
_KIN_OF = re.compile(r"\b(?:spoke|spoken|talked|talking|speaking|interviewed)\s+(?:to|with)\s+(?:the\s+)?"
                     r"(?:relatives|families|parents|widows|friends)\s+of\s+$")
# the cause a row's label gives after its people: "… by floods", "… (floods and conflict)"
_LABEL_CAUSE = re.compile(r"\s+(?:by|from|due\s+to|after|in)\s+[^|]*$|\s*\([^()]*\)")
# "1,350 inhabitants of Tizegorou … took refuge", "9,000 inhabitants have abandoned their villages": people of a
# named place, or people who acted or were acted on, not a place's population
_DWELLERS_OF = re.compile(r"\s+inhabitants\s+(?:of\s+(?:the\s+)?[A-Z]|(?:have|had|has|were|fled|left|abandoned)\b)")
# "two-thirds", "three quarters": a share, not a count
_FRACTION_AFTER = re.compile(r"[-\s](?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|third|quarter|fifth)\b",
                             re.IGNORECASE)
# a number glued to what it measures: "a three-member team", "a 200-strong force", "a 40-bed ward"
_COMPOUND_AFTER = re.compile(r"-(?:member|strong|seat|bed|storey|story|floor|room|page|point|man|woman|off|figure|digit|"
                             r"time|way)\b(?!\s+famil)", re.IGNORECASE)  # ("a one-off payment", "a four-figure toll")
# the ends of process nouns ("displacement", "evacuation") that name a kind of place ("displacement sites")
_PROCESS_ENDS = ("ment", "tion", "sion")
# a measure word that only qualifies places: "six affected provinces", "three flood-hit districts"
_AFFECTED_UNITS = re.compile(r"\s+(?:[\w-]+-)?(?:affected|hit|stricken|ravaged)\s+(?:provinces|districts|regions|zones|"
                             r"states|departments|counties|municipalities|villages|communities|towns|cities|areas|"
                             r"cantons|upazilas|localities|territories)\b", re.IGNORECASE)
# a treaty, law or event named with its year: "the 1951 Refugee Convention", "the 1994 Genocide"
_NAMED_BY_YEAR = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Convention|Constitution|Accords?|Agreement|Act|Protocol|"
                            r"Treaty|Genocide|Declaration|Census|Olympics|Charter)\b")
_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)*(?:Alliance|Movement|Front|Group|Council|Party|Brotherhood|"
                         r"Nations|Powers|Sisters|Brothers)\b")
_MODEL_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,2}-$")
_CASES_BEFORE = re.compile(r"\d[\d,]*\s+(?:suspected\s+|confirmed\s+|new\s+)?cases\b[^.;]{0,40},\s*$", re.IGNORECASE)
_DAY_PAIR_AFTER = re.compile(rf"\s+(?:and|or)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b", re.IGNORECASE)
_DAY_PAIR_BEFORE = re.compile(rf"(?<![a-z]){_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|or)\s+$", re.IGNORECASE)
_OF_COUNTED = re.compile(r"\s+of\s+(?:(?:the|its|their|[A-Za-z-]+['’]s)\s+){0,2}[\d,]+\s")
_MARK_RE = re.compile(r"[/@#=w](?:(?<=w)ww\.|(?<!w))")  # one of "/@#=" or "www.", opening with a class (fast)
_LAST_SPACE = re.compile(r"\s(?=\S*$)")
_NEXT_SPACE = re.compile(r"\s")
_CURRENCY = frozenset("$£€¥₴₽₹₦₱₨৳₪")
# "interviews with 214 relatives of detainees", "researchers interviewed 62 people"
_INTERVIEW_ENDS = frozenset({"with", "interviewed"})
_INTERVIEW_BEFORE = re.compile(r"\b(?:interviews?\s+with|interviewed)\s+(?:(?:about|some|more\s+than|nearly)\s+)?"
                               r"(?:[\d,]+\s+[^.;:()]{3,60}?(?:,\s*(?:and\s+)?|\s+and\s+))?$", re.IGNORECASE)
# ("interviews with 214 relatives and 38 eyewitnesses", "interviewed 26 relatives, survivors and four forensic workers")
# "the two forces", "the three warring parties": the parties to a conflict, not people counted
_BODIES_AFTER = re.compile(r"\s+(?:(?:rival|warring|armed|main|opposing|military|feuding)\s+)?(?:forces|sides|parties|"
                           r"armies|factions|groups|countries|nations|governments|militias|movements|camps|blocs|states|"
                           r"presidents|leaders|delegations|foreign\s+ministers|prime\s+ministers|heads\s+of\s+state)\b",
                           re.IGNORECASE)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "crore"})
_GLUED_AMOUNT = re.compile(r"[^\W\d_]\d[\d.,]*\s+$")
_RATIO_BEFORE = frozenset(("every", "per", "each"))
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# a yes/no question that holds the number: "Did the border clash kill more than a hundred?"
_YES_NO_QUESTION = re.compile(r"(?:^|[\n:.!?]\s*)(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]as|[Ww]ere|[Hh]as|[Hh]ave|[Cc]ould|[Ii]s|[Aa]re)\s+"
                              r"[^.!?\n]*$")
_QUESTION_END = re.compile(r"[^.!\n]*\?")
_EACH_AFTER = re.compile(r"\s+(?:people|persons|passengers|migrants|men|families)\s+each\b")
# "one side or the other", "one another", "from one place to another": no count of people
_ONE_AFTER = re.compile(r"\s+(?:side|another|other|way|or\s+(?:two|another|the\s+other)|night|day|morning|evening|"
                        r"afternoon|week|go|place|time|by\s+one|[a-z]+\s+alone)\b", re.IGNORECASE)  # ("massacred in one night",
# "one by one", "from one ravine alone")
# "One volunteer in X said …", "One, aged 52, said …": a source, not a count
_ONE_SOURCE_AFTER = re.compile(r",\s+aged\s+\d{1,3},|\s+(?:[a-z]+\s+)?(?:volunteer|resident|witness|official|doctor|nurse|survivor|villager|"
                               r"elder|relative|teacher|activist|officer|soldier|analyst|source|farmer|trader|worker|parent|mother|father|"
                               r"neighbou?r)"
                               r"\b[^.;\"“”]{0,50}?\b(?:said|says|told|recalled|described|added)\b")
# "a state of about 6.2 million people": a population, no count of anyone affected
_POPULATION_BEFORE = re.compile(r"\b(?:an?|its)\s+(?:[\w-]+\s+){0,3}?(?:state|city|town|country|nation|province|region|district|county|municipality|village|"
                                r"island|capital|metropolis)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|"
                                r"over|at\s+least|an\s+estimated)\s+)?$|"
                                # "more than 140,000 of Beledweyne's roughly 250,000 residents": the town's people
                                r"\bof\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s|its|the\s+(?:town|city|village|camp|district)['’]s)\s+"
                                r"(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|estimated)\s+)?$", re.IGNORECASE)
_POPULATION_WAS = re.compile(r"\b[Pp]opulation(?:\s+(?:before|prior\s+to)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+"
                             r"(?:was|is|stood\s+at|had\s+been|numbered)\s+(?:(?:about|around|some|roughly|nearly|almost|"
                             r"more\s+than|over|just\s+over|just\s+under|an\s+estimated)\s+)?$")
_POPULATION_AFTER = re.compile(r"(?:\s+(?:million|billion))?\s+(?:people|residents|inhabitants)\b")
_IN_EVERY_BEFORE = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
                              r"(?:every\s+)?$", re.IGNORECASE)
_IN_EVERY_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(\d+|two|three|four|five|six|seven|eight|nine|"
                             r"ten|a\s+hundred|a\s+thousand)\b", re.IGNORECASE)
# A numbered unit: "the 444 Brigade", "the 3 Commando Battalion" (capitalised, so a name).
_FORMATION_AFTER = re.compile(r"\s(?:[A-Z][a-z]+\s)?(?:Brigades?|Battalions?|Regiments?|Division|Corps|Squadron|"
                              r"Commando|Infantry|Army|Armoured|Mechanised|Mechanized|Motorised)\b")
# A wire story's update or version slug glued to the headline: "UPDATE 2-", "REFILE 1-", "CORRECTED-UPDATE 2-".
_WIRE_SLUG_BEFORE = re.compile(r"(?:^|\n)\s*(?:(?:CORRECTED|REFILE)-)?(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT|REPEAT|EXCLUSIVE|ANALYSIS)\s+$")
# A difference between two counts: "two more than the national count", "five fewer than a day earlier".
# "350 displaced families", "40 bereaved households": a count of households, a word between or not
# "350 displaced families", "members of one family" (not "5,000 as families cross the border", "five
# family members")
_HOUSEHOLDS_AFTER = re.compile(r"\s+(?:" + _NOT_STOP + r"[a-z][\w-]*\s+)?(?:families|households|family|household)\b(?!\s+members)")
_DIFFERENCE_AFTER = re.compile(r"\s(?:more|fewer|less)\s+than\s+(?:the|a|an|its|their|his|her|that|those|"
                               r"previously|earlier|initially|first|reported|official)\b", re.IGNORECASE)
_MONTH_STEMS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_SPACE_BEFORE = re.compile(r"\s")


def _token_has_mark(text: str, m: NumberMention) -> bool:
    """A URL, e-mail address, path or hashtag in the whitespace-free stretch around the number."""
    lo = max(0, m.start - 200)
    hi = min(len(text), m.end + 200)
    for mark in _MARK_RE.finditer(text, lo, hi):
        a, b = (mark.end(), m.start) if mark.start() < m.start else (m.end, mark.start())
        if a > b or not _SPACE_BEFORE.search(text, a, b):
            return True
    return False


class MarkedTokens:
    """The whitespace-free stretches of an article holding a URL, e-mail, path or hashtag mark."""

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        for mark in _MARK_RE.finditer(text):
            if spans and mark.start() < spans[-1][1]:
                continue
            left = _LAST_SPACE.search(text, max(0, mark.start() - 200), mark.start())
            right = _NEXT_SPACE.search(text, mark.end(), mark.end() + 200)
            spans.append((left.end() if left else max(0, mark.start() - 200),
                          right.start() if right else min(len(text), mark.end() + 200)))
        self._starts = [a for a, _ in spans]
        self._spans = spans

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._spans[i][1]
