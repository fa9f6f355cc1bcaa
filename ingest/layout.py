"""What each printed line of an issue is: page furniture, a continuation marker, an article lead,
a byline, a headline-like line or body text. Half- and full-width punctuation count alike."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from ingest.issue_date import masthead_date, read_number


class Kind(Enum):
    FURNITURE = "furniture"  # masthead, paper name, editor credits
    PAGE = "page"  # a page header: 第2版, 02版 要闻
    DOWN = "down"  # 下转第二版: the article goes on elsewhere
    UP = "up"  # 上接第一版: the text below comes from elsewhere
    LEAD = "lead"  # 本报讯(记者 …)…, 新华社…电: body text that opens an article
    BYLINE = "byline"  # 本报记者 张三 通讯员 李四, on a line of its own
    HEADLIKE = "headlike"  # short, unpunctuated: a headline, or an intertitle inside a body
    BODY = "body"


@dataclass(frozen=True)
class Line:
    text: str
    kind: Kind
    page: int | None = None  # PAGE: the page it opens; DOWN, UP: the page it points to


PAGE_NO = r"(?:[A-Da-d]?\d{1,2}|[一二三四五六七八九十]{1,3})"
DOWN_LINE = re.compile(rf"^[(（]?\s*下?转\s*第?\s*({PAGE_NO})\s*版\s*[)）]?$")
DOWN_AT_END = re.compile(rf"[(（]\s*下?转\s*第?\s*({PAGE_NO})\s*版\s*[)）]\s*$")
UP_AT_START = re.compile(rf"^[(（]?\s*上?接\s*第?\s*({PAGE_NO})\s*版\s*[)）]?\s*")
PAGE_HEADER = re.compile(rf"^第?\s*({PAGE_NO})\s*版(?:\s*[:：|｜·]?\s*[\u4e00-\u9fff·]{{0,8}})?$")
PAGE_IN_MASTHEAD = re.compile(rf"第?\s*({PAGE_NO})\s*版")
EDITOR_CREDIT = re.compile(r"^(?:本版)?(?:责任编辑|责编|编辑|美编|校对|审核|审校|组版|排版|版式|值班主任|主编)\s*[:：]")
# A credit names people; a letter to the editor says something (编辑:你好!我是某村村民。…).
_SENTENCE_MARKS = re.compile(r"[。！!？?]")
ISSUE_NUMBER = re.compile(r"^第\s*\d+\s*期$|国内统一连续出版物号|^CN\s*\d{2}\s*[-—]")
LEAD = re.compile(
    r"^[【\[]?(?:本报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报|网))(?:\d{1,2}月\d{1,2}日)?讯[】\]]?\s*(?:[(（]([^()（）]{0,60})[)）])?"
)
DATELINE = re.compile(r"^(?:新华社|中新社|[\u4e00-\u9fff]{2,6}社)[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日电\s*(?:[(（]([^()（）]{0,60})[)）])?")
BYLINE = re.compile(r"^(?:[□■●◆◇○]\s*)?(?:(?:本报)?(?:见习|特约)?(?:记者|通讯员)|文\s*[/／]|图\s*[/／]|文[/／]图|文图)")
BYLINE_MAX_TOKEN = 8
# A column kicker that opens like a byline (记者回访, 记者观察, 记者手记): what the reporter did, no name.
NOT_A_BYLINE = re.compile(r"^记者(?:回访|观察|手记|调查|追踪|探访|走访|直击|再访)")  # (记者回访官塘桥 too)

SENTENCE_END = "。．！!？?；;…."
_PLACE_KICKER = re.compile(r"[\u4e00-\u9fff]{2,12}(?:村|镇|乡|街道|社区)[:：]")
_DECIMAL_CUT = re.compile(r"\d[.．]$")
# What goes on a figure cut after its decimal point: a few digits of its fraction (6亿元, 5%), not a
# headline opening with a year or a count (2023年全区…, 3000余名志愿者…).
_FRACTION_BELOW = re.compile(r"\s*\d{1,3}(?![\d年余多])")
# A photo's credit at a caption's end: in brackets ((记者 某某 摄)), or opening the line or after a
# space or a sentence end (…混凝土。 通讯员 方晓 摄, 区融媒体中心 供图, …。 方晓 摄); not 摄影爱好者…拍摄.
PHOTO_CREDIT_AT_END = re.compile(
    r"(?:[(（][^()（）]{1,30}(?:摄|供图)[)）]"
    r"|(?:^|(?<=[\s。．！!？?]))(?:本报)?(?:见习|特约)?(?:记者|通讯员|摄影)[^。,，;；()（）]{1,20}(?:摄|供图)"
    r"|(?:(?<=[。．！!？?])|\s)\s*[\u4e00-\u9fff]{2,10}\s+(?:摄|供图))\s*$")
CREDIT_ENDS = ("摄", "供图", ")", "）")  # a cheap test before the credit pattern, which scans the whole line
CLOSING_QUOTES = "”’」』\"'"
# What marks an item of a news-in-brief column (■ 近日,…; △5月20日,…; ·某村…): any geometric shape, star or
# dingbat (■●◆□▲◇★◎◈▶▪, ✦, ❖, ➤), ※, or a middle dot or bullet. The parser splits columns by it; the
# extractor tells a column's items from a story's paragraphs by it.
ITEM_MARKS = "\u25a0-\u25ff\u2600-\u27bf※·•"
# A writer's name signing a commentary after its last sentence (…算得好。(江言)): the paragraph is closed.
SIGNED_END = re.compile(r"[。．！!？?…”][(（][\u4e00-\u9fff\s]{2,8}[)）]$")
NOT_IN_HEADLINES = re.compile(r"[。；;]")
COMMAS = re.compile(r"[,，]")
NOT_IN_MASTHEAD = re.compile(r"[,，。;；:：]")
PAIRS = (("“", "”"), ("‘", "’"), ("(（", ")）"), ("《", "》"), ("「", "」"), ("【", "】"))
HEADLINE_MAX_CHARS = 40
# A table's row printed with runs of spaces between its cells, as text taken from a page layout
# prints it (东坪村游客停车场扩建  峡川镇  180万元  已完工): three cells or more, no sentence punctuation,
# and a figure or a table's heading word in it (not a headline's phrases, 学思想  强党性  重实践).
_SPACED_CELLS = re.compile(r"[ \t\u3000]{2,}|\u3000")
_SPACED_ROW_MIN_BREAKS = 2
# Cells divided by single ideographic spaces (学校　改造内容　投资　进度; 区实验小学　食堂改扩建　620万元　主体完工，
# 正在装修), as mastheads and some headlines divide their parts too: four short cells or more, a comma allowed.
_IDEOGRAPHIC_SPACE, _SINGLE_SPACED_MIN_BREAKS, _CELL_MAX_CHARS = "\u3000", 3, 20
_NOT_IN_CELLS = re.compile(r"[。；;！!？?]")
# Such a row has a table's heading word or a cell that is a figure alone (620万元, 30%, 3.2公里); not a headline's
# phrases holding a figure (奋战100天　冲刺四季度　确保全年　目标完成).
_HEADING_WORDS = re.compile(r"名称|地点|乡镇|投资|进展|进度|状态")
_FIGURE_CELL = re.compile(r"[\d.．]+(?:万|亿)?(?:元|%|％|公里|千米|米|平方米|亩|户|人|个|座|处|间|套|所|条|项|吨)")
_SPACED_ROW_MAX_CHARS = 80
_NOT_IN_ROWS = re.compile(r"[,，。;；:：！!？?]")
_ROW_WORDS = re.compile(rf"\d|{_HEADING_WORDS.pattern}")


def page_number(text: str) -> int | None:
    """Page number as printed in a marker or header: 2, 02, 二, A2."""
    return read_number(text.lstrip("ABCDabcd"))


def spaced_cell_breaks(text: str) -> list[re.Match[str]]:
    """The runs of spaces dividing the cells of a table's row printed without bars, or [] when
    `text` is not such a row."""
    if "  " not in text and "\u3000" not in text and "\t" not in text:
        return []  # (most lines: no run of spaces at all)
    inner = text.strip()
    offset = text.find(inner[:1]) if inner else 0
    breaks = list(_SPACED_CELLS.finditer(text, offset, offset + len(inner)))
    if all(match.group() == _IDEOGRAPHIC_SPACE for match in breaks):
        row = len(breaks) >= _SINGLE_SPACED_MIN_BREAKS \
            and all(len(cell) <= _CELL_MAX_CHARS for cell in cells_between(text, breaks)) \
            and not _NOT_IN_CELLS.search(inner) \
            and (_HEADING_WORDS.search(inner) is not None
                 or any(_FIGURE_CELL.fullmatch(cell) for cell in cells_between(text, breaks)))
    else:
        row = len(breaks) >= _SPACED_ROW_MIN_BREAKS and len(inner) <= _SPACED_ROW_MAX_CHARS \
            and not _NOT_IN_ROWS.search(inner)
    return breaks if row and _ROW_WORDS.search(inner) is not None else []


def cells_between(text: str, breaks: list[re.Match[str]]) -> list[str]:
    """The cells of a row `breaks` divides (bars or runs of spaces), stripped."""
    ends = [0, *(at for match in breaks for at in match.span()), len(text)]
    return [text[ends[n]:ends[n + 1]].strip() for n in range(0, len(ends), 2)]


def is_closed(text: str) -> bool:
    """Whether a paragraph ends a sentence (else a column break cut it and it goes on below); a
    photo's credit at its end ((记者 某某 摄)) closes a caption, whatever comes before it, and a
    writer's name after the last sentence ((江言)) closes a commentary."""
    if text.rstrip().endswith(CREDIT_ENDS) and (PHOTO_CREDIT_AT_END.search(text) or SIGNED_END.search(text.rstrip())):
        return True
    if _DECIMAL_CUT.search(text):
        return False  # 总投资46. / 3亿元: a column break after a figure's decimal point
    return bool(text) and (text[-1] in CLOSING_QUOTES or text.rstrip(")）》】")[-1:] in SENTENCE_END)


