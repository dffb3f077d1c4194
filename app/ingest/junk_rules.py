"""The user-editable list of page junk: loading it, and testing lines and paragraphs against it.

File format (resources/vocab/junk_phrases.txt): one rule per line, `#` starts a comment line.
A rule is a plain phrase, matched against a whole line ignoring case, spacing and the punctuation
around it, or `re:` followed by a regular expression searched in the line (case-insensitive).
Section headers pick what a rule means:
  [junk]         page furniture, removed wherever it stands as a short line (the default)
  [boilerplate]  copyright and legal lines, removed wherever they stand as a short line
  [blurb]        calls to action; a paragraph at the end of an article matching one is dropped
  [blurb-start]  openers of an appeal ("Dear reader"); from there to the end is dropped
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_JUNK_PATH = Path(__file__).resolve().parents[2] / "resources" / "vocab" / "junk_phrases.txt"

MAX_JUNK_LINE_CHARS = 200
_SECTIONS = {"junk", "boilerplate", "blurb", "blurb-start"}
_EDGE_CHARS = " .:;,!?…|•·*#>»›<«‹-–—_=~()[]{}\"'“”‘’"
_SEGMENT_SEPARATORS = re.compile(r"\s+[|•·]\s+")
_REPORTING = re.compile(
    r"\b(said|says|saying|told|according to|reported|stated|announced|added|urged|urging|"
    r"called on|appealed|warned)\b|[“”„«»]",
    re.IGNORECASE,
)


def phrase_key(text: str) -> str:
    """How a line and a phrase are compared: case, spacing and surrounding punctuation ignored."""
    text = text.casefold().replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).strip(_EDGE_CHARS)


@dataclass(slots=True)
class JunkRules:
    """Compiled rules; `problems` lists lines of the file that could not be used, and why."""

    line_phrases: dict[str, str] = field(default_factory=dict)
    line_patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    blurb_patterns: list[re.Pattern[str]] = field(default_factory=list)
    blurb_openers: list[re.Pattern[str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def line_reason(self, line: str) -> str | None:
        """"junk" or "boilerplate" when the whole short line is page furniture, else None."""
        if len(line) > MAX_JUNK_LINE_CHARS:
            return None
        segments = _SEGMENT_SEPARATORS.split(line)
        if len(segments) >= 2:
            reasons = [self._single_reason(segment) for segment in segments]
            if None not in reasons:
                return "boilerplate" if "boilerplate" in reasons else "junk"
        return self._single_reason(line)

    def _single_reason(self, line: str) -> str | None:
        reason = self.line_phrases.get(phrase_key(line))
        if reason is not None:
            return reason
        for pattern, pattern_reason in self.line_patterns:
            if pattern.search(line):
                return pattern_reason
        return None

    def is_blurb(self, text: str) -> bool:
        """A call to action addressed to the reader, not a paragraph reporting on one."""
        if _REPORTING.search(text):
            return False
        return any(pattern.search(text) for pattern in self.blurb_patterns)

    def opens_blurb(self, text: str) -> bool:
        return any(pattern.match(text) for pattern in self.blurb_openers)


def parse_rules(lines: Iterable[str]) -> JunkRules:
    """Compile rules from the lines of a junk file (or any iterable of rule lines)."""
    rules = JunkRules()
    section = "junk"
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and line[1:-1].strip().lower() in _SECTIONS:
            section = line[1:-1].strip().lower()
            continue
        if line.startswith("re:"):
            try:
                pattern = re.compile(line[3:].strip(), re.IGNORECASE)
            except re.error as exc:
                rules.problems.append(f"line {number}: bad regular expression ({exc})")
                continue
        else:
            pattern = None
        _add_rule(rules, section, line, pattern)
    return rules


def _add_rule(rules: JunkRules, section: str, line: str, pattern: re.Pattern[str] | None) -> None:
    if section in ("junk", "boilerplate"):
        if pattern is None:
            key = phrase_key(line)
            if key:
                rules.line_phrases[key] = section
        else:
            rules.line_patterns.append((pattern, section))
    elif section == "blurb":
        rules.blurb_patterns.append(pattern or re.compile(re.escape(line), re.IGNORECASE))
    else:
        rules.blurb_openers.append(
            pattern or re.compile(r"\W*" + re.escape(line) + r"(?!\w)", re.IGNORECASE)
        )


_RULES_CACHE: dict[str, tuple[float, JunkRules]] = {}


def load_rules(path: str | os.PathLike[str] = DEFAULT_JUNK_PATH) -> JunkRules:
    """Rules from a junk file, cached per path and re-read only when the file changes.

    A missing or unreadable file gives no rules, so cleaning still works without it.
    """
    key = str(Path(path).resolve())
    try:
        mtime = os.stat(key).st_mtime
    except OSError:
        return JunkRules(problems=[f"{key} could not be read"])
    cached = _RULES_CACHE.get(key)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        with open(key, encoding="utf-8-sig") as handle:
            rules = parse_rules(handle)
    except (OSError, UnicodeDecodeError) as exc:
        return JunkRules(problems=[f"{key} could not be read: {exc}"])
    _RULES_CACHE[key] = (mtime, rules)
    return rules
