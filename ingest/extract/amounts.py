"""Amounts of money in a sentence: the figure, its range, qualifier and kind.

Only figures followed by 元 are money, so 20万公斤, 170㎡, 49亩, percentages and dates never are.
The kind of money spent is settled in one place, `settled_kind`, from what the sentence says of its
use, of whom it is handed to and of works built. Shared by money.py (which adds township and
project) and projects.py (investment of a project).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.extract.figures import (is_retracted, item_keyword, last_keyword, multiplier_factor, nearest_keyword,
                                    qualifier, read_quantity, read_side_by_side, read_some_tens, respective_items)
from ingest.extract.numerals import QUANTITY, SOME_TENS
from ingest.extract.project_words import CONSTRUCTION, SUFFIXES
from ingest.extract.sentences import cell_at, clause_bounds

_RANGE_DASH = r"[—–－\-~～至到]"
# 元 starting another word (多元化, 元旦) or a unit price (元/吨) is not an amount. A range may
# print the unit at both ends (150元至200元), or be bounded both ways (处200元以上3000元以下罚款).
_MONEY = re.compile(
    rf"(?<![\d.])(?P<low>{QUANTITY}|{SOME_TENS})(?:(?:(?P<low_unit>元)?{_RANGE_DASH}|(?P<bounded>元以上))(?P<high>{QUANTITY}))?"
    r"元(?(bounded)以下|)(?![化素件宵旦首/])"
)

SUBSIDY = "subsidy"
GIFT = "gift"
_LOANS = ("贷款", "授信", "信贷")  # a bank's lending (see KINDS)
KINDS = (
    # A subsidy to build or run a facility pays for it, named project or not.
    ("investment", ("总投资", "投资", "投入", "筹措", "资金", "拨付", "安排", "融资", "建设经费", "建设资金", "运行经费", "自筹", "建设补助", "运营补助",
                    "建设补贴", "运营补贴", "建设奖补",
                    "社会资本", "专项经费",
                    "修复资金", "修复应急资金", "抢修资金",  # 下拨水毁修复应急资金850万元: it pays for repairs
                    "中标价", "中标金额", "预算金额", "预算", "招标控制价",  # (将于暑假期间实施,预算八十五万元)  # 完成招标,中标价27.8万元: what the works will cost
                    "改造花了", "建设花了", "修建花了", "改建花了", "装修花了",  # 食堂改造花了18万元: what the works cost
                    "项目总共花了", "项目一共花了", "项目共花了",
                    "造价", "总造价")),  # 这部电梯总造价58万元: what the works cost
    # What works saved or an audit cut from their cost (节约造价30万元, 审减造价86万元, 造价节约了30万元), and a
    # cost per unit (每平方米造价约3200元, 单方造价, 每公里造价约300万元): not what they cost.
    ("other", ("节约造价", "节省造价", "审减造价", "核减造价", "降低造价", "每平方米造价", "每平米造价",
               "造价节约", "造价节省", "每平方造价", "单方造价", "每公里造价", "每千米造价")),
    ("output", ("产值", "生产总值", "增加值", "GDP")),
    ("sales", ("销售额", "销售", "营业额", "营业收入", "营收", "销售收入", "交易额", "成交额", "销量", "订单额",
               "卖", "售",
               "带动消费", "拉动消费")),  # 核销消费券1250万元,带动消费1.08亿元: what shoppers spent, the shops' sales
    # 除去成本能拿出8万元: what is left after costs, income (能拿出 alone is no 能拿: see _TAKES_OUT)
    ("income", ("收入", "租金", "分红", "分红款", "分红资金", "红利", "增收", "利润", "创收", "收益", "挣", "赚", "工资", "能拿",
                "薪", "加工费", "报酬", "补偿金", "除去成本", "扣除成本")),
    # A government's revenue and spending (一般公共预算收入, 民生支出) are no one's income or works; nor is
    # a policy's or a reform's dividend (兑现惠企政策红利2300万元, 释放改革红利).
    ("other", ("财政收入", "预算收入", "预算支出", "财政支出", "民生支出", "补偿资金", "政策红利", "改革红利")),
    # Gifts and money raised: `settled_kind` decides whether they pay for something (investment) or not.
    (GIFT, ("捐款", "捐赠", "捐赠资金", "捐助", "捐资", "善款", "募集", "募集资金", "募捐")),
    # Relief, emergency reserves, grants to people and money paid back to firms are not spent on
    # works either.
    ("other", ("救灾资金", "救灾款", "救助金", "救助资金", "助学金", "慰问金", "慰问补助", "慰问补助资金", "生活补助", "生活补贴",
               "应急资金", "应急抢险资金", "慰问资金", "返还资金",  # (区财政已安排应急抢险资金300万元: a reserve)
               "救治资金", "救治专项资金",  # 追加安排医疗救治专项资金2000万元: patients' care, no works
               "优抚金", "优抚资金", "抚恤金",  # 发放各类优抚金850万元: paid to veterans and their families
               "赔付资金", "赔付款", "理赔款", "赔款",  # 支付大病保险赔付资金2100余万元: insurance paid out
               "拖欠的工资", "拖欠工资", "被拖欠", "欠薪", "追回工资", "讨回工资", "追讨工资",  # wages owed and recovered: no one's new income
               "追回工资报酬", "讨回工资报酬", "追讨工资报酬", "追回劳动报酬", "讨回劳动报酬", "追讨劳动报酬")),
    # Taxes a firm pays (入库税收1380万元, 年税收6000万元) are neither its sales nor its output.
    ("other", ("税收", "纳税", "缴税", "税费", "税收收入")),
    # Vouchers a government hands out (发放消费券1200万元) and those redeemed (已核销1120万元) are nobody's sales
    # or income.
    ("other", ("消费券", "核销")),
    # Loans a bank lends (推出专项贷款,今年已发放3200万元) are neither spent on works nor anyone's income.
    ("other", _LOANS),
    # Per the gold rules a subsidy is an investment when it pays for a project, else other.
    # So is money put in (出资).
    (SUBSIDY, ("补助", "补贴", "奖补", "奖励", "出资", "配套")),
)


# 总投资320万元,其中争取上级补助120万元: a part of an investment is spent on the same works.
_PART_OF = "其中"

_ABSTRACT = frozenset({"提升", "提质"})  # 提升幸福感: works only with what they are done to
# Something built (改造成老年食堂, 食堂建设, 危房改造): not 提升, an abstract 建设 (加强人才队伍建设) or
# a time after building (建成后).
# 更新 is works only as a place's renewal (有机更新, 城市更新, 老街区更新), not renewing machines (更新老旧农机).
_RENEWAL = frozenset({"更新"})
_BUILT = re.compile("|".join((*sorted(CONSTRUCTION - _ABSTRACT - _RENEWAL, key=len, reverse=True), r"(?:有机|城市|城镇|街区|老街|片区|村庄|旧城|老城)更新",
                              "新建", "建成(?![后的])",
                              r"加装(?:电梯|[^,，。]{0,4}(?:护栏|路灯))",
                              rf"(?:{'|'.join(SUFFIXES)})建设")))
# 为此补助30万元: funding for what the sentence said before, works if it said any.
_FOR_IT = "为此"
_WORKS_SAID = re.compile(f"{_BUILT.pattern}|建设|施工|开工|完工")
# 为此对32户商户补助12万元: paid to people (for a loss), not for the works said before.
_TO_PEOPLE = re.compile(r"对[^,，。;；]{0,12}(?:户|人|商户|农户|群众|村民|居民|家庭)")
# A subsidy per facility or class (每个助餐点每月补助运营资金1.5万元, 每台电梯补助20万元) pays for running
# or building it, whatever else the clause says (not per village or township: 每个村补助…; nor per household,
# firm or farm: 每个低保家庭每月补助…, 每家企业奖励…, 每家奖励…, 每个家庭农场奖励…).
_PER_FACILITY = re.compile(r"每(?:个|台|座|所|处|家|间|班|部(?=电梯)|张(?=[^,，。;；]{0,4}床))(?![村乡镇人户]|社区|街道|奖|补|给予"
                           r"|[^,，。;；]{0,4}?(?:家庭|农户|企业|公司|农场|合作社|主体|商户|经营户|学生|孩子|儿童|老人))")
# 对新购置插秧机的农户,…每台补贴5000元: per machine, but paid to the farmers who bought it.
_PER_AREA = re.compile("每亩")
_TAKES_OUT, _TAKES_OUT_MASK = "能拿出", "能取出"  # 能拿出 (spends) is no 能拿 (earns)
_FOR_OWNERS = re.compile(r"对[^,，。;；]{0,12}(?:农户|家庭|个人|大户|主体|企业)")
# Money handed out to people (发放养老服务补贴, 发放就业补助资金), or paid per head (每人每月奖励200元).
# 发放各类学生资助资金, 发放资金960万元: handed out, unless to build (发放建设资金).
_HANDED_OUT = re.compile(r"发放[^,，。;；]*?(?:补贴|补助|奖励|慰问|救助)|每人|每餐|每月|人均")
# but not when it builds something right after (发放以工代赈资金200万元,修建机耕路5.6公里).
_FUNDS_HANDED_OUT = re.compile(r"发放(?:(?!建设|改造|工程)[^,，。;；]){0,8}资金")
_YUAN = "元"
# 拓宽工程预计投资120万元,除乡贤捐资外,区交通运输局将补助30万元: a subsidy after the works' investment is a
# source of it.
# (not 完成固定资产投资3.2亿元,兑现惠企补助860万元: a total of the economy's, not works the subsidy pays for)
_INVESTED_BEFORE = re.compile(r"(?<!固定资产)(?<!完成)(?<!有效)(?:总投资|投资|总投入|造价)[^,，。;；]{0,6}?[\d一二两三四五六七八九十百千万亿.]+(?:万|亿)?元")
# What money is for, said right after it (…万元,专项用于…): relief, or works (something built).
# (the funds may be named between: 下拨一千二百万元专项资金,用于走访慰问…)
_USE = re.compile(r"(?:专项资金|专项经费|资金|经费)?[,，]?(?:专项|主要|全部)?用于([^,，。;；]{1,24})")
_RELIEF_USES = ("慰问", "救助", "救治", "资助", "助学", "奖学", "救灾", "误工", "运转", "激励", "奖励", "防控", "防疫")
_SPENT_KINDS = ("investment", "other", SUBSIDY, GIFT)
# What a gift buys or builds, said after it (捐资6.2万元,为村里安装太阳能路灯; 捐赠10万元建设而成; 募集资金85万元购置).
_BOUGHT = re.compile(r"购置|购买|添置|安装|新装|加装|建设|建成|修建|新建|改造|铺设|修缮")
# 用上级补助的九十万元购置了这辆医疗车: a subsidy that buys equipment right after it pays for it.
_BUYS = re.compile(r"(?:购置|添置)了?")
_BUILDS = re.compile(r"[,，]?(?:用于|用来)?(?:修建|新建|建设|建成|改造|铺设|修缮|硬化)")
_SHARE_OF_GIFT = re.compile(r"各自?|分别|共计?|合计|累计")  # what each or all gave of the gift just said
_GIVEN_TO_BUILD = re.compile(r"(?:捐资|捐赠|捐款)(?:修建|新建|建设|建成|改造|修缮)")
# Goods and cover bought for people (为老人购买意外险, 为困难家庭购置过冬棉被, 为学校购置图书, 采购口罩等紧缺物资): no works.
_GOODS = re.compile(r"(?:购置|购买|添置|采购|储备)[^,，。;；]*?(?:保险|险|物资|慰问品|棉被|被子|衣物|年货|礼包|用品|图书|书籍|读物|大米|食用油)"
                    r"|物资(?:采购|储备)")  # (用于防护物资采购)
# A gift beside an investment (投入65万元、爱心企业捐赠10万元; 投入资金6.5万元,另有3家企业捐赠1.2万元), with no
# other clause between, adds to it.
_BESIDE = re.compile(r"[、和及]|[,，](?:另有|另外|此外)")
# A body's yearly budget made public (部门预算金额1.8亿元): what it may spend in a year, no works' cost.
# (nor its 预算 alone: 今年该局部门预算1.8亿元, 村里的年度预算只有12万元)
_TENDER_BUDGET, _BODY_BUDGET = ("预算金额", "预算"), re.compile("部门预算|年度预算|财政预算|预算公开")
# Takings of guesthouses and farm restaurants (民宿营业收入, 民宿、农家乐实现营收) are their households' income,
# unless it is what the people who run them took (开办了民宿和农家乐,…营收; 村民办的农家乐…营收).
_TAKINGS = ("营收", "营业收入")
_HOUSEHOLD_BUSINESS = re.compile(r"民宿|农家乐")
_RUN_BY = re.compile(r"办[了的]?[^,，。]{0,3}$")
# 有民宿32家,来料加工企业今年实现营业收入…: another business's takings.
_OTHER_BUSINESS = re.compile(r"企业|公司|工厂|合作社|电商|超市|商户")

# 10亿元以上项目3个, 经营性收入50万元以上的村达到9个: a size class of projects, villages or firms, not
# an amount.
_SIZE_CLASS = re.compile(r"(?:以上|以下)的?(?:(?:重大|重点|产业)?项目|行政村|村|企业|农户|户)")
# relief, grants to people and taxes (not loans: 总投资3200万元,其中银行贷款1800万元 is a part of the investment)
_RELIEF = tuple(row for row in KINDS if row[0] == "other" and row[1] is not _LOANS)
# A price of one unit of goods right before an amount (收购价每斤6元左右, 每盒售价68元, 单价12元).
# (not what is put into each of a list's works: 十件民生实事,每件投入80万元以上)
_UNIT_PRICE = re.compile(r"每(?:斤|盒|公斤|千克|箱|件|瓶|袋|吨|只)(?:(?!投)[^,，。;；\d]){0,4}$|(?:单价|售价|收购价|零售价|批发价)(?:为|是|约|仅)?$")
_UNIT_PRICE_REACH = 8
_UNSTATED = "unstated"  # no kind word near the amount: other, unless it is a part of an investment


@dataclass(frozen=True)
class Amount:
    """An amount in a sentence. `kind` may be SUBSIDY: `settled_kind` decides investment or other."""

    yuan: float
    yuan_max: float | None
    kind: str
    qualifier: str
    start: int  # offsets in the sentence
    end: int


def amounts_in(text: str, column_names: tuple[str, ...] = (), kind_before: str | None = None) -> list[Amount]:
    """Every amount of money in one sentence (ASCII digits); in a table's row, an amount with no
    kind of its own takes it from its column's name (计划投资); in a sentence opening with 其中, from
    `kind_before`, the kind of the money said just before it (…分红180万元。其中,后溪村和大川村分别
    领到15万元和13万元)."""
    found = []
    if _YUAN not in text:
        return found  # most sentences: skip the regex scan
    read = [amount for amount in (_read(text, match, column_names) for match in _MONEY.finditer(text))
            if amount is not None]
    items = respective_items(text, [(amount.start, amount.end) for amount in read])
    part_of = -1  # where the 其中 after an investment is: what follows may be its parts
    for index, amount in enumerate(read):
        listed = item_keyword(text, items[index], KINDS, amount.start) if index in items else None
        if listed:
            amount = replace(amount, kind=listed[0])  # 工业产值、税收分别达38亿元和2.1亿元
        if part_of < 0 and found and found[-1].kind == "investment":
            part_of = text.find(_PART_OF, found[-1].end, amount.start)
        if amount.kind == GIFT and found and _adds_to(text, found[-1], amount):
            amount = replace(amount, kind="investment")
        found.append(_as_part(amount, text, part_of) if part_of >= 0 else amount)
    unstated = kind_before if kind_before and text.startswith(_PART_OF) else "other"
    # 分红96万元。其中,15万元用于道路修缮: a use said of the part is its own (settled_kind reads it), but not
    # of a part of an investment (总投资500万元。其中,300万元用于购置设备: still invested);
    # 赖家村拿出30万元修建了机耕路: money of no stated kind that builds something right after is spent on it
    return [replace(a, kind="investment" if _BUILDS.match(text, a.end)
                    else "other" if _USE.match(text, a.end) and unstated != "investment"
                    else unstated) if a.kind == _UNSTATED else a for a in found]


def _adds_to(text: str, investment: Amount, gift: Amount) -> bool:
    """Whether a gift is given beside the investment just before it (投入65万元、爱心企业捐赠10万元;
    投入资金6.5万元,另有3家爱心企业捐赠1.2万元), with no other clause between."""
    beside = _BESIDE.match(text, investment.end)
    return investment.kind == "investment" and beside is not None \
        and clause_bounds(text, gift.start)[0] <= beside.end()


def _as_part(amount: Amount, text: str, part_of: int) -> Amount:
    """After an investment and its 其中 at `part_of` (总投入6.8万元,其中政府补助4万元,自家出了2.8万元), a
    subsidy, a gift or money of no stated kind is a part of that investment, and so is any source
    listed in the clause of 其中 (其中强村公司分红资金20万元、乡贤捐资12万元); relief is not."""
    listed = clause_bounds(text, part_of)[1] > amount.start
    if amount.kind not in (SUBSIDY, GIFT, _UNSTATED) and not listed \
            or nearest_keyword(text, amount.start, amount.end, _RELIEF, whole_sentence=False):
        return amount
    return replace(amount, kind="investment")


_CHINESE_MULTIPLIER_END = re.compile(r"(?<=[一二两三四五六七八九十百千])(?:亿|万)$")


def _range_end_multiplier(high: str) -> str | None:
    """The multiplier a range's end in Chinese numerals closes with (五万, 三十万), read into its value."""
    end = _CHINESE_MULTIPLIER_END.search(high)
    return end.group() if end else None


