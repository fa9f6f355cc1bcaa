"""Clauses that state one fact each, in several wordings per fact: a project's status, money of
each kind, people of each kind. Every wording keeps the figure's meaning unambiguous."""
from __future__ import annotations

from ingest.synth.vocabulary import COMPLETIONS
from ingest.synth.writer import Writer, sentence

# Status wordings follow the project's name; {later}, {earlier}, {done} are filled per issue.
STATUS_WORDS = {
    "planned": ("计划于{later}开工建设", "已完成前期设计,将于{later}启动建设", "正在开展前期工作,计划{later}开工",
                "拟于{later}动工", "将于{later}开工,计划{done}建成"),
    "in_progress": ("于{earlier}开工建设", "已于{earlier}启动", "目前在建,预计{done}完工", "正在实施,预计{done}建成",
                    "已开工建设", "于{earlier}启动,{done}建成", "已开始实施", "正在加快实施"),
    "completed": ("已完工并投入使用", "近日顺利完工", "已全面建成", "已于{earlier}建成并投入使用", "正式投入使用",
                  "刚完工不久"),
    None: ("被列入今年的民生实事项目", "是今年为民办实事项目之一", "是群众期盼已久的民生工程"),
}
OPENED_TO_TRAFFIC = ("已建成通车", "近日正式通车")

MONEY_WORDS = {
    "investment": ("该项目总投资{m}", "项目总投资{m}", "计划总投资{m}", "共投入资金{m}", "累计投入{m}",
                   "争取上级补助资金{m}", "筹措资金{m}用于项目建设"),
    "output": ("实现产值{m}", "年产值达{m}", "实现规上工业产值{m}", "全年产值预计达{m}"),
    "sales": ("实现销售额{m}", "年销售额达{m}", "产品销售额{m}", "线上销售额达{m}"),
    "income": ("村集体经营性收入达{m}", "为村集体增收{m}", "每年可为村集体带来{m}的经营性收入", "农户户均增收{m}",
               "发放分红{m}", "年租金收入{m}"),
    "other": ("发放慰问金{m}", "为群众挽回经济损失{m}", "发放助学金{m}", "发放消费券{m}"),
    # The investment of many projects together, as district-wide articles report it.
    "total": ("总投资{m}", "计划总投资{m}", "累计完成投资{m}", "共投入资金{m}"),
}
PEOPLE_WORDS = {
    "beneficiaries": (("受益群众{n}", "人次"), ("惠及群众{n}", "人"), ("惠及农户{n}", "户"),
                      ("累计服务老年人{n}", "人次"), ("为{n}老人提供服务", "位"), ("服务群众{n}", "人次")),
    "employment": (("带动{n}就业", "人"), ("解决{n}村民就业", "名"), ("吸纳周边{n}群众就近就业", "名"),
                   ("可带动{n}增收就业", "人")),
    "participants": (("{n}学员参加培训", "名"), ("共培训{n}", "人次"), ("吸引{n}群众参与", "名"),
                     ("共有{n}参加", "人")),
}
# A money figure's kind fixes the sensible range of amounts.
MONEY_RANGES = {"investment": (2e5, 3e8), "total": (2e6, 3e9), "output": (5e6, 5e9), "sales": (1e5, 2e8),
                "income": (2e4, 2e6), "other": (5e3, 5e5)}
PEOPLE_RANGES = {"人": (20, 3000), "人次": (50, 30000), "户": (20, 2000), "名": (8, 600), "位": (10, 400)}


def later(w: Writer) -> str:
    month = w.issue_date.month
    if month < 11 and w.rng.random() < 0.6:
        return f"{w.rng.randint(month + 1, 12)}月"
    return w.rng.choice((f"明年{w.rng.randint(1, 6)}月", "年内", "下月"))


def earlier(w: Writer) -> str:
    month = w.issue_date.month
    if month > 1 and w.rng.random() < 0.8:
        return w.rng.choice(("", "今年")) + f"{w.rng.randint(1, month - 1)}月"
    return w.rng.choice(("去年年底", "上月", f"去年{w.rng.randint(9, 12)}月"))


def status_words(w: Writer, status: str | None, ptype: str) -> str:
    pool = STATUS_WORDS[status]
    if status == "completed" and ptype == "交通" and w.rng.random() < 0.5:
        pool = OPENED_TO_TRAFFIC
    return w.rng.choice(pool).format(later=later(w), earlier=earlier(w), done=w.rng.choice(COMPLETIONS))


def pick_status(w: Writer) -> str | None:
    return w.rng.choices(("planned", "in_progress", "completed", None), (20, 40, 35, 5))[0]


def project_sentence(w: Writer, ptype: str, township=None, village=None, status="pick",
                     money: float = 0.6) -> tuple[str, str]:
    """(sentence, project name): a project, its status and often its investment."""
    status = pick_status(w) if status == "pick" else status
    name = w.project_name(ptype, township, village)
    words = status_words(w, status, ptype)
    owner = w.township_of(village) if village else township
    low, high = (2e5, 5e6) if village else (1e6, 8e7) if township else (5e6, 5e8)
    if w.rng.random() >= money:
        return sentence(w.project(name + words, name, ptype, status, owner)), name
    if w.rng.random() < 0.35:
        # The amount and the status in one clause: 投资400万元的鱼文化产业园二期工程已开始实施.
        prefixes = ("投资{m}的", "总投资{m}的") + (("计划投资{m}的",) if status != "completed" else ())
        prefix = w.money(w.rng.choice(prefixes), "investment", owner, low, high, allow_range=False)
        return sentence(w.project(prefix + name + words, name, ptype, status, owner)), name
    stated = w.project(name + words, name, ptype, status, owner)
    invested = w.money(w.rng.choice(MONEY_WORDS["investment"]), "investment", owner, low, high)
    return sentence(stated, invested), name


def money_clause(w: Writer, wording: str, township, scale: float = 1.0) -> str:
    """An amount worded as MONEY_WORDS[wording]; a total is an investment."""
    low, high = MONEY_RANGES[wording]
    kind = "investment" if wording == "total" else wording
    return w.money(w.rng.choice(MONEY_WORDS[wording]), kind, township, low * scale, high * scale)


def people_clause(w: Writer, kind: str, township, optional: bool = False) -> str:
    template, unit = w.rng.choice(PEOPLE_WORDS[kind])
    low, high = PEOPLE_RANGES[unit]
    return w.people(template, unit, kind, township, low, high, optional)
