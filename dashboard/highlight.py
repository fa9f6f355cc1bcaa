"""An article body as safe Markdown with each extracted fact highlighted from its offsets.

Issue text is never trusted as Markdown or HTML: every ASCII punctuation character is
backslash-escaped (CommonMark then prints it literally), so `<script>`, `**`, `[x](y)` or
Streamlit's `:red[...]` directives in a newspaper show as typed. Only the highlight directives
added here are live.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

COLOURS = {"money": "orange", "people": "blue", "project": "green"}
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape(text: str) -> str:
    """Text that Markdown renders exactly as given."""
    return _PUNCTUATION.sub(r"\\\1", text)


def marker(number: int) -> str:
    """①..⑳ then (21), (22)...: short labels tying a highlight to its row in the fact list."""
    return chr(0x2460 + number - 1) if 1 <= number <= 20 else f"({number})"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    number: int


def marks(facts: pd.DataFrame, body_length: int) -> list[Mark]:
    """Highlightable facts in text order, numbered from 1. A fact whose offsets fall outside the
    body or overlap an earlier highlight keeps its number but gets no highlight."""
    candidates = []
    for number, fact in enumerate(facts.itertuples(), start=1):
        if fact.fact_kind not in COLOURS or pd.isna(fact.match_start) or pd.isna(fact.match_end):
            continue
        start, end = int(fact.match_start), int(fact.match_end)
        if 0 <= start < end <= body_length:
            candidates.append(Mark(start, end, fact.fact_kind, number))
    placed: list[Mark] = []
    for mark in sorted(candidates, key=lambda m: (m.start, m.number)):
        if not placed or mark.start >= placed[-1].end:
            placed.append(mark)
    return placed


def to_markdown(body: str, facts: pd.DataFrame) -> str:
    """The body as Markdown paragraphs with coloured highlights; `facts` as from article_facts,
    ordered by offset (the row position gives the marker number)."""
    pieces: list[str] = []
    cursor = 0
    for mark in marks(facts, len(body)):
        pieces.append(escape(body[cursor:mark.start]))
        inner = escape(body[mark.start:mark.end].replace("\n", " "))
        colour = COLOURS[mark.kind]
        # Bold coloured text on a pale ground; the brackets around ** keep the bold intact
        # whatever punctuation the figure starts or ends with.
        pieces.append(f":{colour}-background[:{colour}[**{inner}{marker(mark.number)}**]]")
        cursor = mark.end
    pieces.append(escape(body[cursor:]))
    paragraphs = "".join(pieces).split("\n")
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())
