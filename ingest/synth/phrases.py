"""Sentences without facts that fill an article the way speeches, background and quotes fill the
real paper: no figures, no places (callers pass the subject in), so they never need gold."""
from __future__ import annotations

from random import Random

GOALS = (
    "坚持问题导向", "压实工作责任", "加快项目建设进度", "着力补齐民生短板", "强化要素保障", "持续优化营商环境",
    "守牢安全生产底线", "不断提升群众满意度", "做深做实网格治理", "盯紧关键时间节点", "倒排工期、挂图作战",
    "确保工程质量和安全", "把好事办好、把实事办实", "聚焦群众急难愁盼", "持续擦亮生态底色", "做强特色主导产业",
    "拓宽农民增收渠道", "深化“千万工程”经验", "健全长效管护机制", "强化部门协同联动", "推动资源要素下沉",
    "提升公共服务水平", "抓好各项任务落实", "加强统筹谋划", "完善应急处置预案", "全面排查风险隐患",
    "落实好各项惠民政策", "做好群众思想工作", "加大宣传引导力度", "发挥党建引领作用", "激发村集体发展活力",
    "打造更多特色亮点", "持续改善人居环境", "用好数字化手段", "主动靠前服务企业", "及时回应群众关切",
    "坚持规划先行", "强化闭环管理", "推动工作提质增效", "凝聚干事创业合力", "提升项目谋划质量",
    "加强干部队伍建设", "抓牢抓实各项举措", "推进产业融合发展", "守护好绿水青山", "扛起责任担当",
)
STRESS = ("强调", "指出", "要求", "表示")
IMPORTANCE = ("事关群众切身利益", "是推动高质量发展的重要抓手", "关系千家万户", "是检验作风的试金石",
              "是乡村振兴的基础工程", "是一项长期任务")
OUTCOMES = ("群众获得感幸福感不断增强", "村容村貌焕然一新", "产业发展势头良好", "基层治理效能持续提升",
            "干部群众干劲十足", "一批民生难题得到破解", "发展基础更加坚实", "服务群众更加便捷")
ENSURE = ("各项任务按时保质完成", "群众满意", "工程早日发挥效益", "不发生任何安全事故", "政策落地见效",
          "工作取得实实在在的成效")
VISIONS = ("打造“青年衢江”", "建设共同富裕示范区", "奋力推进现代化新实践", "全区高质量发展", "乡村全面振兴",
           "建设美好家园")
BEFORE = ("一下雨路就泥泞难走", "看病要跑到城里", "吃饭总是随便凑合", "村里没有活动场所", "晚上出门黑灯瞎火",
          "农产品卖不出好价钱", "办事要跑好几趟")
AFTER = ("家门口就能办成事", "出门就是平坦的水泥路", "每天都能吃上热乎饭", "有了休闲好去处", "心里踏实多了",
         "日子越过越有奔头", "在家门口就有活干")
PURPOSES = ("把民生实事办到群众心坎上", "确保项目早日建成见效", "破解群众急难愁盼问题", "让政策红利惠及更多群众",
            "提升群众的获得感", "推动各项任务落地落细")
METHODS = ("成立工作专班", "建立“一周一督查”机制", "实行项目清单化管理", "推行“党建+网格”模式", "组建党员先锋队",
           "开通服务热线", "实行“一事一清单”管理", "开展“回头看”", "建立问题销号制度", "推行干部包联责任制")
VIEWS = ("道路干净整洁", "房前屋后绿意盎然", "文化墙上的标语格外醒目", "休闲广场上老人们正在下棋聊天",
         "溪水清澈见底", "一幢幢农房错落有致", "孩子们在游乐设施上嬉戏", "村道两旁花木扶疏")
CHALLENGES = ("群众居住分散", "老龄化程度较高", "基础设施相对薄弱", "产业底子较薄", "山高路远、交通不便",
              "村集体经济来源单一")
HONOURS = ("省级美丽乡村示范村", "市级文明村", "省级森林村庄", "市级民主法治村", "省级善治示范村", "省级卫生村")
SLOGANS = (
    "项目为王", "实干争先", "民生为本", "产业为先", "奋进新征程", "建功新时代", "聚力强村富民", "深化千万工程",
    "办好民生实事", "跑出加速度", "擦亮生态底色", "绘就和美画卷", "赋能乡村振兴", "激活发展动能",
    "守护一方平安", "书写民生答卷", "争当排头兵", "勇当先行者", "打造青年衢江", "推进共同富裕",
    "践行新理念", "抢抓新机遇", "答好民生卷", "跑好接力棒", "拼经济", "抓落实", "优服务", "惠民生",
)
# Each slot is drawn afresh wherever it appears; {who}, {subject} and {topic} are given by the caller.
POOLS = {"goal": GOALS, "stress": STRESS, "importance": IMPORTANCE, "outcome": OUTCOMES, "ensure": ENSURE,
         "vision": VISIONS, "before": BEFORE, "after": AFTER, "purpose": PURPOSES, "method": METHODS,
         "view": VIEWS, "challenge": CHALLENGES, "honour": HONOURS,
         "result": ("走深走实", "提质增效", "见行见效"), "also": ("与此同时", "此外", "另一方面"),
         "lately": ("几年来", "多年来", "这些年")}

