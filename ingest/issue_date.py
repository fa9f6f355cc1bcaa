"""Dates of an issue and of its events: file name, masthead, inference from the text.

Inference rule (an issue with no date given, none in its file name and no masthead):
- the month and day are those of the latest yearless `M月D日` in the text (news reports the days
  just before the issue), leaving out announced ones (将于/定于/预计 … , … 日前); when the text
  has both late-year (10-12) and early-year (1-3) months, the early ones count as later;
- the year is the year the text names most often (ties: the later one), leaving out targets
  (到/力争/预计 … 2025年, 2025年底前, 2035年远景 …);
- a text without yearless dates falls back to its latest full `Y年M月D日` that is not a target.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from ingest.errors import IssueError

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR = r"((?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})年"
MONTH_DAY = rf"({SMALL})月({SMALL})[日号]"
FULL_DATE = re.compile(YEAR + MONTH_DAY)
ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
YEAR_MENTION = re.compile(YEAR)
YEARLESS_MONTH_DAY = re.compile(rf"(?<![年\d〇零一二三四五六七八九十]){MONTH_DAY}")
FILE_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)")

# Words that make a year or a date a plan rather than the present.
TARGET_BEFORE = re.compile(r"(?:到|至|力争|争取|预计|计划|将于|将在|定于|拟于|拟在|确保|有望|目标)\s*$")
TARGET_AFTER = re.compile(r"^(?:底前|年底前|前|之前|以前|远景|目标|规划)")
MASTHEAD_LOOKAHEAD_LINES = 12
MASTHEAD_MAX_CHARS = 40
SENTENCE_MARKS = re.compile(r"[,，。;；]")
LOOK_AHEAD = timedelta(days=31)


def read_number(text: str) -> int | None:
    """Value of a small numeral as printed in a date or page: 12, 十二, 二十三, 二〇二三."""
    if text.isdigit():
        return int(text)
    if len(text) > 1 and all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    tens, sep, ones = text.partition("十")
    if not sep:
        return CN_DIGITS.get(text)
    if tens and tens not in CN_DIGITS or ones and ones not in CN_DIGITS:
        return None
    return CN_DIGITS.get(tens, 1) * 10 + CN_DIGITS.get(ones, 0)


def make_date(year: str | int, month: str | int, day: str | int) -> date | None:
    """A date from printed parts, or None when they do not form one (2月30日)."""
    parts = [p if isinstance(p, int) else read_number(p) for p in (year, month, day)]
    if None in parts:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def date_from_file_name(file_name: str) -> date | None:
    """The date in a file name such as 2023-12-15.txt, 20231215_qjb.txt or 2023_12_15.txt."""
    for match in FILE_NAME_DATE.finditer(Path(file_name).name):
        found = make_date(match.group(1), match.group(3), match.group(4))
        if found:
            return found
    return None


def masthead_date(line: str) -> date | None:
    """The date of a masthead or page-header line (2023年12月15日 星期五), None for other lines."""
    if len(line) > MASTHEAD_MAX_CHARS or SENTENCE_MARKS.search(line):
        return None
    match = FULL_DATE.search(line)
    if match:
        return make_date(*match.groups())
    match = ISO_DATE.search(line)
    return make_date(*match.groups()) if match else None


def date_from_masthead(lines: list[str]) -> date | None:
    """The first masthead date among the first non-empty lines of an issue."""
    for line in lines[:MASTHEAD_LOOKAHEAD_LINES]:
        found = masthead_date(line)
        if found:
            return found
    return None


def is_target(text: str, start: int, end: int) -> bool:
    """Whether the date or year text[start:end] is a plan or a deadline rather than the present."""
    return bool(TARGET_BEFORE.search(text[max(0, start - 4):start]) or TARGET_AFTER.match(text[end:end + 3]))


def issue_year(text: str) -> int | None:
    """The year the text names most often, targets left out; ties go to the later year."""
    years = Counter(
        read_number(m.group(1)) for m in YEAR_MENTION.finditer(text) if not is_target(text, m.start(), m.end())
    )
    return max(years, key=lambda y: (years[y], y)) if years else None


def latest_month_day(text: str) -> tuple[int, int] | None:
    """The latest yearless (month, day) that is not announced for later, reading Jan-Mar after Oct-Dec."""
    found = []
    for m in YEARLESS_MONTH_DAY.finditer(text):
        month, day = read_number(m.group(1)), read_number(m.group(2))
        if month and day and make_date(2000, month, day) and not is_target(text, m.start(), m.end()):
            found.append((month, day))
    if not found:
        return None
    months = {month for month, _ in found}
    wraps = any(m >= 10 for m in months) and any(m <= 3 for m in months)
    return max(found, key=lambda md: (md[0] + 12 if wraps and md[0] <= 3 else md[0], md[1]))


def latest_full_date(text: str) -> date | None:
    """The latest Y年M月D日 in the text that is not a target."""
    dates = [
        make_date(*m.groups()) for m in FULL_DATE.finditer(text) if not is_target(text, m.start(), m.end())
    ]
    return max((d for d in dates if d), default=None)


def infer_date(text: str) -> tuple[date | None, str]:
    """The issue date inferred from dates in the text, or None and what was missing."""
    month_day = latest_month_day(text)
    if month_day is None:
        full = latest_full_date(text)
        return (full, "") if full else (None, "no dated text")
    year = issue_year(text)
    if year is None:
        return None, "no year in the text for its dates"
    return make_date(year, *month_day), ""


def resolve_month_day(month: int, day: int, issue_date: date) -> date | None:
    """The year of M月D日 as read in an issue: the latest such date up to a month after the issue
    (news looks back: a 12月 event in a January issue is last year's; 1月2日 in a late-December
    issue is next week)."""
    valid = [d for d in (make_date(issue_date.year + shift, month, day) for shift in (-1, 0, 1)) if d]
    recent = [d for d in valid if d <= issue_date + LOOK_AHEAD]
    if recent:
        return max(recent)
    return min(valid, key=lambda d: abs(d - issue_date)) if valid else None


EVENT_DATE = re.compile(rf"(?:{YEAR})?{MONTH_DAY}")
# What is not this story's own news: quotations, and the date of one of the paper's issues (本报6月20日第一版
# 刊发的…, in a correction); not a dateline (本报7月2日讯), the story's own date.
NOT_THIS_STORY = re.compile(r"“[^“”]*”|「[^「」]*」|本报(?:\d{4}年)?\d{1,2}月\d{1,2}日(?![讯电])")
# A dateline (本报7月2日讯): the story's date when its first sentence gives none of its own (本报7月3日讯…7月1日下午,…).
DATELINE = re.compile(r"本报(?:\d{4}年)?\d{1,2}月\d{1,2}日(?=[讯电])")
SENTENCE_END = re.compile(r"[。！？!?]")
QUESTION = re.compile(r"[？?]")
INTERVIEW = re.compile(r"记者|采访|专访|访谈")
# What a headline ending says happened (…工程完工通车, …食堂开业).
EVENTS = r"通车|完工|竣工|开工|投用|开业|开通|落成|启用|开园|开馆|结顶"
HEADLINE_EVENT = re.compile(rf"(?:{EVENTS})$")
ANY_EVENT = re.compile(EVENTS)
# A headline's closing event, maybe a place's opening and said done with 了 (家门口的“清凉书房”开放了).
_HEADLINE_SAYS_DONE = re.compile(rf"(?P<event>{EVENTS}|开放)(?:了|啦)?$")
# 开放 said in the body as the opening, not within another word (开放式公园, 开放日, 开放时间, 改革开放).
_OPENED = re.compile(r"(?<!改革)开放(?![式日时])")
# What sets a day apart from the headline's event said after it: a plan (预计7月1日对外开放), the end of a
# span (7月1日至8月31日,…开放), or a day of the event's own said after it (_OWN_DAY).
_PLANNED_DAY = re.compile(r"(?:预计|计划|将|有望|力争|拟)[于在]?$")
_SPAN_END = re.compile(r"(?:至|到|—|－|-|~)$")
# An event the headline says is to come (…主体结顶 预计9月开园, 预计下月开放): its day is not the article's.
_PLANNED_EVENT = re.compile(rf"(?:预计|计划|将|有望|力争|拟)[^\s]{{0,8}}(?:{EVENTS}|开放)$")
# A later sentence that opens with a day and says the article's event (…。5月8日,该中心正式投入运营), for
# an opening of one sentence that only sets a scene (走进某服务中心,…). The empty group stands for the
# year, so that its groups read as EVENT_DATE's do.
BODY_EVENT = re.compile(rf"(?:^|[。！？\n])\s*(){MONTH_DAY}[,，](?:(?!将|预计|计划|力争|有望|拟)[^。！？,，]){{0,16}}(?:{EVENTS}|投入运营|投入使用)")
# A report over days (连日来,各地掀起冬修水利热潮; 6月下旬以来,…) dated by the reporter's visit in a
# paragraph of its own (2月12日,在某村下坞山塘,…; 6月30日,记者在某村看到): the visit is its event.
# (not 樟树潭村临近城区: a place near another)
# 春节临近,…开展送温暖活动: a campaign over days; 眼下正值暑假,…: a season too; so is a feast day coming
# (“八一”建军节来临之际,区领导分组走访慰问…)
SPAN_OPENING = re.compile("连日来|以来|临近(?=[,，]|之际)|(?:来临|到来)之际|前夕|正值|岁末年初|年末岁初")
# (7月14日上午,一辆送水车驶进白水村: a time of day, and arriving, as a visit does)
_TIMES_OF_DAY = "上午|下午|中午|晚上|傍晚|早上|清晨|凌晨"
_TIME_OF_DAY = f"(?:{_TIMES_OF_DAY})?"
# (12月21日冬至,某村迎来120名志愿者: the day's feast named after it, the visitors the village receives)
# (a place that receives visitors: 某村迎来120名志愿者; not 全区迎来今冬首场降雪)
_RECEIVER = "(?:村|社区|院|站|中心|学校|小学|家)"
_FEAST_DAY = "(?:冬至|夏至|立春|立秋|小年|除夕|元宵节?|端午节?|中秋节?|重阳节?|腊八节?)?"
DATED_VISIT = re.compile(rf"\n\s*(){MONTH_DAY}{_FEAST_DAY}{_TIME_OF_DAY}[,，]"
                         rf"(?:(?:记者)?在|[^,，。]{{0,12}}(?:驶进|驶入|走进|来到|赶到)|[^,，。]{{0,10}}{_RECEIVER}迎来)")
# An event held somewhere opening a paragraph (1月8日,某招聘会在区人力资源市场举办): read when no visit dates the
# report (not 6月12日,全区防汛工作会议在…举行 before the paragraph 6月26日,记者在某村看到…).
DATED_EVENT_HELD = re.compile(rf"\n\s*(){MONTH_DAY}{_FEAST_DAY}{_TIME_OF_DAY}[,，][^,，。]{{0,24}}在[^,，。]{{1,16}}(?:举办|举行)")
# A visit opening a sentence within a paragraph (…慰问金。1月21日,在霞飞社区,…), read when none opens a
# paragraph (not 。11月25日,在区里召开的动员会上 before the paragraph 12月3日,在某村山塘…).
SENTENCE_VISIT = re.compile(rf"。(){MONTH_DAY}[,，](?:记者)?在")
# A scene at a time of day opening a paragraph or a sentence (10月24日晚,某村文化礼堂里坐满了村民; 。3月27日一早,
# 某村的茶园里…), read when nothing else dates a report over days.
DATED_SCENE = re.compile(rf"(?:\n\s*|。)(){MONTH_DAY}(?:{_TIMES_OF_DAY}|一早|晚)[,，]")
# Who gave the figures, opening the second sentence (端午假期,…升温。据区文广旅体局统计,5月31日至6月2日,…):
# the date after it opens the sentence all the same; not background told (据了解,2024年10月12日,某工程开工;
# 据介绍,3月1日,食堂正式开伙), which dates something before the story.
SOURCE_SAID = re.compile(r"^据[^,，。]{0,16}统计[,，]")
# A follow-up opening on what the paper reported before (今年5月,本报曾报道某桥…推迟至汛后开工): a look back,
# which sets the scene for the reporter's return, as a scene does.
LOOKS_BACK = re.compile(r"本报曾|曾(?:经)?报道|此前报道")
_RETURN = "记者"  # 12月16日,记者再次来到官塘村: the reporter's return after a look back
# Words that date a news opening without a day of the month.
DAYS_IN_WORDS = ("近日", "日前", "连日来", "昨天", "昨日", "前不久", "近期", "今天", "今日")
# An opening saying how things stand (目前,…已进入装修阶段) is no scene either.
_DAY_IN_WORDS = re.compile("|".join((*DAYS_IN_WORDS, "目前", "眼下", "当天", "如今")))
# …but the season it now is sets a scene (眼下正是春耕备耕的关键时节。2月25日,…; 眼下,正是… too; and 眼下,某镇4万余亩
# 柑橘进入采摘期。11月18日,…: a harvest begun; not 目前,某工程已进入收尾期。3月12日,该工程开工…: a stage of works,
# how things stand).
_WORKS_STAGE = "收尾|扫尾|冲刺|攻坚|施工|调试|试运行|装修|验收|建设"
_SEASON_NOW = re.compile(r"(?:目前|眼下|如今|当前)[,，]?(?:正(?:是|值)[^,，。]{0,16}(?:时节|季节|时候|时期|关键期)"
                         rf"|[^,，。]{{0,16}}进入(?![^,，。]{{0,8}}?(?:{_WORKS_STAGE}))[^,，。]{{0,8}}(?:期|季))")
# (for a headline's event: a day of its own said after a date, 2023年3月15日举行奠基仪式,…,日前建成通车; not
# 6月28日,今年首条…: no day)
_OWN_DAY = re.compile("|".join((*DAYS_IN_WORDS, "今年(?=春节|元旦|年初|上半年|[一二三四五六七八九十\\d]+月)", "月初", "月中", "月底",
                                 "上旬", "中旬", "下旬")))


def event_date(opening: str, issue_date: date, headline: str = "", body: str = "") -> date | None:
    """The date printed in the first sentence of an article (quotations skipped), resolved to a year;
    when that has none, the date of the first sentence of `body` that reports what the headline's
    last words say happened (…工程完工通车: 7月2日,…正式通车); else the date opening the second
    sentence, when the first only sets a scene (走进某村,…。3月18日,…并网发电): no event of its own,
    no day in words (近日, 连日来: the second's date is then of something earlier); or of the third,
    when the second is a question (an interview's opening); or, when the scene is all the opening says,
    the day that opens a later sentence reporting an event (…。5月8日,该中心正式投入运营); or, for a
    report over days (连日来,…, 春节临近,…), the day of the reporter's visit opening a paragraph or a
    sentence (2月12日,在…), else a recent day opening its second sentence (入伏以来,…。8月11日,区防指启动…)."""
    unquoted = DATELINE.sub("", NOT_THIS_STORY.sub("", opening))
    dateline = DATELINE.search(opening)
    first, *rest = SENTENCE_END.split(unquoted, maxsplit=3)
    # (a look back sets the scene only for the reporter's return: not 。7月2日,该桥正式动工…, what came between)
    scene = LOOKS_BACK.search(first) is not None and bool(rest) and _RETURN in rest[0] \
        or not (ANY_EVENT.search(first) or _DAY_IN_WORDS.search(_SEASON_NOW.sub("", first)))
    # 暑假即将来临,…。今年有哪些新举措?6月24日,记者采访了…: a question sets the scene too, and so do two
    # (…。项目进展如何?群众反响怎样?9月11日,记者专访了…)
    at = len(first) + 1
    while len(rest) > 1 and QUESTION.match(unquoted, at + len(rest[0])) and (
            INTERVIEW.search(rest[1])
            or len(rest) > 2 and QUESTION.match(unquoted, at + len(rest[0]) + 1 + len(rest[1]))):
        at += len(rest[0]) + 1
        rest = rest[1:]
    match = EVENT_DATE.search(first) or (EVENT_DATE.search(dateline.group()) if dateline else None) \
        or _headline_event(headline, body) \
        or (_scene_day(SOURCE_SAID.sub("", rest[0].lstrip()), first, issue_date) if rest and scene else None) \
        or (_interview_day(rest[1]) if len(rest) > 1 and scene and not EVENT_DATE.match(rest[0].lstrip()) else None) \
        or (BODY_EVENT.search(NOT_THIS_STORY.sub("", body)) if scene and len(rest) < 2 else None) \
        or (_recent_visit(body, issue_date) if SPAN_OPENING.search(first) else None) \
        or (_recent(_DAY_OPENS.match(rest[0].lstrip()), issue_date) if rest and SPAN_OPENING.search(first) else None)
    if not match:
        return None
    year, month, day = match.groups()
    if year:
        when = make_date(year, month, day)
    else:
        month_n, day_n = read_number(month), read_number(day)
        when = resolve_month_day(month_n, day_n, issue_date) if month_n and day_n else None
    if when is not None and (issue_date is None or when > issue_date) and _CALL_CLOSES.search(match.string, 0, match.start()):
        return None  # 征集截至12月20日: when a call closes, no event (but 报名截至6月8日,已有…: a tally's day gone by)
    if when is not None and issue_date is not None and when > issue_date \
            and (match.string.startswith(_FROM_THEN, match.end()) or _SET_FOR.search(match.string, 0, match.start())
                 or _AHEAD_AFTER.match(match.string, match.end())):
        # 1月1日起,我区将开通…, 将于1月1日开通, 2月18日节后首个工作日,全区将举行…, 5月21日是全国助残日, read
        # before that day: a plan's day or the calendar's, not the story's
        return None
    return when


# A day to come as when something starts (1月1日起) or is set for (将于, 定于, 计划于…1月1日), or said of
# what will happen (…,全区将举行…) or of the calendar (5月21日是全国助残日).
_FROM_THEN, _SET_FOR = "起", re.compile(r"(?:将|定|拟|计划|预计)[于在]$")  # (将在1月6日正式延伸)
# (not a 将 past what the story tells done: 1月2日,区领导走访慰问了困难群众,并表示将…; but 为了…将 is still ahead,
# and so is one past 了解 (a word, no deed told) or 经过了一年的建设 (the works before the day): …将正式通水)
_AHEAD_AFTER = re.compile(r"是|(?:(?!(?<![为除])(?<!经过)了(?!解))[^。;；]){0,24}?(?:将|计划|预计|拟|定[于在])")  # (…开幕式定在区体育场举行; 6月7日,2021年普通高校招生全国统一考试将拉开帷幕)
_CALL_CLOSES = re.compile(r"(?:征集|报名|申报|受理|投稿)[^,，。;；]{0,6}(?:截至|截止)(?:到|至)?$")
# A day that opens a sentence as its event (8月11日,区防指启动…), not the start of a span (6月5日至今,…;
# 6月1日以来,…) nor what had happened before (6月10日,气象部门曾发布…)
# (also the day the reporter learned it, 记者7月24日从区水利局获悉, and a day named for what it fell on,
# 5月20日正逢周末,…; not a tally's, 截至1月2日,…, no event)
_DAY_OPENS = re.compile(rf"(?:记者)?(?:{YEAR})?{MONTH_DAY}(?:[,，]|(?<=日)(?=从|在|正逢|恰逢|正值))(?![^,，。]{{0,10}}曾)")
_VISIT_DAYS = 20  # a reporter's visit reported over days is recent (not 今年以来,… / 3月8日,在某书房… in June)


_SPAN_FROM = re.compile("至今|以来")
# (记者2月19日从区客运中心了解到, 记者8月24日走访了解到, 记者8月24日走访多所学校了解到, 记者8月24日在走访中了解到)
_REPORTER_LEARNED = re.compile(r"^记者(?=[^,，。]{2,8}?(?:从[^,，。]{1,16}|在?(?:走访|采访|调查)[^,，。]{0,8}?)(?:获悉|了解到))")


def _interview_day(third: str) -> re.Match | None:
    """The day opening a third sentence on which the reporter talked with the subject, after two that set the
    scene (…开起了农产品网店。今年“双十一”期间,…。11月24日,记者与他聊了聊): an interview's date."""
    day = EVENT_DATE.match(third.lstrip())
    return day if day is not None and INTERVIEW.search(third, day.end()) else None


def _scene_day(second: str, first: str, issue_date: date) -> re.Match | None:
    """The day opening the second sentence after a scene; after a span's opening (入梅以来,…) only a recent
    day that is no span's start (not 6月5日至今,…; not 2025年6月21日,… a year before)."""
    day = EVENT_DATE.match(_REPORTER_LEARNED.sub("", second))  # (记者2月19日从区客运中心了解到,…)
    if day is None or not SPAN_OPENING.search(first):
        return day
    return None if _SPAN_FROM.match(second, day.end()) else _recent(day, issue_date)


def _recent_visit(body: str, issue_date: date) -> re.Match | None:
    return _recent(DATED_VISIT.search(body) or SENTENCE_VISIT.search(body) or DATED_EVENT_HELD.search(body)
                   or DATED_SCENE.search(body), issue_date)


def _recent(visit: re.Match | None, issue_date: date) -> re.Match | None:
    """The dated match when its day falls within a few weeks before the issue, else None."""
    if visit is None:
        return None
    year, month, day = visit.groups()
    month_n, day_n = read_number(month), read_number(day)
    if year:  # 入汛以来,…。2025年6月21日,我区遭遇…: a day of a year before, whatever its month and day
        when = make_date(year, month, day)
    else:
        when = resolve_month_day(month_n, day_n, issue_date) if month_n and day_n else None
    return visit if when is not None and 0 <= (issue_date - when).days <= _VISIT_DAYS else None


def _headline_event(headline: str, body: str) -> re.Match | None:
    """The date said of the headline's closing event in the first sentence reporting it: the last
    date before the event word, with no other event between (2024年3月5日开工建设,历时两年实现通车
    gives none)."""
    event = _HEADLINE_SAYS_DONE.search(headline)
    if not event or not body or _PLANNED_EVENT.search(headline):
        return None
    said = _OPENED if event["event"] == "开放" else re.compile(event["event"])
    for sentence in SENTENCE_END.split(NOT_THIS_STORY.sub("", body)):
        found = said.search(sentence)
        at = found.start() if found else -1
        dates = [day for day in EVENT_DATE.finditer(sentence, 0, max(at, 0)) if not _SPAN_END.search(sentence, 0, day.start())]
        if at >= 0 and dates:
            last = dates[-1]
            return None if ANY_EVENT.search(sentence, last.end(), at) or _OWN_DAY.search(sentence, last.end(), at) \
                or _PLANNED_DAY.search(sentence, 0, last.start()) else last
    return None


def resolve_issue_date(
    text: str, lines: list[str], file_name: str, override: date | None
) -> tuple[date, bool]:
    """(issue date, inferred?) from, in order: the override, the file name, the masthead, the text."""
    given = override or date_from_file_name(file_name) or date_from_masthead(lines)
    if given:
        return given, False
    inferred, missing = infer_date(text)
    if inferred is None:
        raise IssueError(f"no issue date: none given, none in the file name, no masthead and {missing}")
    return inferred, True