def _read(text: str, match: re.Match, column_names: tuple[str, ...]) -> Amount | None:
    low = read_quantity(match["low"])
    high = read_quantity(match["high"]) if match["high"] else None
    if low is None and not match["high"]:  # a rough figure in words
        side_by_side, some_tens = read_side_by_side(match["low"]), read_some_tens(match["low"])
        if side_by_side:
            low, high = (side_by_side[0], None, False), (side_by_side[1], None, False)  # 三四万元: 3万 to 4万
        elif some_tens:
            low = (some_tens, None, True)  # 二十几万元: over 20万
    if low is None or (match["high"] and high is None):
        return None
    yuan, multiplier, approximate = low
    yuan_max = None
    if high is not None:
        yuan_max, high_multiplier, high_approximate = high
        if match["high"] and not high_multiplier:
            high_multiplier = _range_end_multiplier(match["high"])  # 三至五万元: 五万 read whole
        if multiplier is None and high_multiplier and not (match["low_unit"] or match["bounded"]) \
                and yuan * multiplier_factor(high_multiplier) <= yuan_max:
            # 20—30万元, 三至五万元: the multiplier printed once applies to both ends (not to 8000元 in
            # 8000元至1.2万元, nor to 8000 in 8000至1万元, which would pass the range's end).
            yuan = round(yuan * multiplier_factor(high_multiplier), 2)
        approximate = approximate or high_approximate
    if yuan <= 0 or _SIZE_CLASS.match(text, match.end()) or is_retracted(text, match.start()):
        return None
    start, end = match.start(), match.end()
    # 村集体一年能拿出30万元用于…: what it spends, not 一个月能拿4000元 (income); same length, so places hold
    keyworded = text.replace(_TAKES_OUT, _TAKES_OUT_MASK) if _TAKES_OUT in text else text
    kind = nearest_keyword(keyworded, start, end, KINDS) or _column_kind(text, start, column_names)
    if kind and kind[1] in _TAKINGS and _household_takings(text, end):
        kind = ("income", kind[1])
    if kind and kind[1] in _TENDER_BUDGET and _BODY_BUDGET.search(text):
        kind = ("other", kind[1])
    if _UNIT_PRICE.search(text, max(0, start - _UNIT_PRICE_REACH), start):
        kind = ("other", "每")  # 收购价每斤6元, 每盒售价68元: a price, no one's takings
    return Amount(yuan, yuan_max, kind[0] if kind else _UNSTATED,
                  qualifier(text, start, end, approximate), start, end)


