"""Vocabulary of the project rules: facility words, works, predicates and what is generic.

Word lists, not sentences: each entry is a kind of thing the paper writes about, so adding one
extends the rules to every article that uses it.
"""
from __future__ import annotations

SUFFIXES = (
    "工程", "项目", "食堂", "水库", "桥", "公路", "道路", "中心", "站", "馆", "园", "园区", "基地",
    "学校", "小学", "中学", "幼儿园", "医院", "卫生院", "卫生室", "广场", "礼堂", "综合体", "工厂",
    "养老院", "敬老院", "驿站", "山塘", "堤", "隧道", "停车场", "水厂", "绿道", "游步道", "书屋",
    "助餐点", "厂房", "小区", "安置房", "大楼", "市场", "公厕", "泵站", "堰坝", "室", "工坊", "电站",
    "安置点", "服务点", "收集点", "课堂", "小屋", "法庭", "福利院", "保健院", "路段", "公交专线", "客运专线", "延伸线", "书房", "院区", "公交线路", "客运线路",
    "支线", "班线", "楼", "候车亭", "加工点", "步道", "栈道", "码头", "球场", "连接线", "集群", "议事厅", "餐厅", "校区", "跑道", "托育点", "健身房", "分院", "操场", "蓄水池", "水池", "冷库", "车间", "新院", "骑行道", "调解点", "养老点", "助浴点", "直播间", "车棚", "避难场所",
    "机耕路", "冷藏库", "观光带", "水源", "营地", "街区", "门诊", "水源井", "管网",
    "联合体",
    "古道", "公墓", "骨灰堂", "储备库", "防火通道", "应急通道", "防汛通道", "教学点", "晒场",
    "运动场", "体育场", "田径场", "少年宫", "粮库",
    "机埠", "大棚", "水井", "选果场", "晾晒棚", "堆肥房",  # 盈川村机埠, 育苗大棚, 应急水井, 阳光堆肥房
    "会客厅",  # 东坪村“乡村会客厅”
    "周转房", "周转宿舍",  # 教师周转房: housing a school keeps for teachers from elsewhere
    "烘干房", "晾晒房", "保鲜库", "充电桩",  # (one word each in segment's vocabulary: jieba cuts 烘干/房, 充电/桩)
    "城乡公交", "环线", "延伸线路", "新线路",  # 212路城乡公交, 镇村公交环线, 城乡公交新线路: a bus route opened
    "路灯",  # 某村新装的120盏太阳能路灯: a village's lights
    "护岸",  # 沿溪护岸, 生态护岸: a bank walled against floods
    "堰",  # 涧峰村的桥头堰: a weir
    "集聚区",  # 民宿集聚区, 农家乐集聚区: guesthouses built together
    "仓库", "集中区",  # 分拣冷链仓库, 防汛物资仓库, 茶叶加工集中区
    "处理终端", "污水终端", "治理终端",  # 村级污水处理终端: a village's sewage treatment unit (not a bare 终端)
    "停车位", "停车泊位",  # 新增城区公共停车泊位1000个: the spaces themselves are the works
    "公交一体化",  # 城乡公交一体化: buses joined up across town and country, a programme of the year's works
    "厕所",  # 新建2座旅游厕所: toilets built (not 厕所革命, a campaign)
    "办事大厅", "服务大厅",  # 区行政服务中心新办事大厅: a hall where people come for services
    "高标准农田",  # 新建高标准农田1.5万亩: fields levelled, drained and given roads
    "之家",  # 儿童之家, 残疾人之家: a village's or a town's room for children or the disabled
    "观景平台", "观景台",  # a platform built for the view along a trail or a road
)
# Facilities whose kind is a programme's own name (高标准农田): named by it, with no place needed.
SELF_NAMED = frozenset({"高标准农田"})
# Facilities of a district-wide programme, named by their kind with its works (农村公路提升改造工程), not bare.
PROGRAMME_FACILITIES = frozenset({"农村公路"})
# 建设 ends a name only after what is physically built (污水管网建设, 高标准农田建设), not after a
# system or a goal (养老服务体系建设, 共同富裕示范区建设).
BUILDING = "建设"
# What a quoted name is (“爱心托管”服务, “两癌”筛查): a programme only with a status of its own.
PROGRAMMES = frozenset({"服务", "托管", "筛查", "义诊", "体检", "班车"})
NOT_FACILITIES = frozenset({"家园", "田园", "校园", "乐园", "庄园", "网站", "门户网站", "重心", "核心", "办公室",
                            "联络站",  # 人大代表联络站: where deputies meet people, no public work
                            "监督检查室", "监督室"})  # 区纪委监委第三监督检查室: an office of officials (but 胃镜检查室 is one)