def is_closed_before(text: str, below: str | None) -> bool:
    """is_closed, knowing the line below: a figure cut after its decimal point goes on only with the
    digits below it (总投资52. / 6亿元), not with a headline or a sentence (优良天数比例为98. / 示例:某镇…,
    2023年全区…)."""
    if below is not None and _DECIMAL_CUT.search(text) and not _FRACTION_BELOW.match(below):
        return True
    return is_closed(text)


def is_balanced(text: str) -> bool:
    return all(sum(map(text.count, opens)) == sum(map(text.count, closes)) for opens, closes in PAIRS)


def is_headline_like(text: str) -> bool:
    """Short, balanced, and no sentence punctuation: a headline, kicker, subtitle or intertitle (a place
    and a colon too, 云溪乡棠陵邵村:, a kicker over its headline)."""
    return (
        2 <= len(text.replace(" ", "")) <= HEADLINE_MAX_CHARS
        and (text[-1] not in ",，、:：;；" or _PLACE_KICKER.fullmatch(text.strip()) is not None)
        and not NOT_IN_HEADLINES.search(text)
        and len(COMMAS.findall(text)) <= 1
        and is_balanced(text)
    )


def is_byline(text: str) -> bool:
    """A line that only names reporters: 本报记者 张三 通讯员 李四, □记者 王五, 文/图 赵六."""
    tokens = text.split()
    return (
        bool(BYLINE.match(text))
        and not NOT_A_BYLINE.match(text.strip())
        and len(text) <= HEADLINE_MAX_CHARS
        and all(len(token) <= BYLINE_MAX_TOKEN for token in tokens)
        and not re.search(r"[,，。:：;；!！?？]", text)
    )


