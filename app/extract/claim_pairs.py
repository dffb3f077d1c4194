"""Two-part sources: "residents and a local rights group, the Centre for …" and "Telegram channels
and the state news agency RIA Novosti claimed": of a generic part and a named one, the named body
is the claimant; a body described and then named ("a local rights group, the X Centre,") is the name."""

from __future__ import annotations

import re

from app.extract.claim_spans import source_span

# "a local rights group" / "the state news agency": a body described, not named
_DESCRIBED_BODY = re.compile(r"(?:^|\s)(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:group|organi[sz]ation|charity|"
                             r"agency|monitor|watchdog|network|coalition|alliance|association|NGO|body|union)$")
# ", the Centre for Human Rights and Democracy in Africa," : the name right after the description
_NAME_AFTER = re.compile(r",\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|the|and|on|in|de|[A-Z][\w'’.&-]*))*)"
                         r"(?=\s*(?:,|\.|;|$))")
_AND = re.compile(r"\s+and\s+")


def named_after_description(whole: str, np: str, at: int) -> str | None:
    """ "according to residents and a local rights group, the X Centre, which …": the np read up to
    the comma ends in a described body, and the name follows it → the np with the name for it."""
    d = _DESCRIBED_BODY.search(np)
    if d is None:
        return None
    m = _NAME_AFTER.match(whole, at)
    if m is None or len(m.group(1).split()) > 10:
        return None
    return np[: d.start()] + (" " if d.start() else "") + m.group(1)


def named_part(finder, np: str) -> str | None:
    """Of "A and B", one part generic (a bare plural: "Telegram channels", "residents") and the
    other ending in a name ("the state news agency RIA Novosti"): the named part. "the army and
    the … Assam Rifles" are two bodies; "residents and elders in X" are both generic."""
    if " and " not in np:
        return None
    a, b = (p.strip() for p in np.split(" and ", 1))
    if not a or not b:
        return None
    if _generic(finder, a) and _named(b):
        return source_span(b)
    if _generic(finder, b) and _named(a):
        return source_span(a)
    return None


_ARTICLE = ("the", "a", "an", "its", "their", "his", "her")
_NAME_RUN = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|and|in|on|the|de)\s+)*[A-Z][\w'’.&-]*)*$")
_LOCATIVE = frozenset("in at of from near outside inside across".split())


def _generic(finder, part: str) -> bool:
    words = part.split()
    last = words[-1]
    return words[0].lower() not in _ARTICLE and "'" not in part and "’" not in part and \
        (last[:1].islower() and (last in finder.nouns or last.endswith("s")) or
         len(words) == 1 and last.lower() in finder.nouns)  # "Residents and the Red Cross"


def _named(part: str) -> bool:
    run = _NAME_RUN.search(part)
    if run is None or run.group().lower() in _ARTICLE:
        return False
    before = part[: run.start()].split()
    return bool(before or " " in run.group() or run.group().isupper()) and \
        not (before and before[-1].lower() in _LOCATIVE)  # "elders in Parachinar" is no name
