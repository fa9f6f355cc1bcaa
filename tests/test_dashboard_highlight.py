"""The article body as Markdown: issue text inert, facts highlighted from their offsets."""
from __future__ import annotations

import pandas as pd

from dashboard.highlight import escape, marker, marks, to_markdown


def facts(*rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["fact_kind", "match_start", "match_end"])


def at(body: str, phrase: str) -> tuple[int, int]:
    start = body.index(phrase)
    return start, start + len(phrase)


def test_escape_makes_every_markup_character_literal():
    assert escape("**a** <b>x</b> :red[y] [z](http://e) $1$ ~~s~~") == (
        "\\*\\*a\\*\\* \\<b\\>x\\<\\/b\\> \\:red\\[y\\] \\[z\\]\\(http\\:\\/\\/e\\) \\$1\\$ \\~\\~s\\~\\~")
    assert escape("全角\uff0c标点。不变") == "全角\uff0c标点。不变"  # full-width punctuation needs nothing


def test_highlights_follow_offsets_and_numbers_follow_rows():
    body = "总投资1200万元,服务300人。"
    text = to_markdown(body, facts(("money", *at(body, "1200万元")), ("people", *at(body, "300人")),
                                   ("township", None, None)))
    assert text == ("总投资:orange-background[:orange[**1200万元①**]]\\,服务"
                    ":blue-background[:blue[**300人②**]]。")


def test_overlapping_or_impossible_offsets_are_listed_but_not_highlighted():
    table = facts(("project", 0, 6), ("money", 3, 9), ("people", 5, 99), ("people", 4, 4))
    assert [(m.start, m.number) for m in marks(table, 20)] == [(0, 1)]


def test_paragraphs_survive_and_a_line_break_inside_a_figure_does_not_split_it():
    body = "第一段\n  # 第二段 12\n0万元"
    text = to_markdown(body, facts(("money", *at(body, "12\n0万元"))))
    assert text.split("\n\n") == ["第一段", "\\# 第二段 :orange-background[:orange[**12 0万元①**]]"]


def test_markers():
    assert [marker(n) for n in (1, 20, 21)] == ["①", "⑳", "(21)"]
