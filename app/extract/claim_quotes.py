"""Who speaks a quotation: a figure inside quotation marks is claimed by the quote's speaker,
named before it ('a doctor told AFP: "…"'), after it ('"…," he said') or in the sentence after it
('"…" The prefect added that …')."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from app.extract.claim_names import Claim
from app.extract.people import Mention
from app.extract.sentences import Sentence

_OPEN, _CLOSE, _BOTH = "“", "”", '"'
# The verbs that introduce or continue someone's own words
_SPEECH = frozenset(("said", "says", "added", "adds", "told", "tells", "told reporters", "wrote", "stated",
                     "noted", "warned", "insisted", "explained", "continued"))
_SPEECH_AFTER = re.compile(r"[\s,]*(?:(?:he|she|they|it|the\s+[\w -]{1,40}?|[A-Z][\w.'’ -]{1,60}?)\s+)?"
                           r"(?:said|says|added|adds|told|tells|wrote|stated|noted|warned|insisted|explained|"
                           r"continued)\b", re.IGNORECASE)
_INTRO_END = re.compile(r":\s*[\"“]?\s*$")


def _quote_state(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a quotation that opened after `start`."""
    inside = False
    for ch in text[start:pos]:
        if ch == _OPEN:
            inside = True
        elif ch == _CLOSE:
            inside = False
        elif ch == _BOTH:
            inside = not inside
    return inside


def _close_of(text: str, pos: int, end: int) -> int:
    """Where the quotation open at `pos` closes, or -1 before `end`."""
    for at in range(pos, end):
        if text[at] in (_CLOSE, _BOTH):
            return at
    return -1


def quote_speaker(text: str, sentences: Sequence[Sentence], index: int, pos: int,
                  claims_of: Callable[[int], list[Claim]], people: list[Mention], depth: int = 0) -> Claim | None:
    """The speaker of the quotation that holds the figure at `pos` in sentence `index`, when the
    sentence has no claim of its own; None if the figure is not quoted or no speaker is named."""
    s = sentences[index]
    first = index
    while first > 0 and sentences[first - 1].paragraph == s.paragraph:
        first -= 1
    par_start = sentences[first].start
    last = index
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == s.paragraph:
        last += 1
    par_end = sentences[last].end
    region = text[par_start:par_end]
    if _OPEN not in region and _BOTH not in region:
        return None
    if not _quote_state(text, par_start, pos):
        return None
    # where the quotation opened, and the speaker named before it
    opened = max(text.rfind(_OPEN, par_start, pos), text.rfind(_BOTH, par_start, pos))
    closed = _close_of(text, pos, par_end)
    after = _speaker_after(text, sentences, index, last, closed, claims_of)
    if after is not None:
        return after
    before = _speaker_before(text, sentences, first, opened, claims_of, people)
    if before is None and closed < 0 and depth < 3 and last + 1 < len(sentences) and \
            text[sentences[last + 1].start] in (_OPEN, _BOTH):
        # a quote running on into the next paragraph, which reopens it ('“…\n\n“…,” she said.')
        nxt = sentences[last + 1]
        return quote_speaker(text, sentences, last + 1, nxt.start + 1, claims_of, people, depth + 1)
    if before is None and closed >= 0 and text[par_start] in (_OPEN, _BOTH) and last + 1 < len(sentences) and \
            not text[closed + 1 : par_end].strip(" .!?,’'\"”"):
        # a paragraph that is all quote, its speaker named by the next one ('“…”\n\nAmina Yusuf, a
        # nurse, said …'): the person that paragraph opens with, when a verb of speech follows
        nxt = sentences[last + 1]
        speaks = any(text[c.start : c.end].lower() in _SPEECH for c in claims_of(last + 1))
        return _subject(people, nxt) if speaks else None
    if before is None and closed >= 0 and text[par_start] in (_OPEN, _BOTH):
        # '“Twelve of our residents were killed.” Fatima Ahmed, who runs the shelter, wept.': the
        # person the paragraph's next sentence opens with
        after_quote = next((j for j in range(index, last + 1) if sentences[j].start > closed), None)
        return _subject(people, sentences[after_quote]) if after_quote is not None else None
    return before


def _speaker_after(text, sentences, index, last, closed, claims_of) -> Claim | None:
    """ '"…," he said' in the sentence where the quote closes, or the next sentence's "he said" /
    "X added" when the quote ends a sentence."""
    if closed < 0:
        return None
    k = index
    while k <= last and sentences[k].end <= closed:
        k += 1
    k = min(k, last)
    if sentences[k].start <= closed < sentences[k].end:
        claims = [c for c in claims_of(k) if c.start > closed]
        if claims and _SPEECH_AFTER.match(text, closed + 1):
            return claims[0]
        if text[closed + 1 : sentences[k].end].strip(" .!?,’'\"”"):
            return None  # the sentence goes on: the quote is part of the reporter's own sentence
        k += 1
    if k <= last:
        claims = [c for c in claims_of(k) if text[c.start : c.end].lower() in _SPEECH]
        if claims:
            return claims[0]
    return None


def _speaker_before(text, sentences, first, opened, claims_of, people) -> Claim | None:
    """The speaker who introduces the quote: 'a doctor told AFP: "…"', or the person or source
    of the sentence just before the quote opens in the paragraph."""
    k = next((j for j in range(first, len(sentences)) if sentences[j].start <= opened < sentences[j].end), None)
    if k is None:
        return None
    own = [c for c in claims_of(k) if c.end <= opened]
    if own:
        return own[-1]
    if k == first and first > 0 and sentences[k].start >= opened - 1:
        # 'A doctor told AFP:' closing the paragraph before, or a quote paragraph that goes on
        # from the speaker quoted just before it ('X said the attackers fled.\n"They killed 21."')
        claims = [c for c in claims_of(first - 1) if text[c.start : c.end].lower() in _SPEECH or
                  _INTRO_END.search(text, sentences[first - 1].start, sentences[first - 1].end)]
        if claims:
            return claims[-1]
        # "Olena Kovalenko, 61, stood outside her house.\n\n“We buried 12 neighbours.”": the person
        # the paragraph before ends on, when it names no other source
        return None if claims_of(first - 1) else _subject(people, sentences[first - 1])
    if k == first or sentences[k].start < opened - 1:
        return None
    prev = sentences[k - 1]
    claims = claims_of(k - 1)
    if claims:
        return claims[-1]
    return _subject(people, prev)  # "Marie Toko, a nurse at the clinic, described the scene. "We …""


def _subject(people: list[Mention], sentence: Sentence) -> Claim | None:
    """The person a sentence opens with, as the speaker of a quote that follows it."""
    subject = next((p for p in people if sentence.start <= p.start <= sentence.start + 2), None)
    if subject is not None:
        return Claim(subject.start, subject.start + len(subject.name), subject.name)
    return None