SAYINGS = (
    "{who}{stress},要{goals3},确保{ensure}。",
    "{who}指出,{topic}{importance},要{goals2},{goals2}。",
    "{who}要求,各级各部门要{goals2},{goal},确保{ensure},为{vision}贡献力量。",
    "{who}强调,{topic}{importance}。要{goals2},同时要{goals2}。",
)
SAYING_MORE = "要{goals2},{goals2},推动{topic}{result}。"
BACKGROUNDS = (
    "近年来,{subject}坚持{goal},{goals2},{outcome}。",
    "据了解,{subject}以{goal}为抓手,{goals2},{outcome}。",
    "今年以来,{subject}{goals3},{outcomes2}。",
)
CLOSINGS = (
    "下一步,{subject}将继续{goals2},为{vision}贡献力量。",
    "接下来,{subject}将{goals3},让更多群众共享发展成果。",
    "“我们将{goals2},让群众{after}。”{subject}相关负责人说。",
)
QUOTES = ("“以前{before},现在{after}。”{who}说。", "{who}告诉记者:“现在{after},真要感谢党委政府。”")
# Fillers about any subject first; the last two only suit a place.
FILLERS = (
    "为{purpose},{subject}{method},{goals2}。同时,{method},{goal},{outcome}。",
    "“这项工作{importance},我们必须{goals2}。”{subject}主要负责人说,接下来将{goals2},确保{ensure}。",
    "在推进过程中,{subject}{goals2},{method}。截至目前,{outcomes2}。",
    "{subject}地处山区,{challenges2}。面对困难,当地干部群众{goals2},{outcome}。",
    "如今走进{subject},{views2}。这背后,是{subject}{goals2}的不懈努力。",
)
PLACE_ONLY_FILLERS = 2
FILLER_MORE = "{also},{subject}{goals3},{outcome}。"
HISTORY = "早在{since}年,{subject}就{method},{goals2}。{lately},{subject}{goals2},{outcome},先后获评“{honour}”等荣誉{awards}项。"


class Slots(dict):
    """Values for a template: given ones, and a fresh random draw for every other slot it names."""

    def __init__(self, rng: Random, **given: str) -> None:
        super().__init__(given)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key in ("goals2", "goals3"):
            return goals(self.rng, int(key[-1]))
        if key.endswith("2"):  # two different ones: outcomes2, challenges2, views2
            return ",".join(self.rng.sample(POOLS[key[:-2]], 2))
        return self.rng.choice(POOLS[key])


def render(rng: Random, templates: tuple[str, ...] | str, **given) -> str:
    template = templates if isinstance(templates, str) else rng.choice(templates)
    return template.format_map(Slots(rng, **given))


def goals(rng: Random, k: int) -> str:
    return ",".join(rng.sample(GOALS, k))


def speech(rng: Random, who: str, topic: str) -> str:
    """One paragraph of what a leader (or a meeting) said."""
    said = render(rng, SAYINGS, who=who, topic=topic)
    return said + render(rng, SAYING_MORE, topic=topic) if rng.random() < 0.6 else said


def background(rng: Random, subject: str) -> str:
    """A paragraph on how things have gone lately."""
    return render(rng, BACKGROUNDS, subject=subject)


def closing(rng: Random, subject: str) -> str:
    """The paragraph an article ends with: what comes next."""
    return render(rng, CLOSINGS, subject=subject)


def resident_quote(rng: Random, speaker: str) -> str:
    """A resident's before-and-after quote."""
    return render(rng, QUOTES, who=speaker)


def kicker(rng: Random) -> str:
    return " ".join(rng.sample(SLOGANS, 2))


def filler(rng: Random, subject: str, is_place: bool = True) -> str:
    """A paragraph of two or three sentences on method, setting or results, without facts."""
    text = render(rng, FILLERS if is_place else FILLERS[:-PLACE_ONLY_FILLERS], subject=subject)
    return text + render(rng, FILLER_MORE, subject=subject) if rng.random() < 0.4 else text


def history(rng: Random, subject: str, year: int) -> str:
    """A paragraph on how long this has been going on: years and counts of things, no facts."""
    return render(rng, HISTORY, subject=subject, since=str(year - rng.randint(2, 8)),
                  awards=str(rng.randint(2, 12)))
