"""What a sentence says of a project's status: planned, in_progress or completed, and by when.

Read from the name's clause to the sentence end: a completion word said of the future (将于年底前
建成) is a plan with a deadline; negated (尚未开工), asked for (要加快推进), conditional (建成后) or
partial (已完工131户, 主体已完工) words do not complete a project.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ingest.extract.dates import find_deadline
from ingest.extract.numerals import APPROX, NUMERAL, parse_numeral
from ingest.extract.project_words import (
    CARRY_OUT, CONSTRUCTION, DONE_WORDS, HOMES_OF_A_GROUP, PUT_OFF, STEPS_BEFORE_WORKS, WORKS, WORKS_CARRIED_OUT, WORKS_MANNER,
)
from ingest.extract.sentences import clause_bounds, clauses

# 进度偏慢: the pace of works, which says nothing of whether they have begun (进度偏慢,…确保7月中旬开工).
# (受雨季影响工期有所延误; not 杜绝工期滞后, 前期政策处理工期延误: a delay warded off, or before the works)
_SLOW = r"(?<!前期)(?<!处理)(?<!审批)(?:进度(?:比计划)?(?:偏慢|滞后|缓慢|较慢)" \
    r"|(?<!杜绝)(?<!防止)(?<!避免)(?<!严防)工期(?:有所)?(?:延误|滞后))"
# 宋家村的危桥改造好了: the works done, said of the name itself (not 沟渠、机耕路都修好了 after another name,
# 边沟砌好了大半, 等路修好了就…)
# (路灯已于3月全部安装到位: lights, alarms, cameras in place are the works done; not 设备已全部安装到位 after
# a building's name, fitted out)
# (塑胶跑道已完成铺设: what is laid, laid, when said of the name itself; not 管网已完成铺设 after a road's name)
_LAID = r"(?:完成(?:了)?(?:铺设|铺装|摊铺)|(?:铺设|铺装|摊铺)完毕)"  # (管网已铺设完毕)
_MENDED_WORDS, _INSTALLED = r"(?:改造|修建|修|砌|装)好", rf"(?:全部|均)安装到位|安装完毕|{_LAID}(?=[,，。;；]|$)"
_MENDED = rf"(?<![不没未]){_MENDED_WORDS}(?:了|(?=[,，。;；]))(?!大半|一半|部分|[^。;；]{{0,3}}(?:就|才|再|以后|之后))|{_INSTALLED}"
# Works done to a surface (某公路完成路面硬化) are done, unless the sentence goes on to more to do or to come
# (已完成路面硬化,正在施划标线; 已完成墙面翻新,预计10月底前完工; 完成路面硬化六成): then that was one step, under way.
_SURFACES = "路面|屋面|桥面|墙面|外立面|立面"
_MORE_TO_DO = r"(?:预计|正在|将|计划|力争|有望|\d+%|[一二三四五六七八九]成)"
_SURFACE_WORKS = re.compile(rf"(?:完成了?|进行了)(?:{_SURFACES})")
_SURFACE_DONE_FIRST = rf"已经?完成了?(?:{_SURFACES})[^,，。;；]{{0,4}}?(?=[^。;；]*?{_MORE_TO_DO})"
# (not 新宿舍楼投用前, 在新桥建成前, 大桥通车前: a time before it is done)
# (迎来了第一批310名小朋友: a school open; not 9月迎来首批学生 or 将迎来首批…, to come, nor 首批小朋友试园, a trial)
COMPLETED = ("完工(?!时间|日期|期限|前)", "竣工(?!时间|日期|期限|前)", "建成(?!前)", "投入使用(?!前)", "投用(?!前)", "通车(?!前)", "开通",
             "落成", "交付(?!前)", "启用(?!前)", "开业", "并网",
             "完成建设", "开办", "开园(?!采摘|摘果|采收)", "开街", "投入运营", "投运", "揭牌", "挂牌成立", "挂牌运[行营]", "开馆", "(?<!暂停)(?<!停止)(?<!暂不)对外开放", "正式开放", r"(?:(?<=\d月)|(?<=\d日)|(?<=月底)|(?<=月初)|(?<=旬)|已(?:于[^,，。;；]{1,8}?)?)开放(?=[,，。;；]|$)",  # 6月底开放, 已于…开放 (not 下个月开放)
             "通过(?:省级|市级|区级)?(?:交工|竣工|考核)?验收", "通过初验", "(?:开始|正式)供餐", "(?<=[月日底])开放以来", "(?<!停)(?<!停止)(?<!不再)招收[^,，。;；]{0,6}新生", "(?<!月)(?<!日)(?<!将)迎来了?(?:第一批|首批)(?![^,，。;；]{0,8}?试)", "正式运营", "开始运营", "打造了", "建起了", "(?<![在将要])建起(?=的)", "开门迎客", "开张", "试运营", "试运行", "投产", "投入生产", "完成验收", "开餐", "开伙", "开机试水",  # (新改造的机埠开机试水)
             "(?:超额|提前|全面)完成(?:了)?(?:年度|全年)(?:目标任务|任务|目标(?!任务))(?!的)",  # 全年新建老年食堂18家,超额完成年度目标
             # 等8个项目已完成年度目标任务 (not 已完成年度目标任务的一半: a share; nor 旅游收入已完成全年目标: a figure's)
             "已经?完成(?:了)?(?:年度|全年)(?:目标)?任务(?!的)",
             "(?<!仍)(?<!仍然)(?<!继续)(?<!照常)投入执勤",  # 这座消防站正式投入执勤 (not 改造期间仍投入执勤: on duty through works)
             # 公交线路已延伸至某村: a bus route carried on to a village (not 二期自…延伸至某村, a road's extent)
             r"(?<=公交|线路|专线|班线)(?:已经?|已于[^,，。;；]{1,8}|正式)?延伸(?:至|到)(?![^,，。;；]{0,8}才)",  # (延伸至某村才有条件落地: a condition)
             # 村史馆完成布展: a hall's displays set up, the hall ready (not 博物馆完成布展,新春特展将于…开幕: a show)
             r"完成(?:了)?布展(?![^。;；]{0,20}(?:特展|展览|开幕))",
             # 路灯日前全部亮起 (not 书屋已经点亮了孩子们的读书梦, 已亮起“红灯”: what it lit is a figure of speech)
             _MENDED, "(?:已经?|全部|日前|均已)(?:亮起|点亮)来?(?:了(?![\u4e00-\u9fff“\"])|(?![\u4e00-\u9fff“\"]))",
             "(?:正式|全面|全线|全部|顺利|实现|已经|已|完成|并)通水(?!试压)", "(?<=工程)通水(?=[。，,;；！]|$)", "开诊(?!至)", "亮灯", "交房", "(?:正式|全面|顺利|实现|已经?)通气", "(?<=[月日底前])通气", "通了车", "(?:全线|顺利|实现|正式)贯通", "开营", "重新开放",
             "(?<!后)恢复(?:双向)?通行(?!时间)", "(?<!后)恢复供水(?!时间)", "(?:正式|已经?)通行", "(?<=修复)通行", "修通", "(?:已|正式|投入)运行", "(?<=[月日底旬])(?:试)?通水", "(?:(?<=月)(?<!每月)|(?<=[0-9〇一二三四五六七八九十]日))出水(?![口量率能])",  # 去年8月通水, 11月中旬试通水, 水源井已于8月7日出水
             # (not 日出水能力达800吨, 设计日出水300吨: a plant's daily output, said of works going on or to come;
             # nor 恢复供水时间视施工进度可能顺延: when a cut is to end)
             # not 改造期间市场照常开门营业, 商户搬到临时大棚里开门营业: trade going on during the works
             r"(?<!照常)(?<!正常)(?<!照样)(?<!继续)(?<![仍里内])开门(?:营业|运营)",
             # not 需要先完成清淤,再进行坝体加固: a step of the works to come (but 在全乡率先完成清淤扩容 is done)
             r"(?<![需须])(?<!(?<!率)先)完成了?清淤(?:扩容)?(?!后|任务|工作)")  # 三口山塘完成清淤扩容 (not 完成清淤后)  # 便民桥10月底恢复通行; not 塌方…两个小时后恢复通行  # not 主管道已通水试压
# 正在搭设脚手架 (搭建钢架…): builders at work (not 志愿者正在搭设舞台 for a show in the hall)
_PUTTING_UP = r"正在搭[设建](?:[^,，。;；]{0,4}?)(?:脚手架|支架|钢架|钢棚|模板|桁架|龙门架|围挡|便桥|钢结构)"
# 即将建成的某工程: nearly done, so under way (but 即将开工 is to come).
_NEARLY_DONE = "|".join((*DONE_WORDS, "通车", "通水", "交付"))
# 工期延期至10月底, 完工时间推迟到9月底: the works' own schedule put off, so they are going on (but
# 原计划6月开工的工期推迟到9月 puts off their start).
# (not 开放时间推迟至每晚7时: the hours a facility in use opens, shifted)
_OWN_SCHEDULES = ("完工", "竣工", "交付", "投用", "投入使用", "通车", "开放", "开伙", "开餐", "开业", "开园", "开馆")
_SCHEDULE_PUT_OFF = rf"(?<![开动]工的)(?:工期|(?:{'|'.join(_OWN_SCHEDULES)})(?:时间|日期))(?:{PUT_OFF})" \
    r"(?:(?:至|到)(?!每[天日晚]|(?:晚上|早上|上午|下午|傍晚|中午|凌晨)|\d{1,2}[时点:：])|(?=[。,，;；]|$))"
_NOT_YET_DONE = r"(?:没有|还没有?|尚未|仍未)(?:完工|竣工|建成)"  # 还没有完工: begun, not done
# 尽快开工建设, 早日动工: a start urged, still to come.
_NOT_YET_URGED = "(?<!尽快)(?<!早日)"
# 要到明年3月才能完工: done only later than hoped, so begun (a start still to come says 才能开工).
_DONE_ONLY_LATER = r"(?:要|得)?(?:等到|到)[^,，。;；]{1,10}?才能(?:建成)?(?:完工|竣工|建成|投用|投入使用|通车)"
# 路基和涵洞已全部完工: the first parts done, so the works go on (not 某桥桥墩加固工程已完工, the name's own part).
# (路基已全部完成, 基础工程已经完成, 桩基已经全部打完, 路基已经做好 too; but 土建部分已完成 says no more than that part)
# (not 路基已完成土方测量: a survey before the works)
# (not 路基已经做好规划: a plan made)
_FIRST_PARTS_DONE = r"(?:路基|桥墩|桩基)(?:已经?|均已)(?:全部|基本)?(?:打完|做好|浇好|砌好)" \
    r"(?![^,，。;；]{0,4}(?:设计|招标|方案|测量|勘测|勘察|放样|图纸|评审|规划|计划|准备))" \
    r"|(?:路基|涵洞|桥墩|桩基|土建)[^,，。;；]{0,6}(?:已经?|均已)(?:全部|基本)?完工|(?:路基|土建|基础(?:工程)?)(?:已经?|均已)(?:全部|基本)?完成" \
    r"(?![^,，。;；]{0,4}(?:设计|招标|方案|测量|勘测|勘察|放样|图纸|评审))" \
    r"|管网(?:已经?|均已)(?:全部)?(?:铺设到位|铺设完毕|完成铺设)(?=[,，][^。;；]{0,6}(?:将|预计|计划|即将|有望))"
# (管网已全部铺设到位,6月底将全面通水: the pipes laid, the water still to come)
# 整体进度约85%, 工程形象进度达60%: a share of the works done (not 100%, nor 资金拨付进度, 签约进度, nor the
# pace of what comes before the works: 政策处理进度, 设计进度, 审批进度, 腾空进度, 前期工作进度, as 已完成…% reads)
_BEFORE_WORKS_PACE = ("拨付", "签约", "征迁", "支付", "政策处理", "征地", "征收", "拆迁", "腾空", "设计", "招标", "招投标",
                      "前期", "选址", "审批", "报批", "立项", "可研")
_PACE_SHARE = "进度" + "".join(f"(?<!{word}进度)(?<!{word}工作进度)" for word in _BEFORE_WORKS_PACE) + r"(?:已经?)?(?:达到?|约为?|为|接近|超过?)?(?:约|近|超过?)?(?<!\d)\d{1,2}(?:\.\d+)?%"
# 路基已基本成形: works under way (not 某大桥建设方案的主体框架已经成形, 方案的整体框架: a plan's outline drawn).
_FORMED = "".join(f"(?<!{plan}{of}{whole})" for plan in ("方案", "规划", "设计", "思路") for of in ("", "的")
                  for whole in ("", "主体", "整体", "总体", "基本")) \
    + r"(?:路基|主体|桩基|框架)(?:已经?)?(?:基本)?成[型形]"
_NOT_AFTER_A_STEP = "".join(f"(?<!{step})(?<!{step}工作)" for step in STEPS_BEFORE_WORKS)  # (设计正在进行: no works)
_BUILT_OR_OPEN = f"(?:{'|'.join(DONE_WORDS)}|通车)"  # (月底完工, 7月底前通车: a time works are due by)
# What a township is doing about works still to come (正在谋划在某村新建…, 正在争取资金在某村建设…): no works yet.
_PLANNING = "谋划|筹划|规划|考虑|研究|计划|酝酿|争取|申请|申报|筹备|准备|打算|论证|设计|选址|对接|协调"
# 开班: a programme's class begun (暑期托管班开班), not a term of a school long open (教学点春季学期开班).
# 开工要等到8月份: the start waits for a time to come.
# (实行全封闭施工 in a closure notice is the traffic arrangement while works go on, not their progress)
_WAITS = r"(?:还|也|则)?(?:要|得|需要?)等到"
_WAITS_TO_START = rf"(?<=开工|动工){_WAITS}"
# 预计月底完工, 将于本月底投用: finished within weeks, so under way (not 5月底, 10月月底, 下月底, 上月底投入使用,
# 3个月内完工).
_THIS_MONTHS_END = r"(?<![\d一二三四五六七八九十上下去个月])(?:本月底|月底|本月内|月内)前?(?:全面|全部|如期)?" + _BUILT_OR_OPEN
IN_PROGRESS = (_THIS_MONTHS_END, "启动(?!补助|资金|经费)", r"施工(?:队伍?|人员)(?:正在|正|已进场|[^,，。;；]{0,6}(?:两班倒|加班|日夜|连续作业|抢工期))", _FORMED, "续建", r"结转(?:项目|工程)", _PACE_SHARE, f"即将(?:{_NEARLY_DONE})", "(?<![修恢回])复工(?!复产|作|程)", rf"{_NOT_YET_URGED}开工(?!时间|日期|在即|手续|计划|名单|清单|前|{PUT_OFF}|{_WAITS})", rf"{_NOT_YET_URGED}动工(?!在即|前|{PUT_OFF}|{_WAITS})", "[开动]了工", "在建", "开建", "(?<!分[一二两三四五六七八九十]期)(?<!分期)(?<!统筹)实施(?!了)", rf"施工(?<!交叉施工)(?<!实行封闭施工)(?<!实行全封闭施工)(?<!实行半封闭施工)(?<!实行半幅封闭施工)(?!图|招标|许可|队|人员|单位|方|企业|要|合同|安全(?!检查|大检查|巡查|督查)|有安全|时间|期间|交叉|条件|调整|[,，]?(?:{PUT_OFF}))", "建设中", "正在建设", r"正在(?:原址|异地|就地)(?:重建|新建|改建|修建)", rf"正在在?(?:(?!{_PLANNING})[\u4e00-\u9fff]){{1,10}}?(?:村|镇|乡|街道|社区)(?:加紧|抓紧)?(?:建设|新建|修建|扩建)", "(?<!谋划)(?<!督促)(?<!督导)推进", "(?<!学期)开班", "收尾",
               "结顶", "封顶", "(?<!前期)(?<!前期工作)(?<!准备工作)全面(?:铺开|展开)", r"主体(?:结构|工程)?(?:已经?(?:于[^,，。;；]{1,8}?)?)?(?:全部|基本)?完工", _FIRST_PARTS_DONE, r"(?:主体|钢架|钢结构)(?:钢?结构|工程)?(?:已经?|均已)(?:全部|基本)?(?:完成|搭好|搭建完成)(?![^,，。;；]{0,4}(?:招|设计|方案|审批|立项))", _NOT_AFTER_A_STEP + r"正在进行(?!(?:项目|施工|线路)?(?:前期|设计|方案|规划|可研|招投?标|勘察|勘测)|施工图|土地(?:政策|征收|征用|报批|预审|收储|手续)|政策处理|用地|征地|选址)", "进行中", "加紧建设", "抓紧建设", "加快建设", "扫尾", _SLOW, _SCHEDULE_PUT_OFF,
               r"(?:铺设|施工|建设|进度|工程量)(?:已经?)?过半", _SURFACE_DONE_FIRST, r"(?:摊铺|铺设|浇筑|安装|施划|装修|调试)中", r"正在(?:分段|加紧|抓紧)?(?:铺设|浇筑|摊铺|架设|吊装|砌筑|安装|调试|清表|开挖|平整|添置|购置)", r"正在(?:做|进行)最后(?:的|一道)?(?:调试|安装|装修|验收)", r"施工(?:队伍?|人员|单位)(?:已经?|正在)?进场(?!后|时间|日期)", _PUTTING_UP, r"(?:没有|没|未|不)停工",
               r"正在(?:抓紧|加紧|全力)?(?:修复|抢修|修缮|拓宽|硬化|改建|改造|扩建|加固|维修|整治|修建)(?![成为])",
               # 某礼堂建设工地上,工人们冒着高温浇筑屋面: the works' site, busy with its builders (某堤防加固工程现场,
               # 两台挖掘机正在清淤筑堤: its machines)
               r"(?:工地|施工现场|(?<=工程)现场)上?[,，](?:[^,，。;；]{0,4}?)(?:工人|施工人员|建设者|挖掘机|吊车|压路机|摊铺机|塔吊)",
               # 已完成路基, 某公路改造完成路基工程,计划5月通车: the first parts done (not 年底前完成路基, 将完成桩基,
               # 完成路基设计)
               r"(?<![将需要前内底])(?:已经?)?完成了?(?:路基|桩基|桥墩)(?:工程|施工)?(?![^,，。;；]{0,4}(?:设计|招标|方案|测量|勘测|勘察|放样|图纸|评审|规划|后))",
               r"(?:路基|桩基|桥墩)(?:工程|施工)?(?:已经?|均已)(?:全部|基本)?完成(?![^,，。;；]{0,4}(?:设计|招标|方案|测量|勘测|勘察|放样|图纸|评审|规划))",  # 目前路基工程已完成
               # 已完成坝体加固, 目前已完成堤身填筑, 已完成管网铺设: one part of the works done, the rest to follow
               # (but 已完成除险加固 is the works themselves done; 年底前完成…, a goal)
               r"(?<![将需要内底])(?<![^目]前)已经?完成了?(?:坝体|堤身|堤防|护岸|护坡|主?管网|管道|地基|基础|地下室|墙体|土方|清水池)"
               r"(?:加固|填筑|浇筑|铺设|施工|砌筑|开挖)",
               # 计划改造的38个村中仅有11个村开工: some of the places begun, so the works are under way
               r"中(?:仅|只|已)?有[\d一二三四五六七八九十两]+个(?:村|社区|乡镇|项目|小区)?(?:已经?)?(?:开工|动工)",
               # 设备已经到位,春节前投用: fitted out next, not yet in use (not 防汛设备已经到位: kept ready for floods)
               r"(?<!防汛)(?<!抢险)(?<!应急)(?<!救灾)(?<!救援)(?<!消防)设备(?:已经?|均已)(?:全部)?(?:到位|到货|进场)",
               r"(?:管材|建材|材料|钢材)(?:已经?|均已)(?:全部)?(?:到位|到货|进场)",  # 某工程的管材已进场: the works begun
               r"正在(?:做|砌|浇)(?:屋面|墙体|地面|外墙|内墙|吊顶|地坪)",  # 某礼堂正在做屋面: building under way
               r"(?<![将需要])已经?完成(?:了)?(?:清基|(?:土地|场地)平整)",  # 目前已完成清基,预计12月底完工: the first step of the works done
               # 路基完成,正在铺沥青 (not 村民正在铺地膜: 铺 alone only of what paves; 铺装, 铺筑 and 铺贴 pave)
               r"正在(?:抓紧|加紧)?(?:铺设|铺(?=装|筑|贴|沥青|柏油|路面|面层|石|砖|彩砖|地砖|瓷砖|水泥|混凝土|管|草皮|草坪|电缆|光缆|塑胶|防水|透水)"
               r"|浇筑|砌筑|架设|吊装|摊铺)(?!计划|方案)",
               r"进入(?:(?!招标|招投标|公示|前期|设计|规划|立项|可研)[^,，。;；]){0,8}阶段", "合龙",
               r"进入(?:内部|室内|内外|外立面|主体|设备)(?:装修|装饰|施工|安装)",  # 已进入内部装修: under way
               r"(?:正在|正|已经?在|进行|完成了?)(?:做|抓紧|加紧|加快)?(?:内部|室内|主体)?装修", r"(?:加紧|抓紧)(?:扩建|改建|改造|施工|修建)", r"开始(?:内部)?(?:装修|施工(?!图|招投?标|许可|合同)|浇筑|铺设)", _NOT_YET_DONE, _DONE_ONLY_LATER,
               # 已完成桥面浇筑: a stage of the works; not 已完成全部路灯安装 or 已完成电梯安装调试
               r"(?<![将需要])已完成(?!全部|所有|全线)[^,，。;；]{1,6}(?:浇筑|铺设|铺装|摊铺|架设|吊装|安装)(?!调试)",
               # 完成管网铺设,11月可通水 (no 已) too; not 完成管网铺设后将…, 完成管网铺设需3个月 (a step to come),
               # 已全部完成…安装 (as 已完成全部…), 去年完成管网铺设并通水 (the water on: done)
               r"(?<![将需要已部面])完成(?!全部|所有|全线)[^,，。;；]{1,6}(?:浇筑|铺设|铺装|摊铺|架设|吊装|安装)"
               r"(?!调试|后|前|时|需|要|并(?:实现|正式)?通水)",
               r"已经?(?:铺设|浇筑|安装|摊铺)了?(?:约|近)?(?:[一二三四五六七八九]成|(?<!\d)\d{1,2}%)",  # 管网已铺设七成 (约90%): a share done
               r"已经?(?:铺设|敷设)了?(?:[^,，。;；\d]{1,6}?)?(?:约|近)?[\d.]+万?余?(?:公里|千米|米)",  # 供水主管网已铺设28公里, 已铺设污水管网8.6公里 (8600余米, 1.2万米): a length laid so far
               # 原定5月完工,因雨天较多推迟至6月 (延至6月): the completion put off, the works going on (not a start put off,
               # nor 原计划年内建成,因选址调整暂缓: works held back before they began; nor 推迟实施, 延期启动, 推迟
               # 至6月开工: what is put off is the start)
               rf"(?<![比较])(?:原定|原计划)[^,，。;；]{{0,8}}(?:完工|竣工|投用|投入使用|建成|通车|开伙|开放|开园|开馆)[^。;；]{{0,20}}?(?:推迟|延迟|延期|延后|推后|顺延|延至|延到)"
               r"(?![^,，。;；]{0,10}?(?:开工|动工|实施|启动|建设|进场|施工))",
               # 去年未能按期完成,已顺延至今年: begun and not done by the day set, so going on
               r"(?:未能|没能|没有)(?:按期|如期|按时)(?:完成|完工|竣工|建成|投用)",
               # 首批5个已在某镇等地挂牌,其余10个将…: the first of a batch done, the batch under way
               rf"首批(?:{NUMERAL})?[个座所处家条间]?(?:已经?|均已)[^,，。;；]{{0,12}}?(?:挂牌|建成|投用|投入使用|启用|开放|完工)",
               # 正进场安装, 已进场施工: the builders at work on site
               r"(?:正在|正|已经?)进场(?:安装|施工|作业|建设)",
               # 完成设备调试,将于11月上旬投运: the last step before a use to come (not 新建成的…已完成设备调试,
               # 今年可供秧…, nor 已完成电梯安装调试: works done)
               r"(?<!安装)完成(?:设备|系统|联合|联动)调试(?=[,，][^。;；]{0,4}(?:将|预计|计划|即将|有望))",
               r"正在(?:紧张|加紧)?布展(?![^。;；]{0,20}(?:特展|展览|开幕))",  # 纪念馆正在布展: the exhibition being set up
               # (not 区博物馆正在布展,新春特展将于2月1日开幕: a show in a museum long open)
               r"已完成投资(?:额)?(?:约|近|超|逾|达)?\d",  # 目前已完成投资1900万元: money spent so far (not 投资备案)
               # 目前已完成全年任务的80%: a share of the works done (not 100%; not 已完成政策处理的85%, 已完成
               # 征地工作的70%, 已完成签约户数的92%: a share of what comes before the works)
               r"已完成(?![^,，。;；]{0,8}?(?:政策处理|征地|征迁|征收|签约|拆迁|腾空|设计|招标|招投标|前期|选址|审批|报批|立项|可研))"
               r"[^,，。;；]{0,8}?(?<!\d)\d{1,2}(?:\.\d+)?%",
               # 已完成主体改造, 去年底完成主体建设: the structure is done, the works go on (not 汛期前完成主体工程)
               # (not 已完成主体工程招标, 尚在施工图设计, 仍在建设用地报批: not begun)
               r"(?<!前)(?<!将)完成了?主体(?:改造|工程|施工|建设|结构)(?!的?(?:招投?标|设计|方案|审批|立项))",
               # 高温停工,待气温回落后复工; 因雨停工: works begun, paused (not 未停工, a rule against it, nor
               # 避免停工待料: what is guarded against)
               r"(?<![未不没])(?<!禁止)(?<!避免)(?<!防止)(?<!以免)(?<!杜绝)(?<!避免出现)(?<!防止出现)停工(?!令|通知|整改要求)",
               r"(?:还在|仍在|尚在)(?:内部|室内)?(?:装修|改造|施工(?!图|招标|许可)|建设(?!用地|手续|审批)|铺设|浇筑|安装)")  # 五石埂村的食堂还在装修
# The works' own schedule (完工时间, 投用日期), whose putting off is no plan (开工时间推迟到明年3月 is).
_NOT_OWN_SCHEDULE = "".join(f"(?<!{done}{when})" for done in _OWN_SCHEDULES for when in ("时间", "日期"))
# 预计完工时间为10月底: when the works will be done, so not yet; 通车时间定在国庆节前 and 预计开放时间为9月底
# too (but 开放时间为每天9时至17时, 开餐时间为每天11时: the hours of a facility in use).
# (a date gone by, 通车时间为7月18日 in an August issue, says when it was done: see _reports)
_SET_DATE = r"(?=(?:\d{4}年|今年|明年)?\d{1,2}月|年底|年内|明年|下半年)"
_DATED_SCHEDULE_WORDS = r"(?:通车|开放|开伙|开业|投入使用)(?:时间|日期)(?:为|是)"
_DATED_SCHEDULE = _DATED_SCHEDULE_WORDS + _SET_DATE
_COMPLETION_DATE = r"(?:完工|竣工|投用|交付)(?:时间|日期)(?:为|定在|是)" \
    rf"|(?:通车|开放|开伙|开业|投入使用)(?:时间|日期)(?:暂|初步)?定(?:在|于)|{_DATED_SCHEDULE}"
# 因用地调整,暂未启动; 至今仍未开工; a table's 未开工: not begun yet.
_NOT_BEGUN = "(?:暂未|尚未|还未|仍未|未能|暂时没有|没有|没能|(?<![从并])未)(?:按期|如期|按时)?(?:启动|开工|动工|实施)"  # (没有按期动工)
# 准备在村口建一个停车场, 打算投资…, 打算明年在…建: a plan of works (not 准备把葡萄卖到…, 他准备联系…).
_INTENDS = r"(?:准备|打算|筹划)(?=(?:今年|明年|年内|下半年)?(?:在|利用|投资|投入|新建|建设|建|改建|修建|改造" \
    r"|把[^,，。;；]{1,12}?(?:改成|改造成|改建成|改为)))" \
    r"|(?<![思理梦没])想(?=(?:今年|明年|年内)?(?:新建|建设|建|改建|修建|在[^,，。;；]{1,12}?建)|(?:今年|明年)?把[^,，。;；]{1,20}?建起来)"
# (打算明年在…各建一个; 想建一个…, 明年想把…中心建起来; not 想在新舞台上办: where one wants to hold something)
# Works moved to another time (调整至今年汛前实施, 施工调整至汛期结束后进行), and what makes that time one
# to come: a year, month, season or flood period, a school holiday, or after something (调整至汛后,
# 调整到寒假实施, 政策处理完成后); not a time of day or week (调整到夜间实施, 调整至每晚8点后实施,
# 调整到周末集中实施: the works going on at other hours).
_MOVED, _MOVED_TO = re.compile("调整(?:至|到)"), r"调整(?:至|到)[^,，。;；]{1,10}(?<!才)"
_LATER_TIME = re.compile(r"[年月季汛]|春节|国庆|寒假|暑假|(?<![点时以之])(?:以|之)?后")
# An hour of each day (调整至每日傍晚气温下降后, 调整至午后): the works going on at other hours (not 端午后).
_HOURS_OF_DAY = re.compile(r"每[日天晚]|(?<!端)午|傍晚|凌晨|清晨|早晚|白天|晚上|夜")
# 计划 that is no plan now: 原计划/原本计划/原先计划/原定计划投资… (what was once meant), 比计划提前.
_ONCE = "(?<![原比])(?<!原本)(?<!原先)(?<!原定)"
# 该中心计划育秧4500亩, 计划接待游客…, 全年计划服务群众1万人次: what a facility in use means to do, no plan of works.
_RUNNING = "(?!育秧|育苗|接待|生产|加工|收购|招收|招生|培训|销售|烘干|储存|发放|服务|帮助|带动|吸纳|举办)"
# When the works are arranged or set for (安排在汛期过后实施, 定于8月20日起…实行封闭施工): to come.
_ARRANGED = r"(?:安排在[^,，。;；]{1,12}?|定于[^,，。;；]{1,40}?)"
PLANNED = (_ONCE + "计划" + _RUNNING, "拟", r"规划(?![^,，。;；]{0,2}(?:床位|学位|面积|车位|泊位|座位|班级|长|宽|占地|建筑))", "谋划", "筹建", f"即将(?!{_NEARLY_DONE})", _INTENDS, r"待(?:进场)?(?:施工|开工)",
           r"暂缓(?!开放|营业|开馆|对外|恢复)(?:实施|建设|开工)?", rf"(?:{PUT_OFF})(?=开工|动工|实施|建设)", r"前期(?:工作)?阶段", rf"(?:(?<!工期)|(?<=[开动]工的工期)){_NOT_OWN_SCHEDULE}(?:{PUT_OFF})(?:至|到了?)", "选址", _COMPLETION_DATE,
           r"列入[^,，。;；]{0,8}(?:候选|开工计划)", r"(?:开展|进行)(?:项目)?前期(?:设计|工作|手续|勘察|勘测)?",
           r"前期(?:设计|手续)",  # 已完成前期设计, a table's 前期设计: not begun
           rf"(?:{'|'.join(STEPS_BEFORE_WORKS)})(?:工作)?(?:正在|正)(?:进行|开展|推进|编制)",  # 某工程的设计正在进行: not begun
           "(?<=的)前期工作",  # 做好某项目的前期工作: not begun
           # 已完成招投标,开工在即; 因用地调整,暂未启动: not begun yet; not 成立项目专班 (立项 inside 成立/项目)
           "(?:开工|动工)在即", "(?:开工|动工)前的?准备", _WAITS_TO_START, rf"{_ARRANGED}(?:实施|施工|开工|建设)",
           "立项(?!目)", _NOT_BEGUN,
           r"签约(?=[^,，。;；]{0,12}项目)|(?<=项目)签约",  # 签约高山蔬菜基地项目, 项目签约落地: agreed, not begun
           # 正在做施工图设计, 现进行公开招标: not begun; 将把某路硬化等项目列入候选项目: to be voted on; 已于9月25日开标 (not 召开标准化…现场会)
           r"(?:施工图|方案|初步)设计|设计方案", "施工招投?标", "招投?标", "开标(?!准)", "开工手续",
           r"(?:正在做|正在进行|开展)[^,，。;；]{0,4}(?:勘察|勘测)",  # 目前正在做线路勘察: not begun
           r"(?:正在|正|还在)(?:做|搞)(?:前期|项目|线路)?设计",  # 正在做设计: not begun
           r"(?<![将需要])(?:已经?)?完成了?(?:线路|地形)?(?:测量|勘测|勘察|设计(?![^,，。;；]{0,2}(?:并|后)))",  # 断头渠连通工程已完成测量, 已完成设计: not begun
           r"(?:开工|施工|建设|进场)时间调整(?:至|到)",  # 为避开汛期,施工时间调整至10月以后: put off
           # 调整至今年汛前实施: put off (read by _moved_to_later: not 开挖调整到夜间实施, 调整至5月开工 in September)
           _MOVED_TO + r"(?:实施|开工|动工|建设|进行|进场)",
           r"(?:将|拟)[^,，。;；]{0,16}票决",  # 包括某工程等,…将在明年初的人代会上由代表票决: candidates
           r"将建(?=[一两二三四五六七八九十\d]+[个座处所家条间])",  # 村口还将建一个生态停车场
           # 还将在甲社区、乙社区各建一个助浴点: one in each, to come; 将在胡山村再建一座冷藏库, 将在甲村、乙村再开两家
           # 工坊: more, to come
           r"(?:将|拟|计划)[^,，。;；]{0,16}?(?:各|再)(?:新建|建设|建|设立|开)(?=[一两二三四五六七八九十\d]+[个座处所家条间])",
           r"(?:将|拟|计划)对(?=[^,，。;；]{2,24}进行)")  # 还将对某村的老年活动室进行适老化改造
FUTURE = ("将", "预计", _ONCE + "计划", "力争", "争取(?![到了]|[^,，。;；]{0,6}(?:资金|补助|补贴|奖补))", "有望", "确保", "即将", "拟", _INTENDS, "(?<!去年)春节后", "承诺(?![的过了])", "年底前", "月底前", "就能", "即可",
          "后再行?",  # 新址确定后再行开工: once something is settled, to come
          "下月", "下周", "(?<!去年)(?<!前年)(?<!上年)下半年(?!以来)", "本月底",
          # 月底投用: this month's end, to come (not 5月底, 上个月底, 当月底, 同月底, 该月底, 次月底, 正月底, 每月底)
          r"(?<![\d一二两三四五六七八九十上本去个当同该次正腊每])月底(?!前)",
          # 本月底可开门迎客, 春节前可以通车, 6月底可全线通车: not yet ($: a lead ending before the word); not
          # 现在可以投入使用了 (now)
          "(?<!现在)(?<!如今)(?<!目前)(?:可以|[可能])(?=(?:全线|全面|正式|如期|按期)?(?:开门|投入|投用|开放|建成|完工|交付|通车|通水|$))")
_LIMITS, _LIMIT_REACH = frozenset({"年底前", "月底前"}), 10  # (the period before 前: 2023年12月底 at most)
# FUTURE as a pattern (去年下半年开工 is past), also read by project_names.
FUTURE_SAID = re.compile("|".join(FUTURE))
# 汛期前完工 as a whole clause's lead: a target (but 于汛期前完工 may be a report).
_BY_A_SEASON = re.compile(r"^[^于在]{0,4}(?P<season>主?汛期|汛|开学|春节|国庆节?)前$")
# 今年秋季建成, 秋季投用 as a clause's whole lead: a season of the year, to come until it begins.
_SEASON_OF_THE_YEAR = re.compile(r"^(?:今年)?(?P<season>春|夏|秋|冬)季$")
_SEASON_STARTS = {"春": 3, "夏": 6, "秋": 9, "冬": 12}
# 汛后开工, 汛期结束后实施: after the flood season, to come until it is over (in October).
_AFTER_FLOODS, _FLOODS_OVER_MONTH = re.compile(r"(?:^|[｜|]\s*)[^于在｜|]{0,4}(?:主?汛期?)(?:结束|过)?后$"), 10  # (a table's cell too)
# (month, day) spans of the year in which a season's works are done, not to come: 开学前完工 in a September
# issue, 春节前完工 after the Spring Festival (never later than 20 February) report what happened.
_SEASON_GONE_BY = {"汛": (((7, 1), (10, 31)),), "开学": (((3, 1), (5, 31)), ((9, 1), (11, 30))),
                   "春节": (((2, 21), (9, 30)),), "国庆": (((10, 1), (12, 31)),)}
PAST = ("已", "刚", "均已", "已经")
PRESENT = ("正在", "目前", "现已")
# What opens each item of a list of works (新建甲,改扩建乙,推进丙).
# Of the words for new works, only 新建 and 新改建 open such a list; 新增 adds parts (将新增中医馆和康复理疗室).
WORKS_VERBS = tuple(sorted({*CONSTRUCTION, "新建", "新改建", "建设", "推进", "实施", "开工建设", "启动", "建成", "开通", "新开通", "新辟"},
                           key=len, reverse=True))
_OF = "的"  # 开通的某专线: works describing what follows, no item of a list
# 在上方镇、莲花镇新开通3条城乡公交线路: where, then the works verb, in a list of works a plan opens
# (or a bare 建 before a count of one: 在村口建一座农产品展销中心)
_BUILD_ONE = r"建一?[座个所处家条间]"
_PLACE_OPENING = re.compile(rf"^在[^,，。;；]{{2,12}}?(?=新建|新开通|开通|建设|建成|实施|改造|{_BUILD_ONE})")
_BUILDS_ONE = re.compile(_BUILD_ONE)
# 2020年将继续办好十件民生实事(,重点包括:…): a plan of the year's works, which the list after it names.
# (not 去年计划实施的十件民生实事,包括:…: last year's plan, told after)
# (nor 去年全区计划实施的…, 去年年初计划实施的…)
_WORKS_LIST_PLANNED = re.compile("".join(rf"(?<![去上前]年{'[^,，。;；]' * n})" for n in range(4)) + r"(?:将|要|计划)[^,，。;；]{0,6}(?:办好|实施|推进)[^,，。;；]{0,8}(?:民生实事|实事项目|民生项目)$")
_LIST_OPENING = re.compile(r"^(?:重点|主要)?包括[:：]?")  # 将继续办好十件民生实事,重点包括:启动某工程,…
_PACE = re.compile(_SLOW)
_MILESTONE = re.compile("|".join((*COMPLETED, "开工", "动工")))
_START = re.compile("开工|动工|开建|施工招投?标")  # (a tender for the building: it starts later)
_LEVELLED = "平整"  # 已完成土地平整: begun, unless the start is still to come (…,计划3月开工)
_BARE_DOING = "实施"  # 对某道路实施改造: names the works to be carried out, not whether they have begun
_DOING = frozenset({_BARE_DOING, "开通", "启动", "推进", "建成", "完成", "投入使用"})  # what a list of works to come says (八是建成…中心, 建成…并投入使用)
# What says works of such a list happened or go on (正在实施, 正式开通, 去年12月…开通, 继续推进, 持续推进,
# 续建, 今年以来…).
_SAID_HAPPENED = re.compile("|".join((*PRESENT, "正式", "上月", "去年", "近日", "日前", "继续", "持续", "续建", "以来")))
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_NEW_WORK_ADVERBS = "同步|同时|并|还|再|全力|加快|着力|重点|各"  # 各: 甲村、乙村还将各新建一处…
_WILL, _TO_BE_DONE = "将", "完成"
# 为困难家庭完成适老化改造200户 as an item of a list of works to come: works to be done in households.
_FOR_HOUSEHOLDS = re.compile(rf"为[^,，。;；]{{0,20}}{HOMES_OF_A_GROUP}$")
_ADVERBS = rf"(?:{_NEW_WORK_ADVERBS}|继续|持续)*"
# 甲村、乙村将各新建一个…: one in each place (as 在甲村、乙村等6个村新建…, places listed, then what is built)
_EACH_BUILT = re.compile("各(?:新建|建设|建|增设|新增)|(?<=[村区乡镇道])(?:新建|建设|增设|新增)")  # 将持续推进, 同步推进
_ADVERB_OPENING = re.compile(f"^{_ADVERBS}")
# An item of a plan that is no works, between a plan of works and the works it goes on to list (将新建高标准
# 农田1.5万亩,培训高素质农民800人,启动建设某中心; 还将新增养老床位300张,为1200户…实施适老化改造).
_OTHER_PLAN_ITEM = re.compile(f"^{_ADVERBS}(?:新增|培训|培育|抓好|做好|办好|实现|打造|发展|开展|提升|深化|落实|创建|争创|"
                              "完成|为)")


def _plan_of_works(adverbs: str, future: tuple[str, ...] = FUTURE, verbs: tuple[str, ...] = WORKS_VERBS) -> str:
    # (将在紫薇村新建一座…: where, before the works)
    return rf"(?:{'|'.join(future)}){adverbs}(?:在[^,，。;；在]{{1,24}}?)?(?:{'|'.join(verbs)})(?!的)"  # not 将新改建的公路纳入…


# A plan of works, new or going on (将持续推进), or done to something (将对30座病险山塘进行除险加固), opening a
# list of them; and a plan of new works (将建设某中心), not of works going on (将继续推进某站建设).
_WORKS_PLAN = re.compile(_plan_of_works(_ADVERBS) + rf"|(?:{'|'.join(FUTURE)}){_ADVERBS}对[^,，。;；]{{1,24}}?(?:进行|实施)")
# (or 将完成某村的饮用水提标改造: works to be done, named after; not a target, 计划完成…80公里)
_NEW_WORKS = re.compile(_plan_of_works(f"(?:{_NEW_WORK_ADVERBS})*") + "|"
                        + _plan_of_works(f"(?:{_NEW_WORK_ADVERBS})*", (_WILL,), (_TO_BE_DONE,)))
# A plan word in 计划投资130万元的X or …,计划总投资48万元。 describes the money, not the works
# (but 拟投资1800万元实施X plans the works).
_MONEY_PLAN = re.compile(r"(?:计划|拟|预计)(?=(?:总?投资|投入)[^,，。;；的]*元(?:左右|以上)?(?:的|[,，。;；]|$))")
# Money to be spent (将计划投资1800万元,实施某工程,…) opens a list of planned works as a plan of works does;
# a target (确保完成固定资产投资10亿元) does not.
# 对某村的雨污管网进行改造 (进行标准化改造, 进行提标改造, 实施清淤加固), 把闲置的村小学改成食品加工车间: a clause of works
# done to something.
_WORKS_DONE_TO = re.compile(rf"对[^,，。;；]{{2,30}}?(?:{'|'.join(CARRY_OUT)})了?(?:{WORKS_MANNER})?(?:{'|'.join(sorted(WORKS_CARRIED_OUT, key=len, reverse=True))})"
                            r"|把[^,，。;；]{2,20}?(?:改成|改造成|改建成|改为)")
# 去年, 前年, 2015年 (or 去年5月) opening a clause: a year gone by (a year printed, when before the issue's)
_YEAR_GONE_BY = re.compile(r"(?:^|[,，;；])(?:去年|前年|(?P<year>(?:19|20)\d{2})年)"
                           r"(?:[上下]半年|\d{1,2}月(?:份|底|初|中旬|上旬|下旬)?|年底|年初)?(?:[,，]|$)")
# 预计6月底完工 this year, with no plan said before it (将, 计划, 拟, 准备, 下一步; _ a plan word blanked)
_EXPECTED, _PLAN_BEFORE = "预计", re.compile("将|计划|拟|准备|下一步|_")
# 计划7月底前完工 in a July issue: a plan to be done within the month is works under way, as 预计 says.
_PLAN_WORD = "计划"
_DUE_BY = r"(?:于|在)?(?P<when>\d{1,2}月(?:底|末|中旬|下旬|上旬|初)?)前?(?:全面|全部|如期|基本)?"
_DUE = re.compile(_DUE_BY + _BUILT_OR_OPEN)  # (read after 计划)
_PLANNED_DUE = re.compile(_PLAN_WORD + _DUE_BY + "$")  # (the lead of 完工)
# 将于11月底前完工 in an October or November issue: works due to be done this month or the next are under
# way (not a bus line to open, 将于5月底前开通: nothing is built).
_DUE_SOON = re.compile("将" + _DUE_BY + "$")
_BUILT_BY_THEN = re.compile("|".join((*DONE_WORDS, "交付", "开门迎客")))
# 为茶山村新建了…, 村里改建了老年食堂, 为双溪村新建标准化村卫生室: built, said of a year gone by (not 计划新建,
# 将新建: a plan then)
_BUILT_PAST = re.compile("(?:新建|新修|修建|建起|建设|改建|建成)了|(?<![将要拟划备把])(?:新建|新修|建起)(?!了)")
_MADE_INTO = "把"  # 把X改成Y: X is what the works are made from, Y the works
# What an item of a plan costs, said between its items (将新建甲,项目总投资约1.8亿元,同时实施乙).
_ITEMS_COST = re.compile(r"(?:项目|工程)?(?:总投资|计划投资)(?:约|近|超过?)?[\d.一二三四五六七八九十百千万亿余多]+元")
# (not 原计划投资…: what was once meant to be spent, the works since done)
_SPENDING = re.compile(rf"(?:将|拟|{_ONCE}计划|{_ONCE}(?<!_)_)_*(?:总?投资|投入)[^,，。;；的]*元$")  # _: a plan word _MONEY_PLAN blanked
# 按计划推进某工程, 按计划于今年3月投入使用 (in a June issue): how the works went, not a plan; but
# 按计划于10月投入使用 and 按计划下月开工 plan (see _leads_ahead).
_AS_PLANNED = re.compile(r"按照?计划")
_AHEAD_WORDS = re.compile(r"下月|下半年|明年|后年|年内|近期|即将")
_DAY = re.compile(r"(\d{1,2})日")
_DAY_LIMIT = re.compile(r"(\d{1,2})[日号](?:之)?前")  # 5月10日前完工: by that day
# 10月底完工 in an August issue: how many months ahead a bare month may lie and still be read as to come.
_SOON_MONTHS = 3
_DATED_DONE = re.compile("[已于原]")  # 已于…, 于10月 (dated as done), 原计划 (once meant): no date to come
_SINCE = "以来"  # 8月开餐以来: since then, gone by
_ACROSS_THE_YEARS_TURN = 92  # days: how far across the year's turn a day limit printed with no year is placed
_LAST_YEARS_HALF = 183  # days: how far back a month printed with 于 and no year may lie in the year gone by
_ON = "于"  # 于12月底投入使用: when it happened (not 将于…: when it will)
# The first day of a part of a month (10月中旬 from the 11th, 10月底 from the 21st; 10月 and 10月份 from
# the 1st) or of the year (下半年 from July, 年底 from December; 今年 and 年内 from January).
_PART_FIRST_DAY = {"中旬": 11, "下旬": 21, "底": 21, "末": 21}
_YEAR_PART_FIRST_DAY = {"下半年": (7, 1), "年底": (12, 1), "年末": (12, 1)}
# 已完工131户: a count after the completion word says part of the works is done.
_COUNTED = rf"(?:{NUMERAL}){APPROX}?(?:户|座|个|所|处|条|间|套|家|张|亩|公里|千米|米)"
_PARTIAL = re.compile(rf"(?:{'|'.join(DONE_WORDS)})?{_COUNTED}")  # (已建成投用11家: a second done word before the count)
# 计划新建的20个食堂中,已有14个建成投用: some of a batch done, so the batch is under way. (已有14个村完成改造并通水: the
# second of two done words said of the same part.)
# (已有5台电梯投入使用: the things counted may be named after the count; 金牛村、虹桥村等8个已完成主体建设,
# 后祝村、沧南村等12座终端已完成改造: some places of the batch named and counted, in a clause after the name)
_SOME_OF_THEM = re.compile(rf"(?:(?:已有|已经有|其中)(?:{NUMERAL}){APPROX}?[个座所处家条间台套部]|(?P<places>等)(?:{NUMERAL}){APPROX}?"
                           rf"[个座所处家条间台套部])(?:[\u4e00-\u9fff]{{1,4}}?)?(?:已经?|均已)?(?:{'|'.join(DONE_WORDS)}|完成改造)?$")
# 6个老年食堂中,4个已投入运营: a count opening the clause after a batch's 中 is some of them.
_SOME_AMONG = re.compile(rf"中[,，](?:{NUMERAL}){APPROX}?[个座所处家条间台套部](?:已经?|均已)?$")
# 一期已于5月完工,二期正在施工: one phase done is the works under way.
_PHASE_DONE = re.compile(r"[一二两三四五六七八九十首]期(?!间)")  # not 五一期间; 前两期已完工 too
# A road or tunnel joined up (实现贯通), with works going on after it (目前正在进行路面摊铺): a stage done
# (but 去年冬天动工,今年9月全线贯通 is done).
_THROUGH = re.compile(r"(?:全线|顺利|实现|正式)贯通")
_GOING_ON_AFTER = re.compile(r"正在|转入|进入")
# Pipes or a road laid (管网已完成铺设), with works going on after it (目前正在进行路面恢复): a stage done too.
_LAID_FORM = re.compile(_LAID)
# When the builders enter the site: a month (5月上旬进场) or after a day (元旦后进场).
_ENTRY = re.compile(r"(?:(?P<month>[0-9]{1,2})月(?P<part>初|[上中下]旬|中)?|后)进场$")
_EARLY_PARTS = ("初", "上旬", "中旬", "中")  # (8月初进场 in a late August issue: gone by)
_BARE_YEAR = re.compile(r"\d{4}年|今年")
# 整治工程推迟到10月汛期结束后开工 (in a July issue): put off to a month not yet come, a plan (a month
# already past, 推迟到6月才开工 in July, is read as next year's by find_deadline, so it is not counted).
_PUT_OFF_TO = re.compile(rf"(?:{PUT_OFF})(?:到|至)$")
# 推迟到汛期过后,9月动工: the start put off in the clause before, then when it will be.
_PUT_OFF_CLAUSE = re.compile(rf"(?:{PUT_OFF})(?:到|至)[^,，。;；]{{1,10}}(?<!才)[,，]$")
_BARE_TIME = re.compile(r"(?:今年|明年)?(?:\d{1,2}月(?:份|初|中旬|上旬|下旬|底)?|年底|年内|秋季|冬季)(?:再|才)?$")
# 完成除险加固, 完成标准化改造, 完成提标改造, 完成“白改黑” and 进行了改造 are done (not 完成“三通一平”, a site made ready, nor 完成“白改黑”工程设计); 已完成工程量 (or 主体工程) 的七成 (or 80%) is under way; 完成前期设计 says nothing of the works.
# (not 完成提标改造方案设计: a plan of the works, not the works). The surface the works are on may be said
# (某公路完成路面硬化, 某礼堂完成屋面修缮; _SURFACES).
_DONE_WORKS = rf"(?:完成了?|进行了)(?:(?:{_SURFACES})(?![^。;；]*?{_MORE_TO_DO}))?(?:{WORKS_MANNER})?(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})" \
    r"(?![^,，。;；]{0,2}?(?:方案|设计|规划|图纸|招标|可研))|进行了(?:清淤|疏浚)" \
    r"|完成了?“(?![^”]{1,2}通一平)[^”]{2,6}”(?=改造|工程|提升|[,，。;；]|$)(?![^,，。;；]{0,4}?(?:方案|设计|规划|图纸|招标|可研))"
_SHARE_DONE = r"完成了?(?:总|全部)?(?:工程量|工作量|进度|主体工程|主体|路面硬化|路基|路面)?的?(?:约|近|超过?)?(?:\d+(?:\.\d+)?%|[一二三四五六七八九]成|过半|(?:一半|大半|[二三四五六七八九十]分之[一二三四五六七八九])(?![\u4e00-\u9fff]{0,4}?(?:农户|村民|住户|群众|签约|搬迁)))"
# 改造已完成。 ends its clause: the works are done; 已完成2000亩 counts what is done so far.
_DONE_ALONE = r"完成(?=[。，,;；！]|$)"
_COUNT_DONE = rf"完成了?{_COUNTED}"
_COUNT_DONE_RE = re.compile(_COUNT_DONE)
# 完成22座病险山塘和3座小型水库除险加固: things counted before the name, then more counted with it
# (or more than one more: 完成18座病险山塘、5座堰坝和2座小型水库除险加固).
_COUNTED_TOO = re.compile(rf"(?P<thing>[\u4e00-\u9fff]{{1,8}}?)(?:[和及与、]{_COUNTED}[\u4e00-\u9fff]{{1,8}}?)*"
                          rf"[和及与、]{_COUNTED}")
# …,其余5个正在施工 (其余将在年底前完工): the count done is some of the works, the rest going on (not 其余乡镇的…,
# other places').
_REST_GOES_ON = re.compile(rf"(?:其余|剩余|剩下)的?(?:{NUMERAL}{APPROX}?[个座所处家条间套户])?(?:已经?|均已|也|仍|还)?"
                           r"(?:正在|在建|尚未|未|在|将|加紧|抓紧|陆续|有序)")
_A_COUNT = re.compile(rf"({NUMERAL}){APPROX}?(户|座|个|所|处|条|间|套|家)")
# The works words ending a name counted (终端提标改造, 单村水站改造提升), left off to see what is counted.
_WORKS_ON_IT = re.compile(rf"(?:{'|'.join(sorted({*CONSTRUCTION, '提标', '达标'}, key=len, reverse=True))})++$")
_KIND_CHARS = 2  # the last characters of what is counted (终端, 水站, 公厕), looked for after a larger count
# What may stand between the works and a bare 完成 (改造工程目前已全部完成, 基站建设已完成, 于近日改造
# 完成, 今年4月顺利完成, 预计10月完成); anything else is another subject (前期工作已完成, 土建部分已完成).
# A bare month counts only after 已, 于 or a word of plan: alone it is too often a plan's (3月开工,10月完成).
_MONTH_AFTER = ("已", "于", "将", "预计", "计划", "力争", "争取", "有望", "确保")
# (or the rest of a list the name opens: 农村公厕提升改造、城乡公交一体化等项目已全部完成)
# (or the works listed after it, counted or told done: 城乡公交一体化、区第三小学扩建两个项目已经完成,
# 甲工程、乙村山塘加固工程已经完成; not 甲工程和乙工程的土建部分已完成: a part of the last)
_WORKS_COUNTED = r"[两二三四五六七八九十\d]+[个件项](?:民生)?(?:实事)?(?:项目|工程)"
_LAST_LISTED = rf"[、和及与][^,，。;；、]{{1,12}}?(?:{'|'.join(sorted({*CONSTRUCTION, *WORKS}, key=len, reverse=True))})(?=(?:目前|现)?(?:已经?|均已|都已))"
_ONLY_ADVERBS = re.compile(rf"(?:[、和及与][^,，。;；、]{{1,12}}?(?=[、和及与等]|{_WORKS_COUNTED})|{_LAST_LISTED}|"
                           rf"{_WORKS_COUNTED}|等(?:[一二三四五六七八九十\d]+[个件项])?(?:民生)?(?:实事)?(?:项目|工程)?|"
                           rf"目前|现在|现|均|都|全部|已经|已|顺利|如期|基本|全面|提前|于|近日|日前|重新|建设|施工|上月|上周|"
                           rf"(?:利用)?(?:暑假|寒假|暑期|假期|节前)(?:期间|期|间|时间)?|铺设|安装|"
                           rf"{'|'.join(_MONTH_AFTER)}|年底前|年内|"
                           rf"(?:(?:{'|'.join(f'(?<={word})' for word in _MONTH_AFTER)})(?:今年|去年)?|今年|去年)"
                           rf"\d{{1,2}}月(?:\d{{1,2}}日|份|底|初|中旬|上旬|下旬)?|"
                           rf"{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})*")
# 让8600余户群众喝上了自来水: what people now have from the works, so the works are done.
_IN_USE = r"让[^,，。]{1,14}?[喝用住吃走坐看]上了"
# 正利用暑假对学校食堂进行改造: works being done now.
_BEING_DONE = rf"正[^,，。;；]{{0,12}}?进行(?:{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})"
_STATUS_FORMS = ((re.compile("|".join((*COMPLETED, _DONE_WORKS, _IN_USE, _DONE_ALONE))), "completed"),
                 (re.compile("|".join((*IN_PROGRESS, _SHARE_DONE, _COUNT_DONE, _BEING_DONE))), "in_progress"),
                 (re.compile("|".join((*PLANNED, _NEW_WORKS.pattern))), "planned"))
# A clause opening with a township, its subject (高家镇开通…, 全镇已完成…).
_ANOTHER_PLACE = re.compile(r"(?![该本此])[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?![里上内政府区级])")  # not 该镇计划…
# Parts said done after the name (某公路工程路基已完工), not inside it (红岩村涵洞改造工程已经完工).
_FIRST_PARTS = re.compile("路基|涵洞|桥墩|桩基|土建")
_ALL_PARTS = re.compile(r"主体(?:和|及|与)[^,，。;；]{0,4}(?:装修|附属|配套)[^,，。;；]{0,2}(?:均|都|全部)")  # not 主体和外立面
_DIRECTIVE = re.compile(r"(?<![重主只需必])(?<!明年)要(?![求素点闻])|务必|必须|(?<![无必所])需(?=在|于|尽快|抓紧|加快)")  # 需在春节前投入使用
_DESCRIPTION = re.compile(r"[^,，。;；对把]{1,12}的")  # 将于年底建成的 (村级水站)
# 去年11月投用后,村民…: what followed a completion gone by, which it reports (not 建成后将…).
_PAST_TIME = re.compile(r"(?:去年|前年|上月|上周|上半年)(?:\d{1,2}月)?(?:份|底|初|中旬|上旬|下旬)?$")
# 4月启用后 (or 今年4月…) in a May issue: a month of the issue's year gone by.
_BARE_MONTH_AT_END = re.compile(r"(?:(?<=今年)|(?<![\d年]))(?P<month>\d{1,2})月(?:份|底|初|中旬|上旬|下旬)?$")
# 5月竣工后已全部出租: what has happened since it was finished, so it was (not 建成后将…).
# (not 建成后已使用30多年的老桥将被拆除: what is there already, then what will come)
_DONE_SINCE = re.compile(r"后(?:均|都|便|就)?已(?![^,，。;；]*将)")
# (not 里舍村并入官塘村后新建的文化礼堂: villages merged, the works still said)
_MERGED = re.compile("(?:并入|合并到|归并到)[^,，。;；]{0,12}?(?:项目|工程)")
# 向代表正式通气, 6月3日通气会: a briefing given to someone, no gas supplied
_BRIEFED, _MEETING = re.compile(r"(?:向|与|跟)[^,，。;；]{1,10}$"), "会"
_NEGATIONS = ("未", "尚未", "没有", "没")  # 还没开伙
# 未能按期完工, 没能如期投用: not done by the day set; 更谈不上完工: not done at all.
_DENIED = re.compile(r"(?:未能?|没能|没有)(?:按期|如期|按时|准时)$|谈不上$")
# 完成招标,待进场施工; 暂缓实施; 因汛期推迟开工: not begun
# (暂缓到今年冬季实施, 推迟到10月再动工 too; but 推迟到11月才开工 happened)
_WAITING = re.compile(rf"(?:待|等待|尚待|{PUT_OFF})(?:进场)?$"
                      rf"|(?:{PUT_OFF})(?:到|至)[^,，。;；]{{1,10}}(?<!才)$"
                      r"|(?<![比较])(?:原定|原计划|原本计划)[^,，。;；的]{0,12}$"  # 原定3月开工的…: a plan that did not hold
                      r"|待[^,，。;；]{1,12}后再?$")  # 待用地指标落实后再启动: once something is done, to come
# 调整至今年汛前实施: put off, when what it is moved to is a time to come (_moved_to_later)
_MOVED_LEAD = re.compile(r"调整(?:至|到)(?P<moved>[^,，。;；]{1,10})(?<!才)$")
# A speaker's instruction, which goes on over the clauses after it (林某强调,要把…,紧盯…).
# 开伙时间推迟至3月, 通车时间定在国庆前: the schedule of a completion put off or set (not 开餐时间为每天11时,
# 投入使用时间不到半年: a facility in use); 建成时间早 (较早, 久): how old what is there is.
_SCHEDULE = re.compile(rf"(?:时间|日期)(?:已|将|再次?|一再|也)?(?:{PUT_OFF}|调整|(?:暂|初步|已)?定(?:在|于|为)|待定|未定"
                       rf"|尚未确定|还未确定|(?:较|比较|很|太)?(?:早|久远|久|长))")
# 通车时间为9月底: a date to come is a plan (_DATED_SCHEDULE), one gone by (为7月18日 in August) a completion.
_DATED_SCHEDULE_FORM, _SCHEDULE_DATE = re.compile(_DATED_SCHEDULE_WORDS), re.compile(rf"(?:时间|日期)(?:为|是){_SET_DATE}")
_DESCRIBES, _LISTED_AFTER = "的", "、"  # (某村新建成的处理站: the status word describes what follows it)
_CAUSE = ("因", "由于")  # a clause saying why (因…尚未竣工; but 由于某工程尚未完工: its own)
_TRAFFIC, _TEMPORARY = "通行", re.compile("便桥|便道|临时")
_ARRANGED_FOR = re.compile(rf"{_ARRANGED}$")
_ARRANGED_IN = "安排在"
# Fitting a facility out (正在添置厨房设备) is works under way only after works said before it (主体装修已经完成).
_FITTING_OUT = re.compile("添置|购置")
_WORKS_SAID = re.compile("装修|改造|改建|扩建|新建|建设|施工|完工|竣工|建成|结顶|封顶|主体")
_NOT_YET_DONE_FORM = re.compile(_NOT_YET_DONE)
_INSTRUCTION = re.compile(r"(?:强调|要求|指出|提出)[,，:：]?(?:要|务必|必须)")
# What the works are told to do, in their own clause (某工程确保9月开学前投入使用, 某工程力争6月底完工).
_INSTRUCTED = re.compile(r"(?<![主需重只])要|确保|力争|务必|必须|争取")
_CAMP_OPENS, _CAMP = "开营", "营"
_CARRIED_OUT = "实施了"
_BEGUN_BEFORE_NAME = re.compile(rf"{_CARRIED_OUT}$")
# 完成了 (or 实施了) right before the name, or before a list the name ends (完成了甲、乙和): the works
# are its object; so are works of 完成的 (去年完成的某小区改造项目; not 需完成的, 正在完成的, nor a facility:
# 刚改造完成的康复理疗中心 is a room of another's works).
_DONE_BEFORE_NAME = re.compile(rf"(?:完成了?|{_CARRIED_OUT})(?:[^,，。;；]+[、和及])?$|(?P<of>(?<![需要将应在])完成的)$")
# What may say a status: the forms above, and works carried out before a name (我区实施了某工程).
STATUS_PATTERNS = (*(form.pattern for form, _ in _STATUS_FORMS), _CARRIED_OUT)
_TAKES_OBJECT = ("开通", "启用", "开办")
# What follows an opening without being its object (正式开通运营, 启用仪式, 开通以来).
_AFTER_OPENING = ("运营", "运行", "使用", "仪式", "以来", "以后", "后", "并", "迎", "当天", "首日", "至今", "试运")
_OPEN_FOR = re.compile(r"(?:[\d一二两三四五六七八九十]+|半|多)(?:年|个月)")  # 某食堂开办两年: how long it has been open
# The name ends its item, maybe with the works said after it (彭家村停车场建设).
# (or its length, or the homes it was done in: 完成农村公路大中修42公里, 完成农村危旧房改造412户)
_ENDS_ITEM = re.compile(rf"(?:建设|{'|'.join(sorted(CONSTRUCTION, key=len, reverse=True))})?(?:(?:约|近)?[\d.]+余?(?:公里|千米|户))?"
                        r"(?:[、和及,，。;；]|$)")
_SCHEDULE_PUT_OFF_FORM, _NOT_BEGUN_FORM = re.compile(_SCHEDULE_PUT_OFF), re.compile(_NOT_BEGUN)
_THIS_MONTHS_END_FORM = re.compile(_THIS_MONTHS_END)
# 将于7月开工,月底完工 in a June issue: the end of a month named before, not this one's (not a day's date,
# 6月5日, when it was said).
_MONTH_NAMED = re.compile(r"明年|下个?月|(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月(?!份?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])")
_FIRST_PARTS_DONE_FORM = re.compile(_FIRST_PARTS_DONE)
_MENDED_FORM = re.compile(rf"{_MENDED_WORDS}了?|{_INSTALLED}")  # what _MENDED matches, without its lookarounds
_DONE_MARK = "了"
_HELD_AS_GOAL = re.compile(r"(?<!已)(?<!已经)把[^,，。;；]*$")  # 把 before the name, not said done (已经把)
_STARTS = "启动"
# (not 某工程启动仪式, the works' own start; nor 启动建设并开展安全宣传, 启动“百日攻坚”行动: works begun)
_ACTIVITY_AFTER = re.compile(r"(?:(?!建设|施工|开工|动工|改造|攻坚|会战)[^,，。;；]){1,16}?"
                             r"(?:活动|行动|仪式|比赛|赛事|培训|宣传|讲座|志愿服务)")
RANK = {None: 0, "planned": 1, "in_progress": 2, "completed": 3}


@dataclass(frozen=True)
class _Said:
    """One status word as the window says it of the name: its status once its lead is read (将, 已,
    a deadline), the planned completion it gives, and what it says of the works beyond its status."""
    status: str
    completion: date | None
    starts_later: bool  # 预计6月份开工
    under_way: bool  # works said to be under way, not by a bare 实施
    phase_done: bool  # 一期已于5月完工
    expected: bool  # 预计6月底完工: a completion expected this year, with nothing said of a start


def status_in(window: str, issue_date: date, name_end: int = 0, name_start: int | None = None,
              before: str = "", planning: bool = False) -> tuple[str | None, date | None]:
    """Status and planned completion said in `window` (from the name's clause to the sentence end;
    the name spans `name_start` to `name_end`; `before` is the sentence before the window, read
    only for a plan its clauses go on with); `planning` when the article lists works to come (2026年
    民生实事候选项目 in a 2025 issue, 今年我区将办好十件民生实事), where works only said to be carried out,
    opened, started or pushed on (实施某工程, 新开通公交线路), with no time, 已, 正在, 正式 or earlier
    year in the sentence before them, are planned."""
    window, before = _blank_plan_words(window, issue_date), _blank_plan_words(before, issue_date)
    said = list(_statuses_said(window, issue_date, name_end, name_start, before, planning))
    completion = next((s.completion for s in said if s.completion), None)
    status = _settled(said, window, name_start, name_end, issue_date, before)
    if status == "completed" and not said and (planning or _done_as_planned(window, name_start, before)):
        # 二是完成某村山塘除险加固 in a list of works to come (今年,某镇将办好五件民生实事:…), or in a
        # plan of works said before it (将对30座病险山塘进行除险加固,并完成某地5条渠道的清淤)
        status = "planned"
    done_to = _WORKS_DONE_TO.match(window)
    if status is None and done_to and _SPENDING.search(before.rstrip(",，")) \
            and not (done_to.group().startswith(_MADE_INTO) and (name_start or 0) < done_to.end()):
        # (not 老旧路灯 of 把老旧路灯改为太阳能路灯: what is made into the works is no project)
        status = "planned"  # 还计划投资150万元,对某村的雨污管网进行改造: the money to be spent on the works
    elif status is None and (item := _WORKS_DONE_TO.match(_ADVERB_OPENING.sub("", window))) \
            and not item.group().startswith(_MADE_INTO) and _plans(before, window, names_it=True):
        status = "planned"  # 今年还将新建20个照料中心,并对甲乡、乙乡12个村的饮用水工程进行提标改造: an item of the plan
    elif status is None and _PLACE_OPENING.match(_ADVERB_OPENING.sub("", window)) and _plans(before, window, names_it=True):
        status = "planned"  # 还计划投资200万元,在埂头村建设生态停车场: an item of the plan, built there
    elif status is None and (done := _WORKS_DONE_TO.search(window) or _BUILT_PAST.search(window, 0, name_end)) \
            and _year_gone_by(before + window[:done.start()], issue_date):
        # 去年,乡里投入15万元对村卫生室进行改造 (or 为茶山村新建了标准化卫生室): works of a year gone by, told as done
        status = "completed"
    return status, completion


def _done_as_planned(window: str, name_start: int | None, before: str) -> bool:
    """Whether the works done before the name (完成某地5条渠道的清淤), with no 已 of their own, go on with a
    plan of works said before them in the sentence."""
    return name_start is not None and not any(p in window[:name_start] for p in PAST) \
        and _plans(before, window, names_it=True)


def _year_gone_by(text: str, issue_date: date) -> bool:
    """Whether a clause opens with a year before the issue's (去年, 前年, 2015年 in 2017)."""
    return any(not said["year"] or int(said["year"]) < issue_date.year for said in _YEAR_GONE_BY.finditer(text))


