"""A date, time, phone number or page count around a number: no figure. Cells of a table that only
look like a phone number ("268 144 412") are figures."""

from __future__ import annotations

import re

from app.extract.numbers import NumberMention

_LOCAL_SKIP_RE = re.compile(
    r"""
    \d{4}-\d{2}-\d{2}                               # ISO dates
  | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}                   # 14/03/2024
  | \d{1,2}(?::\d{2})+\s*(?:[ap]\.?m\.?)?            # times 10:30
  | \d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?!\w)          # 10 a.m.
  | (?:page|photo|image|slide|picture)\s+\d+\s+(?:of|/)\s+\d+   # page furniture
  | \+?\d{1,4}(?:[ \t-]\d{2,4}){2,}                  # phone numbers
    """,
    re.IGNORECASE | re.VERBOSE,
)


# Cheap signs that a date, time, phone number or page count may be near: only then is the
# window searched with _LOCAL_SKIP_RE. ":", "/" or "+", a digit then "-", "." or spaces and a
# digit, "am" / "pm", page, photo, image, slide or picture; written to open with one character
# class, which the regex engine scans for fast.
_LOCAL_HINT = re.compile(r"[:/+\dapisAPIS](?:(?<=[:/+])|(?<=\d)(?:[-.]|\s+)\d|(?<=[ap])\.?m\b|"
                         r"(?<=p)(?:age|hoto|icture)|(?<=i)mage|(?<=s)lide)", re.IGNORECASE)


# A short code right after the line it dials: "reported missing to our hotline, 1415, stands at …",
# "the toll-free helpline 5151", "on the toll-free numbers 1010 and 199"
_SHORT_CODE_AFTER = re.compile(r"\b(?:(?:hot|help|emergency\s+)line(?:\s+number)?|toll-free\s+(?:number|line)s?|"
                               r"(?:tele)?phone\s+numbers?|green\s+numbers?)(?:\s+(?:on|at))?\s*[,:(]?\s*"
                               r"(?:\d{2,5}\s*(?:,|and|or)\s*)?$", re.IGNORECASE)  # (… "1010 and 199")


def local_skip(text: str, m: NumberMention) -> bool:
    """A date, time, phone number or page count around the number."""
    lo = max(0, m.start - 16)
    near = max(0, m.start - 40)
    if (text.find("line", near, m.start) >= 0 or text.find("number", near, m.start) >= 0) and \
            text[m.start : m.end].isdigit() and _SHORT_CODE_AFTER.search(text, near, m.start):
        return True
    if not _LOCAL_HINT.search(text, lo, min(len(text), m.end + 16)):
        return False
    for hit in _LOCAL_SKIP_RE.finditer(text, lo, min(len(text), m.end + 20)):
        if (hit.start() <= m.start < hit.end() or hit.start() < m.end <= hit.end()) and not _table_cells(text, hit):
            return True
    return False


# Numbers that only look like a phone's: "268 144 412" in a table row, three-digit groups with no
# "+" or "0" to open them, no four-digit group and no word of contact before them
_CELLS_ONLY = re.compile(r"[1-9]\d{0,2}(?: [1-9]\d{0,2}| 0(?!\d)){2,}")
_CONTACT_BEFORE = re.compile(r"(?i:call|phone|tel|whatsapp|message|text|contact|line|hotline|dial|reached|sms|fax|"
                             r"number|on|at|to)\W{0,3}$")


def _table_cells(text: str, hit: re.Match) -> bool:
    return _CELLS_ONLY.fullmatch(hit.group()) is not None and \
        _CONTACT_BEFORE.search(text, max(0, hit.start() - 12), hit.start()) is None
