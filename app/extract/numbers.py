"""Finds numbers in text: digits, "4.3 million", "1.2m", number words, "a dozen", vague words, ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from text_to_num import text2num

from app.extract.tokens import Lexicon, Term, TermList, Tokens
from app.extract.vocab import Vocabulary, phrase_pattern

_UNITS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = (*_UNITS, *_TENS, *_SCALES)  # "eleven", "forty", "hundred"
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "k": 1_000}

_WORD_ATOM = phrase_pattern(_UNITS + _TENS + list(_SCALES), flags=0).pattern
_WORD_NUMBER = rf"(?:{_WORD_ATOM})(?:(?:[\s-]+(?:and\s+)?){_WORD_ATOM})*"
# After digits also the South Asian scales: "2 lakh" = 200,000, "1.5 crore" = 15,000,000
_DIGIT_SCALES = {**_SCALES, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
                 "crore": 10_000_000, "crores": 10_000_000}
_SCALE_WORD = r"(?:[\s-]?(?:million|billion|thousand|lakhs?|lacs?|crores?))"
_SCALE_SHORT = r"(?:\s?(?:mln|mn|bn)|m|k)"

# Digits are found by a scan that starts on a digit (which the regex engine does fast); number
# words are tried only where a token is a number word.
# Indian grouping ("2,41,000", "1,20,00,000": lakh and crore) is tried before groups of three.
_DIGITS_FAST = r"\d(?:\d?(?:,\d\d)+,\d{3}(?!,?\d)|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
_DIGIT_RE = re.compile(
    rf"(?P<digits>{_DIGITS_FAST})(?:(?P<scale>{_SCALE_WORD})|(?P<short>{_SCALE_SHORT}))?(?![\w])",
    re.IGNORECASE,
)
_WORDS_RE = re.compile(
    rf"""
    (?P<half>half\s+a\s+(?P<half_scale>million|billion))\b
  | (?P<a>a\s+(?P<a_word>dozen|hundred|thousand|million|billion|score))\b
  | (?P<words>{_WORD_NUMBER})(?:\s+(?P<dozen>dozen))?\b
  | (?P<dozen_only>dozen)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WORD_STARTS = frozenset(_UNITS + _TENS + list(_SCALES) + ["a", "half", "dozen"])
_START_THEN_LONGEST = itemgetter(0, 1)  # on (start, -end, found)


@dataclass(slots=True)
class NumberMention:
    """A number found in the text: where it is, its value, and bounds when it is a range or vague."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    is_range: bool = False
    is_word: bool = False
    raw: str = ""


def parse_number_words(words: str) -> float | None:
    """Value of "twenty-three" or "one hundred and five"; None when the words don't make a number."""
    cleaned = " ".join(words.lower().replace("-", " ").split())
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        pass
    try:
        return float(text2num(cleaned.replace(" and ", " "), "en"))
    except ValueError:
        return None


def _digits_value(match: re.Match[str]) -> float:
    digits, scale, short = match.group(1, 2, 3)  # digits, scale, short
    value = float(digits.replace(",", ""))
    if scale:
        value *= _DIGIT_SCALES[scale.strip().strip("-").strip().lower()]  # "1.2 million", "1.2-million", "1.2\nmillion"
    elif short:
        value *= _SHORT_SCALES[short.strip().lower()]
    return value


