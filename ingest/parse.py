"""Text of one issue -> Issue with Articles (pure, apart from read_issue reading the file).

An article starts at an anchor: a lead (本报讯(…), …电), a byline line, or a 上接 marker; the
headline block is the run of up to four headline-like lines just above it. A headline block with
no anchor starts an article where a page starts or where its first paragraph opens like news
(12月13日, 近日, …). Everything up to the next headline block is body.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import jieba

from ingest.decode import canonical_text, content_sha256 as sha256_of, decode_bytes
from ingest.errors import IssueError
from ingest.headlines import (
    INTERVIEW_KICKER, LEADS_IN, best_match, char_pairs, is_column_kicker, opening_pairs, split_head,
)
from ingest.issue_date import DAYS_IN_WORDS, HEADLINE_EVENT, event_date, resolve_issue_date
from ingest.layout import (
    CREDIT_ENDS, ITEM_MARKS, PHOTO_CREDIT_AT_END, Kind, Line, classify_lines, is_closed, is_closed_before,
    is_headline_like, lead_byline, lead_match, spaced_cell_breaks,
)
from ingest.model import Article, Issue

PARSER_VERSION = "157"
MAX_HEAD_LINES = 4
TEXT_KINDS = (Kind.BODY, Kind.LEAD, Kind.HEADLIKE, Kind.BYLINE)
# A year's list of works as a title (2020年区政府十件民生实事项目, 2021年民生实事清单), and how its items open.
# (or with its district or township first: 衢江区2021年八件民生实事项目, 杜泽镇2021年民生实事清单)
_LIST_TITLE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}(?:区|县|镇|乡|街道))?"
                         r"(?:19|20)\d{2}年度?[^\s,，。:：]{0,10}?(?:民生实事|实事)(?:项目)?(?:清单|一览|名单)?")
_AS_FOLLOWS = re.compile(r"(?:如下|具体为|具体是|分别是|分别为|主要有|包括)[:：]$")
_FIRST_ITEM = re.compile(r"(?:一、|1[.．、]|[（(][一1][）)])")
# an item of such a list (二、, 2., (二)), whatever its number
_ANY_ITEM = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,2}[）)])")
# What opens a news story with no lead (6月5日,…; 近日,…; 记者从…获悉).
NEWS_OPENING = re.compile(rf"^(?:\d{{1,2}}月\d{{1,2}}日|(?:{'|'.join(DAYS_IN_WORDS)})[,，]|记者(?:近日)?从)")
# A reader's letter opens an article only under a headline of its own (村口的路何时能修好? / 读者来信:…); under
# an intertitle of an article (路灯不亮 / 市民来电:…, a hotline's cases) it is that article's text.
LETTER_OPENING = re.compile(r"^(?:(?:读者|市民|网友|群众)(?:来信|留言|来电|提问)|编辑(?:部)?(?:同志)?|记者同志)[:：]")  # (编辑同志:我是…村村民)
QUESTION_END = ("?", "？")
# A feature's headline of two phrases (巡河十二年 老党员守护一江清水), and the quotes its first words open with.
_FEATURE_HEAD = re.compile(r"[^\s,，。、:：;；!！?？()（）]{4,}\s+[^\s,，。、:：;；!！?？()（）]{4,}")
_FEATURE_HEAD_CHARS = 10
_ONE_PHRASE_HEAD = re.compile(rf"[^\s,，。、:：;；!！?？()（）]{{{_FEATURE_HEAD_CHARS},}}")
_QUOTE_THEN_DAY = re.compile(r"[“\"「][^”\"」]{1,80}[”\"」](?:\d{1,2}月)?\d{1,2}日")
_QUOTES_OPEN = ("“", "\"", "「")
_SIGNED_OFF = re.compile(r"[(（](?:记者|通讯员|实习生)[^()（）]{1,30}[)）]\s*$")  # (…27人。(记者 示例))
_LETTERS_COLUMN = re.compile(r"热线|回音|信箱|问政|来信|民声")  # a column's name over callers' words (热线回音)
# A body's answer to a call (区住建局答复:…, 答:…): what a column of calls prints under each caller's words.
ANSWER_OPENING = re.compile(r"^(?:答|回复|答复|[^\s,，。:：]{2,24}?(?:答复|回复|回应))[:：]")
_ANSWER_SEEN = 3  # body lines below a call looked at for its answer (a caller's words may go on first)
INTERVIEW_QUESTION = re.compile(r"(?:记者|问)[:：]")  # 记者:今年镇里排了哪些民生实事?
# An answer's words under its speaker's name (汪丽华:今年暑假,我们投入…对8所农村学校的食 / 堂和厕所…): cut by a
# column break, still no intertitle (right under its question).
SPOKEN_ANSWER = re.compile(r"[\u4e00-\u9fff]{2,4}[:：]\S{16,}")
# A letter's signature on a line of its own: who wrote it, then a space and their name (大洲镇沧南村村民 郑国良).
# (two who wrote together, 东升社区居民 王芳 李强, too)
LETTER_SIGNATURE = re.compile(r"[\u4e00-\u9fff]{0,14}(?:村民|居民|读者|市民|家长|网友|群众)(?:\s+[\u4e00-\u9fff]{2,3}){1,3}")
# A photo credit on a line of its own, closing a photo story: (记者 某某 摄), (通讯员 某某 供图).
CREDIT_LINE = re.compile(r"[(（][^()（）]{1,30}(?:摄|供图)[)）]")
PHOTO_NUMBER = re.compile(r"^图[①②③④⑤⑥⑦⑧⑨⑩\d]{0,2}[:：]")  # 图①:, 图2:, 图: a caption's number
SIGNATURE = re.compile(r"(?:读者|市民|网友|村民|群众)\s*(?!来信|来电|留言|提问|说事|心声|之家|议事|代表|满意|点赞|诉求|反映|夜话|课堂|讲堂)"
                       r"[\u4e00-\u9fff]{2,4}")  # a letter signed 读者 毛根发 (not an intertitle: 村民说事, 群众心声)
# The heading of a notice the paper prints (更正, 更正启事): an article of its own.
NOTICE_NAME = re.compile(r"更正|更正启事|更正声明|更正说明|致歉声明|致歉")
# An official notice's title (关于做好…参保缴费工作的通告) over the words notices open with (根据…, 为做好…,
# 按照…): an article of its own after a closed paragraph, though no lead opens it.
# (关于暑期预防学生溺水的安全提示; but 温馨提示, 交通提示 alone close the story above, its box)
NOTICE_TITLE = re.compile(r"(?:通告|公告|公示|通知|启事|倡议书|预告|提醒)(?:[(（]第[\d一二三四五六七八九十]+号[)）])?$|^关于.*提示$")  # (活动预告: what is set for when)
# The next of a series a story reports (第二场演出将于7月27日…, 本届柑橘节将于…, under 后续活动预告): the story's
# last section, not a notice of an event of its own.
_ONE_OF_A_SERIES = r"第[一二三四五六七八九十\d]+[场站期轮批]|下一?[场站期轮批]|本[届次场期]|此次|该|后续"
# (因…施工需要,(我公司, 国网…供电公司)定于…, 因…施工,5月12日…暂停供水: why and when a supply is cut or a road closed; 各位家长:;
# 某某体检定于…: what is set for when; 经农户申请、村级评议、乡镇(街道)审核,拟将…: a list checked, to be posted,
# 经公开征集、综合评估,现将…候选项目公示如下: works put up for comment; not 经…审核,120户…被列为改造对象: news
# of a list under a story's intertitle; 某镇人民政府拟对…进行公开招标: what an issuer means to do; 2019年某节将于
# 9月23日…举行: what is set for when)
NOTICE_OPENING = re.compile(r"^(?:根据|依据|按照|为了?|经[^,，。]{0,12}(?:研究|同意|批准)|经[^。]{0,30}?(?:评议|审核|审查|审定|评估)[,，](?=[^。]{0,30}?(?:拟|现将|现予|予以))|尊敬的|广大[^,，。:：]{0,8}[:：]"
                            r"|各位[^,，。:：]{0,8}[:：]|我(?:院|局|公司|中心|校|站|所|馆)(?!区|镇|乡)"
                            r"|因[^,，。]{2,40}?(?:需要|检修|施工)[,，][^。]{0,30}?(?:定于|停|拟|\d{1,2}月\d{1,2}日)"
                            r"|[^,，。:：]{2,24}?(?:人民政府|委员会|办公室|局|公司|中心|医院|学校)拟(?=对|将|于|在)"
                            rf"|[^,，。:：]{{2,20}}?定于|(?!{_ONE_OF_A_SERIES})[^,，。:：]{{2,20}}?将于)")  # (2019年下半年征兵体检定于9月9日…)
# who issues a notice, printed over its title (国网衢州市衢江区供电公司 over 计划停电公告, 衢江区人民医院 over 新门诊综合楼启用公告,
# 衢江区实验小学 over 招生公告, 区疾病预防控制中心 over 接种点调整公告; 衢江区图书馆 signing 新馆试开放公告)
_ISSUERS = r"(?:办公室|局|委员会|人民政府|指挥部|分局|大队|公司|医院|卫生院|学校|小学|中学|幼儿园|中心|图书馆|文化馆|博物馆|档案馆|体育馆)"
ISSUER = re.compile(rf"{_ISSUERS}$")
# The issuer printed at the head of the title itself (衢江区人民政府关于做好…工作的通告).
_ISSUER_ABOUT = re.compile(rf"[^,，。:：\s]{{2,20}}?{_ISSUERS}关于")
# A notice's whole title naming a road closed or a supply cut (交通管制通告, 停水公告): a notice whatever it opens
# with (某道路提升改造工程已进入路面施工阶段。自…起,该路段实行半幅封闭施工).
CLOSURE_NOTICE = re.compile(r"(?:交通管制|道路封闭|封闭施工|施工封闭|临时封道|计划停水|停水|计划停电|停电|停气)(?:通告|公告|通知)")
# A notice's whole title naming a facility opened, closed or moved (区图书馆新馆试开放公告): a notice whatever it
# opens with too (位于浮石街道的区图书馆新馆已建成,将于1月22日起试开放…).
SERVICE_NOTICE = re.compile(r"[^,，。:：\s]{2,16}?(?:试开放|恢复开放|暂停开放|开放|开馆|闭馆|启用|搬迁)(?:通告|公告)")
# The verbs that give a notice out (发布, 下发): a headline with one is news of a notice, not its title.
GIVEN_OUT = "发布|下发|印发|下达|出台|发出|公布"
# The whole title of a notice calling on readers to apply, enrol, pay or bid (浮石街道公开招聘社区专职工作者公告,
# 2018年度城乡居民基本医疗保险参保缴费通告, 2020年度城乡居民医保参保缴费通知, …医保缴费提醒, 某工程招标公告; not 某局发布招聘公告,
# news of one)
CALL_NOTICE = re.compile(rf"(?:(?!{GIVEN_OUT})[^,，。])*(?:招聘|招录|选聘|招生|征兵|参保|缴费|招标|采购)[^,，。]*(?:公告|通告|启事|通知|提醒)")
# A list put up for comment (…补助对象公示, …拟任人选公示, …名单公示).
LIST_NOTICE = re.compile(r".+(?:对象|名单|人选|结果)的?公示")
PUT_UP = re.compile("现予以?公示|现将[^。]{0,20}?公示")  # (the notice's own words, not 目前正在公示: news of one)
NOTICE_ABOUT = "关于"  # 关于做好…工作的通告: a notice's title, never an intertitle
# A span of days opening a text (10月1日至7日国庆假期期间,…): under a 关于…公告 title, what the notice covers, not news.
_SPAN_OPENING = re.compile(r"^\d{1,2}月\d{1,2}日(?:至|到)")
# A headline reporting a notice given out (区安委办下发紧急通知, 我区发布秋季征兵公告): news of a day, no notice's title
# (but 关于下达…资金的通知 is one).
NOTICE_GIVEN = re.compile(rf"(?:{GIVEN_OUT})[^,，。:：\s的]{{0,12}}$")
# A field of a listed item (计划投资:1850万元, 受益群众:1.2万人): a line of its own, like a table's row.
FIELD_LINE = re.compile(r"[\u4e00-\u9fff]{2,8}(?<!如下)(?<!如次)[:：](?![\s“\"])")
# A dated lead (本报7月2日讯): its date is kept in the opening that event_date reads.
DATED_LEAD = re.compile(r"本报\d{1,2}月\d{1,2}日讯")
# A notice's field that is nothing but a code (招标编号:QJGC2025-017; not a headline 莲花镇:15个村全部通上自来水).
CODE_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[:：][A-Za-z0-9][A-Za-z0-9\-－_/.()（）]*")
# A row of a table printed in the text (项目名称｜实施地点｜计划投资, 项目｜进度): a line of its own.
TABLE_CELL = re.compile(r"[｜|]")
_TABLE_CELLS = 1
# A name in quotes, maybe cut by the line's end (在“文化走亲｜全旺行”巡演活动中): its bar divides no cells.
_QUOTED = re.compile(r"“[^”]*(?:”|$)|^[^“”]*”|《[^》]*(?:》|$)")
# A sentence's end inside a field's value, not a decimal point (计划投资:265.5万元 is a field).
_ENDS_INSIDE = re.compile(r"[。！!？?…]|(?<!\d)[.．]|[.．](?!\d)")
# A figure printed alone on its line, over the words that say what it counts (数读: 6820人 / 全年新增城镇就业
# 人数): it opens a paragraph of its own, which its label finishes.
STAT_LINE = re.compile(r"[\d.]+[万亿]?(?:元|人次|人|名|户|家|个|所|座|处|条|公里|千米|米|亩|吨|张|项|台|%)")
PAGE_START = (Kind.PAGE, Kind.DOWN, Kind.FURNITURE)
INNER_PUNCTUATION = re.compile(r"[,，、:：]")
ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
SUBTITLE_DASH = ("—", "--")
# What opens an item of a news-in-brief column: a mark (layout.ITEM_MARKS) or a bracketed title
# (【某乡开展某活动】10月22日,…).
ITEM_MARK = re.compile(rf"^(?:[{ITEM_MARKS}]\s*|【[^】]{{1,40}}】)")
_SENTENCE_END = "。"  # an item reports (△5月20日,…。); a feature's subhead (▶ 便民桥连起两岸) does not
_ITEMS_SEEN = 4  # lines below a column's name looked at for its items
_COLUMN_NAME_CHARS = 8  # 简讯, 衢江简讯, 乡镇动态 (not an intertitle over a story's own items: 会议通报的项目进度速览)
# A brief column's own name (简讯, 衢江简讯, 乡镇快讯), over items it needs no marks for.
_BRIEF_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:简讯|快讯|快报|短讯|乡讯|短波|直通车|速递|速览)")
_BRIEF_ITEM_CHARS = 120
# 直通车 also heads a part of a feature (政策直通车 / 镇里组建政策宣讲小组,…): it names a column over
# unmarked items only when the first reports a place's news (湖南镇破石村投资60万元的…) or opens as news does.
_FIGURATIVE_COLUMN = "直通车"
# 速递 and 速览 also head a part of a story (政策速递 / 区人社局今年出台…; 进度速览 / 城市书房建设方面,…): a column
# over unmarked items only when the first two report news (全旺镇贺辂亭村…; 4月3日,…) and the story does not go on
# below them (下一步,…).
_STORY_PART_OR_COLUMN = re.compile("速递|速览")
# (an item may say its place or day by its second clause: 区人民医院…近日上线, 为方便群众出行,区交通运输局…)
_REPORT_SAID = re.compile(rf"\d{{1,2}}月\d{{1,2}}日|{'|'.join(DAYS_IN_WORDS)}|今年以来|[\u4e00-\u9fff]{{1,6}}?(?:镇|乡|街道|社区|村)|区")
_PLACE_OPENING = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|社区|村)|区|全区")
_RUN_ON_ITEMS = re.compile(rf"(?:^|[。)）])[{ITEM_MARKS}]")  # each item after the one before ends
# An item that opens with a township's name (湖南镇破石村…; not 全镇, 该乡, 乡村振兴…).
# (a township's name has two characters or more: not 城乡公交…, 返乡青年…, 山区乡镇…)
_TOWNSHIP_OPENING = re.compile(r"(?!全[镇乡区]|[该本各每我一两])[\u4e00-\u9fff]{2,4}?(?:(?<!乡)镇|乡(?![村镇亲土情里贤风])|街道)")  # (全旺镇)
# A paragraph that goes on with the story above (下一步,区民政局将…): the items are its parts, no column.
_STORY_GOES_ON = re.compile(r"下一步|接下来|下阶段|今后|据了解|记者了解到")
# 动态/直击/点滴 name a column (园区动态, 文明点滴) unless they say how works go (项目动态, an intertitle
# over bullets) or go on into a phrase (动态管理).
# (小记者 are children reporting, no column: 小记者进社区)
COLUMN_NAME = re.compile(r"简讯|快讯|快报|短讯|乡讯|短波|小记(?!者)|纪事|掠影|速递|速览|一句话|集锦|传真|播报|简报|"
                         r"(?<!项目)(?<!工程)(?<!建设)(?<!进展)(?:动态|直击|点滴)(?![\u4e00-\u9fff])")
# Column words that also name a single feature (驻村小记, 护林员纪事): a column only over marked items.
_FEATURE_OR_COLUMN = re.compile(r"小记|纪事|掠影")
# A headline printed away from its article still sits on the same part of the page.
NEARBY_ARTICLES = 5
_JOINT_CHARS = 4  # characters each side of a column break segmented to see whether it cuts a word
# A figure a column break cut (总投资三百 / 二十万元, 投资1 / 45万元): numerals end the line above, and
# the line below opens with numerals and a unit (not 亮点一 / 一期工程…: no unit follows).
_NUMERALS = "\\d〇零一二两三四五六七八九十百千.．"
# Where a place is said, its name begun at the line's end (…位于棠陵), and the rest of a village's,
# township's or community's name opening the line below (邵村,…).
_PLACE_CUT_ABOVE = re.compile(r"(?:位于|坐落于|地处|来到|走进|在|至|到)[\u4e00-\u9fff]{1,3}$")
_CUT_LINE_CHARS = 10  # a column's line, not an intertitle (走进大川, 产业兴在李泽)
_LIES_CUT_ABOVE = re.compile(r"(?:位于|坐落于|地处)[\u4e00-\u9fff]{1,3}$")  # (prose, never an intertitle's words)
# A township named where one is, then its village begun (在廿里镇六都 / 杨村,…): prose too, however short.
_TOWNSHIP_THEN_CUT = re.compile(r"(?:在|来到|走进|位于)[\u4e00-\u9fff]{1,3}(?:镇|乡|街道)[\u4e00-\u9fff]{1,3}$")
_NAMED_AGAIN = 2  # characters at a line's end that the line below opening with names the place again
_PLACE_CUT_BELOW = re.compile(r"[\u4e00-\u9fff]{0,2}(?:村|镇|乡|街道|社区)(?=[,，、。;；的])")
_FIGURE_CUT_ABOVE = re.compile(rf"[^第之{_NUMERALS}][{_NUMERALS}]+$")
_UNITS_CUT = "(?:元|人次|人|户|名|位|个|%)"
# (a unit with no numeral before it must end its word: 人,…; not 变化一 / 人居环境…, 变化二 / 户户用上…)
_FIGURE_CUT_BELOW = re.compile(rf"[{_NUMERALS}]+[万亿]?{_UNITS_CUT}|[万亿]?{_UNITS_CUT}(?=[,，。、;；)）的]|$)")
# Heads of facility names, which a column break may put at the top of a line (游客服务 / 中心主体已完工);
# the parser's own list, so that the extractor's vocabulary never changes how pages are read.
FACILITY_HEADS = frozenset({"中心", "市场", "礼堂", "工程", "项目", "小区", "公园", "广场", "食堂", "学校", "医院",
                            "卫生院", "水库", "公路", "道路", "大桥", "站", "馆", "园", "楼", "厂房"})

jieba.setLogLevel(logging.WARNING)  # jieba announces its dictionary load at INFO


@dataclass
class Draft:
    """An article while it is being assembled."""

    head: list[str]
    anchor: Line
    body: list[Line]
    page: int
    byline: str = ""
    continued_from: int | None = None
    goes_on: bool = False  # a 下转 marker sends the rest to another page


def is_running_text(line: Line) -> bool:
    """Body text, or a short line with a comma inside: a sentence piece rather than an intertitle."""
    if line.kind is Kind.HEADLIKE:
        return bool(INNER_PUNCTUATION.search(ENUMERATOR.sub("", line.text)))
    return line.kind in (Kind.BODY, Kind.LEAD)


def continues_below(line: Line, below: Line | None = None) -> bool:
    """Whether running text goes on past its line (onto `below`, when known: 总投资52. / 6亿元)."""
    return is_running_text(line) and not is_closed_before(line.text, below.text if below is not None else None)


def is_anchor(lines: list[Line], i: int) -> bool:
    kind = lines[i].kind
    if kind is Kind.BYLINE:
        # A byline opens an article only between a headline and a body (or an interview's first question,
        # 记者:今年镇里排了哪些民生实事?); at an article's end it is a credit.
        after = lines[i + 1] if i + 1 < len(lines) else None
        opens = after is not None and (after.kind in (Kind.BODY, Kind.LEAD)
                                       or after.kind is Kind.HEADLIKE and INTERVIEW_QUESTION.match(after.text) is not None)
        return opens and (i == 0 or lines[i - 1].kind is Kind.HEADLIKE)
    return kind in (Kind.LEAD, Kind.UP) and not (i > 0 and lines[i - 1].kind in (Kind.UP, Kind.BYLINE)
                                                   and is_anchor(lines, i - 1))


def _headline_repeated(lines: list[Line], at: int) -> bool:
    """Whether the line at `at` repeats the headline of a story printed earlier that jumps: a continuation's own
    headline (示例:区领导调研… / 8月11日,…。 记者 某某 摄 / (上接第一版)…), its photo no story of its own (not a
    title printed again over another photo, 图片新闻)."""
    text = lines[at].text.strip()
    return any(line.kind is Kind.HEADLIKE and line.text.strip() == text and _story_jumps(lines, k)
               for k, line in enumerate(lines[:at]))


def _story_jumps(lines: list[Line], head: int) -> bool:
    """Whether the story headed at `head` goes on elsewhere: a 下转 line follows before its page ends, another
    lead opens or a headline follows a caption (图片新闻 / …摄 / 示例:某镇…: a photo's, then another story)."""
    leads = 0
    for above, line in zip(lines[head:], lines[head + 1:]):
        leads += line.kind is Kind.LEAD
        if line.kind is Kind.DOWN:
            return True
        if line.kind is Kind.PAGE or leads > 1 or line.kind is Kind.HEADLIKE and is_caption(above):
            return False
    return False


def head_start(lines: list[Line], anchor: int, floor: int) -> int:
    """First line of the headline block above `anchor` (== anchor when there is none); a photo
    caption printed between the headline and its lead (…山塘“洗澡” / 图为…(通讯员 某某 摄) / 本报讯…)
    is passed over, but not over a continuation (上接第一版): a title over a captioned photo printed right above
    it is a photo story's (春耕备耕正当时 / 3月4日,…。 记者 某某 摄 / (上接第一版)…)."""
    start = anchor
    if start - 1 > floor and is_caption(lines[start - 1]) and lines[start - 2].kind is Kind.HEADLIKE \
            and (lines[anchor].kind is not Kind.UP or _headline_repeated(lines, start - 2)):
        start -= 1
    while start > floor and anchor - start < MAX_HEAD_LINES \
            and (lines[start - 1].kind is Kind.HEADLIKE or _kicker_with_colon(lines, start - 1, anchor)) \
            and not _row_above_head(lines, start, anchor, floor) \
            and not CREDIT_LINE.fullmatch(lines[start - 1].text.strip()):
        start -= 1
    if start < anchor and start > 0 and continues_below(lines[start - 1], lines[start]):
        start += 1  # that line finishes the paragraph a column break cut above it
    return start


def _kicker_with_colon(lines: list[Line], at: int, anchor: int) -> bool:
    """深山“赤脚医生”叶金海: over 三十年守护山村乡亲 over a feature's byline: a kicker naming whom the
    headline below it is about, its colon leading into it (not 会议要求: over a paragraph)."""
    text = lines[at].text.strip()
    return at + 1 < anchor and text.endswith(LEADS_IN) and is_headline_like(text[:-1]) \
        and lines[at + 1].kind is Kind.HEADLIKE


def _row_above_head(lines: list[Line], start: int, anchor: int, floor: int) -> bool:
    """Whether the line above `start` is a table's row ending the story above (…未开工 over 示例:某镇…
    over its lead): a row over a headline line, or under another row; not a headline printed with
    runs of spaces (一季度  35个项目集中开工  总投资86亿元) right over its lead."""
    if not is_table_row(lines[start - 1].text):
        return False
    return start < anchor or start - 2 > floor and is_table_row(lines[start - 2].text)


def _items_below(lines: list[Line], first: int) -> list[str]:
    """The paragraphs the body lines from `first` begin, a line a column break cut joined to the one
    before (某山体滑坡治理工 / 程日前完工,…。)."""
    items: list[str] = []
    for n, line in enumerate(lines[first:first + _ITEMS_SEEN]):
        if line.kind is not Kind.BODY and n > 0 and not _cut_by_column_break(lines, first + n):
            continue  # (the first line may be the start of an item cut short, read as a headline)
        if items and not is_closed(items[-1]):
            items[-1] += line.text.strip()
        else:
            items.append(line.text.strip())
    return items


def _brief_items(lines: list[Line], first: int, name: str = "") -> bool:
    """Whether the body lines from `first` are two or more short reports, each a paragraph of its own
    (简讯 / 某村光伏电站日前并网发电,…。 / 7月14日,…。), or a fuller first report and two short ones: a brief
    column printed without marks."""
    items = _items_below(lines, first)
    if _STORY_PART_OR_COLUMN.search(name) and not (all(_reported_early(text) for text in items[:2])
                                                  and not any(_STORY_GOES_ON.match(text) for text in items)):
        return False
    return _short_reports(items, fuller_first=True)


def _short_reports(items: list[str], fuller_first: bool = False) -> bool:
    """Whether the first two items are short closed reports, or (one of them long: a fuller first report,
    under a brief column's own name) two of the first three, all three closed."""
    if len(items) > 1 and all(len(text) <= _BRIEF_ITEM_CHARS and text.endswith(_SENTENCE_END) for text in items[:2]):
        return True
    first = items[:3]
    return fuller_first and len(first) == 3 and all(text.endswith(_SENTENCE_END) for text in first) \
        and sum(len(text) <= _BRIEF_ITEM_CHARS for text in first) >= 2


def _township_reports(items: list[str]) -> bool:
    """Whether the first two of `items` are short reports, marked or not, that open with two different
    townships (湖南镇破石村…。 / ■ 杜泽镇…。): a brief column's, whatever its name."""
    items = [ITEM_MARK.sub("", text) for text in items]
    places = [_TOWNSHIP_OPENING.match(text) for text in items[:2]]
    return _short_reports(items) and all(places) and places[0].group() != places[1].group() \
        and not any(_STORY_GOES_ON.match(text) for text in items)


def _unspaced(text: str) -> str:
    return "".join(text.split())


def _marked_items(lines: list[Line], first: int) -> bool:
    """Whether the body lines from `first` open with two or more items of a brief column (■…, ■…)."""
    body = [line for k, line in enumerate(lines[first:first + _ITEMS_SEEN], first)
            if line.kind is Kind.BODY or _cut_by_column_break(lines, k)]
    # (a line a column break cut off an item, ■…食堂共接待老年 / 人就餐820人次。, goes on with it)
    starts = [line for n, line in enumerate(body) if n == 0 or is_closed(body[n - 1].text)]
    return len(starts) > 1 and all(ITEM_MARK.match(line.text) for line in starts[:2])


def _reported(text: str) -> bool:
    """Whether an item opens as a brief column's report does: with a date or a place (■7月18日,…; ·太真乡华坑村…;
    ·区图书馆…), not with whom a notice addresses (•符合条件的群众可…)."""
    text = ITEM_MARK.sub("", text)
    return NEWS_OPENING.match(text) is not None or _PLACE_OPENING.match(text) is not None


def _reported_early(text: str) -> bool:
    """Whether an item reports news by its second clause: it opens with a date or a place, or says one soon after
    (区人民医院互联网医院近日上线; 为方便群众出行,区交通运输局…; 国网某区供电公司完成城区…), as a brief column's
    items do; not 补贴申请可通过“浙里办”在线办理, 老年食堂方面,已建成12家 (a story's own parts)."""
    opening = "，".join(re.split("[,，]", ITEM_MARK.sub("", text), maxsplit=2)[:2])
    return _reported(text) or _REPORT_SAID.search(opening) is not None


def _story_goes_on_below(lines: list[Line], first: int) -> bool:
    """Whether the marked items from `first` are followed, before any headline, by an unmarked paragraph
    (下一步,…。) or an interview's next question (问:…?): the items are a story's own list."""
    k = first
    while k < len(lines) and (lines[k].kind is Kind.BODY and ITEM_MARK.match(lines[k].text)
                              or k > first and not is_closed(lines[k - 1].text) and lines[k].kind is Kind.BODY):
        k += 1
    if k >= len(lines):
        return False
    text = lines[k].text.strip()
    return lines[k].kind is Kind.BODY and is_closed(text) and len(text) > _COLUMN_NAME_CHARS \
        and not text.startswith(("(", "（")) or INTERVIEW_QUESTION.match(text) is not None


_CUT_SENTENCE_CHARS = 16  # an intertitle with a comma (修好一条路,富了一个村) is shorter than a column's line
_COMMA = re.compile("[,，]")  # (not 镜头一:新修的村道又宽又平村民出门不再一脚泥, an intertitle led by a colon)


def _cut_sentence(line: Line, below: Line) -> bool:
    """Whether a line read as a headline is a sentence a column break cut between words (在他的带动下,赖家村已有
    23户村民做起冻 / 米糖,…。): running text as long as a column's line, going on below, which no intertitle is."""
    text = line.text.strip()
    return len(text) >= _CUT_SENTENCE_CHARS and _COMMA.search(text) is not None and continues_below(line, below)


def _cut_by_column_break(lines: list[Line], k: int) -> bool:
    """Whether line `k`, read as a headline, is an item's start a column break cut (◆某基地今年销售额达26 /
    0万元,…。)."""
    return k + 1 < len(lines) and is_cut_mid_word(lines[k], lines[k + 1])


def is_caption(line: Line) -> bool:
    return line.kind is Kind.BODY and line.text.rstrip().endswith(CREDIT_ENDS) \
        and PHOTO_CREDIT_AT_END.search(line.text) is not None


def anchored_starts(lines: list[Line]) -> list[tuple[int, int]]:
    """(headline start, anchor) of every article that has a lead, byline or 上接 marker."""
    starts, floor = [], 0
    for i in range(len(lines)):
        if is_anchor(lines, i):
            starts.append((head_start(lines, i, floor), i))
            floor = i + 1
    return starts


def leadless_starts(lines: list[Line], claimed: set[int]) -> list[tuple[int, int]]:
    """(headline start, first body line) of articles printed without a lead."""
    starts, i = [], 0
    # Whether the article read has an intertitle of its own (▶ 便民桥连起两岸): then a later short line over
    # short paragraphs (一线快讯) is one more of them, not a brief column.
    intertitled = False
    # Whether the text read is a story's part printed on from another page (上接第一版): such a part runs to
    # the next headline, as it holds no intertitle of its own before one.
    continuing = False
    while i < len(lines):
        if i in claimed or lines[i].kind in PAGE_START:
            intertitled = False
            continuing = i in claimed and lines[i].kind is Kind.UP
        end = i
        while end < len(lines) and lines[end].kind is Kind.HEADLIKE and end not in claimed:
            end += 1
        # (某某 / ——记某某 / 走进某村,妇女们正缝制毛绒玩 / 具,…: the story's first line, a column break cut)
        cut_first = end - i >= 3 and lines[end - 2].text.startswith(SUBTITLE_DASH) and _cut_by_column_break(lines, end - 1)
        if cut_first:
            end -= 1
        credited = False
        while i < end and CREDIT_LINE.fullmatch(lines[i].text.strip()):
            i, credited = i + 1, True  # (记者 某某 摄) closing the photo story above: its text, no headline
        # (only under the letter's closed last words, and over a line of its own: not 热心村民 徐国平 heading a
        # story, nor 身边好人 / 爱心市民 李红 / ——…, a column's kicker and headline)
        signed = next((k for k in range(end - 2, max(i, 1) - 1, -1) if LETTER_SIGNATURE.fullmatch(lines[k].text.strip())
                       and is_closed(lines[k - 1].text.strip()) and not lines[k + 1].text.startswith(SUBTITLE_DASH)), None)
        if signed is not None:
            # (…说声谢谢! / 大洲镇沧南村村民 郑国良) the end of the letter above and its signature: its text, no headline
            i, credited = signed + 1, True
        if end > i and end < len(lines) and (lines[end].kind is Kind.BODY or cut_first) and end not in claimed:
            before = lines[i - 1] if i else None
            page_starts = before is None or before.kind in PAGE_START
            after_closed = credited or before is not None and before.kind in (Kind.BODY, Kind.LEAD) \
                and (is_closed_before(before.text, lines[i].text)  # (…比例为98. / 示例:某镇…: closed)
                     or CREDIT_LINE.fullmatch(before.text.strip()) is not None
                     or is_caption(before))  # (图为…。 通讯员 某某 摄: a photo's caption closes the story)
            column = any(COLUMN_NAME.search(_unspaced(x.text)) for x in lines[i:end])  # (简 讯, spaced out)
            first = ITEM_MARK.sub("", lines[end].text) if column else lines[end].text
            first = PHOTO_NUMBER.sub("", first)  # (a photo story's first caption: 图①:10月16日,…)
            # (a title over one captioned photo, the story whole: 金秋稻谷香 / 秋收时节,…。(通讯员 某某 摄))
            photo = end - i == 1 and is_caption(lines[end]) and (end + 1 == len(lines) or lines[end + 1].kind is not Kind.BODY)
            news_follows = after_closed and (NEWS_OPENING.match(first) is not None or photo
                                             or LETTER_OPENING.match(first) is not None
                                             and _letter_headed(lines, i, end)
                                             or end - i == 1 and _starts_feature(lines, i, end, first, intertitled))
            # A headline with a subtitle (暑期托管如何更暖心? / ——访区教育局副局长某某): more than an intertitle.
            # So is a kicker over a headline that reports an event (民生实事进行时 / 某市场改造完工).
            headed = after_closed and end - i >= 2 and (lines[end - 1].text.startswith(SUBTITLE_DASH)
                                                         or HEADLINE_EVENT.search(lines[end - 1].text) is not None)
            title = lines[i].text.strip()
            # (某某领导小组办公室 / 关于…的通告: its issuer printed over its title; or 通告 / 关于…的通告, the kind of notice)
            issued = end - i == 2 and (ISSUER.search(title) is not None or NOTICE_TITLE.fullmatch(_unspaced(title)) is not None) \
                and (_about_title(lines[end - 1].text.strip()) or _notice_title(lines[end - 1].text.strip(), first))
            title = lines[end - 1].text.strip() if issued else title
            # (关于…的通知, or a title with no intertitle of a story before it or further on: not 强化公开公示 /
            # 为保障…。 / 严把质量关口 / 村里还…, a story's section opening 为…)
            notice = after_closed and (end - i == 1 or issued) \
                and (NOTICE_NAME.fullmatch(title) is not None or _notice_title(title, first)
                     and (_about_title(title) or not intertitled and not _intertitle_below(lines, end)))
            # 简讯 over items each opening with a mark (■世界读书日当天,…), whatever the first item opens with
            # (or a short name the lists lack, 清凉一夏 / ○…。 / ○…。, outside a story's intertitled sections and
            # not right under a lead, whose items it lists: 本报讯…。 / 进度一览 / ■…。)
            named = end - i == 1 and len(_unspaced(lines[i].text)) <= _COLUMN_NAME_CHARS \
                and not INNER_PUNCTUATION.search(lines[i].text)
            under_lead = before is not None and before.kind is Kind.LEAD
            # (nor a story's own list that reads as no news, 申领指南 / •符合条件的群众可…, or that the story goes on
            # after, 三大亮点 / ■…。 / ■…。 / 下一步,…; 问:…?)
            listed = column or named and not intertitled and not under_lead and _reported(first) \
                and not _story_goes_on_below(lines, end)
            items = after_closed and listed and _marked_items(lines, end) \
                and all(len(line.text.strip()) <= _COLUMN_NAME_CHARS for line in lines[i:end]) \
                or after_closed and end - i == 1 and _BRIEF_COLUMN.fullmatch(_unspaced(lines[i].text)) is not None \
                and _brief_items(lines, end, lines[i].text) and not intertitled \
                and (_FIGURATIVE_COLUMN not in lines[i].text or _PLACE_OPENING.match(first) is not None
                     or NEWS_OPENING.match(first) is not None)
            # 乡村新鲜事 / 湖南镇…。 / 杜泽镇…。: a short name the lists lack over items from two townships
            items = items or after_closed and named and not intertitled and _township_reports(_items_below(lines, end))
            # 民生短波 / 某村山体滑坡治理工 / 程日前完工,…: a column break cut its first unmarked item
            cut_item = after_closed and end - i == 2 and _BRIEF_COLUMN.fullmatch(_unspaced(lines[i].text)) is not None \
                and is_cut_mid_word(lines[i + 1], lines[end]) and _brief_items(lines, i + 1, lines[i].text) \
                and not intertitled
            # 关于…的通告 / 为改善…,我区将对…实施雨污分 / 流改造工程。…: a column break cut the notice's first
            # sentence, whose first line reads as a second headline line
            cut_notice = after_closed and end - i == 2 and lines[i].text.strip().startswith(NOTICE_ABOUT) \
                and NOTICE_TITLE.search(_unspaced(lines[i].text)) is not None \
                and NOTICE_OPENING.match(lines[i + 1].text.strip()) is not None and is_cut_mid_word(lines[i + 1], lines[end])
            # (访谈 / 专访 only over an interview, its subtitle or its first question: not 现场访谈 / 村民说变化, a
            # story's intertitles)
            kicked = after_closed and end - i >= 2 and is_column_kicker(lines[i].text) \
                and (not INTERVIEW_KICKER.search(lines[i].text) or INTERVIEW_QUESTION.match(first) is not None
                     or any(x.text.startswith(SUBTITLE_DASH) or INTERVIEW_QUESTION.match(x.text)
                            for x in lines[i + 1:end]))
            # 2020年区政府十件民生实事项目 / 在…上,代表们票决产生了…。具体如下: / 一、…: a year's list of works
            # printed as an article of its own, its items below
            # (not a story's intertitle over its own list, the story going on below it)
            listing = after_closed and end - i == 1 and _LIST_TITLE.fullmatch(title) is not None \
                and _list_follows(lines, end) and not intertitled and not _story_goes_on_after_list(lines, end)
            # 热线回音 / 市民来电:…什么时候能改造? / 区住建局答复:…: a column of calls, its first caller's words
            # short enough to read as a headline
            # (not a story's own caller under an intertitle, its prose going on, 热线连着民心 / 市民来电:…? / 第二天,…:
            # a column answers its calls; nor one more case of a column of calls, right under the answer before it)
            # 访谈 / 让孩子们在家门口上好学 / ——访区教育局局长某某 / 记者:…? / 某某:…: an interview under its
            # headline and subtitle, its first question short enough to read as a headline
            asked = next((k for k in range(i + 1, end) if INTERVIEW_QUESTION.match(lines[k].text)
                          and lines[k - 1].text.startswith(SUBTITLE_DASH)), None) if after_closed or page_starts else None
            call = next((k for k in range(i + 1, end) if LETTER_OPENING.match(lines[k].text)), None)
            calls = after_closed and call is not None \
                and _LETTERS_COLUMN.search("".join(x.text for x in lines[i:call])) is not None \
                and any(ANSWER_OPENING.match(x.text) for x in lines[end:end + _ANSWER_SEEN] if x.kind is Kind.BODY) \
                and not ANSWER_OPENING.match(before.text)
            # A figure printed alone and the label under it (1.6亿元 / 发放各类社会救助资金) are a box's text,
            # never the headline over the article below it.
            figures = [k for k in range(i, end) if STAT_LINE.fullmatch(lines[k].text.strip())]
            # Nor is a table's row (某工程｜某镇｜50万元｜已完工) a headline.
            rows = [k for k in range(i, end) if is_table_row(lines[k].text)]
            after_figures = figures[-1] + 2 if figures else i
            if figures and after_figures >= end:
                after_figures = figures[-1]  # a figure right over the headline (12.5万人次 / 五一假期…): a kicker
            start = max(i, end - MAX_HEAD_LINES, after_figures, rows[-1] + 1 if rows else i)
            # A box's title over its opening words and its first figure (数读上半年 / 记者从…获悉,… /
            # 3200人): an article of its own, whatever follows.
            intro = figures[0] - 1 if figures else -1
            # Not a data box inside an article (成绩单 / 截至6月底,…—— / 2.3亿元 / its label), whose text
            # runs on into the article's prose: after a closed paragraph, a headline must follow the box.
            boxed = page_starts or after_closed and figures[-1] + 2 < end if figures else False
            if boxed and i < intro and is_running_text(lines[intro]):
                starts.append((max(i, intro - MAX_HEAD_LINES), intro))
            if cut_item or cut_notice:
                starts.append((i, i + 1))
                intertitled = False
            elif calls:
                starts.append((max(i, call - MAX_HEAD_LINES), call))
                intertitled = False
            elif asked is not None:
                starts.append((max(i, asked - MAX_HEAD_LINES), asked))
                intertitled = False
            elif (page_starts or news_follows or headed or notice or kicked or items or listing) and start < end:
                starts.append((start, end))
                intertitled = False
            elif (titled := end > i and after_closed and not all(SIGNATURE.fullmatch(x.text.strip()) for x in lines[i:end])
                    and not (end - i == 1 and (ITEM_MARK.match(lines[i].text) or _cut_by_column_break(lines, i)
                                               or _cut_sentence(lines[i], lines[end])))
                    and not all(INTERVIEW_QUESTION.match(lines[k].text) or is_table_row(lines[k].text)
                                or k > 0 and SPOKEN_ANSWER.match(lines[k].text) and INTERVIEW_QUESTION.match(lines[k - 1].text)
                                for k in range(i, end))) and continuing and not intertitled and start < end:
                # (上接第一版)…。 / “甜蜜事业”带富一方 / 盛夏时节,…: the next story, however it opens
                starts.append((start, end))
            elif titled:
                # (not a letter's signature, 读者 毛根发, nor a column's item or a paragraph a column break cut short,
                # ●某村发展高山蔬 / 菜种植,…, 他为村里78位留守老 / 人建立了健康档案, nor an interview's question,
                # 问:还有哪些配套设施在建?, or an answer cut short right under it, or a table's rows over it: no
                # intertitle of the story; but 镜头一:新修的村道又宽又平村民出门不再一脚泥 under a story's paragraph
                # is one)
                intertitled = True
            continuing = continuing and (not starts or starts[-1][1] < i)  # (a story found since: no part goes on)
        i = end + 1
    return starts


def _list_follows(lines: list[Line], first: int) -> bool:
    """Whether the text at `first` is a list's items, or opens them (…具体如下:)."""
    opening = lines[first].text.strip()
    return _AS_FOLLOWS.search(opening) is not None or _FIRST_ITEM.match(opening) is not None \
        or first + 1 < len(lines) and _FIRST_ITEM.match(lines[first + 1].text.strip()) is not None


def _story_goes_on_after_list(lines: list[Line], first: int) -> bool:
    """Whether the list's numbered items from `first` (after the line opening them) are followed, before
    any headline, by a closed paragraph of prose (下一步,…。): the list is a story's own."""
    k = first + (0 if _ANY_ITEM.match(lines[first].text.strip()) else 1)
    while k < len(lines) and lines[k].kind is Kind.BODY and (_ANY_ITEM.match(lines[k].text.strip())
                                                               or not is_closed(lines[k - 1].text)):
        k += 1
    return k < len(lines) and lines[k].kind is Kind.BODY and is_closed(lines[k].text.strip()) \
        and len(lines[k].text.strip()) > _COLUMN_NAME_CHARS


def page_of_each_line(lines: list[Line]) -> list[int]:
    pages, page = [], 1
    for line in lines:
        if line.kind is Kind.PAGE and line.page:
            page = line.page
        pages.append(page)
    return pages


def drafts_of(lines: list[Line]) -> list[Draft]:
    starts = anchored_starts(lines)
    claimed = {i for start, anchor in starts for i in range(start, anchor + 1)}
    starts = sorted(starts + leadless_starts(lines, claimed))
    pages = page_of_each_line(lines)
    drafts = []
    for (start, anchor), (next_start, _) in zip(starts, starts[1:] + [(len(lines), 0)]):
        line = lines[anchor]
        head = [x for x in lines[start:anchor] if not is_caption(x)]
        captions = [x for x in lines[start:anchor] if is_caption(x)]  # printed under the headline: body
        # A notice's first field under its title (…招标公告 / 招标编号:QJGC2025-017) opens its body.
        field = next((k for k, x in enumerate(head) if k > 0 and CODE_FIELD.fullmatch(x.text.strip())), len(head))
        head, fields = head[:field], head[field:]
        draft = Draft([x.text for x in head], line, fields + list(lines[anchor:next_start]) + captions, pages[anchor])
        if line.kind is Kind.LEAD:
            draft.byline = lead_byline(line.text) or ""
        elif line.kind is Kind.BYLINE:
            draft.byline, draft.body = line.text, draft.body[1:]
        elif line.kind is Kind.UP:
            draft.continued_from = line.page
        draft.goes_on = any(x.kind is Kind.DOWN for x in draft.body)
        drafts.append(draft)
    for draft, below in reversed(list(zip(drafts, drafts[1:]))):  # bottom up: a moved caption moves once
        if below.page == draft.page:
            below.body += take_lines_after_jump(draft) + take_caption_of_below(draft, below)
    return drafts


def take_lines_after_jump(draft: Draft) -> list[Line]:
    """Remove and return the lines printed after an article's 下转 marker (a photo caption above the
    next article on the page): its text goes on on another page, so they belong to the article below."""
    if not draft.goes_on:
        return []
    jump = max(i for i, line in enumerate(draft.body) if line.kind is Kind.DOWN)
    rest, draft.body = draft.body[jump + 1:], draft.body[:jump + 1]
    return rest


def take_caption_of_below(draft: Draft, below: Draft) -> list[Line]:
    """Remove and return the photo caption that ends an article when it shares more character pairs
    with the article below, and with its headline, than with its own (图为黄毛畈村果农在采摘猕猴桃
    printed above 红心猕猴桃迎丰收)."""
    texts = [i for i, line in enumerate(draft.body) if line.kind in TEXT_KINDS]
    if len(texts) < 2 or not is_caption(draft.body[texts[-1]]):
        return []
    if continues_below(draft.body[texts[-2]], draft.body[texts[-1]]):
        return []  # (…预计产 / 值可达800万元。(记者 某某 摄): the end of its own caption, a column break cut)
    caption = char_pairs(PHOTO_CREDIT_AT_END.sub("", draft.body[texts[-1]].text))
    own = char_pairs("".join(draft.body[i].text for i in texts[:-1]))
    theirs = char_pairs("".join([*below.head, *(line.text for line in below.body if line.kind in TEXT_KINDS)]))
    if len(caption & theirs) <= len(caption & own) \
            or len(caption & char_pairs("".join(below.head))) < len(caption & char_pairs("".join(draft.head))):
        return []
    return [draft.body.pop(texts[-1])]


def opening(draft: Draft) -> str:
    """The first paragraph of an article's body, lead left out but for a dateline's date (本报7月2日讯),
    which dates the story when its first sentence does not."""
    first = body_text(draft.body).split("\n", 1)[0]
    match = lead_match(first)
    if not match:
        return first
    dated = DATED_LEAD.match(first)
    return (dated.group() if dated else "") + first[match.end():]


def trailing_headlines(draft: Draft) -> list[Line]:
    """Headline-like lines that end an article's body after a finished paragraph (not the issuer signing a
    notice, 国网衢州市衢江区供电公司, whose name its text may repeat)."""
    text_lines = [x for x in draft.body if x.kind in TEXT_KINDS]
    tail = []
    while len(text_lines) > 1 and text_lines[-1].kind is Kind.HEADLIKE and len(tail) < 2 \
            and ISSUER.search(text_lines[-1].text.strip()) is None:
        tail.insert(0, text_lines.pop())
    return tail if text_lines and not continues_below(text_lines[-1], tail[0] if tail else None) else []


def move_misplaced_headlines(drafts: list[Draft]) -> None:
    """A headline printed after its article (or above the next one) joins the article it names."""
    openings = [opening_pairs(opening(d)) for d in drafts]
    for k, draft in enumerate(drafts):
        nearby = {j: openings[j] for j in range(max(0, k - NEARBY_ARTICLES), min(len(drafts), k + 2))}
        for line in trailing_headlines(draft):
            target = best_match(line.text, nearby)
            if target is not None:
                draft.body.remove(line)
                drafts[target].head.append(line.text)
        if k and len(draft.head) > 1:
            target = best_match(draft.head[0], nearby)
            if target is not None and target != k:
                drafts[target].head.append(draft.head.pop(0))


def continued_article(part: Draft, waiting: list[Draft]) -> Draft | None:
    """The article a 上接 part goes on from: same headline, else the only one sent to another page."""
    pending = [d for d in waiting if part.continued_from is None or d.page == part.continued_from]
    same_head = [d for d in pending if set(part.head) & set(d.head)]
    if same_head:
        return same_head[0]
    return pending[0] if len(pending) == 1 else None


def merge_continuations(drafts: list[Draft]) -> list[Draft]:
    """Append each 上接 part to the article whose 下转 it continues."""
    kept: list[Draft] = []
    waiting: list[Draft] = []
    for draft in drafts:
        target = continued_article(draft, waiting) if draft.anchor.kind is Kind.UP else None
        if target:
            target.body += draft.body
            waiting.remove(target)
            continue
        kept.append(draft)
        if draft.goes_on:
            waiting.append(draft)
    return kept


def body_text(lines: list[Line]) -> str:
    """Paragraphs joined by newlines; a paragraph a column break cut goes on with no space; a table's
    row, and a figure printed alone over its label, start paragraphs of their own."""
    paragraphs: list[str] = []
    open_paragraph = False
    text_lines = [line for line in lines if line.kind in TEXT_KINDS]
    labelled = False  # whether the line above was a figure printed alone, so this line is its label
    for above, line, below in zip([None, *text_lines], text_lines, [*text_lines[1:], None]):
        # (a field, or a speaker's words, cut inside a figure or a word goes on: 某某:…共安排补助资金22 / 50万元。,
        # 某某:某卫生院迁建工 / 程总投资…; and a reply to the reporter's question is a speaker's words, however
        # it ends: 记者:明年有什么打算? / 某某:…建设村级养老服务照 / 料中心,…)
        answers = above is not None and INTERVIEW_QUESTION.match(above.text) is not None
        row = is_table_row(line.text) or is_open_field(line.text) and not answers and not _figure_cut(line.text, below) \
            and not is_cut_mid_word(line, below)
        figure = STAT_LINE.fullmatch(line.text.strip()) is not None
        if open_paragraph and not row and not figure:
            paragraphs[-1] += line.text
        else:
            paragraphs.append(line.text)
        goes_on = open_paragraph or figure or is_running_text(line) or is_cut_mid_word(line, below)
        # A figure's label (3200人 / 新增城镇就业) ends its paragraph: the prose below is not joined to it.
        label_ends = labelled and not is_running_text(line)
        open_paragraph = goes_on and not row and not label_ends \
            and not is_closed_before(paragraphs[-1], below.text if below is not None else None)
        labelled = figure
    return "\n".join(paragraphs)


_INTERTITLE_CHARS = 8


def _starts_feature(lines: list[Line], head: int, body: int, opening: str, intertitled: bool) -> bool:
    """巡河十二年 老党员守护一江清水 / “垃圾要捡干净…”每天清晨,…: a feature's headline of two phrases at `head`
    over the words of the person it is about (`opening`, from line `body`), after a closed story: an article
    of its own, though no lead opens it (a story's intertitles are shorter, 产业兴 村民富, or of two phrases of
    one length among others)."""
    title = lines[head].text.strip()
    if _ONE_PHRASE_HEAD.fullmatch(title) is not None and not intertitled:
        # 一张餐桌暖了一村老人 / “今天有红烧肉…”11月15日中午,…: one long phrase over quoted words and the day
        # they were said, as a story opens (a story's intertitles are shorter, or say no day after a quote)
        return _QUOTE_THEN_DAY.match(opening) is not None
    if _FEATURE_HEAD.fullmatch(title) is None or len(title.replace(" ", "")) < _FEATURE_HEAD_CHARS \
            or not opening.startswith(_QUOTES_OPEN):
        return False
    return not (_parallel(title) and (intertitled or _feature_intertitle_below(lines, body)))


def _parallel(title: str) -> bool:
    """守护古村风貌 留住乡愁记忆: two phrases of one length, as a story's intertitles print them (a feature's
    headline seldom: 巡河十二年 老党员守护一江清水)."""
    phrases = title.split()
    return len(phrases) == 2 and len(phrases[0]) == len(phrases[1])


def _feature_intertitle_below(lines: list[Line], first: int) -> bool:
    """Whether the paragraphs from `first` run on to one more line of two parallel phrases over prose (守护古村风貌
    留住乡愁记忆 / “…” / 发展乡村旅游 村民腰包渐鼓 / “…”): a story's intertitles, not a feature's headline
    (but not after a paragraph signed (记者 某某): the next feature's headline)."""
    k = first
    while k < len(lines) and lines[k].kind is Kind.BODY:
        k += 1
    return k + 1 < len(lines) and lines[k].kind is Kind.HEADLIKE and lines[k + 1].kind is Kind.BODY \
        and _FEATURE_HEAD.fullmatch(lines[k].text.strip()) is not None and _parallel(lines[k].text) \
        and _SIGNED_OFF.search(lines[k - 1].text) is None


def _letter_headed(lines: list[Line], i: int, end: int) -> bool:
    """Whether a reader's letter has a headline of its own over it: a question (村口的路何时能修好?), a
    kicker and a headline (问政直通车 / 小区门口的积水坑该填了), a headline longer than a hotline case's
    intertitle (路灯不亮), or the name of a column of letters or calls (热线回音, 民生信箱)."""
    above = lines[end - 1].text.strip()
    long_head = len(above) > _INTERTITLE_CHARS and lines[end].text.startswith("读者来信")  # not a hotline's 市民来电
    return above.endswith(QUESTION_END) or end - i >= 2 or long_head or _LETTERS_COLUMN.search(above) is not None


def is_open_field(text: str) -> bool:
    """计划投资:1850万元 (unclosed): a listed item's field, a paragraph of its own; not a speaker's words a
    column break cut (蒋某某:基础设施还要补短板。全镇…山尖岙村至湘 / 思村的…), whose sentences end inside."""
    field = FIELD_LINE.match(text)
    return field is not None and not is_closed(text) and not _ENDS_INSIDE.search(text, field.end())


def is_table_row(text: str) -> bool:
    """项目名称｜实施地点｜计划投资｜目前进展 (or its cells divided by spaces): a table's row, which no line
    above or below runs into."""
    return len(TABLE_CELL.findall(_QUOTED.sub("", text))) >= _TABLE_CELLS or bool(spaced_cell_breaks(text))


def _is_place_cut(above: str, below: str) -> bool:
    """…位于棠陵 / 邵村,…: a sentence piece, as long as a column's line, ends where a place is said, and the
    line below opens with the rest of a place's name (not an intertitle over a line opening with a place
    word: 走进大川 / 大川村,…; 从无到有 / 全村,…; 服务送到家 / 乡镇、村两级…)."""
    # (a piece that says where something lies, 该项目位于白鹤 / 山村,…, however short; not an intertitle the line
    # below names again whole, however long: 一条路富了一方百姓 走进大川 / 大川村,…)
    # (or a piece naming a township and beginning its village, 在廿里镇六都 / 杨村,…)
    township_first = _TOWNSHIP_THEN_CUT.search(above) is not None
    return (len(above) >= _CUT_LINE_CHARS or _LIES_CUT_ABOVE.search(above) is not None or township_first) \
        and (_PLACE_CUT_ABOVE.search(above) is not None or township_first) and _PLACE_CUT_BELOW.match(below) is not None \
        and not below.startswith(above[-_NAMED_AGAIN:])


def _figure_cut(text: str, below: Line | None) -> bool:
    """Whether a column break cut a figure between `text` and the line below (总投资三百 / 二十万元, 签约居民达18 /
    .6万人)."""
    return below is not None and _FIGURE_CUT_ABOVE.search(text) is not None \
        and _FIGURE_CUT_BELOW.match(below.text) is not None


def is_cut_mid_word(line: Line, below: Line | None) -> bool:
    """Whether a short line with no comma, which reads like an intertitle, is a sentence piece a
    column break cut inside a word (正在施工的某老街雨污分 / 流改造工程…): a word of the dictionary
    spans the cut and the line below, read alone, opens with a single character. A caption's title
    or an intertitle ends a word (笼式球场 / 近日,…), and a line below that opens with a word of its own
    starts anew (扎根基层 / 干部们…, though 基层干部 is a word)."""
    if line.kind is not Kind.HEADLIKE or below is None or below.kind is not Kind.BODY:
        return False
    if _figure_cut(line.text, below):
        return True  # 这座育秧中心总投资三百 / 二十万元,…: a figure cut
    if _is_place_cut(line.text, below.text):
        return True  # 某卫生院迁建工程位于棠陵 / 邵村,…: a place's name cut
    opening = below.text[:_JOINT_CHARS]
    first = jieba.lcut(opening, HMM=False)[0]
    if len(first) > 1 and first not in FACILITY_HEADS:  # but 游客服务 / 中心主体已完工: a facility's head
        return False
    joint = line.text[-_JOINT_CHARS:] + opening
    cut = len(line.text[-_JOINT_CHARS:])
    # Below a facility's head, the word across the break takes the whole head (游客服务 / 中心: 服务中心;
    # not 屋顶光伏发电 / 厂房屋顶…: 发电厂).
    reach = cut + len(first) if len(first) > 1 else cut + 1
    at = 0
    for word in jieba.lcut(joint, HMM=False):
        if at < cut < at + len(word) and at + len(word) >= reach:
            return True
        at += len(word)
    return False


def article_of(seq: int, draft: Draft, issue_date: date) -> Article:
    kicker, headline, subtitle = split_head(draft.head)
    continued = any(x.kind in (Kind.DOWN, Kind.UP) for x in draft.body) or draft.anchor.kind is Kind.UP
    body = body_text(draft.body)
    first = opening(draft)
    return Article(
        seq=seq, headline=headline, body=body, kicker=kicker, subtitle=subtitle,
        byline=draft.byline, page=draft.page, continued=continued,
        # A news-in-brief column (■ 近日,…) reports several events, none of them the column's; an official
        # notice (…的通告 / 根据…) reports none (its days are terms: 缴费时间…9月15日至12月31日).
        event_date=None if _is_column(body) or _column_items(headline, body) or _is_notice(headline, first)
        else event_date(first, issue_date, headline, body),
    )


def _about_title(title: str) -> bool:
    """关于做好…工作的通告, or the same with its issuer at its head (衢江区人民政府关于…的通告)."""
    return title.startswith(NOTICE_ABOUT) or _ISSUER_ABOUT.match(title) is not None


def _is_notice(headline: str, first: str) -> bool:
    """关于做好…工作的通告 over 根据…: an official notice (not 区安委办下发紧急通知 over 为…,9月13日,…: a story
    of the day a notice was given out)."""
    return _notice_title(headline, first) \
        and (_about_title(headline) or NOTICE_GIVEN.search(headline) is None)  # (关于发布…通告: one)


def _notice_title(title: str, first: str) -> bool:
    """A notice's title over its first words: 关于…的通告 over whatever it opens with (清明节将至,…) but the
    day a story opens with (3月27日,区政府办公室印发《关于…的通知》: news of the notice; but not a span of
    days, 10月1日至7日国庆假期期间,…, which the notice covers), a road closed or a
    supply cut (交通管制通告) over whatever it opens with too; any other over the words notices open with
    (根据…, 为…, 尊敬的用户:), a facility opened or closed (试开放公告) over whatever it opens with, and a call to apply, enrol or pay or a bare 公告 over any but a story's, and
    a list put up for comment (…补助对象公示) over words putting it up (现予以公示). A bare kind is a title
    NOTICE_TITLE matches whole. Spaces inside the title (公  告) are ignored."""
    unspaced = _unspaced(title)
    return NOTICE_TITLE.search(unspaced) is not None \
        and (_about_title(title) and (NEWS_OPENING.match(first) is None or _SPAN_OPENING.match(first) is not None)
             or NOTICE_OPENING.match(first) is not None or CLOSURE_NOTICE.fullmatch(unspaced) is not None
             or SERVICE_NOTICE.fullmatch(unspaced) is not None
             or (CALL_NOTICE.fullmatch(unspaced) is not None or NOTICE_TITLE.fullmatch(unspaced) is not None
                 or LIST_NOTICE.fullmatch(unspaced) is not None and PUT_UP.search(first) is not None)
             and NEWS_OPENING.match(first) is None)


def _intertitle_below(lines: list[Line], first: int) -> bool:
    """Whether the paragraphs from `first` close and a short line stands over more prose that opens as no
    news or notice does (…。 / 严把质量关口 / 村里还请来…): the line over them was a story's intertitle."""
    k = first
    while k < len(lines) and lines[k].kind is Kind.BODY:
        k += 1
    return k > first and k + 1 < len(lines) and lines[k].kind is Kind.HEADLIKE and lines[k + 1].kind is Kind.BODY \
        and is_closed(lines[k - 1].text) and len(_unspaced(lines[k].text)) <= _COLUMN_NAME_CHARS \
        and NEWS_OPENING.match(lines[k + 1].text) is None and NOTICE_OPENING.match(lines[k + 1].text) is None \
        and COLUMN_NAME.search(_unspaced(lines[k].text)) is None  # (简  讯 / ●…: the next column, no intertitle)


def _column_items(headline: str, body: str) -> bool:
    """乡村短波 over short paragraphs, marked or not, or a short name over short reports from two
    townships: a brief column's items (but a 简讯 over one story of its own, 本报讯…8月29日…, is that
    story's; and 小记, 纪事 and 掠影 name a feature as often as a column, 驻村小记, 护林员纪事: over
    unmarked paragraphs they are one story's, as the parser reads them)."""
    name = _FEATURE_OR_COLUMN.sub("", _unspaced(headline))
    return len(_unspaced(headline)) <= _COLUMN_NAME_CHARS and "\n" in body.strip() and not _one_story(body) \
        and (COLUMN_NAME.search(name) is not None or _township_reports(body.strip().split("\n")))


def _one_story(body: str) -> bool:
    """Whether a body is one story: its first paragraph opens with a lead (本报讯(记者 …)) and no other does."""
    leads = [lead_match(paragraph) is not None for paragraph in body.strip().split("\n")]
    return leads[0] and not any(leads[1:])


def _is_column(body: str) -> bool:
    """Whether a body is items of a column, two or more paragraphs each opening with a mark, or items
    run together in one (■10月6日晚,…(记者 方怡)■近日,…); not one story under a tag: 【春耕一线】3月12日,…."""
    return sum(ITEM_MARK.match(paragraph) is not None and _SENTENCE_END in paragraph
               for paragraph in body.split("\n")) > 1 \
        or len(_RUN_ON_ITEMS.findall(body)) > 1


def parse_text(
    text: str, *, source: str, paper: str = "衢江报", file_name: str = "",
    date_override: date | None = None, content_sha256: str | None = None,
) -> Issue:
    """The Issue printed in `text`; IssueError when it holds no article or no date."""
    text = canonical_text(text)
    lines = classify_lines(text, paper)
    drafts = drafts_of(lines)
    move_misplaced_headlines(drafts)
    drafts = [d for d in merge_continuations(drafts) if body_text(d.body)]
    if not drafts:
        raise IssueError("no article found")
    issue_date, inferred = resolve_issue_date(text, [x.text for x in lines], file_name, date_override)
    articles = tuple(article_of(seq, d, issue_date) for seq, d in enumerate(drafts, start=1))
    return Issue(
        paper=paper, issue_date=issue_date, issue_date_inferred=inferred, source=source,
        content_sha256=content_sha256 or sha256_of(text), text=text, articles=articles,
        parser_version=PARSER_VERSION,
    )


def read_issue(path: Path, *, paper: str = "衢江报", date_override: date | None = None) -> Issue:
    """Read, decode and parse one issue file; IssueError with a one-line reason for bad input."""
    path = Path(path)
    text = decode_bytes(path.read_bytes())
    return parse_text(text, source=str(path), paper=paper, file_name=path.name, date_override=date_override)
