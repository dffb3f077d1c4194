"""The shapes of a table's lines: a cell, a row of cells after its label (spaced, coloned, piped),
a date or week in a label or cell, and the heads of columns of sources and places. Used by
tables.py, which reads them into tables."""

from __future__ import annotations

import re

CELL = r"\d[\d,.]*(?:\s?(?:million|m|k))?(?:\s?[-–—]\s?\d[\d,.]*(?:\s?(?:million|m|k))?)?%?"  # (a share: "62%")
# A cell is a number, optionally with up to two words after it ("16 dead"); cells are separated
# by spaces, "/", "|", "," or ";", and may be a range ("60,000-75,000"). The label has no digits and no
# sentence punctuation; dot leaders may follow it ("Eastern zone ....... 187,500").
WORDY_CELL = rf"{CELL}(?:\s+[A-Za-z][\w'-]*){{0,2}}"
# A row labelled by its period: "7 – 13 April", "28 April – 4 May", "Week 15", "1-7 Jan"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WEEK = rf"(?:\d{{1,2}}(?:\s+{MONTH})?\s*[-–—]\s*\d{{1,2}}\s+{MONTH}|[Ww]eek\s+\d{{1,2}})"
# a row labelled by its day, in a table of weeks ending on it: "20 July | 19 | 26", "Aug 3 | 17 | 30"
DAY = rf"(?:\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?|{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
# "Swat 31" in "Injured: 43 (Swat 31, Shangla 12)", "Salmas county 158" in "West Azerbaijan: 191 (Salmas county 158, …)"
PLACE_COUNT = (r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:county|district|province|region|state|city|town|"
                r"village|camp|municipality|governorate|department|township|tehsil|upazila))?\s+\d[\d,]*")
# a numbered part of a place ("Camp 14", "Camp 20 Ext", "Zone 3"): the number names it (in a spaced
# table, the label ends at the column gap)
NUMBERED_PLACE = (r"(?:Camp|Zone|Sector|Block|Ward|Site|Cell|Division)\s+\d{1,3}[A-Z]?"
                  r"(?:\s+(?:Extension|Ext\.?|East|West|North|South))?")
# a row: its label ("Kyrgyz Republic, total" or "Ardamata, Geneina" with its comma, "Other provinces (14)" with a count of them), then its cells
ROW = re.compile(
    rf"^(?P<label>{WEEK}|{NUMBERED_PLACE}(?=\s{{2}}|\t)|[^\d\n,.;!?]{{1,50}}?(?:,\s[^\d\n,.;!?]{{1,40}}?)?(?:\s\(\d{{1,3}}\))?(?:,\s*(?:total|Total|TOTAL|overall))?)\s*(?::|\s[-–—|]|\s?(?:\.{{2,}}|…+)|\s)\s*"
    rf"(?P<rest>{WORDY_CELL}(?:\s*(?:/|\||,|;|\s)\s*{WORDY_CELL})*)\s*(?:\([^()\d]{{1,60}}\)\s*|"
    rf"\({PLACE_COUNT}(?:(?:,\s+|\s+and\s+){PLACE_COUNT})*\)\s*|"
    rf",\s+all\s+(?:in|from)\s+[^\n\d]{{1,60}}|\s+from\s+the\s+[^\n\d]{{1,40}})?$"
)  # a closing note: "- 66 deaths (excluding the dam burst)", "Injured: 43 (Swat 31, Shangla 12)",
#   "Missing: 9, all in Bahrain tehsil", "Tourists evacuated: 2,450 from the Kalam valley"
# "Newly displaced in South Kivu since January 1: about 350,000": a fact box's line, its label before a
# colon (dates and all), one figure after it, maybe with its qualifier
QUALIFIER = r"(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than|" \
             r"approximately|roughly|an\s+estimated|an?\s+)"
COLON_ROW = re.compile(rf"^(?P<label>[^\n;!?:]{{1,80}}?):\s+(?P<rest>(?:{QUALIFIER}\s*)?{WORDY_CELL})\s*$",
                        re.IGNORECASE)