class NumberFinder:
    """Compiled patterns for one vocabulary; `find(text)` lists every number mention in order."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vague = {k: float(v) for k, v in vocab.vague_quantities.items()}
        self.lexicon = Lexicon({"vague": self.vague_words()})

    def vague_words(self) -> dict[str, str]:
        """The vague-quantity phrases, for a lexicon scan."""
        return {phrase: phrase for phrase in self.vague}

    def find(self, text: str, tokens: Tokens | None = None, vague: TermList | None = None) -> list[NumberMention]:
        """Every number in `text`, leftmost first; a vague phrase ("several hundred") wins over a
        number word inside it. `tokens` and `vague` (the vague-quantity terms) save a re-scan."""
        if tokens is None:
            tokens = Tokens(text)
        if vague is None:
            vague = self.lexicon.scan(tokens)["vague"]
        found: list[tuple[int, int, object]] = [(t.start, -t.end, t) for t in vague.terms]
        for m in _DIGIT_RE.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "_.,"):
                continue
            found.append((s, -m.end(), m))
        for start in tokens.starts_of(_WORD_STARTS):
            m = _WORDS_RE.match(text, start)
            if m:
                found.append((start, -m.end(), m))
        found.sort(key=_START_THEN_LONGEST)
        mentions: list[NumberMention] = []
        taken_until = -1
        for start, _neg_end, item in found:
            if start < taken_until:
                continue
            if isinstance(item, Term):
                mention = NumberMention(item.start, item.end, None, self.vague[item.phrase], None,
                                        vague=True, raw=text[item.start : item.end])
            elif item.re is _DIGIT_RE:
                value = _digits_value(item)
                mention = NumberMention(start, item.end(), value, value, value, raw=item.group())
            else:
                mention = self._mention(item)
            if mention is not None:
                if mentions and not mention.is_word and mention.value == mentions[-1].value and \
                        mentions[-1].is_word and text.startswith(" (", mentions[-1].end) and \
                        mention.start == mentions[-1].end + 2 and text.startswith(")", mention.end):
                    mentions[-1].end = mention.end + 1  # "seven (07) soldiers": the word, written again in digits
                    taken_until = mention.end + 1
                    continue
                mentions.append(mention)
                taken_until = mention.end
        return mentions

    def _mention(self, match: re.Match[str]) -> NumberMention | None:
        start, end = match.span()
        raw = match.group()
        if match.re is _DIGIT_RE:
            value = _digits_value(match)
            return NumberMention(start, end, value, value, value, raw=raw)
        if match.group("half"):
            value = _SCALES[match.group("half_scale").lower()] / 2
            return NumberMention(start, end, value, value, value, is_word=True, raw=raw)
        if match.group("a"):
            word = match.group("a_word").lower()
            value = {"dozen": 12.0, "score": 20.0}.get(word) or float(_SCALES[word])
            return NumberMention(start, end, value, value, value, is_word=True, raw=raw)
        if match.group("dozen_only"):
            return None
        words = match.group("words")
        value = parse_number_words(words)
        if value is None:
            return None
        if match.group("dozen"):
            value *= 12
        return NumberMention(start, end, value, value, value, is_word=True, raw=raw)


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*", re.IGNORECASE)
_BETWEEN_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|increased|increasing|climbed|jumped|grew|up|down|fell|dropped|revised)"
    r"\b[^.;]{0,40}\bfrom\s+$",
    re.IGNORECASE,
)

_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$", re.IGNORECASE)


# "Corrects number of injured in paragraph 2 to 1,540": a paragraph's number, then the figure
_PLACE_IN_TEXT_BEFORE = re.compile(r"\b(?:paragraph|para|page|item|line)\s+$", re.IGNORECASE)


def merge_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "between 10 and 20", "10-20", "10 to 20", "two or three" into single range mentions."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        second = mentions[i + 1] if i + 1 < len(mentions) else None
        close = second is not None and second.start - first.end <= 8
        joint = text[first.end : second.start] if close else None
        # the words before are looked at only when what joins the two numbers can join a range
        if joint is not None and not first.vague and not second.vague and \
                (_BETWEEN_JOIN.fullmatch(joint) or _RANGE_JOIN.fullmatch(joint)):
            before = text[max(0, first.start - 60) : first.start]
            between = _BETWEEN_BEFORE.search(before)
            is_range = False
            if between and _BETWEEN_JOIN.fullmatch(joint):
                is_range = between.group().lower().startswith("between")
            elif _RANGE_JOIN.fullmatch(joint) and not _CHANGE_BEFORE.search(before) and \
                    not _PLACE_IN_TEXT_BEFORE.search(before) and \
                    not (second.value is not None and second.value > 31 and _MONTH_BEFORE.search(before)) and \
                    not (second.is_word and not first.is_word and second.raw[:1].isupper() and " " in joint):
                # not "since May 28 to 38": a date, then the number the toll came to; not "KALUTARA,
                # June 3 – Nine people have died": a dateline's day, then the sentence's first word
                is_or = joint.strip().lower() == "or"
                is_range = not is_or or (first.is_word and second.is_word)
            if is_range and first.value is not None and second.value is not None:
                low, high = first.value, second.value
                if low < high / 1000 and high >= 1000:  # "2 to 3 million": the scale is shared
                    scale = _shared_scale(second.value, low)
                    low *= scale
                if low <= high:
                    start = between.start() + max(0, first.start - 60) if between else first.start
                    out.append(
                        NumberMention(
                            start, second.end, None, low, high, is_range=True,
                            is_word=first.is_word, raw=text[start : second.end],
                        )
                    )
                    i += 2
                    continue
        out.append(first)
        i += 1
    return out


def _shared_scale(high: float, low: float) -> float:
    for scale in (1_000_000_000, 1_000_000, 1_000):
        if high >= scale and low * scale <= high * 10:
            return scale
    return 1.0