WORKS = ("工程", "项目")
PHASE = r"[一二三四五六七八九十\d]+期"  # 二期: a phase of works
# What counts the others of a batch (另外两口山塘, 其余3个小区): things told apart from those named before.
OTHERS_OF_A_BATCH = ("另", "另外", "另有", "其他", "其余", "还有", "剩下", "剩余")
# Facilities counted (12座, 两个, 260盏): a batch of works, or the list a total sums.
FACILITIES_COUNTED = r"(?:\d+|[两二三四五六七八九十百]+)[座家个处所条台盏]"
CONSTRUCTION = frozenset({
    "改建", "改造", "提升", "新建", "扩建", "修缮", "整治", "加固", "除险加固", "提质", "改扩建",
    "修复", "迁建", "维修", "硬化", "拓宽", "亮化", "美化", "绿化", "提升改造", "改造提升", "综合整治",
    "综合治理", "保护利用", "更新", "重建", "拆除重建", "续建", "翻新",
})
# How works are done, said right before the works word (标准化改造, 提标改造, 达标改造, 升级改造, 家庭无障碍改造).
WORKS_MANNER = r"[\u4e00-\u9fff]{1,3}化|提标|达标|升级|(?:家庭)?无障碍"
# The verbs that carry works out on what 对 names (对老旧管网进行改造, 对两处山塘实施清淤加固), and the works
# they carry out (清淤扩容 too).
CARRY_OUT = ("进行", "实施")
WORKS_CARRIED_OUT = CONSTRUCTION | {"清淤", "疏浚", "扩容", "清淤扩容"}
# The homes of a group that works are done in (为120户困难残疾人家庭实施…, 为2000户困难家庭老人实施…).
HOMES_OF_A_GROUP = "家庭(?:老人)?"
# Works that can end a name without 工程 (农村困难家庭危旧房改造).
WORKS_DONE = frozenset({"改造", "提升改造", "改造提升", "综合整治", "综合治理", "改扩建", "迁建", "提升", "硬化",
                        "除险加固", "清淤"})  # (某山塘清淤: dredged)
