"""Numerals, quantities, sentence splitting and relative dates: the shared parts of extraction."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.extract.dates import find_deadline
from ingest.extract.figures import read_quantity, read_side_by_side, read_some_tens
from ingest.extract.numerals import parse_numeral, to_ascii_digits
from ingest.extract.sentences import split_sentences


@pytest.mark.parametrize("numeral, value", [
    ("80", 80), ("4.1", 4.1), ("1,200", 1200), ("十", 10), ("十二", 12), ("二十", 20), ("三百", 300),
    ("两千", 2000), ("一千二百", 1200), ("一千二", 1200), ("三百五", 350), ("一千零五", 1005),
    ("一千零二十", 1020), ("九千九百九十九", 9999), ("八十万", 800_000), ("一百二十万", 1_200_000),
    ("两万三千", 23_000), ("三亿五千万", 350_000_000), ("一万零一", 10_001), ("4.1亿", 410_000_000),
    ("1.2万亿", 1_200_000_000_000), ("3000万", 30_000_000), ("百", 100), ("零", 0),
    ("二〇二三", 2023), ("一九九八", 1998),  # read digit by digit, as years are printed
])
def test_parse_numeral(numeral, value):
    assert parse_numeral(numeral) == value


# (两三, 七八: two or three, seven or eight, an estimate no figure says exactly)
@pytest.mark.parametrize("text", ["", "abc", "三十四五六", "十十", "两三", "七八", "二三"])
def test_parse_numeral_rejects_what_is_not_a_numeral(text):
    assert parse_numeral(text) is None


# Two neighbouring numerals side by side are a rough range, read as its two ends.
@pytest.mark.parametrize("quantity, ends", [
    ("三四万", (30_000, 40_000)), ("七八千", (7000, 8000)), ("两三千", (2000, 3000)), ("四五百", (400, 500)),
    ("十二三万", (120_000, 130_000)), ("四五十万", (400_000, 500_000)), ("一百五六十", (150, 160)),
    ("三四", (3, 4)),
    ("一两千", None),  # 多一两千元: a little more, no range
    ("三五千", (3000, 5000)), ("三五万", (30_000, 50_000)),  # 三五: a few, the one pair read though not neighbours
    ("四三万", None), ("二四万", None), ("五七千", None),  # not neighbours
    ("三万", None), ("三四十多万", None),  # no pair; a qualifier of its own
])
def test_read_side_by_side(quantity, ends):
    assert read_side_by_side(quantity) == ends


# Some tens printed, the rest left vague: the tens are the lower bound.
@pytest.mark.parametrize("quantity, value", [
    ("十几万", 100_000), ("二十几万", 200_000), ("三十几", 30), ("两十几万", None), ("几万", None), ("二十万", None),
])
def test_read_some_tens(quantity, value):
    assert read_some_tens(quantity) == value


# A high part (亿, 万) printed before a lower one: the lower never replaces it.
@pytest.mark.parametrize("quantity, value, approximate", [
    ("2亿3000万", 230_000_000, False), ("1亿5千万", 150_000_000, False),
    ("一亿二千万", 120_000_000, False), ("3万2千", 32_000, False), ("2万5000", 25_000, False),
    ("1亿5千多万", 150_000_000, True), ("一亿五千多万", 150_000_000, True),
    ("2亿3000余万", 230_000_000, True), ("3万2千余", 32_000, True), ("三万二千多", 32_000, True),
    ("三万二", 32_000, False), ("12亿500万", 1_205_000_000, False), ("4亿500万", 405_000_000, False),
    ("3亿零500万", 305_000_000, False), ("1万零200", 10_200, False), ("一万零一", 10_001, False),
])
def test_compound_quantities_keep_their_high_part(quantity, value, approximate):
    assert read_quantity(quantity)[0::2] == (value, approximate)


@pytest.mark.parametrize("quantity, value, multiplier, approximate", [
    ("三百余万", 3_000_000, "万", True),
    ("两千余", 2000, None, True),
    ("1.2万", 12_000, "万", False),
    ("4.1亿", 410_000_000, "亿", False),
    ("十多", 10, None, True),
    ("3000余万", 30_000_000, "万", True),
    ("5万多", 50_000, "万", True),
    ("百余", 100, None, True),
    ("百万", 1_000_000, None, False),  # a Chinese numeral holds its own 万
])
def test_read_quantity(quantity, value, multiplier, approximate):
    assert read_quantity(quantity) == (value, multiplier, approximate)


def test_full_width_digits_become_ascii_without_moving_offsets():
    text = "投资８０万元，约１．５亿元"
    assert to_ascii_digits(text) == "投资80万元,约1.5亿元"
    assert len(to_ascii_digits(text)) == len(text)


def test_sentences_carry_offsets_into_the_body():
    body = "“这次学习收获很大。”他说。\n\n今年以来,全镇完成投资3亿元;预计明年建成!Done? 最后一句"
    sentences = split_sentences(body)
    assert [s.text for s in sentences] == [
        "“这次学习收获很大。”", "他说。", "今年以来,全镇完成投资3亿元;", "预计明年建成!", "Done?", "最后一句"]
    assert all(body[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 2, 2, 2, 2]


def test_sentences_split_on_full_width_punctuation():
    body = "第一句！第二句？第三句；第四句。"
    assert [s.text for s in split_sentences(body)] == ["第一句！", "第二句？", "第三句；", "第四句。"]


@pytest.mark.parametrize("text, expected", [
    ("年底前建成通车", date(2023, 12, 31)),
    ("明年6月建成投产", date(2024, 6, 30)),
    ("2024年底完工", date(2024, 12, 31)),
    ("二〇二四年底完工", date(2024, 12, 31)),
    ("今年上半年完成", date(2023, 6, 30)),
    ("计划年内建成", date(2023, 12, 31)),
    ("预计3月中旬开工", date(2024, 3, 20)),  # a month already past in the issue's year is next year's
    ("明年投入使用", date(2024, 12, 31)),
])
def test_deadlines_resolve_against_the_issue_date(text, expected):
    assert find_deadline(text, date(2023, 12, 14))[0] == expected


@pytest.mark.parametrize("text", ["村内道路硬化", "到底怎么办", "末端治理"])
def test_words_with_底_or_内_are_not_dates(text):
    assert find_deadline(text, date(2023, 12, 14)) is None