def lead_match(text: str) -> re.Match[str] | None:
    """The lead that opens `text` (本报讯(记者 周万), 新华社北京12月14日电), if any."""
    return LEAD.match(text) or DATELINE.match(text)


def lead_byline(text: str) -> str | None:
    """The byline inside an article lead (记者 周万 of 本报讯(记者 周万)…), or None if not a lead."""
    match = lead_match(text)
    if not match:
        return None
    return (match.group(1) or "").strip()


def is_paper_name_line(text: str, paper: str) -> bool:
    """衢江报, 衢 江 报, 衢江报(示例) 第1版: the paper's name, alone or with masthead words (not 衢江报社)."""
    compact = re.sub(r"\s", "", text)
    rest = compact[len(paper):]
    return compact.startswith(paper) and not (rest and "\u4e00" <= rest[0] <= "\u9fff") and not NOT_IN_MASTHEAD.search(rest)


def is_furniture(text: str, paper: str) -> bool:
    return (
        is_paper_name_line(text, paper)
        or bool(EDITOR_CREDIT.match(text) and not _SENTENCE_MARKS.search(text) or ISSUE_NUMBER.search(text))
        or (masthead_date(text) is not None and not lead_byline(text))
    )


def classify_line(text: str, paper: str) -> list[Line]:
    """One printed line as Lines; a body line carrying a 下转/上接 marker splits in two."""
    if match := DOWN_LINE.match(text):
        return [Line(text, Kind.DOWN, page_number(match.group(1)))]
    if match := PAGE_HEADER.match(text):
        return [Line(text, Kind.PAGE, page_number(match.group(1)))]
    if is_furniture(text, paper):
        page = PAGE_IN_MASTHEAD.search(text)
        return [Line(text, Kind.PAGE, page_number(page.group(1))) if page else Line(text, Kind.FURNITURE)]
    if match := UP_AT_START.match(text):
        marker = Line(match.group(0).strip(), Kind.UP, page_number(match.group(1)))
        rest = text[match.end():]
        return [marker, *classify_line(rest, paper)] if rest else [marker]
    if match := DOWN_AT_END.search(text):
        return [*classify_line(text[:match.start()].rstrip(), paper), Line(match.group(0).strip(), Kind.DOWN,
                                                                          page_number(match.group(1)))]
    if lead_byline(text) is not None:
        return [Line(text, Kind.LEAD)]
    if is_byline(text):
        return [Line(text, Kind.BYLINE)]
    return [Line(text, Kind.HEADLIKE if is_headline_like(text) else Kind.BODY)]


def classify_lines(text: str, paper: str) -> list[Line]:
    """The non-blank lines of an issue, stripped and classified. A short unpunctuated line right
    before a 下转 marker is the piece of a sentence the jump cut (…目前已完成路基 / 下转第二版), not a
    headline: nothing follows it on its page to head."""
    lines: list[Line] = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lines += classify_line(stripped, paper)
    for i in range(len(lines) - 1):
        if lines[i].kind is Kind.HEADLIKE and lines[i + 1].kind is Kind.DOWN:
            lines[i] = Line(lines[i].text, Kind.BODY)
    return lines