def _column_kind(text: str, start: int, column_names: tuple[str, ...]) -> tuple[str, str] | None:
    column = cell_at(text, start)
    if column >= len(column_names):
        return None
    name = column_names[column]
    found = last_keyword(name, KINDS)
    if found and found[0] == SUBSIDY and _BUILT.search("".join(column_names)):
        return "investment", found[1]  # 村名|改造户数|补助金额: a subsidy for the works the table counts
    return found


def _household_takings(text: str, end: int) -> bool:
    """Whether guesthouses or farm restaurants, not said to be run by someone, come before `end`."""
    return any(not _RUN_BY.search(text, 0, business.start()) and not _OTHER_BUSINESS.search(text, business.end(), end)
               for business in _HOUSEHOLD_BUSINESS.finditer(text, 0, end))


def settled_kind(amount: Amount, text: str, of_a_project: bool) -> str:
    """The kind of an amount in `text`, its sentence, for money spent settled from what is said around
    it: a stated use first (用于走访慰问: other; 专项用于道路修复: investment); money handed out to
    people is other; a subsidy (`of_a_project` or not) is investment when it pays for works."""
    kind = amount.kind
    if kind not in _SPENT_KINDS:
        return kind  # income, sales and output stay what they are, whatever they are used for
    use = _USE.match(text, amount.end)
    if use and any(word in use[1] for word in _RELIEF_USES):
        return "other"
    if use and _GOODS.search(use[1]):
        return "other"  # 拨付防控专项资金1500万元,用于采购口罩、防护服等紧缺物资: supplies, no works
    if use and _BUILT.search(use[1]):
        return "investment"
    if kind in (SUBSIDY, "investment") and _PER_FACILITY.search(text, clause_bounds(text, amount.start)[0], amount.start) \
            and not _FOR_OWNERS.search(text, 0, amount.start):
        return "investment"
    if _HANDED_OUT.search(text, clause_bounds(text, amount.start)[0], amount.start):
        return "other"
    if _FUNDS_HANDED_OUT.search(text, clause_bounds(text, amount.start)[0], amount.start) \
            and not _BUILDS.match(text, amount.end):
        return "other"
    if kind == SUBSIDY and _PER_AREA.search(text, clause_bounds(text, amount.start)[0], amount.start):
        return "other"  # 对新建避雨棚的农户每亩补助1500元: to farmers for their fields
    if kind == SUBSIDY:
        return "investment" if of_a_project or _built_before(text, amount.start) \
            or _INVESTED_BEFORE.search(text, 0, clause_bounds(text, amount.start)[0]) \
            or _BUYS.match(text, amount.end) and not _GOODS.match(text, amount.end) else "other"
    if kind == GIFT:
        return "investment" if _pays_for(text, amount) else "other"
    return kind