def _blank_plan_words(text: str, issue_date: date) -> str:
    """Plan words that say nothing of the works' status blanked: 计划投资…元 is about the money, 按计划
    about the pace (unless it leads to a time ahead)."""
    text = _MONEY_PLAN.sub(lambda m: "_" * len(m.group()), text)
    return _AS_PLANNED.sub(lambda m: m.group() if _leads_ahead(text, m.end(), issue_date) else "_" * len(m.group()), text)


def _months_ahead(when: date, issue_date: date) -> int:
    """How many months after the issue's `when` falls (1月底 in a December issue: one)."""
    return (when.year - issue_date.year) * 12 + when.month - issue_date.month


def _rest_go_on(window: str, name_end: int) -> bool:
    """Whether the sentence goes on, after the name, to the rest of the works going on (…,其余5个正在施工)."""
    stop = window.find("。", name_end)
    return _REST_GOES_ON.search(window, name_end, len(window) if stop < 0 else stop) is not None


def _sizes_the_works(window: str, match: re.Match, name_end: int, before: str) -> bool:
    """为困难家庭完成适老化改造320户: a count right after the works its status form ends on is how many
    the works are, not a part done, unless a larger count of the same was said before (计划改造240户) or
    the rest go on after it (…,其余80户正在施工)."""
    count = _A_COUNT.match(window, match.end())
    if match.end() != name_end or count is None or _rest_go_on(window, name_end):
        return False
    return not _more_said_before(count, before + window[:match.start()])


