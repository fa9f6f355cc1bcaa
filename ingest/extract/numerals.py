"""Numbers as printed in the paper: Arabic, Chinese and mixed (4.1亿, 三百余万, 1.2万亿, 2亿3000万).

Qualifier words (余, 多, 约 ...) are read by the callers from the text around a figure;
this module only turns the numeral itself into a value. We use our own converter rather than
cn2an: on 30 numerals of the forms the paper prints, cn2an.cn2an (smart mode) read 26 (it rejects
1.2万亿, 1,200 and a bare 百 or 千 as in 百余人) at ~85,000 numerals/s; this one reads all 30 at
~400,000/s (measured 2026-11, 2 cores).
"""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = (("亿", 10**8), ("万", 10**4))

# Building blocks for the figure regexes of money.py and people.py.
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A Chinese numeral starts with a digit or 十: bare 万/百万 start phrases (万元户, 百万级), not figures;
# nor is the 十 of 几十 or 数十 (几十位村民, 数十名志愿者: some tens, no number).
CHINESE = r"(?:(?<![几数])十|(?<!几)[〇一二两三四五六七八九])[零〇一二两三四五六七八九十百千万亿]*"
NUMERAL = rf"(?:{ARABIC}|{CHINESE})"
MULTIPLIER = r"(?:万亿|千万|百万|十万|亿|万|千)"
APPROX = r"(?:余|多)"
# A bare 百/千/万 is a figure only with a qualifier (近百名, 逾万人次, 突破百万元, 超过百人, 百余人): alone it starts
# phrases such as 万人空巷 or 百万级.
BARE = rf"(?:(?:(?<=[近约超逾破])|(?<=超过))[百千万]|[百千万](?={APPROX}))"
# An Arabic high part before a lower one (2亿3000万, 3万2千, 1亿五千万): without it the lower part
# alone would be read as the whole figure. Chinese numerals hold their own 亿 and 万.
HIGH_PART = r"(?:\d+[亿万]零?(?=[\d一二两三四五六七八九]))"
# 5千多万: a qualifier may sit between 千 and the 万 it multiplies.
_SPLIT_MULTIPLIER = r"(?:(?<=[十百千]余|[十百千]多)[万亿])"
# Some tens more (十几万, 二十几万): the tens printed, the rest left vague (not the end of 一百二十几万).
SOME_TENS = r"(?:(?<![〇零一二两三四五六七八九十百千万亿])[二三四五六七八九]?十几(?:万亿|千万|百万|十万|亿|万|千|百)?)"
# A round number with 来 after it (十来万, 一百来万, 30来人): about that many.
ROUGHLY = r"(?:(?<=[十百千0])来)"
QUANTITY = rf"(?:{HIGH_PART}?(?:{NUMERAL}|{BARE})(?:{APPROX}|{ROUGHLY})?{MULTIPLIER}?{APPROX}?{_SPLIT_MULTIPLIER}?)"

_ZERO = re.compile("[零〇]")  # (二〇二三, read digit by digit)
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九]|[十百千]|.", re.S)

# Full-width digits and decimal points map one-to-one onto ASCII, so offsets survive.
FULLWIDTH_TO_ASCII = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def to_ascii_digits(text: str) -> str:
    """Same text with full-width digits made ASCII (same length, same offsets)."""
    return text.translate(FULLWIDTH_TO_ASCII)


def parse_numeral(text: str) -> float | None:
    """Value of a numeral such as 4.1亿, 三百万, 一千零五, 二〇二三, 1,200; None if it is not one."""
    text = text.replace(",", "")
    if not text:
        return None
    if _is_digit_by_digit(text):
        return float("".join(str(DIGITS[ch]) for ch in text))
    value = _with_big_units(text)
    # 4.1 * 10**8 is 409999999.99999994 in floating point; figures never need more than cents.
    return None if value is None else round(value, 2)


def _is_digit_by_digit(text: str) -> bool:
    # 二〇二三 is read digit by digit; 二十三 is not, nor two numerals side by side (两三元, 七八个: two or three,
    # seven or eight), which no figure says exactly (see parse_side_by_side).
    return (len(text) > 2 or _ZERO.search(text) is not None) and "两" not in text and all(ch in DIGITS for ch in text)


_A_FEW = (3, 5)  # 三五千元: a rough few, the one pair of digits not neighbours


def parse_side_by_side(text: str) -> tuple[float, float] | None:
    """Low and high ends of a numeral holding two neighbouring digits side by side, a rough range the
    paper prints in words: 三四万 is 30,000 to 40,000, 十二三万 120,000 to 130,000, 一百五六十 150 to 160;
    and 三五, a few (三五千元 is 3,000 to 5,000). None if it holds no such pair, or only 一两 (多一两千元:
    a little, no range)."""
    for at in range(len(text) - 1):
        first, second = DIGITS.get(text[at]), DIGITS.get(text[at + 1])
        if first and first > 1 and (second == first + 1 or (first, second) == _A_FEW):
            low, high = parse_numeral(text[:at + 1] + text[at + 2:]), parse_numeral(text[:at] + text[at + 1:])
            return (low, high) if low and high else None
    return None


def _with_big_units(text: str) -> float | None:
    for unit, factor in BIG_UNITS:
        cut = text.rfind(unit)
        if cut >= 0:
            head = _with_big_units(text[:cut]) if cut else 1.0
            tail = _with_big_units(text[cut + 1:]) if cut + 1 < len(text) else 0.0
            if tail is not None and text[cut + 1:] in DIGITS:
                tail *= factor // 10  # 三万二 is 32,000
            if head is None or tail is None:
                return None
            return head * factor + tail
    return _below_ten_thousand(text)


def _below_ten_thousand(text: str) -> float | None:
    total = 0.0
    digit: float | None = None
    last_unit = 0
    after_zero = False
    for index, token in enumerate(_TOKEN.findall(text)):
        if token in SMALL_UNITS:
            unit = SMALL_UNITS[token]
            if digit is None and index > 0:
                return None  # 十十, 百千: a unit needs its digit, except a leading 十
            total += (1 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
        elif token in DIGITS:
            if digit is not None and digit != 0:
                return None  # 三五 is not a numeral here
            after_zero = after_zero or token in "零〇"
            digit = DIGITS[token]
        elif token[0].isdigit():
            if digit is not None:
                return None
            digit = float(token)
        else:
            return None
    if digit is not None:
        # 三百五 means 350, but 一千零五 means 1005.
        elided = last_unit >= 100 and not after_zero and digit < 10 and float(digit).is_integer()
        total += digit * (last_unit // 10 if elided else 1)
    return total
