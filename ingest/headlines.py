"""Headline blocks: which line is the headline, and which article a stray headline names."""
from __future__ import annotations

import re

from ingest.issue_date import EVENTS

# A stray headline belongs to the article whose opening holds most of its character pairs; a
# headline usually restates its article's first sentence, unrelated ones share under a third.
MATCH_SHARE = 0.6
MIN_MATCH_CHARS = 6
OPENING_CHARS = 200
NOT_WORDS = re.compile(r"[\s\W_]+")
# A column's label over its headline (民生实事·半年盘点): two short words joined by a middle dot.
COLUMN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,6}$")
# A column's kicker over a headline (短评 / 让…清单变成…清单; 小记者看变化 / 我们的新食堂; 访谈 / 良田变粮田): a
# commentary, a feature or an interview, which may open with no lead.
# A photo column's name (镜头, 新春镜头, 乡村影像, 图说衢江), the word ending it or 图说 opening it: not a short
# headline naming a show or a view (农民影像展开幕, 镜头下的新破石).
INTERVIEW_KICKER = re.compile("访谈|专访")
_COLUMN_KICKER = re.compile(r"短评|时评|评论|编后|手记|小记者|走基层|随笔|记者观察|一线观察|读者来信|记者回访"
                            rf"|{INTERVIEW_KICKER.pattern}|(?:镜头|影像)\s*$|^\s*图说")  # not 赛场观察, an intertitle
_KICKER_MAX_CHARS = 8
# A line that ends on what happened (…集中开工, …投运, 某镇召开…推进会) reports the news: the headline, not
# a kicker or a subtitle.
_REPORTS = re.compile(rf"(?:{EVENTS}|投运|交付|开幕|闭幕|落幕|召开|举行|举办|启动|开班|通水|揭牌|挂牌|签约|出炉|交卷|验收|会)$")

# A slogan's call (喜迎亚运会, 聚焦省委全会, 奋战四季度): a kicker, whatever it ends on.
_SLOGAN = re.compile(r"喜迎|迎接|助力|聚焦|献礼|奋战|决战|唱响|礼赞")
# A line ending in a colon leads into the one below it (深山“赤脚医生”叶金海: / 三十年守护山村乡亲): a kicker.
LEADS_IN = (":", "：")


def is_column_kicker(line: str) -> bool:
    return len(line.strip()) <= _KICKER_MAX_CHARS and _COLUMN_KICKER.search(line) is not None


def split_head(head: list[str]) -> tuple[str, str, str]:
    """(kicker, headline, subtitle) of a headline block of any number of lines.

    The headline is the line that reports an event (…集中开工, 某镇召开…推进会), else, of three lines, the
    one that reads as one statement (fewest space-separated phrases), since slogan-like kickers print
    parallel phrases; a line opening with a dash is a subtitle. Ties go to the usual place of the main
    line: the second of two (a kicker over it: 灶台飘香迎团圆 / 某村长者食堂摆起“中秋家宴”; and a couplet
    under a short kicker: 中秋将至 / 一块月饼 一份牵挂), the middle of three.
    """
    if not head:
        return "", "", ""
    usual = len(head) // 2

    def rank(i: int) -> tuple[bool, bool, bool, int, bool, int]:
        line = head[i]
        column = bool(COLUMN_LABEL.match(line)) or is_column_kicker(line) or line.endswith(LEADS_IN)
        reports = _REPORTS.search(line) is not None and not _SLOGAN.match(line)
        phrases = len(line.split()) if len(head) > 2 else 0  # (of three lines, slogans print parallel phrases)
        led_into = i > 0 and head[i - 1].endswith(LEADS_IN)
        return line.startswith(("—", "-", "－")), column, not reports, phrases, not led_into, abs(i - usual)

    main = min(range(len(head)), key=rank)
    return " ".join(head[:main]), head[main], " ".join(head[main + 1:])


def char_pairs(text: str) -> set[str]:
    words = NOT_WORDS.sub("", text)
    return {words[i:i + 2] for i in range(len(words) - 1)}


def opening_pairs(opening: str) -> set[str]:
    """What best_match compares a stray headline with: the character pairs of an article's opening."""
    return char_pairs(opening[:OPENING_CHARS])


def best_match(line: str, openings: dict[int, set[str]]) -> int | None:
    """Key of the opening (see opening_pairs) that restates `line`, or None when none does clearly."""
    pairs = char_pairs(line)
    if len(pairs) < MIN_MATCH_CHARS - 1:
        return None
    shares = {key: len(pairs & opening) / len(pairs) for key, opening in openings.items()}
    best = max(shares, key=shares.__getitem__, default=None)
    return best if best is not None and shares[best] >= MATCH_SHARE else None
