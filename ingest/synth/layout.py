"""Laying an article out as the paper prints it, and writing its gold record from what was printed:
headline block, lead, paragraphs with the odd full-width punctuation, column breaks that cut a
sentence mid-word across a blank line, and 下转第二版 with or without its continuation."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from random import Random

from ingest.synth.writer import Fact, Para, Story

FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ":": "："})
SENTENCE_END = "。！？”"
DOWN_MARKERS = ("下转第二版", "下转第二版", "(下转第二版)", "下转2版")
UP_MARKERS = ("(上接第一版)", "上接第一版", "(上接第1版)")
MIN_CUT_PREFIX = 45  # a shorter first half could pass for a headline, which a real column break rarely makes
MIN_CUT_SUFFIX = 6
STARTS_WITH_OPENING = 8


@dataclass(frozen=True)
class Printed:
    """An article as printed: blocks where it starts, blocks of its continuation, its gold record."""

    blocks: list[str]
    continuation: list[str]
    gold: dict
    trailer: list[str]  # a main headline the page printed at its very end, away from its article


def full_width(para: Para) -> Para:
    facts = [Fact(f.category, f.record, f.evidence.translate(FULL_WIDTH), f.optional) for f in para.facts]
    return Para(para.text.translate(FULL_WIDTH), facts, para.townships)


def cut_point(rng: Random, text: str, protected: list[tuple[int, int]]) -> int | None:
    """Where a column break may cut `text`: mid-sentence, never inside evidence or the opening."""
    for _ in range(12):
        at = rng.randint(MIN_CUT_PREFIX, max(MIN_CUT_PREFIX, len(text) - MIN_CUT_SUFFIX))
        if at >= len(text) - MIN_CUT_SUFFIX or text[at - 1] in SENTENCE_END:
            continue
        if not any(start < at < end for start, end in protected):
            return at
    return None


def spans(text: str, needles: list[str]) -> list[tuple[int, int]]:
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append((at, at + len(needle)))
            at = text.find(needle, at + 1)
    return found


def with_column_break(rng: Random, text: str, evidence: list[str], keep: int) -> list[str]:
    """The paragraph as one block, or two when a column break falls inside it."""
    if rng.random() >= 0.15:
        return [text]
    at = cut_point(rng, text, spans(text, evidence) + [(0, keep + 1)])
    return [text] if at is None else [text[:at], text[at:]]


def starts_with(lead: str, first: str) -> str:
    """The first characters of the body: the lead and its date or 近日, or the opening words."""
    if not lead:
        return first[:12]
    opening = first.split(",", 1)[0].split("，", 1)[0]
    return lead + (opening if len(opening) <= STARTS_WITH_OPENING else "")


def print_story(rng: Random, story: Story, cut: int | None, keep_rest: bool,
                headline_last: bool = False) -> Printed:
    """Print `story`; with `cut`, paragraphs from `cut` on go to page 2 (kept or left out); with
    `headline_last`, the main line of a kicker + headline block goes to the end of the page."""
    whole_full = rng.random() < 0.1
    paras = [full_width(p) if whole_full or rng.random() < 0.04 else p for p in story.paras]
    lead = story.lead.translate(FULL_WIDTH) if paras[0] is not story.paras[0] else story.lead
    head = [line.translate(FULL_WIDTH) if whole_full else line for line in story.head]
    texts = [p.text for p in paras]
    texts[0] = lead + texts[0]
    opening = starts_with(lead, paras[0].text)
    trailer = [head[story.main]] if headline_last else []
    blocks = [*(line for line in head if line not in trailer), *([story.byline_line] if story.byline_line else [])]
    shown = paras if cut is None else paras[:cut]
    for i, para in enumerate(shown):
        keep = len(opening) if i == 0 else 0
        blocks += with_column_break(rng, texts[i], [f.evidence for f in para.facts], keep)
    continuation: list[str] = []
    if cut is not None:
        marker = rng.choice(DOWN_MARKERS)
        if marker.startswith("(") and rng.random() < 0.5:
            blocks[-1] += marker
        else:
            blocks.append(marker)
        if keep_rest:
            continuation = continuation_blocks(rng, head[story.main], texts[cut:])
            shown = paras
    gold = gold_article(story, head, opening, shown, continued=cut is not None)
    return Printed(blocks, continuation, gold, trailer)


def continuation_blocks(rng: Random, headline: str, texts: list[str]) -> list[str]:
    """Page 2: (上接第一版) before the rest of the text, often under the headline again."""
    marker = rng.choice(UP_MARKERS)
    blocks = [headline] if rng.random() < 0.6 else []
    if marker.startswith("(") and rng.random() < 0.5:
        return blocks + [marker + texts[0], *texts[1:]]
    return blocks + [marker, *texts]


def gold_article(story: Story, head: list[str], opening: str, paras: list[Para], continued: bool) -> dict:
    """The gold record of an article from the paragraphs that were printed."""
    townships = list(dict.fromkeys(name for p in paras for name in p.townships))
    facts = [f for p in paras for f in p.facts]
    article = {
        "headline": head[story.main],
        "also_accept": [line for i, line in enumerate(head) if i != story.main],
        "starts_with": opening,
        "event_date": story.event_date.isoformat() if story.event_date else None,
        "continued": continued,
        "townships": townships,
    }
    for category in ("money", "people", "projects"):
        article[category] = [{**f.record, "evidence": f.evidence} for f in facts
                             if f.category == category and not f.optional]
    optional = {}
    for category in ("money", "people", "projects"):
        found = [dict(f.record) for f in facts if f.category == category and f.optional]
        if found:
            optional[category] = found
    if optional:
        article["optional"] = optional
    return article


def masthead(paper: str, issue_date: date) -> str:
    weekday = "一二三四五六日"[issue_date.weekday()]
    return f"{paper}(示例) {issue_date.year}年{issue_date.month}月{issue_date.day}日 星期{weekday}"
