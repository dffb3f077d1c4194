"""Sources a document gives once for figures that carry none of their own:
- a body's own release speaking in the first person ("Oxfam (OXF) is alarmed … the clinics we run";
  "our teams treated 80 patients") → the body;
- a numbered statement whose paragraphs and bullet rows carry no attribution ("the following is a
  statement by the Press Office of the Defence Council" … "3. Four soldiers were killed") → its author;
- a closing note naming the source of some figures ("Casualty figures for Tessit were provided by
  the regional health office") → that source, for figures of that kind about that place."""

from __future__ import annotations

import re
import string

from app.extract.claim_answers import answerer
from app.extract.claim_dateline import NEWS_AGENCIES
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
    headed = _masthead_document(text) or _headed_body(text)
    body = headed or _release_body(text)
    return body, _statement_author(text), _notes(text), body is not None


# A release's own heading above its lead: "PRESS RELEASE | GENEVA, 6 June –", "FIELD REPORT | KALEMIE, …"
_RELEASE_HEADER = re.compile(r"(?:^|\n)[ \t]*(?:PRESS|NEWS|MEDIA)\s+RELEASE\b|(?:^|\n)[ \t]*FIELD\s+REPORT\b|"
                             r"(?:^|\n)[ \t]*FOR\s+IMMEDIATE\s+RELEASE\b")
_HEADLINE_NAME = re.compile(r"\b[A-Z][\w'’&-]*[A-Z][\w'’&-]*\b|\b[A-Z][a-z]+[A-Z][\w-]*\b|"
                            r"\b(?:[A-Z][\w'’&-]+\s+){0,3}(?=(?:says|warns|urges|calls|reports|scales|alarmed)\b)")


def _headed_body(text: str) -> str | None:
    """The body whose release a text headed "PRESS RELEASE" or "FIELD REPORT" is: a name the
    headline gives ("UNHCR scales up …", "…, MedAction warns") that the release's lead names again,
    as the lead writes it ("MedAction International's mobile clinics")."""
    header = _RELEASE_HEADER.search(text, 0, 600)
    if header is None:
        return None
    lines = [ln for ln in text[:600].split("\n") if ln.strip() and not _RELEASE_HEADER.match("\n" + ln)]
    headline = lines[0] if lines else ""  # the title, not the "PRESS RELEASE | …" line above it
    lead_end = text.find("\n\n", header.end() + 1)
    lead = text[header.start() : lead_end if lead_end > 0 else len(text)]
    if len(lead) < 200:  # "PRESS RELEASE | Goma / Geneva" alone on its line: the next paragraph too
        more = text.find("\n\n", len(lead) + header.start() + 2)
        lead = text[header.start() : more if more > 0 else len(text)]
    for m in _HEADLINE_NAME.finditer(headline):
        name = m.group().strip()
        if len(name) < 3 or text.startswith(":", m.end()) or name.isupper() and len(name) > 8:
            continue  # "DRC: …": the country the release is about
        at = re.search(rf"\b{re.escape(name)}(?:\s+[A-Z][\w&-]*)*", lead)
        if at is not None:
            return re.sub(r"['’]s$", "", at.group())
    return None


# A document's masthead under its title: "UN Office for the Coordination of Humanitarian Affairs (OCHA)
# | Issued: 12 March 2025", "Centre for … (CDHFN) | Report summary | Nuevo Laredo, 28 August 2025"
# A body's name and its acronym in brackets: "Centre for … (CDHFN)", "REPUBLICAN CENTRE FOR … (RCI)"
_BODY_AND_ACRONYM = (r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|on|in|the|and|de|del|du|des|la|le|"
                     r"los|las|y|et|DE|DEL|DU|DES|LA|LE|LOS|LAS|Y|ET|OF|FOR|AND|THE))*\s+\(([A-Z][A-Za-z]{1,8})\)")
_DOCUMENT_MASTHEAD = re.compile(
    r"(?:^|\n)(?:[^\n]{0,80}?\s[–—-]\s)?[ \t]*" + _BODY_AND_ACRONYM +
    r"(?:\s*[|·•–—-]\s*|\s+(?=[A-Z]))(?i:Issued|Published|Situation|Report|Monthly|Weekly|"
    r"Quarterly|Annual|Briefing|Flash|Bulletin|Statement|Press|News|Update|Fact|Summary|Review|Sitrep)\b")
