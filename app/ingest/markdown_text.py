"""Markdown to plain reading text, and the front matter some Markdown articles carry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BLOCKQUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_BULLET = re.compile(r"^(\s*)[*+]\s+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`]+)`")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")

_FRONT_MATTER_KEYS = {
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "publisher": "publisher",
    "source": "publisher",
    "site": "publisher",
    "sitename": "publisher",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "lang": "language",
    "language": "language",
}


@dataclass(slots=True)
class MarkdownArticle:
    text: str
    front_matter: dict[str, str] = field(default_factory=dict)


def markdown_to_text(source: str) -> MarkdownArticle:
    """Strip Markdown syntax, keeping every word; headings become plain lines (a table's divider and
    outer pipes go in cleaning, which treats every format's tables alike)."""
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    front, body = _split_front_matter(source)
    body = _HTML_COMMENT.sub("", body)
    out: list[str] = []
    in_fence = False
    for line in body.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _SETEXT_UNDERLINE.match(line) and out and out[-1].strip():
            continue
        if _RULE.match(line) or _LINK_DEFINITION.match(line):
            out.append("")
            continue
        out.append(_inline(line))
    return MarkdownArticle("\n".join(out), front)


def _inline(line: str) -> str:
    heading = _ATX_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _BLOCKQUOTE.sub("", line)
    line = _BULLET.sub(r"\1- ", line)
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EM_STAR.sub(r"\1", line)
    line = _EM_UNDERSCORE.sub(r"\1", line)
    line = _STRIKE.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    return _ESCAPE.sub(r"\1", line)


def _split_front_matter(source: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` YAML front matter between `---` lines; nested YAML is ignored."""
    if not source.startswith("---\n"):
        return {}, source
    end = source.find("\n---", 4)
    if end < 0:
        return {}, source
    after = source.find("\n", end + 4)
    body = "" if after < 0 else source[after + 1 :]
    values: dict[str, str] = {}
    for line in source[4:end].split("\n"):
        key, sep, value = line.partition(":")
        field_name = _FRONT_MATTER_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'")
        if sep and field_name and value and field_name not in values:
            values[field_name] = value
    return values, body