# What a place already has (后溪镇共有农家书屋17家): a stock of facilities counted, not news of works.
STOCK = frozenset({"共有", "现有", "拥有", "已有", "建有", "设有"})
# Verbs that take a project as their object (and STOCK): a name never runs across them.
PREDICATES = STOCK | frozenset({
    "聚焦", "还有", "实施", "推进", "开展", "打造", "完成", "确定", "助推", "围绕", "抓好", "落实", "加快",
    "推动", "争取", "引进", "用于", "招引", "参观", "走进", "来到", "前往", "深入", "看望", "入驻", "签约",
    "包括", "涉及", "列入", "纳入", "并入", "承担", "负责", "完善", "建设", "投资", "总投资", "消除", "开办", "进行",
    "谋划", "规划", "计划", "启动", "开工", "建成", "完工", "竣工", "通车", "投用", "现场", "工地",
    "作为", "成为", "位于", "经过", "连线", "播放", "采取", "做好", "用好", "办好", "办实", "提供",
    "调研", "督查", "检查", "视察", "考察", "了解", "察看", "查看", "听取", "召开", "部署", "研究",
    "讨论", "审议", "强调", "指出", "要求", "表示", "介绍", "举办", "举行", "组织", "参加", "出席", "走访",
    "投入", "累计", "紧盯", "浇筑", "铺设", "砌筑", "摊铺", "拨付", "下拨", "发放", "巡查", "冒雨", "推行", "全面推行", "具备", "列为", "缓解", "有效缓解", "造成",
    "串联",  # 一条串联茶园与村庄的古道: what it joins, never part of its name
    "冲毁", "冲垮", "冲断", "冲走", "损毁", "受损",  # 溪水冲毁河堤约300米: the damage, never part of a name
    "设在", "建在", "搬到", "搬进", "所在",  # 食堂设在村委会一楼: where it is; 因所在综合体尚未竣工: what holds it
    "设置", "增设了",  # 改造后将设置托育室、老年活动室: rooms it will have
    "设立",  # 将在甲村、乙村设立调解工作室: the places, then what each will have
    "交房",  # 某安置小区一期交房仪式: the homes handed over
    "补贴", "补助", "资助", "奖补",  # 拿出3万元补贴服务站运转: money given to it, no part of its name
    "架设",  # 已临时架设钢便桥保障通行: a stopgap put up, not works named
    "涵盖", "覆盖",  # 项目涵盖山塘整治、堰坝修复等类别: kinds the works cover
    "问题",  # 因征地问题主桥施工暂缓: the cause, never part of a name
    "乘坐", "搭乘", "直达", "直通",  # 乘坐215路城乡公交可直达区人民医院, 机耕路直通杨梅基地: where it goes, never one name
    "安排",  # 今年上方镇安排乡村振兴项目5个: what a township plans, never part of a name
    "解决",  # 重点解决老旧小区改造、农村公交等问题: problems to solve, never part of a name
    "排查",  # 排查山塘水库、地质灾害隐患点430余处: what was checked, never part of a name
    "选址",  # 某幼儿园新建工程选址樟潭街道: where it will stand, never part of a name
    "亮灯",  # 某村新建的灯光篮球场亮灯启用: what happened to it, never part of its name
    "绕行", "绕道",  # 过往车辆请绕行某大桥: the way round, never part of a name
    "联合", "携手", "会同",  # 镇团委联合镇中心小学开设暑托班: partners, never one name
    "运营",  # 引入社会组织运营照料中心: who runs it, never part of its name (运营中心 is one word)
})
# What was newly built (新建和改造港湾式停靠站32个, 新开通的3条公交线路): a batch counted is news of works.
NEWLY_BUILT = frozenset({"新建", "新增", "新开通", "新开", "新改建", "新建成", "增设", "新装"})  # (新装太阳能路灯260盏)
# Steps taken before works begin (某工程的施工图设计已经完成, 设计正在进行, 做好某项目的前期工作): said of
# works, they tell none begun.
STEPS_BEFORE_WORKS = ("施工图", "初步设计", "设计", "前期工作", "前期", "招投标", "招标", "可研", "勘察", "选址")
# Words saying works are finished (建成, 完工…), shared by the status and name rules.
DONE_WORDS = ("投入使用", "建成", "完工", "竣工", "投用")
# What parts a route's two ends in its name (上棠村至东华村公路, 上岗头村到川坑村的公路).
ROUTE_JOINERS = ("至", "到")
# Words putting works off (推迟到10月, 暂缓实施).
PUT_OFF = "推迟|延迟|延期|延后|推后|顺延|暂缓|延(?=至)"  # (开工时间延至12月)
STATUS_PARTS = ("启动", "开工", "完工", "竣工", "建成", "投入使用", "投用", "通车", "在建", "施工", "开通", "启用",
                "开业", "落成", "交付", "开园", "开街", "投运", "开班", "并网", "揭牌", "挂牌", "开馆", "验收",
                "结顶", "封顶")
