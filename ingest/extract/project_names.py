"""Names of public works in a sentence, read from jieba words: 下槽桥改建工程, 汉都村文化礼堂.

A name is a run of words ending in a facility or works word (工程, 项目, 水库, 桥, 食堂, 改造 ...,
or 建设 after what is built: 污水管网建设):
- it must end where the run ends (高速公路太真出口 is an exit, not a road);
- it stops at particles, prepositions, numbers, time words, predicates (聚焦, 实施, 走进 ...) and
  bureaus (区卫健局), and sheds verbs at its start; verbs inside stay (东坪古村保护利用二期项目);
- numbers join only as a phase (二期), an ordinal (第二实验小学) or a route (12路公交延伸线, 国道46,
  城乡公交302路);
- it is assembled across 的 when the part after it is the works done to the part before
  (安仁水库的除险加固工程) or the part before is a route's two ends (甲镇至乙镇的公交线路), and is
  not a project itself when followed by 的 (水库的安全隐患) or by a count (老旧小区7个);
- it must say which one (see `_Scan.is_specific`): 民生实事项目 and 太真乡提升项目 do not;
- collective names (3所食堂, 等项目, 各项工程) are dropped; a quoted name is one (桥王村“爱心食堂”,
  “幸福里”邻里中心) unless it is a programme of works (“千万工程”, “千万工程”建设项目);
- a quoted name followed by a service word (“爱心托管”服务, “两癌”筛查) is a programme: marked so
  that projects.py asks for its status in its own clause.
Words are tagged from jieba's own dictionary (a lookup, not the slow `posseg` cut).
"""
from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ingest.extract.project_words import (
    ADVERBS, BUILDING, CARRY_OUT, COLLECTIVE, PHASE, CONSTRUCTION, DEMONSTRATIVES, DONE_WORDS, FACILITIES_COUNTED, GENERIC, INFRASTRUCTURE, LOCATIVES,
    MEANS, NEWLY_BUILT, NOT_FACILITIES, OTHERS_OF_A_BATCH, OWNER_POINTERS, PREDICATES, PROGRAMMES, PROGRAMME_FACILITIES, PROGRESS_NOUNS, SELF_NAMED, STATUS_PARTS, STOCK,
    STEPS_BEFORE_WORKS, STOP_CHARS, ROUTE_JOINERS, SUFFIXES, TIME_WORDS, HOMES_OF_A_GROUP, WORKS, WORKS_CARRIED_OUT, WORKS_DONE, WORKS_MANNER, WORKS_PARTS
)
from ingest.extract.numerals import parse_numeral
from ingest.extract.places import guarded_names_in
from ingest.extract.project_status import COMPLETED, FUTURE_SAID, STATUS_PATTERNS
from ingest.extract.segment import cut, tag_table
from ingest.extract.sentences import clause_bounds

STOP_TAGS = ("p", "c", "u", "d", "r", "y", "e", "o", "q", "m", "x", "w", "i", "s", "ad")
# Only place names: jieba's other proper-noun tags are noisy (康复 is tagged a person's name).
PROPER_TAGS = ("ns",)
_SITE = ("施工", "现场", "工地", "建设现场")
_BUILDING_SITE = ("施工", "工地", "建设现场")  # not a bare 现场 (在某文化广场现场,晚会启动)
_CREW_AT_WORK = re.compile(r"[上里内]?[,，](?:施工人员|工人们?|施工队)[^,，。;；]{0,4}正在")
_HELD = re.compile(r"[^,，。;；]{0,6}(?:举行|举办|召开)")  # 活动在某产业园施工现场举行: an event's venue
_EVENT_AT = re.compile(r"现场[,，][^,，。;；]{0,10}(?:举行|举办|召开|启动|开幕|上演|开演)")  # 在某广场现场,晚会启动
_QUOTES_OPEN = "“\"「『‘《"
_QUOTES_CLOSE = "”\"」』’》"
# 老年食堂(助餐点): another name for the facility, in brackets, is part of its name.
_BRACKETS = ("(", "（"), (")", "）")
_ALIAS = re.compile(r"[(（][^)）]*[)）]")
_SOME_OF = "部分"
_OWNERS = ("区", "县", "市")
_TOWNSHIP_OWNERS = ("镇", "乡")  # 镇文化活动中心改造: works on the township's own facility
_PHASE = re.compile(PHASE)
_FIRMS = frozenset({"企业", "公司", "厂家", "工厂"})
# An ordinal inside a name says which one, as a phase does (城区第二实验小学).
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+")
_ROUTE = re.compile(r"[A-Za-z]?\d{1,4}")  # a bus route's number, before 路, or a road's (国道46)
_BUS = ("公交", "专线")
_NUMBERED_BUS = frozenset({"公交", "公交线路", "公交专线"})  # 212路城乡公交, 102路公交线路
_BUS_KINDS = frozenset({"城乡", "农村", "城区", "镇村", "城市", "夜间", "旅游"})  # 城乡公交302路
_RIDE = frozenset({"乘坐", "搭乘", "坐", "乘"})
# What runs from a facility to a place (区客运中心至龙山村的606路公交, 水厂至某村的供水管网): the facility is
# its end, not works.
_AS_FAR_AS, _ROUTE_REACH = "至", 8
_TOWARDS = frozenset({_AS_FAR_AS, "通往", "通向"})  # (从城东水厂通往廿里方向的供水主管网: where the mains start)
_BETWEEN = frozenset(ROUTE_JOINERS)
# 到 is a route's joiner only before what runs between places (甲村到乙村的公路, …段道路, …沿线的路灯); before
# anything else it says where someone goes (湖仁村到盈川村居家养老服务中心开展志愿服务).
_GOES_TO, _RUNS_BETWEEN = "到", ("路", "道", "线", "段", "渠", "网", "管", "路灯", "班车", "公交")
# 污水处理站至上月底已完成…管网铺设: 至 a time says how far the works got, no route.
_UNTIL_WHEN = re.compile(r"今|目前|现在|日前|\d|[一二三四五六七八九十上本下]月|月底|月末|年底|年末|年初|底$")
_ROUTES = ("公交", "专线", "线路", "班车", "公路", "道路", "路段", "管网", "网", "管道", "水管", "绿道", "步道", "航线")
_TO, _PAST_MARK = "对", "了"  # 对老旧管网进行(了)改造
_MAIN_WORKS = "主体工程"
_NEW_CAMPUS = frozenset({"新园", "新院", "新校区", "新院区", "新馆"})  # the new site of works named before
_ESTATES = ("小区", "社区")  # 新园小区: an estate so named, not a new campus
_DONE_THERE = re.compile(r"填写|办理|报名|咨询|领取|申领|提交")
_MATERIALS = frozenset({"钢筋", "混凝土", "砼", "钢结构", "钢架"})  # (jieba: 钢筋/混凝土)
_WORKS_TOLD = re.compile("|".join(STATUS_PATTERNS))  # (…的2个小区正在施工)
_REST_OF_BATCH = re.compile("|".join(OTHERS_OF_A_BATCH))
# 施工期间过往车辆请绕行衢江大桥: the way round the works, no works of its own.
_DETOUR = re.compile(r"(?:绕行|绕道|改走|改行)(?:经)?$")
_GONE_TO = re.compile(r"(?:到|前往)[^,，。;；]{0,12}$")
_DONE, _ROADS = frozenset({"完成", "完成了"}), ("路", "路段", "道")
_ROAD_STRETCH = "路段"
# (…(某村至某村路段)实行…, 某村至某村路段(某大桥)实施…)
_SIZE_WORDS = ("长", "宽", "高")  # 桥王大桥长86米: its size, said after the name
_CLOSED = re.compile(r"(?:[(（][^)）]{1,12}[)）])?[)）]?(?:将|每天|全天)?(?:实行|实施)?(?:半幅|全幅|半封闭|全封闭|封闭|交通管制)")
_ETC, _FOR, _AMONG = "等", "为", "其中"  # 甲村、乙村等6个村: some places named, more counted
_PLACES_AT = "地"  # 甲镇、乙镇等地42个村: the places, then where more are counted
_DONE_TO = frozenset(CARRY_OUT)  # 对某道路实施“白改黑”改造: the quoted works are the road's
_TURNED_INTO = re.compile(r"而成|成(?![为效果功绩])")  # 改造而成的, 改造成; not 改造成为全区样板
# A name, or a list it opens, followed by the roof: the building carries the works (光伏板), it is not them.
_ROOF_OF = re.compile(r"(?:[、和及与][^,，。;；]{0,16}?)?的?(?:屋顶|楼顶)(?:上|的?光伏)")
_NAMED_FACILITY = 5  # characters of a facility's name that say which one without a place
_NEWLY_BUILT_WORDS = 5  # how far before a name 新建 is read
_STRETCH = "段"  # 双溪村段生态护岸工程: the stretch at a place (jieba tags it a measure word)
# where along the works a stretch is, other than at a named place (衢江堤防加固工程城区段, 某工程下游段, 某工程东段)
_STRETCH_AT = frozenset({"城区", "集镇", "上游", "中游", "下游"})
_STRETCHES = frozenset({"东段", "西段", "南段", "北段", "中段"})
_STRETCHED = ("公路", "道路", "绿道", "步道", "堤", "堤防", "河道")  # what runs far enough to be built by stretches
_ROAD_CLASSES = frozenset({"国道", "省道", "县道", "乡道"})
_ROAD = "路"  # 这条路: a road named before
_STREETS = (_ROAD, "街", "大道")  # 沿江路, which jieba tags a place name: a named street, a thing works are done to
_COUNTERS = frozenset("个座所处条家批项盏")
_HOUSEHOLDS = "户"  # 200户: households counted, the works done for them named after
_COUNT = re.compile(r"\d+|[两三四五六七八九十百千]+")
# A count and its counter, one word to jieba (两个, 三座, 三口, 一幢): places counted, or things.
_PLACES_COUNT = re.compile(r"(?P<number>\d+|[一两二三四五六七八九十]+)[个座所处条家间口幢栋]")
_PLACES_JOINED = frozenset("、和及与")
_THINGS_COUNTED = frozenset("座所处条家间口幢栋")  # counters of facilities, not of places (两个社区)
_AGAIN = frozenset("再又还")
_EACH = "各"
_PER_UNIT = re.compile(r"每一?[个座所处条家间口]?$")  # 对每处单村供水工程补助…: a rate for any one of a kind
_PER_UNIT_CHARS = 3  # the longest of them (每一座)
# A report on works named right before (听取了某工程情况汇报, 某工程前期工作汇报): no part of the name.
_REPORT, _PRELIMINARIES_REPORT = frozenset({"汇报", "情况汇报"}), "前期工作汇报"  # (jieba: 前期工作/汇报 or 前期/工作汇报)
# 正在筹划某工程: planning the works (jieba's table has no tag for these), never the start of their name.
_PLANNED_BY = frozenset({"筹划", "谋划", "策划"})
_MODIFYING_ADVERBS = frozenset({"集中"})  # 新建的集中育秧中心: which kind of centre, though jieba tags it an adverb
_JOINTLY = frozenset({"合建", "共建", "联建", "合办"})
# The number of an item of a list (1.某工程; 十个候选项目如下:1.…), which counts no facility.
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[:：;；。\n]))(?:\d{1,2}[.．](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[①-⑳])")
_BEFORE_EACH = frozenset({"还", "将", "还将", "也", "都", "均", "已", "已经", "分别", "计划", "拟", "今年", "明年"})
_EVERY_TOWNSHIP = frozenset({"乡镇", "村镇", "镇村"})  # in GENERIC: every township's, none named
_PLACE_KINDS = frozenset({"村", "社区", "行政村", "自然村", "乡镇", "镇", "乡", "街道"})  # 两个社区
_NEW = "新"
_YUAN = "元"  # (万元, 亿元: money spent on works)
_BUILT_THERE = NEWLY_BUILT | frozenset({"建成", "再建", "建设", "推进", "新建成", "开通"})  # 在甲村、乙村再建2家…
_BUILD = "建"  # 各建一个助餐点
_BUILD_MORE = frozenset({_BUILD, "开"})  # 再建2家, 再开两家工坊
_BUILT_BY = frozenset({"修建", "新修", "修筑", "兴建"})  # 某村修建的机耕路: the place's own
_STARTED = "启动"  # 启动某中心建设
_BUILT_UP = "建起"  # 在官山底村建起椪柑分拣中心: built there, as 新建 is
_JOINED_WITH = "暨"  # 甲暨乙: two things told as one, an event of two parts or a work of two names
_PLACE_BUILDS = CONSTRUCTION | NEWLY_BUILT | {_BUILT_UP}  # what a place opening a name does (峡川镇东坪村新建停车场)
_OLD_STREET = "老街"
_TOWN_AREA = "城区"  # the district town's built-up part, a place that builds (城区新增公共停车位1500个)
_SPACES, _PARKING = ("停车位", "停车泊位"), "停车"
_BATCH_WORD = 4  # characters of a one-word name counted in a batch (老年食堂12家, not 公厕5座)
_BATCH_BUILT = CONSTRUCTION | {"建成", "建设", "打造", _BUILT_UP}  # what works a batch counted are (建成城市书房5家)
_WORKS_NAMED, _ENGINEERING = 6, "工程"  # characters of works named beyond their kind (农村饮用水达标提标工程, not 供水工程)
_TALLY_DONE = "完成"  # 全区完成校舍维修加固项目17个: works done, counted after their name (完成7个… counts before it)
# Some of the counted works told started or done later in the sentence (9座小型水库除险加固工程已完工6座,
# 28座病险山塘整治,已完工21座): the year's batch, under way.
_SOME_DONE_AFTER = re.compile(r"[^。;；]{0,24}?已经?(?:开工|完工|建成|完成|动工|投用|投入使用)"
                              r"(?P<number>\d+|[一两二三四五六七八九十]+)(?P<counter>[个座所处条家])")
_LISTED_AFTER_A_BATCH = re.compile(rf"(?:{'|'.join(sorted(_BATCH_BUILT | NEWLY_BUILT, key=len, reverse=True))})"
                                   rf"[^,，。;；、]{{1,16}}?{FACILITIES_COUNTED}(?:、[^,，。;；、]{{1,16}}?{FACILITIES_COUNTED})*、$")
# (全区累计建成城市书房21家, 已累计建成, 截至5月底,全区共建成…, 已建成并投入运行的单村水站87处: the stock too)
# (or all of a place's: 全区已建成规模化育秧中心9个)
_BUILT_SO_FAR = re.compile(r"(?:截至|截止|目前|累计|至今)[^。;；]*(?:已经?|共)建成[^,，。;；]*$|(?:已经?)?累计(?:已经?)?建成[^,，。;；]*$"
                           r"|全[区县市乡镇](?:已经?|共)建成[^,，。;；]*$"
                           r"|已经?建成(?:并[^,，。;；的]{1,6})?的[^,，。;；]{0,4}$")
# (but 截至11月底,今年全区共建成城市书房5家, 今年全区累计建成…: this year's batch, as 今年全区建成… is; not 截至今年11月底,…)
_THIS_YEARS_BUILT = re.compile(r"(?:今年(?![\d一二三四五六七八九十]{1,2}月)|年内)[^。;；]*建成[^,，。;；的]*$")
# (or a span's: 上半年,全区已建成老年食堂12家; 1至10月,全区已建成…; 去年(以来)全区共建成城市书房3家; not 截至去年底,全区共建成…)
_SPANS_BUILT = re.compile(r"(?:上半年|下半年|前[一二三]季度|[一二三四]季度|\d{1,2}(?:至|到|-|—|~|～)\d{1,2}月|\d{1,2}月(?:份)?以来"
                          r"|(?<!截至)(?<!截止)去年(?:以来)?(?![\d一二三四五六七八九十]{1,2}月|底|末|年底))"
                          r"[,，]?全[区县市乡镇](?:已经?|共)建成[^,，。;；]*$")
# 新建第二个育秧中心, 建起了全区首个乡镇零工市场: which one of its kind it is, between the building and the name
_ORDINAL_BEFORE = re.compile(r"(?:全[区市省县镇乡]|本[镇乡村])?(?:首|第[一二三四五六七八九十\d]+)[个家座所处条间]$")
# (600吨的冷库, 容量500吨的产地冷库, 建筑面积800平方米的…)
_SIZE_BEFORE = re.compile(r"(?:(?:容量|库容|储量|建筑面积|占地面积|占地|面积)约?)?"
                          r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个?(?:车位|床位|座位|泊位|餐位)|吨|立方米|平方米)的$")
_BUILT_DONE = frozenset({*DONE_WORDS, "建成投用", "落成", _BUILT_UP})  # 去年底建成的应急备用水源工程: built there (not 将于年底建成的…)
_ALONG_WITH = "及"
_ONE_WITH = (_ALONG_WITH, "和")  # 游客服务中心和生态停车场: built together, one project
_SHARED_BY = ("、", "和")  # 甲卫生院、乙卫生院改造提升工程
_MANNERS = "标准化|规范化|提标|提质|数字化|智能化"  # (WORKS_MANNER's 1-3 characters and 化 could eat a facility's)
_ALL_WORKS_AT_END = re.compile(rf"(?:(?:{_MANNERS})?(?:{'|'.join(sorted({*WORKS, *WORKS_DONE, *CONSTRUCTION}, key=len, reverse=True))}))++$")
_JOINS_TWO = frozenset({"和", "与", _ALONG_WITH, "、", "连接", "通往", "串联"})  # (连接村庄和峡川小学的老桥)
_DONE_IN_A_MANNER = re.compile(WORKS_MANNER)
_MANNER_WORDS = 3  # words a manner of works may be cut into (进行提标改造, jieba: 提/标/改造; 家庭/无障碍)
_PARTS_WORKED_ON = 3  # words of a part the works are on (两个卫生院的发热门诊改造)
_CLAUSE_ENDS = frozenset(",，;；")
_COVERS = frozenset({"覆盖", "亮灯"})  # a predicate (项目覆盖12个村) but a name's word right before 工程 (信号覆盖工程, 城市亮灯工程)
_PHASE_OPENERS = ("", "目前", "眼下", "如今", "现在", "其中")  # what may open a phase's clause (目前一期工程已完工)
_PHASE_NAMED = re.compile(rf"{PHASE}(?:工程|项目)?$")  # 某游步道一期: works named with their phase
_PHASE_ONLY = re.compile(r"[一二三四五六七八九十\d首]+期(?:工程|项目|改造)")  # (一期改造涉及12幢楼)
_INSIDE = ("内", "里")
_MANNER = "化"  # 标准化, 数字化, 智能化
_FROM = "从"
_SETS_OFF = re.compile(r"[^,，。;；]{0,4}?(?:驶出|出发|发车|开出|始发|启程)")  # not 从某工程开工以来
_WORKS_AT_END = re.compile(f"(?:{'|'.join(WORKS)})$")
# 等5个教育项目: works counted by their kind, none of them named.
_KINDS_OF_WORKS = frozenset({"教育", "水利", "交通", "养老", "医疗", "卫生", "文旅", "文化", "体育", "农业", "生态", "环保",
                             "住房", "安居", "基建", "城建",
                             "学校",  # 4所新建、改扩建学校(幼儿园): schools of every kind, each named on its own
                             "冬修", "冬修水利", "水利冬修",  # 共谋划冬修水利项目9个: the winter water works, counted
                             "技改", "工业技改"})  # 全区完成工业技改项目32个: firms' own upgrades, counted, none named
_DESCRIBED_POINTER = re.compile(r"(?:这个|这座|这处|这间|这家|这所)[^,，。;；的]{1,20}的")
_DESCRIBED_REFERENCE = re.compile(r"(?:这条|这座|这所|这个(?![村镇乡]|社区|街道|小区)|这处|这一)[^,，。;；]{1,20}的$")
_BY_STANDARD = re.compile(r"(?:按|按照)[^,，。;；]{0,6}$")
_STANDARD = re.compile("标准(?![化厂地])")  # not 标准化农贸市场, 标准厂房
_STAND, _STANDING = "站", ("在", "着", "起")  # 站在新房前: a person standing, not a station
_KIN = ("伯", "叔", "爷", "姨", "姐", "哥", "嫂", "婶", "奶", "傅")  # 王大伯, 李师傅
_BARE_FACILITY = 5  # 食堂综合楼, 教学楼
_CLASS_COUNT = re.compile(r"[\d一二三四五六七八九十]+班")  # (九班幼儿园, 24班小学)
_KILOVOLTS = "千伏"
_CAPACITIES = frozenset({"千瓦", "兆瓦"})  # a power plant's size (200千瓦光伏电站)
_CLASS, _CLASS_NUMBER = "班", re.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}")  # (24/班/小学, 十二/班)
_ONE_CHAR_WORKS = frozenset("桥堤坝堰")  # 失母湾桥拓宽工程 (jieba: 失母湾/桥/拓宽/工程): what a place's works are on
_WATERS = frozenset("溪江河")  # 大川溪 (jieba: 大川/溪): a stream named after a place is what the works are on
_TOWN = "城"  # 城北, 城中: parts of the county town
_CLAUSE_MARKS = frozenset(",，;；:：。")
_TOWNSHIP_KINDS = ("镇", "乡", "街道")
_TOWNSHIP_WORDS = frozenset({"镇", "乡", "村", "街道"})
_PLACE_ENDS = (*sorted(_TOWNSHIP_WORDS), "社区")  # what a village, township or community name ends with
_AT = "在"
_VILLAGE_ENDS = ("村", "社区")
_THE_VILLAGE = frozenset({"该村", "村里", "本村", "全村", "村集体", "村委会", "村两委"})  # (该村在村口建成了一座…)
_WHEN_OR_HOW = frozenset({"t", "d"})  # tags of time words and adverbs between a builder and 在 (去年, 率先, 已)
_SINCE_WHEN = frozenset({"今年以来", "近年来", "去年以来"})
_TOWNSHIPS_OWN = ("镇", "乡", "街道")
_THAT, _MEASURE = frozenset({"那", "这"}), frozenset({"座", "条", "个", "所", "处", "家"})  # 某村那座桥
_INTO = frozenset({"改成", "改为", "改造成", "改建成", "改造为", "改建为"})
_ORDINAL_COUNTERS, _ORDINAL_MARK = frozenset("家个座所处条间"), "第"  # (jieba cuts 第3家 as 第/3/家)
_ORIGINALLY, _PLAN_WORDS = "原", frozenset({"计划", "定", "本", "本计划"})
_ORIGINALLY_WORDS = frozenset({"原本", "原定", "原先", "本来"})  # 某项目原本也在开工名单中 (one word to jieba)
# 改造后的农贸市场干净整洁: how a facility looks, said of it (the tag table leaves adjectives untagged)
_LOOKS = frozenset({"干净", "整洁", "宽敞", "明亮", "整齐", "热闹", "美观", "漂亮", "亮堂", "气派"})
_NO_PLACE = _EVERY_TOWNSHIP | {"城镇", "集镇"}  # place words that name no place
# Kinds of place jieba tags as place names (这条连接甲乡和乙乡的山区公路: a road described, not named).
_KINDS_OF_PLACE = _NO_PLACE | {"山区", "城区", "库区", "农村", "乡村", "沿江"}
_AT_ONLY = frozenset({_AT})
_PLAN_WORDS_BEFORE = frozenset({"计划", "拟", "准备", "打算"})  # 镇里计划在某村新建…: the plan of who builds
_IN_THE_VILLAGE = frozenset({_AT, "村里", "村集体"})  # 村里还打算利用闲置的村小学建一个老年食堂 (村集体投资…建起的大棚)
_ONE_OF_THEM = re.compile("(?:项目|工程)?之一")  # “农村学校食堂提升改造”项目之一: the programme it is one of
# (not the name set after it: 这是今年首个开工的民生实事项目——某老年食堂)
_FIRST_OF_ITS_KIND = re.compile(r"(?:是|成为)[^,，。;；]{0,4}?(?:首个|首家|首座|首所|第一个|第一家|第一座|唯一一?[个家座所])"
                                r"[^,，。;；—:：]{0,12}(?<!项目)(?<!工程)$")
