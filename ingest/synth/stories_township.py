"""Articles about townships: a leader's visit (督查调研), project building (项目建设) and
livelihood services (民生服务)."""
from __future__ import annotations

from typing import NamedTuple

from ingest.synth import phrases
from ingest.synth.clauses import PEOPLE_RANGES, money_clause, people_clause, project_sentence
from ingest.synth.figures import chinese
from ingest.synth.vocabulary import COMMON_TYPES, PRODUCT_PLACES, PRODUCTS, SCENES, VISIT_TOPICS
from ingest.synth.writer import Story, Writer, sentence

VISITORS = ("secretary", "mayor", "executive", "vice_mayor", "congress", "deputy_secretary")
# What a project of each type adds besides money: figures that are not facts.
SIZES = {
    "交通": ("道路全长{length}", "桥面将拓宽至{length}"), "水利": ("总库容{volume}", "新建堤防{length}"),
    "养老": ("占地面积约{floor}", "可为{age}老年人提供助餐服务"), "医疗卫生": ("建筑面积{floor}",),
    "教育": ("可新增学位{places}",), "文化旅游": ("建筑面积{floor}",), "产业发展": ("年加工农产品{weight}",),
    "农业农村": ("涉及耕地{land}",), "生态环境": ("新铺设污水管网{length}",), "住房安居": ("惠及农房{houses}",),
}
STATUS_HEADS = {"planned": ("即将开工", "蓄势待发"), "in_progress": ("加紧建设", "全力推进", "开工建设"),
                "completed": ("完工", "投入使用", "建成"), None: ("提上日程",)}
class Service(NamedTuple):
    """A kind of livelihood service: headlines, what the township does, what the reporter sees,
    where it happens, and how the people it reached are counted (wording, unit, people kind)."""

    ptype: str
    heads: tuple[str, ...]
    actions: tuple[str, ...]
    scenes: tuple[str, ...]
    facilities: tuple[str, ...]
    reached: tuple[tuple[str, str, str], ...]


SERVICES = (
    Service("养老", ("{t}做优助老服务", "{t}老人家门口吃上“暖心饭”", "{t}织密居家养老服务网"),
            ("着力提升居家养老服务能力", "推进老年助餐服务全覆盖"), ("志愿者们正在为老人分餐", "老人们围坐在一起吃午饭"),
            ("老年食堂", "助餐服务点"),
            (("累计服务老年人{n}", "人次", "beneficiaries"), ("为{n}老人提供助餐服务", "位", "beneficiaries"))),
    Service("医疗卫生", ("{t}送医送药到家门口", "{t}家庭医生签约服务暖民心"),
            ("开展送医下乡活动", "组建家庭医生团队定期上门服务"), ("医护人员正在为村民免费义诊", "医生正在为老人测量血压"),
            ("村卫生室", "健康小屋"),
            (("累计服务群众{n}", "人次", "beneficiaries"), ("签约服务{n}", "户", "beneficiaries"))),
    Service("就业与社保", ("{t}搭建家门口就业平台", "{t}“零工市场”帮群众找活干"),
            ("推出就业帮扶“暖心套餐”", "打通就业服务“最后一公里”"), ("求职者正在咨询招聘信息", "工作人员正在为群众登记求职意向"),
            ("就业服务驿站",),
            (("帮助{n}群众实现就近就业", "名", "employment"), ("累计服务求职者{n}", "人次", "beneficiaries"))),
    Service("法治与基层治理", ("{t}矛盾纠纷就地化解", "{t}“枫桥经验”结新果"),
            ("深化矛盾纠纷多元化解", "推进基层治理体系建设"), ("调解员正在耐心倾听村民诉求", "网格员正在走访入户"),
            ("矛盾调解室", "共享法庭"),
            (("服务群众{n}", "人次", "beneficiaries"), ("惠及群众{n}", "人", "beneficiaries"))),
)


