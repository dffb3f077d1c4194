"""Sources a document gives once for figures that carry none of their own:
- a body's own release speaking in the first person ("Oxfam (OXF) is alarmed … the clinics we run";
  "our teams treated 80 patients") → the body;
- a numbered statement whose paragraphs and bullet rows carry no attribution ("the following is a
  statement by the Press Office of the Defence Council" … "3. Four soldiers were killed") → its author;
- a closing note naming the source of some figures ("Casualty figures for Tessit were provided by
  the regional health office") → that source, for figures of that kind about that place."""

from __future__ import annotations

import re

from app.extract.claim_answers import answerer
from app.extract.claim_mastheads import headed_body, masthead_document
from app.extract.claim_source_lines import item_source
from app.extract.sentences import LIST_BULLETS

_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
# A body as the subject at a paragraph's start: "Médecins Sans Frontières (MSF) is alarmed …"
_BODY_SUBJECT = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|the|and|de|du|des|sans|Sans))*)"
    r"(?:\s+\(([A-Z][A-Za-z]{1,8})\))?\s+(?:is|are|has|have|was|were|said|says|calls|called|welcomes|condemns|"
    r"warns|warned|urges|urged|remains|today|documented|recorded|counted|registered|verified)\b")
# … or named with its acronym after the paragraph's first-person clause: "…, the charity X (XY) said today"
_BODY_AFTER = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,5}?(?:[A-Z][\w'’&.-]*\s+){1,6}\(([A-Z][A-Za-z]{1,8})\)\s+"
                         r"(?:said|says|warned|warns|announced|reported|stated|added)\b")
# a short line near the top naming a body with its acronym: a release's masthead
_MASTHEAD_BODY = re.compile(r"(?:^|[|:–—-]\s*)(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|on|in|the|and))*"
                            r"\s+\(([A-Z][A-Za-z]{1,8})\)\s*$")
_DATELINE_DASH = re.compile(r"[A-Z][\w'’. -]{1,30}\s+[–—-]\s+")
_STATEMENT_BY = re.compile(
    r"\b(?:statement|communiqu[eé]|bulletin|press\s+release|announcement|declaration)\s+"
    r"(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+(the\s+[A-Z][^,.;:\n]*?)"
    r"(?=\s*[,.;:\n]|\s+(?:read|on|in|at|published|issued|and|which)\b)")
_LATER_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;\s")
_NUMBERED = re.compile(r"\d{1,2}\.\s")
_NOTE = re.compile(
    r"(?:^|\n)([A-Z][^\n]{0,60}?)?\b[Ff]igures\s+(?:on|for|of|in|about)\s+([^\n]{1,80}?)\s+"
    r"(?:(?:cited|given|used|quoted)\s+in\s+this\s+\w+\s+)?(?:are|were|come|came)\s+"
    r"(?:from|provided\s+by|supplied\s+by|compiled\s+by|given\s+by|reported\s+by)\s+"
    r"((?:the\s+)?[^;,.\n]+?)(?=\s+and\s|\s*[;,.\n]|\s+(?:who|which)\b)")
_PLACE_WORD = re.compile(r"\b[A-Z][\w'’-]{2,}")
# what a note's kind of figure is written as in the figure's sentence
_KIND_WORDS = {
    "casualt": ("kill", "dead", "died", "death", "wound", "injur", "casualt"),
    "death": ("kill", "dead", "died", "death"),
    "injur": ("wound", "injur", "hurt"),
    "abduct": ("abduct", "kidnap", "taken"),
    "arriv": ("arriv",),
    "displace": ("displac", "fled", "flee"),
    "refugee": ("refugee", "crossed", "arriv"),
}
_KEY = "\0document sources"  # kept in the article's memo of resolved phrases


def document_source(art, index: int, own: list) -> str | None:
    """The source the document gives for sentence `index`'s figures, or None."""
    if not own and index not in art.rows:
        at = art.sentences[index].start
        if (answer := answerer(art)) is not None and at > answer[0]:
            return answer[1]  # a parliamentary answer's figures: the answering minister's
        if (item := item_source(art.text, at)) is not None:
            return item  # a digest's item under its "Source: X statement" line
    sources = _article_sources(art)
    body, author, notes, headed = sources
    if not (body or author or notes):
        return None
    text, s = art.text, art.sentences[index]
    sentence = text[s.start : s.end]
    if notes and all(not c.claimant or not any(ch.isupper() for ch in c.claimant) for c in own):
        low = sentence.lower()
        previous = text[art.sentences[index - 1].start : s.start] if index and \
            art.sentences[index - 1].paragraph == s.paragraph else ""
        for places, kinds, source in notes:
            if any(p in sentence or p in previous for p in places) and \
                    any(k in low for kind in kinds for k in _KIND_WORDS.get(kind, (kind,))):
                return source
    if own:
        return None
    if author and _in_numbered(text, s.start):
        return author
    if body:
        line_start = text.rfind("\n", 0, s.start) + 1
        before = text[line_start : s.start]
        if before.count('"') % 2 or before.count("“") > before.count("”") or sentence.lstrip()[:1] in "\"“":
            return None  # inside a quote: the speaker's
        if headed:  # "PRESS RELEASE | …": every figure the release gives with no source is the body's
            # … and its headline, when the body's masthead stands right under it (not a monitor's own
            # headline over a statement it reprints further down)
            return body if s.start or _under_headline(text, body) else None
        # the first clause only: "…, and our teams have been unable to return" speaks of no figure
        unquoted = _LATER_CLAUSE.split(_QUOTED.sub("", sentence), maxsplit=1)[0]
        if _FIRST_PERSON.search(unquoted) or \
                re.match(rf"(?:[^,]{{0,60}},\s+)?(?:the\s+)?{re.escape(body)}\b", unquoted.lstrip()):
            return body  # "In 2024, Oxfam teams distributed …": the body as the subject
    return None


_THIS_DOCUMENT = re.compile(r"(?i:this)\s+(?:[\w-]+\s+)?(?:report|update|bulletin|sitrep|snapshot|flash\s+update)")


def first_person_body(art, claimant: str | None) -> str | None:
    """ "we" / "our teams" as a claim's subject in a body's own release → the body; also a
    relative clause's "we" ("Six of the killings we [recorded]")."""
    if not claimant:
        return None
    if _THIS_DOCUMENT.fullmatch(claimant):  # "This operation update revises …": the document's own body
        return _article_sources(art)[0]
    words = claimant.split()
    if len(words) >= 2 and words[0] in ("the", "The") and (sources := _article_sources(art))[3] and sources[0] and \
            sources[0].startswith(claimant[4:] + " ") and len(claimant) > 8:
        return sources[0]  # "the Ombudsman's Office" under the masthead "Ombudsman's Office of Colombia - …"
    head = words[1].lower() if len(words) == 2 and words[0] in ("the", "The") else None
    if words[0].lower() not in ("we", "our", "us") and (len(words) < 2 or words[-1] != "we") and head is None:
        return None
    sources = _article_sources(art)
    if head is not None:  # "the Mission", "the team": the document's body when its masthead names it so
        return sources[0] if sources[0] and sources[3] and _masthead_holds(art.text, sources[0], head) else None
    return sources[0]


def _masthead_holds(text: str, body: str, head: str) -> bool:
    """The line near the top that names `body` also holds the word `head` ("… STABILIZATION MISSION …
    (MONUSCO)" for "the Mission"; "… Information Team" for "the team")."""
    if head in ("report", "statement", "update", "bulletin", "document"):
        return False
    for line in text[:800].split("\n"):
        if body in line and re.search(rf"\b{re.escape(head)}\b", line, re.IGNORECASE):
            return True
    return False


def _under_headline(text: str, body: str) -> bool:
    """`body` is named in the two lines after the headline."""
    lines = [ln for ln in text[:600].split("\n") if ln.strip()][:3]
    return body.lower() in "\n".join(lines).lower()


def _article_sources(art):
    """`_sources` of the article's text, worked out once per article."""
    sources = art.resolved.get(_KEY)
    if sources is None:
        sources = art.resolved[_KEY] = _sources(art.text)
    return sources


def _sources(text: str):
    headed = masthead_document(text) or headed_body(text)
    body = headed or _release_body(text)
    if body is None and (own := _FIGURES_OWN.search(text, 0, 1500)) is not None:
        body, headed = own.group(1), own.group(1)  # "the figures are the governor's own": his, wherever given
    return body, _statement_author(text), _notes(text), body is not None


# A relay's note near the top: "Posts are lightly shortened; the figures are the governor's own."
_FIGURES_OWN = re.compile(r"\b[Tt]he\s+(?:figures|numbers|tolls)\s+(?:are|were)\s+(the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})['’]s?\s+own\b")


def _release_body(text: str) -> str | None:
    """The body whose release the text is: the subject of a paragraph (among the first ones) that
    also speaks of it in the first person outside quotes."""
    at = 0
    masthead = None
    for i in range(8):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        paragraph = text[at:end]
        if i < 3 and masthead is None and len(paragraph) < 140 and "(" in paragraph:
            named = _MASTHEAD_BODY.search(paragraph)  # "Monthly bulletin | Citizens' Observatory … (OCVR)"
            masthead = named.group(1) if named else None
        elif masthead and _FIRST_PERSON.search(_QUOTED.sub("", paragraph)) and '"' not in paragraph \
                and "“" not in paragraph:
            return masthead  # "… a summary of our monthly bulletin": the masthead body's own
        dateline = _DATELINE_DASH.match(paragraph)  # "Kabul – The Afghan Red Crescent Society (ARCS) has …"
        m = _BODY_SUBJECT.match(paragraph, dateline.end() if dateline else 0)
        if m and _FIRST_PERSON.search(_QUOTED.sub("", paragraph[m.end() :])):
            return m.group(2) or m.group(1)
        if m and m.group(2) and i < 3 and masthead is None:
            masthead = m.group(2)  # the lead's body by its acronym; "our volunteers" in the next paragraph
        if not (m and m.group(2)) and "(" in paragraph:
            # "… and our teams are seeing more deaths, the medical charity Aide Santé (AIS) warned today"
            after = _BODY_AFTER.search(paragraph)
            if after and not m and _FIRST_PERSON.search(_QUOTED.sub("", paragraph[: after.start()])):
                return after.group(1)
            if after and i < 3 and masthead is None:
                masthead = after.group(1)  # "…, the X Health Alliance (KHA) warned today." then "our teams …"
        if end >= len(text):
            break
        at = end + 1
        while text.startswith("\n", at):
            at += 1
    return None


def _statement_author(text: str) -> str | None:
    if "\n1. " not in text:
        return None
    numbered = text.find("\n1. ")
    m = _STATEMENT_BY.search(text, 0, numbered)
    return m.group(1) if m else None


def _in_numbered(text: str, pos: int) -> bool:
    """`pos` is in a numbered paragraph ("3. …") or a bullet row under one."""
    line = text.rfind("\n", 0, pos) + 1
    for _ in range(12):
        head = text[line : line + 4]
        if _NUMBERED.match(head):
            return True
        if not head.startswith(LIST_BULLETS):
            return False
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
    return False


def _notes(text: str) -> list[tuple[list[str], list[str], str]]:
    if "igures " not in text:
        return []
    out = []
    for m in _NOTE.finditer(text):
        kinds_text = f"{m.group(1) or ''} {m.group(2)}".lower()
        places = [p for p in _PLACE_WORD.findall(m.group(2))]
        kinds = [k for k in _KIND_WORDS if k in kinds_text]
        if places and kinds:
            out.append((places, kinds, m.group(3).strip()))
    return out
