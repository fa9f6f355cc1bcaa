"""Articles about the economy and skills: village industries and firms (产业经济) with output, sales
and income, and training (培训学习) with participants, often on study trips outside the district."""
from __future__ import annotations

from ingest.synth import phrases
from ingest.synth.clauses import money_clause, people_clause, project_sentence
from ingest.synth.vocabulary import (FIRM_HEADS, FIRM_TAILS, ORGANISATIONS, OUTSIDE_SITES, OUTSIDE_TOWNS,
                                     PRODUCT_PLACES, PRODUCTS)
from ingest.synth.writer import Story, Writer, sentence

HARVEST = ("村民们正忙着采摘分拣", "一派丰收繁忙景象", "工人们正在打包发货", "主播正在直播带货", "一筐筐新鲜农产品装车待运")
TRAINING_TOPICS = ("农村电商", "家政服务", "农业实用技术", "民宿管家", "村级财务管理", "电工技能", "中式烹调",
                   "直播带货", "茶叶加工技术", "养老护理", "乡村振兴", "基层治理能力提升")
TRAINEES = ("村(社区)党组织书记", "农村实用人才", "返乡创业青年", "民宿业主", "养老护理人员", "退役军人", "种养大户",
            "村级后备干部", "妇女骨干", "农创客")
LEARNED = ("学习先进村的发展经验", "考察特色产业发展", "学习基层治理好做法", "观摩乡村运营模式")


def village_industry(w: Writer) -> Story:
    rng = w.rng
    town = w.pick_townships(1)[0]
    village = w.pick_villages(town)[0]
    product = rng.choice(PRODUCTS)
    base = f"{w.village(village, with_town=rng.random() < 0.6)}的{product}{rng.choice(PRODUCT_PLACES)}"
    w.para(f"{w.opening(0.4, ongoing=True)}在{base},{rng.choice(HARVEST)}。")
    w.talk("该村", 1, 2)
    speaker = f"{w.village(village)}党支部书记{w.person()}"
    facts = [money_clause(w, rng.choice(("sales", "sales", "output")), town, 0.1)]
    if rng.random() < 0.5:
        facts.append(f"{product}年产量{w.figure('weight')}")
    w.para(f"{speaker}告诉记者,今年以来,", sentence(f"基地种植面积{w.figure('land')}", *facts))
    gains = [money_clause(w, "income", town)]
    if rng.random() < 0.6:
        gains.append(people_clause(w, "employment", town))
    rng.shuffle(gains)
    w.para(sentence(f"{product}产业{rng.choice(('不仅', '既'))}鼓起了村民的“钱袋子”", *gains))
    if rng.random() < 0.5:
        w.para(phrases.history(rng, "该村", w.issue_date.year))
    w.talk("该村", 2, 3)
    if rng.random() < 0.4:
        places = rng.sample(OUTSIDE_TOWNS, 2)
        w.para(f"如今,这里的{product}通过电商平台远销{places[0]}、{places[1]}等地,供不应求。")
    if rng.random() < 0.5:
        said, _ = project_sentence(w, "产业发展", None, village, rng.choice(("planned", "in_progress")))
        w.para("为进一步延长产业链,", said)
    w.para(phrases.closing(rng, w.pronoun(town)))
    main = rng.choice((f"{village.name}{product}产业“链”出共富路", f"{town.name}{product}卖出好价钱",
                       f"小小{product}富了{village.name}", f"{town.name}:{product}飘香富农家"))
    return w.finish(w.head(main, subtitle=f"——{town.name}发展特色产业见闻"))


def firm(w: Writer) -> Story:
    rng = w.rng
    name = f"浙江{rng.choice(FIRM_HEADS)}{rng.choice(FIRM_TAILS)}"
    town = w.pick_townships(1)[0] if rng.random() < 0.5 else None
    where = f"位于{w.town(town)}的" if town else "落户衢江经济开发区的"
    w.para(f"{w.opening(0.5, ongoing=True)}在{where}{name}生产车间内,机器轰鸣,",
           "工人们正在流水线上紧张忙碌,一派繁忙景象。")
    facts = [money_clause(w, "output", town, 0.5)]
    if rng.random() < 0.6:
        facts.append(money_clause(w, "sales", town))
    month = w.issue_date.month
    period = f"今年1至{month - 1}月" if month >= 3 else "去年"
    w.para(sentence(f"企业负责人介绍,{period},企业" + facts[0], *facts[1:]))
    if rng.random() < 0.6:
        w.para(sentence(f"企业{rng.choice(('新上', '投资建设'))}的智能化生产线已投入运行",
                        f"生产效率提升{w.figure('percent')}", people_clause(w, "employment", town)))
    if rng.random() < 0.5:
        w.para(sentence("今年,企业" + w.money("投资{m}", "investment", town, 1e6, 2e8), "实施技术改造"))
    w.talk("企业", 4, 5, is_place=False)
    w.para(f"企业负责人表示,下一步将{phrases.goals(rng, 2)},{rng.choice(phrases.GOALS)}。")
    main = rng.choice((f"{name}跑出发展加速度", "企业生产忙 开局势头足", "技改赋能 企业产值稳步攀升"))
    return w.finish(w.head(main, kicker=rng.choice(("拼经济 促发展", "项目为王 实干争先"))))


def training(w: Writer) -> Story:
    rng = w.rng
    organiser = rng.choice(ORGANISATIONS)
    topic = rng.choice(TRAINING_TOPICS)
    trainees = rng.choice(TRAINEES)
    year = w.issue_date.year
    host = w.pick_townships(1)[0] if rng.random() < 0.5 else None
    place = f"在{w.town(host)}" if host else ""
    lead = f"{w.opening(0.7)}{organiser}{place}举办{year}年{topic}培训班"
    # Trainees of a class held in a township count for it; a district-wide intake does not.
    wording = "{n}" + trainees + "参加培训" if host else rng.choice(("{n}", "全区{n}")) + trainees + "参加"
    attended = w.people(wording, "名", "participants", host, 30, 400)
    w.para(sentence(lead, attended))
    w.para(f"培训采取“理论授课+现场教学”相结合的方式,{phrases.goals(rng, 2)}。")
    w.talk(organiser, 4, 5, is_place=False)
    if rng.random() < 0.6:
        trip = [*rng.sample(OUTSIDE_TOWNS, 2), rng.choice(OUTSIDE_SITES)]
        w.para(f"学员们还前往{'、'.join(trip)}等地,{rng.choice(LEARNED)},",
               f"纷纷表示要把好经验带回去,{rng.choice(phrases.GOALS)}。")
    if rng.random() < 0.5:
        town = w.pick_townships(1)[0]
        village = w.pick_villages(town)[0]
        w.para(f"“这次培训很实用,{rng.choice(phrases.AFTER)}。”来自{w.village(village, with_town=True)}的学员"
               f"{w.person()}说。")
    totals = [people_clause(w, "participants", None)]
    if rng.random() < 0.4:
        totals.append(w.money("发放培训补贴{m}", "other", None, 2e4, 8e5))
    if rng.random() < 0.4:
        totals.append(w.people("{n}学员取得职业技能等级证书", "名", "other", None, 10, 300, optional=True))
    w.para(sentence(f"据悉,今年以来{organiser}已举办各类培训{w.things('期', 3, 40)}", *totals))
    main = rng.choice((f"{organiser}举办{topic}培训班", f"“{topic}”培训送到群众身边", f"{trainees}充电赋能"))
    return w.finish(w.head(main, subtitle=f"——{rng.choice(LEARNED)}"))