_ORG_WORDS = ("police ministry department agency authority commission office army command directorate secretariat "
              "council service force forces team hospital society committee mission organisation organization "
              "foundation network centre center monitor observatory group coalition front movement union "
              "federation association institute bureau unit crescent cross watch alliance trust fund programme guard").split()
# A release headed by its issuer: "PRESS RELEASE | DERA ISMAIL KHAN DISTRICT POLICE", "STATEMENT | Tatmadaw
# True News Information Team", "PRESS RELEASE | Al-Thawra General Hospital Authority, Taiz"
_CAPITAL_ISSUER = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:PRESS|NEWS|MEDIA)\s+RELEASE|(?:PRESS\s+)?STATEMENT|COMMUNIQU[EÉ])(?:\s*[|·•:–-]\s*|[ \t]+)("
    r"(?:[A-Z][A-Z'’&.-]*\s+(?:(?:OF|FOR|THE|AND)\s+)*){0,6}(?:" + "|".join(w.upper() for w in _ORG_WORDS) + ")|"
    r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|the|and)\s+)*){0,6}(?:" + "|".join(w.title() for w in _ORG_WORDS) + "))"
    r"(?=[ \t]*[\n,]|\s+[A-Z][a-z])")
# … or the issuer first: "NORTH-WEST SYRIA CIVIL DEFENCE | PRESS STATEMENT | Idlib, 16 May 2024"
_ISSUER_THEN_KIND = re.compile(
    r"(?:^|\n)[ \t]*((?:[A-Z][A-Z'’&.-]*\s+(?:(?:OF|FOR|THE|AND)\s+)*){0,6}(?:" + "|".join(w.upper() for w in _ORG_WORDS) +
    r"|DEFENCE|DEFENSE))[ \t]*[|·•][ \t]*(?:PRESS\s+)?(?:STATEMENT|RELEASE|COMMUNIQU[EÉ])\b")
# "Office for the Coordination of Humanitarian Affairs (OCHA), Office of the Pacific Islands Suva, 17 February
# 2026": a body and its acronym opening a line of names that ends in the document's date
_DATED_MASTHEAD = re.compile(
    r"(?:^|\n)[ \t]*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|on|in|the|and|OF|FOR|AND|THE))*"
    r"\s+\(([A-Z][A-Za-z]{1,8})\)(?=(?:[\s,|·•–-]+(?:[A-Z][\w'’.-]*|of|the|for|and))*?[\s,|·•–-]+"
    r"(?:Issued:?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b)")
# A masthead of cells whose first names a body, maybe again in its own language, and another the
# issue date: "Ombudsman's Office of Colombia - Defensoria del Pueblo | Early Warning System (SAT) | Issued: …"
_ISSUED_MASTHEAD = re.compile(
    r"(?:^|\n)[ \t]*((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|the|and|on)\s+)*){0,6}(?:" +
    "|".join(w.title() for w in _ORG_WORDS) + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)"
    r"[ \t]*(?:[-–—][^|\n]{0,60})?\|[^\n]{0,120}?\|[ \t]*(?:Issued|Published)\b")
# A title opening on the issuer's acronym: "BNPB SITUATION REPORT No. 6 - …", "NDRRMC Situational Report No. 6"
_ACRONYM_TITLE = re.compile(r"([A-Z]{3,8})\s+(?i:situation(?:al)?\s+report|sitrep|flash\s+update|situation\s+bulletin)\b")
# An agency's acronym and description over a place and date: "UNHCR, the UN Refugee Agency | Abidjan, 14 July"
# (after a document kind: "BRIEFING NOTE | UNHCR, the UN Refugee Agency | Geneva, 23 May 2025")
_ACRONYM_ISSUER = re.compile(r"(?:^|\n)[ \t]*(?:[A-Z][A-Z ]{2,30}\|\s*)?([A-Z]{2,8}),\s+the\s+[^|\n]{3,60}\|\s*[A-Z][\w'’ -]+,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")
# A briefing note's opening formula: "This is a summary of what was said by UNHCR spokesperson X"
_BRIEFING_SUMMARY = re.compile(r"\bsummary\s+of\s+what\s+was\s+said\s+by\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*?)"
                               r"\s+(?:spokesperson|spokesman|spokeswoman|spokespeople|representative)\b")
