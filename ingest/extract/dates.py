"""Relative and partial dates (今年, 明年6月, 年底前, 2024年底) resolved against the issue date.

A deadline is read as the last day of the period it names: 年底 -> 12-31, 明年6月 -> 6-30,
6月中旬 (or 6月中开工) -> 6-20, 8月初 -> 8-10 (not 8月初步建成: 8-31), 上半年 -> 6-30.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from ingest.extract.numerals import parse_numeral

_RELATIVE_YEAR = {"去年": -1, "今年": 0, "明年": 1, "后年": 2}
_MONTH_PART_DAY = {"上旬": 10, "初": 10, "中旬": 20, "中": 20}  # (8月初: its first ten days)

_PERIOD = re.compile(
    r"(?:(?P<year>\d{4}|[〇零一二三四五六七八九]{4})年|(?P<relative>去年|今年|明年|后年))?"
    r"(?:(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?P<part>底|末|份|上旬|中旬|下旬|初(?!步)|中(?=进场|开工|动工|完工|建成|投用|投入使用|[,，。;；]|$))?"
    r"|(?P<half>上半年|下半年)"
    r"|(?P<yearend>年底|年末|底|末)"
    r"|(?P<within>年内))?"
)


def find_deadline(text: str, issue_date: date) -> tuple[date, int, int] | None:
    """First date-like period in `text` as (date, start, end); None if there is none."""
    for match in _PERIOD.finditer(text):
        if match.end() == match.start():
            continue
        resolved = _resolve(match, issue_date)
        if resolved is not None:
            return resolved, match.start(), match.end()
    return None


def _resolve(match: re.Match, issue_date: date) -> date | None:
    year = _year_of(match, issue_date)
    if match["month"]:
        month = int(parse_numeral(match["month"]))
        if year is None:
            # A bare month in a plan ("6月底前建成") that has already passed means next year.
            year = issue_date.year + (1 if month < issue_date.month else 0)
        return _in_month(year, month, match["part"])
    if match["half"]:
        return date(year or issue_date.year, 6 if match["half"] == "上半年" else 12,
                    30 if match["half"] == "上半年" else 31)
    if match["yearend"] or match["within"]:
        if match["yearend"] in ("底", "末") and year is None:
            return None  # a bare 底 without a year is not a date
        return date(year or issue_date.year, 12, 31)
    return date(year, 12, 31) if year is not None else None


def _year_of(match: re.Match, issue_date: date) -> int | None:
    if match["year"]:
        return int(parse_numeral(match["year"]))
    if match["relative"]:
        return issue_date.year + _RELATIVE_YEAR[match["relative"]]
    return None


def _in_month(year: int, month: int, part: str | None) -> date:
    day = _MONTH_PART_DAY.get(part or "", calendar.monthrange(year, month)[1])
    return date(year, month, day)