# "In tents and shelters: some 4,300": a label that opens on where people are counts them, not the tents
WHERE_OPENS = re.compile(r"[\s*•-]*(?:In|At|Inside|Sheltering\s+in|Living\s+in|Staying\s+in)\s")
WHERE_IN_LABEL = re.compile(r"\s(?:in|at|from|across|near|around|on|since|between)\s")
# a row of a table read from a web page, its cells between pipes: the label's cells may hold any
# punctuation but no digits ("Church of St. Mary, Mohoro | Mohoro | 75 | 391")
# (its first cell may be a month: "February 2021 | Turi | Cuenca | 81")
PIPE_ROW = re.compile(rf"^(?P<label>{DAY}|(?:{MONTH}\s+\d{{4}}|[^|\d\n]{{1,60}}?)(?:\s\|\s[^|\d\n]{{0,60}}?)*)\s\|\s*"
                       rf"(?P<rest>{CELL}(?:\s*\|\s*{CELL})*)\s*\|?\s*$")
# … whose other cells may be words ("Al-Masirah TV | more than 50 | not given | No breakdown offered"):
# the cells are then counted by the pipes between them
PIPE_CELL = rf"(?:{QUALIFIER}\s*)?{CELL}|[^|\d\n]{{1,40}}?(?:(?:\d{{1,2}}\s*[-–—]\s*)?\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?[^|\d\n]{{0,12}}?)?"
# (a cell of words may end in its span of days or its day: "cholera deaths in displacement sites, 1–20 July",
# "Monday 19 May")
PIPE_TEXT_ROW = re.compile(rf"^(?P<label>[^|\d\n]{{1,60}}?)\s\|\s*(?P<rest>(?:{PIPE_CELL})(?:\s*\|\s*(?:{PIPE_CELL}))*)\s*\|?\s*$",
                            re.IGNORECASE)
# … whose label is a numbered part of a place ("Camp 11 | 5,870 | 2", "Zone 3 | 410"): the number names it
NUMBERED_PIPE_ROW = re.compile(rf"^(?P<label>{NUMBERED_PLACE})\s\|\s*(?P<rest>{CELL}(?:\s*\|\s*{CELL})*)\s*\|?\s*$")
NUMERIC_CELLS = re.compile(rf"^{CELL}(?:\s*(?:/|\||\t|\s{{2,}}|,|;)\s*{CELL})*\s*$")
HOSTING = re.compile(r"\S+\s+(?:hosting|housing|sheltering|with|for)\s")  # "Sites hosting IDPs": the sites
COLUMN_SPLIT = re.compile(r"\s{2,}|\t+|\s+[/|]\s+")
PARENTHESIS = re.compile(r"\(([^()]{2,80})\)")
# A cell that is a date or a week, not a count: "14 May", "2–8 Mar", "Week 15"
DATE_CELL = re.compile(rf"(?:{WEEK}|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)(?![\w-])")
DIGIT = re.compile(r"\d")
# an age bound in a column head, not a count: "Of the killed, under 18", "Aged 0-17", "Over 60"
AGE_HEAD = re.compile(r"\b(?:under|over|below|aged)[\s-]+\d{1,2}(?:\s*[-–]\s*\d{1,2})?s?\b", re.IGNORECASE)
MAX_ROW = 120
# "- Eastside camp: 4,100, including 1,900 at the school": a row may close on a note of a part
ROW_NOTE = re.compile(r",\s+(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|mostly|mainly)\s")


# the head of a column of sources: "Source", "Claimed by", "According to", "Reported by"
SOURCE_HEAD = re.compile(r"\s*(?:sources?|claimed\s+by|according\s+to|reported\s+by|claimant|who\s+says(?:\s+so)?|"
                          r"figure\s+from|issued\s+by)\s*", re.IGNORECASE)
CELL_SEP = re.compile(r"\s\|\s")
# the head of a column of places: "City", "District", "Locality"
WHERE_HEAD = re.compile(r"\s*(?:city|town|village|district|province|region|state|county|municipality|locality|"
                         r"location|place|area|commune|department|governorate|township|settlement|camp|site)\s*",
                         re.IGNORECASE)
# A table's first row that only holds its caption: "Flood impact by department | | |"
CAPTION_ROW = re.compile(r"[^|\n]+(?:\|[ \t]*)+")