def _more_said_before(count: re.Match, text: str) -> bool:
    """Whether `text` says a larger count of the same unit than `count` (计划改造300户 before 已完成…120户)."""
    done = parse_numeral(count[1]) or 0
    return any(other[2] == count[2] and (parse_numeral(other[1]) or 0) > done for other in _A_COUNT.finditer(text))


def _all_of_them(window: str, match: re.Match, name_end: int, before: str) -> bool:
    """完成7个污水处理终端提标改造: whether the count done is all of the works its sentence speaks of;
    not some of a larger count said before it (计划改造12个…,目前已完成7个…) nor with the rest going
    on after it (…,其余5个正在施工)."""
    if _rest_go_on(window, name_end):
        return False
    count = _A_COUNT.search(match.group())
    done = parse_numeral(count[1]) if count else None
    lead = before + window[:match.start()]
    lead = lead[lead.rfind("。") + 1:]
    # (the larger count of the same things, 计划改造8个单村水站 or a bare 12个; not 组织12个工作组, 共有15个行政村)
    kind = _WORKS_ON_IT.sub("", window[match.end():name_end])[-_KIND_CHARS:]
    return done is None or not any(other[2] == count[2] and (parse_numeral(other[1]) or 0) > done
                                   and (not kind or kind in lead[other.end():clause_bounds(lead, other.end())[1]]
                                        or clause_bounds(lead, other.end())[1] == other.end())
                                   for other in _A_COUNT.finditer(lead))


