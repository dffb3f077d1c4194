"""A fact-check's viral claim: the figure a post gave ("A video shared on Facebook by a page called
Sudan Now Live … The caption reads: '… more than 1,000 civilians killed'") is the post's author's
wherever the fact-check repeats it with no source of its own ("The claim that more than 1,000
civilians were killed … is not supported"), and in a headline that names the post ("… as post
claims")."""

from __future__ import annotations

import re

from app.extract.article_state import Draft
from app.extract.sentences import Sentence

# A fact-check: its opening says so, or gives its claim and verdict
_FACT_CHECK = re.compile(r"\b(?:[Ff]act[- ]?[Cc]heck|FACT[- ]?CHECK|VERDICT|CLAIM:|[Vv]iral)")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:al-|el-|de\s+|du\s+)?[A-Z][\w'’.-]*){0,4}"
# Who posted it: "an account called "Sham Watch"", "a page called Sudan Now Live", "the TikTok account
# "Sahel Verite"", "the Facebook page "Amhara Voice Now"", "a man who calls himself Abu Anas al-Darnawi"
_AUTHOR = re.compile(
    rf"\b(?:(?:account|page|channel|profile|handle|user)\s+(?:called|named)\s+|"
    rf"(?:X|Facebook|TikTok|Telegram|YouTube|Instagram|WhatsApp)\s+(?:account|page|channel)\s+(?=[\"“])|"
    rf"who\s+calls\s+(?:himself|herself|itself)\s+)[\"“]?({_NAME})")
_POSTS = re.compile(r"(?:[Tt]he\s+|[Aa]\s+)?(?:[Vv]iral\s+)?(?:[Pp]osts?|[Vv]ideos?)")
# A headline that names the post: "… as post claims", "Post claiming 3,000 children starved …"
_POST_HEADLINE = re.compile(r"\bposts?\b[^\n]{0,40}\bclaim", re.IGNORECASE)


def _post_author(text: str, drafts: list[Draft]) -> tuple[str, int, bool] | None:
    """In a fact-check, who posted the claim, where the text names them and whether by name
    (an account's) or only as the posts themselves; None in any other text."""
    if not drafts or _FACT_CHECK.search(text, 0, 800) is None:
        return None
    author = _AUTHOR.search(text)
    if author is not None:
        return author.group(1), author.start(), True
    # "Posts shared thousands of times … claim that …": the posts, as the text gave them
    first = next((d for d in drafts if d.figure.claimant and _POSTS.fullmatch(d.figure.claimant)), None)
    return (first.figure.claimant, first.sentence.start, False) if first is not None else None


def viral_claims(text: str, sentences: list[Sentence], drafts: list[Draft]) -> None:
    """Give the post's author the figures of its claim that the fact-check repeats unsourced."""
    found = _post_author(text, drafts)
    if found is None:
        return
    name, at, named = found
    named_in = next((s for s in sentences if s.start <= at < s.end), None)
    if named_in is None:
        return
    claimed = {d.figure.value for d in drafts if d.figure.value is not None and (
        d.figure.claimant == name or d.sentence.paragraph == named_in.paragraph and d.start >= named_in.start)}
    claimed |= {d.figure.value for d in drafts if _CLAIM_LINE.match(text, text.rfind("\n", 0, d.start) + 1)}
    headline_end = text.find("\n")
    for d in drafts:
        if d.figure.value not in claimed or d.figure.claimant == name:
            continue
        if named and d.figure.claimant and _POSTS.fullmatch(d.figure.claimant):
            d.figure.claimant = None  # "A video … says": the video of the account named
        if d.figure.claimant is not None:
            if _REBUTTAL.search(text, d.figure.end, d.sentence.end) is not None and d.figure.disputed_by is None:
                # "Dr Yirga Alemu said the figure of 300 was "simply not true"": the post's figure, his rebuttal
                d.figure.claimant, d.figure.disputed_by = name, d.figure.claimant
            continue
        if d.start < headline_end and _POST_HEADLINE.search(text, 0, headline_end) is None:
            continue  # "No, the Derna flood did not kill 24,000 people": the fact-check's own headline
        d.figure.claimant = name


def viral_disputes(text: str, drafts: list[Draft]) -> None:
    """Once disputes are read: a post's figure that one rebuttal disputes ("the figure of 300 was
    'simply not true'") is disputed by it wherever the fact-check repeats it; one no one rebuts, by
    the outlet that rates it ("FactLens rates the post MISLEADING")."""
    found = _post_author(text, drafts)
    if found is None:
        return
    names = {found[0]} if found[2] else {d.figure.claimant for d in drafts if d.figure.claimant
                                         and _POSTS.fullmatch(d.figure.claimant)}
    viral = [d for d in drafts if d.figure.claimant in names]
    if not viral:
        return
    by_value = {d.figure.value: d.figure.disputed_by for d in viral if d.figure.disputed_by}
    rater = _RATES.search(text)
    outlet = _full_name(text, rater.group(1)) if rater is not None and rater.group(1) not in ("We", "we") else None
    for d in viral:
        if d.figure.disputed_by is None:
            d.figure.disputed_by = by_value.get(d.figure.value) or outlet


# What one says of a figure to rebut it
_REBUTTAL = re.compile(r"\b(?:not\s+(?:true|from\s+us|accurate|correct|real)|false|fabricated|exaggerated|made\s+up|"
                       r"baseless|untrue|fiction)\b")
# "FactLens rates the post MISLEADING", "Check Desk rates this claim as false"
_RATES = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+rates\s+(?:the|this|that|it)\b")


def _full_name(text: str, short: str) -> str:
    """ "FactLens" → "FactLens Africa" when the text writes the longer name."""
    m = re.search(rf"\b{re.escape(short)}(?:\s+[A-Z][\w-]*){{1,2}}", text)
    return m.group() if m is not None and m.group().split()[-1] not in ("Is", "The") else short


# "CLAIM: "3,000 children starved to death in al-Hol this winter."": the claim as the post worded it
_CLAIM_LINE = re.compile(r"\s*(?:THE\s+)?CLAIM:\s")
