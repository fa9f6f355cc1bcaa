"""Livelihood projects: one Project per project per article, from its best-evidenced mention.

A name found by project_names.py becomes a project only where the text says something a dashboard
can use: a status (read by project_status.py), an investment, or a 民生实事 context; a quoted
programme (“爱心托管”服务) only with a status in its own clause and a kind in its name. A sentence
right after, opening with how far things have got (截至目前,已完工131户), adds to the status.
Mentions of the same project (one name inside the other, or 该工程 pointing back) are merged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import takewhile

from ingest.extract.amounts import GIFT, SUBSIDY, amounts_in, settled_kind
from ingest.extract.document import Document
from ingest.extract.numerals import parse_numeral
from ingest.extract.places import Mention, find_mentions
from ingest.extract.project_names import BY_IT, THE_SCHOOL, NameMention, may_hold_names, names_in, refers_back
from ingest.extract.project_status import COMPLETED, FUTURE_SAID, PAST, PRESENT, RANK, STATUS_PATTERNS, WORKS_VERBS, status_in
from ingest.extract.project_words import (
    CARRY_OUT, CONSTRUCTION, DEMONSTRATIVES, FACILITIES_COUNTED, INFRASTRUCTURE, OTHERS_OF_A_BATCH, OWNER_POINTERS, PHASE, ROUTE_JOINERS, SUFFIXES, SUM_OF_WORKS, TYPES,
    WORKS, WORKS_CARRIED_OUT, WORKS_DONE, WORKS_MANNER, WORKS_PARTS, YIELDING, YIELDS_ONLY_TO,
)
from ingest.extract.sentences import Sentence, clause_bounds, table_cells
from ingest.model import Project

FIELD = "projects"

LIVELIHOOD = ("民生实事", "实事", "民生工程", "惠民工程")
# A sentence opening with how far things have got (截至目前,已完工131户), or with the bare works as
# its subject (工程已于近日完工), reports on the project the sentence before named.
# (目前综合楼主体已经结顶: a part of the works, then how far it has got)
_QUESTION, _ANSWER = re.compile("^问[:：]"), re.compile("^答[:：(（]")  # 答:…, 答(某镇长):…
_BUILDERS = "施工人员|施工队伍?|工人们?"  # 目前施工人员正在抓紧浇筑桥面: the works going on
_PARTS = "|".join(sorted(WORKS_PARTS, key=len, reverse=True))
_PROGRESS = re.compile(rf"^(?:(?:记者)?(?:了解到|获悉)[,，])?(?:截至目前|截至[^,，]{{1,8}}(?:底|末)|目前|眼下|如今|现在)(?:[,，]|(?=(?:{_PARTS}|{_BUILDERS})*(?:已|正在|均已)))"
                       r"|^(?:\d{1,2}月(?:初|上旬|中旬|下旬|底)?[,，])?(?:项目|工程)(?=已|正在|目前|将|预计|计划|于|均|全部)")
# A clause that opens with at most a date, then 已 or 正在, or with a date then a completion
# (今年首次投入使用, 9月建成投用, 6月中旬全线通车): it says how far the last one's works got.
_WHEN = r"(?:(?:今年|去年)?\d{1,2}月(?:初|中旬|下旬|上旬|底|份)?|上月(?:初|中旬|下旬|上旬|底)?|上周|今年|近日|日前|目前|现)"
# (目前主体已结顶, 目前土建已经完成, 目前设备正在安装调试: a part of the works, then 已 or 正在; 于今年5月底完工,
# 今年春节前完工: when)
# (or all of those listed: 新建游客服务中心和生态停车场,目前都已完工投用)
# (工程已于今年1月完工, 该项目目前正在…, 两个项目均已完工: the works themselves named by their kind, as their subject)
_SAME_SUBJECT = re.compile(rf"(?:(?:目前|现在|如今)?(?:该|此|这?[两二三四五六七八九十]个)?(?:工程|项目))?(?:{_WHEN}?(?:都|均)?(?:主体|主体工程|土建|路基|路面|桥面|设备)?(?:已经?|正在)|(?:已?于|{_WHEN}|(?:春节|元旦|国庆|端午|中秋)前|首次|正式|刚刚|刚|才)++(?:全线|全面|全部|顺利)?"
                           rf"(?={'|'.join(COMPLETED)}))[^,，。;；]*")
# 在某村新建一座分拣中心,预计年底投入使用: when the one facility its clause built is to be done (not the parts
# listed, 配套建设幼儿园、社区服务中心和农贸市场,计划2020年底交付, which are the estate's).
_DUE_NEXT = re.compile(rf"(?:预计|计划|力争|有望)[^,，。;；]{{0,8}}?(?={'|'.join(COMPLETED)})[^,，。;；]*")
_JOINED = re.compile("[和、及与]")
# The parts of works a later sentence may report on with no name (目前桩基和桥墩已全部完成), and how far on.
_LATER_PARTS = "|".join(sorted((*WORKS_PARTS, "桩基", "桥墩", "墩柱", "盖梁", "护坡", "挡墙", "坝体", "屋面", "墙体",
                                "基础", "钢架", "钢结构"), key=len, reverse=True))
_PARTS_PROGRESS = re.compile(rf"^(?:目前|眼下|如今|现在|截至目前)[,，]?(?:{_LATER_PARTS})(?:[和、及与](?:{_LATER_PARTS}))*"
                             r"(?:已经?|均已|正在)")
_PARTS_LATER = 6  # sentences on that such a report is looked for
# Works done to something else said between (与大桥相连的村道也在同步拓宽, 祠堂去年由村民出资修缮), unless the
# sentence opens with the same works pointed at (新桥在原址重建, 这座桥…, 该工程…).
_OTHER_WORKS_SAID = re.compile("|".join(sorted(CONSTRUCTION, key=len, reverse=True)))
_WORKS_HAPPEN = re.compile(r"在|已|正|同步|同时|也|还|去年|前年|今年|由|进行|完成")  # what says so before the works word
_WORKS_HAPPENED = re.compile(r"了|完毕|一新|完成|结束")  # (修缮一新, 拓宽了)
_SAME_WORKS_OPENS = re.compile(r"(?:新|这|该|此|项目|工程|工地)")
# Fields of a listed item that say how far its works are (进度安排:, 目前进展:), and those that are a schedule.
_PROGRESS_FIELD = re.compile("进度|进展|状态")
_SCHEDULES = frozenset({"进度安排", "计划进度", "时间安排"})
_PLAN_WORD = "将"
# 某工程(以下简称“东高线”): the short name the text goes on to use for the works named before it.
_ALIAS = re.compile(r"[(（](?:以下简称|下称|简称)[“\"](?P<alias>[^”\"]{2,12})[”\"][)）]")
_PUT_ON = re.compile("列入|纳入|列为|入选")
_TOTAL_SAID = re.compile("总投资")
_OF = "的"
_LISTED = "、"
_LIST_MARKS = ("、", "和", "及", "与")
_LIST_AFTER = re.compile(r"(?:建设|工程|项目)?[、等]")
# What makes a list one of works (…等项目, 候选项目包括…), not of places (在甲中心、乙礼堂等地设置意见箱).
_LIST_OF_WORKS = re.compile(r"等(?:[\d两二三四五六七八九十]+个|一批|多个)?(?:民生)?(?:实事)?(?:项目|工程)")
_INCLUDES = re.compile(r"包括|包含")
# (or the year's works with their sum: 办好十方面民生实事,计划总投资6.2亿元:新建…;)
_LIST_OPENS = re.compile(r"(?:分别是|分别为|包括|包含|依次是|(?:实事|项目)(?:具体|主要)?(?:是|为|有)|实事[,，][^。;；:：]{0,16})[:：][^;；]*$")  # 这五件分别是:新建…, 十件实事是:… (实事为:, 实事主要有:)
_ITEM_ENDS = re.compile(r"[;；]\s*$")
_ITEM_END_MARKS = (";", "；")
# 在浮石街道, or where visitors came (观摩组首先来到浮石街道,), opening a sentence
_PLACE_OPENS = re.compile(r"(?:在|[^,，。;；“”]{1,10}?(?:来到|走进))(?P<places>[^,，。;；]{2,16})[,，]")
# A numbered item that is only a name (5.某村山塘除险加固。, or 完成情况如下:1.某工程。), its news in the
# sentences after it.
# (or (一)某村道路拓宽工程。, ①某村公路改造。: numbered in brackets or circles)
_NUMBER = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[①-⑳])"
_NAMED_ITEM = re.compile(rf"^(?:[^。:：]*[:：])?{_NUMBER}[^,，。;；:：]{{2,30}}。$")
_DONE_HEADER = re.compile(r"(?:已经|已|均已|已全部)(?:完成|完工|建成|投用|投入使用)的")  # 已经完成的三件是:
_ITEM_OPENS = re.compile(_NUMBER)  # 2.某村道路硬化…: the next item
# A clause describing the facility named before it, with no subject of its own: its size or cost, or what
# its works built, counted (新建蓄水池2座,铺设主管网6.8公里,).
_DESCRIBED = re.compile(r"(?:(?:总?投资|投入|新增|占地|建筑面积|面积|总长|全长|设有|配备|可容纳|可安置)[^,，。;；]*"
                        r"|(?:新建|铺设|新铺|安装|新装|更换)[^,，。;；\d]{1,8}[\d.]+[余多]?(?:座|个|处|公里|千米|米|条|盏|台|套))[,，]")
# What makes an amount beside a project's name the sum of several: 等项目, or a count of them (十件实事,
# 两项合计, 提升改造项目38个), unless the project is one of them (十件民生实事之一).
_TOTAL = re.compile(r"(?:等|[两二三四五六七八九十\d]+(?:个|件|项|大|方面))(?:民生)?(?:实事|项目|工程)(?!之一)"
                    r"|(?:实事|项目|工程)[两二三四五六七八九十\d]+(?:个|件|项)(?=[,，。;；、]|$|共|合计|总|累计)"
                    r"|等(?:一批|一系列|多个|若干)(?:民生)?(?:实事|项目|工程)"
                    r"|各(?:乡镇|镇街|村)"  # 投入3000万元实施各乡镇卫生院提升改造工程,目前已完成杜泽镇…
                    rf"|{SUM_OF_WORKS}")
# 二是…, 其三…, 二、…: an item of a list; 一是 (一、) starts one.
_LIST_ITEM = re.compile(r"^(?:[二三四五六七八九十]是|其[二三四五六七八九十]|[二三四五六七八九十]{1,2}、|(?:[2-9]|1\d)[.．、](?!\d))")
_FIRST_ITEM = re.compile(r"一是|其一|(?<![一二三四五六七八九十])一、|(?<!\d)1[.．、](?!\d)")  # (or numbered 1., 2.)
_FIRST_AFTER_COLON = re.compile(r"^[^。;；]{0,8}[:：](?:一、|1[.．、](?!\d))")  # 具体如下:一、…
# 八是文化惠民。: an item's title alone, its works in the sentence after it (新建农村文化礼堂12家,…).
_ITEM_TITLE = re.compile(r"^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|[一二三四五六七八九十]{1,2}、)[^,，。;；:：]{2,16}。$")
# 五是强化要素保障。, 六是强化宣传。: a title saying how the works are run, whose sentence after it is no works
_RUNS_THE_WORKS = re.compile(r"(?:保障|领导|宣传|考核|督查|督导|监督|监管|机制|责任|氛围|统筹|协调)。$")
# (and a length of works done: 完成农村公路提升改造86公里)
_NEWS = re.compile("|".join((*STATUS_PATTERNS, *LIVELIHOOD, "元", r"完成[^,，。;；]{2,12}?[\d.]+余?(?:公里|千米|户)")))
_ANTECEDENT_SENTENCES = 3
_ITEM_MARKS = (";", "；")  # what sets a list's items apart in one sentence
_WORKS_AFTER_REFERENCE = re.compile(rf"(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})+(?:工程|项目)?")
# A sentence opening on a facility as the scene (11月2日晚,在峡川镇电商直播间,主播正在…; 在某村的作坊里,…).
_SCENE_OPENS = re.compile(r"(?:[^,，。;；]{0,10}[,，])?在(?P<facility>[\u4e00-\u9fff]{4,24}?)(?:里|内)?[,，]")
# 主会场设在某工程工地: the works where a batch's start is marked, one of the batch the headline reports started.
_CEREMONY_AT = re.compile(r"[主分]会场(?:设在|所在)")
_BATCH_LISTED = re.compile(r"(?:开工|集中开工的?|其余|其他)[^,，。;；]{0,8}?项目[^,，。;；]{0,4}?(?:还|主要|分别)?包括[:：]?")
_BATCH_STARTED = re.compile(r"(?:集中|同时|同日|一批)[^,，。]{0,4}?(?:开工|开建|动工)")  # 重大项目集中开工
_SAME_THING_MIN = 4
# 安康苑安置小区是…,于2023年5月开工,…; 老人活动中心由闲置老校舍改建而成,…,7月投入使用: a sentence about
# the facility it opens with.
_IS = re.compile("是|由(?!此)")
# …,小区旁投资1200万元新建的幼儿园计划9月开园: a later clause about another facility ends it.
# 《某危房改造实施方案》: a document's title names the works; what the title says (实施) is no status of theirs.
_TITLE_OPEN, _TITLE_CLOSE = "《", "》"
_OTHER_FACILITY = re.compile(r"[,，;；](?=[^,，。;；]*(?:旁|边|附近|周边|对面|隔壁)[^,，。;；]*(?:新建|改建|扩建)的)")
_AGGREGATE = re.compile(r"固定资产投资|有效投资|社会投资")
_BATCH_DONE = re.compile(r"(?:集中|同时|同日|一批)[^,，。]{0,4}?(?:竣工|完工|交付|投用|投入使用)")  # 一批民生实事项目集中竣工
_BATCH_LATER = re.compile(r"将|拟|计划|下月|下周|明年|年内")  # 重大项目下月集中开工: not yet
# 代表们还来到举村乡, 。高家镇的…: the text moves on there (not 现在).
_GOES_TO = re.compile(r"(?:来到|走进|前往|转战|深入|赴|(?<!现)在|(?:^|[。！？；;\n])(?:此外|同时|另外)?[,，]?)$")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:街道|镇|乡)")
# 区妇幼保健院, 区第二自来水厂: the district's own facility, in a township only where its clause says so.
# 衢江堤防加固工程: works on the river the district is named after, not the district's.
# Where the district's own lines start (区客运中心, 区汽车站, 衢江城区, 城区).
_DISTRICT_START = re.compile(r"(?:衢江)?城区|区(?:客运中心|汽车站|客运站|公交总站|公交站)|衢江(?:客运中心|汽车站)")
_RIVER_WORKS = re.compile(r"衢江(?=堤|治理|干流|沿岸|两岸|流域|航道|[\u4e00-\u9fff]{2}段)")  # (衢江沈家段: a stretch at a place; not 衢江大道西延段, 衢江段部分路段)
_EACH_GAVE = re.compile(r"各(?:自)?(?:捐资|捐赠|捐款|出资|投资|投入|补助|补贴|奖励|获得|拿出|安排)[^,，。;；]{0,3}$")
# 对每家规范化村卫生室补助15万元: a rate for any one of a kind of works, not a named one's investment.
_RATE_FOR_EACH = re.compile(r"每一?[个座所处条家间][^,，。;；]{0,12}?(?:补助|补贴|奖励)[^,，。;；]{0,3}$")
_DISTRICT_OWNED = re.compile(r"^(?:衢江区(?!“)|区)(?![域内外])")  # (not 衢江区“爱心助餐”服务: a programme)
_ITEM_ENDS_INSIDE = re.compile("[;；]")  # 实施某工程,惠及8.5万人;新建老年食堂30家: another item of a list
_CLAUSE_MARK = re.compile("[,，;；]")
# 某小学改扩建工程…,新建学生宿舍楼和食堂各一幢: buildings of the works named before, counted (a facility
# named with no place, built in a clause of its own; 新建教学楼和学生宿舍楼各一幢 too, the first not a name).
_BUILDINGS_COUNTED = re.compile(r"新建了?(?:[^,，。;；]{1,8}?[和、及])?$")
_COUNT_OF_BUILDINGS = re.compile(r"(?:[和、及][^,，。;；]{1,8}?)?各?[一两二三四五六七八九十\d]+(?:幢|栋|座|间|层)")
# (the works' own end, or the year's goal met, 十方面实事全部完成年度目标; not 全面完成招投标, 全面完成序时进度,
# 项目全面完成年度投资任务, nor 全部完工了吗)
_ALL_DONE_HEADLINE = re.compile(r"(?:实事|民生|项目)[^,，:：\s]{0,8}?(?P<done>(?:全面|全部|如期)(?:完成|完工|建成|交账|收官))"
                                r"(?=(?:建设|并?(?:投用|投入使用|交付使用|启用|通车))?了?(?:$|[\s,，。!！;；]|(?:年度)?(?:目标任务|目标|任务)))")
# A target under way (确保民生实事项目如期完成, 力争…年底前全面完成), not a report.
# (not 主要/重要 民生实事; nor 今年计划实施的十件民生实事全部完成: the works planned, now done)
_AIMED_AT = re.compile(FUTURE_SAID.pattern + "|(?<![主重])要|全力|冲刺")
_PLANNED_ONES = re.compile(r"计划[^,，:：\s的]{0,6}的")
_PHRASE_GAP = re.compile(r"[\s,，:：!！?？]")
_DESCRIBED_AFTER_PLACE = re.compile(r"(?:[^,，。;；]{1,14}的)?")  # 在浮石街道,(总投资1.1亿元的)某新校区
# A works verb right before a place a facility is named after (新建|樟潭街道|第三幼儿园), and the rest of its name.
_BUILT_THERE = re.compile(r"(?:新建|新增|建设|实施|扩建|改扩建|改造)了?$")
_FACILITY_NAMED = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{'|'.join(sorted(SUFFIXES, key=len, reverse=True))})")
_DONE_LIST_HEAD = re.compile(r"(?:全部|均已|已全部|圆满)(?:完成|建成|完工)[:：]")  # a list of works done follows
# What a story of works done says is still to come (明年, 下一步, 还要, 2023年 in a 2022 issue).
_LATER_SAID = re.compile(FUTURE_SAID.pattern + "|明年|下一步|接下来|今后|还要(?!求)")
_A_YEAR = re.compile(r"((?:19|20)\d{2})年(?![^,，。;；]{0,6}目标)")  # (not 提前完成2025年建设目标: a goal met early)
_BESIDES = re.compile(r"(?:此外|另外|除此之外|与此同时)[,，]$")  # …卫生院改造工程日前完工,此外,今年还新建…
_PLACE_OWNS = re.compile(r"该(?:镇|乡|街道|村|社区)|全(?:镇|乡|区|村)|(?:镇|乡|区|村)里|我区|本(?:镇|乡|区)")  # 该镇还将新建…
_DISTRICT_BODY = re.compile(r"(?<![\u4e00-\u9fff])区[\u4e00-\u9fff]{1,6}?(?:局|委|办)")  # 区交通局, 区民政局
_LOCATED, _AT = "位于", "在"
_LOCATED_LATER = re.compile(r"[^。;；！？]{0,16}?[,，](?:新院区|新院|新校区|新址|该项目|项目)?位于")
# 区文化馆为本次活动补助…, 区客运中心每天加开班次20个: a body acting
# (书房由区图书馆和某社区合作建设: a builder with another; not 甲和乙共同开工建设, works begun together)
_ACTS = re.compile(r"(?:还|也|则|专门|每天|每日)?(?:为|向|给|派出|联合|组织|加开|发送|推出)"
                   r"|[和与][^,，。;；]{1,10}?(?:合作|共同|联合)(?!开工|动工|启动|完工|竣工|建成|投用|启用|投入使用|开放)")
# 某医院拟公开招聘护理人员20名: a body hiring staff; 某卫生院启动了“山区巡回医疗”: a body starting a programme
# of its own; no works either
_HIRES = re.compile(r"(?:拟|将|计划|近期)?(?:面向社会)?(?:公开)?(?:招聘|招录|招募)|(?:还|也|今年)?(?:启动|推出)了?[“\"]")
# 镇里成立了农村供水管理站: a body set up, no works
_SET_UP = re.compile(r"(?:成立|组建)了?$")
_NEW_BUILDING = re.compile(r"新(?:馆|院区?|校区|址|大楼|楼)$")  # 区图书馆新馆向市民开放: the works, not a body
_FUNDING = ("investment", SUBSIDY, GIFT)  # what may pay for a project, as printed (not money of no stated kind)
_COUNTY_TOWN = ("城区", "县城", "市区")
_PIPES = "管网"
_SEWAGE, _SEWAGE_TYPE = re.compile("污水|雨污|纳管"), "生态环境"
# 通车 types the works it is said of, in their own clause (not 某综合体建成,与之相连的某线同步通车).
_OPENED_TO_TRAFFIC, _ROAD_TYPE, _HEAD_CHARS = "[^,，。;；]{0,12}通车", "交通", 4
# 拓宽了某路, 新建了一座桥: works told as done, with what they were done to after them.
_WORKS_DONE_TOLD = re.compile(f"(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})了")
_VIA = "经"
_LIGHTS, _ROUTE_ENDS = "路灯", re.compile("|".join(ROUTE_JOINERS))
# 镇区路灯改造, 集镇路灯改造, 沿江路路灯改造: a town's lights or a street's, which the gold files type 其他 (not
# village works; but 村口道路路灯, 主干道路灯 are a village's roads)
_TOWN_LIGHTS, _OTHER_TYPE = re.compile(r"镇区|集镇|城区|县城|(?:[^道村耕]路|街|大道)$"), "其他"
_BARE_ROAD = "路"  # 这条路
_DESCRIBED_BY = "的座条个处所间家新旧老一"  # what may stand before a facility described, not named (一座新公厕)
_OWN_NAME = 2  # 后坞山塘, 上坞山塘: a facility's own name before its kind
_POINTED_AT = re.compile(f"(?:{'|'.join(DEMONSTRATIVES)})|这|那|口")  # 这口山塘, 那座桥: pointed at, not named
# What stands before a facility's kind said earlier (…山塘): its own name, two characters opening a name (,后坞山塘,
# 的后坞山塘, 在后坞山塘; not 大洲镇中心敬老院, which runs on before them), else the one character before it.
_NAME_OPENS = rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_DESCRIBED_BY}在]))"
_NAME_CHARACTER = rf"(?:(?![{_DESCRIBED_BY}])[\u4e00-\u9fff])"
_SAID_BEFORE_KIND = rf"(?P<own>{_NAME_OPENS}{_NAME_CHARACTER}{{{_OWN_NAME}}}|{_NAME_CHARACTER})"
_DESCRIPTION_ENDS = "的"  # 这座面积约300平方米的城市书房: what the description ends with
_PLAN_LIST_YEAR = re.compile(r"((?:19|20)\d{2})年度?(?:[\u4e00-\u9fff]{0,4}?)(?:民生实事|候选|计划|项目清单)")
_CANDIDATE_WORKS = re.compile(r"候选(?:民生)?(?:项目|实事)")  # works put to a vote, not yet chosen (12件候选民生实事)
# what puts them to a vote (not 3个候选项目入围省级示范项目评选: entries for an award, done works)
_PUT_TO_A_VOTE = re.compile("票决|人代会|人大代表|民生实事")
_QUOTED_KIND = re.compile(r"[“\"][^”\"]+[”\"](?:项目|工程)")
_CANDIDATES_YEAR = re.compile(r"((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,6}?候选")
# Works still being chosen, or just chosen (莲花镇谋划2026年民生实事, 召开2026年民生实事项目征求意见会,
# 周家乡晒出2026年民生实事清单), this year's or later (not 2026年政府工作报告征求意见: a report, no works).
# (works just voted, in any sentence, are _VOTED's)
_WORKS_BEING_CHOSEN = re.compile(r"(?:谋划|征集|遴选)((?:19|20)\d{2})年度?(?:民生实事|实事)")
_WORKS_SOUGHT = re.compile(r"((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,6}?(?:实事|项目)[\u4e00-\u9fff]{0,2}?(?:候选|征求意见)")
# 周家乡晒出2026年民生实事清单, early in the year (not 2026年民生实事清单交出成绩单 in November: a look back).
_WORKS_LISTED = re.compile(r"((?:19|20)\d{2}|今)年度?[\u4e00-\u9fff]{0,4}?民生实事(?:项目)?(?:清单|计划|出炉|确定|票决|定了|敲定)")  # (今年十件民生实事定了)
# (or decided, the verb first: 研究确定2019年十大民生实事项目, 我区确定今年十大民生实事项目)
_WORKS_DECIDED = re.compile(r"(?:确定|敲定|选定)了?(?:我区|全区)?((?:19|20)\d{2}|今)年度?[\u4e00-\u9fff]{0,4}?民生实事")
# The last month in which this year's works are still being chosen (voted on in January or February); later in
# the year 从年初谋划2026年民生实事,到如今… looks back on them.
_CHOSEN_BY_MONTH = 3
_THIS = "今"  # 今年, in a list of this year's works (今年十件民生实事定了)
# 今年全区重点办好六方面实事:一是…, early in the year: the list of the year's works to come.
# Its works are those said from it on: the works before it may be done (某食堂开餐。去年对某礼堂进行改造。
# 镇长说,今年全镇将重点办好五件实事:一是…).
# (later in the year only where it is still a plan: 今年,某镇将集中力量办好五件民生实事:一是…)
# (or with the sum before the list: 今年将集中财力办好十件民生实事,计划总投资8.3亿元,主要包括:…)
# (or the year's works named early in the year: 今年的十大民生实事分别是:新建农村文化礼堂12家;…)
_YEARS_LIST = re.compile(r"今年[,，]?(?P<lead>[^,，。;；:：]{0,10}?)"
                         r"(?:办好[^,，。;；:：]{0,8}|的(?:[一二两三四五六七八九十\d]+(?:大|件|项|方面))?)(?:民生实事|实事)"
                         r"(?:项目)?(?:[,，][^。;；:：]{0,16}?(?:主要|重点)?包括[:：]?"  # (…民生实事,计划总投资5.6亿元,包括…)
                         r"|(?:[,，][^。;；:：]{0,16}?|(?:分别|具体|主要)?(?:是|为|有|包括))?[:：])")
# (票决确定了…, 票决产生了今年…, 票决通过本街道2021年…, 票决产生廿里镇2021年…: so too)
_VOTED = re.compile(r"(?P<lead>)票决(?:产生|确定|选出|通过)了?(?:我区|全区|本区|[全本该](?:镇|乡|街道)|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))?(?P<year>(?:19|20)\d{2}|今)年度?[\u4e00-\u9fff]{0,8}?(?:民生实事|实事)")
_STILL_PLANNED = re.compile("将|计划|拟")
# A batch counted among the works to come, in a sentence of its own (全区新建居家养老服务照料中心20个, 新建20个…).
_BATCH_COUNTED = re.compile(r"(?:新建|新增|新改建|改造)[^,，。;；]{0,16}?[\d一二两三四五六七八九十]+(?:个|座|家|处|所|条)")
# (not one looking back on works done: 去年全区新建…18个, 过去一年…, 截至目前已新建…5个)
_BATCH_LOOKED_BACK = re.compile(r"去年|上年|前年|过去|截至|累计|以来|已经?(?:新建|新增|新改建|改造|建成)")
_THIS_YEAR = "今年"
# When a lead dates the vote long before the issue (年初, 今年3月 in a September issue) or reviews the works
# since it (票决通过…以来), the vote is no news.
_VOTE_DATED = re.compile(r"年初|(\d{1,2}|[一二三四五六七八九十]{1,3})月")
_SINCE = "以来"
# 五件民生实事均已按期完成: the list's works said done further on (a year's end review), so no longer a plan
# (not 某工程已全部完工, one of them).
_LIST_DONE = re.compile(r"(?:实事|[一二两三四五六七八九十\d]+(?:件|项))[^,，。;；]{0,8}?(?:均|都|全部)[^,，。;；]{0,4}?"
                        r"(?:完成|完工|建成|办结)(?!率)")
# 我区4所新改扩建学校(幼儿园)秋季投用, 我区一批教育民生实事项目投入使用: works of a kind a headline counts.
_COUNTED_IN_HEADLINE = re.compile(r"(?:(?:\d+|[两二三四五六七八九十]+)(?:所|座|个|家|条|处|项|件)|一批)(?P<kind>[^,，:：\s]{2,16})")
_MONEY_PLANNED = re.compile(r"(?:计划|拟)总?投资")
# A stretch of road the township's name opens (杜泽镇白水至庙前段公路改建工程): in that township.
_TOWNS_STRETCH = re.compile(r"[\u4e00-\u9fff]{1,4}(?:镇|乡|街道)[^至到段]{1,6}[至到](?P<far>[^至到段]{1,6})段")
# A clause going on with the subject before it, saying where its works are (,将在樟潭、浮石等街道…新建…).
_GOES_ON_WHERE = re.compile(r"(?:并|还|同时)?将在")
# Places named and more counted (湖南镇、举村乡等5个乡镇): works in each, maybe a part of works named before.
_PLACES_COUNTED = re.compile(r"等[\d一二两三四五六七八九十]+个")
# What may open a clause before its subject (该镇, 此外,大洲镇): 甲村、乙村等6个村的照料中心也已投用 says
# what those works are, works of their own.
_SUBJECT_OPENING = re.compile(r"(?:此外|另外|同时)?[,，]?(?:(?:该|[\u4e00-\u9fff]{1,4}?)(?:镇|乡|街道))?")
# (ending its clause: not 某文化礼堂在其中发挥了示范作用, a part played)
_AMONG_THEM = re.compile(r"(?:也|还|同样)?(?:列入|名列|位列|在)其中(?=[,，。;；]|$)")
# 今年我区将办好十件民生实事; not 将 as 把 (我区将民生实事办到群众心坎上), nor a plan made before whose
# works are now reported on (年初计划实施的8件民生实事全部完成).
_PLAN_LIST = re.compile(r"(?:将|计划|拟)(?:办好|办实|实施|推进|落实|完成)(?!的)[^,，:：]{0,6}(?:民生实事|实事)"
                        # 湖南镇票决产生今年八件民生实事 (not 去年票决产生的十件民生实事全部完成)
                        r"|票决(?:产生|确定|出)(?!来?的)[^,，:：]{0,8}(?:民生实事|实事)"  # 票决产生2025年十件民生实事
                        # 我区部署2025年十方面民生实事项目, 部署民生实事项目推进工作 (not 部署民生实事攻坚冲刺:
                        # works under way)
                        r"|部署[^,，:：]{0,8}(?:民生实事|实事)(?![^,，:：]{0,6}(?:攻坚|冲刺|回头看|督查|进展|收官))"
                        # 明年民生实事候选项目, 明年办哪些实事
                        r"|明年[^,，:：]{0,6}(?:民生实事|实事|候选)")
# A lead announcing the works a place means to do (向社会公布今年拟办的八件民生实事); not a list announced
# before and looked back on (年初公布的拟办民生实事已全部完成, 去年2月…公布拟办的八件民生实事,如今…).
_PLANS_ANNOUNCED = re.compile(r"(?:公布|晒出|亮出|发布)(?!的)[^,，。:：]{0,6}(?:拟办|将办|要办|拟实施|将实施)的?[^,，。:：]{0,6}(?:民生实事|实事)")
# 对卫生室进行标准化改造: what carries the works out on the facility, and how (the facility is 卫生室).
_DONE_TO_IT = re.compile(rf"(?:{'|'.join(CARRY_OUT)})了?(?:{WORKS_MANNER})?(?=(?:{'|'.join(sorted(WORKS_CARRIED_OUT, key=len, reverse=True))})$)")
_WORKS_SUFFIX = re.compile("(?:" + "|".join(sorted((*CONSTRUCTION, *WORKS, "建设"), key=len, reverse=True)) + ")$")
# What makes two names of one kind two projects: different places, ends or phases.
# …,眼下便民桥正在施工: a time may come before the short name too.
_CLAUSE_OPENING = re.compile(r"(?:^|[,，;；])(?:(?:其中|另外|此外|同时)[,，]?)?(?:(?:眼下|目前|如今|现在|当前)[,，]?)?")
_SHORT_MIN, _SHORT_MAX = 3, 8
_ANOTHER = "(?:另一|另外一)"  # 另一家共富工坊: another of the kind, named after the one a short name would mean
_NOT_OF_IT = re.compile(rf"{PHASE}|[\u4e00-\u9fff]{{0,2}}(?:负责人|主任|经理|站长|馆长|院长|管理员|工作人员|员工)"
                        r"|还|也|又|的|配套|内|里")
_RESPECTIVELY = "分别"
_OPENERS = ("", "其中", "另外", "此外")  # what may open a clause before its subject (其中,勃垅桥…)
_VILLAGE = "village"
# 东坪村文化礼堂由闲置的老祠堂改建而成: what a facility was made from, said right after it: made, so done,
# when nothing else tells how far its works are.
_MADE_FROM = re.compile(r"由[^,，。;；]{1,20}?(?:改建|改造|修缮|改扩建)而成(?!后)")
_SCHOOL_TOLD = re.compile(rf"(?:^|[,，])(?:{'|'.join(THE_SCHOOL)})")  # 今年暑假,学校又完成了运动场改造: its school again
_SCHOOL_AFTER_PLACE = re.compile("中心小学|中心学校|小学|初级中学|中学|中心幼儿园|幼儿园")
_VILLAGE_END = "村"
_PLACE_COLUMN = re.compile("地点|所在|位置")  # a table's column of where each work is (实施地点)
_WORKS_COLUMN = re.compile("项目|工程")  # a table's column of the works (项目名称, 工程名称)
_ROW_NAME_CHARS = (4, 24)
# A row's first cell that names a grant or an event, no works (杜泽镇种粮大户补贴｜杜泽镇｜85万元｜已发放).
_NOT_WORKS_CELL = re.compile(r"(?:补贴|补助|奖补|资金|慰问金?|活动|培训|节|会|赛|演出)$")
_CLOSING_QUOTES = "”\"」』’》"
# 我区计划实施农田水利项目62个: works planned, counted; a sentence opening 其中 after it tells some of them.
_WORKS_PLANNED_COUNTED = re.compile(r"计划(?:实施|建设|新建|安排)[^,，。;；]{0,12}?(?:项目|工程)[\d一二三四五六七八九十两]+[个项]")
_FACILITIES_COUNTED = re.compile(FACILITIES_COUNTED)
# 与某学校同时投用的,还有…: a clause describing what the next, opening with 还有, lists.
_DESCRIBED_THEN_ALSO = re.compile(r"(?:^|[,，;；])(?P<said>[^,，。;；]{2,20}的)[,，]$")
_ALSO = "还有"
_PART_OF_LIST = "其中"  # 推进甲村沿溪绿道和乙村服务站建设,其中绿道计划投资620万元: two characters will do
# What says works are done, not to be (已, a month, 去年): not one of a list of works planned.
_WHEN_DONE = re.compile(rf"{'|'.join(PAST)}|\d{{1,2}}月|去年|上周|日前|近日")
_COUNT = r"(?:[两二三四五六七八九十]|\d+)[个座口处所家条间]"
_COUNTED_BACK = re.compile(r"(?:这|这些)?(?P<number>[两二三四五六七八九十]|\d+)[个座口处所家条间]")  # 两座桥, 三口山塘
# 破石村新建一处山塘 after 破石村、蛟垄村两口山塘的整治工程: one more of its kind, not the place's works of them
_ONE_MORE = re.compile(r"(?:新建|新增|新修|建设|建成|增设|建)了?[一1][个座口处所家条间]$")
_WIDE_TYPES = frozenset({None, "农业农村", "产业发展", "其他"})
_PHASE_ANY = re.compile(PHASE)
_PHASE_END = re.compile(rf"{_PHASE_ANY.pattern}$")
_PHASE_REFERENCE = re.compile(rf"{_PHASE_ANY.pattern}(?:工程|项目|改造)?")  # 二期工程 (or 二期), after the works were named
_PHASE_OPENS = re.compile(rf"^[“\"]?{_PHASE_ANY.pattern}")  # 一期全长2.1公里,…: a phase, with no facility word
_IN_PHASES = re.compile(r"分[两二三四五六七八九十\d]期")  # 分三期实施, 分两期建设
_PHASE_REFERENCE_END = re.compile(rf"{_PHASE_ANY.pattern}(?:工程|项目)?$")  # 某游步道一期工程: its 一期工程
# 在桥王村、西庄村各新建1家, 在大日坂村再建一个, 在河口村、高田村再开两家: more built in villages listed, what
# they are left unsaid (the clause ends at the count).
_MORE_IN_PLACES = re.compile(r"在(?P<places>[\u4e00-\u9fff]{1,6}?(?:村|社区)(?:、[\u4e00-\u9fff]{1,6}?(?:村|社区))*)"
                             r"(?:再各|各|再)(?:新建|建设|建|开)(?:[一两二三四五六七八九十]|\d+)[个座口处所家条间](?=[,，。;；])")
_FACILITY_ENDS = tuple(suffix for suffix in SUFFIXES if suffix not in WORKS)  # 中心, 食堂; not 工程, 项目
# 村里的茶叶加工厂, 村老年食堂, 村口的智能育秧中心, 村里新建的粮食烘干中心: the village's own facility,
# said with what it is (a few characters, no 的 nor a verb of building among them), before its head
# (or glued to the village's name: 坑头畈村农机服务中心, not 紫薇村的上坞山塘, one named apart)
_VILLAGE_OWN_SAID = r"(?:(?<![\u4e00-\u9fff])村|村里|村口)(?:新建成|新建|新改造|改造|建成|新上)?的?"
_WHAT = r"(?P<what>(?:(?![的一修建在把将])[\u4e00-\u9fff]){0,6}?)"
_NAME_ENDS = tuple(sorted((*SUFFIXES, *WORKS_DONE), key=len, reverse=True))
_ONE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?:街道|社区|村|镇|乡)")
_PLACE_END = re.compile(r"(?:村|社区)$")
_LEADING_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,5}?(?:街道|社区|村|镇|乡)(?:至)?|[区镇乡])+")
# A township's 镇, 乡 or 街道 at an end of a stretch (全旺镇至上方镇公路: 全旺至上方公路)
_TOWNSHIP_AT_END = re.compile(r"(?<=^[\u4e00-\u9fff]{2})(?:镇|乡|街道)(?=至)|(?<=至[\u4e00-\u9fff]{2})(?:镇|乡|街道)")
_APART = re.compile(r"[至到村镇乡路号期段第\d一二三四五六七八九十东西南北]")


@dataclass(frozen=True)
class Sighting:
    name: str
    sentence: Sentence
    start: int  # offsets in the sentence
    end: int
    status: str | None
    completion: date | None
    investment: float | None
    livelihood: bool
    # The name as sighted, when _places_told_apart gave it another (锦桥村便民桥 made part of the works of
    # 锦桥村、车塘村; 锦桥村、车塘村便民桥 told apart into 锦桥村便民桥).
    told_from: str = ""
    batch: bool = False  # works counted at several places (改造单村水站15处)
    titled: bool = False  # named in a document's title (《某危房改造实施方案》): the document is news of the works
    more: bool = False  # more of a kind told of before (还将在甲村、乙村各新建1家): never the works told of

    @property
    def weight(self) -> int:
        return (self.status is not None) + (self.investment is not None) + (self.completion is not None)


def extract(doc: Document) -> tuple[Project, ...]:
    """The projects of the article, in order of first mention."""
    return tuple(project for project, _ in _projects(doc))


def project_at(doc: Document, position: int) -> Project | None:
    """The project mentioned in the sentence holding `position` (the nearest before it, else after)."""
    index = doc.sentence_index(position)
    # A listed item's field (计划投资:1850万元) is about the project its heading names.
    heading = doc.item_heading(index)
    about = [doc.sentences[index]] + ([doc.sentences[heading]] if heading is not None else [])
    here = [(s.sentence.start + s.start, n, s.sentence.start + s.end) for n, (_, sightings) in enumerate(_projects(doc))
            for s in sightings if any(s.sentence is sentence for sentence in about)]
    before = [item for item in here if item[0] <= position]
    chosen = max(before) if before else min(here) if here else None
    body = doc.article.body
    if chosen is None or _sums_a_list(body, *sorted((chosen[0], position))) \
            or chosen[0] > position and (_sums_its_clause(body, chosen[0], chosen[2])
                                         or _TOTAL.search(body, doc.sentences[index].start, position) is not None
                                         or _one_of_a_counted_list(body, doc.sentences[index].start, position, chosen[0])
                                         or any(_JOINED.fullmatch(body, chosen[2], item[0]) for item in here)
                                         or _works_named_first(doc, position, chosen[0])):
        # 包括甲、乙等,十件实事计划总投资4.6亿元; 计划投资3.6亿元,实施…项目38个,重点推进…; 投资2亿元,实施
        # 城东小学等3个项目; 总投资450万元的游客服务中心和生态停车场: the sum of a list, no one project's;
        # 三口山塘整治共投入218万元,勃垅桥投资310万元: the money of works its own clause names first
        return None
    other = _OTHER_FACILITY.search(body, chosen[0], doc.sentences[index].end) if chosen[0] <= position else None
    if other and other.start() < position:
        return None  # 某小区是…,小区旁投资1200万元新建的幼儿园…: another facility's money
    clause_start = clause_bounds(body, position)[0]
    if not clause_start <= chosen[0] <= position and _AGGREGATE.search(body, clause_start, position):
        return None  # 确保完成固定资产投资10亿元: all the investment of a place, no one project's
    if _EACH_GAVE.search(body, clause_start, position):
        return None  # 甲镇、乙镇两个中心,各投资300万元左右: what each gets, not the works' own (as _invested reads it)
    project, sightings = _projects(doc)[chosen[1]]
    listed = bool(_places_and_facility(project.name)[0])
    if _RESPECTIVELY in body[clause_start:position] and listed:
        return None  # 三座山塘…分别投资42万元、36万元: each place's, not the works of all of them
    sighting = next((s for s in sightings if s.sentence.start + s.start == chosen[0]), None)
    if sighting is not None and sighting.batch and not all(s.batch or _is_item_title(doc, s) for s in sightings) \
            and not any(not s.batch and s.sentence is sighting.sentence for s in sightings):
        return None  # 全区已建成共富工坊112家,带动4100余人就业, in a story of one village's: the batch's, not its
    if sighting is not None and (_LISTED in (sighting.told_from or sighting.name)) != listed:
        # 锦桥村、车塘村两座便民桥重建工程总投资80万元 with the bridges told apart: no one place's money;
        # 锦桥村便民桥投资45万元 of one place's works made part of the works of all: not theirs
        return None
    return project


def _one_of_a_counted_list(body: str, low: int, position: int, start: int) -> bool:
    """湖南镇实施提升改造项目6个,总投资2100万元,其中某工程已完工: the money at `position` sums a list counted
    before it (or facilities counted: 4座小型水库列入除险加固计划,总投资1850万元,其中某水库已完工), and the name
    at `start` after it opens a clause with 其中, one of the list."""
    return body[clause_bounds(body, start)[0]:start].strip(",，") == _PART_OF_LIST \
        and (_TOTAL.search(body, low, position) is not None or _FACILITIES_COUNTED.search(body, low, position) is not None)


def _works_named_first(doc: Document, position: int, start: int) -> bool:
    """Whether the money at `position` is said of works its own clause names first, and the name at `start`
    after it opens a clause of its own (三口山塘整治共投入218万元,勃垅桥投资310万元; …,勃垅桥已于8月通车):
    not that name's money. Money paying for works named after a verb (在道路提升上投入80万元,实施某公路
    拓宽工程; 借“千万工程”东风投入120万元新建某礼堂) is theirs; a place whose name holds a facility word
    (双桥乡, 梨园村, 大桥村) names no works."""
    body = doc.article.body
    opening = clause_bounds(body, start)[0]
    if body[opening:start].strip(",，") not in _OPENERS:
        return False
    low = clause_bounds(body, position)[0]
    text = body[low:position]
    for place in doc.mentions:  # the article's place names, found once
        if low <= place.start and place.end <= position:
            text = text[:place.start - low] + "_" * (place.end - place.start) + text[place.end - low:]
    return may_hold_names(text)


def _projects(doc: Document) -> list[tuple[Project, list[Sighting]]]:
    if "projects" not in doc.memo:
        groups = _places_told_apart(_group(doc, _sightings(doc)))
        groups = [group for group in groups
                  if (_is_reported(group) or any(_lists_works_to_come(doc, doc.sentence_index(s.sentence.start))
                                                 and _listed(doc, s) for s in group))
                  and not _whole_of_phases(group, groups)]
        news = _headline_news(doc) if groups else []  # headlines are segmented only for articles with projects
        projects = [(_project(doc, group, _headline_status(doc, group, news)), group) for group in groups]
        doc.memo["projects"] = projects  # what project_at reads while the investments are linked
        doc.memo["projects"] = [(_with_linked_investment(doc, project, group), group) for project, group in projects]
    return doc.memo["projects"]


def _with_linked_investment(doc: Document, project: Project, group: list[Sighting]) -> Project:
    """The project with an investment its money facts are linked to (计划投资150万元,对某道路进行改造:
    the amount before the name), or none, so the project and its money never disagree: its total
    (总投资) if one is said, else the first (not 获省级补助120万元 before 项目总投资500万元)."""
    linked = []
    named = {doc.sentence_index(s.sentence.start) for s in group}
    fields = {index for index in range(len(doc.sentences)) if doc.item_heading(index) in named}
    for sentence in [doc.sentences[index] for index in sorted(named | fields)]:
        text = doc.sentence_text(sentence)
        for amount in amounts_in(text, doc.column_names(sentence)):
            if amount.kind in _FUNDING and settled_kind(amount, text, of_a_project=True) == "investment" \
                    and project_at(doc, sentence.start + amount.start) is project and not _each_gives(text, amount.start) \
                    and not rate_for_each(text, amount.start):
                total = _TOTAL_SAID.search(text, clause_bounds(text, amount.start)[0], amount.start) is not None
                # 总投资5000万元的旅游开发: another thing's total, unless the name follows it (总投资…元的某中心)
                describes = text.startswith(_OF, amount.end) and not any(
                    s.sentence is sentence and 0 <= s.start - amount.end - len(_OF) <= 2 for s in group)
                linked.append((not total or describes, amount.yuan))
    return replace(project, investment_yuan=min(linked, key=lambda item: item[0])[1]) if linked else project


def _headline_news(doc: Document) -> list[tuple[str, str]]:
    """(name, status) of the works a headline line reports (周家乡农村饮用水提标改造工程完工)."""
    news = []
    for line, mention in _headline_mentions(doc):
        status, _ = status_in(line[mention.start:], doc.issue_date, mention.end - mention.start)
        if status:
            news.append((mention.name, status))
    return news


def _headline_mentions(doc: Document) -> list[tuple[str, NameMention]]:
    """(line, mention) of each project named in the kicker, headline and subtitle (segmented once)."""
    if "headline_mentions" not in doc.memo:
        lines = [line for line in doc.head_lines if may_hold_names(line)]
        doc.memo["headline_mentions"] = [(line, mention) for line in lines
                                         for mention in names_in(line, doc.gazetteer) if mention.name]
    return doc.memo["headline_mentions"]


def _headline_status(doc: Document, group: list[Sighting], news: list[tuple[str, str]]) -> str | None:
    """The status a headline gives a project: the one said of its name (…工程完工), else under way
    when the headline says a batch of projects started (重大项目集中开工) and the project has no status
    of its own but a completion to come (力争2026年底前投入使用), or done when it says a batch was
    finished (一批民生实事项目集中竣工) and the project has no status of its own."""
    # (not 后溪镇首座村级光伏电站并网发电 for 泉井边村、青塘村两座村级光伏电站: one named, several listed)
    named = max((status for name, status in news
                 if any(_same_project(name, s.name) and (_LISTED in name or _LISTED not in s.name) for s in group)),
                key=lambda status: RANK[status], default=None)
    headline = doc.head
    batch = _BATCH_STARTED.search(headline)  # a later word just before it: not 我区将…落到实处 一批项目集中开工
    if named is None and batch and not _BATCH_LATER.search(headline, max(0, batch.start() - 6), batch.end()) \
            and all(s.status is None or s.status == "planned" and s.completion for s in group):
        return "in_progress"
    if named is None and _BATCH_DONE.search(headline) and not _BATCH_LATER.search(headline) \
            and all(s.status is None for s in group):
        return "completed"  # 我区一批民生实事项目集中竣工: each of them with nothing else said is done
    if named is None and all(s.status is None for s in group):
        return _counted_news(doc, headline, group[0].name)
    return named


def _counted_news(doc: Document, headline: str, name: str) -> str | None:
    """What a headline says of works it counts (我区4所新改扩建学校秋季投用), for one of them of that kind
    whose own sentences say nothing of its status."""
    counted = _COUNTED_IN_HEADLINE.search(headline)
    kind = _type_in(counted["kind"]) if counted else None
    if kind is None or _type_in(name) != kind:
        return None
    return status_in(headline[counted.start("kind"):], doc.issue_date)[0]


def _sightings(doc: Document) -> list[Sighting]:
    found: list[Sighting] = []
    aliases: dict[str, str] = {}  # 东高线: the project a short name was given to (…工程(以下简称“东高线”))
    for index in _worth_reading(doc):
        sentence = doc.sentences[index]
        text = doc.sentence_text(sentence)
        row_village = _row_village(doc, sentence, text)
        village = row_village or _subject_village(doc)
        mentions = _with_aliases(names_in(text, doc.gazetteer, village, _subject_school(doc)), text, aliases)
        mentions += _row_works(doc, sentence, text, mentions)
        since = {s.name: s.sentence.start + s.end for s in found}  # where each project was last seen
        shortened = _shortened_names(text, mentions, since, doc.article.body[:sentence.start])
        mentions = sorted(mentions + shortened, key=lambda mention: mention.start)
        mentions = _with_places_again(text, mentions, {s.name for s in found})
        mentions = sorted(mentions + _more_of_the_kind(doc, text, mentions, found), key=lambda mention: mention.start)
        # (one project, maybe pointed at again: 某桥工程原计划5月底完工,…,该工程未能按期完工。)
        progress = _progress_after(doc, index) if mentions and not any(m.name for m in mentions[1:]) else ""
        for n, mention in enumerate(mentions):
            reference = text[mention.start:mention.end]
            phase = _PHASE_REFERENCE.fullmatch(reference) if not mention.name else None
            name = mention.name or (_phase_of(doc, found, index, reference) if phase else
                                    _antecedent(doc, found, index, sentence.start + mention.start, reference))
            scene = None if name or mention.name or phase else _scene_before(doc, index, reference)
            if scene:  # (with the works said of it: 这一市场改造提升工程 for 在某农贸市场,…)
                works = _WORKS_AFTER_REFERENCE.match(text, mention.end)
                name = scene + (works.group() if works else "")
            if mention.in_the_village and not row_village:  # (a table's row gives its own village)
                name = _named_before(name, reference, {s.name for s in found})
            elif mention.name:
                name = _told_from_another_village(doc, sentence.start + mention.start, name, found)
            # A programme of no known kind (“一站式”服务) is a way of working, not a project; nor is a district
            # body acting (区文化馆为本次活动补助经费两万元), nor any body hiring or starting a programme
            # (某医院拟公开招聘…, 某卫生院启动了“山区巡回医疗”), nor one set up (镇里成立了农村供水管理站).
            # (杜泽镇农村供水工程总投资1500万元,新建水厂1座,改造单村水站12处: a batch counted after works named
            # in its sentence is their parts)
            # (but 后溪镇卫生院改造工程总投资1200万元,该镇还将新建3个村级卫生室: a place's own batch)
            # (nor 大洲镇某道路硬化工程日前完工,峡川镇新建公交候车亭6个: another township's; nor …完工,此外,今年还新建…;
            # nor …完工,石屏村、双溪村等6个村的照料中心也已投用: places counted as their clause's subject)
            low = clause_bounds(text, mention.start)[0]
            subject = _PLACES_COUNTED.search(mention.name) is not None \
                and _SUBJECT_OPENING.fullmatch(text, low, mention.start) is not None
            parts = (mention.batch or mention.own_clause and _BUILDINGS_COUNTED.match(text, low, mention.start)
                     and _COUNT_OF_BUILDINGS.match(text, mention.end)) \
                and not subject \
                and any(m.name and not m.batch and m.name.endswith(WORKS) and m.end <= mention.start
                        and not _ITEM_ENDS_INSIDE.search(text, m.end, mention.start)
                        # (not 实施农村饮用水达标提标工程…,新增20个居家养老服务照料中心: works of another kind,
                        # in a clause of their own; but 某道路亮化工程共安装太阳能路灯186盏 are its lights)
                        and (_type_in(mention.name) in (None, _type_in(m.name))
                             or _CLAUSE_MARK.search(text, m.end, mention.start) is None)
                        and not _another_townships(doc, sentence.start, m, low, mention.end)
                        # (not after other items listed since: 启动某工程,新建某幼儿园,新开通公交线路4条)
                        and not any(o.name and not o.batch and m.end <= o.start for o in mentions[:n])
                        for m in mentions[:n]) \
                and not _PLACE_OWNS.search(text, low, mention.start) and not _BESIDES.search(text, 0, low)
            if name and not parts and not (mention.programme and _type_in(name) is None) \
                    and not (_DISTRICT_OWNED.match(name) and _ACTS.match(text, mention.end) and not _works_named(name)) \
                    and not ((_HIRES.match(text, mention.end) or _SET_UP.search(text, 0, mention.start))
                             and not _works_named(name)):
                following = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
                sighting = _sighting(doc, index, text, mention, name, progress, following,
                                     _next_subject(text, mention, mentions[n + 1:]))
                # (a two-character short name opening its sentence, 食堂6月28日开餐, only with a status of its own:
                # not 车间总投资180万元, nor its phase, its staff or its doings, 营地二期…正在建设, 营地负责人…,
                # 工坊还与…合作)
                bare = mention in shortened and len(reference) < _SHORT_MIN
                # (the scene a reference points back to, only with news of works: not 这个食堂每天供餐200份)
                if (sighting.status and not (bare and _NOT_OF_IT.match(text, mention.end))
                        or sighting.investment and not bare or mention not in shortened and not scene):
                    found.append(sighting)
        for definition in _ALIAS.finditer(text):
            named = next((s for s in found if s.sentence is sentence and s.end == definition.start()), None)
            if named:
                aliases[definition["alias"]] = named.name
    return found


def _another_townships(doc: Document, at: int, works, low: int, end: int) -> bool:
    """Whether the batch's clause (from `low` to the batch's `end`, in the sentence at `at`) names a township,
    and the works named before it name others (大洲镇沧南村道路硬化工程日前完工,峡川镇新建公交候车亭6个; but
    城乡供水提质工程…,今年将完成湖南镇、举村乡等5个乡镇的管网改造: works named with no place, done in places
    counted), or none and the batch names no places counted."""
    def named(start: int, stop: int) -> set[str]:
        return {m.township_id for m in doc.mentions if at + start <= m.start and m.end <= at + stop}
    batch, works_places = named(max(low, works.end), end), named(works.start, works.end)
    if not works_places:
        # (but 区人民医院新院区项目总投资5亿元,今年大洲镇还将新建村级卫生室6个: one township's own batch; not
        # 某提升工程计划投资4800万元,将在樟潭、浮石等街道…新建助餐服务点24个: a clause going on with the works)
        return bool(batch) and _PLACES_COUNTED.search(doc.article.body, at + low, at + end) is None \
            and _GOES_ON_WHERE.match(doc.article.body, at + low) is None
    return bool(batch) and not batch & works_places


def _works_named(name: str) -> bool:
    """Whether a district name is of works (区档案馆新馆, 区人民医院迁建工程), not a body that acts."""
    return _NEW_BUILDING.search(name) is not None or name.endswith((*WORKS, *WORKS_DONE))


def _phase_of(doc: Document, found: list[Sighting], index: int, reference: str) -> str | None:
    """二期工程 after 某供水工程 (or its 一期) was named in the sentences just before: 某供水工程二期, that
    phase of the works named last, when a sentence naming them says they are built in phases (分三期实施);
    else a step of the works, no project of its own (…开工,目前一期工程已经完工,二期工程正在加紧施工)."""
    here = doc.sentences[index]
    recent = [s for s in found if s.sentence in doc.sentences[max(0, index - _ANTECEDENT_SENTENCES):index + 1]]
    # (the latest of them, or else the latest built in phases when those after were named beside a phase of
    # it: not 滨溪游步道 in 二期工程…,同步建设的滨溪游步道…)
    # (or, past works of no phases named in the sentences since, the one works said to be built in phases:
    # 某供水工程分两期实施。镇里还启动了某村污水管网改造。一期已于5月完工)
    phased = {_PHASE_REFERENCE_END.sub("", s.name) for s in recent
              if _said_in_phases(found, _PHASE_REFERENCE_END.sub("", s.name))}
    for s in reversed(recent):
        base = _PHASE_REFERENCE_END.sub("", s.name)
        if _said_in_phases(found, base):
            return _phase_name(base, reference)
        if not any(other.sentence is s.sentence and _PHASE_REFERENCE_END.search(other.name) for other in recent) \
                and (len(phased) != 1 or _PHASE_REFERENCE_END.search(s.name) or s.sentence is here):
            return None  # (某项目于3月开工,目前一期工程已经完工: steps of the works its own sentence names)
    # (none named just before: the article's one works built in phases, 某安置小区一期交房…。…二期工程计划3月开工)
    bases = {base for base in (_PHASE_REFERENCE_END.sub("", s.name) for s in found) if _said_in_phases(found, base)}
    return _phase_name(bases.pop(), reference) if len(bases) == 1 else None


def _phase_name(base: str, reference: str) -> str:
    """某游步道 (or 某渠道改造) and 二期工程 make 某游步道二期工程, as printed; 某供水工程 and 二期工程 make
    某供水工程二期, and 某小区改造 and 一期改造 某小区改造一期: the works word once."""
    phase = _PHASE_ANY.search(reference).group()
    kind = reference[len(phase):]
    return base + phase + ("" if base.endswith((*WORKS, kind)) else kind)


def _said_in_phases(found: list[Sighting], base: str) -> bool:
    """Whether a sentence naming the works `base` says they are built in phases (分三期实施), naming no
    other works (not 实施集镇水厂扩建工程和破石村供水管网改造,其中水厂扩建分两期实施, which may split either),
    or a sentence named one of their phases (某安置小区一期交房)."""
    said = [s.sentence for s in found if _PHASE_REFERENCE_END.sub("", s.name) == base]
    if any(s.name != base and _PHASE_REFERENCE_END.fullmatch(s.name, len(base))
           for s in found if s.name.startswith(base)):
        return True  # 某安置小区一期交房。…二期工程…: a phase named as one, in its sentence or one before (某游步道一期
        # 已通行,二期正在铺设: each phase with news of its own)
    return any(_IN_PHASES.search(sentence.text)
               and all(_PHASE_REFERENCE_END.sub("", s.name) == base for s in found if s.sentence is sentence)
               for sentence in said)


def _told_from_another_village(doc: Document, at: int, name: str, found: list[Sighting]) -> str:
    """里舍村的文化礼堂 after 官塘村文化礼堂 was named: the village's own, told from the other village's
    (a bare facility after a village's 的 is otherwise printed bare, as most gold names it)."""
    village = next((doc.text[m.start:m.end] for m in doc.mentions
                    if m.kind == _VILLAGE and m.end == at - len(_OF) and doc.text.startswith(_OF, m.end)), None)
    if village is None or len(name) < 2 or _ONE_PLACE.match(name):
        return name  # (not 朝书村的桥, which a count said before may hold: 蛟垄村、朝书村两座危桥)
    other = any(s.name != name and s.name.endswith(name) and not s.name.startswith(village) for s in found)
    return village + name if other else name


def _with_places_again(text: str, mentions: list[NameMention], earlier: set[str]) -> list[NameMention]:
    """官塘村、红岩村、岩头村老年食堂 named before, then 官塘村和红岩村的老年食堂已于9月投入使用 (or 虹桥村的
    便民桥, 后祝村、沧南村的两个食堂): each place's facility said again, a mention of its own, so that
    _places_told_apart can tell them apart; a name read over the same words gives way."""
    again = []
    for name in earlier:
        places, facility = _places_and_facility(name)
        if not places:
            continue
        place = "|".join(map(re.escape, places))
        # 老年食堂, 年食堂, 食堂; 山塘 for 山塘除险加固, what the works are done to
        thing = _built_thing(facility)
        ends = "|".join(re.escape(whole[n:]) for whole in {facility, thing} for n in range(len(whole) - 1))
        said = re.compile(rf"(?P<places>(?:{place})(?:[和、及与](?:{place}))*)的(?:{_COUNT})?(?:{ends})")
        for match in said.finditer(text):
            again += [NameMention(own.group() + facility, match.start() + own.start(), match.end())
                      for own in re.finditer(place, match["places"])]  # each printed from its own place on
    if not again:
        return mentions
    kept = [m for m in mentions if not any(a.start <= m.start < a.end or m.start <= a.start < m.end for a in again)]
    return sorted(kept + again, key=lambda mention: mention.start)


def _more_of_the_kind(doc: Document, text: str, mentions: list[NameMention], found: list[Sighting]) -> list[NameMention]:
    """还将在桥王村、西庄村各新建1家, 计划在大日坂村再建一个: more of the facility the story told of, in the
    villages listed, its kind left unsaid: one project named with the villages and that kind (桥王村、西庄村
    共富工坊), the kind of the last facility seen before (白鹤山村“共富工坊”)."""
    more = []
    for said in _MORE_IN_PLACES.finditer(text):
        seen = [sighting.name for sighting in found] + [m.name for m in mentions if m.end <= said.start()]
        kind = next((thing for name in reversed(seen) if (thing := _kind_of(doc, name))), "")
        places = said["places"].split(_LISTED)
        if kind and all(doc.gazetteer.villages_named(place) for place in places) \
                and not any(m.start < said.end() and said.start() < m.end for m in mentions):
            more.append(NameMention(said["places"] + kind, said.start("places"), said.end(), more=True))
    return more


def _kind_of(doc: Document, name: str) -> str:
    """共富工坊 for 白鹤山村“共富工坊”, 老年食堂 for 锦桥村、车塘村老年食堂: the facility without its places, when
    its name ends in a facility word."""
    facility = _places_and_facility(name)[1] or _PLACE_PREFIX.sub("", name)
    place = _ONE_PLACE.match(facility)
    if place and doc.gazetteer.villages_named(place.group()):
        facility = facility[place.end():]
    facility = facility.strip("“”\"")
    return facility if len(facility) > 2 and facility.endswith(_FACILITY_ENDS) else ""


def _named_before(name: str, printed: str, earlier: set[str]) -> str | None:
    """For a facility a village story names without a place (食堂开办以来…, 新水厂正式通水): the project
    named before whose name ends as it does (桥王村“爱心食堂”), else the one of its type (破石村饮用水
    提升工程); none when two are; else the village's own (上棠村口袋公园). Works end alike (游步道提升工程,
    停车场扩建工程): what they build must. Types as wide as farming or industry (公厕, 冷藏库) make no kin."""
    done_to = _DONE_TO_IT.search(printed)
    printed = _DONE_TO_IT.sub("", printed)
    phase = _PHASE_END.search(_built_thing(printed))
    if phase:
        return _phase_named_before(name, _built_thing(printed), phase, earlier)
    ending = _built_thing(printed)[-2:]
    same = [other for other in earlier if _built_thing(other.rstrip(_CLOSING_QUOTES)).endswith(ending)]
    kind = _type_in(printed)
    if not same and kind not in _WIDE_TYPES:
        kin = [other for other in earlier if _type_in(other) is not None and _type_in(other) == kind]
        same = [other for other in kin if not _names_a_facility(other)]
        if kin and not same:
            return None  # 食堂已运行两年 after 居家养老服务中心改造工程: another facility of its kind, or part of it
    if len(same) > 1:
        return None
    if same and done_to and _WORKS_SUFFIX.search(same[0]) is None:
        return name  # 对卫生室进行标准化改造 after 赖家村卫生室门口…: works done to the facility named before
    if same and name.endswith(same[0]) and name != same[0]:
        return name  # 龙山村的卫生室里… then 新建的村卫生室投入使用: the same named in full, the village's
    return same[0] if same else name


def _phase_named_before(name: str, thing: str, phase: re.Match, earlier: set[str]) -> str:
    """停车场二期 after 停车场一期 (or 灰坪乡集镇停车场一期) was named: that facility's other phase, never
    the phase named before; the one named before when it is this phase; else the village's own."""
    base, found = thing[:phase.start()], set()
    for other in earlier:
        phases = list(_PHASE_ANY.finditer(other))
        last = phases[-1] if phases else None
        if last is not None and base and other[:last.start()].endswith(base):
            found.add(other if last.group() == phase.group() else other[:last.start()] + phase.group())
    return found.pop() if len(found) == 1 else name


def _names_a_facility(name: str) -> bool:
    """居家养老服务中心改造工程 names a facility (中心); 破石村饮用水提升工程 only works of a kind."""
    return _built_thing(name).rstrip(_CLOSING_QUOTES).endswith(_FACILITY_ENDS)


def _row_village(doc: Document, sentence: Sentence, text: str) -> str:
    """The village a table's row gives in its place column (项目｜地点｜… / 老年食堂｜东湖畈村｜…): the place of a
    facility its row names without one; empty for prose, a row of no one village or none."""
    columns = doc.column_names(sentence)
    at = next((n for n, column in enumerate(columns) if _PLACE_COLUMN.search(column)), None)
    cells = table_cells(text)
    if at is None or at >= len(cells):
        return ""
    cell = cells[at].strip()
    start = sentence.start + text.index(cell)
    return cell if any(m.kind == _VILLAGE and m.start == start and m.end == start + len(cell) for m in doc.mentions) else ""


def _row_works(doc: Document, sentence: Sentence, text: str, mentions: list[NameMention]) -> list[NameMention]:
    """The works a table's row names in its first cell, under a column of works (项目, 项目名称, 工程名称),
    when no name is read in it by its head (洋坑村后山滑坡治理｜举村乡｜185万元｜已完工): the cell is the
    name, as long as it names its place."""
    columns = doc.column_names(sentence)
    cells = table_cells(text)
    if not columns or not _WORKS_COLUMN.search(columns[0]) or not cells or cells == columns:
        return []
    name = cells[0]
    start = text.find(name)
    if not _ROW_NAME_CHARS[0] <= len(name) <= _ROW_NAME_CHARS[1] or _NOT_WORKS_CELL.search(name) \
            or any(start <= m.start < start + len(name) for m in mentions):
        return []
    placed = any(sentence.start + start <= m.start < sentence.start + start + len(name) for m in doc.mentions)
    return [NameMention(name, start, start + len(name))] if placed else []


def _subject_village(doc: Document) -> str:
    """The one village an article names (上棠村 in a story about it), when its headline or first two
    sentences name it, or the one village its headline names (胡山村:桥通了 饭香了, whose story names
    the village its road leads to); empty otherwise."""
    if "village" not in doc.memo:
        villages = {doc.text[m.start:m.end] for m in doc.mentions if m.kind == _VILLAGE} or set(_villages_headed(doc))
        # (茶坪 in 茶坪溪 is the short form of 茶坪村, the same village)
        villages = {v for v in villages if not any(other != v and other.startswith(v) for other in villages)}
        headlined = [village for village in villages if village in doc.head]
        # (not when the story opens on another village: 学习胡山村经验 about 竹蓬头村, which looks to it)
        first = min((m for m in doc.mentions if m.kind == _VILLAGE), key=lambda m: m.start, default=None)
        opens_on = doc.text[first.start:first.end] if first is not None else ""
        village = villages.pop() if len(villages) == 1 \
            else headlined[0] if len(headlined) == 1 \
            and (headlined[0] == opens_on or _headline_subject(doc.head, headlined[0])) else ""
        opening = doc.head + "".join(sentence.text for sentence in doc.sentences[:2])
        doc.memo["village"] = village if village and village in opening else ""
    return doc.memo["village"]


def _subject_school(doc: Document) -> str:
    """The one school an article names by its township, in its headline block or first two sentences
    (岭洋乡中心小学 in ——访岭洋乡中心小学校长…), whose parts the story then tells of as 学校的风雨操场; empty
    when it names none or several (not a school named in passing: 明年将继续推进学校食堂…改造)."""
    return _school_and_township(doc)[0]


def _school_and_township(doc: Document) -> tuple[str, str | None]:
    """The story's one school (see _subject_school) and its township, or ("", None)."""
    if "school" not in doc.memo and not any(word in doc.text for word in THE_SCHOOL):
        doc.memo["school"] = ("", None)  # (no 学校 to tell of it again: no need to look for one)
    if "school" not in doc.memo:
        schools = {line[start:end] + school[0]: name.township_ids[0] for line in doc.head_lines
                   for name, start, end in find_mentions(line, doc.gazetteer) if name.kind != _VILLAGE
                   if (school := _SCHOOL_AFTER_PLACE.match(line, end))}
        schools.update((doc.text[m.start:m.end] + school[0], m.township_id) for m in doc.mentions  # (the body's, credited)
                       if m.kind != _VILLAGE and (school := _SCHOOL_AFTER_PLACE.match(doc.text, m.end)))
        opening = doc.head + "".join(sentence.text for sentence in doc.sentences[:2])
        doc.memo["school"] = schools.popitem() if len(schools) == 1 and next(iter(schools)) in opening else ("", None)
    return doc.memo["school"]


def _villages_headed(doc: Document) -> dict[str, str]:
    """The villages the headline block names (——访黄坛口乡汉都村党支部书记…) and their townships, for a story
    whose body names none and speaks of 村里."""
    if "villages headed" not in doc.memo:
        doc.memo["villages headed"] = {name.surface: name.township_ids[0] for line in doc.head_lines
                                       for name, _, _ in find_mentions(line, doc.gazetteer) if name.kind == _VILLAGE}
    return doc.memo["villages headed"]


# A village a headline opens on, or a part of it (示例:胡山村:…), is its subject, unless as a model
# (胡山村的经验在这里开花).
_HEADLINE_PART = re.compile(r"(?:^|[:：\s])$")
_MODEL = re.compile(r"的?(?:经验|做法|模式|样板)")


def _headline_subject(headline: str, village: str) -> bool:
    at = headline.find(village)
    return _HEADLINE_PART.search(headline[:at]) is not None and not _MODEL.match(headline, at + len(village))


def _with_aliases(mentions: list[NameMention], text: str, aliases: dict[str, str]) -> list[NameMention]:
    """The names in a sentence, with each short name given earlier (东高线) read as its project's, and
    nothing read inside the brackets that give one."""
    given = [definition.span() for definition in _ALIAS.finditer(text)]
    # Not where the short name is only the end of another name (“项目” in 廿里镇污水处理项目, “大道” in
    # 芝溪大道改造工程, “中心” in 莲花镇居家养老服务中心).
    shortened = [NameMention(full, at.start(), at.end()) for short, full in aliases.items()
                 for at in re.finditer(re.escape(short), text) if not any(low <= at.start() < high for low, high in given)
                 and not any(mention.start < at.start() < mention.end for mention in mentions)]
    taken = given + [(mention.start, mention.end) for mention in shortened]
    kept = [mention for mention in mentions if not any(low <= mention.start < high for low, high in taken)]
    return sorted(kept + shortened, key=lambda mention: mention.start)


def _shortened_names(text: str, mentions: list[NameMention], earlier: dict[str, int], before: str) -> list[NameMention]:
    """Clauses opening with a shortened name of one project named before in the article, to say how it
    stands (镇文化活动中心改造、大川村便民桥重建…。其中,文化中心已于9月投入使用;便民桥10月底恢复通行):
    the name without its place, or some of its characters in order, ending in a facility or works word
    of it, or its end (托育点 for 后溪村婴幼儿托育点); or, counted, the facility of works in as many
    places named together (坝底村、泉井边村两座便民桥…。两座桥已于9月底通车), unless as many other such
    things were counted since (另有两座老桥…。两座桥已完成应急加固). None where the short name would fit two
    projects. `earlier` holds where in the body each project was last seen; `before` is the body before
    the sentence."""
    found = []
    for opening in _CLAUSE_OPENING.finditer(text):
        at = opening.end()
        if not earlier or any(mention.start <= at < mention.end for mention in mentions):
            continue
        counted = _COUNTED_BACK.match(text, at)
        begin = counted.end() if counted else at
        shortest = 1 if counted else _SHORT_MIN - 1 if at == 0 or text.startswith(_PART_OF_LIST, opening.start() + 1) \
            else _SHORT_MIN
        for length in range(min(_SHORT_MAX, len(text) - begin), shortest - 1, -1):
            short = text[begin:begin + length]
            if not short.endswith(_NAME_ENDS) or text.startswith(_NAME_ENDS, begin + length) \
                    or length < _SHORT_MIN and not counted and short not in _FACILITY_ENDS:
                continue  # not 沿江绿道 in 沿江绿道项目, a name going on; not 工程 alone
            matching = [name for name in earlier
                        if (_counts_back(short, name, parse_numeral(counted["number"])) if counted
                            else _shortens(short, name))]
            owners = [name for name in matching if not any(name in other and name != other for other in matching)]
            if counted and len(owners) == 1 and _others_counted(before[earlier[owners[0]]:] + text[:at], counted, short,
                                                                 _places_and_facility(owners[0])[1]):
                break
            # 文化中心启动了“周末课堂”: a status said of another thing its clause names
            others = any(begin + length <= mention.start < clause_bounds(text, at)[1] for mention in mentions)
            if length < _SHORT_MIN and len(owners) == 1 and not counted \
                    and re.search(rf"{_ANOTHER}[^,，。;；]{{0,6}}{short}", before[earlier[owners[0]]:]):
                break  # 在高家镇盈川村,另一家共富工坊…。工坊今年5月开工: that other one
            if len(owners) == 1 and not others and not BY_IT.match(text, begin + length):
                found.append(NameMention(owners[0], at, begin + length))
            if owners:
                break
    return found


def _others_counted(said: str, counted: re.Match, short: str, facility: str) -> bool:
    """Whether `said` (the text since the works were last seen) counts as many other things of the kind
    the count back names: another kind of it (另有两座老桥, 两家企业职工食堂 for 老年食堂) or others (另外两口
    山塘); not the works again (完成三口山塘整治)."""
    number, thing_of = parse_numeral(counted["number"]), re.compile(rf"[^,，。;；:：、]{{0,8}}?{re.escape(short)}")
    for count in _COUNTED_BACK.finditer(said):
        thing = thing_of.match(said, count.end())
        if thing is None or parse_numeral(count["number"]) != number:
            continue
        if not _built_thing(facility).endswith(thing.group()) or said[:count.start()].endswith(OTHERS_OF_A_BATCH):
            return True
    return False


def _shortens(short: str, name: str) -> bool:
    """便民桥 for 大川村便民桥重建, 文化中心 for 镇文化活动中心改造, 托育点 for 后溪村婴幼儿托育点 (not 中心
    for a 文化中心); 道路拓宽工程 for 甲村至乙村道路拓宽, its name without its places, as works."""
    body = _LEADING_PLACE.sub("", name)
    if not body.endswith(WORKS) and _WORKS_SUFFIX.sub("", short) == body and short.endswith(WORKS):
        return True
    if len(short) > len(body) or body[0] != short[0] and not body.endswith(short):
        return False
    rest = iter(body)
    return all(char in rest for char in short) and short.endswith(tuple(end for end in _NAME_ENDS if end in body)) \
        and not _is_apart(short, body)  # not 沿江绿道 for 沿江绿道一期, one part of it


def _counts_back(short: str, name: str, number: float | None) -> bool:
    """两座桥 for 坝底村、泉井边村便民桥, 三口山塘 for 青塘村、庭前村、张村山塘清淤扩容: as many places,
    and the facility ends as the short name does (两座公厕改造 for 通衢村、上宇村公厕改造)."""
    places, facility = _places_and_facility(name)
    return len(places) == number and _built_thing(facility).endswith(_built_thing(short))


def _progress_after(doc: Document, index: int) -> str:
    """The next sentence of the paragraph when it reports progress without naming a project; for a
    listed item's heading, what its fields say of progress (进度安排:4月开工,… is a schedule, a plan);
    for a numbered item that is only a name, its own sentences after it. Read once per sentence (both
    choosing the sentences worth reading and reading them ask for it)."""
    said = doc.memo.setdefault("progress_after", {})
    if index not in said:
        said[index] = _read_progress_after(doc, index)
    return said[index]


def _read_progress_after(doc: Document, index: int) -> str:
    fields = doc.fields_after(index)
    if fields:
        return "".join("," + (_as_planned(value) if label in _SCHEDULES else value)
                       for label, value in fields if _PROGRESS_FIELD.search(label))
    if index + 1 >= len(doc.sentences):
        return ""
    if doc.sentences[index + 1].paragraph != doc.sentences[index].paragraph:
        return _answer_to(doc, index)
    if _NAMED_ITEM.match(doc.sentence_text(doc.sentences[index])):
        # 5.某村山塘除险加固。投资75万元,已于汛前完工。: the item's own sentences, up to the paragraph's end
        # (not the next item's, 1.某村山塘除险加固。2.某村道路硬化,已完工。, nor other works', 另外,镇里还新建了
        # 一座垃圾分类站,已经投用。)
        paragraph = doc.sentences[index].paragraph
        own = takewhile(lambda text: not _ITEM_OPENS.match(text)
                        and not (may_hold_names(text) and names_in(text, doc.gazetteer)),
                        (doc.sentence_text(sentence) for sentence in doc.sentences[index + 1:]
                         if sentence.paragraph == paragraph))
        return "".join("," + text for text in own)
    text = doc.sentence_text(doc.sentences[index + 1])
    if _PROGRESS.match(text) and not (may_hold_names(text) and names_in(text, doc.gazetteer)):
        return text
    return _parts_progress_later(doc, index)


def _parts_progress_later(doc: Document, index: int) -> str:
    """A later sentence, a few on and maybe in another paragraph, that says how far the parts of works
    have got (目前桩基和桥墩已全部完成,正在架设桥面), none between naming works of their own: the
    progress of the works named at `index` (破石大桥重建工地上,吊车正…)."""
    texts = [doc.sentence_text(sentence) for sentence in doc.sentences[index + 1:index + 1 + _PARTS_LATER]]
    report = next((n for n, text in enumerate(texts) if _PARTS_PROGRESS.match(text)), None)
    if report is None:
        return ""  # (looked for first: segmenting the sentences between costs more)
    for n, text in enumerate(texts[:report + 1]):
        if _ITEM_OPENS.match(text) or may_hold_names(text) and any(m.name for m in names_in(text, doc.gazetteer)):
            return ""  # (这座老桥, 新桥: the same works pointed at)
        if n < report and _other_works_said(text) and not _SAME_WORKS_OPENS.match(text):
            return ""  # (与大桥相连的村道也在同步拓宽。目前路面已全部完成硬化: that road's)
    return texts[report]


def _other_works_said(text: str) -> bool:
    """Whether the sentence says works are done or under way (村道也在同步拓宽, 祠堂去年由村民出资修缮, 新建了一座
    临时便桥); not a works word in what the works will bring or in a wish (大桥建成后,将有效提升…; 村民盼望早日改造)."""
    for match in _OTHER_WORKS_SAID.finditer(text):
        start = clause_bounds(text, match.start())[0]
        if _WORKS_HAPPEN.search(text, start, match.start()) or _WORKS_HAPPENED.match(text, match.end()):
            return True
    return False


def _answer_to(doc: Document, index: int) -> str:
    """问:某卫生院迁建工程去年没能如期完工,现在新院区用起来了吗? — for a question, the answer's sentences
    after it (答:用起来了。新院区今年4月正式投入使用…), up to one naming works of its own."""
    if not _QUESTION.match(doc.sentence_text(doc.sentences[index])) \
            or not _ANSWER.match(doc.sentence_text(doc.sentences[index + 1])):
        return ""
    paragraph = doc.sentences[index + 1].paragraph
    own = takewhile(lambda text: not (may_hold_names(text) and names_in(text, doc.gazetteer)),
                    (doc.sentence_text(sentence) for sentence in doc.sentences[index + 1:]
                     if sentence.paragraph == paragraph))
    return "".join("," + text for text in own)


def _as_planned(schedule: str) -> str:
    """A schedule's clauses read as plans (4月开工,10月底前完工: 将4月开工,将10月底前完工), unless it says
    something already happened or is going on (主体工程已于去年12月开工,年内结顶); a clause dated in a
    year gone (去年11月开工) is read as it stands."""
    if any(word in schedule for word in (*PAST, *PRESENT)):
        return schedule
    return ",".join(clause if _LAST_YEAR.match(clause) else _PLAN_WORD + clause for clause in schedule.split(","))


_YEAR_GONE = re.compile(r"去年|上年|前年")
_LAST_YEAR = re.compile(rf"^(?:{_YEAR_GONE.pattern})")


def _worth_reading(doc: Document) -> list[int]:
    """Sentences that may name a project and say something about it or where it is, those that use a
    short name given to one (东高线), and the few before a sentence that refers back (该工程).
    Segmenting only these keeps extraction cheap."""
    texts = [doc.sentence_text(sentence) for sentence in doc.sentences]
    placed = {doc.sentence_index(m.start) for m in doc.mentions}
    # Sentences that place a named facility (在高家镇的安仁水库) tell where a project is.
    chosen = {i for i, text in enumerate(texts) if (may_hold_names(text) or refers_back(text) or _PHASE_OPENS.match(text))
              and (_NEWS.search(text) or i in placed or _listed_as_livelihood(doc, i) or _reports_works_done(doc)
                   or _lists_works_to_come(doc, i) and (_in_colon_list(doc, i) or _batch_to_come(text))
                   or _NAMED_ITEM.match(text) and _NEWS.search(_progress_after(doc, i))
                   or _CEREMONY_AT.search(text) and _BATCH_STARTED.search(doc.head)
                   or _SCHOOL_TOLD.search(text) and _subject_school(doc))}  # refers_back: 这条路, which no facility word holds
    shorts = {definition["alias"] for text in texts for definition in _ALIAS.finditer(text)}
    chosen.update(i for i, text in enumerate(texts) if any(short in text for short in shorts))
    chosen.update(i for i in placed if _WORKS_COLUMN.search(next(iter(doc.column_names(doc.sentences[i])), "")))  # a row of works
    for i in [i for i in chosen if refers_back(texts[i])]:
        chosen.update(j for j in range(max(0, i - _ANTECEDENT_SENTENCES), i) if may_hold_names(texts[j]))
    return sorted(chosen)


def _antecedent(doc: Document, found: list[Sighting], index: int, at: int, reference: str) -> str | None:
    """The project 该中心 (at `at` in the body) points back to: the latest named in the sentences just
    before with the same head (中心), else holding its last character (这座新桥: 某桥改建工程), else for
    该工程 or 该项目 the latest named there, else the one with the same head the article's first
    sentence names, its subject (a quote may stand between 该工程 and that lead), else the one its
    headline names; none when the text went on to another township since, unless an earlier one
    of those is in the township it went to."""
    owner = OWNER_POINTERS.get(reference[:2])  # 该校改扩建工程: a school's works only
    if owner:
        found = [s for s in found if any(mark in s.name for mark in owner)]
    recent = [s for s in found if s.sentence in doc.sentences[max(0, index - _ANTECEDENT_SENTENCES):index + 1]]
    head = _head_of(reference)
    if head in WORKS and _unnamed_works_before(doc, found, index, at):
        return None  # 拓宽了甲村至集镇的产业路,该工程已于7月完工: works told, not named, just before
    own_item = _named_in_own_item(doc, found, index, at) if head in WORKS else None
    if own_item is not None and not _moved_on(doc, own_item, at, found):
        return own_item.name  # 甲工程…;乙楼已于去年10月开工,该工程总投资2.3亿元: the item's own works
    # (the works on a bridge too, 某漫水桥改建工程, said after another bridge: the latest of them)
    alike = [s for s in recent if s.name.endswith(head) or head and _built_thing(s.name).endswith(head)]
    # 这座新桥 for 某漫水桥改建工程 (holding 桥); any works only for 该工程/该项目, not 这座桥 for a 基地.
    kind = _type_in(head)  # 这所学校 for 某中心小学迁建工程, 该路段 for 某公路提升改造工程
    if head == _BARE_ROAD:
        kind = None  # 这条路 for a road (某道路提升工程), never for a bridge or a car park of its kind
    kin = [s for s in recent if _holds_head(s.name, head) or kind is not None and _type_in(s.name) == kind] if head else []
    anything = recent if head in WORKS else []
    subject = [s for s in found if s.sentence is doc.sentences[0] and s.name.endswith(head)]
    if alike or kin or anything:
        # The latest with the same head, else of the same kind, else any; when the text has moved on
        # from it, an earlier one in the township it moved to (该工程 in 岭洋乡 after a road in 双桥乡 and
        # a water station in 岭洋乡: the station), unless the text went to a place again since that one
        # (某礼堂已投用。在高家镇,一批危旧房正在加固,该工程…: unnamed works there).
        candidates = [s for pool in (alike, kin, anything) for s in reversed(pool)]
        return next((s.name for n, s in enumerate(candidates)
                     if not _moved_on(doc, s, at, found)
                     and (n == 0 or (said := _township_said(doc, s, found)) and not _gone_to_since(doc, s, at, said))),
                    None)
    if len({s.name for s in subject}) == 1:
        return None if _moved_on(doc, subject[-1], at, found) else subject[-1].name
    # 这条路 further on, when the article named one road before it (…捐资用于拓宽村里的通村公路。…这条路将在
    # 3月底前开工): that road; 该工程 when one project opened a sentence before it, its subject
    # (某公路拓宽工程是…。…该工程路基已全部完工)
    # (or the works told of before, when no other project was: 在某街道的某迁建工程工地,…。“…”项目经理说。该工程…)
    alone = len({s.name for s in found}) == 1
    earlier = [s for s in found if head and _holds_head(s.name, head)
               and (head not in WORKS or s.start == 0 or alone and s.name.endswith(head))]
    if len({s.name for s in earlier}) == 1 and not _moved_on(doc, earlier[-1], at, found):
        return earlier[-1].name
    named = _headline_antecedent(doc, head)
    if owner:
        return named if named and any(mark in named for mark in owner) else None
    return named or _village_own(doc, head, at, reference)


def _named_in_own_item(doc: Document, found: list[Sighting], index: int, at: int) -> Sighting | None:
    """The project last named before 该工程 (at `at` in the body) in its own sentence, when that sentence is
    an item of a list set apart by semicolons."""
    sentence = doc.sentences[index]
    before = doc.sentences[index - 1].text if index > 0 else ""
    if not (sentence.text.endswith(_ITEM_MARKS) or before.endswith(_ITEM_MARKS)):
        return None
    return next((s for s in reversed(found) if s.sentence is sentence and sentence.start + s.end <= at), None)


def _scene_before(doc: Document, index: int, reference: str) -> str | None:
    """这个食堂 after 在廿里镇文塘村老年食堂,十多位老人正围坐着吃午饭: the facility a sentence just before
    opens on as the scene of what goes on there, which names no works, is what the reference points back
    to, when it is named with its place (in full: 上方镇金牛村冻米糖作坊 for 在上方镇金牛村的冻米糖作坊里)."""
    head = _head_of(reference)
    if not head.endswith(_FACILITY_ENDS):
        return None
    for at in range(index - 1, max(-1, index - 1 - _ANTECEDENT_SENTENCES), -1):
        sentence = doc.sentences[at]
        scene = _SCENE_OPENS.match(doc.sentence_text(sentence))
        if scene and scene["facility"].endswith(head) \
                and any(m.start == sentence.start + scene.start("facility") for m in doc.mentions):
            return scene["facility"].replace(_OF, "")
    return None


def _holds_head(name: str, head: str) -> bool:
    """Whether a project's name holds the last character of a reference's head as its own (这座新桥 for
    某桥改建工程), not inside a word before another facility (该中心 is no 高家镇中心小学综合楼)."""
    at = name.rfind(head[-1:])
    return at >= 0 and not name[at + 1:].endswith(_FACILITY_ENDS)


def _unnamed_works_before(doc: Document, found: list[Sighting], index: int, at: int) -> bool:
    """Whether the sentence of 该工程 tells works done (拓宽了, 新建了) in a clause before it that names
    no project: the works 该工程 stands for, which the rules did not read as a name."""
    sentence = doc.sentences[index]
    before = doc.article.body[sentence.start:at]
    named = [s for s in found if s.sentence is sentence and sentence.start + s.start < at]
    after_names = max((s.end for s in named), default=0)
    return _WORKS_DONE_TOLD.search(before, after_names) is not None


def _village_own(doc: Document, head: str, at: int, reference: str) -> str | None:
    """这座公厕 with no 公厕 named before, in a story about one village (桥王村): the village's own; not
    when one was named before it (在紫薇村的上坞山塘,…。这座山塘…), though it may have been described
    (旁边一座白墙黛瓦的公厕, 一座新公厕), unless the reference names works on it (记者在湘思村看到,刚完成
    除险加固的后坞山塘…。该山塘除险加固工程…): those on the one named, in the village named in its sentence
    (湘思村后坞山塘), in a story of one village or more."""
    village = _subject_village(doc)
    if not (len(head) > 1 and head.endswith(_FACILITY_ENDS)):
        return None
    # (村里的茶叶加工厂迎来…。这座加工厂…建成: the village's own, named before with what it is)
    owned = list(re.finditer(rf"(?:{_VILLAGE_OWN_SAID}|{village}){_WHAT}{re.escape(head)}", doc.article.body[:at])) \
        if village else []
    if owned:
        return village + owned[-1]["what"] + head
    if not any(word in head for word in INFRASTRUCTURE):
        return None
    named = _kind_said_before(doc.article.body[:at], head)
    if not named:
        return village + head if village else None
    own = named[-1]["own"]
    works = _WORKS_AFTER_REFERENCE.match(doc.article.body, at + len(reference)) is not None
    place = _village_in_sentence_before(doc, named[-1].start()) or village
    return place + own + head if works and len(own) == _OWN_NAME and not own.endswith(_VILLAGE_END) and place else None


def _kind_said_before(before: str, head: str) -> list[re.Match]:
    """Where a facility's kind (山塘) was said in `before`, with what stands before it (_SAID_BEFORE_KIND);
    not the same pointed at (这口山塘) nor works on it (正在加固山塘)."""
    return [match for match in re.finditer(_SAID_BEFORE_KIND + re.escape(head), before)
            if not _POINTED_AT.search(match.group()) and match["own"] not in WORKS_CARRIED_OUT]


def _village_in_sentence_before(doc: Document, at: int) -> str | None:
    """The last village named in the sentence before `at` in the body (记者在湘思村看到,…的后坞山塘: 湘思村)."""
    start = doc.sentences[doc.sentence_index(at)].start
    villages = [m for m in doc.mentions if m.kind == _VILLAGE and start <= m.start and m.end <= at]
    return doc.text[villages[-1].start:villages[-1].end] if villages else None


def _moved_on(doc: Document, chosen: Sighting, at: int, found: list[Sighting]) -> bool:
    """Whether the text between a project's sentence and a reference (at `at`) goes on to another
    township (在上方镇,某水库提升工程正抓紧施工…。代表们还来到举村乡,察看…。该工程…): the reference
    is then to works there, of no name the rules read. The project's township is read where it was
    named, or in an earlier sentence naming it when that one names none (在双桥乡,察看了某工程。这条路…)."""
    since = chosen.sentence.start + chosen.end
    there = _township_said(doc, chosen, found)
    between = {m.township_id for m in doc.mentions
               if since <= m.start < at and _GOES_TO.search(doc.text, max(0, m.start - 6), m.start)
               and not _with_own_township(doc, m, there)}
    return bool(there and between) and there.isdisjoint(between)


def _gone_to_since(doc: Document, chosen: Sighting, at: int, there: set[str]) -> bool:
    """Whether the text goes to a township other than the sighting's own (`there`: 在高家镇, 来到某乡) between
    the sighting and `at`."""
    since = chosen.sentence.start + chosen.end
    return any(since <= m.start < at and m.township_id not in there
               and _GOES_TO.search(doc.text, max(0, m.start - 6), m.start) for m in doc.mentions)


def _township_said(doc: Document, chosen: Sighting, found: list[Sighting]) -> set[str]:
    """The townships its name holds (峡川镇至东坪村公路改建工程: 峡川镇, though its sentence names more), else
    those named in the sentence of a sighting, or else in the latest earlier one naming the same project
    that names any."""
    own = _townships_named(doc, [chosen])
    if own:
        return own
    named = [s.sentence for s in found if s.name == chosen.name and s.sentence.start <= chosen.sentence.start]
    for sentence in sorted(named, key=lambda sentence: sentence.start, reverse=True):
        there = {m.township_id for m in doc.mentions if sentence.start <= m.start < sentence.end}
        if there:
            return there
    return set()


def _with_own_township(doc: Document, mention, there: set[str]) -> bool:
    """浮石街道、樟潭街道的安置户…: a sentence naming the works' own township as well does not move on."""
    index = doc.sentence_index(mention.start)
    return any(m.township_id in there and doc.sentence_index(m.start) == index for m in doc.mentions)


def _headline_antecedent(doc: Document, head: str) -> str | None:
    """The project with this head its headline names (周家乡居家养老服务中心建成投用), for 该中心 with no
    project named before it in the body."""
    return next((mention.name for _, mention in _headline_mentions(doc) if mention.name.endswith(head)), None)


def _head_of(reference: str) -> str:
    """What 该中心, 这座桥, 这个加工中心 name: 中心, 桥, 加工中心; what a described one names after its
    description (这座装机容量120千瓦的村级光伏电站: 村级光伏电站)."""
    pointer = max((word for word in (*DEMONSTRATIVES, *OWNER_POINTERS) if reference.startswith(word)),
                  key=len, default="")
    return reference[len(pointer):].rpartition(_DESCRIPTION_ENDS)[2]


# What may stand before works opening a clause as its subject: nothing, or where they were built (在城北片区
# 建设的区第二自来水厂已经通水); or the works verb of a list's next item (启动某工程,新建某幼儿园,新开通…).
_SUBJECTS_LEAD = re.compile(r"(?:在[^,，。;；]{2,12}?(?:新建|建设|修建|建成)的)?|"
                            rf"(?:{'|'.join(WORKS_VERBS)})++")


def _next_subject(text: str, mention: NameMention, later: list[NameMention]) -> int:
    """Where a later clause opens with other works as its subject (区体育中心将开工建设,区第二自来水厂已经
    通水): what that clause says is theirs. The sentence's end if none does."""
    own_end = clause_bounds(text, mention.start)[1]
    for other in later:
        start = clause_bounds(text, other.start)[0]
        if other.name and other.name != mention.name and start >= own_end \
                and _SUBJECTS_LEAD.fullmatch(text, start, other.start) and not _built_by(mention.name, other.name):
            return start
    return len(text)


def _built_by(works: str, other: str) -> bool:
    """区人民医院新院区 after 区人民医院迁建工程: what the works build (their name less its works words), named
    again with more, is theirs, and so is what is said of it (新院区今年10月正式启用)."""
    built = works
    while (shorter := _WORKS_SUFFIX.sub("", built)) not in ("", built):
        built = shorter
    return len(_built_thing(works)) >= 2 and other.startswith(built)


def _sighting(doc: Document, index: int, text: str, mention: NameMention, name: str,
              progress: str, following: int, until: int) -> Sighting:
    sentence = doc.sentences[index]
    clause_start, clause_end = clause_bounds(text, mention.start)
    opens_it = mention.start == 0 and _IS.match(text, mention.end) is not None
    if opens_it:
        other = _OTHER_FACILITY.search(text, mention.end)
        text = text[:other.start()] if other else text
    if mention.own_clause and not opens_it:
        # A quoted programme, or a facility without a place, counts only where its own clause
        # reports it (“爱心托管”服务在某地启动, 新建成的智能育秧工厂已完成设备调试), or the clause
        # after, when it goes on without a subject of its own (改造成游客服务中心,9月底已投入使用);
        # a sentence that opens with it as its subject (某安置小区是…,于…开工) is all about it.
        after = clause_end + 1
        while described := _DESCRIBED.match(text, after):
            after = described.end()  # 某停车场新增车位55个,投资18.6万元,已于6月完工
        continued = _SAME_SUBJECT.match(text, after) \
            or (_DUE_NEXT.match(text, after) if not _JOINED.search(text, clause_start, clause_end) else None)
        text = text[:continued.end() if continued else clause_end]
        # A listed item's heading (三、某服务中心) is what its fields (进度安排:…) speak of.
        window = text[clause_start:] + (progress if doc.fields_after(index) else "")
    else:
        window = text[clause_start:] + progress
    planning = _lists_works_to_come(doc, index)
    own = window[:until - clause_start] if until < len(text) else window
    status, completion = status_in(own, doc.issue_date, mention.end - clause_start,
                                   mention.start - clause_start, before=text[:clause_start], planning=planning)
    if status is None and until < len(text):
        # (在某卫生院迁建工地,新院区门诊楼已结顶: nothing said before the parts, what is said of them is its)
        status, completion = status_in(window, doc.issue_date, mention.end - clause_start,
                                       mention.start - clause_start, before=text[:clause_start], planning=planning)
    if status is None and (described := _DESCRIBED_THEN_ALSO.search(text, 0, clause_start)) \
            and text.startswith(_ALSO, clause_start):
        # 与某学校同时投用的,还有某幼儿园扩建: what the clause before says of them
        said = described.start("said")
        status, completion = status_in(text[said:], doc.issue_date, mention.end - said, mention.start - said,
                                       planning=planning)
    if status is None and _ITEM_OPENS.match(text) and (header := _list_header(doc, index)):
        # 已经完成的三件是: / 1.某停车场,总投资1200万元;
        status = "completed" if _DONE_HEADER.match(header) else status_in(header, doc.issue_date)[0]
    if status is None and (_CEREMONY_AT.search(text, 0, mention.start) or _BATCH_LISTED.search(text, 0, mention.start)) \
            and _BATCH_STARTED.search(doc.head) and not _BATCH_LATER.search(doc.head):
        # 主会场设在某工程工地, 其余项目还包括某公路改造、某小学扩建等, under 一批项目集中开工: one of the batch, started
        status = "in_progress"
    titled = _in_a_title(text, mention)
    if titled:
        status, completion = None, None
    if mention.of_a_part and status == "completed":
        status = "in_progress"  # 某工程的综合楼已交付使用: one part is done, the works go on
    if status in (None, "in_progress") and _among_candidates(doc, index, mention.start) \
            and not _QUOTED_KIND.fullmatch(name):
        # 初步确定12个候选项目,将提交区人代会票决。其中包括某卫生院迁建、…: put to a vote, whatever verb of
        # another item stands beside it (其中包括新建某幼儿园,实施某工程…) (not 便民桥、停车场等
        # “小切口”项目, a kind of them)
        status = "planned"
    if status is None and _lists_works_to_come(doc, index) \
            and (_MONEY_PLANNED.search(window) or _listed_as_livelihood(doc, index) or mention.batch
                 or _AMONG_THEM.match(text, mention.end)):
        # 今年计划实施9件民生实事: 其中,某停车场计划投资90万元 is one of them, to come (so is a batch counted
        # among next year's candidates: 并在山区乡镇新建10个村级老年食堂; and works said to be among them,
        # 某公路改造工程也列入其中)
        status = "planned"
    later = _LATER_SAID.search(text) or any(int(year) > doc.issue_date.year for year in _A_YEAR.findall(text))
    if status is None and _DONE_LIST_HEAD.search(text, 0, mention.start) and not later:
        status = "completed"  # 十件民生实事全部完成:新改扩建幼儿园5所,…,完成危旧房治理改造412户
    elif status in (None, "planned") and not later and _item_of_a_done_list(doc, index):
        # 去年十件民生实事全部完成:…;新建居家养老服务照料中心15个;: an item after a semicolon, done
        # (in a report that also lists this year's works, where a bare 新建 would be read as a plan)
        status = "completed"
    if status is None and mention.batch and _reports_works_done(doc) and not later:
        # 我区十方面民生实事全面完成: 全区新建老年食堂35家 is among the works done
        status = "completed"
    if (status is None or status == "completed" and not _WHEN_DONE.search(text)) and text.startswith(_PART_OF_LIST) \
            and index > 0 and _WORKS_PLANNED_COUNTED.search(doc.sentence_text(doc.sentences[index - 1])):
        # 我区计划实施农田水利项目62个。其中,对全区45座病险山塘进行综合整治: one of the works planned (so is
        # 并完成某地5条渠道的清淤, works to be done, with no 已 or day of their own)
        status = "planned"
    investment = next((a.yuan for a in amounts_in(text, doc.column_names(sentence)) if a.kind in _FUNDING
                       and settled_kind(a, text, of_a_project=True) == "investment"
                       and a.end > clause_start and _own_amount(text, mention, a.start, following)), None)
    livelihood = any(word in text[clause_start:] if mention.own_clause else word in text for word in LIVELIHOOD) \
        or _listed_as_livelihood(doc, index)
    return Sighting(name, sentence, mention.start, mention.end, status, completion, investment, livelihood,
                    batch=mention.batch, titled=titled, more=mention.more)


def _item_of_a_done_list(doc: Document, index: int) -> bool:
    """Whether the sentence at `index` goes on a list of works done that an earlier sentence of its paragraph
    opened (全部完成:甲;乙;), each ending in a semicolon."""
    at = index
    while at > 0 and doc.sentences[at - 1].paragraph == doc.sentences[at].paragraph \
            and _ITEM_ENDS_INSIDE.fullmatch(doc.sentence_text(doc.sentences[at - 1])[-1:]):
        at -= 1
        if _DONE_LIST_HEAD.search(doc.sentence_text(doc.sentences[at])):
            return True
    return False


def _in_a_title(text: str, mention: NameMention) -> bool:
    opened = text.rfind(_TITLE_OPEN, 0, mention.start)
    return opened >= 0 and _TITLE_CLOSE not in text[opened:mention.start] and _TITLE_CLOSE in text[mention.end:]


def _among_candidates(doc: Document, index: int, at: int) -> bool:
    """Whether the name at `at` in the sentence at `index` is one of the candidate works its sentence
    speaks of before it, or the sentence before when this one opens with 其中."""
    text = doc.sentence_text(doc.sentences[index])
    before = doc.sentence_text(doc.sentences[index - 1]) if index > 0 else ""
    said = text if _CANDIDATE_WORKS.search(text, 0, at) else before \
        if text.startswith(_PART_OF_LIST) and _CANDIDATE_WORKS.search(before) else None
    after = doc.sentence_text(doc.sentences[index + 1]) if index + 1 < len(doc.sentences) else ""
    # (put to a vote, said there, in the sentences beside it or in the headline: 审议了…民生实事候选项目的报告。
    # 明年的候选项目共15个,…其中包括新建…。这些候选项目将…由人大代表投票决定)
    return said is not None and _PUT_TO_A_VOTE.search(before + said + after + doc.head) is not None


def _list_header(doc: Document, index: int) -> str:
    """The line a numbered list the item at `index` belongs to opens with, when it ends with a colon and
    the items follow it one per paragraph (已经完成的三件是: / 1.… / 2.…); else ""."""
    at = index
    while at > 0 and _ITEM_OPENS.match(doc.sentence_text(doc.sentences[at])) \
            and doc.sentences[at - 1].paragraph == doc.sentences[at].paragraph - 1:
        at -= 1
    header = doc.sentence_text(doc.sentences[at])
    return header if at < index and header.endswith((":", "：")) else ""


def _reports_works_done(doc: Document) -> bool:
    """Whether the headline reports the year's works all done (我区2021年十方面民生实事全面完成, 去年8件民生实事
    全部交账)."""
    done = _ALL_DONE_HEADLINE.search(doc.head)
    if done is None:
        return False
    # (in the done words' own phrase: not 明年将办好十件实事 before 今年民生实事全面完成)
    opening = max((gap.end() for gap in _PHRASE_GAP.finditer(doc.head, 0, done.start("done"))), default=0)
    return not any(not (aim.group() == "计划" and _PLANNED_ONES.match(doc.head, aim.start(), done.start("done")))
                   for aim in _AIMED_AT.finditer(doc.head, opening, done.start("done")))


def _batch_to_come(text: str) -> bool:
    """今年,全区将新改建农村公厕30座: a batch counted among the works to come, unless what leads to it looks
    back (过去一年,全区新建…18个, 截至目前已新建…5个); not what follows it (…,届时累计将达15个) or comes before
    this year's (在去年的基础上,今年再新建…3个)."""
    for batch in _BATCH_COUNTED.finditer(text):
        this_year = text.rfind(_THIS_YEAR, 0, batch.start())
        if not _BATCH_LOOKED_BACK.search(text, max(this_year, 0), batch.end()):
            return True
    return False


def _lists_works_to_come(doc: Document, index: int | None = None) -> bool:
    """Whether the headline lists works to come (2026年民生实事候选项目确定 printed in 2025, 今年我区将
    办好十件民生实事): its works are plans. Not a target (力争2027年底投用) or a greeting (迎接2026年元旦).
    With `index`, whether the sentence at it is among them (at or after a list of this year's works)."""
    if "works_to_come" not in doc.memo:
        headline = doc.head
        years = (int(year) for year in _PLAN_LIST_YEAR.findall(headline))
        # (or a lead announcing next year's candidates: 区政府公布2027年民生实事候选项目, under any headline)
        lead = doc.sentences[0].text if doc.sentences else ""
        announced = (int(year) for year in _CANDIDATES_YEAR.findall(lead))
        sought = (int(year) for text in (headline, lead) for year in _WORKS_SOUGHT.findall(text))
        this_year = doc.issue_date.year
        chosen = (this_year if year == _THIS else int(year) for text in (headline, lead)
                  for pattern in (_WORKS_BEING_CHOSEN, _WORKS_LISTED, _WORKS_DECIDED) for year in pattern.findall(text))
        # (or next year's just voted, 票决产生了2022年…民生实事 in a December issue)
        voted = (int(v["year"]) for text in (headline, lead) for v in _VOTED.finditer(text) if v["year"] != _THIS)
        early = doc.issue_date.month <= _CHOSEN_BY_MONTH
        plans = _PLANS_ANNOUNCED.search(lead)
        plans_announced = plans is not None and not _YEAR_GONE.search(lead, 0, plans.start())
        # (a list said to come, 今年将办好…, or voted in the lead, 近日,…票决通过2020年度…民生实事: the news is the
        # vote, in any month)
        listed_at, still_planned = next(((at, (_STILL_PLANNED.search(listed["lead"]) is not None
                                               or at == 0 and listed.re is _VOTED
                                               and _vote_is_news(sentence.text, listed, doc.issue_date.month))
                                          and not any(_LIST_DONE.search(later.text) for later in doc.sentences[at + 1:]))
                                         for at, sentence in enumerate(doc.sentences)
                                         if (listed := _YEARS_LIST.search(sentence.text) or _voted_this_year(sentence.text, this_year))),
                                        (None, False))
        doc.memo["works_to_come"] = 0 if any(year > this_year for year in (*years, *announced, *voted)) \
            or any(year >= this_year for year in sought) \
            or any(year > this_year or year == this_year and early for year in chosen) \
            or _PLAN_LIST.search(headline) is not None or plans_announced \
            else listed_at if early or still_planned else None
    start = doc.memo["works_to_come"]
    return start is not None and (index is None or index >= start)


def _vote_is_news(text: str, vote: re.Match, month: int) -> bool:
    """近日,廿里镇人大主席团会议票决通过2021年度…民生实事 (an April issue): whether the lead's vote is its news,
    recent and not looked back on (not 今年3月,…票决通过… in a September issue, nor 年初票决通过…以来)."""
    if _SINCE in text[vote.end():]:
        return False
    return all(dated[1] is not None and month - parse_numeral(dated[1]) <= 1
               for dated in _VOTE_DATED.finditer(text, 0, vote.start()))


def _voted_this_year(text: str, this_year: int) -> re.Match | None:
    """…从16个候选项目中票决产生了2020年区政府十件民生实事项目 (in a 2020 issue): this year's works just voted,
    a list of them from here on, as 今年将办好十件民生实事: opens one."""
    voted = _VOTED.search(text)
    return voted if voted is not None and (voted["year"] == _THIS or int(voted["year"]) == this_year) else None


def _listed_as_livelihood(doc: Document, index: int) -> bool:
    """二是新建某卫生院综合楼; — an item of a list (一是…；二是…, 一、…；二、…) that a sentence about
    民生实事 opens, or that opens in an article listing works to come (2027年民生实事候选项目…)."""
    sentence = doc.sentences[index]
    # In an article of works to come, an item may be a title with its works in the sentence after it
    # (三是老年助餐服务。新建、改造老年食堂15个。四是…).
    to_come = _lists_works_to_come(doc, index)
    if to_come and (_FIRST_ITEM.match(sentence.text) or _FIRST_AFTER_COLON.search(sentence.text)) \
            and index + 1 < len(doc.sentences) and _LIST_ITEM.match(doc.sentences[index + 1].text):
        return True  # 具体如下: / 一、新建农村文化礼堂18个。 / 二、…: the first of them (or 具体如下:一、…。二、…)
    if not (_LIST_ITEM.match(sentence.text) or to_come and _under_item_title(doc, index, of_works=True)):
        return False
    for at in range(index - 1, -1, -1):
        earlier = doc.sentences[at]
        # Items may each have a paragraph of their own (二、…) only in an article of works to come; elsewhere
        # a paragraph's 二是 may open a section on anything (一、民生实事…。 / 二、产业发展…).
        if earlier.paragraph != sentence.paragraph and not to_come:
            return False
        if not (_LIST_ITEM.match(earlier.text) or to_come and _under_item_title(doc, at)):
            return _FIRST_ITEM.search(earlier.text) is not None \
                and (any(word in earlier.text for word in LIVELIHOOD) or _lists_works_to_come(doc, index))
    return False


def _is_item_title(doc: Document, sighting: Sighting) -> bool:
    """Whether the name is said in an item's title (九是病险山塘整治。), which names the kind of works its
    batch is (完成病险山塘除险加固20座), not one place's."""
    return _ITEM_TITLE.match(doc.sentence_text(sighting.sentence)) is not None


def _under_item_title(doc: Document, index: int, of_works: bool = False) -> bool:
    """Whether the sentence at `index` follows an item's title in its paragraph (八是文化惠民。); `of_works`,
    a title of works, not of how they are run (二是强化宣传。)."""
    title = doc.sentence_text(doc.sentences[index - 1]) if index > 0 else ""
    return index > 0 and doc.sentences[index - 1].paragraph == doc.sentences[index].paragraph \
        and _ITEM_TITLE.match(title) is not None and not (of_works and _RUNS_THE_WORKS.search(title))


def _own_amount(text: str, mention: NameMention, at: int, following: int) -> bool:
    """Whether an amount at `at` is the mentioned project's: before the next project named in the
    sentence, and not the sum of a list (甲、乙等项目总投资…, 十件实事计划总投资…) nor each place's share."""
    return at < following and not _sums_a_list(text, mention.end, at) and not _each_gives(text, at)


def rate_for_each(text: str, at: int) -> bool:
    """对每家规范化村卫生室补助15万元: the amount at `at` is a rate for any one of a kind of works, so no
    named project's investment (though it is still money spent on such works)."""
    return _RATE_FOR_EACH.search(text, clause_bounds(text, at)[0], at) is not None


def _each_gives(text: str, at: int) -> bool:
    """甲村、乙村的卫生室由乡贤捐资建设,各捐资30万元: what each gave, not the works' investment."""
    return _EACH_GAVE.search(text, clause_bounds(text, at)[0], at) is not None


def _sums_its_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of the name at text[start:end] sums a list it is in (实施城东小学等3个项目;
    其中甲、乙等项目), not a list it is put on (某礼堂被列入今年区十大民生实事)."""
    total = _TOTAL.search(text, start, clause_bounds(text, start)[1])
    return total is not None and not _PUT_ON.search(text, end, total.start())


def _sums_a_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between a project and an amount, makes the amount a list's sum
    (…等,十件实事计划总投资…); 十件民生实事之一 does not."""
    return _TOTAL.search(text, start, end) is not None


def _group(doc: Document, sightings: list[Sighting]) -> list[list[Sighting]]:
    """Mentions of one project: each name contains, or is contained in, every other name of it, and
    the places in its names and in the group's are not of different townships (莲花农贸市场提升改造工程
    and 上方镇农贸市场 are two markets); more of a kind (已建成老年食堂4个,还将在甲村、乙村各建一个) are new
    works, not those said before."""
    groups: list[list[Sighting]] = []
    for sighting in sightings:
        named = _where_named(doc, sighting)
        home = None if sighting.more else \
            next((g for g in groups if all(_same_project(sighting.name, s.name) for s in g)
                  and not _in_other_townships(named, set().union(*(_where_named(doc, s) for s in g)))), None)
        if home is None:
            groups.append([sighting])
        else:
            home.append(sighting)
    return groups


def _where_named(doc: Document, sighting: Sighting) -> set[str]:
    """The townships of the places a sighting's name holds (or that are listed as its owners), else of
    those named in its clause before a bare name (位于樟潭街道通江社区的城市书房): where that one is, so it
    is not the 城市书房 of another township named elsewhere."""
    named = _townships_named(doc, [sighting])
    if named:
        return named
    start = sighting.sentence.start + sighting.start
    clause_start = sighting.sentence.start + clause_bounds(sighting.sentence.text, sighting.start)[0]
    return {m.township_id for m in doc.mentions if clause_start <= m.start and m.end <= start}


def _places_told_apart(groups: list[list[Sighting]]) -> list[list[Sighting]]:
    """Works in several places named together (滨江村、锦桥村、车塘村三口山塘) are one project, and a
    later mention of one place's (滨江山塘, 大川礼堂) is part of it; but when one is given a status of
    its own (滨江山塘在4月底率先完工), the places' works are told apart: one project per place, each with
    the status said of it, else the one said of them all. The order of first mention is kept."""
    taken: set[int] = set()
    instead: dict[int, list[list[Sighting]]] = {}
    for group in groups:
        places, facility = _places_and_facility(max((s.name for s in group), key=len))
        if not places or id(group) in taken:
            continue
        parts = {place: [g for g in groups if g is not group and id(g) not in taken and not _built_before(g, group)
                         and all(_of_place(s.name, place, facility) and not _ONE_MORE.search(s.sentence.text, 0, s.start)
                                 for s in g)] for place in places}
        taken.update(id(g) for found in parts.values() for g in found)
        if not any(s.status for found in parts.values() for g in found for s in g):
            name = max((s.name for s in group), key=len)
            instead[id(group)] = [group + [replace(s, name=name, told_from=s.name)
                                           for found in parts.values() for g in found for s in g]]
            continue
        instead[id(group)] = []
        for place, found in parts.items():
            own = [replace(s, name=place + facility) for g in found for s in g]
            said_alone = any(s.status for s in own)  # then what is said of them all is not its status
            instead[id(group)].append(own + [replace(s, name=place + facility, status=None if said_alone else s.status,
                                                     told_from=s.name) for s in group])
    return [told for group in groups if id(group) not in taken for told in instead.get(id(group), [group])]


def _built_before(part: list[Sighting], group: list[Sighting]) -> bool:
    """Whether one place's facility is in use while the works of all are still to come (沙坑村互助养老点已运行
    半年 / 龙山村、沙坑村两个互助养老点计划下半年开工): another facility, no part of them; not one told done
    after the plan (计划在上棠村、下棠村各建一个老年食堂。目前,上棠村老年食堂已于4月底投入使用: its fruit)."""
    if {s.status for s in group} - {None} != {"planned"}:
        return False
    planned_at = min(s.sentence.start + s.start for s in group if s.status == "planned")
    return any(s.status == "completed" and s.sentence.start + s.start < planned_at for s in part)


def _places_and_facility(name: str) -> tuple[list[str], str]:
    """(霞飞社区, 天湖社区), 老年食堂 for 霞飞社区、天湖社区老年食堂; nothing for a name of one place."""
    *listed, last = name.split(_LISTED)
    place = _ONE_PLACE.match(last)
    if not listed or place is None or place.end() == len(last):
        return [], ""
    return [*listed, place.group()], last[place.end():]


def _of_place(name: str, place: str, facility: str) -> bool:
    """Whether 滨江山塘 (or 滨江村山塘, 某镇滨江村山塘) is the works of 滨江村 among 滨江村、锦桥村山塘整治: the
    place, maybe without its 村 or after its township, then the facility's thing or a shorter form of it."""
    name = _PLACE_PREFIX.sub("", name) if not name.startswith(place) else name  # (周家乡双溪村老年食堂)
    prefix = next((p for p in (place, _PLACE_END.sub("", place)) if len(p) >= 2 and name.startswith(p)), None)
    if prefix is None:
        return False
    thing = _WORKS_SUFFIX.sub("", name[len(prefix):])
    rest = iter(facility)
    return bool(thing) and thing[-1] in facility and all(char in rest for char in thing)


def _in_other_townships(named: set[str], group_named: set[str]) -> bool:
    return bool(named and group_named) and named.isdisjoint(group_named)


def _same_project(one: str, other: str) -> bool:
    """One name inside the other, or the same thing said in other words: 山区公路提升工程 and
    山区旅游公路建设项目 (what is built, without place and works words, one inside the other in
    order), unless the longer adds a place or a part (至东华村, 二期), or the two name different
    townships (甲镇中心幼儿园新建工程, 乙镇中心幼儿园改造工程). The ends of a stretch are the same said
    with or without 镇, 乡 (全旺至上方公路 and 全旺镇至上方镇公路拓宽改造)."""
    one, other = _TOWNSHIP_AT_END.sub("", one), _TOWNSHIP_AT_END.sub("", other)  # (全旺至上方公路)
    if (_LISTED in one) != (_LISTED in other):
        # 双溪村、川坑村山塘 and 川坑村山塘除险加固工程, or 川坑村山塘 (the last place's, printed inside the
        # name of all): see _places_told_apart; but 山塘整治工程, with no place, is the works of all of them
        return (one in other or other in one) and not _ONE_PLACE.match(other if _LISTED in one else one)
    if one in other or other in one:
        short, long = sorted((one, other), key=len)
        # 某供水工程 and (高家镇)某供水工程二期: the whole and one phase of it
        return not _PHASE_REFERENCE_END.search(long) or _PHASE_REFERENCE_END.search(short) is not None \
            or not _PLACE_PREFIX.sub("", long).startswith(_PLACE_PREFIX.sub("", short))
    places = {match[0] for match in map(_PLACE_PREFIX.match, (one, other)) if match}
    if len(places) > 1:
        return False
    short, long = sorted((_built_thing(one), _built_thing(other)), key=len)
    if len(short) < _SAME_THING_MIN or short[-1] != long[-1] or _is_apart(short, long):
        return False
    rest = iter(long)
    return all(char in rest for char in short)


def _built_thing(name: str) -> str:
    name = _PLACE_PREFIX.sub("", name)
    while True:
        shorter = _WORKS_SUFFIX.sub("", name)
        if shorter == name or not shorter:
            return name
        name = shorter


def _is_apart(short: str, long: str) -> bool:
    extra = "".join(char for char in long if char not in short)
    return _APART.search(extra) is not None


def _listed(doc: Document, sighting: Sighting) -> bool:
    """Whether a name is an item of a list (甲工程、乙建设等项目, or 这五件分别是:新建甲;实施乙;…): in an
    article of works to come, one of them (2026年民生实事候选项目)."""
    if _item_after_colon(doc, sighting):
        return True
    body, start, end = doc.article.body, sighting.sentence.start + sighting.start, sighting.sentence.start + sighting.end
    if not (_LIST_AFTER.match(body, end) is not None or body[:start].endswith(_LISTED)):
        return False
    text = doc.sentence_text(sighting.sentence)
    return _LIST_OF_WORKS.search(text, sighting.end) is not None or _INCLUDES.search(text, 0, sighting.start) is not None


def _in_colon_list(doc: Document, index: int) -> bool:
    """Whether the sentence at `index` is a list a colon opens (十件实事是:新建老年食堂30家;) or one of its
    items, parted by semicolons (改造农村公厕60座。): not a sentence after it (去年,某门诊楼改造等项目…)."""
    at = index
    while _LIST_OPENS.search(_ITEM_ENDS.sub("", doc.sentence_text(doc.sentences[at]))) is None:
        if at == 0 or doc.sentences[at - 1].paragraph != doc.sentences[at].paragraph \
                or _ITEM_ENDS.search(doc.sentence_text(doc.sentences[at - 1])) is None:
            return False
        at -= 1
    return True


def _item_after_colon(doc: Document, sighting: Sighting) -> bool:
    """Whether the name's sentence is an item of a list a colon opens, its items parted by semicolons
    (这五件分别是:新建甲;实施乙;…): the colon comes before the name, or before the semicolons that end
    each sentence since in its paragraph."""
    index = doc.sentences.index(sighting.sentence)
    text = doc.sentence_text(sighting.sentence)[:sighting.start]
    while _LIST_OPENS.search(text) is None:
        previous = doc.sentences[index - 1] if index else None
        if previous is None or previous.paragraph != sighting.sentence.paragraph \
                or _ITEM_ENDS.search(doc.sentence_text(previous)) is None:
            return False
        index -= 1
        text = _ITEM_ENDS.sub("", doc.sentence_text(previous))
    return True


def _whole_of_phases(group: list[Sighting], groups: list[list[Sighting]]) -> bool:
    """某工程总投资1.28亿元,分三期实施 with its phases reported as projects of their own (某工程一期, 二期…):
    the works as a whole, of no status of its own, are those phases, not one more project."""
    if any(s.status for s in group):
        return False
    names = {_PLACE_PREFIX.sub("", s.name) for s in group}
    return any(other is not group and any(_PHASE_REFERENCE_END.search(s.name) and _PLACE_PREFIX.sub("", _PHASE_REFERENCE_END.sub("", s.name))
                                          in names for s in other) for other in groups)


def _is_reported(group: list[Sighting]) -> bool:
    return any(s.status or s.investment or s.livelihood or s.titled for s in group)


def _project(doc: Document, group: list[Sighting], headline_status: str | None) -> Project:
    """The project of a group of sightings; a status its headline gives (…工程完工) counts as one."""
    best = max(group, key=lambda s: s.weight)  # max keeps the first of equals
    name = max(_names_of_the_whole(group), key=len)
    last = max(doc.sentence_index(s.sentence.start) for s in group)
    return Project(
        name=name,
        project_type=project_type(name, doc.sentence_text(best.sentence), doc.head),
        status=max((headline_status, *(s.status for s in group)), key=lambda status: RANK[status])
        or ("planned" if _lists_works_to_come(doc, last) else None)  # 2026年民生实事候选项目: 某工程估算投资…
        or ("completed" if any(_MADE_FROM.match(s.sentence.text, s.end) for s in group) else None),
        township_id=_township(doc, group, best),
        evidence=doc.evidence(best.sentence, best.start, best.end),
        investment_yuan=None,  # set by _with_linked_investment
        planned_completion=next((s.completion for s in group if s.completion), None),
    )


def _names_of_the_whole(group: list[Sighting]) -> list[str]:
    """The group's names, less those of a part of works named too (某饮用水提标工程加压泵站 beside 某饮用水提标
    工程: the pumping station is one part of the works the project is)."""
    names = list(dict.fromkeys(s.name for s in group))  # (in the order seen: the first of equals is kept)
    whole = [name for name in names
             if not any(name != other and name.startswith(other) and other.endswith(WORKS)
                        and not name.endswith(tuple(CONSTRUCTION)) for other in names)]  # (but 某供水工程提标改造: works on it)
    return whole or names


def _township(doc: Document, group: list[Sighting], best: Sighting) -> str | None:
    """Where the project is: the places in its name (one across townships has none); a township a
    clause naming it says it is in (该项目位于樟潭街道); for the district's own facility (区妇幼保健院)
    a township in a clause naming it, else none; else none when the district is named just before
    it, else the first sentence naming it that names a township, else where its best sentence is
    attributed."""
    named = _townships_named(doc, group)
    if all(s.batch for s in group) and not named:
        return _batch_township(doc, group)
    if best.batch and not all(s.batch for s in group):  # (新改建农村公路28公里,改造危桥12座: no place of their own)
        group = [s for s in group if not s.batch]
        best = max(group, key=lambda s: s.weight)
    if any(_an_end_unplaced(doc, s) for s in group) \
            and not (len(named) == 1 and all(_stretch_within(doc, s.name, *named) for s in group)):
        # 峡川至大洲公路 with 大洲 unread: the other end may be another township (but 杜泽镇白水至庙前段公路: a
        # stretch the township's name opens, in it)
        return None
    if named:
        return named.pop() if len(named) == 1 else None
    village = _subject_village(doc)
    if village and any(s.name.startswith(village) and not s.sentence.text[s.start:s.end].startswith(village)
                       for s in group):
        # 对卫生室进行标准化改造 in a story about 抱珠龙村, named 抱珠龙村卫生室…: in the village's township,
        # whoever pays for it (区卫健局投入12万元)
        return _township_of_village(doc, village)
    school, school_township = _school_and_township(doc)
    if school and any(s.name.startswith(school) and not s.sentence.text[s.start:s.end].startswith(school)
                      for s in group):
        return school_township  # 学校的风雨操场, named 岭洋乡中心小学风雨操场: the school's township
    located = next(filter(None, (_located_in(doc, s) for s in group)), None)
    if located:
        return located
    if _DISTRICT_OWNED.match(best.name):
        # 位于樟潭街道的区实验学校东校区; not 区妇幼保健院…封顶,后溪镇中心幼儿园…施工
        # (or the place its sentence opens with, right before it: 在浮石街道,区妇幼保健院迁建工程主体已…)
        # (not 区第三小学扩建工程、湖南镇卫生院迁建工程已经完成: the township of another item listed beside it)
        return next(filter(None, (not _beside_listed_items(s) and doc.township_in_clause(s.sentence.start + s.start)
                                  or _opened_at(doc, s) for s in group)), None)
    for sighting in group:
        text = sighting.sentence.text
        name = text[sighting.start:sighting.end]
        named_in = text[clause_bounds(text, sighting.start)[0]:sighting.start] \
            + (_RIVER_WORKS.sub("", name) if _owned_by_place(doc, sighting) else name)
        if doc.beyond_one_township(named_in):
            return None  # 衢江区暑期“爱心托管”服务在某村启动: the district's, whatever the venue; 连接两镇的游步道
        found = doc.township_in_sentence(sighting.sentence.start + sighting.start)
        if found and not _place_of_another_facility(doc, sighting, found):
            return found
    attributed = doc.township_at(best.sentence.start + best.start)
    return None if attributed and _place_of_another_facility(doc, best, attributed) else attributed


def _beside_listed_items(sighting: Sighting) -> bool:
    """Whether a name stands in a list with other items (甲、乙, 甲和乙)."""
    text = sighting.sentence.text
    return text[sighting.start - 1:sighting.start] in _LIST_MARKS or text[sighting.end:sighting.end + 1] in _LIST_MARKS


def _place_of_another_facility(doc: Document, sighting: Sighting, township_id: str) -> bool:
    """实施农村饮用水达标提标工程惠及3万人,新建樟潭街道第三幼儿园: a township the sentence names only in other
    clauses, each time as the place of a facility those clauses build, is that facility's, not this one's
    (not 在全旺镇中心小学,新建的学生食堂…: the facility visited, whose part the works are)."""
    text, offset = sighting.sentence.text, sighting.sentence.start
    low, high = clause_bounds(text, sighting.start)
    places = [(m.start - offset, m.end - offset) for m in doc.mentions
              if m.township_id == township_id and offset <= m.start < offset + len(text)]
    return bool(places) and all(not low <= start < high and _BUILT_THERE.search(text, 0, start)
                                and _FACILITY_NAMED.match(text, end) for start, end in places)


def _township_of_village(doc: Document, village: str) -> str | None:
    townships = {m.township_id for m in doc.mentions if m.kind == _VILLAGE and doc.text[m.start:m.end] == village}
    if not townships:
        return _villages_headed(doc).get(village)  # (a village named only in the headline block)
    return townships.pop() if len(townships) == 1 else None


def _opened_at(doc: Document, sighting: Sighting) -> str | None:
    """The one township of 在某街道, (or 在某街道某社区, or 观摩组来到某街道,) opening the sentence right before
    the name: places alone between 在 (or 来到) and the comma (not 在离开某街道后, 在结束某街道的督查后: where
    someone was before)."""
    opening = _PLACE_OPENS.match(sighting.sentence.text)
    if opening is None or not _DESCRIBED_AFTER_PLACE.fullmatch(sighting.sentence.text, opening.end(), sighting.start):
        return None  # (在浮石街道,总投资1.1亿元的区第二实验小学新校区…: described right before it)
    at = sighting.sentence.start
    named = [m for m in doc.mentions if at <= m.start and m.end <= at + opening.end()]
    townships = {m.township_id for m in named}
    return townships.pop() if len(townships) == 1 and _places_alone(named, at + opening.start("places"),
                                                                     at + opening.end("places")) else None


def _places_alone(named: list[Mention], start: int, end: int) -> bool:
    """Whether the place mentions `named` run on, one after another, from `start` to `end` with nothing else."""
    at = start
    for mention in sorted(named, key=lambda m: m.start):
        if mention.start != at:
            return False
        at = mention.end
    return at == end


def _batch_township(doc: Document, group: list[Sighting]) -> str | None:
    """Where works counted at several places are (全旺镇建成来料加工点15个): the one township named before
    them in their clause (none in it, in their sentence); none when it names several or the district, or
    their sentence speaks of all of it (全区将新建老年食堂30家); else the article's own township
    (全镇完成农村公厕改造9座), if it has one and the works are not read as another's or the district's
    (今年全区…。改造危桥8座)."""
    for sighting in group:
        text, at = sighting.sentence.text, sighting.sentence.start
        low = clause_bounds(text, sighting.start)[0]
        named = {m.township_id for m in doc.mentions if at + low <= m.start and m.end <= at + sighting.start}
        if named or doc.beyond_one_township(text[low:sighting.start]) or doc.whole_district(text):
            return named.pop() if len(named) == 1 else None
        # (in its list item: not 在湖南镇新建老年食堂8家;实施农村公路提升改造80公里, another item's place)
        item = max(text.rfind(end, 0, sighting.start) for end in _ITEM_END_MARKS) + 1
        earlier = {m.township_id for m in doc.mentions if at + item <= m.start and m.end <= at + sighting.start}
        if len(earlier) == 1:
            return earlier.pop()  # 后溪镇卫生院改造…,该镇还将新建3个村级卫生室
        if not earlier and _DISTRICT_BODY.search(text, 0, sighting.start):
            return None  # 区交通局今年投入1200万元改造危桥8座: the district's, wherever the story goes on
    at = group[0].sentence.start + group[0].start
    return doc.subject_township if doc.township_at(at) == doc.subject_township else None


def _owned_by_place(doc: Document, sighting: Sighting) -> bool:
    """塔底村的衢江堤防加固工程: a place owns the works right before them, or opens their sentence (在樟潭街道
    沈家村,衢江沈家段堤防提升工程…; not 在浮石街道调研衢江两岸绿道, works along the river through several
    townships)."""
    start = sighting.sentence.start + sighting.start
    return any(m.end + len(_OF) == start and doc.article.body.startswith(_OF, m.end) for m in doc.mentions) \
        or _opened_at(doc, sighting) is not None


def _townships_named(doc: Document, group: list[Sighting]) -> set[str]:
    """The townships of the places the names of a group of sightings hold, and of those listed
    right before a name as its owners too (浮石街道、樟潭街道雨污分流改造工程)."""
    named = set()
    own = [s for s in group if _LISTED not in s.told_from]
    # (峡川镇、湖南镇两家卫生院…, then 峡川镇卫生院已于4月完工: the place's own, told apart, is in its township)
    for sighting in own or group:
        start, end = sighting.sentence.start + sighting.start, sighting.sentence.start + sighting.end
        for mention in reversed(doc.mentions):
            if start <= mention.start < end:
                named.add(mention.township_id)
            elif mention.end + 1 == start and doc.article.body[mention.end] == _LISTED:
                named.add(mention.township_id)
                start = mention.start
    return named


def _located_in(doc: Document, sighting: Sighting) -> str | None:
    """The township the project is said to be in, right after its name (该项目位于樟潭街道) or right
    before it (位于樟潭街道的某学校), if any."""
    body, start, end = doc.article.body, sighting.sentence.start + sighting.start, sighting.sentence.start + sighting.end
    for mention in doc.mentions:
        after = mention.start == end + len(_LOCATED) and body.startswith(_LOCATED, end)
        before = mention.end + len(_OF) == start and body.startswith(_OF, mention.end) \
            and body[:mention.start].endswith((_LOCATED, _AT))  # (在浮石街道的某小学新校区, too)
        # (or a later clause of its sentence: 某医院迁建工程总投资3.6亿元,新院区位于樟潭街道,…)
        later = mention.start > end and _LOCATED_LATER.fullmatch(body, end, mention.start) is not None \
            and _OF not in body[mention.end:clause_bounds(body, mention.end)[1]]
        if after or before or later:
            return mention.township_id
    return None


def _stretch_within(doc: Document, name: str, township_id: str) -> bool:
    """杜泽镇白水至庙前段公路: a stretch the township's name opens, in that township; not when its far end is
    another township's short name (峡川镇东坪村至大洲段公路: 大洲, unread as a guarded name, is 大洲镇)."""
    stretch = _TOWNS_STRETCH.match(name)
    return stretch is not None and not any(
        form in stretch["far"] for town in doc.gazetteer.townships if town.township_id != township_id
        for form in (town.name, *town.aliases, *town.guarded_aliases))


def _an_end_unplaced(doc: Document, sighting: Sighting) -> bool:
    """Whether a route's name (甲至乙公路) leaves one of its ends without a known place."""
    start, end = sighting.sentence.start + sighting.start, sighting.sentence.start + sighting.end
    cut = next((at for at in (doc.article.body.find(word, start, end) for word in ROUTE_JOINERS) if at >= 0), -1)
    if cut < 0:
        return False
    if doc.article.body[:start].endswith(_VIA):
        return True  # 湖南镇经黄坛口乡至城区: the name starts midway
    places = [m.start for m in doc.mentions if start <= m.start < end]
    # An end outside the district (至遂昌县交界路段), or the district's own town (衢江至双桥乡, 周家乡至
    # 城区), leaves the works in the township of the other.
    body = doc.article.body
    outside = any(name in body[cut:end] for name in (*doc.gazetteer.outside_places, *_COUNTY_TOWN))
    near = any(p < cut for p in places) or doc.beyond_one_township(body[start:cut])
    far = any(p > cut for p in places)
    # (a line from the district's own station or town, 区客运中心至举村乡的…, is the far end's)
    return not (near and (outside or far) or far and _DISTRICT_START.fullmatch(body, start, cut) is not None)


def project_type(name: str, context: str, headline: str = "") -> str:
    """The type whose keyword ends furthest right in the name; else found in the sentence; else 其他.
    Pipes alone (某两村管网改造) are sewage works where the sentence or headline speaks of sewage (污水,
    纳管), else water works."""
    label, word = _type_hit(_CAR_PARK_WITH.sub("", name) or name)
    if word == _PIPES:
        return _SEWAGE_TYPE if _SEWAGE.search(context + headline) else label
    if label is None and (re.search(re.escape(name[-_HEAD_CHARS:]) + _OPENED_TO_TRAFFIC, context)
                          or _ROAD_CODE_WORKS.search(name)):
        return _ROAD_TYPE  # 金鹿线改建工程已正式通车, 举岭线改建工程: a road named by its code alone
    return label or _type_in(context) or "其他"


_NO_TYPE = re.compile("水到渠成")  # an idiom holding a type's word (渠)
# 举岭线改建工程, 盈高线拓宽: a road's code (two places' first characters and 线), then works on it (not
# 10千伏破石线, a power line; not 老旧电线改造, 电力线改造, 架空线入地: cables; nor 沿江管线提升, pipes)
_ROAD_CODE_WORKS = re.compile(r"(?<!伏)(?!电力|架空|通信|光缆|电话|高压|输电)[\u4e00-\u9fff]{2}(?<!电)(?<!网)(?<!管)线"
                              r"(?:公路)?(?:改建|改造|拓宽|提升|大修)")
# 游客服务中心和生态停车场: a car park built with a facility is typed as that facility.
_CAR_PARK_WITH = re.compile(r"[和及][\u4e00-\u9fff]{0,2}停车场(?=项目$|工程$|建设$|$)")


def _type_in(text: str) -> str | None:
    return _type_hit(text)[0]


def _type_hit(text: str) -> tuple[str | None, str | None]:
    """The type of `text` and the keyword that gives it."""
    text = _NO_TYPE.sub(lambda m: "\u3000" * len(m.group()), text)  # (水到渠成 is no channel)
    hits = [(text.rfind(word) + len(word), len(word), label, word)
            for label, words in TYPES for word in words if word in text]
    if not hits:
        return None, None
    best = max(hits)
    if best[3] == _LIGHTS and _ROUTE_ENDS.search(text, 0, best[0]):
        return _ROAD_TYPE, best[3]  # 甲村至乙村沿线的太阳能路灯: a road's lights (a village's are village works)
    if best[3] == _LIGHTS and _TOWN_LIGHTS.search(text, 0, best[0] - len(best[3])):
        return _OTHER_TYPE, best[3]
    if best[3] in YIELDING:
        # (what owns it is read before it: 卫生院卫生间改造 is the health centre's, though 卫生 is in 卫生间 too)
        before = text[:best[0] - len(best[3])]
        owners = [(before.rfind(word) + len(word), len(word), label, word)
                  for label, words in TYPES for word in words if word in before]
        # (not a word of a village's name: 溪滩村杨梅冷库 is no stream works)
        owners = [hit for hit in owners if hit[3] not in YIELDING and hit[1] > 1
                  and hit[2] in YIELDS_ONLY_TO.get(best[3], (hit[2],)) and not before.startswith(_VILLAGE_END, hit[0])]
        best = max(owners, default=best)
    return best[2], best[3]