def _leads_ahead(text: str, at: int, issue_date: date) -> bool:
    """Whether the clause from `at` names a time not yet come: 按计划于10月投入使用, 按计划下月开工 (in a
    June issue); not 按计划于今年3月投入使用, 按计划于5月20日开工 or a bare 按计划有序推进."""
    rest = text[at:clause_bounds(text, at)[1]]
    if _AHEAD_WORDS.search(rest):
        return True
    deadline = find_deadline(rest, issue_date)
    if deadline is None:
        return False
    when, start, end = deadline
    if "年" not in rest[start:end] and when.year > issue_date.year:
        return False  # a bare month gone by (按计划于4月开工 in June): find_deadline reads it as next year's
    day = _DAY.match(rest, end)
    if day and "月" in rest[start:end] and not rest[start:end].endswith(("底", "末", "份", "旬")):
        try:
            when = when.replace(day=int(day[1]))
        except ValueError:
            pass
    return when >= issue_date


def _statuses_said(window: str, issue_date: date, name_end: int, name_start: int | None, before: str,
                   planning: bool):
    """Each status word of the window that reports something of the name, as it is said."""
    for form, label in _STATUS_FORMS:
        for match in form.finditer(window):
            clause_start, _ = clause_bounds(window, match.start())
            lead = window[clause_start:match.start()]
            if name_start is not None and clause_start < name_start < match.start() \
                    and _DESCRIPTION.fullmatch(window, clause_start, name_start):
                # 将于年底建成的村级水站正在铺设管道: what describes the name opening the clause says nothing
                # of the works' status now (but 将对12个运行年限较长的老旧终端实施…: the plan is the clause's)
                lead = window[name_start:match.start()]
            if not _reports(window, match, label, clause_start, before, name_start, name_end, issue_date):
                continue
            # 已完工131户 is part of the works; 建成两处“邻里议事厅” counts the works named after it.
            some = _SOME_OF_THEM.search(lead)
            # (not 甲村下坞山塘、乙村大塘等5座山塘已完成整治: the places listed with the name, all done)
            some = some is not None and (some["places"] is None or clause_start >= name_end) \
                or _SOME_AMONG.search(window, 0, match.start()) is not None
            partial = (_PARTIAL.match(window, match.end()) and not _sizes_the_works(window, match, name_end, before)
                       or some) and match.end() >= name_end
            said = "in_progress" if label == "completed" and partial else label
            joined = _COUNTED_TOO.fullmatch(window, match.end(), name_start) if name_start is not None else None
            if said == "in_progress" and _COUNT_DONE_RE.fullmatch(match.group()) \
                    and (match.end() == name_start or joined) \
                    and _all_of_them(window, match, joined.end("thing") if joined else name_end, before):
                said = "completed"  # 完成7个污水处理终端提标改造: the count is all of the works named after it
            deadline = find_deadline(lead, issue_date)
            future = not any(p in lead for p in PAST) and (
                planning and (match.group() in _DOING or _COUNT_DONE_RE.fullmatch(match.group())
                              or match.group().startswith(_TO_BE_DONE) and _FOR_HOUSEHOLDS.search(lead))
                and deadline is None
                and not _said_happened(before + window[:match.start()], issue_date)
                or _future_said(lead, issue_date) or _is_ahead(lead, deadline, issue_date)
                or _by_a_season_to_come(lead, issue_date)
                or _START.fullmatch(match.group()) is not None and _BARE_TIME.fullmatch(lead) is not None
                and _PUT_OFF_CLAUSE.search(window, 0, clause_start) is not None
                and not _month_gone_by(lead, deadline, issue_date)
                or _enters_later(lead, issue_date) or _starts_later_this_year(match, lead, deadline, issue_date)
                or said == "completed" and _bare_month_soon(lead, deadline, issue_date)
                and not window.startswith(_SINCE, match.end())
                or _a_goal(window, match, clause_start, name_start)
                # in a list of works to come, a later month this year (4月开工 in February; a month gone by is
                # read as next year's, so it is not counted, nor is this month's 3月15日)
                or planning and deadline is not None and deadline[0].year == issue_date.year
                and deadline[0].month > issue_date.month and not _last_years_month(lead, deadline, issue_date)
                or (deadline is None or deadline[0] > issue_date) and not any(p in lead for p in PRESENT)
                and _plans(before + window[:clause_start], window[clause_start:],
                           names_it=name_start is not None and name_start >= clause_start))
            future = future and not _THIS_MONTHS_END_FORM.fullmatch(match.group())  # (to be done within weeks)
            completion = deadline[0] if said == "completed" and future and deadline else None
            said = "planned" if future else said
            yield _Said(
                status=said, completion=completion,
                starts_later=said == "planned" and _START.fullmatch(match.group()) is not None,
                under_way=said == "in_progress" and not _PACE.fullmatch(match.group())
                and not ((arranged := _ARRANGED_FOR.search(lead)) and _at_hours(arranged.group()))
                and not match.group().endswith(_LEVELLED) and (
                    match.group() != _BARE_DOING or any(p in lead for p in (*PAST, *PRESENT)) or deadline is not None),
                expected=said == "planned" and completion is not None
                and (completion.year == issue_date.year
                     and (_EXPECTED in lead and not _PLAN_BEFORE.search(before + window[:match.start()])
                          or completion.month == issue_date.month and _PLANNED_DUE.search(lead) is not None)
                     or 0 <= _months_ahead(completion, issue_date) <= 1 and _DUE_SOON.search(lead) is not None
                     and _BUILT_BY_THEN.match(match.group()) is not None)
                or said == "planned" and match.group() == _PLAN_WORD and _due_this_month(window, match.end(), issue_date),
                phase_done=said == "completed"
                and (_PHASE_DONE.search(window, max(name_end, clause_start), match.start()) is not None
                     or (_THROUGH.fullmatch(match.group()) or _LAID_FORM.fullmatch(match.group())) is not None
                     and _GOING_ON_AFTER.search(window, match.end()) is not None))