TIME_WORDS = frozenset({"今年", "去年", "明年", "目前", "当前", "近日", "近年", "近年来", "年度",
                        "以来", "今后", "届时", "此前", "同时", "年底", "月底", "日前", "现在", "如今", "上月", "上周",
                        "下月", "下周", "本月", "本周", "本月初", "本月底", "本月中旬", "本月上旬", "本月下旬",
                        "开学前", "春节前", "节前", "汛期前", "汛前", "年底前", "月底前", "眼下", "当下"})  # 秋季开学前新教学楼可投入使用
# What a place does something with (湖南镇依托古村资源…): what follows is not the works' name.
MEANS = frozenset({"依托", "利用", "借助", "盘活", "依靠"})
# Adverbs jieba's dictionary leaves untagged (农贸市场重新开门迎客, 某工程力争年底前完工): never part of a name.
ADVERBS = frozenset({"重新", "再次", "首次", "率先", "陆续", "逐步", "全面", "全部", "正在", "正", "力争", "力求",
                     "有序", "全力", "扎实", "基本", "总体", "全面铺开", "临时", "天天",
                     "按计划", "按照计划", "最后",  # 沧南桥最后一段桥面完成浇筑
                     "明显", "显著", "大幅", "优先"})  # 群众满意度明显提升, 优先抢修通村道路: how, never part of a name
# A sum over a few works (风雨操场建设两项合计), not over two funding sources (补助和自筹两项合计).
SUM_OF_WORKS = r"(?:建设|改造|工程|项目|提升)[两二三四五六七八九十]项合计"
# What a works' progress is said of (某工程的教学楼已经结顶, 某工程的施工人员正在…).
WORKS_PARTS = frozenset({"教学楼", "综合楼", "主体", "主体工程", "施工人员", "工人", "建设者", "路面", "桥面", "堤顶",
                         "路基", "管网", "主管网", "管材"})  # (某工程的管材已进场)
# What is said of a work right after its name, its progress or its size (工程主体结顶, 工程全长2.3公里):
# never part of the name.
PROGRESS_NOUNS = frozenset({"主体", "土建", "进度", "工期", "全长", "总长", "全线", "占地", "占地面积",
                            "建筑面积", "总面积", "面积", "规模"})
# 成 and 为 end what was there before the works (闲置老屋改造成游客服务中心); 上 is where (篮球场上).
STOP_CHARS = frozenset("的在将把对是了和与及为成由让使已于并被从向到以等也都又还就才所之其该这那此每各上我"
                       "个座条处名位批项种次年月日号内外里旁有无不给跟同或而刚共约近超余多均达至即且但若如因故则经随按据自类"
                       "尚仍再亦皆比问设幢栋可他她它你")  # 某工程尚在招标, 某工程仍在施工, 某桥比计划提前…; 二楼设康复理疗室; 27幢老旧住宅;
                       # 建成后可新增教室24间; 他跑项目、争资金: who, never part of a name
# jieba tags some nouns as locatives (初中 f), so only these locatives end a name.
LOCATIVES = frozenset({"以上", "以下", "之间", "以后", "以前", "之后", "之前", "前后", "周边", "附近",
                       "左右", "上下", "内外", "其中", "当中", "之中", "期间", "以来"})
COLLECTIVE = frozenset({"等", "各", "各项", "各类", "各个", "各乡镇", "一批", "多个", "这些", "系列", "一系列",
                        "若干", "多项", "诸多", "多座", "多条", "多所", "批",
                        "其他", "其它"})  # 与其他冬修项目施工交叉: works other than those named
# 该校改扩建工程, 该院迁建工程: works of the school or hospital named before (read only before works).
OWNER_POINTERS = {"该校": ("学", "校", "幼儿园"), "该院": ("院",)}
DEMONSTRATIVES = frozenset({"该", "此", "这个", "这一", "这座", "该座", "这条", "这项", "这所", "这间", "这家", "这处", "该处",
                            "这幢", "这栋", "该幢"})
