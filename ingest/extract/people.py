"""Counts of people: 100名, 两千余人, 1.2万人次, 300户, 百余人, and what kind each is.

Ages (85岁), ranks (第3名, 前10名), counts of things (72件, 3所), capacities (可容纳400人) and a lone 一
(一名学生 is "a student", not a statistic) are not counts of people. Kinds follow the gold vocabularies:
people served (受益, 服务, 接待, 助餐, 人均分得, 老人 given something) are beneficiaries,
but tourists a place receives (全镇接待游客) are a tourism figure (other); hired are employment; those
at training or an event (参加, 观众, 活动, 齐聚) and volunteers (志愿者) are participants; evacuated, deployed
or recruited people (转移, 出动) and populations (全村有300多名老人) are other.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.document import Document
from ingest.extract.figures import (is_retracted, item_keyword, last_keyword, nearest_keyword, qualifier,
                                    read_quantity, respective_items)
from ingest.extract.numerals import QUANTITY
from ingest.extract.projects import project_at
from ingest.extract.sentences import clause_bounds, field_of
from ingest.model import People

FIELD = "people"

_UNIT = r"(?P<unit>人次|人(?![民大才工口均制])|名(?![单称片列义气牌字额次])|位(?![于置数居列]|一体)|户(?![籍口型外主]))"
_PEOPLE = re.compile(
    rf"(?<![\d.第前])(?:(?<!奖)|(?<=获奖))(?P<qty>{QUANTITY}){_UNIT}"  # (not 一等奖3名, 金奖2名, 最佳人气奖3名: prizes; but 获奖20人)
)
_A_SINGLE = ("一", "1")
_SIZE_CLASS = re.compile(r"(?:以上|以下)的")
_UNIT_CHARS = re.compile("[人名位户]")  # a cheap test before the figure regex

KINDS = (
    # 实现就业 as well as 就业: keywords are as near as where they start, so it beats 培训 in 通过培训帮助800人实现就业.
    ("employment", ("就业", "务工", "招聘", "聘用", "招录", "用工", "岗位", "招工", "上岗", "吸纳", "创业", "找到工作", "零活", "员工", "上班", "实现就业", "服务岗位", "网店", "雇用", "雇佣", "聘请", "帮工", "新招", "雇了", "雇着", "固定工人", "招了", "前来务工", "做工", "转移就业", "返岗",
                    "到岗", "采茶工",  # 到岗工人3860人, 已到岗; 请来的30多名采茶工: hands at work
                    "临时工", "季节工",  # 农忙时再请临时工30余人: hands hired for a season
                    "签约高校毕业生", "签约毕业生")),  # 招聘会…现场签约高校毕业生128名: graduates hired (not 签约, a doctor's)
    ("beneficiaries", ("受益", "惠及", "受惠", "服务", "帮扶", "救助", "覆盖", "义诊", "慰问", "体检",
                       "就诊", "接种", "受助", "结对", "资助", "补助", "提供", "筛查", "签约",
                       "乘客", "新生", "入学", "入住", "搬进", "新居", "保护", "理赔", "发放", "招收",
                       "沿线", "接待", "助餐", "送餐", "供餐", "人均", "分得", "领到", "保障", "喝上", "用上", "住上", "入托",
                       "就医", "满足", "接送", "门诊", "接诊", "增收", "饮水", "就餐", "前来就诊",
                       "送去", "送来", "送上", "入园", "诊疗", "随访", "急诊", "借阅", "用餐", "量血压", "配药", "分到", "办事", "辐射",
                       "解决", "走访", "出诊", "巡诊", "迎来首批", "迎来第一批", "首批迎来")),
    # (解决了全村620余人的喝水问题, 已走访4100余人次; a doctor's rounds, 每年出诊2000余人次; a new school's pupils,
    # 迎来首批1080名学生; those a facility reaches, 辐射周边群众3万余人)
    ("participants", ("参加", "参与", "参训", "培训", "学员", "参会", "出席", "报名", "参赛", "听课", "听众", "宣誓",
                      "观看", "观众", "到场", "轮训", "学习", "比赛", "吸引", "前来", "参观", "观赏",
                      "活动", "演出", "表演", "节目", "晚会", "坐满", "欢聚", "齐聚", "相聚", "开幕", "投票", "表决", "参演", "球员", "选手", "运动员", "角逐",
                      "入场", "演员", "登台", "投工投劳", "求职", "实到", "应考")),  # (1100余人进场求职: job seekers at a fair)
    # People moved out of danger, and people deployed to work, are neither served nor taking part.
    ("other", ("转移", "撤离", "疏散", "避险", "避灾", "出动", "巡查", "招募", "参保",
               "接待游客", "接待研学", "接待祭扫", "容纳",  # 可容纳50人就餐: a capacity
               "同时用餐", "同时就餐",  # 可供60人同时用餐: a capacity too
               "表彰", "党务工作者",  # 表彰了100名优秀共产党员和30名优秀党务工作者: those honoured (not 务工, hired)
               "影响用户", "不影响")),  # 停水…影响用户约3600户, 为不影响86户经营户: those a cut or works touch
)
_TAKING_PART = tuple(row for row in KINDS if row[0] == "participants")
# Tourists a place receives are a tourism figure (other); those a facility receives are served.
_TOURISTS_RECEIVED = re.compile(r"接待[\u4e00-\u9fff]{0,4}游客")
_FACILITY_RECEIVES = re.compile(r"(?:中心|馆|书屋|书房|驿站|服务站)(?:今年|全年|累计|已|共)*接待[\u4e00-\u9fff]{0,4}?游客")
CREWS = ("工作人员", "保障人员", "执勤人员", "巡查人员", "养护人员")
# Who is counted, when no verb says: the noun just before the figure (志愿者十多名) or shortly
# after it (48位80岁以上的老人). Those who do the work are counted as other, volunteers as taking part.
GROUPS = (
    ("beneficiaries", ("老人", "老年人", "困难群众", "困难户", "低保户", "特困", "残疾人", "留守儿童", "孤寡",
                       "五保户", "患者", "病人")),
    ("other", ("干部", "党员", "专家", "医生", "医护人员", *CREWS, "民警", "教师", "老师", "队员", "网格员",
               "工人", "人口", "厨师", "炊事员")),  # 2名厨师负责供餐: they cook, they are not served
    # 18名区人大代表对十件民生实事逐项测评: deputies and members at a review take part in it.
    # (180名党员志愿者: volunteers who are party members, as 党员志愿者 is longer than 党员)
    ("participants", ("代表", "委员", "志愿者", "党员志愿者")),
)
# Residents counted with no verb or event of their own, who now have or use something
# (周边3000余名居民有了…, 5000余名村民出行更加便捷), are those a works serves.
RESIDENTS = (("beneficiaries", ("居民", "村民", "群众", "农户", "师生", "学生", "儿童", "孩子")),)
# (可直达城区: a bus line's; 上下学不用再绕行, 可少绕行: what a bridge spares them; not 不再是旁观者,
# 不再在本村就读, 不再外出打工: what they are, where they no longer study, work found)
_SERVED = re.compile(r"有了|享受|享有|方便|便捷|出行|告别|用上|喝上|住上|吃上|安全|直达|(?:不用再|不再)(?!是|在|外出)|少绕")
_QUALIFIERS = "近约超逾共计"  # (区人大代表共22人: the group named before a total)
# What holds people, right before their count (可容纳400人, 可供60人…, 可同时容纳) or after it (…人同时用餐);
# not 可安置群众398户, the households an estate rehouses.
_HOLDS = re.compile(r"(?:容纳|可供|可接纳|[可能]坐(?:下)?|可同时安置)(?:学生|群众|游客|老人|观众)?(?:约|近|超|逾)?$")  # (礼堂可坐220人, 安置点可同时安置90人; not 小区建成后可安置群众416户: households rehoused)
_HOLDS_REACH = 8
# 可供1200余户群众饮水: households a works serves, never a capacity (but 可容纳420户居民入住 is an estate's).
# Nor 可同时安置群众416户: households an estate rehouses (a shelter's capacity is in people, 可同时安置90人).
_HOUSEHOLDS, _SUPPLIES = "户", re.compile(r"(?:可供|安置(?:群众|居民|村民|农户)?)(?:约|近|超|逾)?$")
# Job seekers something is done for (为3200余名求职者推送岗位信息): served, no fair they take part in.
_SEEKERS = re.compile(r"求职(?=者|人员|群众)")
_AT_ONCE = re.compile(r"[\u4e00-\u9fff]{0,2}?同时(?:用餐|就餐|就座|观看|入住|上课|学习)")
_JOBS_AFTER = re.compile(r"[^,，。；;]{0,8}(?:就业|务工|上岗)(?!人员)")
# Words holding a kind's word that say nothing of the figure: 保障人员 are crews, not 保障 (they may be
# served: 为120名养护人员发放…), 服务员 a trade (持证家政服务员2600余名), not 服务, 上班族 commuters, not
# 上班, 创业者 who are trained or helped, not 创业; job seekers served (服务求职群众) are served, not taking part,
# and those helped into work (帮助1500余名求职人员实现就业) are employed;
# 前来量血压 are served, not taking part (前来 says only that they came; but 前来咨询 still take part);
# 办事处 is a township (横路办事处), not 办事;
# 外出务工人员 are who work away (约有2.1万名外出务工人员返乡), hired by no one here;
# 容纳 a capacity unless jobs follow (容纳300人就业); 进入场地 is no 入场; 入园游客 are a place's tourists
# (a tourism figure), not children entering a kindergarten; nor are 游客 who eat there (800余名游客在村里用餐)
# a canteen's diners.
_NOT_VERBS = re.compile("|".join((
    *CREWS, "服务员", "上班族", "上班高峰", "上下班", "创业者", "创业青年", "办事处",
    "前来(?=[^,，。；;]{0,3}(?:量血压|配药|就诊|体检|办事(?!处)|借阅))",
    "(?<=服务)求职", r"求职(?=(?:者|人员)[^,，。;；]{0,12}(?:就业|找到工作|上岗))", "(?<=外出|在外)务工人员",
    "进入场", "入园(?=游客)", r"容纳(?=[^,，。；;]{0,8}(?:就业|务工|上岗)(?!人员))",
    r"解决(?=[^,，。；;]{0,14}(?:就业|务工|上岗))",  # 解决120名村民家门口就业问题: jobs
    r"吸引(?=[^,，。；;]{0,12}(?:就业|务工|上岗))",  # 吸引120余名村民前来务工: hands taken on, no visitors
    r"游客[^,，。；;]{0,8}(?:用餐|就餐)")))
# 组织15名委员走访调研: officials who visit, counted before the word, are not those visited (but 代表走访选民200余人,
# 党员走访群众500余人次, counted after it, are).
_VISITING = re.compile(r"(?<=干部|委员|代表|党员)走访|走访(?=调研)")
# Words that hold a kind's word in another sense, wherever the count is: 落实到户 is no 实到 (deputies present),
# 应考虑 no 应考 (candidates sitting), teachers 被分到各校 are posted, not handed a share; an 办事员 is a clerk, not
# one who comes on an errand; 互助帮工, 义务帮工 and 帮工帮农 are neighbours' and volunteers' help, no hands hired;
# and 新招 is a new way of doing things (防汛新招让…, 推出新招) or pupils enrolled (新招生, 新招学生), no staff taken on,
# as 招了 before pupils is (今年招了60名新生); 做工作 is talking people round (挨家挨户做工作), no hands at work.
_FALSE_FRIENDS = re.compile("|".join((
    "落实到", "应考虑", "被分到", "分到各", "办事员", "互助帮工", "义务帮工", "帮工帮农",
    "(?<=[出支个项条些])新招(?![了聘录工收])", "新招(?=[数法式儿生让使帮助解破,，。;；、]|学生)",
    "招了(?=[^,，。;；]{0,8}(?:新生|学生|学员|幼儿|孩子|小朋友))", "做工作")))
# A crew that does something for others (组织50名工作人员为群众提供服务): the verb is theirs, not done to them.
_CREW_SERVES = re.compile(rf"[^,，。;；]{{0,6}}(?:{'|'.join(CREWS)})(?:为|给|向|对|帮|参与|负责|开展)")
_SERVED_BY = re.compile(r"[为给向对帮]$")  # 为300名保障人员开展体检: others do something for the crew
# 有 shortly before the figure states how many there are; 已有 says how far a measure has got.
# 每天有50多位老人在这里吃饭: how many come each day, not how many there are.
_POPULATION = re.compile(r"(?<!已)(?<!每天)(?<!每日)有[^,，、]{0,6}$")
# Volunteers take part (most gold files count them so); the other doers are other.
_VOLUNTEERS = "志愿者"
# Volunteers sent out or recruited (出动, 招募) take part, as volunteers do wherever no verb says otherwise.
_SENT_OUT = ("出动", "招募")
# (not 执法人员20名和志愿者50名, whose count closed its own group, nor 30名民警联合志愿者, who work beside them)
_VOLUNTEERS_AFTER = re.compile(rf"(?![和及与])(?:(?!联合|协同|会同|配合|带领|携手)[\u4e00-\u9fff]){{0,4}}?{_VOLUNTEERS}")
_VOLUNTEERS_BEFORE = re.compile(rf"{_VOLUNTEERS}(?:共|共计)?$")
_DOER_NOUNS = (*next(nouns for label, nouns in GROUPS if label == "other"), _VOLUNTEERS)
_DONE_FOR = ("beneficiaries", "employment")
_DOER = re.compile(rf"(?:{'|'.join(_DOER_NOUNS)})|[\u4e00-\u9fff]{{2}}(?:医生|医护人员|{_VOLUNTEERS})")  # (青年志愿者)
# What the counted receive (领到, 享受, 用上): they are served, doers or not.
_RECEIVES = re.compile(r"领到|领取|享受|享有|获得|得到|接受|分得|用上|喝上|住上|吃上|受益|受助|受惠")
# Sending words (送去, 送上) are the counted's own when those served follow 为/给/向 after them
# (60名演员为群众送上演出): the counted send, they are not served.
_SENDS = ("送去", "送来", "送上")
_SERVED_BY_THEM = re.compile("[为给向帮]")  # …获得表彰并带头为群众提供服务: the counted serve after all
_SENT_TO = re.compile("[为给向]")
# Households or people who farm something (1100余户农户种植葡萄), unless a measure leads them to (带动…).
_GROW = re.compile(r"[\u4e00-\u9fff]{0,3}(?:种植|养殖)(?!大户|户|业|基地|技术|能手)")  # not 种植大户参加培训
_LED = re.compile("带动|帮助|引导|发动|动员|组织|吸纳|指导|培训|扶持|鼓励|支持|带领|让|使")
# 种植户达130户, 从业农户2600余户: how many make a living from a crop or trade, counted right after them, not a
# measure reaching them (but 带动种植户1360户, 保障了68户经营户正常营业).
_GROWERS = re.compile(r"(?:种植户|养殖户|经营户|从业农户)(?:达到?|有|共有?|约)?$")
# 为96名返乡创业人员发放创业担保贷款: a count right after 为/给 is of those something is done for.
# (给全村1326位村民每人分红200元, 为村里78位老人建立健康档案, 免费送1050名务工人员返回杭州: the whole village's, or those carried)
_FOR_THEM = re.compile(r"(?:[为给](?:全村|全镇|全乡|本村|村里)?|免费送)(?:近|约|超过|超|逾)?$")
_PART_OF = "其中"
_COPULA_END = re.compile(r"\s*(?:左右|以上|上下)?\s*(?:[、]|$)")
_JOB_GIVEN = re.compile(r"(?:安置|安排|实现|推荐|介绍|落实|解决)[^,，。;；]{0,6}(?:就业|岗位|工作|上岗)")
# Who do the work, named in a 其中 clause (服务群众3.2万人次,其中党员志愿者600名): not a part of those served.
_PART_DOERS = re.compile("|".join(("志愿者", "医生", "医护人员", *CREWS, "民警", "网格员", "裁判")))
_ELECTED = re.compile("选出|选举|当选|推选|换届")  # deputies and members elected, not at an event
_NOUN_AFTER = 10  # how far after the unit the noun may be (48位80岁以上的老人)


def extract(doc: Document) -> tuple[People, ...]:
    """Every count of people in the article body."""
    found = []
    for sentence in doc.sentences:
        text = doc.sentence_text(sentence)
        matches = list(_PEOPLE.finditer(text)) if _UNIT_CHARS.search(text) else []
        items = respective_items(text, [match.span() for match in matches])
        earlier = None  # the sentence's count before this one
        for index, match in enumerate(matches):
            people = _read(doc, sentence, text, match, alone=len(matches) == 1, item=items.get(index))
            if people is None:
                continue
            if earlier is not None and _is_part_of_earlier(text, match.start(), match.end()):
                people = replace(people, kind=earlier.kind)  # 达成就业意向412人,其中高校毕业生137人
            found.append(people)
            earlier = people
    return tuple(found)


def _is_part_of_earlier(text: str, start: int, end: int) -> bool:
    """Whether a count opens a 其中 clause that says nothing of its own kind: a part of the count before."""
    low, high = clause_bounds(text, start)
    return text.startswith(_PART_OF, low) and nearest_keyword(text, start, start + 1, KINDS, whole_sentence=False) is None \
        and not _PART_DOERS.search(text, low, min(high, end + _NOUN_AFTER))


def _read(doc: Document, sentence, text: str, match: re.Match, alone: bool,
          item: tuple[int, int] | None) -> People | None:
    """The count at `match`; `item` bounds the item of a list it pairs with (培训农民、新增就业分别为
    1200人和860人), whose words give its kind and township."""
    quantity = match["qty"]
    if quantity in _A_SINGLE or _SIZE_CLASS.match(text, match.end()) or is_retracted(text, match.start()):
        return None  # 吸纳本地劳动力就业10人以上的创业实体: a size class, not a count; a figure corrected
    if _is_capacity(text, match.start(), match.end()) \
            and not (match["unit"] == _HOUSEHOLDS and _SUPPLIES.search(text, max(0, match.start() - _HOLDS_REACH), match.start())):
        return None  # 可容纳400人观看演出, 可供60人同时用餐: how many a place holds, no count of people
    value = read_quantity(quantity)
    if value is None or not float(value[0]).is_integer() or value[0] < 1:
        return None
    count, _, approximate = value
    start, end = match.start(), match.end()
    position = sentence.start + start
    listed_kind = item and item_keyword(text, item, KINDS, start)
    listed_township = item and doc.township_named_in(sentence.start + item[0], sentence.start + item[1])
    return People(
        count=int(count),
        unit=match["unit"],
        kind=listed_kind[0] if listed_kind else _kind(text, start, end, match["unit"], alone),
        qualifier=qualifier(text, start, end, approximate),
        township_id=listed_township or doc.township_of_figure(position, project_at(doc, position)),
        evidence=doc.evidence(sentence, start, end),
    )


def _is_capacity(text: str, start: int, end: int) -> bool:
    """Whether a count is a capacity (可容纳1620名学生, 可供60人同时用餐), not jobs (容纳300人就业)."""
    held = _HOLDS.search(text, max(0, start - _HOLDS_REACH), start) or _AT_ONCE.match(text, end)
    return held is not None and not _JOBS_AFTER.match(text, end)


def _kind(text: str, start: int, end: int, unit: str, alone: bool) -> str:
    """From a verb in the figure's own clause (a list of counts shares a sentence but not a kind),
    else who is counted, else (for the sentence's only count) an event elsewhere in the sentence:
    a crowd that came to plant trees took part. Serving and hiring words elsewhere in a sentence
    are too often about something else (参保人数…, 发放养老金…) to decide."""
    if _GROW.match(text, end) and not _LED.search(text, clause_bounds(text, start)[0], start) \
            and not _SERVED_BY.search(text, max(0, start - 2), start):  # 为2300余户种植水稻的农户办理理赔
        return "other"  # 全镇1100余户农户种植葡萄: how many grow it, not a measure reaching them (带动120户种植…)
    if _GROWERS.search(text, max(0, start - 8), start) and not _LED.search(text, clause_bounds(text, start)[0], start):
        return "other"
    if _FOR_THEM.search(text, max(0, start - 4), start) and not _COPULA_END.match(text, end, clause_bounds(text, start)[1]):
        # (not a copula: 新增就业人数为3200人, 男性为300人、女性为200人, with no one named after the count)
        found = nearest_keyword(_SEEKERS.sub("\u3000\u3000", text), start, end, _TAKING_PART, whole_sentence=False)
        if found is None and _JOB_GIVEN.search(text, end, clause_bounds(text, start)[1]):
            return "employment"  # 为85名残疾人安置就业, 为320名就业困难人员安排公益性岗位
        return found[0] if found else "beneficiaries"  # 为96名返乡创业人员发放贷款: those something is done for
    field = field_of(text)
    if field and start >= len(field[0]):
        found = last_keyword(field[0], KINDS)
        if found:
            return found[0]  # 受益群众:1.2万人, 服务人口:约2.1万人: the field's label says who is counted
    worded = _FALSE_FRIENDS.sub(lambda m: "\u3000" * len(m.group()), text)
    verbs = _NOT_VERBS.sub(lambda m: "\u3000" * len(m.group()), worded)
    verbs = _VISITING.sub(lambda m: "\u3000" * len(m.group()) if m.start() >= end else m.group(), verbs)
    crew_serves = _CREW_SERVES.match(text, end) and not _SERVED_BY.search(text, max(0, start - 2), start)
    found = None if crew_serves else nearest_keyword(verbs, start, end, KINDS, whole_sentence=False)
    if found and found[1] in _SENDS:
        at = text.find(found[1], end, clause_bounds(text, start)[1])
        if at >= 0 and _SENT_TO.search(text, end, at):
            found = None  # 60名演员为群众送上演出
    if found and found[0] in _DONE_FOR and _doers(text, start, end, found[1]):
        # 216名党员与群众结对: they serve, they are not served; 56名志愿者结对走访…: volunteers take part
        return "participants" if _DOER.match(text, end).group().endswith(_VOLUNTEERS) else "other"
    found = found or _counted_group(text, start, end)
    if found and found[0] == "other" and found[1] in _SENT_OUT and _volunteers_counted(text, start, end):
        return "participants"  # 招募了15名大学生志愿者, 出动护林员和志愿者1300余人次: volunteers take part
    if found is None and alone:
        found = nearest_keyword(worded, start, end, _TAKING_PART)
    if found is None and _SERVED.search(text, end, clause_bounds(text, start)[1]):
        found = _counted_group(text, start, end, RESIDENTS)
    if found and found[1] == "接待" and _TOURISTS_RECEIVED.search(text, clause_bounds(text, start)[0], start):
        found = ("other", "接待游客")  # 接待采摘游客1.5万人次, 接待避暑游客: a tourism figure
    if found and found[1] == "接待游客" and _FACILITY_RECEIVES.search(text, 0, end):
        return "beneficiaries"
    if found:
        return found[0]
    # Households are counted in this reporting as the ones a measure reaches.
    return "beneficiaries" if unit == "户" else "other"


def _volunteers_counted(text: str, start: int, end: int) -> bool:
    """Whether the count is of volunteers, named right after it (15名大学生志愿者) or just before it
    (护林员和志愿者1300余人次)."""
    return _VOLUNTEERS_AFTER.match(text, end) is not None or _VOLUNTEERS_BEFORE.search(text, max(0, start - 8), start) is not None


def _doers(text: str, start: int, end: int, keyword: str) -> bool:
    """Whether those counted are named right after the figure as people who do the work (志愿者, 党员)
    and the word of serving or hiring comes after them, so it is theirs; not when something is done
    for them (为120名党员开展体检)."""
    low, high = clause_bounds(text, start)
    doer = _DOER.match(text, end)  # 志愿者; 家庭医生, 乡村医生 (a doer with two characters before it)
    at = text.find(keyword, doer.end(), high) if doer is not None else -1
    return doer is not None and keyword not in text[low:start] and at >= 0 \
        and not _receives(text, doer.end(), at, keyword) \
        and not _SERVED_BY.search(text, max(0, start - 2), start)


def _receives(text: str, low: int, at: int, keyword: str) -> bool:
    """Whether what the counted receive is the keyword's (28名党员领到了慰问金), not something before
    they serve others (56名党员获得表彰并带头为群众提供服务)."""
    received = _RECEIVES.search(text, low, at + len(keyword))
    return received is not None and not _SERVED_BY_THEM.search(text, received.end(), at)


def _counted_group(text: str, start: int, end: int, groups=GROUPS) -> tuple[str, str] | None:
    low, high = clause_bounds(text, start)
    before, after = text[low:start].rstrip(_QUALIFIERS), text[end:min(high, end + _NOUN_AFTER)]
    if _POPULATION.search(before):
        return "other", "有"  # 全村有300多名老人, 现有低保户12户: a population, whoever they are
    best = None
    for label, nouns in groups:
        for noun in nouns:
            gap = 0 if before.endswith(noun) else after.find(noun)
            if gap >= 0 and (best is None or (gap, -len(noun)) < (best[0], -len(best[2]))):
                best = (gap, label, noun)  # the nearest, the longest of a tie (党员志愿者, not 党员)
    if best and best[1] == "participants" and _ELECTED.search(before):
        return "other", best[2]  # 选出村民代表126名: how many were elected, not who took part
    return best[1:] if best else None