def _pays_for(text: str, amount: Amount) -> bool:
    """Whether a gift pays for something: what it buys or builds is said in its clause or the next
    (捐资6.2万元,为村里安装太阳能路灯; 捐赠10万元建设而成)."""
    low, end = clause_bounds(text, amount.end)
    if low >= 2 and _SHARE_OF_GIFT.match(text, low) and _GIVEN_TO_BUILD.search(text, clause_bounds(text, low - 2)[0], low):
        return True  # 村卫生室由乡贤捐资建设,各捐资30万元 (not 捐资修建了礼堂,今年又捐赠2万元为老人购买保险)
    _, following = clause_bounds(text, min(end + 1, len(text)))
    return any(not _GOODS.match(text, bought.start()) for bought in _BOUGHT.finditer(text, amount.end, following))


def _built_before(text: str, at: int) -> bool:
    """Whether something is built in the clause of the amount at `at`, or just before the clauses of
    funding that lead to it (村里将老仓库改造成老年食堂,区民政局补助15万元,村集体和乡贤出资7万元), or
    anywhere before when the funding is said to be for it (…游步道正在施工,…,区农业农村局为此补助30万元)."""
    low, _ = clause_bounds(text, at)
    if _BUILT.search(text, low, at):
        return True
    if _FOR_IT in text[low:at]:
        return _WORKS_SAID.search(text, 0, low) is not None and not _TO_PEOPLE.search(text, low, at)
    while low >= 2:
        low, high = clause_bounds(text, low - 2)
        if _BUILT.search(text, low, high):
            return True
        if _YUAN not in text[low:high]:
            return False
    return False