def _due_this_month(window: str, at: int, issue_date: date) -> bool:
    """计划7月底前完工 read from after 计划, in a July issue: the works to be done within the issue's month."""
    due = _DUE.match(window, at)
    deadline = find_deadline(due["when"], issue_date) if due else None
    return deadline is not None and (deadline[0].year, deadline[0].month) == (issue_date.year, issue_date.month)


def _last_years_month(lead: str, deadline, issue_date: date) -> bool:
    """于12月底投入使用 in a January issue (于9月开学投用 too): a month printed with no year, said with 于 and
    no word of a plan, whose last year's lies within half a year behind the issue, is when it happened."""
    printed_at = deadline[1]
    if "年" in lead[printed_at:deadline[2]] or not lead.endswith(_ON, 0, printed_at) or FUTURE_SAID.search(lead):
        return False
    when = deadline[0]
    last_year = date(when.year - 1, when.month, min(when.day, calendar.monthrange(when.year - 1, when.month)[1]))
    return 0 <= (issue_date - last_year).days <= _LAST_YEARS_HALF  # (a leap year's 2月底 has no 29th last year)


def _future_said(lead: str, issue_date: date) -> bool:
    """Whether the lead says something to come; a limit (年底前, 月底前) only while the year it states has
    not gone by (于去年年底前建成, 于今年6月底前完工 in a December issue: reports of works done). The year
    is the limit's own (not 去年 of 去年开工的某礼堂年底前建成, a plan for this year's end)."""
    return any(not (match.group() in _LIMITS and _limit_gone_by(lead, match.end() - 1, issue_date))
               for match in FUTURE_SAID.finditer(lead))


