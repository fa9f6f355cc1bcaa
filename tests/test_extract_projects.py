"""Project names and statuses in invented sentences: forms beyond a facility word with a place."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.model import Article

ISSUE_DATE = date(2024, 4, 12)


def projects(body: str) -> list[tuple]:
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer()).projects
    return [(p.name, p.project_type, p.status) for p in found]


@pytest.mark.parametrize("body, expected", [
    # An ordinal says which one, as a phase does.
    ("城区第三实验小学扩建工程已于3月开工。", ("城区第三实验小学扩建工程", "教育", "in_progress")),
    # A facility inside a works name, the district as its owner.
    ("区社会福利院改造工程近日完工。", ("区社会福利院改造工程", "养老", "completed")),
    # A name with a time of day in it.
    ("莲花镇西山下村四点半课堂正式启用。", ("莲花镇西山下村四点半课堂", "教育", "completed")),
    # Works ending a name without 工程, in a sentence with no facility word.
    ("今年全区计划实施农村危房改造80户。", ("农村危房改造", "住房安居", "planned")),
    # A road section assembled across 的 with the works done to it; the ends of a route across 的.
    ("明年将启动灰坪乡至大洲镇交界路段的拓宽改造。", ("灰坪乡至大洲镇交界路段拓宽改造", "交通", "planned")),
    ("廿里镇至湖南镇的城乡公交线路正式开通。", ("廿里镇至湖南镇城乡公交线路", "交通", "completed")),
    # A quoted name, then the facility it is.
    ("“幸福里”邻里中心近日投入使用。", ("“幸福里”邻里中心", "其他", "completed")),
    ("“浙里康养”服务中心在周家乡投入运营。", ("“浙里康养”服务中心", "养老", "completed")),
    # A quoted name keeps its verb; a works verb before it is not a place (jieba knows 新建 as a county).
    ("上坪村的“共享书房”正式启用。", ("“共享书房”", "文化旅游", "completed")),
    ("全旺镇新建“邻里食堂”于近日开业。", ("“邻里食堂”", "养老", "completed")),
    # A canteen or a campus is of whatever it belongs to; 开园 ends in 园 but is no name.
    ("大洲镇中心小学食堂改造工程已完工。", ("大洲镇中心小学食堂改造工程", "教育", "completed")),
    ("廿里镇中心幼儿园新园区开园。", ("廿里镇中心幼儿园新园区", "教育", "completed")),
    # So is a clean-up, but not to a single character inside a stream's name.
    ("大洲镇小流域综合治理工程已完工。", ("大洲镇小流域综合治理工程", "水利", "completed")),
    ("双桥乡龙桥溪综合治理工程已完工。", ("双桥乡龙桥溪综合治理工程", "生态环境", "completed")),
    # Statuses said with 完成: the works done, or a share of them.
    ("中央徐村的安仁水库完成除险加固。", ("安仁水库除险加固", "水利", "completed")),
    ("高家镇污水管网改造工程目前已完成工程量的七成。", ("高家镇污水管网改造工程", "生态环境", "in_progress")),
    ("高家镇污水管网改造工程已完成80%。", ("高家镇污水管网改造工程", "生态环境", "in_progress")),
    ("区妇幼保健院迁建工程已完成前期设计,将于11月启动建设。", ("区妇幼保健院迁建工程", "医疗卫生", "planned")),
    # Openings and inspections said in other words.
    ("樟潭街道“红色驿站”正式揭牌。", ("樟潭街道“红色驿站”", "其他", "completed")),
    ("杜泽镇非遗展示馆开馆迎客。", ("杜泽镇非遗展示馆", "文化旅游", "completed")),
    ("大洲镇污水处理站提升改造工程顺利通过验收。", ("大洲镇污水处理站提升改造工程", "生态环境", "completed")),
    ("湖南镇破石村便民桥改建工程已进入收尾阶段。", ("湖南镇破石村便民桥改建工程", "交通", "in_progress")),
    # A plan of money is not a plan of the works.
    ("高家镇文化礼堂改造工程已列入民生实事项目,计划总投资48万元。", ("高家镇文化礼堂改造工程", "文化旅游", None)),
    # What people now have from the works says they are done.
    ("灰坪乡饮水提升工程让2000多名山区群众喝上了放心水。", ("灰坪乡饮水提升工程", "水利", "completed")),
    # Quoted programmes with a kind and a status of their own; bus routes.
    ("岭洋乡“爱心助餐”服务正式启动。", ("岭洋乡“爱心助餐”服务", "养老", "in_progress")),
    ("高家镇“暖心托管”服务在镇中心小学开班。", ("高家镇“暖心托管”服务", "教育", "in_progress")),
    ("区卫健局将于5月启动“两癌”筛查。", ("“两癌”筛查", "医疗卫生", "planned")),
    ("3路公交专线已开通运营。", ("3路公交专线", "交通", "completed")),
    ("K21路公交延伸线将于6月开通。", ("K21路公交延伸线", "交通", "planned")),
    # A road's number after its class; a quoted name after the facility it belongs to.
    ("国道46复线衢江段改建工程将于年内开工。", ("国道46复线衢江段改建工程", "交通", "planned")),
    ("衢江区第一中学“智慧校园”项目完成建设。", ("衢江区第一中学“智慧校园”项目", "教育", "completed")),
    # The issue's own year before a name is an edition, not a deadline.
    ("2024年岭洋乡“爱心助餐”服务近日启动。", ("岭洋乡“爱心助餐”服务", "养老", "in_progress")),
    # A common facility noun with a place and a status; a topped-out structure is under way.
    ("莲花镇游客中心上月投入使用。", ("莲花镇游客中心", "文化旅游", "completed")),
    ("上方镇中心卫生院改扩建工程主体结顶。", ("上方镇中心卫生院改扩建工程", "医疗卫生", "in_progress")),
    ("高家镇中心卫生院改扩建工程主体完工。", ("高家镇中心卫生院改扩建工程", "医疗卫生", "in_progress")),
    ("岭洋乡敬老院迁建工程主体已封顶。", ("岭洋乡敬老院迁建工程", "养老", "in_progress")),
    ("莲花镇党群服务中心改建工程结顶。", ("莲花镇党群服务中心改建工程", "法治与基层治理", "in_progress")),
    # The new part of a facility (A新建的B) is named with the facility.
    ("大洲镇中心小学新建的教学综合楼已完成主体施工。", ("大洲镇中心小学教学综合楼", "教育", "in_progress")),
    ("廿里镇卫生院新建的门诊楼将于年底投入使用。", ("廿里镇卫生院门诊楼", "医疗卫生", "planned")),
    ("大洲镇新建的垃圾中转站已投入使用。", ("大洲镇垃圾中转站", "生态环境", "completed")),
    # Its investment right after the name.
    ("湖南镇山区公路提升工程总投资1.2亿元,计划年底完工。", ("湖南镇山区公路提升工程", "交通", "planned")),
    # A township's batch of one kind of facility, counted: named by the kind.
    ("今年以来,全旺镇建成来料加工点15个,带动300余人就业。", ("来料加工点", "产业发展", "completed")),
    ("今年,后溪镇改造公交候车亭40个,已全部投入使用。", ("后溪镇公交候车亭", "交通", "completed")),
    ("峡川镇新开通的2条城乡公交线路正式运营。", ("城乡公交线路", "交通", "completed")),
])
def test_projects(body, expected):
    assert projects(body) == [expected]


def test_a_count_after_the_completion_word_is_progress_not_completion():
    assert projects("湖南镇农房改造已完工42户。") == [("湖南镇农房改造", "住房安居", "in_progress")]


def test_the_next_sentence_reports_progress_of_the_project_named_before():
    body = "今年,峡川镇计划完成农村危旧房改造60户。截至目前,已完工40户,其余正在施工。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "in_progress")]


def test_progress_in_another_paragraph_is_not_the_project_s():
    body = "今年,峡川镇计划完成农村危旧房改造60户。\n截至目前,全镇已完工40户。"
    assert projects(body) == [("农村危旧房改造", "住房安居", "planned")]


@pytest.mark.parametrize("body", [
    "区人社局开通“一站式”服务窗口。",  # a way of working: no kind of project in the name
    "我区全面推行“最多跑一次”服务,已惠及群众2万人次。",
    "“暖心托管”服务受到家长欢迎,全镇学校均已建成食堂。",  # the status is another clause's
    "游客乘坐12路公交车前来参观新建成的文化礼堂。",  # a bus ride, and a venue without a name
    "“千万工程”建设项目已全面启动。",  # the works of a quoted programme
    "区领导强调,要加快推进旧城改造。",  # asked for, not done
    "区中医院开通“急救绿色通道”。",  # the hospital opened something else
    "区人民医院开通24小时咨询专线。",
    "12345热线开通“企业专线”。",  # a telephone line, not a bus line
    "今年以来,区卫健局提升项目谋划质量,推进工作落实。",  # a bureau improving its planning
    "区市场监管局推进产业融合发展。",  # 市场 names the bureau
    "全区新建公交候车亭40个。",  # a kind counted across the district
])
def test_not_projects(body):
    assert projects(body) == []


@pytest.mark.parametrize("body, name", [
    ("我区“快乐托管”服务在后溪镇中心小学开班。", "“快乐托管”服务"),
    ("衢江区“爱心助餐”服务在樟潭街道文化礼堂启动。", "衢江区“爱心助餐”服务"),
])
def test_a_programme_the_district_runs_has_no_township_whatever_the_venue(body, name):
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer()).projects
    assert [(p.name, p.township_id) for p in found] == [(name, None)]


def test_a_name_does_not_open_with_a_township_and_what_it_does():
    found = projects("湖南镇依托破石村古村资源建设的乡村旅游服务中心已投入使用。")
    assert all(not name.startswith("湖南镇依托") for name, _, _ in found)
    found = projects("莲花镇利用闲置校舍改建的西山下村文化礼堂已投入使用。")
    assert [name for name, _, _ in found] == ["西山下村文化礼堂"]


def test_one_project_said_twice_in_other_words_is_one_project():
    body = "太真乡山区公路提升工程正在加紧施工。该乡山区旅游公路建设项目计划年底完工。"
    assert [name for name, _, _ in projects(body)] == ["太真乡山区公路提升工程"]


def test_projects_of_one_kind_in_different_places_stay_apart():
    body = "上棠村公路改造工程已完工。上棠村至东华村公路改造工程正在施工。"
    assert len(projects(body)) == 2


def test_a_route_with_an_end_in_no_known_township_belongs_to_none():
    body = "区交通运输局投入4亿6千万元,实施峡川至大洲公路改造。"
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer())
    assert [(p.name, p.township_id) for p in found.projects] == [("峡川至大洲公路改造", None)]
    assert [(m.amount_yuan, m.township_id) for m in found.money] == [(460_000_000, None)]
    body = "岭洋乡溪东村至遂昌县交界路段拓宽工程已开工。"  # the other end is outside the district
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer())
    assert [p.township_id for p in found.projects] == ["330803218"]

# Unseen shapes: facilities and programmes named by a common noun, status in the next sentence,
# tourism and road-link types. Each row: body, then (name, type, status, township) of its one project.
COMMON_NOUN_PROJECTS = [
    ("今年,杜泽镇新建高标准农田建设已完成2000亩。", ("杜泽镇高标准农田", "农业农村", "in_progress", "杜泽镇")),
    ("莲花镇智慧农业示范基地已于3月建成投用。", ("莲花镇智慧农业示范基地", "产业发展", "completed", "莲花镇")),
    ("樟潭街道家庭养老照护床位建设已完成50张。", ("樟潭街道家庭养老照护床位建设", "养老", "in_progress", "樟潭街道")),
    ("廿里镇至后溪镇城乡公交线路将于5月底前开通。", ("廿里镇至后溪镇城乡公交线路", "交通", "planned", None)),
    ("湖南镇新建5G基站已全部开通。", ("湖南镇5G基站", "其他", "completed", "湖南镇")),
    ("高家镇光纤宽带改造工程已完工。", ("高家镇光纤宽带改造工程", "其他", "completed", "高家镇")),
    ("岭洋乡村级卫生室改造已完成。", ("岭洋乡村级卫生室改造", "医疗卫生", "completed", "岭洋乡")),
    ("大洲镇农村供水站已投入使用。", ("大洲镇农村供水站", "水利", "completed", "大洲镇")),
    ("峡川镇防洪堤加固工程已开工。", ("峡川镇防洪堤加固工程", "水利", "in_progress", "峡川镇")),
    ("双桥乡游步道已建成开放。", ("双桥乡游步道", "文化旅游", "completed", "双桥乡")),
    ("上方镇停车场已投入使用。", ("上方镇停车场", "交通", "completed", "上方镇")),
    ("全旺镇新建公厕已投入使用。", ("全旺镇公厕", "生态环境", "completed", "全旺镇")),
    ("太真乡便民服务中心已正式启用。", ("太真乡便民服务中心", "法治与基层治理", "completed", "太真乡")),
    ("杜泽镇文化广场已建成。", ("杜泽镇文化广场", "文化旅游", "completed", "杜泽镇")),
    ("莲花镇篮球场已建成投用。", ("莲花镇篮球场", "文化旅游", "completed", "莲花镇")),
    ("杜泽镇初中运动场改造项目拟于12月动工。", ("杜泽镇初中运动场改造项目", "教育", "planned", "杜泽镇")),
    ("廿里镇中心幼儿园扩建工程已开工。", ("廿里镇中心幼儿园扩建工程", "教育", "in_progress", "廿里镇")),
    ("后溪镇老年食堂正式开业。", ("后溪镇老年食堂", "养老", "completed", "后溪镇")),
    ("高家镇露营基地正式开园。", ("高家镇露营基地", "文化旅游", "completed", "高家镇")),
    ("湖南镇漂流项目已开业。", ("湖南镇漂流项目", "文化旅游", "completed", "湖南镇")),
    ("杜泽镇民宿集群已建成。", ("杜泽镇民宿集群", "文化旅游", "completed", "杜泽镇")),
    ("湖南镇景区游客中心已投入使用。", ("湖南镇景区游客中心", "文化旅游", "completed", "湖南镇")),
    ("高家镇高速公路连接线已建成通车。", ("高家镇高速公路连接线", "交通", "completed", "高家镇")),
    ("樟潭街道污水管网建设正在施工。", ("樟潭街道污水管网建设", "生态环境", "in_progress", "樟潭街道")),
    ("湖南镇破石村护岸工程于5月开工。目前已完成工程量的七成。", ("湖南镇破石村护岸工程", "水利", "in_progress", "湖南镇")),
    ("湖南镇破石村护岸工程位于乌溪江畔。目前已完成工程量的七成。", ("湖南镇破石村护岸工程", "水利", "in_progress", "湖南镇")),
    ("杜泽镇篮球场总投资50万元。目前已建成。", ("杜泽镇篮球场", "文化旅游", "completed", "杜泽镇")),
    ("峡川镇东坪村新建停车场一处,可停放车辆80辆,已投入使用。", ("峡川镇东坪村停车场", "交通", "completed", "峡川镇")),
    ("黄坛口乡坑口村村级卫生室于近日改造完成。", ("黄坛口乡坑口村村级卫生室", "医疗卫生", "completed", "黄坛口乡")),
    ("周家乡5G基站建设已全部完成。", ("周家乡5G基站", "其他", "completed", "周家乡")),
    ("黄坛口乡坑口村农村供水站改造工程已完成。", ("黄坛口乡坑口村农村供水站改造工程", "水利", "completed", "黄坛口乡")),
    ("周家乡文化礼堂提升改造工程总投资60万元,目前已全部完成。", ("周家乡文化礼堂提升改造工程", "文化旅游", "completed", "周家乡")),
    ("云溪乡游步道建设项目正在施工,路基部分已完成。", ("云溪乡游步道建设项目", "文化旅游", "in_progress", "云溪乡")),
    ("莲花镇便民服务中心改造工程总投资90万元,土建部分已完成。", ("莲花镇便民服务中心改造工程", "法治与基层治理", None, "莲花镇")),
    # A facility said with what it is for needs no place when its own clause reports it; the
    # township is the article's.
    ("湖南镇依托古村资源,目前游客服务中心已建成。", ("游客服务中心", "文化旅游", "completed", "湖南镇")),
    ("新建成的智慧农业示范工厂已投入使用。", ("智慧农业示范工厂", "农业农村", "completed", None)),
    # 这间 is cut 这/间, and 里 after a name is where, not part of it.
    ("周末,峡川镇东坪村农家书屋里坐满了读者。这间书屋今年完成提升改造。",
     ("峡川镇东坪村农家书屋", "文化旅游", "completed", "峡川镇")),
    ("峡川镇东坪村党群服务中心今年迎来改造。这家服务中心已于10月完工。",
     ("峡川镇东坪村党群服务中心", "法治与基层治理", "completed", "峡川镇")),
    # The stretch at a village, its length after the name, and a share of the main works done.
    ("峡川镇东坪村段防洪堤工程全长1.8公里,目前已完成主体工程的六成。",
     ("峡川镇东坪村段防洪堤工程", "水利", "in_progress", "峡川镇")),
    # The bare works as the next sentence's subject.
    ("峡川镇东坪村停车场改造工程于3月开工。工程已于近日完工。", ("峡川镇东坪村停车场改造工程", "交通", "completed", "峡川镇")),
    # A batch newly built and counted.
    ("全区新建和改造公交候车亭40个,目前已全部投入使用。", ("公交候车亭", "交通", "completed", None)),
    # A route from a township to a common end (城区) across 的: the township's, as the gold rounds have it.
    ("峡川镇至城区的公交线路本月正式开通。", ("峡川镇至城区公交线路", "交通", "completed", "峡川镇")),
    # The works done to what 对 names.
    ("明年将对高家镇的老旧供水管网进行改造,力争年底前完工。", ("老旧供水管网改造", "水利", "planned", "高家镇")),
    # Built, in the past tense; an untagged adverb after a name.
    ("莲花镇打造了西山下村露营基地。", ("西山下村露营基地", "文化旅游", "completed", "莲花镇")),
    ("樟潭街道农贸市场重新开门迎客。", ("樟潭街道农贸市场", "其他", "completed", "樟潭街道")),
]


@pytest.mark.parametrize("body, expected", COMMON_NOUN_PROJECTS)
def test_projects_named_by_a_common_noun(body, expected):
    gazetteer = load_gazetteer()
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, gazetteer).projects
    names = {t.township_id: t.name for t in gazetteer.townships}
    assert [(p.name, p.project_type, p.status, names.get(p.township_id)) for p in found] == [expected]


# Near misses: counts of existing things, plans in general terms, facilities as venues, and a
# bare 完成 said of something other than the works.
@pytest.mark.parametrize("body", [
    "全镇共有农家书屋12个。",
    "要加快推进基础设施建设。",
    "在村文化礼堂召开会议。",
    "村民们在文化广场跳起了广场舞。",
    "全区现有村级卫生室120家。",
    "区领导强调,要加快推进高标准农田建设。",
    "会议在镇便民服务中心召开。",
    "孩子们在篮球场上挥洒汗水。",
    "游客在停车场排起长队。",
    "全区已建成5G基站800余个。",
    "大家在幼儿园门口等待。",
    "该镇将继续完善公共服务设施。",
    "杜泽镇共有游步道5条。",
    "要加强农村供水站日常管护。",
    "老人们在食堂吃饭,赞不绝口。",
    "今年要持续推进养老服务体系建设。",
    "全区已完成高标准农田建设。",
    "各乡镇要抓好污水管网建设。",
    "我区农村公路建设成效明显。",
    "岭洋乡共有露营基地3处。",
    "游客在景区游客中心领取地图。",
    "会上,各地交流了民宿集群发展经验。",
    "区委书记在高家镇文化礼堂宣讲会上强调,要加快补齐短板。",
    "峡川镇党委召开专题会议,研究部署下阶段工作。目前已完成任务的八成。",
    "湖南镇将打造共同富裕示范区建设样板。",
    "全区已建成家庭养老照护床位300张。",
    "目前,全区建成幼儿园40所。",
    "区卫健局全面完成年度任务。",
    "高家镇文化礼堂改造工程前期工作已完成。",
    "举村乡召开村级组织换届工作会议,各项准备工作已完成。",
    "樟潭街道召开污水管网建设推进会,部署下一步工作。",  # a meeting on the works
    "高家镇推动特色产业集群建设,已引进企业12家。",
    "今年全区农村公路建设任务已全部完成。",
    "在杜泽镇文化广场,各项准备工作已完成。",
    "峡川镇游步道上游客络绎不绝,旅游收入已完成全年目标。",
    # A stock the township has, the places it makes use of, and the parts a facility has.
    "大洲镇共有文化礼堂20个,今年计划再新建3个。",
    "莲花镇依托闲置校舍、村级活动中心等场所开展活动。",
    "中心设有助餐区、休息室、康复理疗室等。",
    # Facilities without a place whose own clause does not report them: parts of other works.
    "项目配套建设幼儿园、社区服务中心和地下停车库,计划年底完工。",
    "游客在游客服务中心领取地图。",
])
def test_common_nouns_that_are_not_projects(body):
    assert projects(body) == []


def test_a_status_in_the_headline_is_the_project_s():
    body = "峡川镇东坪村停车场改造工程总投资80万元,可停放车辆120辆。"
    found = extract_article(Article(1, "峡川镇东坪村停车场改造工程完工", body), ISSUE_DATE, load_gazetteer())
    assert [(p.name, p.status) for p in found.projects] == [("峡川镇东坪村停车场改造工程", "completed")]
    found = extract_article(Article(1, "示例", body), ISSUE_DATE, load_gazetteer())
    assert [(p.name, p.status) for p in found.projects] == [("峡川镇东坪村停车场改造工程", None)]