_PLAN_OF_WORKS = ("计划", "清单", "名单", "盘子")
# 列入今年某工程计划 (not 被列入民生实事的某便民桥工程计划年底完工: a project described, then its plan)
_PUT_ON_LIST = re.compile("(?:列入|纳入|列为)[^的,，。;；]*$")
# (被列入2021年农村饮用水达标提标项目, 已列入了全区山塘综合整治项目: a year or the whole district before it too)
_PUT_ON, _PROJECT = re.compile(r"(?:列入|纳入|列为)了?(?:(?:19|20)\d{2}年度?|今年|全区|全市|全省)?$"), "项目"
_ANNOUNCES = "宣布"
# (当作“一把手”工程, 作为全区“一号”工程, 列为“一号”工程 too)
_TAKEN_AS = re.compile("(?:作为|当作|当成|列为)(?:全区|全市|全省|我区)?$")
_DRIVEN_INTO = ("驶入", "驶进", "开进", "驶离", "驶出")
# What a name starts after (区长宣布某工程开工, 挖掘机驶入某工程工地): who announced it, what drove in.
_NAMED_AFTER = frozenset({_ANNOUNCES, *_DRIVEN_INTO})
# The place a vehicle drives into opens or its works start, in the sentence (首班车驶出区客运中心新站,标志着新站正式
# 启用; 挖掘机开进某工程,项目正式开工): the news is of it.
_OPENS = re.compile("|".join((*COMPLETED, "开工", "动工")))
_LOCATED_IN = re.compile("(?:位于|地处|坐落于|坐落在)$")
# 对通江路(衢江大桥至临江社区段)实施…: a landmark ending a stretch of road, in brackets.
_STRETCH_ENDS = re.compile(r"至[^,，。;；()（）]{1,12}段[)）]")
# 加上原有的双桥村老年食堂: a facility there before, no works.
_THERE_BEFORE = re.compile("原有的?$")
_SERVICE_CLINIC = re.compile("(?:专家|名医|名中医|夜间|周末|假日|节假日|延时|错时|午间)门诊$")  # 省级专家门诊正式开诊: a service
# Not a village's own facility in a story about one: a higher level's (镇卫生院, 区人民医院, 乡中心学校) or a
# hospital (villages have a 卫生室); nor a landmark placing something else (公园旁的停车场已投入使用).
_HIGHER_LEVELS = frozenset({"镇", "乡", "街道", "区", "县", "市", "省"})
_NO_VILLAGE_HAS = ("卫生院", "医院")
# What a facility places or owns is another thing (便民桥附近的临时便道, 公园旁的停车场, 停车场的公厕), not the
# facility's works (but 文化中心的改造): shared with projects.py's short names.
BY_IT = re.compile(r"附近|旁|周边|周围|门口|门前|对面|[一两]侧|的(?!改造|建设|重建|改建|提升|装修|修缮|主体|施工)")
_LANE = "里"
_VILLAGE_WORD = "村"
THE_SCHOOL = ("学校", "该校")  # a school named before, spoken of again
_TAKEN = "把"
_SCHOOL_PARTS = ("操场", "运动场", "跑道", "食堂", "宿舍楼", "宿舍", "教学楼", "综合楼", "围墙", "体育馆")
_NOT_A_VILLAGE_PART = frozenset("的和与及、,，。;；在为由让到至")  # (园/由/村…: no village's name)
_VILLAGE_OWN = re.compile("^村(?![村通级民集委务道口内庄部头尾里史])")  # 村卫生室, not 村级, 村民, 村道…, 村史馆 (a hall of the village's history)
# (包括, 涵盖 list its sub-projects, each one; 还将新建 adds works of its own)
_CONTENTS = re.compile(r"主要(?:实施|建设|对|用于)|(?:将|拟)对|(?<![还将再另备算拟])新建|规划建设")
# 该工程完工后,村里准备新建…: what comes after the project is done is works of its own
_AFTER_IT = re.compile(f"(?:{'|'.join(DONE_WORDS)})后")
_GOING_ON_WITH = re.compile(r"(?:目前|现在)?(?:正在|正)进行")
_ALL_DONE = re.compile("|".join((*DONE_WORDS, "通车", "交付", "完成")))  # (but 完成主体工程: a stage)
_STRUCTURE = "主体"
_WORKS_DONE_TO = re.compile(rf"(?:{'|'.join(CARRY_OUT)})了?(?P<works>(?:{WORKS_MANNER})?(?:{'|'.join(sorted(WORKS_CARRIED_OUT, key=len, reverse=True))})++)(?=[,，。;；]|$)")
# 全区30个照料中心全部建成投用, 20个照料中心均已建成投用: a batch counted, then said built, is news of works.
_BATCH_DONE = re.compile(rf"(?:(?:已经?|均已|都已)?(?:全部|全面)|均已|都已)(?:{'|'.join(DONE_WORDS)})")
# 全区今年新建的28家老年食堂中,已有21家…: a batch counted, then told of among them, is news of works (not
# 列入民生实事的5条农村公路中,…: works listed, each told of by name).
_AMONG_THE_BATCH = re.compile("中[,，]")
_LISTED_IN = "列入"
# 对某设施, 对某村的某设施, 对全镇17座某设施, 对其中15座某设施, 对剩余的5座某设施, 对杜泽镇14座某设施 (进行…)
_DONE_TO_BEFORE = re.compile(r"对(?:[^,，。;；]{2,8}?的(?=$|[\d一二三四五六七八九十两])|全[镇乡区]|其中|[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)"
                             r"(?=[\d一二三四五六七八九十两]))?(?:[\d一二三四五六七八九十两]+[个座处所家条间])?$")
_WORKS_GOING_ON = re.compile(rf"(?:目前)?正在进行(?P<works>(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})++)(?=[,，。;；]|$)")
# 某村卫生室完成标准化改造, 某桥已于5月完成维修加固: the facility, then the works said done to it, is those works
_WORKS_COMPLETED = re.compile(rf"(?:近日|日前|已经?|已于[^,，。;；]{{1,8}}?)?完成(?P<works>(?:{_MANNERS})?"
                              rf"(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})++)(?=[,，。;；并后]|$)")
_BY = "由"
_WITH, _PARTNERING = frozenset({"与", "同", "和"}), frozenset({"合作", "联合", "携手", "签约", "对接", "结对"})
_ALONGSIDE, _ALIGNED = "与", frozenset({"统筹", "衔接"})  # 与某建设统筹实施: done alongside other works
# 将重建为长32米、宽6.5米的钢筋混凝土桥: the works named before, described (but 老院区将改建为医养结合照护中心
# names the new facility, a project of its own).
# 医院原门诊楼将改造为康复医学中心: the works make something else, the project (not 改造为全区样板).
_MADE_INTO = re.compile(r"(?:将|拟|计划|要)?(?:改造|改建|改)[为成](?!全区|全市|全省|样板|示范|典型)")
_REBUILT_AS = re.compile(r"重建[为成](?:[^,，。;；]{0,16}的)?$")  # (重建为钢筋混凝土桥, 重建为长32米的…桥)
_BESIDE_IT = re.compile(r"(?:旁边?|附近|周边|对面)(?:[,，]|$)")
_SIZE_UNITS = frozenset({"亩", "米", "公里", "千米", "平方米", "小时"})  # (24小时城市书房: its opening hours)
_IN_FRONT = "前"  # 游客服务中心前停满了车: in front of the facility (but 府前小区 is a name)
# When a place built what follows (去年底建成的, 今年5月新建成的).
_WHEN_BUILT = re.compile(r"(?:去年|今年|前年)?(?:年?底|年初|\d{1,2}月(?:底|初|份|中旬|上旬|下旬)?)?新?建成(?:投用)?的")
_VILLAGES_OWN = ["村里", "的"]  # 村里的道路亮化工程, in a story about one village
# 村里投资60万元修建的环塘木栈道, 村里投资九十万元修建的3公里机耕路: built by the village, its own.
_VILLAGE_BUILT_IT = re.compile(r"村(?:里|集体)(?:投资|投入|筹资|出资)?[^,，。;；]{0,10}?(?:修建|新建|建设|建成|新修|铺设)的"
                               r"(?:[\d.]+(?:公里|千米|米))?$")
# 通往古村落的游步道提升工程, 村委会楼下的农家书屋: where in the village, then the facility.
_LEADS_TO = re.compile(r"(?:通往[^,，。;；]{1,8}|[^,，。;；]{1,8}(?:楼下|旁边?|对面|门口|门前|边上))的"
                       r"|[^,，。;；至]{1,8}至[^,，。;；]{1,8}的(?:\d+(?:\.\d+)?(?:公里|千米|米))?")
_MEANS_LISTED = re.compile(r"(?:[、和][^,，。;；]{0,12})?等(?:渠道|方式|形式|途径|载体)")
_MEASURE_TAG = "q"
# Words of new works that never describe a facility, even after 的 (东坪村的新增生态停车场).
_ADDED = frozenset({"新增", "新修", "新设", "新装"})
_WHAT_IT_IS = re.compile(r"是(?:今年|去年|明年|全区|全市|全省|省级|市级|区级|首批|第[一二三四五六七八九十]批)*(?:的)?[“\"]?")
_ALONG = "沿线"
# (净水站在村委会旁边,目前已投入使用: where a station stands, then how it is; not 刘水土站在新房前,笑得合不拢嘴,
# nor 技术人员站在沟槽旁边,正在施工的挖掘机…: the status word describes what follows)
_STATION_REPORTED = re.compile(r"(?:目前|现在|现|去年|今年|上月|近日|日前|\d{1,2}月(?:\d{1,2}日)?)?(?:已经?|已于[^,，。;；]{1,8}?|均已|正在)?"
                               r"(?:正式|顺利)?(?:建成|投入使用|投用|启用|运行|运营|开放|完工|竣工|开工|动工|施工|建设)(?!的)")
_STOOD_BY = re.compile(r"[^,，。;；]{1,16}?(?:前|旁边?|门口|边上|身边|中间)(?=[,，。;；])")  # (站在新房前,)
_WELL = "好"  # 危桥改造好了: the works done, not a longer name
_LED_INTO = frozenset({"入村", "入户"})  # 入村管网: where mains lead (jieba tags 入村 a place), no place named
_MAINS, _EXTENDED = "管网", "延伸"  # 白坞口村污水管网延伸: the mains, and the works on them
# 学生宿舍改造利用暑假完成: the time the works made use of, after them, not a longer name
_SPARE_TIMES = frozenset({"暑假", "寒假", "假期", "暑期", "周末", "节假日", "夜间", "农闲"})
# 全区新建老年食堂12家, 全乡新装太阳能路灯260盏: all of a place, the scope of a count, never part of a name.
_WHOLE_OF_A_PLACE = frozenset({"全区", "全县", "全市", "全乡", "全镇", "全街道"})
_PLACES_AS_BODIES = frozenset({"区里", "镇里", "乡里", "村里"})  # (jieba tags them as places)
_SPENT = frozenset({"投资", "投入", "斥资", "出资"})  # 某村投资68万元提升改造的文化礼堂: what the place spent on it
_ONLY = frozenset({"仅", "只", "仅有", "只有"})  # 仅廿里镇中心幼儿园因设计调整仍在施工: the one left, never part of a name
_PROGRESS_AFTER = re.compile(r"(?:当天|日前)?(?:主体|已经?|正在|目前|建成|顺利|正式)")
# A facility described as works (新建的综合楼, 改造后的学生食堂, 一栋五层的新宿舍楼, 总投资760万元的排涝泵站, 长1.2
# 公里的生态护岸, 被山洪冲毁的拦水堰; not 村口溪上的老石板桥)
_DESCRIBED = re.compile(r"[^,，。;；]{1,12}的")
_DESCRIBED_NEW = re.compile("新|建|改|完工|竣工|投资|公里|米的|冲毁|损毁|水毁")
_ORIGIN = frozenset({"籍", "人"})  # 湖仁村籍乡贤: where someone comes from
_HAS_PARTS = frozenset({"设有", "设置", "配备", "配有", "内设"})
_FLOOR_HAS = re.compile(r"[楼层]设$")  # 二楼设康复理疗室: a room on a floor of the facility
_REFERRING = frozenset({"该", "本", "全", "我", "此"})
_NUMBER = re.compile(r"[\d.,%]+|[〇零一二两三四五六七八九十百千万亿]+")
_WORKS_DONE = tuple(sorted(WORKS_DONE, key=len, reverse=True))
_BUILT = f"(?:{'|'.join(INFRASTRUCTURE)}){BUILDING}"
_BUS_ROUTE = rf"(?:{'|'.join(_BUS)}){_ROUTE.pattern}路|{_ROUTE.pattern}路(?:{'|'.join(_BUS_KINDS)})?公交"
_HAS_HEAD = re.compile("|".join((*SUFFIXES, *_WORKS_DONE, _BUILT, _BUS_ROUTE,
                                 *(f"[{_QUOTES_CLOSE}]{p}" for p in PROGRAMMES))))