# What is physically built: a name without a place must hold one of these to be a project.
INFRASTRUCTURE = ("供水", "饮水", "饮用水", "自来水", "住房", "公交", "公路", "道路", "桥", "水库", "山塘", "堤", "污水", "垃圾",
                  "学校", "幼儿园", "医院", "卫生院", "食堂", "养老", "农田", "耕地", "停车场", "管网", "电站",
                  "厂房", "场馆", "运动场", "体育馆", "图书馆", "礼堂", "安置", "小区", "水厂", "河道",
                  "危房", "危旧房", "农房", "小学", "中学", "福利院", "敬老院", "床位", "基站", "宽带", "护岸",
                  "书屋", "书房", "助餐点", "公园", "跑道", "托育", "水池", "步道", "绿道", "公厕", "客运站", "汽车站",
                  "渠", "引水")  # (灌溉渠道, 沟渠: a channel; 应急引水工程: water brought in)
GENERIC = frozenset({"同类",  # 某村的同类工程: works of the kind named before, no name of their own
                     "民生", "实事", "民生实事", "为民办实事", "重点", "重大", "产业", "基础设施", "设施", "公共", "我区", "本区",
                     "配套", "相关", "具体", "年度", "全区", "全市", "全镇", "全乡", "全村", "示范", "试点", "十大", "民生工程",
                     "乡镇", "村镇", "镇村",  # 到乡镇卫生院坐诊: every township's, none named
                     "省级", "市级", "区级", "国家级",  # 争取省级文化礼堂建设补助: a grade of funding, no facility
                     "办实事清单",  # 梳理出办实事清单项目56个: a list of tasks, none named
                     "候选",  # 12个候选项目: works put to a vote, no name
                     "乡村振兴",  # 安排乡村振兴项目5个: a programme's works, none named
                     "春季", "夏季", "秋季", "冬季"})  # 举行春季民生项目集中开工仪式: a season's batch, none named
# A canteen, a campus, a sports ground or a clean-up is of whatever it belongs to (小学食堂 is a
# school's, 初中运动场 too, 流域综合治理 is water works): its type yields to one said before it in two
# characters or more (in 虹桥溪综合治理 the 桥 is part of a stream's name).
YIELDING = ("食堂", "园区", "治理", "球场", "运动场", "操场", "公园", "便民服务", "护坡", "体育馆",  # 体育公园, 中学体育馆
            "冷库",  # 冷链物流中心冷库 is logistics; a bare 蔬菜冷库 farming
            "烘干房", "晾晒房", "晾晒棚",  # 柿饼加工晾晒房, 工坊二期晾晒房: the workshop's; a bare 柿饼烘干房 farming
            "厕所", "卫生间", "公厕",  # 某中心小学的学生厕所改造 is a school's, 某敬老院卫生间改造 eldercare's, 旅游公厕 tourism's
            "管网",  # 雨污管网改造 is sewage works, 供水管网 water supply's
            "防滑",  # 敬老院浴室防滑改造 is eldercare's; 某村至某村段防冻防滑改造 a road's
            "游泳池", "游泳馆",  # 某中心小学游泳池 is a school's
            "照料",  # 婴幼儿照料中心 is for infants (a bare 日间照料中心 eldercare)
            "环线")  # 城区供水环线 is water mains, 燃气环线 gas (a bare 旅游环线 a road)
# …but only to these types (not 健康主题公园 医疗卫生, 农村便民服务中心 农业农村, 乡村游泳池 a village's venue).
YIELDS_ONLY_TO = {"公园": ("文化旅游", "生态环境", "法治与基层治理"), "便民服务": ("医疗卫生",),  # (法治文化公园)
                  "游泳池": ("教育",), "游泳馆": ("教育",), "照料": ("教育",), "环线": ("水利", "其他")}