def sizes(w: Writer, ptype: str) -> str:
    template = w.rng.choice(SIZES[ptype])
    return template.format(length=w.figure("length"), volume=w.figure("volume"), floor=w.figure("floor"),
                           land=w.figure("land"),
                           age=w.figure("age"), weight=w.figure("weight"), places=w.things("个", 90, 600),
                           houses=w.things("幢", 10, 200))


def visit(w: Writer) -> Story:
    rng = w.rng
    title, leader = w.cast.leader(rng.choice(VISITORS))
    towns = w.pick_townships(rng.choice((1, 1, 2, 2, 3)))
    topic = rng.choice(VISIT_TOPICS)
    act = rng.choice(("调研", "督查", "专题调研", "实地督查"))
    names = "、".join(w.town(t) for t in towns)
    lead = f"{w.opening(0.8)}{title}{leader}{rng.choice(('深入', '先后来到', '赴'))}{names}{act}{topic}"
    company = rng.choice((f"区领导{'、'.join(w.cast.district_leaders(rng, rng.choice((1, 2))))}参加。",
                          "区级有关部门负责人陪同。", ""))
    w.para(sentence(lead, rng.choice(("现场协调解决困难问题", "听取意见建议", "推动各项工作落地见效"))) + company)
    for town in towns:
        rng.choice((visit_project, visit_industry, visit_service))(w, town, leader)
    if len(towns) == 1:
        w.talk(w.town(towns[0]), 2, 3)
    else:
        w.talk("各乡镇(街道)", 2, 3, is_place=False)
    w.speech(leader, topic)
    w.speech(leader, "这项工作")
    main = rng.choice((f"{leader}到{towns[0].name}{act}{topic}", f"{leader}{act}{topic}",
                       f"{leader}赴基层{act}{topic}"))
    return w.finish(w.head(main, subtitle=f"——{phrases.goals(rng, 1)} {phrases.goals(rng, 1)}"))


def visit_project(w: Writer, town, leader: str) -> None:
    rng = w.rng
    village = w.pick_villages(town)[0] if rng.random() < 0.7 else None
    place = w.village(village, with_town=rng.random() < 0.5) if village else w.town(town)
    said, _ = project_sentence(w, rng.choice(COMMON_TYPES), town if not village else None, village)
    look = rng.choice(("实地察看项目建设进展", "详细了解项目推进情况", "仔细询问工程质量和进度"))
    w.para(f"在{place},{leader}{look}。", said, f"{leader}要求,要{phrases.goals(rng, 2)}。")


def visit_industry(w: Writer, town, leader: str) -> None:
    rng = w.rng
    village = w.pick_villages(town)[0]
    base = f"{w.village(village)}{rng.choice(PRODUCTS)}{rng.choice(PRODUCT_PLACES)}"
    figures = [money_clause(w, rng.choice(("sales", "output")), town, 0.2)]
    if rng.random() < 0.5:
        figures.append(people_clause(w, "employment", town))
    w.para(f"走进{base},{leader}详细了解产品销售和带动增收情况。", sentence("今年以来,基地" + figures[0], *figures[1:]))


def visit_service(w: Writer, town, leader: str) -> None:
    rng = w.rng
    center = rng.choice(("便民服务中心", "社会治理中心", "党群服务中心"))
    served = w.people(rng.choice(("中心已累计服务群众{n}", "中心服务群众{n}")), "人次", "beneficiaries", town,
                      500, 30000)
    w.para(f"在{w.town(town)}{center},{leader}与工作人员亲切交流,", f"了解到今年以来{served}。",
           f"{leader}指出,要{phrases.goals(rng, 2)}。")