_STATUS_PART = re.compile("|".join(STATUS_PARTS))
# A name followed by a meeting (污水管网建设推进会) is the meeting's subject, not news of the works.
_MEETING = re.compile(r"(?:推进|现场|调度|协调|动员|部署|专题|座谈|观摩)会|会议")
# A name ending in a bare 提升 that a campaign word goes on from, or that raises a quality, is a
# campaign (农产品品质提升行动, 便民服务中心服务质量提升), not works (青塘村污水管网提升).
_UPGRADE = "提升"
_CAMPAIGN = re.compile(r"行动|活动|培训|攻坚")
_QUALITY_RAISED = re.compile(r"(?:质量|品质|能力|水平|素养|素质|效能|效率|形象)提升$")
_REFERENCE = re.compile(f"(?:{'|'.join(DEMONSTRATIVES)})(?:{'|'.join((*SUFFIXES, _ROAD))})")


# Works on village roads counted by length (新建改造农村公路60公里, 农村公路提升改造86公里, 农村公路大中修42公里).
_ROAD_WORKS = ("新建改造", "新建改建", "改造提升", "提升改造", "新改建", "新建", "改建", "改造", "提升", "大中修",
               "安全生命防护工程")
_ROAD_LENGTH = re.compile(rf"(?P<verb>(?:(?:新建|改建)、)?(?:{'|'.join(_ROAD_WORKS[:-2])})?)(?P<road>农村公路)"
                          rf"(?P<works>(?:(?:{'|'.join(_ROAD_WORKS)})(?:工程)?)?)(?:约|近)?[\d.]+余?(?:公里|千米)")
# Works done in households of a group (为120户困难残疾人家庭实施无障碍改造, 困难家庭适老化改造200户): one
# programme of the year, named by the group and the works (居家 kept: 居家适老化改造).
# The group opens after a verb or a when or where (区民政局启动困难家庭…, 今年困难家庭…): those are no part of it.
_GROUP_OPENS = ("实施", "完成", "开展", "进行", "推进", "启动", "继续", "加快", "计划", "安排", "今年", "明年", "年内",
                "全区", "全镇", "全乡")
# A list of works counted as projects (甲、乙、丙等6个项目), each item in a clause of its own or after 中.
_ITEMS_COUNTED = re.compile(r"(?:^|(?<=[,，:：中]))(?P<items>[^,，。;；:：、等]{3,14}(?:、[^,，。;；:：、等]{3,14})+)"
                            r"等[两二三四五六七八九十\d]+个(?:民生实事)?项目")
_PROJECTS_WORD = "项目"
_ITEM_OPENING = re.compile(r"(?:其中|包括|另有|还有)")
_LIST_DONE_BY = re.compile(r"实施|推进|完成|启动|开展|新建|建设了|投入")
_ITEM_MIN = 3
# A sentence opening at a school or a clinic (在全旺镇中心小学, 代表们来到某卫生院,) whose next clause tells of a
# new part of it.
_VENUE_THEN_PART = re.compile(
    r"(?:[^,，。;；]{0,10}[,，])?(?:[^,，。;；]{0,8}?(?:来到|走进))?在?(?P<venue>[\u4e00-\u9fff]{2,12}?(?:小学|中学|学校|幼儿园|卫生院|医院|分院))[,，]"
    r"(?:新建成?的|新(?P<done>改造|改建|扩建)的|(?P<how>新)|(?P<works>改扩建|改造|扩建|提升改造|改建)后的)"
    r"(?P<part>(?:(?!的)[\u4e00-\u9fff]){0,5}(?:楼|园舍|校舍|食堂|操场|跑道|宿舍|院区|病房|门诊))"
    r"(?=[^,，。;；]{0,4}(?:已|正式|当天|日前|近日|于))")
_HOUSEHOLD_WORKS = re.compile(r"(?:^|(?<=[为对把将和、,，;；:：的户已共\s])|"
                              + "|".join(f"(?<={word})" for word in _GROUP_OPENS) + ")"
                              rf"(?P<group>(?:(?![为对把将和的已共]|{'|'.join(_GROUP_OPENS)})[\u4e00-\u9fff]){{0,8}}?"
                              rf"{HOMES_OF_A_GROUP})"
                              r"(?:实施|完成|开展|进行)?了?(?:家庭)?(?P<works>(?:居家)?(?:适老化|无障碍)改造)")
# Rebuilding the dilapidated homes of a group, the year's programme: named as such (农村困难家庭危房改造, 困难户
# 危旧房修缮), or said as works on a count of homes (改造农村危旧房300户, 为320户农村困难家庭改造危房); named by the
# group, the homes and the works either way (农村危旧房改造).
_HOMES_GROUP = r"(?P<group>(?:农村)?(?:困难家庭|困难群众|低收入农户|困难户)?)"
_DILAPIDATED = r"(?P<homes>危旧房|危房)"
_HOMES_REBUILT = tuple(re.compile(pattern) for pattern in (
    rf"{_HOMES_GROUP}{_DILAPIDATED}(?P<works>治理改造|加固改造|改造|修缮)",
    rf"(?P<works>改造|修缮){_HOMES_GROUP}{_DILAPIDATED}(?:共|约)?\d+户",
    rf"为\d+户(?:农户)?{_HOMES_GROUP}(?P<works>改造|修缮){_DILAPIDATED}"))  # (为600户农户…: any farmer's)
# (or since a year gone, 2016年以来, 近五年来, or up to now, 截至目前: a tally, not a year's batch)
_TALLY_SO_FAR = re.compile("以来|累计|(?<!一)年来(?!临)|截至|截止")  # (not 一年来: the year past, its batch; nor 新年来临)


def _is_campaign(text: str, mention: NameMention) -> bool:
    """农产品品质提升行动, 服务质量提升: raising a quality, not works named with 提升."""
    return mention.name.endswith(_UPGRADE) and not mention.name.endswith(tuple(WORKS_DONE - {_UPGRADE})) \
        and (_CAMPAIGN.match(text, mention.end) is not None or _QUALITY_RAISED.search(mention.name) is not None)


@dataclass(frozen=True)
class NameMention:
    # As printed, without a joining 的, or with the place it belongs to put first (翁源村山塘除险加固工程,
    # the village named earlier in the sentence); empty for 该工程 (the caller finds what it means).
    name: str
    start: int  # offsets of the printed stretch in the sentence
    end: int
    # A quoted programme (“爱心托管”服务) rather than a facility: the quote alone does not make it
    # public works.
    programme: bool = False
    # Whether the caller should want its status said in its own clause: a programme, or a facility
    # named without a place (新建成的智能育秧工厂已…), which may be a venue or part of other works.
    own_clause: bool = False
    # Followed by a part of the works (某工程的综合楼已交付): what is said of it is said of that part.
    of_a_part: bool = False
    # Placed in the article's village, its name printing no place (口袋公园): maybe a project named before.
    in_the_village: bool = False
    # A batch counted (新建城市书房5家, 改造老旧小区5个): works of one kind at several places.
    batch: bool = False
    # More of a kind told of before, in places listed (还将在甲村、乙村各新建1家): new works, never those told of.
    more: bool = False


def may_hold_names(text: str) -> bool:
    """Cheap test before segmenting a sentence."""
    return _HAS_HEAD.search(text) is not None


def refers_back(text: str) -> bool:
    """Whether the sentence speaks of an earlier named project (该工程, 这座桥)."""
    return _REFERENCE.search(text) is not None


def names_in(text: str, gazetteer, village: str = "", school: str = "") -> list[NameMention]:
    """Project names (and references such as 该工程) in one sentence; `village`, the one village the
    article is about, is the place of a facility named without one (口袋公园, 便民桥) there; `school`,
    the one school it names, owns the parts said of 学校 (学校的风雨操场)."""
    text = _ITEM_NUMBER.sub(lambda number: " " * len(number.group()), text)  # 3.黄甲楼村便民桥重建: no count
    words = cut(text, gazetteer)
    offsets = [0]
    for word in words:
        offsets.append(offsets[-1] + len(word))
    places = dict.fromkeys(guarded_names_in(text, gazetteer), PROPER_TAGS[0])  # 莲花 in 莲花镇将实施莲花农贸市场…
    scan = _Scan(text, words, offsets, ChainMap(places, tag_table(gazetteer)), village, school)
    found: list[NameMention] = []
    i = 0
    while i < len(words):
        owners_works = _owner_works_pointer(words, i)
        pointer = _demonstrative_length(words, i) or owners_works
        # 该工程, 这个加工中心 (jieba cuts 加工/中心): a reference to a named project.
        head = i + 2 if owners_works else next((j for j in range(i + pointer, min(i + pointer + 2, len(words)))
                                                if _is_head(words[j]) or words[j] == _ROAD and j == i + pointer),
                                               None) if pointer else None
        if head is not None and (head == i + pointer or owners_works or scan.joins(words[i + pointer])):
            found.append(NameMention("", offsets[i], offsets[head + 1]))
            i = head + 1
            continue
        described = _DESCRIBED_POINTER.match(text, offsets[i]) if pointer else None
        if described and described.end() in offsets and _is_head(words[offsets.index(described.end())]):
            # 这个由老粮站改造而成的驿站: a project named before, described again (as 这座面积约300平方米的城市书房)
            head = offsets.index(described.end())
            found.append(NameMention("", offsets[i], offsets[head + 1]))
            i = head + 1
            continue
        works_done = scan.works_done_to(i)
        if works_done is not None:
            found += [] if found and _contents_of(text, found[0], works_done) else [works_done]
            i = offsets.index(works_done.end)
            continue
        if _PHASE.fullmatch(words[i]) and not (i + 1 < len(words) and _is_head(words[i + 1])) \
                and (text[:offsets[i]].lstrip("“\"") in _PHASE_OPENERS
                     or found and text[offsets[i] - 1:offsets[i]] in _CLAUSE_ENDS
                     and (not found[0].name and _PHASE.fullmatch(text[found[0].start:found[0].end])
                          or _after_a_named_phase(text, found))):
            # 一期全长4.2公里,…: a phase opening its sentence, as 一期工程 is (not …分两期实施,一期已于5月完工:
            # steps of the works); so is the next one opening a clause of it (一期已于5月完工,二期正在加紧施工)
            found.append(NameMention("", offsets[i], offsets[i + 1]))
            i += 1
            continue
        if scan.is_bus_route(i) or scan.is_numbered_bus(i):
            route = scan.bus_route(i)
            found += [route] if route else []
            i += 1
            continue
        end = scan.name_end(i) if _is_head(words[i]) or scan.is_building(i) or scan.is_programme(i) else None
        if end is None:
            i += 1
            continue
        together = scan.one_in_each_place(i, end)
        if together:
            longer = scan.name_going_on(i, end)  # 两处山塘综合整治工程 (jieba: 山塘/综合/整治/工程)
            if longer is not None:
                end = longer
                together = scan.one_in_each_place(end - 1, end) or together
            works = scan.works_of(end)  # 三口山塘的整治工程: the works done to them
            if works is not None:
                together = NameMention(together.name + "".join(words[end + 1:works]), together.start, offsets[works])
                end = works
            found.append(together)
            i = max(end, offsets.index(together.end))  # (对甲村、乙村的管网进行改造: past the works named with it)
            continue
        mention = scan.name_ending(i, end)
        if mention is not None and found and not found[-1].name \
                and _WHAT_IT_IS.fullmatch(text, found[-1].end, mention.start) is not None:
            i = end
            continue  # 该工程是今年省级美丽河湖创建项目: the kind of works it is, no project of its own
        if mention is not None and not _MEETING.match(text, mention.end) and not _is_campaign(text, mention) \
                and not (found and (_next_stage(text, found[-1], mention, scan) or _contents_of(text, found[0], mention)
                                    or _phase_of(text, found[-1], mention, scan))):
            found.append(_with_works_after(text, mention))
        i = end
    for visit in _venue_then_part(text):  # (it names what the facility visited and its part, found apart, are)
        found = [mention for mention in found if not _overlaps(mention, [visit])] + [visit]
    found += [mention for mention in (*_road_lengths(text), *_household_works(text), *_homes_rebuilt(text),
                                      *_items_counted(text))
              if not _overlaps(mention, found)]
    found = [mention for mention in found
             if not _spaces_of_a_car_park(text, mention) and not _DETOUR.search(text, 0, mention.start)]
    return _joined_parts(sorted(found, key=lambda mention: mention.start), scan)


def _spaces_of_a_car_park(text: str, mention: NameMention) -> bool:
    """新建公共停车场4处,新增停车泊位800个; 停车设施建设项目已建成停车泊位960个: spaces counted after car parks
    or parking works said before them in the sentence are their size, not works of their own."""
    return mention.name.endswith(_SPACES) and _PARKING in text[:mention.start]


def _road_lengths(text: str) -> list[NameMention]:
    """新改建农村公路60公里, 完成农村公路提升改造86公里: the year's works on village roads, measured
    by their length, a batch (as 改造老旧小区5个 is), named as printed without the length; not a tally
    so far (今年以来,全区完成农村公路提升改造86公里)."""
    found = []
    for road in _ROAD_LENGTH.finditer(text):
        if (road["verb"] or road["works"]) and not _TALLY_SO_FAR.search(text, 0, road.start()):
            start = road.start("verb") if road["verb"] else road.start("road")
            end = road.end("works") if road["works"] else road.end("road")
            found.append(NameMention(text[start:end], start, end, batch=True))
    return found


def _items_counted(text: str) -> list[NameMention]:
    """农村生活垃圾分类、城区公共停车场建设、农村老年食堂等6个项目已提前完成年度任务: each item of a list of
    works counted as projects is one, however plainly it is named."""
    found = []
    if _PROJECTS_WORD not in text:
        return found  # (the pattern tries every start of a sentence; most sentences count no projects)
    for listed in _ITEMS_COUNTED.finditer(text):
        if _LIST_DONE_BY.search(listed["items"].split("、")[0]):
            continue  # 该镇共实施堰坝修复、渠道硬化等7个项目: kinds of works someone carries out
        at = listed.start("items")
        for item in listed["items"].split("、"):
            opening = _ITEM_OPENING.match(item)
            start = at + (opening.end() if opening else 0)
            if at + len(item) - start >= _ITEM_MIN:
                found.append(NameMention(text[start:at + len(item)], start, at + len(item)))
            at += len(item) + 1
    return found


def _venue_then_part(text: str) -> list[NameMention]:
    """在全旺镇中心小学,改造后的学生食堂已经完工 (在某卫生院,新门诊楼已投入使用): a facility visited, then
    the part of it the works made, said in the next clause; named as the facility's part and its works."""
    visit = _VENUE_THEN_PART.match(text)
    if visit is None:
        return []
    works = visit["works"] or visit["done"] or ""
    name = visit["venue"] + ("新" if visit["how"] == "新" else "") + visit["part"] + works
    return [NameMention(name, visit.start("venue"), visit.end("part"))]


def _overlaps(mention: NameMention, found: list[NameMention]) -> bool:
    return any(other.start < mention.end and mention.start < other.end for other in found)


def _homes_rebuilt(text: str) -> list[NameMention]:
    found: list[NameMention] = []
    for pattern in _HOMES_REBUILT:
        # (the span leaves out a count of households: 为320户农村困难家庭改造危房 shows 农村困难家庭改造危房)
        found += [NameMention(works["group"] + works["homes"] + works["works"], min(works.start("group"), works.start("works")),
                              max(works.end("homes"), works.end("works")), batch=True)
                  for works in pattern.finditer(text)
                  if not _overlaps(NameMention("", works.start(), works.end()), found)
                  and not (works["group"] == "" and text.endswith("的", 0, works.start()))]  # (一户困难家庭的危旧房改造)
    return found


def _household_works(text: str) -> list[NameMention]:
    return [NameMention(works["group"] + works["works"], works.start(), works.end(), batch=True)
            for works in _HOUSEHOLD_WORKS.finditer(text)]


def _contents_of(text: str, opening: NameMention, mention: NameMention) -> bool:
    """该工程总投资1.86亿元,主要实施甲村、乙村的道路提升、污水管网改造: works listed as what the project a
    sentence opens on (该工程, 该项目) is made of are that project, not others."""
    return opening.start == 0 and not opening.name and _CONTENTS.search(text, opening.end, mention.start) is not None \
        and _AFTER_IT.search(text, opening.end, mention.start) is None


def _next_stage(text: str, before: NameMention, mention: NameMention, scan: _Scan) -> bool:
    """某山塘的除险加固已完成主体工程,正在进行坝顶道路硬化: works going on, in a clause of their own after
    works named before, with no place of their own, are the next stage of those works (not once those
    are said done, 文化礼堂改造已经完工,目前正在进行污水管网改造: other works)."""
    clause_start = clause_bounds(text, mention.start)[0]
    between = text[before.end:clause_start]
    inside = [word for word, at in zip(scan.words, scan.offsets) if mention.start <= at < mention.end]
    return _GOING_ON_WITH.fullmatch(text, clause_start, mention.start) is not None \
        and not any(scan.is_place(word) for word in inside) \
        and not (_ALL_DONE.search(between) and _STRUCTURE not in between)


def _phase_of(text: str, before: NameMention, mention: NameMention, scan: _Scan) -> bool:
    """某村河道综合治理工程…,去年完成了一期护岸: a phase with no place of its own, after works named in its
    sentence, is a part of those works."""
    inside = [word for word, at in zip(scan.words, scan.offsets) if mention.start <= at < mention.end]
    # (but 某工程已完工,二期提升工程计划明年启动: a phase opening its clause, with news of its own, is works of its own)
    opening = [word for word, at in zip(scan.words, scan.offsets)
               if clause_bounds(text, mention.start)[0] <= at < mention.start]
    return bool(inside) and _PHASE.fullmatch(inside[0]) is not None and before.name.endswith(WORKS) \
        and not any(scan.is_place(word) for word in inside) \
        and not all(word in TIME_WORDS for word in opening)


def _village_once(parts: list[str], is_proper) -> str:
    """茶坪村 + 村卫生室 (茶坪村新建的村卫生室) is 茶坪村卫生室: a village named, then its own 村…, says 村
    once (but 严村村, one word, is a village's name)."""
    kept = [part if n == 0 or not (is_proper(parts[n - 1]) and parts[n - 1].endswith(_VILLAGE_WORD))
            or not _VILLAGE_OWN.match("".join(parts[n:n + 2])) else part[1:] for n, part in enumerate(parts)]
    return "".join(part for part in kept if part)