# Matched from the right end of the name: the head of a Chinese noun phrase comes last, so
# 鱼文化产业园 is 产业发展 (产业园), not 文化旅游 (文化).
TYPES = (
    ("交通", ("桥", "公路", "道路", "防滑", "大桥", "隧道", "交通", "停车场", "停车楼", "停车位", "停车泊位", "公交", "路", "通村", "客运", "村道", "国道", "省道", "县道", "复线", "白改黑", "专线",
            "班线", "班车", "延伸线", "连接线", "环线", "候车亭", "停靠站", "招呼站", "充电桩")),  # 港湾式停靠站: a bus stop
    ("水利", ("水库", "山塘", "堤", "河道", "灌溉", "水利", "除险加固", "水渠", "泵站", "防洪", "堰坝", "供水",
            "饮用水", "饮水", "自来水", "水厂", "引水", "流域", "溪道", "水系", "护岸", "护坡", "山洪", "水站", "蓄水",
            "灌区", "节水", "溪流", "溪滩", "排涝", "水池", "溪岸", "水源", "渠道", "管网", "断头渠", "沟渠", "机埠", "水井",
            "渠", "堰",  # 东干渠, 排洪渠: a channel; 桥头堰, 拦水堰: a weir
            "排灌",  # 电力排灌站: fields drained and watered
            "防汛物资")),  # 防汛物资仓库: where flood supplies are kept
    ("养老", ("养老", "老年", "食堂", "助餐", "助浴", "敬老院", "颐养", "康养", "助老", "老人", "福利院", "老幼", "医养", "社会福利中心",
            "照料",  # 日间照料中心: day care for the old
            "一老一小",  # “一老一小”服务站: care for the old and the very young, told as the old's in most gold files
            "适老化")),  # 居家适老化改造: homes made safe for the old
    ("医疗卫生", ("医院", "卫生", "诊所", "医疗", "健康", "急救", "医共体", "中医", "筛查", "体检", "义诊", "保健", "妇幼", "康复", "门诊", "接种", "分院",
              "疾控", "疾病预防")),  # 区疾控中心业务用房改扩建工程: disease control
    ("教育", ("学校", "小学", "中学", "初中", "高中", "幼儿园", "教育", "托育", "校舍", "学堂", "托管", "夜校", "课堂",
            "教学点",  # 区老年大学某镇教学点
            "新校",  # 3所新校投用: new schools (新校区, 新校舍)
            "校区",  # 区实验学校横路校区: a school's campus, named after its place (横路 is no road)
            "二小", "三小",  # 樟潭二小扩建工程 (not 一小, as in 一老一小)
            "婴幼儿", "早教", "少年宫",
            "学生",  # 学生食堂, 学生宿舍: a school's, named without it
            "周转房", "周转宿舍")),  # 教师周转房: teachers' housing
    ("文化旅游", ("文化", "旅游", "景区", "礼堂", "博物馆", "图书馆", "书屋", "文教", "景观", "民宿", "农家乐", "体育",
              "古村", "古道", "老街", "古民居", "游客", "非遗", "书房", "绿道", "游步道", "步道", "栈道", "竹筏", "广场",
              "露营", "露营基地", "漂流", "球场", "运动场", "操场", "研学基地", "健身", "体育馆", "骑行道", "文体", "观光",
              "夜游", "溶洞", "营地", "研学", "文化街区", "游泳馆", "游泳池",
              "纪念馆", "记忆馆", "民俗馆", "展示馆", "展览馆", "陈列馆", "文化馆",  # 水库建设者纪念馆: a museum
              "史馆", "乡贤馆", "家风馆",  # 村史馆, 校史馆: a village's or school's history shown
              "会客厅",  # 乡村会客厅: where a village receives visitors
              "体验馆",  # 农耕体验馆: a hall visitors try things in
              "观景",  # 观景平台, 观景台: a view for visitors
              "景区停车场")),  # 溶洞景区停车场: a car park for a scenic spot's visitors
    ("产业发展", ("产业园", "产业", "工业", "园区", "厂房", "基地", "电商", "物流", "经济", "加工", "工坊",
              "光伏", "冷链", "共富", "农文旅", "农旅", "孵化", "创客", "展销", "物流分拣", "快递分拣", "电商分拣", "交易中心",
              "交易市场")),  # 葡萄交易市场: a produce market, trade in a village's crop (not a 农贸市场)
    ("农业农村", ("耕地", "农田", "垦造", "农业", "农村", "村庄", "乡村", "种植", "养殖", "育秧", "茶园",
              "果园", "土地", "粮食", "育苗", "农机", "秸秆", "晒场", "温室", "大棚", "分拣", "分选",
              # Cold stores for produce (蔬菜冷链仓储中心, 茶叶冷链保鲜库), not cold-chain logistics (冷链物流中心).
              "冷链仓储", "冷链保鲜", "冷链集配", "冷库", "冷藏库", "保鲜库", "预冷", "烘干房", "晾晒房", "晾晒棚", "烘干中心", "粮库", "茶园基地", "三小园",  # 小菜园、小果园、小花园 (not 三小)
              "农村公厕", "村公厕",  # a village's toilet is village works (but 旅游公厕 is tourism's)
              "机耕路", "机耕桥",  # a farm road or bridge, not of the transport network
              "人居环境",  # 农村人居环境综合提升: village works, not only the environment
              "路灯",  # 村道太阳能路灯: a village's lights (most gold files), not the road network
              "为农服务")),  # 大洲镇为农服务中心: services to farmers
    ("生态环境", ("污水", "雨污", "垃圾", "堆肥", "生态", "环境", "公厕", "厕所", "卫生间", "环保", "治理", "公园", "垃圾分拣", "资源分拣", "回收站",
                  "处理站",  # 资源化处理站, 污水处理站: waste or sewage treated (a bare 站 is a bus stop's)
              "终端",  # 老旧终端提标改造: a village's sewage treatment unit
              "防火通道", "防火隔离带",  # forests kept from fire
              "立面改造")),  # 老街立面改造: street fronts, mostly told as a small town's clean-up
    ("住房安居", ("住房", "农房", "安置", "危房", "危旧房", "小区", "保障房", "搬迁", "安居", "城市更新", "城中村", "有机更新", "街区更新",
              "加装电梯",  # 某社区加装电梯项目: lifts added to old homes
              "家庭无障碍")),  # 困难残疾人家庭无障碍改造: homes made barrier-free (not 医院无障碍改造)
    ("法治与基层治理", ("法庭", "调解", "法治", "法治文化", "综治", "警务", "网格", "矛调", "党群服务", "说事", "议事", "便民服务")),
    # Most gold files give a bare 共富工坊 (a village workshop hiring its people) to jobs, not to industry.
    ("就业与社保", ("就业", "社保", "创业", "社会保障", "人力资源", "零工", "共富工坊",
                "残疾人之家", "残疾人托养")),  # where the disabled are cared for and given work (区残疾人托养中心)
    # A market is trade, not farming, nor the road in its context; a shelter for a disaster is no housing.
    ("其他", ("农贸市场", "菜市场", "避灾安置", "物资储备", "应急物资", "邻里中心", "避难场所",
            "儿童之家",  # a village's room for children's play and care
            "燃气", "天然气",  # 燃气管网改造, 管道天然气工程: a gas main, no water works
            "千伏线路", "kV线路", "KV线路", "电力线路", "供电线路", "老旧线路", "农网改造", "农网升级",  # 10千伏线路改造工程: power lines, no road (nor 助农网点, a shop)
            "公墓", "骨灰堂", "殡葬",  # 农村公益性公墓: burial, no village works
            "公共资源交易中心",  # where public tenders are held: a government office, not a produce market
            "行政服务中心")),  # where people do their business with government offices
)