def _limit_gone_by(lead: str, end: int, issue_date: date) -> bool:
    """Whether the period a limit closes, printed whole right before its 前 at `end` (去年年底, 今年6月底,
    2023年底), states a year and is over by the issue date."""
    for start in range(max(0, end - _LIMIT_REACH), end):
        period = find_deadline(lead[start:end], issue_date)
        if period is not None and period[1] == 0 and period[2] == end - start:
            return "年" in lead[start:end] and period[0] < issue_date
    return False


def _a_goal(window: str, match: re.Match, clause_start: int, name_start: int | None) -> bool:
    """今年一定把某机耕路修好, 确保春节前把路灯全部安装到位: works to be done, a goal set (but 已经把护岸修好,
    把危桥修好了: done). (Read where it was said: a bare 修好 is one only before a stop.)"""
    return (said := _MENDED_FORM.match(window, match.start())) is not None and said.end() == match.end() \
        and not match.group().endswith(_DONE_MARK) \
        and _HELD_AS_GOAL.search(window, clause_start, name_start if name_start is not None else match.start()) is not None


def _reports(window: str, match: re.Match, label: str, clause_start: int, before: str, name_start: int | None,
             name_end: int, issue_date: date) -> bool:
    """Whether a status word reports the name's status, not another's, a denial, an order or a condition."""
    lead = window[clause_start:match.start()]
    if label == "planned" and (moved := _MOVED.match(match.group())) \
            and not _moved_to_later(match.group()[moved.end():], issue_date):
        return False  # 路面开挖调整到夜间实施: done at night, not put off; 调整至5月开工 in September: begun
    if (moved := _MOVED_LEAD.search(lead)) and _moved_to_later(moved["moved"], issue_date):
        return False  # 调整至今年汛前实施: put off, not begun
    if label == "planned" and _NEW_WORKS.fullmatch(match.group()) \
            and not _plans_the_name(window, match.start(), match.end(), name_start, name_end):
        return False  # 某卫生院改造工程…,该镇还将新建3个卫生室: a plan of other works
    if _not_happened(lead):
        return False  # 尚未开工; 要加快推进…: what someone asks for, not what happened
    if match.start() >= name_end and window.startswith(_DESCRIBES, match.end()) \
            and window.rfind(_LISTED_AFTER, name_end, match.start()) >= clause_start:
        return False  # 来到某卫生院迁建工地、某村新建成的处理站等地: what describes the next item listed
    if label == "completed" and _SCHEDULE.match(window, match.end()):
        return False  # 投用时间推迟至9月, 通车时间定在…: when it will be done, not that it is
    # 通车时间为9月底: when it will be done, a plan (but 为7月18日 in August: when it was, a completion)
    dated = _SCHEDULE_DATE.match(window, match.end()) if label == "completed" else \
        _DATED_SCHEDULE_FORM.fullmatch(match.group()) if label == "planned" else None
    if dated is not None:
        at = dated.end() if label == "completed" else match.end()  # where the date is printed
        if _date_ahead(window[at:clause_bounds(window, at)[1]], issue_date) == (label == "completed"):
            return False
    if lead.startswith(_CAUSE) and _NOT_YET_DONE_FORM.fullmatch(match.group()) \
            and not (name_start is not None and clause_start <= name_start < match.start()):
        return False  # 因所在综合体尚未竣工,推迟至明年: what it waits for is not done (but 因配套仍在施工: its part)
    if match.group().endswith(_TRAFFIC) and (_TEMPORARY.search(lead) is not None or name_start is not None
                                             and _TEMPORARY.search(window, name_start, name_end) is not None):
        return False  # 临时便桥已通行, 架起一座钢便桥,3月初已经通行: the detour open while the works go on
    if label == "in_progress" and (arranged := _ARRANGED_FOR.search(lead)) and not _at_hours(arranged.group()):
        return False  # 某工程安排在汛期过后实施, 定于8月20日起实行封闭施工: when it will be carried out, not begun
    if label == "planned" and _at_hours(match.group()):
        return False  # 某工程安排在夜间施工: the hours the works go on at, no time to come
    if label == "in_progress" and _FITTING_OUT.search(match.group()) and not _WORKS_SAID.search(window, 0, match.start()):
        return False  # 某小学正在购置新课桌椅: goods for a facility in use (not 主体装修已经完成,正在添置厨房设备)
    if _MERGED.search(lead):
        return False  # 并入区医共体项目统一实施: carried out as part of another project, no status of its own
    if match.group().endswith("通气") and (window.startswith(_MEETING, match.end()) or _BRIEFED.search(lead)):
        return False  # 在6月3日通气会上, 区住建局就某工程向代表正式通气: a briefing, no gas supplied
    if label == "in_progress" and _SCHEDULE_PUT_OFF_FORM.fullmatch(match.group()) \
            and _NOT_BEGUN_FORM.search(window, 0, match.start()):
        return False  # 至今仍未开工,完工时间推迟到明年6月: the end put off of works not begun
    if label == "completed" and name_start is not None and match.end() <= name_start \
            and window[match.end():name_start] == "的" \
            and any(form.search(window, name_end) for form, _ in _STATUS_FORMS):
        return False  # 2008年建成的文化礼堂正在进行提升改造: when the facility was built, not how far its works got
    if label == "completed" and match.start() >= name_end and _DONE_ONES_AFTER.search(lead):
        return False  # 把山区小水站纳入统一管理,同时加强对已建成污水处理终端的运维: which others, done before
    if label != "planned" and _INSTRUCTION.search(before + window[:match.start()]) \
            and not _own_clause_reports(window, match, clause_start, name_start, name_end):
        return False  # 某某强调,要…,紧盯…在建工地: an instruction reports nothing done
    if (match.group() == "完成" or _MENDED_FORM.fullmatch(match.group()) or _SURFACE_WORKS.match(match.group())) \
            and not _ONLY_ADVERBS.fullmatch(window[max(clause_start, name_end):match.start()]):
        return False  # (沿街112幢房屋完成立面改造: another subject's surface, a part of the works)
    if match.group().startswith(_STARTS) and _ACTIVITY_AFTER.match(window, match.end()) and match.start() >= name_end:
        return False  # 区图书馆启动“书香进万家”冬季阅读活动: a facility starting an activity, no works begun
    if match.group() == _CAMP_OPENS and _CAMP not in window[name_start or 0:name_end]:
        return False  # 某露营基地于7月开营; but 图书馆“悦读”夏令营开营: a programme's camp began
    if label == "in_progress" and _THIS_MONTHS_END_FORM.fullmatch(match.group()) \
            and _another_months_end(before + window[:match.start()], issue_date):
        return False  # 将于7月开工,月底完工 in a June issue: the end of July, not this month's
    if label == "in_progress" and _FIRST_PARTS_DONE_FORM.fullmatch(match.group()) and match.start() < name_end:
        return False  # 某桥桥墩加固工程已全部完工: the part is the works' own name, all of them done
    if label == "completed" and (window.startswith("后", match.end()) and not _PAST_TIME.search(lead)
                                 and not _month_before_the_issue(lead, issue_date)
                                 and not _DONE_SINCE.match(window, match.end())  # (5月竣工后已全部出租)
                                 or ("主体" in lead
                                     or _FIRST_PARTS.search(window, max(clause_start, name_end), match.start()))
                                 and not _ALL_PARTS.search(lead)):
        return False  # 建成后将…: a condition; 主体已完工, 路基和涵洞已全部完工: only the first parts are done
        # (but 主体和装修均已完工)
    if clause_start >= name_end and _ANOTHER_PLACE.match(lead) and not _SOME_OF_THEM.search(lead):
        return False  # 湖南镇推进某工程,高家镇开通某公交专线: a later clause with a township of its own
        # (but 上方镇金牛村、全旺镇虹桥村等8个已完成…: some of the works named, counted by their places)
    # 区中医院开通“急救绿色通道”: the hospital opened something else; but works (…公交提升工程新开通
    # 2条线路) open what they built.
    return not (match.start() >= name_end and _opens_something(window, match) and not window[:name_end].endswith(WORKS))