def _with_works_after(text: str, mention: NameMention) -> NameMention:
    """村文化礼堂正在进行提升改造, 对茶坪村至紫薇村的沿溪游步道进行提升改造: a facility, then the works
    done to it, is those works (…文化礼堂提升改造, …沿溪游步道提升改造)."""
    done_to = _WORKS_DONE_TO.match(text, mention.end) \
        if _DONE_TO_BEFORE.search(text, clause_bounds(text, mention.start)[0], mention.start) else None
    works = _WORKS_GOING_ON.match(text, mention.end) or _WORKS_COMPLETED.match(text, mention.end) or done_to
    if works is None or not mention.name or mention.name.endswith((*WORKS, *_WORKS_DONE)):
        return mention
    # (what 对 names is printed with the works done to it, 对某机耕路进行硬化, as works_done_to prints)
    return replace(mention, name=mention.name + works["works"], end=works.end() if done_to else mention.end)


def _after_a_named_phase(text: str, found: list[NameMention]) -> bool:
    """Whether the last works named so far are named with their phase (某安置小区一期), with no mention after
    them but their next phases (某安置小区一期已交付,二期已结顶,三期…)."""
    named = next((at for at in range(len(found) - 1, -1, -1) if found[at].name), None)
    return named is not None and _PHASE_NAMED.search(found[named].name) is not None \
        and all(_PHASE.fullmatch(text[m.start:m.end]) for m in found[named + 1:])


def _bare_facility(name: str, works_after: bool = False) -> bool:
    """食堂综合楼: a facility named without place or owner; with `works_after`, maybe with the works word
    of both (某游客服务中心及生态停车场项目)."""
    thing = next((name[:-len(word)] for word in WORKS if name.endswith(word)), name) if works_after else name
    return len(thing) <= _BARE_FACILITY and not thing.endswith(WORKS) and not name.startswith(_OWNERS)


def _joined_parts(found: list[NameMention], scan: _Scan) -> list[NameMention]:
    """甲小学风雨操场及食堂综合楼, 游客服务中心和生态停车场: a second bare facility joined by 及 or 和 (no
    place, no owner, not works of its own, though maybe closing with the works word of both:
    某游客服务中心及生态停车场项目) is built with the first as one project."""
    joined: list[NameMention] = []
    for mention in found:
        before = joined[-1] if joined else None
        if before and before.name and mention.name and scan.text[before.end:mention.start] in _ONE_WITH \
                and _bare_facility(mention.name, works_after=not before.name.endswith(WORKS)) \
                and not scan.is_proper(scan.words[scan.offsets.index(mention.start)]):
            joiner = scan.text[before.end:mention.start]
            joined[-1] = NameMention(f"{before.name}{joiner}{mention.name}", before.start, mention.end,
                                     before.programme, before.own_clause)
        elif before and (works := _works_done_to_both(before, mention, scan)):
            joiner = scan.text[before.end:mention.start]
            joined[-1] = replace(mention, name=f"{before.name}{joiner}{mention.name}{works[0]}", start=before.start,
                                 end=works[1])
        elif before and _shares_the_works(before, mention, scan.text):
            joiner = scan.text[before.end:mention.start]
            joined[-1] = replace(mention, name=f"{before.name}{joiner}{mention.name}", start=before.start)
        else:
            joined.append(mention)
    return joined


def _facility_word(name: str) -> str:
    """The longest facility word `name` ends with (卫生院 of 莲花镇卫生院), or empty."""
    return max((suffix for suffix in SUFFIXES if name.endswith(suffix)), key=len, default="")


def _works_done_to_both(before: NameMention, mention: NameMention, scan: _Scan) -> tuple[str, int] | None:
    """对湖南镇卫生院、举村乡卫生院进行改造提升: two facilities of a kind listed after 对, and the works done to
    both said once after them, are one project: the works (改造提升) and where they end; None when not."""
    text, words = scan.text, scan.words
    if not (before.name and mention.name) or text[before.end:mention.start] not in _SHARED_BY \
            or not text.endswith(_TO, 0, before.start) or mention.end not in scan.offsets:
        return None
    kind = _facility_word(before.name)
    works = scan.works_done_at(scan.offsets.index(mention.end))
    if len(kind) < 2 or not mention.name.endswith(kind) or works is None:
        return None
    said, done = works[0], scan.works_word_last(works[1])
    return "".join(words[said:done + 1]), scan.offsets[done + 1]


def _shares_the_works(before: NameMention, mention: NameMention, text: str) -> bool:
    """大洲镇卫生院、莲花镇卫生院改造提升工程, 甲卫生院和乙卫生院完成标准化改造: two facilities of a kind,
    each with its place, and the works printed once after the second, are one project."""
    if not (before.name and mention.name) or text[before.end:mention.start] not in _SHARED_BY \
            or before.name.endswith((*WORKS, *_WORKS_DONE)):
        return False
    kind = _facility_word(before.name)
    thing = _ALL_WORKS_AT_END.sub("", mention.name)
    return len(kind) > 1 and thing != mention.name and len(thing) > len(kind) and thing.endswith(kind)


def _demonstrative_length(words: list[str], i: int) -> int:
    """How many words at `i` say "this one" (该, 这座; jieba cuts 这间 as 这/间): 0 when none do."""
    if words[i] in DEMONSTRATIVES:
        return 1
    return 2 if i + 1 < len(words) and words[i] + words[i + 1] in DEMONSTRATIVES else 0


def _owner_works_pointer(words: list[str], i: int) -> int:
    """1 for 该校 before its works (该校改扩建工程, jieba: 该校/改扩建/工程), else 0."""
    return int(words[i] in OWNER_POINTERS and i + 2 < len(words) and words[i + 1] in CONSTRUCTION
               and words[i + 2] in WORKS)


def _generic_works(word: str) -> bool:
    """重点项目, 民生工程 as jieba's one word: a kind of works, none named."""
    return word.endswith(WORKS) and word[:-2] in GENERIC


def _is_head(word: str) -> bool:
    ends_right = word.endswith(SUFFIXES) and word not in NOT_FACILITIES or word.endswith(_WORKS_DONE)
    return ends_right and _STATUS_PART.search(word) is None  # 开园 ends in 园 but is what happened


def _works_object(word: str) -> str:
    """What a one-word works name is done to: 危房 of 危房改造 (empty for 改造 itself)."""
    return next((word[:-len(done)] for done in _WORKS_DONE if word.endswith(done)), "")


