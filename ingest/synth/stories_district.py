"""District-wide articles: meetings (会议), a department's year of work, the economy in figures,
cooperation with places outside the district (which never count), and soft news."""
from __future__ import annotations

from ingest.synth import phrases
from ingest.synth.clauses import money_clause, people_clause, project_sentence
from ingest.synth.vocabulary import COMMON_TYPES, DEPARTMENTS, OUTSIDE_SITES, OUTSIDE_TOWNS, PARTNER_DISTRICTS
from ingest.synth.writer import Story, Writer, sentence

MEETING_TOPICS = ("民生实事项目", "重点项目建设", "安全生产", "乡村振兴", "招商引资", "生态环境保护",
                  "营商环境优化", "防汛防台", "共同富裕", "平安建设")
MEETINGS = ("全区{x}工作推进会", "全区{x}工作会议", "区政府常务会议", "区委常委会会议", "全区{x}专题会")
# (headline, what happened, how it ended, whether it was a gathering people took part in)
SOFT = (
    ("学生拾金不昧 失主登门致谢", "一名初中生在{where}捡到装有现金和证件的钱包,第一时间交给了民警",
     "失主送来锦旗,感谢这份拾金不昧的善举", False),
    ("红马甲志愿者扮靓村庄", "{where}的志愿者们拿起扫帚和夹子,清理路边垃圾和卫生死角", "村庄环境焕然一新", False),
    ("村晚唱响新时代", "{where}文化礼堂里锣鼓喧天,村民们自编自演的节目轮番上演", "台下掌声笑声此起彼伏", True),
    ("全民健身热潮涌动", "{where}举行趣味运动会,村民们在拔河、跳绳等项目中一展身手", "现场加油声不断", True),
    ("书香润心田", "{where}开展读书分享会,孩子们围坐一起分享读书心得", "浓浓书香沁人心脾", True),
)


def meeting(w: Writer) -> Story:
    rng = w.rng
    topic = rng.choice(MEETING_TOPICS)
    name = rng.choice(MEETINGS).format(x=topic)
    title, chair = w.cast.leader(rng.choice(("secretary", "mayor")))
    w.para(sentence(f"{w.opening(0.9)}{name}召开", f"{title}{chair}出席会议并讲话"))
    if rng.random() < 0.35:
        towns = "、".join(w.town(t) for t in w.pick_townships(rng.choice((1, 2, 3)), any_township=True))
        w.para(f"会上,{towns}作交流发言,{rng.choice(('晒成绩、找差距', '谈做法、亮举措'))}。")
    figures = []
    if rng.random() < 0.5:
        figures.append(f"今年全区计划实施{topic}项目{w.things('个', 8, 120)}")
        figures.append(money_clause(w, "total", None))
    if rng.random() < 0.3:
        month = w.issue_date.month
        period = f"1—{month - 1}月" if month >= 3 else "去年"
        figures.append(f"{period}全区" + money_clause(w, "output", None, 2))
    if figures:
        w.para(sentence("会议通报了相关工作情况", *figures))
    w.speech(chair, topic + "工作")
    w.speech("会议", topic + "工作")
    w.speech(chair, "这项工作")
    w.talk("各地各部门", 2, 3, is_place=False)
    if rng.random() < 0.5:
        w.para(sentence("各乡镇(街道)、区级有关部门主要负责人" if rng.random() < 0.5 else "区级有关部门负责人",
                        w.people("共{n}参加会议", "人", "participants", None, 40, 400)))
    main = f"{name}召开"
    return w.finish(w.head(main, subtitle=f"{chair}出席并讲话"))


def department(w: Writer) -> Story:
    rng = w.rng
    ptype = rng.choice(COMMON_TYPES)
    dept = DEPARTMENTS[ptype]
    w.para(f"{w.opening(0.3, ongoing=True)}{dept}聚焦民生实事项目,{phrases.goals(rng, 2)},",
           f"{rng.choice(phrases.OUTCOMES)}。")
    totals = [f"全区共实施{ptype}类民生项目{w.things('个', 5, 60)}", money_clause(w, "total", None)]
    if rng.random() < 0.6:
        totals.append(people_clause(w, "beneficiaries", None))
    w.para(sentence("据统计,今年以来", *totals))
    said, _ = project_sentence(w, ptype, status="pick")
    w.para(rng.choice(("其中,", "作为重点工程,")), said)
    if rng.random() < 0.5:
        town = w.pick_townships(1)[0]
        village = w.pick_villages(town)[0]
        example, _ = project_sentence(w, ptype, None, village)
        w.para(f"在{w.town(town)},", example, phrases.resident_quote(rng, f"村民{w.person()}"))
    w.para(phrases.background(rng, dept))
    w.talk(dept, 3, 4, is_place=False)
    w.para(phrases.closing(rng, dept))
    main = rng.choice((f"{dept}:民生实事件件有回音", f"{dept}多措并举补齐民生短板", f"{ptype}民生实事交出高分答卷"))
    return w.finish(w.head(main, subtitle=f"——{phrases.goals(rng, 1)} {phrases.goals(rng, 1)}"))


