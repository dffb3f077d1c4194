"""The body whose own document a text is, read from its heading: a masthead under the title
("UN Office for … (OCHA) | Issued: 12 March 2025"), a letterhead line over or under the kind of
document ("PRESS RELEASE" / "True News Information Team"), a release headline naming its body
("UNHCR scales up …" over "PRESS RELEASE | GENEVA, …"), a briefing note's opening formula, or a
reprinted statement's issuer ("The following is the text of a statement issued by …")."""

from __future__ import annotations

import re
import string

from app.extract.claim_dateline import NEWS_AGENCIES

# A release's own heading above its lead: "PRESS RELEASE | GENEVA, 6 June –", "FIELD REPORT | KALEMIE, …"
_RELEASE_HEADER = re.compile(r"(?:^|\n)[ \t]*(?:PRESS|NEWS|MEDIA)\s+RELEASE\b|(?:^|\n)[ \t]*FIELD\s+REPORT\b|"
                             r"(?:^|\n)[ \t]*FOR\s+IMMEDIATE\s+RELEASE\b")
_PLACE_LINE = re.compile(r"[A-Z][A-Z'’ .-]+,\s+[A-Z][A-Z'’ .-]+")
_HEADLINE_NAME = re.compile(r"\b[A-Z][\w'’&-]*[A-Z][\w'’&-]*\b|\b[A-Z][a-z]+[A-Z][\w-]*\b|"
                            r"\b(?:[A-Z][\w'’&-]+\s+){0,3}(?=(?:says|warns|urges|calls|reports|scales|alarmed)\b)")


def headed_body(text: str) -> str | None:
    """The body whose release a text headed "PRESS RELEASE" or "FIELD REPORT" is: a name the
    headline gives ("UNHCR scales up …", "…, MedAction warns") that the release's lead names again,
    as the lead writes it ("MedAction International's mobile clinics")."""
    header = _RELEASE_HEADER.search(text, 0, 600)
    if header is None:
        return None
    lines = [ln for ln in text[:600].split("\n") if ln.strip() and not _RELEASE_HEADER.match("\n" + ln)]
    if lines and _PLACE_LINE.fullmatch(lines[0].strip()):
        lines = lines[1:]  # "COX'S BAZAR, BANGLADESH" under "PRESS RELEASE": where it was issued, no body
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
              "federation association institute bureau unit crescent cross watch alliance trust fund programme guard "
              "administration").split()
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
_REPRINTED_STATEMENT = re.compile(r"(?:\b(?:(?:full\s+)?text|translation(?:\s+from\s+[A-Z]\w+)?)\s+of\s+(?:a|an|the)\s+|"
                                  r"\b[Tt]he\s+following\s+)"  # "The following communiqué from the Ministry … was read"
                                  r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|"
                                  r"announcement|press\s+release)\s+(?:(?:issued|released|published|read\s+out)\s+)?"
                                  r"(?:(?:on|late\s+on|early\s+on)\s+[A-Z]\w+\s+)?(?:by|from)\s+"
                                  r"(?P<body>(?:the\s+)?[A-Z][^,.;()\n]{2,100}?)(?:\s+\((?P<acronym>[A-Z]{2,8})\))?"
                                  r"(?=\s+(?:and|which|was|were|is)\b|[,.;:\n]|\s+(?:on|via|in|through)\s+(?:its|their|the|a|[A-Z][a-z]+day)\b)")
# "The Ministry of Interior issued the following statement on Thursday": the statement below is the body's
_ISSUED_FOLLOWING = re.compile(r"(?:^|[–—-]\s|\n)\s*(?P<body>(?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,8})"
                               r"\s+(?:has\s+)?(?:issued|released|published|put\s+out|read\s+out)\s+the\s+following\s+"
                               r"(?:statement|communiqu[eé]|announcement|press\s+release)\b")
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
                            r"OPERATION\s+UPDATE|Operation\s+Update|PROJECT\s+UPDATE|Project\s+Update|MEDICAL\s+UPDATE|"
                            r"(?:Monthly|Weekly|MONTHLY|WEEKLY)\s+(?:[Dd]ashboard|DASHBOARD)|"  # "Monthly dashboard"
                            r"PASTORAL\s+LETTER|Pastoral\s+Letter|Message\s+from|MESSAGE\s+FROM|"
                            r"Press\s+(?:[Ss]tatement|[Rr]elease)|(?:Official\s+)?Telegram\s+channel|"  # "| Press statement No. 112 |"
                            r"(?:Weekly|Monthly|Daily)\s+(?:[A-Z][a-z]+\s+)?Brief(?:ing)?|"  # "Weekly Security Brief"
                            r"(?:Urgent|Emergency|Flash)\s+[Aa]ppeal|URGENT\s+APPEAL)\b")
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
        cell = line.split("|", 1)[0].strip()
        cell = _CELL_SEAT.sub("", cell.rsplit(" – ", 1)[-1].rsplit(" — ", 1)[-1])  # "Ministry of Interior – Coast Guard
        # Command": the office issuing; "Ministry of Public Health and Population, Sanaa": not its seat
        if line.count("|") >= 2 and (name := _issuer_name(cell)) is not None:
            # "DIOCESE OF BUTEMBO-BENI | Message from the Bishop's Office | Butembo, …": as the text writes it
            written = next((m.group() for m in re.finditer(re.escape(cell), text, re.IGNORECASE)
                            if not m.group().isupper()), None) if cell.isupper() else None
            return written or name
        if _DOCUMENT_KIND.search(line):  # of document, or right under it ("PRESS RELEASE" / "True News Information Team")
            below = lines[k + 1] if k + 1 < len(lines) and _DOCUMENT_KIND.fullmatch(line.strip()) else ""
            return _issuer_name(below) if below else None
        if (name := _issuer_name(line)) is not None:
            return name
    return None


_CELL_SEAT = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")


def _issuer_name(line: str) -> str | None:
    """The issuer a letterhead line names alone, in title case when written in capitals, or None."""
    m = _ISSUER_LINE.fullmatch(line)
    return None if m is None else string.capwords(m.group(1)) if m.group(1).isupper() else m.group(1)


# A heading line that is an issuer's name alone, maybe with its name in another language in brackets:
# "TURKISH COAST GUARD COMMAND (SAHİL GÜVENLİK KOMUTANLIĞI)", "Ministry of the Interior and Decentralisation"
_ISSUER_LINE = re.compile(
    r"((?:[A-Z][A-Z'’&.-]*\s+(?:(?:OF|FOR|THE|AND)\s+)*){0,6}(?:" + "|".join(w.upper() for w in _ORG_WORDS) + r")|"
    r"(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|the|and)\s+)*){0,6}(?:" + "|".join(w.title() for w in _ORG_WORDS) + r")|"
    r"(?:Ministry|Office|Department|Directorate)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4}|"
    r"(?:(?:ARCH)?DIOCESE\s+OF|(?:Arch)?[Dd]iocese\s+of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|"
    r"Caritas\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?:\s+\([^()\n]{2,60}\))?")


def masthead_document(text: str) -> str | None:
    """The body whose own document the text is, named in a masthead line under the title, in a
    briefing note's opening formula, or in a headline that calls it the body's statement."""
    head = text[:700]
    reprinted = _REPRINTED_STATEMENT.search(text, 0, 1200) if "text of " in text[:1200] or "translation" in text[:1200] or \
        "following " in text[:1200] \
        else None
    if reprinted is None and "the following " in text[:1200]:
        reprinted = _ISSUED_FOLLOWING.search(text, 0, 1200)
        if reprinted is not None:
            return reprinted.group("body")
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