@dataclass
class _Scan:
    text: str
    words: list[str]
    offsets: list[int]
    tags: Mapping[str, str]
    village: str = ""
    school: str = ""

    def name_end(self, head: int) -> int | None:
        """Index after the name's last word, or None when a noun follows (this is not its head) or
        the head is a verb here (村民某某站在新房前, but not 净水站在上月投入使用)."""
        words, end = self.words, head + 1
        if words[head] == _MAIN_WORKS and head > 0 and _is_head(words[head - 1]):
            return None  # 某幼儿园主体工程: the facility's main structure, the facility named before it
        if self.names_a_village(head):
            return None  # 石堰村, 堰头村 (jieba: 堰/头/村), 石桥村: a village not in the gazetteer, named after a weir or a bridge
        if words[head] == _STAND and end < len(words) and words[end].startswith(_STANDING) \
                and head > 0 and (len(words[head - 1]) == 1 or words[head - 1].endswith(_KIN)):
            return None  # 刘根发站在…, 王大伯站在…: a person (a name jieba cut up, a kin word) standing
        stood_by = words[head] == _STAND and end < len(words) and words[end].startswith(_STANDING) \
            and _STOOD_BY.match(self.text, self.offsets[end] + 1)
        if stood_by and not _STATION_REPORTED.match(self.text, stood_by.end() + 1):
            # 低保户刘水土站在…新房前: someone standing by something (not 净水站在上月投入使用, nor 净水站在村委会
            # 旁边,目前已投入使用: where a station stands, then how it is)
            return None
        while end < len(words) and (_PHASE.fullmatch(words[end]) or words[end].endswith(WORKS) and words[end] not in WORKS_PARTS
                                    or words[end] in CONSTRUCTION and not words[end - 1].endswith(WORKS)
                                    or words[end] == _EXTENDED and words[end - 1].endswith(_MAINS)
                                    or self.is_manner_of_works(end)):
            end += 1  # (not 一期工程新建…水厂: what the works build follows)
        if end < len(words) and words[end] == _MAIN_WORKS:
            return end  # 某幼儿园主体工程已经结顶: the facility's main structure, a part of it
        if end < len(words) and words[end - 1].endswith(WORKS) \
                and (words[end] in WORKS_PARTS or "".join(words[end:end + 2]) in TIME_WORDS
                     or words[end] in _REPORT or "".join(words[end:end + 2]) == _PRELIMINARIES_REPORT):
            return end  # 某工程路基已全部完成, 某工程下月开工: a part of the works, a time; 某工程(前期工作)汇报
        if end + 1 < len(words) and words[end + 1] == _STRETCH and (self.is_proper(words[end]) or words[end] in _STRETCH_AT) \
                and (words[end - 1].endswith(WORKS) or words[end - 1].endswith(_STRETCHED) and not self.works_follow(end + 2)):
            # 衢江堤防加固工程莲花段: the works' stretch at a place (or 城区段, 下游段); 乌溪江绿道黄坛口段: a
            # route's (but 衢江防洪堤滨江段提升工程 goes on to its works)
            return end + 2
        if end < len(words) and words[end - 1].endswith(WORKS) and words[end] in _STRETCHES:
            return end + 1  # 某工程东段
        if end + 2 < len(words) and words[end] in _BRACKETS[0] and _is_head(words[end + 1]) \
                and words[end + 2] in _BRACKETS[1]:
            return end + 3  # 新建老年食堂(助餐点)20个
        if end < len(words) and self.joins(words[end]) and self.tags.get(words[end]) not in ("v", "vn", "t") \
                and not (words[end] == _IN_FRONT and self.happens_in_front(end)) \
                and not (words[end] in CONSTRUCTION and words[end - 1].endswith(WORKS)) \
                and not (words[end] == _WELL and words[end - 1] in CONSTRUCTION) \
                and not (words[end] in MEANS and words[end + 1:end + 2] and words[end + 1] in _SPARE_TIMES) \
                and not (words[end] == _ORIGINALLY and words[end + 1:end + 2] and words[end + 1] in _PLAN_WORDS) \
                and words[end] not in _ORIGINALLY_WORDS and words[end] not in _LOOKS \
                and not (words[end] in _SIZE_WORDS and end + 1 < len(words) and _COUNT.fullmatch(words[end + 1])) \
                and not (_AMONG_THE_BATCH.match(self.text, self.offsets[end])
                         and self.is_counted(self.trimmed(self.run_start(head), head))):  # (28家老年食堂中,: among them)
            return None  # (某停车场原计划5月开工: what was planned for it, not a longer name)
        return end

    def works_follow(self, at: int) -> bool:
        """Whether works or a facility go on at `at` (…滨江段提升工程): the name runs on."""
        words = self.words
        return at < len(words) and (words[at] in CONSTRUCTION or words[at].endswith(WORKS) or _is_head(words[at]))

    def names_a_village(self, head: int) -> bool:
        """石堰/村, 堰/头/村: the head is the start of a village's name (湖南镇石堰村新建的文化礼堂), not a facility."""
        words = self.words
        return len(words[head]) <= 2 and head + 1 < len(words) and words[head + 1] == _VILLAGE_WORD \
            or len(words[head]) == 1 and head + 2 < len(words) and len(words[head + 1]) == 1 \
            and words[head + 2] == _VILLAGE_WORD and words[head + 1] not in _NOT_A_VILLAGE_PART

    def along_route(self, first: int) -> bool:
        """庙前村至金岗山村沿线的(260盏)太阳能路灯: what stands along a route between two places."""
        words, measured = self.words, self.measure_start(first)
        return measured >= 4 and words[measured - 1] == "的" and words[measured - 2] == _ALONG \
            and self.is_proper(words[measured - 3]) \
            and bool(_BETWEEN.intersection(words[self.run_start(measured - 2):measured - 1]))

    def after_where_one_goes(self, first: int, end: int) -> int:
        """Where a name from `first` starts once a 到 that joins no route's ends is left out: 湖仁村到盈川村
        居家养老服务中心 is 盈川村居家养老服务中心 (but 上岗头村到川坑村的公路 keeps both ends)."""
        goes = next((at for at in range(first + 1, end) if self.words[at] == _GOES_TO), None)
        if goes is None or any(word.endswith(_RUNS_BETWEEN) and not self.is_proper(word)
                               for word in self.words[goes + 1:end]):
            return first
        return goes + 1

    def happens_in_front(self, at: int) -> bool:
        """游客服务中心前停满了车: something happening in front of the facility; not 礼堂前的小广场 or
        食堂前新建的长廊, another thing there, whose works the clause reports."""
        start = self.offsets[at] + len(_IN_FRONT)
        rest = self.text[start:clause_bounds(self.text, start)[1]]
        return "的" not in rest and _HAS_HEAD.search(rest) is None \
            and not any(word in rest for word in (*CONSTRUCTION, *NEWLY_BUILT, BUILDING))

    def is_venue(self, first: int, end: int) -> bool:
        """在某礼堂 (活动在某礼堂启动, 活动在某产业园施工现场举行, 在某广场现场,晚会启动): where something
        happens, not the works; but the site of works is (在某医院新院区施工现场,工人们正在…; 在某村新建
        幼儿园施工现场举行开工仪式; 在某安置小区现场,工人们正在…)."""
        words, text = self.words, self.text
        start, stop = self.offsets[first], self.offsets[end]
        if start > 0 and text[start - 1] == _AT and _CREW_AT_WORK.match(text, stop):
            return False  # 在某村至某村的联网公路上,施工人员正在铺设沥青路面: the works, where the crew is at work
        if start == 0 or text[start - 1] != _AT or not text.startswith(_SITE, stop):
            return start > 0 and text[start - 1] == _AT
        works = words[end - 1].endswith(WORKS) or any(w in CONSTRUCTION or w in NEWLY_BUILT for w in words[first:end])
        event_held = _HELD.match(text, stop) is not None \
            or not text.startswith(_BUILDING_SITE, stop) and _EVENT_AT.match(text, stop) is not None
        return not works and event_held

    def before_new(self, at: int) -> int:
        """The word before a 新 at `at` (卫生院新改造的…), else `at`; before the money spent on the works too
        (西山下村投资68万元提升改造的文化礼堂)."""
        at = at - 1 if at > 0 and self.words[at] == _NEW else at
        words = self.words
        if at >= 3 and words[at].endswith(_YUAN) and _NUMBER.fullmatch(words[at - 1]) and words[at - 2] in _SPENT \
                and self.is_proper(words[at - 3]) and words[at - 3] not in _PLACES_AS_BODIES:
            return at - 3  # (not 镇里投资460万元建设的游客服务中心: a body spending, no place)
        return at

    def is_manner_of_works(self, at: int) -> bool:
        """标准化 in 金坑水库标准化提升工程: how the works are done, part of their name."""
        words = self.words
        return words[at].endswith(_MANNER) and len(words[at]) > 2 and at + 1 < len(words) \
            and words[at + 1] in CONSTRUCTION

    def is_driven_into(self, start: int, stop: int) -> bool:
        """大巴车缓缓驶入区客运中心: whether the name is only where a vehicle goes; not a works' site (挖掘机开进某工程
        工地) nor a place whose opening or start the sentence tells (首班车驶出区客运中心新站,标志着新站正式启用)."""
        return self.text.endswith(_DRIVEN_INTO, 0, start) and not self.text.startswith(_SITE, stop) \
            and _OPENS.search(self.text, stop) is None

    def name_ending(self, head: int, end: int) -> NameMention | None:
        words = self.words
        first, dropped = self.run_start(head), set()
        if _NAMED_AFTER.intersection(words[first:head]):
            # 区长宣布衢江区人民医院迁建工程正式开工: the works named after who announced it (区委书记宣布项目开工:
            # 项目 alone, none named); 挖掘机驶入某工程工地: after what drove in
            first = max(at for at in range(first, head) if words[at] in _NAMED_AFTER) + 1
        if first >= 2 and words[first - 1] == "的" and words[first] in CONSTRUCTION and _is_head(words[first - 2]):
            # 安仁水库的除险加固工程: the works done to a named facility.
            first, dropped = self.trimmed(self.run_start(first - 2), first - 2), {first - 1}
        elif first >= 2 and words[first] == _NEW and first < head and words[first - 1] == "的" \
                and _is_head(words[first - 2]):
            # 云溪乡中心小学的新食堂: the new one of a facility
            first, dropped = self.trimmed(self.run_start(first - 2), first - 2), {first - 1}
        elif first >= 2 and words[first - 1] == "的" and self.is_owner(first - 2) \
                and not self.text.startswith(_INSIDE, self.offsets[end]):
            # 高家镇中学的塑胶跑道改造, 峡川镇中心小学的学生宿舍改造 (or 某中心学校的学生食堂完成改造): works on
            # a part of a named facility; so is the part itself (某中心小学的风雨操场, 某照料中心的老年食堂), but
            # not a scene inside it (某中心的助浴室里,护理员正…)
            first, dropped = self.trimmed(self.run_start(first - 2), first - 2), {first - 1}
        elif (made := self.measure_start(first)) >= 3 and words[made - 1] == "的" and (
                (words[made - 2] in CONSTRUCTION or words[made - 2] == BUILDING or words[made - 2] in _BUILT_BY)
                and (_is_head(words[self.before_new(made - 3)]) or self.is_proper(words[self.before_new(made - 3)]))
                or words[made - 2].endswith(_YUAN) and self.before_new(made - 2) < made - 2):
            # 中心小学新建的教学楼, 大洲镇新建的中转站, 在某村建设的农贸市场, 云溪乡卫生院新改造的中医馆: the
            # new part of a facility, the new one of a place (六都杨村投资45万元的文化礼堂: the place's, money
            # spent on it; 某村投资80万元修建的2.6公里机耕路: its length no part of the name);
            # but 利用闲置办公楼改建的驿站 is the 驿站 alone.
            last = self.before_new(made - 2 if words[made - 2].endswith(_YUAN) else made - 3)
            owner = self.run_start(last)
            places, listed_from = self.places_listed_to(last)
            if len(places) > 1 and listed_from < owner:
                owner = listed_from  # 桥王村、西庄村新建的两座农村公厕: the places listed, one project named with them
            # (由闲置粮站改建的老年食堂 is the 老年食堂 alone, as 利用… is)
            if not any(word in MEANS for word in words[owner:last + 1]) and not (owner > 0 and words[owner - 1] == _BY and not self.is_proper(words[last])):
                first, dropped = self.trimmed(owner, last), set(range(last + 1, first))
        elif not self.is_quoted(first, end):  # a quoted name keeps its verbs (“共享书房”)
            run, first = first, self.trimmed(first, head)
            if words[end - 1] in CONSTRUCTION and any(word in MEANS for word in words[first:head]):
                return None  # 公园利用村口闲置地改造: what the park was made from, no works named
            if self.uses_as_is(first, head) or self.uses_as_is(run, head):
                return None  # (依托区社会福利院开展照护培训: the run's own verb, trimmed off, is the use)
            dropped = self.place_acts(first, head)
        if self.is_part_listed(first):
            return None  # 设有助餐区、康复理疗室: rooms of the facility, not projects
        if first > 0 and words[first - 1] in _WITH and end < len(words) and words[end] in _PARTNERING \
                and not (first > 1 and (words[first - 2].endswith(WORKS) or words[first - 2] in CONSTRUCTION)):
            # 工坊还与区职业技能培训中心合作: a partner, not works (but 甲项目和乙项目签约落地, 甲改造和乙整治
            # 对接…: works listed with works)
            return None
        if first > 0 and words[first - 1] == _ALONGSIDE and self.aligned_after(end):
            return None  # 因需与高标准农田建设统筹实施: other works these wait to be aligned with, no news of them
        if self.starts_route(end):
            return None  # 区客运中心至龙山村的606路公交: where a bus line starts, not works
        if _PER_UNIT.search(self.text, max(0, self.offsets[first] - _PER_UNIT_CHARS), self.offsets[first]):
            return None  # 对每处单村供水工程补助五至八万元, 每家老年食堂补助5万元: a rate for each, no works named
        if first > 0 and words[first - 1] == _BY and words[end - 1] in CONSTRUCTION:
            return None  # 助浴点由原卫生院旧楼改造: what the facility was made from, not works of its own
        counted = first > 1 and self.is_counted(first) or self.counted(end)
        if end < len(words) and words[end] == "的" and not self.part_follows(end) \
                or first > 0 and words[first - 1] in COLLECTIVE:
            return None
        if _SOME_OF in words[first:head] and not words[end - 1].endswith(WORKS):
            return None  # 351国道部分路段夜间施工: some stretches of a road (but 某村部分路段拓宽工程 is works named)
        # A township's batch (全旺镇建成来料加工点15个) or a batch newly built (新建停靠站32个) is news of works.
        # (and one said done, 改造单村水站15处, 完成农村公厕改造9座, of two words or of one long one, 老年食堂12家)
        done_to_counted = self.done_to_counted(first, end)
        works_done = self.newly_built(first) or self.batch_built(first, end) or words[end - 1] in WORKS_DONE \
            or self.listed_after_a_batch(first) or done_to_counted or self.some_done_after(first, end) \
            or self.counted_done(first, end) \
            or _BATCH_DONE.match(self.text, self.offsets[end]) is not None \
            or _AMONG_THE_BATCH.match(self.text, self.offsets[end]) is not None \
            and _LISTED_IN not in self.text[clause_bounds(self.text, self.offsets[first])[0]:self.offsets[first]]
        # (or a short one worked on, counted after 对: 对22座山塘进行综合整治)
        batch = counted and (self.township_before(head)
                             or works_done and (end - first > 1 or len(words[first]) >= _BATCH_WORD
                                                or done_to_counted))
        places = self.places_of_counted(first) if counted and self.works_done_at(end) is not None else \
            self.places_opening_counted(first, end) if counted else []
        if places:  # 对临江社区的3个老旧小区实施改造: the places' own, named without the count
            return NameMention(self.listed(places) + "".join(words[first:end]), self.offsets[places[0]],
                               self.offsets[end])
        if counted and not batch and not self.along_route(first):
            # 3所食堂, 老旧小区7个: a kind of facility, counted across the district (but 甲村至乙村沿线的120盏路灯
            # are one route's)
            return None
        if batch and _WORKS_AT_END.sub("", _ALIAS.sub("", "".join(words[first:end]))) in (*GENERIC, *_KINDS_OF_WORKS):
            return None  # 杜泽镇计划实施重点项目16个: a count of projects, none of them named
        if self.is_quoted(first, end):
            if words[head].endswith(WORKS):
                return None  # “千万工程”: a programme, not a public work
            first, end = first - 1, end + 1
        elif first > 0 and words[first - 1] in _QUOTES_CLOSE and (first == head or not words[head].endswith(WORKS)):
            # “村民说事”室, “幸福里”邻里中心: a quoted name, then the facility it is
            if first >= 2 and words[first - 2].endswith(WORKS):
                return None  # “千万工程”建设项目: the works of a programme
            first = self.quote_start(first - 1)
            if first is None or first > 0 and words[first - 1] in _DONE_TO and self.done_to_named(first - 1):
                return None  # 对某道路实施“白改黑”改造: works done to the road named before
            if first > 1 and words[first - 1] in _DONE and _is_head(words[first - 2]) and words[first - 2].endswith(_ROADS):
                return None  # 某村至某村通村公路完成“白改黑”改造: the road's works, the road named right before
        if first >= 1 and words[first] in _QUOTES_OPEN and self.is_proper(words[first - 1]):
            first -= 1  # 桥王村“爱心食堂”
        measured = self.measure_start(first)  # 某村的3.2公里采摘步道: the length is no part of the name
        placed = measured >= 2 and words[measured - 1] == "的" and self.is_proper(words[measured - 2])  # 中央徐村的安仁水库
        # 黄坛口乡至城区的公交线路: a route from a place to a common end (城区, 县城)
        from_place = measured >= 4 and words[measured - 1] == "的" and words[measured - 3] in _BETWEEN \
            and self.is_proper(words[measured - 4]) and self.joins(words[measured - 2])
        if (placed or from_place or self.along_route(first)) and not dropped \
                and _BETWEEN.intersection(words[self.run_start(measured - 2):measured - 1]):
            # 廿里镇至湖南镇的公交线路: the two ends are part of its name
            first, dropped, placed = self.trimmed(self.run_start(measured - 2), measured - 2), \
                set(range(measured - 1, first)), True
        elif not dropped and (ends := self.ends_measured_before(first)) is not None:
            # 松旺村至枫树底村3.2公里的机耕路: a road between two places, its length between
            first, dropped, placed = self.trimmed(self.run_start(ends - 1), ends - 1), set(range(ends, first)), True
        elif not dropped and (builder := self.village_building_measured(first, measured)) is not None:
            # 破石村新建1.8公里机耕路: what a village builds, measured
            first, dropped, placed = self.run_start(builder), set(range(builder + 1, first)), True
        elif not dropped and first >= 3 and words[first - 1] in _CAPACITIES \
                and 0 < (sized := self.number_start(first - 1)) < first - 1 and self.is_place(words[sized - 1]):
            # 红岩村200千瓦光伏发电项目, 红岩村1.5兆瓦光伏项目: the plant's capacity between its place and its name
            # is no part of it
            first, dropped, placed = self.trimmed(self.run_start(sized - 1), sized - 1), set(range(sized, first)), True
        elif not dropped and measured >= 3 and words[measured - 2] in _THAT and words[measured - 1] in _MEASURE \
                and words[measured - 3].endswith(_VILLAGE_ENDS) and self.is_proper(words[measured - 3]):
            # 白鹤山村那座便民桥7月初就通车了: the village's own, pointed at
            first, dropped, placed = measured - 3, {measured - 2, measured - 1}, True
        first = self.after_where_one_goes(first, end)
        built_of = first  # (一座钢筋混凝土拱桥: what it is built of describes it, no part of its name)
        while built_of < head and words[built_of] in _MATERIALS:
            built_of += 1
        parts = [word for index, word in enumerate(words[built_of:end], built_of) if index not in dropped]
        if _PHASE_ONLY.fullmatch("".join(parts)):
            # 一期工程已经完工,二期工程正在施工: phases of the works named before, referred to as 该工程 is
            start = self.offsets[first]
            opening = self.text[clause_bounds(self.text, start)[0]:start]
            return NameMention("", start, self.offsets[end]) if opening in _PHASE_OPENERS else None
        if placed and not dropped and measured == first and len("".join(parts)) <= 2 \
                and words[measured - 2].endswith(_TOWNSHIPS_OWN):
            return None  # 云溪乡和全旺镇的公路养护工地: a township's roads, no one work
        if any(word in _FIRMS for word in parts) \
                and all(word in _FIRMS or word in WORKS or _PHASE.fullmatch(word) for word in parts):
            return None  # 该企业一期项目: a firm's own stage of works, no thing named
        if all(word in WORKS or word in GENERIC or word in CONSTRUCTION or _generic_works(word) for word in parts):
            return None  # 等6个项目, 举村乡的民生实事项目, 浮石街道的重点民生工程, 改扩建项目7个: a kind of works, none named
        if parts[-1].endswith(_MAINS) and (not (placed or any(self.is_proper(word) for word in parts))
                                           or self.mains_of_works(parts)
                                           or self.works_done_at(end) is not None):
            # 雨污管网, 供水主管网, 某工程主管网, 某工程入村管网, 某工程配套管网: pipes of other works or of no place
            # (but 李泽村入村管网, 樟潭片区管网, 城乡供水一体化工程樟潭片区管网: a place's stretch of the works);
            # 对某村的管网进行改造: the works are named with what is done (works_done_to)
            return None
        if len(parts) > 1 and parts[0] in _NEW_CAMPUS and first > 0 and words[first - 1] in _CLAUSE_MARKS \
                and not parts[1].endswith(_ESTATES):
            # ,新园的教学楼已完成主体结顶: a part of the new campus of works named before
            # (not ,新园小区改造工程已于5月完工: an estate named 新园)
            return None
        quoted = any(word in _QUOTES_OPEN for word in parts)
        named_facility, place, in_the_village = False, "", False
        if not (quoted or placed or batch or self.is_specific(parts)):
            named_facility = self.is_named_facility(parts)
            place = self.place_of_works(parts, first, end)
            in_the_village = not (named_facility or place) and self.is_village_facility(parts, first)
            place = place or (self.village if in_the_village else "")
            if in_the_village and parts[0] == _VILLAGE_WORD:
                parts = parts[1:]  # 村文化礼堂: the village's own, 胡山村文化礼堂
            if not (named_facility or place) and self.school_owns(parts, first):
                place, parts = self.school, self.without_the_school(parts)
            if not (named_facility or place):
                return self.material_described(first, built_of, end)
        elif self.is_village_phase(parts, first):
            place, in_the_village = self.village, True  # 停车场一期已经开工, in a story about 上坪田村
        elif placed and not dropped and measured >= 3 and words[measured - 3] == _TO \
                and words[measured - 2].endswith(_VILLAGE_ENDS) and not any(self.is_proper(word) for word in parts):
            place = words[measured - 2]  # 对桥王村的应急备用水源进行…: the village's (not 对中央徐村的安仁水库)
        elif placed and not dropped and quoted and words[measured - 2].endswith(_VILLAGE_ENDS) \
                and not any(self.is_proper(word) for word in parts) and not self.joined_to_places(measured - 2):
            # 走进竹蓬头村的“共富工坊”: the village's own, a kind quoted (not 集镇至溪东村、大日坂村的“村村通”公交
            # 环线: the last of the places a route joins)
            place = words[measured - 2]
        start, stop = self.offsets[first], self.offsets[end]
        if self.text[start:start + 1] in _QUOTES_OPEN and _TAKEN_AS.search(self.text, max(0, start - 6), start):
            return None  # 把民生实事作为“一把手”工程: what something is treated as, no works
        if self.is_venue(first, end) and not self.built_at(first, dropped, batch):
            return None
        if self.is_driven_into(start, stop):
            return None  # 大巴车缓缓驶入区客运中心: where a vehicle goes, not works
        if words[first] in _JOINS_TWO:
            return None  # 一条连接樱桃园和某村的骑行道: one end of what joins two, the thing named later
        if start > 0 and self.text[start - 1] == _FROM and _SETS_OFF.match(self.text, stop):
            return None  # 公交车从区公交总站驶出: where something sets off from
        clause_start = clause_bounds(self.text, start)[0]
        if _DESCRIBED_REFERENCE.match(self.text, clause_start, start) \
                and not any(self.is_proper(word) and word not in _KINDS_OF_PLACE for word in parts):
            # 这条连接上方镇和峡川镇的山区公路, 这座面积约300平方米的城市书房: a project named before (or in
            # the headline), described again: a reference, as 该工程 is, printed from its 这 (but 这座总投资210万元的
            # 三源大桥 names it, by its place).
            return NameMention("", clause_start, stop)
        if _STANDARD.search(self.text, start, stop) and _BY_STANDARD.search(self.text, clause_start, start):
            return None  # 按四级公路标准拓宽改造: how wide, not which works
        if (words[end - 1].endswith(_WORKS_DONE) or words[end - 1] in CONSTRUCTION) and _TURNED_INTO.match(self.text, stop):
            return None  # 由旧办公楼改造而成的照料中心: the project is what the works made
        made = _MADE_INTO.match(self.text, stop)
        if made and not any(self.is_proper(word) for word in parts) \
                and not self.text[made.end():clause_bounds(self.text, made.end())[1]].endswith(parts[-1][-1]):
            # 医院原门诊楼将改造为…中心: what the works turn into is the project (but 机耕路将改造为…水泥路,
            # 漫水桥将改建为平桥: a road or a bridge made a better one, the works on it)
            return None
        if _REBUILT_AS.search(self.text, clause_start, start) and not any(self.is_proper(word) for word in parts):
            return None  # 这座桥…将重建为长32米的钢筋混凝土桥: what the works named before will make
        if _BESIDE_IT.match(self.text, stop) and self.said_before(first, _AT_ONLY):
            return None  # 在茶山村的蓄水池旁,施工人员正在…: where something happens, not the works
        if parts[-1].endswith(_ROAD_STRETCH) and _CLOSED.match(self.text, stop):
            return None  # 某村至某村路段实行半封闭施工: a stretch closed to traffic for works named before it
        if _DONE_THERE.match(self.text, stop) and _GONE_TO.search(self.text, clause_start, start):
            return None  # 到所在乡镇(街道)便民服务中心填写建议表: where to go and do something, not works
        if _SERVICE_CLINIC.search("".join(parts)):
            return None  # 区人民医院儿科夜间门诊正式开诊: hours or doctors, not a built clinic (发热门诊)
        if _LOCATED_IN.search(self.text, clause_start, start):
            return None  # 中心位于医院综合楼四楼: where something is, not works
        if start > 0 and self.text[start - 1] in "(（" and _STRETCH_ENDS.match(self.text, stop):
            return None  # (衢江大桥至临江社区段): where a stretch of road under works begins
        if _THERE_BEFORE.search(self.text, clause_start, start) and self.works_done_at(end) is None \
                and not self.said_before(first, frozenset({_TO})):
            return None  # 加上原有的某村老年食堂: one there before (not 对原有的…进行改造)
        if self.text.startswith(_PLAN_OF_WORKS, stop) and _PUT_ON_LIST.search(self.text, clause_start, start):
            return None  # 列入今年农村公路安全生命防护工程计划: the programme's plan a project is put on
        if parts[-1].endswith(_PROJECT) and _PUT_ON.search(self.text, clause_start, start):
            return None  # 某工程被列入区农村饮用水达标提标项目: the programme it is put on, not works of its own
        if _ONE_OF_THEM.match(self.text, stop) or _MEANS_LISTED.match(self.text, stop):
            return None  # 是我区规模最大的集中安置项目之一: the kind it is one of; 通过问卷、代表联络站等渠道: a means
        if _FIRST_OF_ITS_KIND.search(self.text, clause_start, start):
            return None  # 也是全区首个乡镇级综合养老服务中心: the kind the subject is the first of
        if _ROOF_OF.match(self.text, stop):
            return None  # 村委会办公楼、文化礼堂的屋顶上,光伏板…: buildings that host other works
        venue = self.text.startswith(_INSIDE, stop)  # 某村文化礼堂内,一场调解正在进行: where, not what

        programme = self.is_programme(head)
        if not place and parts[0].startswith(THE_SCHOOL) and self.school_owns(parts, first):
            place, parts = self.school, self.without_the_school(parts)  # 学校新建的风雨操场
        return NameMention(place + _village_once(parts, self.is_proper), self.offsets[built_of], stop, programme,
                           own_clause=programme or named_facility or bool(place) or venue,
                           of_a_part=end < len(words) and words[end] == "的", in_the_village=in_the_village,
                           batch=batch)

    def works_done_to(self, at: int) -> NameMention | None:
        """对川坑村的老旧管网进行改造: the works (改造) done to what 对 names, as one name (老旧管网改造);
        a named facility (对西山下村幸福食堂进行提升改造) is read as a name, the works then added to it
        (_with_works_after)."""
        words, works = self.words, self.works_done_at(at)
        if works is None or at == 0 or _is_head(words[at - 1]) and not words[at - 1].endswith(_MAINS):
            return None
        said, done = works
        first = self.run_start(at - 1)
        if first == at - 1 and not self.joins(words[first]):
            return None
        opener = next((w for w in reversed(words[:first]) if w in _CLAUSE_MARKS or w == _TO), None)
        parts = [*words[first:at], words[done]]
        if opener != _TO:
            return None
        place = "" if self.is_specific(parts) else self.place_of_works(parts, first, done + 1)
        if not place and self.school_owns(parts, first):
            place = self.school  # 学校投入135万元对食堂整体改造
        if not (place or self.is_specific(parts)):
            return None
        name = place + "".join(words[first:at]) + "".join(words[said:done + 1])  # (提标改造 said whole)
        return NameMention(name, self.offsets[first], self.offsets[done + 1], own_clause=bool(place))

    def is_building(self, head: int) -> bool:
        """污水管网建设: building what is built ends its name; 农村公路建设 has its name in 农村公路."""
        before = self.words[head - 1] if head > 0 else ""
        return self.words[head] == BUILDING and before.endswith(INFRASTRUCTURE) \
            and (not _is_head(before) or before.endswith(_MAINS))

    def is_bus_route(self, head: int) -> bool:
        """城乡公交302路: a bus line's number and 路 end its name."""
        words = self.words
        return words[head] == "路" and head >= 2 and _ROUTE.fullmatch(words[head - 1]) is not None \
            and words[head - 2].endswith(_BUS)

    def is_numbered_bus(self, head: int) -> bool:
        """212路城乡公交, 102路公交线路: a line's number and 路 before the bus its name ends in."""
        words = self.words
        before = head - 1 if head >= 1 and words[head - 1] in _BUS_KINDS else head
        return words[head] in _NUMBERED_BUS and before >= 2 \
            and words[before - 1] == "路" and _ROUTE.fullmatch(words[before - 2]) is not None \
            and not (head + 1 < len(words) and _is_head(words[head + 1]))  # (15路公交延伸线: the name goes on)

    def bus_route(self, head: int) -> NameMention | None:
        """The bus line ending at `head` (城乡公交302路, 212路城乡公交), its news wanted in its own clause
        (新开通的…正式运营); none when it is ridden (乘坐公交302路直达村口), which is no news of the line."""
        first = head - 2
        if self.is_numbered_bus(head):
            first = head - 3 if self.words[head - 1] in _BUS_KINDS else head - 2
        if first > 0 and self.words[first - 1] in _BUS_KINDS:
            first -= 1
        if first > 0 and self.words[first - 1] in _RIDE:
            return None
        return NameMention("".join(self.words[first:head + 1]), self.offsets[first], self.offsets[head + 1],
                           own_clause=True)

    def starts_route(self, end: int) -> bool:
        """Whether 至 (or 通往) at `end` goes on, in its clause, to a line, road or pipe (…至龙山村的606路公交)."""
        if end >= len(self.words) or self.words[end] not in _TOWARDS:
            return False
        if end + 1 < len(self.words) and _UNTIL_WHEN.match(self.words[end + 1]):
            return False  # 至上月底, 至目前: until a time
        for word in self.words[end + 1:end + _ROUTE_REACH]:
            if word in _CLAUSE_MARKS:
                return False
            if word.endswith(_ROUTES):
                return True
        return False

    def is_programme(self, head: int) -> bool:
        return self.words[head] in PROGRAMMES and head > 0 and self.words[head - 1] in _QUOTES_CLOSE

    def run_start(self, head: int) -> int:
        first = head
        while first > 0:
            if self.words[first - 1] == _BUILT_UP and not (first >= 2 and self.is_proper(self.words[first - 2])):
                break  # 村里争取资金建起香榧初加工中心: what was built up (but 官山底村建起…: the place's, place_acts)
            if self.words[first - 1] == _JOINED_WITH and not (first >= 2 and (_is_head(self.words[first - 2])
                                                                       or self.words[first - 2] in _QUOTES_CLOSE)):
                break  # 春季农业生产暨高标准农田建设推进会: two subjects of a meeting (but 某工坊暨某加工项目 is one)
            # 区卫健局提升项目谋划质量: a bureau acts on works; it is never part of their name.
            if self.joins(self.words[first - 1]) and not self.words[first - 1].endswith("局") \
                    and not self.refers_to_place(first - 1):
                first -= 1
            elif self.words[first - 1] in _QUOTES_CLOSE and self.quoted_after_place(first - 1) is not None:
                first = self.quoted_after_place(first - 1)  # 盈川村“共富工坊”暨农产品精深加工项目
            elif self.words[first - 1] in _BETWEEN and first >= 2 and (self.is_proper(self.words[first - 2])
                                                                   or _is_head(self.words[first - 2])):
                first -= 2  # 上棠村至东华村公路, 衢江客运中心至沧州村公交线路
            elif self.words[first - 1] == _LANE and _is_head(self.words[first]) and first >= 2 \
                    and self.joins(self.words[first - 2]):
                first -= 1  # 幸福里安置小区: 里 ends a name of its own (jieba: 幸福/里), not "inside"
            elif self.words[first - 1] == _ALONG_WITH and first >= 2 and self.words[first - 2] in WORKS_CARRIED_OUT \
                    and first - 2 > 0 and self.joins(self.words[first - 3]) and not self.is_proper(self.words[first]):
                # (not 东华村山塘清淤及前百村护岸工程: works of two places)
                first -= 2  # 溪道清淤及护岸工程, 教学楼抗震加固及改造工程: one works of two parts
            elif self.words[first - 1] in _COVERS and first == head and self.words[head].endswith(WORKS):
                first -= 1  # 移动信号覆盖工程: the works' own word (not 项目覆盖全镇, 项目涵盖山塘整治)
            elif self.words[first] == "路" and _ROUTE.fullmatch(self.words[first - 1]):
                first -= 1  # 12路公交延伸线
            elif first >= 2 and _ROUTE.fullmatch(self.words[first - 1]) and self.words[first - 2] in _ROAD_CLASSES:
                first -= 2  # 国道46复线
            elif first >= 2 and self.words[first - 1] == _KILOVOLTS and _ROUTE.fullmatch(self.words[first - 2]):
                first -= 2  # 10千伏线路改造工程: the line's voltage
            elif self.words[first] == _CLASS and _CLASS_NUMBER.fullmatch(self.words[first - 1]):
                first -= 1  # 24班小学 (jieba: 24/班/小学): how many classes, as 九班幼儿园 is one word
            else:
                break
        return first

    def refers_to_place(self, index: int) -> bool:
        """该乡, 本镇: the township already named, never the start of a name."""
        return self.words[index] in _TOWNSHIP_WORDS and index > 0 and self.words[index - 1] in _REFERRING

    def quoted_after_place(self, closing: int) -> int | None:
        opening = self.quote_start(closing)
        if opening is not None and opening >= 1 and (self.is_proper(self.words[opening - 1])
                                                     or _is_head(self.words[opening - 1])):
            return opening - 1  # 盈川村“共富工坊”, 第一中学“智慧校园”项目
        return None

    def trimmed(self, first: int, head: int) -> int:
        # A verb opening the run is the sentence's predicate (新建游客服务中心), not part of the name;
        # so is what a place uses to build it (利用旧办公楼改建照料中心: the name starts after 改建).
        means = next((i for i in range(first, head) if self.words[i] in MEANS), None)
        built = [i for i in range(means + 1, head) if self.words[i] in CONSTRUCTION] if means is not None else []
        first = built[-1] + 1 if built else first
        # 把老校舍改成研学营地: what the old building was turned into, the name starts after 改成
        into = [i for i in range(first, head) if self.words[i] in _INTO]
        first = into[-1] + 1 if into else first
        # 某村的采摘步道, 3.2公里采摘步道: after 的 or a measure, a verb describes the thing
        described = first > 0 and self.words[first - 1] == "的" or self.measure_start(first) < first
        while first < head and (self.words[first] in TIME_WORDS or self.words[first] in CONSTRUCTION
                                or self.words[first] in _WHOLE_OF_A_PLACE or self.words[first] in _ONLY
                                or self.words[first] in _ADDED or self.words[first] in _PLANNED_BY
                                or self.is_verb(self.words[first]) and not described and not self.built_right_before(first)
                                and not (first > 0 and self.words[first] in _MODIFYING_ADVERBS and self.words[first - 1] in _WHOLE_OF_A_PLACE)
                                # (全镇集中供水工程: the whole town's works, of a kind; but 首个集中安置小区 is no name)
                                or self.is_measure_of_number(first) or self.is_counter_of_number(first)
                                or self.is_counter_of_count(first)):
            first += 1
        return first

    def mains_of_works(self, parts: list[str]) -> bool:
        """某工程入村管网: mains named after works, with no place of their own between (not 某工程樟潭片区管网)."""
        works = [k for k, word in enumerate(parts[:-1]) if word.endswith(WORKS)]
        return bool(works) and not any(self.is_proper(word) and word not in _LED_INTO
                                       for word in parts[works[-1] + 1:-1])

    def is_owner(self, last: int) -> bool:
        """峡川镇中心小学 (the run ending at word `last`, before 的): a facility named from its place, whose
        part the name after it is; not works (某小学新建工程的教学楼, 敬老院新改造的护理楼: its parts and its
        new ones), nor one end of what joins two (连接村庄和峡川小学的老桥), nor where something stands
        (位于峡川镇中心小学的研学基地: the base, placed there, as 位于某镇的…)."""
        words, owner = self.words, self.run_start(last)
        return _is_head(words[last]) and words[last] not in CONSTRUCTION and not words[last].endswith(WORKS) \
            and self.is_proper(words[owner]) and not (owner > 0 and words[owner - 1] in _JOINS_TWO) \
            and not _LOCATED_IN.search(self.text, 0, self.offsets[owner])

    def built_right_before(self, at: int) -> bool:
        """建设急救分站, 新建了两个育秧大棚: right after a verb of building something new (and how many), a verb
        (急救, 育秧) says what it is for (not 修复水毁道路: a repair, done to what the verb says befell it)."""
        if at > 0 and _PLACES_COUNT.fullmatch(self.words[at - 1]):
            at -= 2 if at > 1 and self.words[at - 2] == _PAST_MARK else 1
        return at > 0 and (self.words[at - 1] in NEWLY_BUILT or self.words[at - 1] in (BUILDING, _BUILD))

    def is_counter_of_number(self, at: int) -> bool:
        """家 in 建成的第3家城市书房: the counter of an ordinal, never the start of a name."""
        return at > 1 and self.words[at] in _ORDINAL_COUNTERS and _NUMBER.fullmatch(self.words[at - 1]) is not None \
            and self.words[at - 2] == _ORDINAL_MARK

    def is_counter_of_count(self, at: int) -> bool:
        """家 in 新建的15家老年助餐点 (户 in 完成200户低收入农户危旧房改造): the counter of a count, never the
        start of a name."""
        return at > 0 and (self.words[at] in _COUNTERS or self.words[at] == _HOUSEHOLDS) \
            and _NUMBER.fullmatch(self.words[at - 1]) is not None

    def is_measure_of_number(self, at: int) -> bool:
        """亩 in 实施2000亩高标准农田建设: the unit of a figure, never the start of a name."""
        return at > 0 and self.words[at] in _SIZE_UNITS and _NUMBER.fullmatch(self.words[at - 1]) is not None

    def measure_start(self, first: int) -> int:
        """Where a measure right before `first` starts (3.2公里, 6个, 两座: jieba keeps a Chinese count and its
        counter one word), or `first` when there is none."""
        if first >= 2 and _PLACES_COUNT.fullmatch(self.words[first - 1]):
            return first - 1
        if first < 2 or self.tags.get(self.words[first - 1]) != _MEASURE_TAG:
            return first
        start = self.number_start(first - 1)
        return start if start < first - 1 else first

    def number_start(self, at: int) -> int:
        """Where the number right before `at` starts (jieba cuts 3.2 as 3/./2), or `at` when there is none."""
        start = at
        while start > 0 and _NUMBER.fullmatch(self.words[start - 1]):
            start -= 1
        return start

    def built_at(self, first: int, dropped: set[int], batch: bool = False) -> bool:
        """在章戴街村建设的农贸市场: the place, then what was built there (or a batch built there, 在全旺镇新建
        老年食堂20家; or a village's own, 在官山底村建起椪柑分拣中心, unless another builds it there)."""
        words = self.words
        # (the places may be listed, 在甲村、乙村建设的…, and the money spent said, 在某村投资80万元修建的…)
        built = next((at - 1 for at in sorted(dropped) if words[at] == "的"), None)
        if built is not None and built in dropped and words[built] in (*CONSTRUCTION, BUILDING, *_BUILT_BY):
            return True
        place = first + 1 if self.is_township(words[first]) and first + 1 < len(words) and self.is_place(words[first + 1]) \
            else first  # (在浮石街道方家村新建…: the village after its township)
        return place + 1 in dropped and (batch or self.is_place(words[place]) and not self.built_by_another(place + 1)) \
            and words[place + 1] in (*CONSTRUCTION, *NEWLY_BUILT, *_BUILT_BY, _BUILT_UP)

    def ends_measured_before(self, first: int) -> int | None:
        """Where the length starts in 甲村至乙村3.2公里的 right before `first`, else None."""
        words = self.words
        if first < 3 or words[first - 1] != "的":
            return None
        measured = self.measure_start(first - 1)
        if measured == first - 1 or not self.is_proper(words[measured - 1]) \
                or not _BETWEEN.intersection(words[self.run_start(measured - 1):measured]):
            return None
        return measured

    def village_building_measured(self, first: int, measured: int) -> int | None:
        """Where the village is in 破石村新建1.8公里机耕路 (破石村修建了…), the length starting at `measured`
        right before the name at `first` (or before 的 and the name: 为后祝村修建了2.2公里的产业机耕路); else None."""
        words = self.words
        if measured == first and first >= 3 and words[first - 1] == "的":
            measured, first = self.measure_start(first - 1), first - 1
        if measured == first or words[first - 1] not in _SIZE_UNITS:
            return None  # (a count, 新建了一座旅游公厕, is read where the place builds)
        verb = measured - 1
        if verb > 0 and words[verb] == _PAST_MARK:
            verb -= 1
        if verb < 1 or words[verb] not in (*_PLACE_BUILDS, *_BUILT_BY):
            return None
        village = verb - 1
        return village if words[village].endswith(_VILLAGE_ENDS) and self.is_proper(words[village]) else None

    def quote_start(self, closing: int) -> int | None:
        for index in range(closing - 1, max(-1, closing - 8), -1):
            if self.words[index] in _QUOTES_OPEN:
                return index
        return None

    def is_verb(self, word: str) -> bool:
        return self.tags.get(word) == "v"

    def joins(self, word: str) -> bool:
        """Whether `word` can be part of a name."""
        if _PHASE.fullmatch(word) or _ORDINAL.fullmatch(word) or word == _STRETCH:
            return True
        if not word.strip() or word in PREDICATES or word in TIME_WORDS or word in COLLECTIVE or word in LOCATIVES:
            return False
        if _STATUS_PART.search(word) or word in DEMONSTRATIVES or word in PROGRESS_NOUNS or word in ADVERBS:
            return False
        if _CLASS_COUNT.fullmatch(word):
            return True  # 九班幼儿园: how many classes a school is built for, part of its name
        if _NUMBER.fullmatch(word):
            return False  # 十方面民生实事项目: a count, even of one character
        if word in CONSTRUCTION or word in _MODIFYING_ADVERBS:
            return True  # 有机更新, though jieba tags 更新 an adverb; 集中育秧中心
        if len(word) == 1:
            return word not in STOP_CHARS and word.isalnum()
        tag = self.tags.get(word)
        if tag == "s" and word.startswith(_TOWN):
            return True  # 城北小学: jieba tags 城北 a location word, but here it names which school
        return tag is None or tag in ("vn", "v") or not tag.startswith(STOP_TAGS)

    def one_in_each_place(self, head: int, end: int) -> NameMention | None:
        """新建霞飞社区、天湖社区两个老年食堂, 抱珠龙村、赖家村、洋口村的三座山塘, 在甲村、乙村再建2家
        共富工坊: as many facilities as places listed, one in each, reported together: one project named
        with its places (霞飞社区、天湖社区老年食堂), as the gold files take them; none when the count is
        not that of the places (在甲村、乙村等5个村建设助餐点)."""
        words, first = self.words, self.run_start(head)
        if first < head and words[first] in _COUNTERS and first > 0 and _COUNT.fullmatch(words[first - 1]):
            first += 1  # 2家共富工坊 (jieba: 2/家/共富工坊)
        quoted = first > 0 and words[first - 1] in _QUOTES_OPEN and end < len(words) and words[end] in _QUOTES_CLOSE
        stop = end + 1 if quoted else end
        first -= quoted
        # 霞飞社区、天湖社区两个社区新建老年食堂: the count is of the places, named again; the
        # facility's name starts after what is done there (老年食堂, not 社区新建老年食堂)
        # (but 5条村道硬化工程, jieba: 5/条/村/道: the count is of roads, and 村 is the road's)
        named = self.trimmed(first + 1, head) if not quoted and first < head and words[first] in _PLACE_KINDS \
            and not (first > 0 and words[first - 1][-1:] in _THINGS_COUNTED) else first
        more = self.places_and_more(first, named, stop) or self.works_done_to_places(first, named, stop)
        if more is not None:
            return more
        number, count_at = self.count_before(first)
        # 五坦村、东湖畈村的老年食堂: places listed before 的, one in each, not counted; 溪滩村、河口村合建的
        # 联村水厂: one they built together, named with them all the same
        jointly = first > 3 and words[first - 2] in _JOINTLY
        uncounted = number is None and first > 2 + jointly and words[first - 1] == "的" \
            and words[first - 3 - jointly] == "、"
        # 双溪村、龙园村便民桥: places listed right before the facility, one in each (not only the last's)
        # (not 通江社区、杜泽镇中心小学: a community, then a township's school)
        # (but 白鹤山村、全旺镇官塘村文化礼堂 is a list of villages, the second said with its township)
        owner = first + 1 if first + 1 < head and self.is_township(words[first]) and self.is_place(words[first + 1]) \
            else first
        bare = number is None and not uncounted and not quoted and 1 < first < head and words[first - 1] == "、" \
            and self.is_place(words[first]) and self.is_place(words[first - 2]) \
            and self.is_township(words[owner]) == self.is_township(words[first - 2])
        if number is None and not uncounted and not bare:
            return None
        last = first if bare else first - 2 - jointly if uncounted else count_at - 1
        named = self.trimmed(first + 1, head) if bare else named  # (甲村、乙村新建停车场4处: after the verb)
        uncounted = uncounted or bare
        if last > 1 and words[last] == _PAST_MARK and (words[last - 1] in _BUILT_THERE or words[last - 1] == _BUILD):
            last -= 1  # 新建了两个老年食堂, 各建了一个助餐点
        each = last > 1 and (words[last] in _BUILT_THERE or words[last] == _BUILD) and words[last - 1] == _EACH
        if each:
            last -= 2  # 在上棠村、下棠村各新建一个老年食堂
            while last >= 0 and words[last] in _BEFORE_EACH:
                last -= 1  # 通衢村、富里村还将各新建一处口袋公园
        elif last > 0 and (words[last] == "的" or words[last] in _BUILT_THERE):
            last -= 1
        elif last > 1 and words[last] in _BUILD_MORE and words[last - 1] in _AGAIN:
            last -= 2  # 再建2家, 再开两家
        places, last = self.places_listed_to(last)
        number = len(places) if uncounted else number
        # (more than one in each: 涧峰村、桥东村的3座山塘除险加固工程)
        # (or built in the places listed after 在: 在湖南镇、举村乡开通了3条公交延伸线路, reported together)
        several = not each and number > len(places) and (
            words[count_at - 1] == "的" and words[end - 1].endswith((*WORKS, *_WORKS_DONE))  # (not 甲社区、乙社区的6个小区)
            or not uncounted and last > 0 and words[last - 1] == _AT)
        if len(places) < 2 or number != (1 if each else len(places)) and not several \
                or self.said_before(places[0], frozenset({_TO})):
            return None  # 对甲村、乙村2个村卫生室进行规范化改造: the works done to them are the project
        if all(word in WORKS or word in GENERIC or word in _QUOTES_OPEN + _QUOTES_CLOSE for word in words[named:stop]):
            return None  # 走访甲镇、乙镇、丙镇、丁乡的4个项目现场: projects counted, none named
        places_said = self.listed(places)
        return NameMention(places_said + "".join(words[named:stop]), self.offsets[places[0]], self.offsets[stop])

    def works_done_to_places(self, first: int, named: int, stop: int) -> NameMention | None:
        """对高家镇、大洲镇两家卫生院进行改造提升, 对甲村、乙村的供水设施进行改造, 对甲村、乙村、丙村3个村的
        饮用水工程进行提标改造: the works done to what each place listed after 对 has, one project named with
        the places, what is worked on and the works (甲村、乙村供水设施改造), as the gold files take them; the
        villages counted in townships listed stay in the name (对甲乡、乙乡12个村的…: 甲乡、乙乡12个村…)."""
        words, works = self.words, self.works_done_at(stop)
        if works is None or first < 3:
            return None
        of = words[first - 1] == "的"
        villages_counted = of and words[first - 2] in _PLACE_KINDS  # 3个村的, 两村的
        number, count_at = self.count_before(first - 2 if villages_counted else first)
        if number is None and (villages_counted or not of):
            return None
        some = number is not None and words[count_at - 1] == _ETC  # 对甲村、乙村等5个村的…: some of them named
        places, _ = self.places_listed_to(count_at - 1 - some if number is not None else first - 2)
        if len(places) < 2 or not self.said_before(places[0], frozenset({_TO})):
            return None
        counted = ""
        if number is not None and number != len(places):
            if not (villages_counted and all(self.is_township(words[place]) for place in places)
                    or some and number > len(places)):
                return None
            # (甲村、乙村等5个村的卫生室; 等5个村卫生室, the count of the villages before what each has)
            counted = "".join(words[count_at - some:first - 1] if of else words[count_at - some:named])
        said, done = works
        done = self.works_word_last(done)
        name = self.listed(places) + counted + "".join(words[named:stop]) + "".join(words[said:done + 1])
        return NameMention(name, self.offsets[places[0]], self.offsets[done + 1])

    def places_listed_to(self, last: int) -> tuple[list[int], int]:
        """The places listed up to `last` (甲村、乙村, 樟潭街道霞飞社区、浮石街道春江社区: each maybe with its
        township), as word indexes, and where the list starts."""
        words, places = self.words, []
        while last >= 0 and self.is_place(words[last]):
            places.insert(0, last)
            if last > 0 and self.is_township(words[last - 1]):
                last -= 1
            if last < 1 or words[last - 1] not in _PLACES_JOINED:
                break
            last -= 2
        return places, last

    def joined_to_places(self, last: int) -> bool:
        """Whether the place at `last` ends a list of places (甲村、乙村的…) or the far end of a route
        (集镇至乙村的…)."""
        places, start = self.places_listed_to(last)
        return len(places) > 1 or start > 0 and self.words[start - 1] in _BETWEEN

    def listed(self, places: list[int]) -> str:
        return "、".join(self.words[place] for place in places)

    def places_and_more(self, first: int, named: int, stop: int) -> NameMention | None:
        """石屏村、双溪村等6个村新建照料中心, 车塘村等3个村的灌溉泵站改造, 春江社区等5个老旧小区的改造工程: some
        places named and more counted, the works in each reported together: one project named with the
        places and the count (车塘村等3个村灌溉泵站改造), as the gold files take them; a batch, so the parts
        of works named before it in its sentence (某供水工程…,今年将完成甲镇、乙镇等5个乡镇的管网改造)."""
        words = self.words
        counted = first if words[first] in _PLACE_KINDS else first - 2 if first > 1 and words[first - 1] == "的" else None
        if counted is None or counted < 3:
            return None
        if _PLACES_COUNT.fullmatch(words[counted - 1]):
            etc, number = counted - 2, parse_numeral(_PLACES_COUNT.fullmatch(words[counted - 1])["number"])
        elif counted >= 4 and words[counted - 1] in _COUNTERS and _COUNT.fullmatch(words[counted - 2]):
            etc, number = counted - 3, parse_numeral(words[counted - 2])
        else:
            return None
        if etc > 0 and words[etc] == _PLACES_AT:
            etc -= 1  # 甲镇、乙镇等地42个村
        if words[etc] != _ETC:
            return None
        places, last = self.places_listed_to(etc - 1)
        if not places or number is None or number <= len(places) \
                or self.said_before(places[0], frozenset({_TO, _AMONG})) or last > 0 and words[last - 1] == _FOR:
            # (对甲村、乙村等5个村的卫生室进行改造: the works done to them are the project; 为甲镇、乙乡等6个乡镇
            # 卫生院配备设备: what they are given is; 新建照料中心12个,其中甲村、乙村等6个村的已投用: some of a batch)
            return None
        if all(word in WORKS or word in GENERIC or word in _QUOTES_OPEN + _QUOTES_CLOSE for word in words[named:stop]):
            return None  # 甲村等5个村的项目: projects counted, none named
        said = self.listed(places) + "".join(words[etc:counted + 1]) + "".join(words[named:stop])
        done = last
        while done > 0 and (words[done - 1] in WORKS_DONE or words[done - 1] in CONSTRUCTION):
            done -= 1
        if done < last and not any(word in NEWLY_BUILT for word in words[done:last]):
            said += "".join(words[done:last])  # 改造提升甲乡、乙镇等6个乡镇的供水管网: the works done to them, after them
        return NameMention(said, self.offsets[places[0]], self.offsets[stop], batch=True)

    def is_township(self, word: str) -> bool:
        return self.is_proper(word) and word.endswith(_TOWNSHIP_KINDS)

    def works_of(self, end: int) -> int | None:
        """The end of the works done to what a name at `end` names, right after its 的, else None: 的整治工程,
        的改造提升工程, or works on a part of them (两个卫生院的发热门诊改造, 的康复中心建设)."""
        words = self.words
        if end >= len(words) or words[end] != "的":
            return None
        at = end + 1
        while at < min(end + 1 + _PARTS_WORKED_ON, len(words)) and self.is_part_worked_on(words[at]):
            at += 1
        works = at
        while at < len(words) and (words[at] in CONSTRUCTION or at > end + 1 and words[at] == BUILDING):
            at += 1
        if at == works and at < len(words) and words[at].startswith(tuple(CONSTRUCTION)) and words[at].endswith(WORKS):
            return at + 1  # 的改造工程 (one word to jieba)
        if at == works:
            return None
        if at < len(words) and words[at].endswith(WORKS):
            at += 1
        elif works == end + 1 and (at >= len(words) or self.joins(words[at])):
            return None  # 的改造资金: not the works themselves
        return at

    def is_part_worked_on(self, word: str) -> bool:
        return self.joins(word) and word not in CONSTRUCTION and word != BUILDING and not word.endswith(WORKS)

    def name_going_on(self, head: int, end: int) -> int | None:
        """The end of a longer name the run from `head` goes on to (山塘 综合 整治 工程), else None."""
        later = end
        while later < len(self.words) and self.joins(self.words[later]) and not _is_head(self.words[later]):
            later += 1
        if later == end or later >= len(self.words) or not _is_head(self.words[later]) \
                or self.run_start(later) > head:
            return None
        return self.name_end(later)

    def count_before(self, first: int) -> tuple[float | None, int]:
        """How many things the words right before `first` count (两个, 三座, 2 家), and where the count starts."""
        words = self.words
        if first >= 1 and first < len(words) and words[first] in _PLACE_KINDS and _COUNT.fullmatch(words[first - 1]):
            return parse_numeral(words[first - 1]), first - 1  # 坎头村、文林村两村…: the places counted
        if first >= 1 and (count := _PLACES_COUNT.fullmatch(words[first - 1])):
            return parse_numeral(count["number"]), first - 1
        if first >= 2 and words[first - 1] in _COUNTERS and _COUNT.fullmatch(words[first - 2]):
            return parse_numeral(words[first - 2]), first - 2
        return None, first

    def places_listed_before_count(self, first: int) -> tuple[list[int], int]:
        """甲社区、乙社区的3个小区: the places listed before 的 and the count of the things at `first`, and
        where their list starts; none when no count and 的 stand before the things."""
        number, count_at = self.count_before(first)
        if number is None or count_at < 2 or self.words[count_at - 1] != "的":
            return [], count_at
        return self.places_listed_to(count_at - 2)

    def places_of_counted(self, first: int) -> list[int]:
        """对临江社区的3个老旧小区, 对甲社区、乙社区的4个老旧小区: the places listed after 对 whose things,
        counted after 的, the works are done to."""
        places, _ = self.places_listed_before_count(first)
        return places if places and self.said_before(places[0], frozenset({_TO})) else []

    def places_opening_counted(self, first: int, end: int) -> list[int]:
        """浮石街道东升社区的2个小区正在施工: the places opening the clause whose things, counted after 的, the
        clause goes on to tell works of."""
        places, listed_from = self.places_listed_before_count(first)
        if not places:
            return []
        opening = clause_bounds(self.text, self.offsets[listed_from])[0]
        if not all(self.is_proper(word) for k, word in enumerate(self.words[:listed_from]) if self.offsets[k] >= opening):
            return []  # (only other places, 浮石街道, before them in the clause)
        if _REST_OF_BATCH.search(self.text, self.offsets[end]):
            return []  # 甲社区、乙社区的6个小区已完工,其余3个…: some of a batch, told by its count
        return places if _WORKS_TOLD.search(self.text, self.offsets[end], clause_bounds(self.text, self.offsets[end])[1]) else []

    def is_counted(self, first: int) -> bool:
        """3所食堂 counts facilities; 2024年岭洋乡… dates one; 2000亩高标准农田 measures one; 三是… and 三、… are the third of a list."""
        before = self.words[first - 1]
        return _COUNT.fullmatch(self.words[first - 2]) is not None and len(before) == 1 and before not in "年月日号是、亩米"

    def township_before(self, head: int) -> bool:
        """Whether a township, or the town area, is named in the clause before `head` (全旺镇建成来料加工点15个,
        城区新增公共停车位1500个): its batch; not when it has them already (后溪镇共有农家书屋17家)."""
        words = self.words
        for at in range(head - 1, -1, -1):
            if words[at] in _CLAUSE_MARKS or words[at] in STOCK:
                return False
            if words[at].endswith(_TOWNSHIP_KINDS) and self.is_proper(words[at]) \
                    or words[at] == _TOWN_AREA and (words[at + 1] in _PLACE_BUILDS or _COUNT.fullmatch(words[at + 1])):
                # (城区3处公共停车场…已投入使用 counts the town area's; not 在城区和集镇的…新建)
                return True
        return False

    def place_acts(self, first: int, head: int) -> set[int]:
        """后溪镇改造公交候车亭, 莲花镇利用闲置校舍改建文化礼堂: a place doing something opens the run;
        the verb (and what the place uses) is not part of the name; the place may be a township and a
        village (峡川镇东坪村新建停车场)."""
        words, place = self.words, first
        while place + 1 < head and self.is_proper(words[place + 1]):
            place += 1
        if place + 2 < head and self.is_proper(words[first]) and _is_head(words[place + 1]) \
                and words[place + 2] in CONSTRUCTION and not words[head].endswith(WORKS):
            return {place + 2}  # 莲花镇中心小学新建风雨操场: a place's facility builds a part of it
        if place + 1 >= head or not (self.is_proper(words[first]) or words[first] == _TOWN_AREA) \
                or self.is_street(words[place]) \
                or not (words[place + 1] in MEANS or words[place + 1] in _PLACE_BUILDS):
            return set()  # but 樟潭街道沿江路改造提升工程: the works are done to the street
        verbs = [i for i in range(place + 1, head) if words[i] in _PLACE_BUILDS]
        if any(words[i + 1] == _ALONG_WITH for i in verbs):
            return set()  # 破石村山塘除险加固及溢洪道改造工程 (jieba tags 山塘 a place): works joined by 及
        return set(range(place + 1, (verbs[-1] if verbs else place + 1) + 1))

    def uses_as_is(self, first: int, head: int) -> bool:
        """廿里镇依托闲置厂房, 利用闲置厂房建起了…: what a place makes use of, with no works done to it,
        is no project."""
        words, place = self.words, first
        while place < head and self.is_proper(words[place]):
            place += 1
        return place < head and words[place] in MEANS \
            and not any(word in CONSTRUCTION for word in words[place + 1:head])

    def batch_built(self, first: int, end: int) -> bool:
        """Whether the clause says, a few words before the counted name, what works were done (改造单村水站
        15处, 建成城市书房5家), or that works named as such were carried out (实施农村饮用水达标提标工程32处);
        not the district's stock so far (截至目前,全区已建成城市书房11家, 已建成的87个单村水站运行良好) nor one
        of a series (建成的第2个乡镇分馆)."""
        before, opener = self.text[:self.offsets[first]], self.words[first - 1] if first > 0 else ""
        return (self.said_before(first, _BATCH_BUILT, within=_NEWLY_BUILT_WORDS) or opener == _TALLY_DONE
                or opener in CARRY_OUT and self.names_works_carried_out(first, end)) \
            and not self.built_so_far(before) \
            and not _ORDINAL.search(before[-4:])

    def names_works_carried_out(self, first: int, end: int) -> bool:
        """农村饮用水达标提标工程, 小型水库除险加固工程: works carried out, named beyond their kind (not 供水工程 nor
        省市县长项目工程, kinds of works counted)."""
        parts = self.words[first:end]
        return parts[-1].endswith(_ENGINEERING) and len("".join(parts)) >= _WORKS_NAMED \
            and not any(part.endswith(WORKS) for part in parts[:-1])

    @staticmethod
    def built_so_far(before: str) -> bool:
        """全区累计建成…, 全区已建成…: the stock so far, no batch (but 今年全区建成…, 上半年,全区已建成…)."""
        return _BUILT_SO_FAR.search(before) is not None and _THIS_YEARS_BUILT.search(before) is None \
            and _SPANS_BUILT.search(before) is None

    def listed_after_a_batch(self, first: int) -> bool:
        """新建改建农村公厕45座、老年食堂20家: a counted item after another in a list one works verb opens."""
        start = self.offsets[first]
        before = self.text[:start]
        return _LISTED_AFTER_A_BATCH.search(self.text, clause_bounds(self.text, start)[0], start) is not None \
            and not self.built_so_far(before)

    def newly_built(self, first: int) -> bool:
        """Whether the clause says, a few words before the name, that these were newly built."""
        return self.said_before(first, NEWLY_BUILT, within=_NEWLY_BUILT_WORDS)

    def said_before(self, index: int, wanted: frozenset[str], within: int | None = None) -> bool:
        """Whether a word in `wanted` comes before `index` in its clause (within so many words)."""
        for word in reversed(self.words[max(0, index - within) if within else 0:index]):
            if word in _CLAUSE_MARKS:
                return False
            if word in wanted:
                return True
        return False

    def counted(self, end: int) -> bool:
        """老旧小区7个: a number of such things follows, so the name is a kind, not one of them."""
        words = self.words
        return end + 1 < len(words) and _NUMBER.fullmatch(words[end]) is not None and words[end + 1] in _COUNTERS

    def aligned_after(self, end: int) -> bool:
        """统筹 or 衔接 right after the name, or after its 建设: what other works are aligned with."""
        at = end + 1 if end < len(self.words) and self.words[end] == BUILDING else end
        return at < len(self.words) and self.words[at] in _ALIGNED

    def is_quoted(self, first: int, end: int) -> bool:
        return 0 < first and end < len(self.words) and self.words[first - 1] in _QUOTES_OPEN \
            and self.words[end] in _QUOTES_CLOSE

    def is_street(self, word: str) -> bool:
        return len(word) > 2 and word.endswith(_STREETS) and self.is_proper(word)

    def is_proper(self, word: str) -> bool:
        # jieba's dictionary has some works words as places too (新建, a county).
        return (self.tags.get(word) or "").startswith(PROPER_TAGS) and word not in CONSTRUCTION

    def is_named_facility(self, parts: list[str]) -> bool:
        """智能育秧工厂, 学生宿舍楼: a facility (not works) said with what it is for, long enough to tell
        which one without a place."""
        name = "".join(parts)
        modifiers = [word for word in parts[:-1] if word not in GENERIC and len(word) > 1]
        return len(name) >= _NAMED_FACILITY and bool(modifiers) and _is_head(parts[-1]) \
            and not parts[-1].endswith((*WORKS, *_WORKS_DONE)) and not self.is_proper(parts[0])

    def place_of_works(self, parts: list[str], first: int, end: int) -> str:
        """山塘除险加固工程, 对文化礼堂进行改造, 便民服务中心提升改造工程: works on a kind of
        infrastructure or on a facility, said of a village or
        township named earlier in the sentence (在举村乡翁源村,今年实施的…), are that place's: the
        place, which the project's name then starts with; empty when it is not such works."""
        name, words = "".join(parts), self.words
        built = self.built_there(first) or self.started_there(first, end)
        works = parts[-1].endswith((*WORKS, *_WORKS_DONE)) or any(word in CONSTRUCTION for word in parts) \
            or self.works_done_at(end) is not None or built
        if not works:
            # 在樟潭街道樟树潭村,邻里中心主体已经完工: a facility opening a clause after 在某村, whose
            # progress is said right after it, is that place's (在杜泽镇中心小学,新建的综合楼已完工: a part of
            # the facility named there, described or not, is that facility's).
            reported = self.opens_its_clause(parts, first) and _PROGRESS_AFTER.match(self.text, self.offsets[end])
            return self.place_before(first, leading_only=True) if reported else ""
        if any(word in name for word in INFRASTRUCTURE):
            return self.with_more_counted(self.place_before(first), first)
        if built:
            # 计划在上岗头村新建一个中医馆, 蛟垄村计划…建设一处露营基地: built in a village said before
            place = self.place_before(first)
            # (在杜泽镇中心小学,新建的综合楼已完工: a part of a facility named in a clause before; 大洲镇去年底
            # 建成的新农贸市场: the place opening the clause, then when it built the facility)
            start = self.offsets[first]
            lead = self.text[clause_bounds(self.text, start)[0]:start]
            if place.endswith(_VILLAGE_ENDS):
                return self.listed_up_to(place, first)  # (在斋堂村、欧塘村建设粮食烘干中心: each village listed)
            return place if self.said_before(first, _AT_ONLY) \
                or _is_head(place) and not self.is_place(place) \
                or place and lead.startswith(place) and _WHEN_BUILT.fullmatch(lead, len(place)) else ""
        # Works on a facility (便民服务中心提升改造工程) only from a leading 在某村, clause.
        return self.place_before(first, leading_only=True) if any(_is_head(word) for word in parts[:-1]) else ""

    def with_more_counted(self, place: str, first: int) -> str:
        """对金扬村、玳堰村、上龙村等6个村的污水设施进行改造: the places listed, then those counted with them
        (金扬村、玳堰村、上龙村等6个村), as the gold files name such works; `place` alone when no 等 and a count
        of places follow it (not 上龙村 alone, the last of them)."""
        at = self.last_said(place, first) if place else None
        if at is None or at + 4 >= first or self.words[at + 1] != _ETC or self.words[at + 4] not in _PLACE_KINDS:
            return place
        number, count_at = self.count_before(at + 4)  # 等 6 个 村: how many places, of what kind
        if number is None or count_at != at + 2:
            return place
        return self.listed_up_to(place, first) + "".join(self.words[at + 1:at + 5])

    def last_said(self, word: str, first: int) -> int | None:
        """Where `word` was last said before `first`, if it was."""
        return max((i for i in range(first) if self.words[i] == word), default=None)

    def listed_up_to(self, place: str, first: int) -> str:
        """The places listed up to `place`, the last named before `first` (甲村、乙村), or `place` alone."""
        at = self.last_said(place, first)
        places = self.places_listed_to(at)[0] if at is not None else []
        return self.listed(places) if len(places) > 1 else place

    def opens_its_clause(self, parts: list[str], first: int) -> bool:
        """Whether a facility opens its clause, alone or after words describing it as works (新建的综合楼,
        一栋五层的新宿舍楼, 总投资760万元的排涝泵站)."""
        start = self.offsets[first]
        described = self.text[clause_bounds(self.text, start)[0]:start]
        return first > 0 and (self.words[first - 1] in _CLAUSE_MARKS or _DESCRIBED.fullmatch(described) is not None
                              and (_DESCRIBED_NEW.search(described) is not None or parts[0].startswith(_NEW)))

    def is_village_facility(self, parts: list[str], first: int) -> bool:
        """Whether a facility named without a place, opening its clause, is the article's village's
        (口袋公园今年4月完工 in a story about 上棠村)."""
        name = "".join(parts)
        start = self.offsets[first]
        # (打算在村口建一个生态停车场, 村里建成了一座600吨的冷库: said built there, whatever it is)
        # (乡里投资85万元新建了村卫生室: the village's own by its name, whoever built it)
        built = self.built_there(first) and (self.said_before(first, _IN_THE_VILLAGE) or parts[0] == _VILLAGE_WORD) \
            or _VILLAGE_BUILT_IT.search(self.text, clause_bounds(self.text, start)[0], start) is not None
        opens = first == 0 or self.words[first - 1] in _CLAUSE_MARKS or self.words[max(0, first - 2):first] == _VILLAGES_OWN \
            or _LEADS_TO.fullmatch(self.text, clause_bounds(self.text, start)[0], start) is not None or built
        if parts[0] in _HIGHER_LEVELS or any(word in name for word in _NO_VILLAGE_HAS) \
                or BY_IT.match(self.text, self.offsets[first] + len(name)):
            return False  # 镇卫生院今年投入使用了新的门诊楼; 公园旁的停车场已投入使用
        # 乡里投入15万元对村卫生室进行改造, 对教学点进行改造: works done to the village's own
        done_to = first > 0 and self.words[first - 1] == _TO and _WORKS_DONE_TO.match(self.text, start + len(name)) is not None
        return bool(self.village) and (done_to or opens and (built or any(word in name for word in INFRASTRUCTURE)))

    def school_owns(self, parts: list[str], first: int) -> bool:
        """学校的风雨操场已列入…, 学校又完成了运动场改造, 学校食堂改造工程: a part of a school (a playground, a
        canteen) said of 学校 or 该校 opening its clause, in a story naming one school: that school's."""
        start = self.offsets[first]
        if not self.school or not any(word.endswith(_SCHOOL_PARTS) for word in parts) \
                or self.text.endswith(_TAKEN, 0, start):
            return False  # (把煤渣跑道改成了塑胶跑道: what the works replace)
        return parts[0].startswith(THE_SCHOOL) or self.text.startswith(THE_SCHOOL, clause_bounds(self.text, start)[0])

    @staticmethod
    def without_the_school(parts: list[str]) -> list[str]:
        """The parts with the 学校 opening them dropped (jieba may join it to the part: 学校食堂)."""
        first = parts[0]
        if not first.startswith(THE_SCHOOL):
            return parts
        rest = first[len(next(word for word in THE_SCHOOL if first.startswith(word))):]
        return [rest, *parts[1:]] if rest else parts[1:]

    def is_village_phase(self, parts: list[str], first: int) -> bool:
        """A phase of a facility named without a place (停车场一期) in a story about one village."""
        return any(_PHASE.fullmatch(word) for word in parts) and not any(self.is_proper(word) for word in parts) \
            and self.is_village_facility(parts, first)

    def built_there(self, first: int) -> bool:
        """在白塔新村建设一处老年食堂, 在龙山村,今年新建的高位水池: building (建设, 新建, 增设, 建) said just
        before the name, maybe with how many (一处, 2个) or as what was built (新建的)."""
        size = _SIZE_BEFORE.search(self.text, 0, self.offsets[first])
        if size is not None and size.start() in self.offsets:
            first = self.offsets.index(size.start())  # 新建一个500个车位的停车场: its size said before it
        ordinal = _ORDINAL_BEFORE.search(self.text, 0, self.offsets[first])
        if ordinal is not None and ordinal.start() in self.offsets \
                and self.text[max(0, ordinal.start() - 1):ordinal.start()] != "的":
            first = self.offsets.index(ordinal.start())  # (not 是去年建成的第三家老年食堂: which one it is)
        before = first - 1
        described = before >= 1 and self.words[before] == "的"
        counted = before >= 1 and _PLACES_COUNT.fullmatch(self.words[before]) is not None
        if counted or described:
            before -= 1
        if before >= 1 and self.words[before] == _PAST_MARK \
                and (_PLACES_COUNT.fullmatch(self.words[before + 1]) or self.words[before - 1] in CONSTRUCTION
                     or ordinal is not None and self.words[before - 1] == _BUILT_UP):
            before -= 1  # 在抱珠龙村建设了一座冷库, 村里…改建了老年食堂, 建起了全区首个…
        word = self.words[before] if before >= 0 else ""
        return word in CONSTRUCTION or word in NEWLY_BUILT or word in (BUILDING, _BUILD) \
            or word == _BUILT_UP and not self.built_by_another(before) \
            or (described or counted) and word in _BUILT_DONE and not self.said_ahead(before) \
            and (described or not self.built_by_another(before))  # 村里建成了一座…冷库 (not 某公司在某村建成了一座冷库: theirs)

    def started_there(self, first: int, end: int) -> bool:
        """在蛟垄村启动民宿集聚区建设: its building started, said around the name."""
        words = self.words
        before = first - 2 if first > 1 and words[first - 1] == _PAST_MARK else first - 1
        return before >= 0 and words[before] == _STARTED and end < len(words) and words[end] == BUILDING

    def built_by_another(self, at: int) -> bool:
        """某果业公司在廿里镇塘底村建成了…, 企业主周某在村里建成了…: someone named before 在, in the clause before
        word `at`, who is not the village or its township (not 该村在村口建成了…, 翁源村去年在溪边建成了…, 镇里投入
        85万元在某村建起…, nor 在村口建成了… with no one named)."""
        k = at - 1
        while k >= 0 and self.words[k] != _AT:
            if self.words[k] in _CLAUSE_MARKS:
                return False
            k -= 1
        k -= 1
        if k >= 2 and self.words[k].endswith("元") and _NUMBER.fullmatch(self.words[k - 1]) and self.words[k - 2] in _SPENT:
            k -= 3  # (镇里投入85万元在某村建起…: the money spent, then who spent it)
        while k >= 0 and (self.tags.get(self.words[k]) in _WHEN_OR_HOW or self.words[k] in _SINCE_WHEN
                          or self.words[k] in _PLAN_WORDS_BEFORE):
            k -= 1  # (去年, 今年以来, 率先, 已; 镇里计划今年投资150万元在某村新建…)
        builder = self.words[k] if k >= 0 and self.words[k] not in _CLAUSE_MARKS else ""
        return bool(builder) and not builder.endswith(_VILLAGE_ENDS) and builder not in _THE_VILLAGE \
            and builder not in _PLACES_AS_BODIES and not self.is_place(builder)  # (镇里, 全旺镇: the township's)

    def said_ahead(self, at: int) -> bool:
        """将于年底建成的村级水站, 即将建成的…: the clause says before word `at` that it is to come."""
        start = self.offsets[at]
        return FUTURE_SAID.search(self.text, clause_bounds(self.text, start)[0], start) is not None

    def is_part_listed(self, first: int) -> bool:
        """Whether the name is in a list of what something has (设有, 配备 … in its clause; 二楼设…)."""
        return self.said_before(first, _HAS_PARTS) or _FLOOR_HAS.search(self.text, 0, self.offsets[first]) is not None

    def part_follows(self, end: int) -> bool:
        """城东小学新建工程的教学楼已经结顶, 某工程的施工人员正在…, 某工程的施工图设计已经完成: works, then a
        part of them, their builders or a step before them, whose progress is the works' own."""
        words = self.words
        return words[end - 1].endswith(WORKS) and end + 1 < len(words) \
            and (words[end + 1] in WORKS_PARTS or words[end + 1] in STEPS_BEFORE_WORKS)

    def some_done_after(self, first: int, end: int) -> bool:
        """20个农村居家养老服务照料中心已建成11个: a counted batch of works, fewer of them told done after."""
        words = self.words
        if first > 1 and self.is_counted(first):
            number, counter = words[first - 2], words[first - 1]
        elif self.counted(end):
            number, counter = words[end], words[end + 1]
        else:
            return False
        done = _SOME_DONE_AFTER.match(self.text, self.offsets[end])
        return done is not None and done["counter"] == counter \
            and (parse_numeral(done["number"]) or 0) < (parse_numeral(number) or 0)

    def done_to_counted(self, first: int, end: int) -> bool:
        """对全区45所中小学食堂进行标准化改造: works done to a batch counted after 对."""
        start = self.offsets[first]
        return self.works_done_at(end) is not None \
            and _DONE_TO_BEFORE.search(self.text, clause_bounds(self.text, start)[0], start) is not None

    def material_described(self, first: int, built_of: int, end: int) -> NameMention | None:
        """这座全长126米的钢筋混凝土大桥: a facility named before, described again with what it is built of
        (the words from `first` to `built_of`), as 该工程 is; None when nothing else was said of it."""
        start = self.offsets[first]
        clause_start = clause_bounds(self.text, start)[0]
        described = first < built_of and _DESCRIBED_REFERENCE.match(self.text, clause_start, start) is not None
        return NameMention("", clause_start, self.offsets[end]) if described else None

    def counted_done(self, first: int, end: int) -> bool:
        """完成12座病险山塘整治: works done to a batch counted right after 完成."""
        _, count_at = self.count_before(first)
        return self.words[end - 1] in CONSTRUCTION and 0 < count_at < first and self.words[count_at - 1] in _DONE

    def done_to_named(self, verb: int) -> bool:
        """Whether the clause says before `verb` what the works are done to (对某道路实施…)."""
        return self.said_before(verb, frozenset({_TO}))

    def works_word_last(self, done: int) -> int:
        """The last of the works words from `done` on (改造/提升: jieba may cut 改造提升 in two)."""
        while done + 1 < len(self.words) and self.words[done + 1] in CONSTRUCTION:
            done += 1
        return done

    def works_done_at(self, at: int) -> tuple[int, int] | None:
        """进行改造, 进行了改造提升, 进行提标改造, 实施清淤加固 at `at`: where the works are said and the index
        of their works word, else None."""
        words = self.words
        if at >= len(words) or words[at] not in _DONE_TO:
            return None
        said = at + 2 if at + 2 < len(words) and words[at + 1] == _PAST_MARK else at + 1
        # (进行标准化改造, 进行提标改造: how the works are done, said before them)
        done = next((said + n for n in range(1, _MANNER_WORDS + 1)
                     if said + n < len(words) and words[said + n] in WORKS_CARRIED_OUT
                     and _DONE_IN_A_MANNER.fullmatch("".join(words[said:said + n]))), said)
        return (said, done) if done < len(words) and words[done] in WORKS_CARRIED_OUT else None  # (进行清淤扩容 too)

    def place_before(self, first: int, leading_only: bool = False) -> str:
        """The village or township that a name at `first` belongs to: the last named before it in its
        clause (unless `leading_only`), or in a clause of its own just before (在举村乡翁源村,今年实施的…);
        none when other works or a facility are named between (东升社区老旧小区改造项目…,正在实施管网改造:
        those works are part of the project named), or the place is where someone comes from (湖仁村籍
        乡贤). Empty when there is none."""
        words = self.words
        index = first - 1
        while index >= 0 and words[index] not in _CLAUSE_MARKS:
            if _is_head(words[index]) and not self.names_a_village(index):  # (not 石堰 of 湖南镇石堰村)
                return ""
            if self.is_place(words[index]):
                return "" if leading_only or words[index + 1] in _ORIGIN else words[index]
            index -= 1
        opening = index - 1  # the clause before: 在 and places only, or a place's facility (在后溪镇中心小学,)
        facility = opening
        while facility > 0 and _is_head(words[facility]) and not self.is_place(words[facility]):
            facility -= 1
        owned = facility < opening and self.is_place(words[facility])
        opening = facility if owned else opening
        while opening >= 0 and (self.is_place(words[opening]) or words[opening] == "、"):
            opening -= 1
        if index > 0 and opening >= 0 and words[opening] == _AT and opening < index - 1 \
                and (opening == 0 or words[opening - 1] in _CLAUSE_MARKS):
            return "".join(words[facility:index]) if owned else words[index - 1]
        return ""

    def is_place(self, word: str) -> bool:
        return self.is_proper(word) and word.endswith(_PLACE_ENDS) and word not in _NO_PLACE

    @staticmethod
    def is_route(parts: list[str]) -> bool:
        return len(parts) > 2 and parts[1] == "路" and _ROUTE.fullmatch(parts[0]) is not None

    def is_specific(self, parts: list[str]) -> bool:
        """The name says which one: a phase (二期); an unknown word (single characters in a row, as
        in 下/槽/桥); a place with what is built there (茶埠安置小区, 太真乡绿道建设项目, 大川溪综合治理工程,
        but not 太真乡提升项目); or, without a place, named infrastructure (城乡供水一体化工程, but not
        民生实事项目 or 营商环境优化项目)."""
        if len(parts) > 3 and parts[-3] in _BRACKETS[0] and parts[-1] in _BRACKETS[1]:
            parts = parts[:-3]  # 老年食堂(助餐点): the other name says no more which one
        core = [word for word in [*parts[:-1], _works_object(parts[-1])] if word and word not in CONSTRUCTION]
        facility = not parts[-1].endswith(WORKS)
        if any(word in SELF_NAMED for word in parts):
            return True  # 新建高标准农田1.5万亩: works whose kind names them, one programme wherever done
        if parts[-1].endswith(WORKS) and any(word in PROGRAMME_FACILITIES for word in parts) \
                and any(word in CONSTRUCTION for word in parts):
            return True  # 农村公路提升改造工程: a district programme's works (not 农村公路 alone, nor its length)
        if len("".join(parts)) < 3 or all(word in GENERIC for word in core):
            return False
        if any(_PHASE.match(word) or _ORDINAL.fullmatch(word) for word in parts) or self.is_route(parts):
            return True
        singles = 0
        for word in core:
            singles = singles + 1 if len(word) == 1 and word.isalnum() else 0
            if singles >= 2:
                return True
        if core and core[0] in _OWNERS and (facility or any(_is_head(word) for word in core)):
            return True  # 区零工市场, 区图书馆改造工程: the district's own, so one of a kind
        if core and core[0] in _TOWNSHIP_OWNERS and (parts[-1] in CONSTRUCTION or parts[-1].endswith(WORKS)) \
                and any(_is_head(word) for word in core):
            return True  # 镇文化活动中心改造 (not 由乡文化站统筹, the township's office)
        if any(self.is_street(word) for word in core) \
                or any(self.is_proper(word) and after == _ROAD for word, after in zip(core, core[1:])):
            return True  # 沿江路改造提升工程: a named street (浮石路…: jieba 浮石/路, a place's name and 路)
        if _OLD_STREET in core and (parts[-1] in CONSTRUCTION or parts[-1].endswith(WORKS)):
            return True  # 老街立面改造工程, 老街修缮工程: works on the town's old street, which it has one of
        # A named river or stream (乌溪江沿岸生态修复工程) places the works as a village does.
        places = [w for w in core if (self.is_proper(w) or len(w) > 2 and w[-1] in _WATERS)
                  and not w.endswith(INFRASTRUCTURE)]
        # 乡镇卫生院提升改造工程: works on every township's facilities of a kind, one programme (but 到乡镇卫生院
        # 坐诊 names no facility)
        things = [w for w in core if w not in places and (w not in GENERIC or w in _EVERY_TOWNSHIP and not facility)
                  and (len(w) > 1 or w in _WATERS)]
        if places:
            return facility or bool(things) or any(w in _ONE_CHAR_WORKS for w in core)
        return len(things) >= 2 and any(word in "".join(parts) for word in INFRASTRUCTURE)