def economy(w: Writer) -> Story:
    rng = w.rng
    month = w.issue_date.month
    period = f"1—{month - 1}月" if month >= 3 else "去年"
    w.para(sentence(f"{w.opening(0.2)}记者从区统计局获悉,{period}全区经济运行稳中有进",
                    "主要指标增速好于预期"))
    rows = [w.money(rng.choice(("规上工业总产值{m}", "实现规上工业产值{m}")), "output", None, 5e8, 2e10),
            f"同比增长{w.figure('percent')}"]
    if rng.random() < 0.5:
        rows.insert(0, w.money("实现地区生产总值{m}", "output", None, 1e9, 3e10, allow_range=False))
    w.para(sentence(f"{period},全区" + rows[0], *rows[1:]))
    retail = w.money("社会消费品零售总额{m}", "sales", None, 5e8, 9e9)
    w.para(sentence(retail, f"固定资产投资同比增长{w.figure('percent')}"))
    income = w.money(rng.choice(("农村居民人均可支配收入{m}", "城镇居民人均可支配收入{m}")), "income", None, 2e4, 7e4,
                     allow_range=False)
    w.para(sentence(f"民生方面,{income}", "增幅位居全市前列"))
    w.para(phrases.background(rng, "全区"))
    w.talk("各地各部门", 4, 5, is_place=False)
    main = rng.choice((f"{period}全区经济运行稳中有进", "全区经济运行开局良好", "主要经济指标稳步回升"))
    return w.finish(w.head(main, kicker="拼经济 稳增长"))


def cooperation(w: Writer) -> Story:
    rng = w.rng
    partner = rng.choice(PARTNER_DISTRICTS)
    w.para(sentence(f"{w.opening(0.8)}{partner}党政代表团来衢江考察山海协作工作", "双方召开座谈会,签订新一轮合作协议"))
    if rng.random() < 0.6:
        town = w.pick_townships(1)[0]
        village = w.pick_villages(town)[0]
        w.para(f"代表团一行先后来到{w.village(village, with_town=True)}、山海协作产业园等地,",
               f"详细了解{rng.choice(('飞地项目', '消薄项目', '共富工坊'))}运营情况。")
    w.para(sentence(f"据介绍,自结对以来,双方共同谋划实施协作项目{w.things('个', 5, 60)}",
                    money_clause(w, "total", None)))
    sites = rng.sample(OUTSIDE_SITES, 2)
    w.para(f"此前,衢江还组织干部赴{rng.choice(OUTSIDE_TOWNS)}、{sites[0]}、{sites[1]}等地学习考察,",
           f"{phrases.goals(rng, 2)}。")
    w.talk("双方", 3, 4, is_place=False)
    w.speech("双方", "山海协作")
    main = rng.choice(("山海协作结硕果 携手共富谱新篇", f"{partner}党政代表团来衢考察", "山海携手 共富同行"))
    return w.finish(w.head(main))


def soft_news(w: Writer) -> Story:
    rng = w.rng
    main, happening, ending, gathering = rng.choice(SOFT)
    town = w.pick_townships(1)[0] if rng.random() < 0.5 else None
    if town:
        where = w.village(w.pick_villages(town)[0], with_town=rng.random() < 0.5)
    else:
        where = rng.choice(("城区一家超市门口", "城区一处小区", "衢江公园", "区文化中心"))
    w.para(f"{w.opening(0.4)}{happening.format(where=where)},{ending}。")
    if gathering and rng.random() < 0.5:
        w.para(sentence(w.people("活动吸引{n}群众参与", "名", "participants", town, 30, 800),
                        f"年龄最大的已有{w.figure('age').replace('以上', '')}"))
    w.para(phrases.resident_quote(rng, f"市民{w.person()}"))
    w.para(f"据了解,这已是{w.issue_date.year}年以来此类活动的第{w.things('场', 2, 30)}。"
           if rng.random() < 0.5 else phrases.closing(rng, "社区"))
    return w.finish(w.head(main))