# A headline naming a body's own statement: "Ministry of Migration and Displacement: statement on …"
# "The following is the text of a statement issued on Saturday by the General Command of the Sudanese
# Armed Forces (SAF) and carried in full by SUNA", "The following is our translation from French of a
# communiqué from the General Staff …": the statement's figures are its issuer's, not the agency's
_REPRINTED_STATEMENT = re.compile(r"\b(?:(?:full\s+)?text|translation(?:\s+from\s+[A-Z]\w+)?)\s+of\s+(?:a|an|the)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|"
                                  r"announcement|press\s+release)\s+(?:(?:issued|released|published|read\s+out)\s+)?"
                                  r"(?:(?:on|late\s+on|early\s+on)\s+[A-Z]\w+\s+)?(?:by|from)\s+"
                                  r"(?P<body>(?:the\s+)?[A-Z][^,.;()\n]{2,100}?)(?:\s+\((?P<acronym>[A-Z]{2,8})\))?"
                                  r"(?=\s+(?:and|which)\b|[,.;:\n])")
# "Italian Coast Guard statement on the shipwreck south-west of Lampedusa (translated from Italian)": its issuer's
_STATEMENT_ON = re.compile(r"((?:[A-Z][\w'’.-]*\s+){0,5}(?:" + "|".join(w.title() for w in _ORG_WORDS) + r"))\s+"
                           r"(?:statement|press\s+release|communiqu[eé])\s+(?:on|about|regarding)\s")
_STATEMENT_HEADLINE = re.compile(r"^(?:The\s+)?((?:Ministry|Office|Department|Directorate|Agency|Commission|Council|"
                                 r"Committee|Secretariat)\s+(?:[A-Z][\w'’&-]*|of|for|and|the|\s)+?)\s*:\s*"
                                 r"(?:statement|press\s+release|communiqu[eé]|update|bulletin)\b")


# A part of a heading line that is only a body and its acronym: "REPUBLICAN CENTRE FOR … (RCI)", "Fundación
# Puentes del Sur (FPS)", between the line's ends or bars
_BODY_SEGMENT = re.compile(_BODY_AND_ACRONYM)
# The kind of document a heading line names
_DOCUMENT_KIND = re.compile(r"\b(?:BULLETIN|SITUATION\s+REPORT|SITREP|(?:FLASH|FIELD)\s+UPDATE|PRESS\s+RELEASE|"
                            r"STATEMENT|SNAPSHOT|FACT\s*SHEET|BRIEFING\s+NOTE|FIELD\s+(?:DISPATCH|REPORT|NOTE)|(?:Weekly|Monthly|Daily)\s+"
                            r"(?:[A-Z][a-z]+\s+)?(?:Bulletin|Report|Update)|Situation\s+Report|Flash\s+Update|"
                            r"Field\s+Update|Situation\s+Update|SITUATION\s+UPDATE|Flash\s+Report|FLASH\s+REPORT|"
                            r"OPERATION\s+UPDATE|Operation\s+Update)\b")
# A bar-separated masthead's first cell that opens on an acronym: "CCCM Cluster Yemen | Situation Update #3 | …",
# "IOM Somalia | … Flash Report No. 7", "OCHA occupied Palestinian territory | PRESS RELEASE" (an agency's
# country office: the agency)
_ACRONYM_CELL = re.compile(r"([A-Z]{2,8})((?:\s+[A-Z][a-z][\w'’-]*){1,3}|\s+[A-Z]{4,}|"  # "IOM MOZAMBIQUE"
                           r"\s+occupied(?:\s+[A-Z][a-z][\w'’-]*){1,2}\s+territory)")  # "OCHA occupied Palestinian territory"