def project_news(w: Writer) -> Story:
    rng = w.rng
    town = w.pick_townships(1)[0]
    count = rng.choice((1, 2, 2, 3))
    villages = w.pick_villages(town, count)
    types = rng.sample(COMMON_TYPES, count)
    statuses = []
    opening = w.opening(0.5, ongoing=True)
    w.para(f"{opening}{w.town(town)}{rng.choice(('加快推进', '全力推进', '扎实推进'))}民生实事项目建设,",
           f"{phrases.goals(rng, 2)},{rng.choice(phrases.OUTCOMES)}。")
    w.talk(w.town(town) if rng.random() < 0.5 else w.pronoun(town), 1, 2)
    names = []
    for ptype, village in zip(types, villages):
        by_village = rng.random() < 0.75
        status = rng.choices(("planned", "in_progress", "completed", None), (20, 40, 35, 5))[0]
        statuses.append(status)
        if status == "in_progress" and by_village and rng.random() < 0.5:
            w.para(f"在{w.village(village)},{rng.choice(SCENES)},",
                   w.people("{n}工人正在施工作业。", "名", "other", town, 8, 40, optional=True))
        said, name = project_sentence(w, ptype, None if by_village else town, village if by_village else None,
                                      status)
        names.append(name)
        when = "据介绍," if status == "completed" else rng.choice(("据介绍,", "项目建成后,"))
        extra = sentence(when + sizes(w, ptype)) if rng.random() < 0.6 else ""
        w.para(rng.choice(("据了解,", "记者了解到,", "")) + said + extra)
        if rng.random() < 0.4:
            w.para(phrases.resident_quote(rng, f"{w.village(village)}村民{w.person()}"))
    if rng.random() < 0.5:
        w.para(phrases.history(rng, w.pronoun(town), w.issue_date.year))
    w.talk(w.pronoun(town), 2, 3)
    w.para(phrases.closing(rng, w.pronoun(town)))
    if count == 1:
        main = f"{names[0]}{rng.choice(STATUS_HEADS[statuses[0]])}"
    else:
        main = f"{town.name}{'两' if count == 2 else chinese(count)}个民生项目{rng.choice(('加速推进', '齐头并进', '稳步推进'))}"
    if len(main) > 30:
        main = f"{town.name}民生实事项目{rng.choice(('加速推进', '跑出加速度', '件件落地'))}"
    return w.finish(w.head(main, subtitle=f"——{phrases.kicker(rng)}"))


def livelihood(w: Writer) -> Story:
    rng = w.rng
    service = rng.choice(SERVICES)
    town = w.pick_townships(1)[0]
    village = w.pick_villages(town)[0]
    w.para(f"{w.opening(0.4, ongoing=True)}{w.town(town)}{rng.choice(service.actions)},",
           f"{phrases.goals(rng, 2)},让群众{rng.choice(phrases.AFTER)}。")
    w.talk(w.town(town) if rng.random() < 0.5 else w.pronoun(town), 1, 2)
    site = f"{w.village(village)}{rng.choice(service.facilities)}"
    scene = f"近日,在{site},{rng.choice(service.scenes)}。"
    w.project(scene, site, service.ptype, None, town, optional=True)
    w.para(scene)
    template, unit, kind = rng.choice(service.reached)
    low, high = PEOPLE_RANGES[unit]
    counted = [w.people(template, unit, kind, town, low, high)]
    if rng.random() < 0.5:
        counted.append(w.money("累计投入资金{m}", "investment", town, 5e4, 3e6))
    if service.ptype == "养老" and rng.random() < 0.4:
        counted.append(f"其中{w.figure('age')}老人占比超过{w.figure('percent')}")
    w.para(sentence(f"据{w.pronoun(town)}相关负责人介绍,今年以来", *counted))
    if rng.random() < 0.6:
        w.para(phrases.resident_quote(rng, f"{w.village(village)}村民{w.person()}"))
    if rng.random() < 0.5:
        w.para(phrases.history(rng, w.pronoun(town), w.issue_date.year))
    if rng.random() < 0.5:
        other = w.pick_villages(town)[0]
        said, _ = project_sentence(w, service.ptype, None, other, rng.choice(("completed", "in_progress", "planned")))
        w.para("与此同时,", said)
    w.talk(w.pronoun(town), 2, 3)
    w.para(phrases.closing(rng, w.pronoun(town)))
    main = rng.choice(service.heads).format(t=town.name)
    return w.finish(w.head(main, subtitle=f"——{rng.choice(service.actions)}"))