# 对已建成…, 对已投用的…: the facilities a later clause does something to, picked out by being done.
_DONE_ONES_AFTER = re.compile(r"对(?:已经?)?$")


def _at_hours(arranged: str) -> bool:
    """安排在夜间施工: whether the works are arranged for hours of the day they go on at, not a time to come."""
    return arranged.startswith(_ARRANGED_IN) and _HOURS_OF_DAY.search(arranged) is not None


def _own_clause_reports(window: str, match: re.Match, clause_start: int, name_start: int | None, name_end: int) -> bool:
    """会议要求,要…,某工程正在抓紧施工: whether a clause of its own, opening with the works, says how they stand
    after an instruction (not 会议强调,要…,某工程确保9月开学前投入使用: what they are told to do)."""
    return name_start == clause_start and match.start() >= name_end \
        and _INSTRUCTED.search(window, name_end, match.start()) is None


def _settled(said: list[_Said], window: str, name_start: int | None, name_end: int, issue_date: date,
             before: str = "") -> str | None:
    """The status the words said add up to: the furthest along, unless what else they say of the works
    holds it back or moves it on; a completion said before the name when there is no status word."""
    best = max((s.status for s in said), key=RANK.get, default=None)
    under_way = any(s.under_way for s in said)
    if best == "completed" and under_way and any(s.phase_done for s in said):
        return "in_progress"  # 一期已于今年5月完工通水,二期正在加紧施工
    if best == "in_progress" and not under_way and any(s.starts_later for s in said):
        return "planned"  # 对某道路实施改造,…预计6月份开工: the works have not started yet
    if best == "planned" and all(s.expected for s in said):
        return "in_progress"  # 某食堂改造预计4月上旬完工: works expected to be done are works under way
    if best == "planned" and name_start is not None and _BEGUN_BEFORE_NAME.search(window, 0, name_start):
        return "in_progress"  # 去年10月实施了某工程,预计今年10月底完工: begun, to finish later
    if best is None and name_start is not None:
        return _done_before(window, name_start, name_end, issue_date, before)
    return best


# 要持续办好…: an order opening a clause (not 要求, 主要, 重要).
_ORDERED = re.compile(r"(?:^|[,，;；:：])要(?![求点闻素])")