def _heading_block_body(text: str) -> str | None:
    """The acronym of a body that a line of the document's heading (its first four lines) gives
    alone or between bars, when the heading also names the kind of document: "REPUBLICAN CENTRE
    FOR IMMUNOPROPHYLAXIS (RCI) | Ministry of Health …" over "WEEKLY MEASLES BULLETIN No. 16";
    "FIELD UPDATE | Fundación Puentes del Sur (FPS) | Puerto Leguízamo, …"."""
    lines = [ln.strip() for ln in text[:900].split("\n") if ln.strip()][:4]
    if not any(_DOCUMENT_KIND.search(ln) for ln in lines):
        return None
    for line in lines:  # the issuer first, before a programme of it: "IOM Somalia | Displacement Tracking Matrix (DTM)"
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 3 and (m := _ACRONYM_CELL.fullmatch(cells[0])) is not None and not _DOCUMENT_KIND.search(cells[0]):
            return m.group(1) if m.group(2).count(" ") == 1 or not m.group(2).istitle() and not any(
                w.lower() in _ORG_WORDS for w in m.group(2).split()) else cells[0]
    for line in lines:
        if len(line) > (320 if line.count("|") >= 2 else 200) or "(" not in line:
            continue  # (a barred masthead of many cells may run long)
        for cell in line.split("|"):  # "Relief and Rescue Organization, Red Crescent Society of … (IRCS)": its last part
            for part in dict.fromkeys((cell.strip(), cell.strip().rsplit(", ", 1)[-1])):
                m = _BODY_SEGMENT.match(part)  # "Disaster Management Office (DMO), Ministry of …"
                if m is not None and " " in part and part[m.end() :][:1] in ("", ","):
                    return m.group(1)
    for k, line in enumerate(lines[1:], 1):  # a letterhead line that is only the issuer's name, above the kind
        if _DOCUMENT_KIND.search(line):  # of document, or right under it ("PRESS RELEASE" / "True News Information Team")
            below = lines[k + 1] if k + 1 < len(lines) and _DOCUMENT_KIND.fullmatch(line.strip()) else ""
            return _issuer_name(below) if below else None
        if (name := _issuer_name(line)) is not None:
            return name
    return None


def _issuer_name(line: str) -> str | None:
    """The issuer a letterhead line names alone, in title case when written in capitals, or None."""
    m = _ISSUER_LINE.fullmatch(line)
    return None if m is None else string.capwords(m.group(1)) if m.group(1).isupper() else m.group(1)


# A heading line that is an issuer's name alone, maybe with its name in another language in brackets:
# "TURKISH COAST GUARD COMMAND (SAHİL GÜVENLİK KOMUTANLIĞI)", "Ministry of the Interior and Decentralisation"
_ISSUER_LINE = re.compile(
    r"((?:[A-Z][A-Z'’&.-]*\s+(?:(?:OF|FOR|THE|AND)\s+)*){0,6}(?:" + "|".join(w.upper() for w in _ORG_WORDS) + r")|"
    r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|the|and)\s+)*){0,6}(?:" + "|".join(w.title() for w in _ORG_WORDS) + r")|"
    r"(?:Ministry|Office|Department|Directorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4})"
    r"(?:\s+\([^()\n]{2,60}\))?")


def _masthead_document(text: str) -> str | None:
    """The body whose own document the text is, named in a masthead line under the title, in a
    briefing note's opening formula, or in a headline that calls it the body's statement."""
    head = text[:700]
    reprinted = _REPRINTED_STATEMENT.search(text, 0, 1200) if "text of " in text[:1200] or "translation" in text[:1200] \
        else None
    if reprinted is not None:  # an agency's page that reprints a body's statement: the body's
        return reprinted.group("acronym") or reprinted.group("body")
    m = _DOCUMENT_MASTHEAD.search(head) or _BRIEFING_SUMMARY.search(head) or _STATEMENT_HEADLINE.match(head) or \
        _STATEMENT_ON.match(head) or \
        _ACRONYM_ISSUER.search(head) or _DATED_MASTHEAD.search(head) or _ACRONYM_TITLE.match(head) or \
        _ISSUED_MASTHEAD.search(head)
    if m is None and (body := _heading_block_body(text)) is not None:
        return body
    if m is None and (m := _CAPITAL_ISSUER.search(head) or _ISSUER_THEN_KIND.search(head)) is not None:
        name = m.group(1).strip()
        return string.capwords(name) if name.isupper() else name  # "Dera Ismail Khan District Police"
    name = m.group(1).strip() if m else None
    return None if name in NEWS_AGENCIES else name  # "Bamako (AFP) - Published on …": a dateline, no issuer


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