def _done_before(window: str, name_start: int, name_end: int, issue_date: date, before: str = "") -> str | None:
    """先后完成了甲村污水管网改造、乙村公厕提升和…, 我区实施了某工程: the works (or a list holding
    them) are what was completed, the name ending its item (not 完成了某工程设计), unless that is a
    plan, an order or denied (计划完成…, 要完成…, 尚未完成); planned when it is an item of works a plan
    opens (计划投资2.5亿元,建设精品村10个,完成甲镇、乙镇等地42个村的…改造). Said only where nothing else in
    the window gives a status."""
    done = _DONE_BEFORE_NAME.search(window, 0, name_start)
    if done is None or not _ENDS_ITEM.match(window, name_end) \
            or done["of"] and not window[name_start:name_end].endswith(WORKS):
        return None
    clause_start = clause_bounds(window, done.start())[0]
    lead = window[clause_start:done.start()]
    if done["of"] and _ahead_of_done(lead, issue_date):
        return None  # 明年完成的某工程, 年内完成的…: a time to come
    if not lead and _plans(before + window[:clause_start], window[clause_start:], names_it=True):
        return "planned"
    if not lead and _ORDERED.search(before) and not any(p in before for p in PAST):
        return "planned"  # 要持续办好民生实事,…,完成农村危旧房改造150户: an item of what is asked for
    if FUTURE_SAID.search(lead) or _not_happened(lead):
        return None
    # (已完成农村危房改造120户 after 计划改造300户, or before 其余…正在施工: some of the works done)
    count = _A_COUNT.match(window, name_end)
    some = count is not None and (_rest_go_on(window, name_end) or _more_said_before(count, before + window[:name_start]))
    return "in_progress" if some else "completed"


def _ahead_of_done(lead: str, issue_date: date) -> bool:
    """Whether the time before 完成的 has not come yet (明年, 年内, 今年年底 in May), unless 已 says it is
    done (今年以来已完成的); a bare month gone by (3月完成的 in May) is past, and the issue's year alone
    (今年完成的) tells when the works were done, as a report does."""
    deadline = find_deadline(lead, issue_date)
    return deadline is not None and deadline[0] >= issue_date and not _month_gone_by(lead, deadline, issue_date) \
        and not _BARE_YEAR.fullmatch(lead, deadline[1], deadline[2]) and not any(p in lead for p in PAST)


def _not_happened(lead: str) -> bool:
    """Whether what follows `lead` is denied (尚未, 没有), waited for (待进场) or asked for (要, 务必), not
    reported."""
    return lead.endswith(_NEGATIONS) or _DENIED.search(lead) is not None or _WAITING.search(lead) is not None \
        or _DIRECTIVE.search(lead) is not None


def _said_happened(text: str, issue_date: date) -> bool:
    """Whether the sentence up to a status word dates it before the issue (去年, 2024年) or says it is
    going on (正在, 继续)."""
    return _SAID_HAPPENED.search(text) is not None or any(int(year) < issue_date.year for year in _YEAR.findall(text))


def _plans(earlier: str, clause: str, names_it: bool) -> bool:
    """Whether `clause`, with no date, 已 or 正在 of its own, goes on with a plan said before it in
    `earlier` (the sentence up to it): a plan with its deadline in the clause just before (计划于7月底
    竣工,秋季开学投入使用), unless the name is in this clause, so that plan was another's (甲力争年底前
    完工,乙有序推进); or a plan of works or of money to be spent on them (将投资1800万元,实施甲)
    opening a list of works that this clause continues (将新建甲,改扩建乙,推进丙); not a plan of doing
    in general (全区将持续推进民生实事,某桥建成通车)."""
    parts = clauses(earlier)
    planned = [n for n, part in enumerate(parts) if FUTURE_SAID.search(part) or _SPENDING.search(part)]
    # Only what is said after the plan can say it already happened (已完成招投标,计划本月下旬开工,5月汛期前
    # 投入使用: the plan goes on past the 已 before it).
    if not planned or any(p in part for part in parts[planned[-1]:] for p in PAST):
        return False
    plan = parts[planned[-1]]
    if _WORKS_PLAN.search(plan) or _SPENDING.search(plan) or _WORKS_LIST_PLANNED.search(plan):
        return all(_opens_with_works(part) or _LIST_OPENING.fullmatch(part) or _OTHER_PLAN_ITEM.match(part)
                   or _ITEMS_COST.fullmatch(part) for part in parts[planned[-1] + 1:]) and _opens_with_works(clause)
    return not names_it and planned[-1] == len(parts) - 1 and _MILESTONE.search(plan) is not None


def _opens_with_works(part: str) -> bool:
    """Whether a clause opens an item of a list of works (建成某公园, 在上方镇新开通3条线路, 完成甲村的…改造),
    not with works that describe what follows (开通的某专线运行平稳, 在某镇建设的某水厂已通水)."""
    part = _PLACE_OPENING.sub("", _ADVERB_OPENING.sub("", _LIST_OPENING.sub("", part)))
    if _WORKS_DONE_TO.match(part):
        return True  # (…将新建甲,并对乙、丙的某工程进行提标改造)
    verb = next((verb for verb in (*WORKS_VERBS, _TO_BE_DONE) if part.startswith(verb)), None)  # (the longest first)
    return verb is not None and not part.startswith(_OF, len(verb)) or _BUILDS_ONE.match(part) is not None


# (works or a phase of them: not 某中心小学将新建一幢教学综合楼, a school building something)
_WORKS_OR_PHASE_END = re.compile(rf"(?:{'|'.join(WORKS)}|[一二三四五六七八九十]期)$")
_WHEN_PLANNED = re.compile("(?:今年|明年|年内|近期|下一步|还|也|同时)*")  # 某工程今年还将新建…: between subject and plan


def _plans_the_name(window: str, plan_start: int, plan_end: int, name_start: int | None, name_end: int) -> bool:
    """Whether a plan of new works from `plan_start` to `plan_end` has the name as its object: the name
    follows it in the same clause (下一步镇里将建设某中心), opens with its works word (将新改建农村公路60公里),
    or holds it between the places it names and what is built in each (甲村、乙村还将各新建一处口袋公园); or
    works (or their phase) as its subject, opening its clause (某提升工程今年将新建改造供水管网210公里: what
    the works will build)."""
    return name_start is not None and (plan_end <= name_start and clause_bounds(window, plan_end)[1] > name_start
                                       or name_end <= plan_start and clause_bounds(window, plan_start)[0] <= name_start
                                       and _WHEN_PLANNED.fullmatch(window, name_end, plan_start) is not None
                                       and _WORKS_OR_PHASE_END.search(window, name_start, name_end) is not None
                                       or name_start < plan_end and window[name_start:plan_end] in WORKS_VERBS
                                       or name_start < plan_end < name_end and _EACH_BUILT.search(window, name_start, name_end))


def _another_months_end(earlier: str, issue_date: date) -> bool:
    """Whether the sentence before a month's end (月底完工) names another month it is the end of
    (将于7月开工,月底完工 in a June issue; 计划明年开工)."""
    return any(named["month"] is None or parse_numeral(named["month"]) != issue_date.month
               for named in _MONTH_NAMED.finditer(earlier))


def _by_a_season_to_come(lead: str, issue_date: date) -> bool:
    """汛期前完工 as a clause's whole lead, in an issue before that season is over: a target (not 开学前完工
    in a September issue, 春节前完工 in March: what was done); 汛后开工 before October, 今年秋季建成 before
    September: to come."""
    if _AFTER_FLOODS.search(lead):
        return issue_date.month < _FLOODS_OVER_MONTH  # 汛后开工 in a May issue: to come
    if (quarter := _SEASON_OF_THE_YEAR.search(lead)) is not None:
        return issue_date.month < _SEASON_STARTS[quarter["season"]]  # 今年秋季建成招生 in April: to come
    season = _BY_A_SEASON.search(lead)
    if season is None:
        return False
    key = next(key for key in _SEASON_GONE_BY if key in season["season"])
    day = (issue_date.month, issue_date.day)
    return not any(first <= day <= last for first, last in _SEASON_GONE_BY[key])


def _bare_month_soon(lead: str, deadline, issue_date: date) -> bool:
    """10月底完工 in an August issue: a month printed alone before the works are said done, a few months
    later in the issue's year, is a date to come (not 于10月完工 nor 已于…: dated as done; nor 原计划8月完工:
    once meant; a month gone by is read by find_deadline as next year's, so it never counts here)."""
    if deadline is None or "年" in lead[deadline[1]:deadline[2]] or deadline[0].year != issue_date.year:
        return False
    return 0 < _months_ahead(deadline[0], issue_date) <= _SOON_MONTHS and _DATED_DONE.search(lead) is None


def _month_before_the_issue(lead: str, issue_date: date) -> bool:
    """新建的某卫生室4月启用后 in a May issue: the lead ends on a month of this year before the issue's."""
    month = _BARE_MONTH_AT_END.search(lead)
    return month is not None and int(month["month"]) < issue_date.month


def _month_gone_by(lead: str, deadline, issue_date: date) -> bool:
    """A bare month already past (推迟到汛期过后,9月动工 in a November issue), which find_deadline reads as
    next year's."""
    return deadline is not None and "年" not in lead[deadline[1]:deadline[2]] and deadline[0].year > issue_date.year


def _starts_later_this_year(match: re.Match, lead: str, deadline, issue_date: date) -> bool:
    """完成招标,…,10月中旬开工 in an October 6 issue, 7月开工 in May: a start dated later this year (a month
    gone by is read by find_deadline as next year's, so it is not counted). All of the period must be
    later: not 10月初开工 or 于10月开工 in an October 16 issue, 10月下旬开工 in an October 28 one, nor
    今年开工 (the year the issue's own), which may have happened."""
    if deadline is None or _START.fullmatch(match.group()) is None or deadline[0].year != issue_date.year:
        return False
    when, start, end = deadline
    period = lead[start:end]
    day = _DAY.match(lead, end)  # 则在12月8日开工: that day's start
    if day and "月" in period:
        try:
            return when.replace(day=int(day[1])) > issue_date
        except ValueError:
            pass
    if "月" in period:
        first = when.replace(day=next((first for part, first in _PART_FIRST_DAY.items() if period.endswith(part)), 1))
    else:
        first = date(when.year, *next((first for part, first in _YEAR_PART_FIRST_DAY.items() if part in period), (1, 1)))
    return first > issue_date


def _date_ahead(text: str, issue_date: date) -> bool:
    """Whether `text` opens with a date not yet come (9月底 in May; not 7月18日 in August)."""
    deadline = find_deadline(text, issue_date)
    return deadline is not None and not _month_gone_by(text, deadline, issue_date) and deadline[0] >= issue_date


def _moved_to_later(moved: str, issue_date: date) -> bool:
    """Whether works moved to `moved` (what follows 调整至) are put off to a time to come: 今年汛前, 汛后,
    明年, 10月以后 in September; not 夜间, 周末 (hours of the works going on) or 5月 in September (gone by)."""
    if not _LATER_TIME.search(moved) or _HOURS_OF_DAY.search(moved):
        return False
    deadline = find_deadline(moved, issue_date)
    return deadline is None or not (_month_gone_by(moved, deadline, issue_date) or deadline[0] < issue_date)


def _enters_later(lead: str, issue_date: date) -> bool:
    """Whether a clause says the builders enter the site at a time not yet come (已完成招标,5月上旬进场施工
    in an April issue; 元旦后进场施工), not one gone by (3月初进场施工 in May, 8月初进场施工 on 8月25日)."""
    entry = _ENTRY.search(lead)
    if entry is None or entry["month"] is None:
        return entry is not None
    month = int(entry["month"])
    if month == issue_date.month and entry["part"] in _EARLY_PARTS:
        return find_deadline(entry.group(), issue_date)[0] >= issue_date
    return month >= issue_date.month


def _opens_something(window: str, match: re.Match) -> bool:
    """Whether a verb that takes an object (开通, 启用, 开办) has one after it."""
    if match.group() not in _TAKES_OBJECT:
        return False
    rest = window[match.end():].removeprefix("了")
    return bool(rest) and (rest[0] in "“\"「《" or rest[0].isdigit() or "\u4e00" <= rest[0] <= "\u9fff") \
        and not rest.startswith(_AFTER_OPENING) and not _OPEN_FOR.match(rest)


def _is_ahead(lead: str, deadline, issue_date: date) -> bool:
    """A deadline after the issue that says its year (明年6月, 2024年底) or is a limit (6月底前).

    A bare month (于11月中旬启动) is more often a past date than a plan, and the issue's own year
    alone (2023年衢江区暑期…服务启动) names an edition, so neither counts.
    """
    if deadline is None or deadline[0] <= issue_date:
        return False
    printed = lead[deadline[1]:deadline[2]]
    if deadline[0].year == issue_date.year and _BARE_YEAR.fullmatch(printed):
        return False
    put_off = deadline[0].year == issue_date.year and _PUT_OFF_TO.search(lead, 0, deadline[1]) is not None
    day = _DAY_LIMIT.match(lead, deadline[2]) if "月" in printed else None
    if day:  # 5月10日前完工: a limit on a day, ahead only if that day is
        try:
            when = deadline[0].replace(day=int(day[1]))
            if "年" not in printed:
                # The issue's year, unless the year's turn is near and the day falls just across it (1月20日前
                # in December: next year's; 12月31日前 in January: last year's); not the nearest day whatever
                # the distance (12月31日前 in a June issue, 11月30日前 in March: this year's, still ahead).
                when = when.replace(year=issue_date.year)
                when = next((across for across in (when.replace(year=issue_date.year - 1),
                                                   when.replace(year=issue_date.year + 1))
                             if abs((across - issue_date).days) <= _ACROSS_THE_YEARS_TURN), when)
        except ValueError:
            return False
        return when > issue_date
    return "年" in printed or lead.startswith("前", deadline[2]) or put_off
