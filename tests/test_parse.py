"""The issue parser: golden cases compared whole, the gold files, bad input, dates and layout rules.

Set GOVWATCH_REGEN=1 to rewrite the expected JSON of the golden cases, then read the diff.
"""
from __future__ import annotations

import codecs
import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from ingest.errors import IssueError
from ingest.headlines import split_head
from ingest.issue_date import date_from_file_name, event_date, infer_date, masthead_date, resolve_month_day
from ingest.layout import Kind, classify_line
from ingest.model import Issue
from ingest.parse import parse_text, read_issue

TESTS = Path(__file__).parent
CASES = TESTS / "cases" / "parse"
SEED = CASES / "seed_000.txt"
GOLD_FILES = sorted((TESTS / "gold").glob("*.gold.json"))


def summary(issue: Issue) -> dict:
    """What a golden case pins down: the issue's date and hash, each article's parts and body ends."""
    return {
        "issue_date": issue.issue_date.isoformat(),
        "issue_date_inferred": issue.issue_date_inferred,
        "content_sha256": issue.content_sha256,
        "articles": [
            {
                "seq": a.seq, "page": a.page, "kicker": a.kicker, "headline": a.headline,
                "subtitle": a.subtitle, "byline": a.byline, "continued": a.continued,
                "event_date": a.event_date.isoformat() if a.event_date else None,
                "body_start": a.body[:30], "body_end": a.body[-20:],
                "paragraphs": a.body.count("\n") + 1, "body_chars": len(a.body),
            }
            for a in issue.articles
        ],
    }


@pytest.mark.parametrize("case", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_golden_case(case):
    got = summary(read_issue(case))
    expected_path = case.with_suffix(".expected.json")
    if os.environ.get("GOVWATCH_REGEN") == "1":
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def system_headline(article) -> str:
    return " ".join(part for part in (article.kicker, article.headline, article.subtitle) if part)


def found(article, gold_article) -> bool:
    """The scorer's rule: the system headline contains a gold headline line, or the reverse."""
    system = system_headline(article)
    return any(line in system or system in line for line in [gold_article["headline"], *gold_article["also_accept"]])


def begins_with(article, starts_with: str) -> bool:
    """The gold's first characters open the body, or are the byline printed on its own line above
    it (记者 某某 通讯员 某某), which the parser keeps apart as the article's byline."""
    return article.body.startswith(starts_with) or bool(article.byline) and article.byline.startswith(starts_with)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_articles_match_the_gold_file(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    issue = read_issue(gold_path.parent / gold["source"])
    assert issue.issue_date.strftime("%Y-%m") == gold["issue_month"]
    assert gold["issue_date"] in (None, issue.issue_date.isoformat())
    assert [system_headline(a) for a in issue.articles if not any(found(a, g) for g in gold["articles"])] == []
    assert len(issue.articles) == len(gold["articles"])
    for article, expected in zip(issue.articles, gold["articles"]):
        assert found(article, expected), (system_headline(article), expected["headline"])
        assert begins_with(article, expected["starts_with"]), (article.headline, expected["starts_with"])
        assert article.continued == expected["continued"]
        assert (article.event_date.isoformat() if article.event_date else None) == expected["event_date"]


def test_seed_has_the_nine_gold_articles_with_mid_word_column_breaks_rejoined():
    issue = read_issue(SEED)
    assert len(issue.articles) == 9
    assert (issue.issue_date, issue.issue_date_inferred) == (date(2023, 12, 14), True)
    bodies = "\n".join(a.body for a in issue.articles)
    for rejoined in ("高家镇中央徐村的安仁水库", "银坑村党支部书记", "已于今年6月完工", "随着“助老三件事”"):
        assert rejoined in bodies
    assert "下转第二版" not in bodies


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("gb18030"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
], ids=["gb18030", "utf8-bom", "crlf"])
def test_other_encodings_of_the_seed_give_identical_articles_and_hash(tmp_path, encode):
    copy = tmp_path / SEED.name
    copy.write_bytes(encode(SEED.read_text(encoding="utf-8")))
    original, other = read_issue(SEED), read_issue(copy)
    assert other.articles == original.articles
    assert other.content_sha256 == original.content_sha256
    assert other.text == original.text


def test_full_width_punctuation_reads_like_half_width():
    half = SEED.read_text(encoding="utf-8")
    full = half.translate(str.maketrans(",():;", "，（）：；"))
    a, b = parse_text(half, source="half"), parse_text(full, source="full")

    def shape(issue: Issue) -> list[tuple]:
        return [(x.kicker, x.headline, x.byline, x.continued, x.event_date, len(x.body), x.body.count("\n"))
                for x in issue.articles]

    assert shape(b) == [tuple(v.translate(str.maketrans(":", "：")) if isinstance(v, str) else v for v in row)
                        for row in shape(a)]


NO_DATE = "示例 云溪乡举办农民运动会\n\n本报讯(记者 示例)近日,云溪乡举办第一届农民运动会,300多名村民参赛。\n"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes)"),
    (b"\xff\xfe\xfd", "cannot decode as UTF-16 despite its byte-order mark (truncated data)"),
    (b"\x80\x80\xff\xff", "cannot decode as UTF-8 or GB18030 (UTF-8 fails at byte 0, GB18030 fails at byte 0)"),
    (bytes(range(0x81, 0xFF)) * 4, "decoded text looks like garbage (35% unusual characters)"),
    ("示例:这一段只有正文,没有标题,也没有本报讯。\n\n第二段也是正文,同样没有标题。\n".encode(), "no article found"),
    (NO_DATE.encode(), "no issue date: none given, none in the file name, no masthead and no dated text"),
    (NO_DATE.replace("近日", "12月3日").encode(),
     "no issue date: none given, none in the file name, no masthead and no year in the text for its dates"),
], ids=["empty", "binary", "bad-utf16", "undecodable", "garbage", "no-article", "no-date", "no-year"])
def test_bad_input_gives_issue_error_with_the_reason(tmp_path, content, reason):
    path = tmp_path / "issue.txt"
    path.write_bytes(content)
    with pytest.raises(IssueError) as raised:
        read_issue(path)
    assert str(raised.value) == reason


@pytest.mark.parametrize("name, expected", [
    ("2023-12-15.txt", date(2023, 12, 15)),
    ("20231215_qjb.txt", date(2023, 12, 15)),
    ("qjb_2023_12_15.txt", date(2023, 12, 15)),
    ("衢江报2023.12.15.txt", date(2023, 12, 15)),
    ("000_a1394b6d0e0c442f.txt", None),
    ("20231332.txt", None),
    ("120231215.txt", None),
    ("2023-12_15.txt", None),
])
def test_date_in_file_name(name, expected):
    assert date_from_file_name(name) == expected


def test_date_override_beats_file_name_beats_inference(tmp_path):
    named = tmp_path / "2023-12-15.txt"
    shutil.copy(SEED, named)
    assert (read_issue(named).issue_date, read_issue(named).issue_date_inferred) == (date(2023, 12, 15), False)
    overridden = read_issue(named, date_override=date(2023, 12, 16))
    assert (overridden.issue_date, overridden.issue_date_inferred) == (date(2023, 12, 16), False)


@pytest.mark.parametrize("line, expected", [
    ("2023年12月15日 星期五", date(2023, 12, 15)),
    ("二〇二三年十二月十五日 星期五 农历十一月初三", date(2023, 12, 15)),
    ("衢江报 2024-01-05 第1版", date(2024, 1, 5)),
    ("2023年12月15日,全区召开大会", None),
])
def test_masthead_date(line, expected):
    assert masthead_date(line) == expected


def test_masthead_far_from_the_top_is_not_the_issue_date():
    text = NO_DATE.replace("近日", "12月3日") + "2023年工作回顾\n" + "\n".join(["示例正文,第N段。"] * 15) + \
        "\n2020年1月1日 星期三\n"
    assert parse_text(text, source="t").issue_date == date(2023, 12, 3)


@pytest.mark.parametrize("text, expected", [
    ("12月13日,会议召开。2023年度考核。2023年民生实事。12月14日,调研。12月11日,交流。", date(2023, 12, 14)),
    ("12月14日,会议提出,到2025年底前建成。力争2026年完成。2023年以来成效明显。", date(2023, 12, 14)),
    ("12月30日,总结2023年工作。1月2日,部署2024年工作。2024年开局。", date(2024, 1, 2)),
    ("12月10日,会议召开,大会将于12月20日举行。2023年。", date(2023, 12, 10)),
    ("2023年11月5日,工程开工;2023年12月1日,工程完工。", date(2023, 12, 1)),
    ("十二月十三日,会议召开。二〇二三年是开局之年。", date(2023, 12, 13)),
])
def test_inferred_issue_date(text, expected):
    assert infer_date(text) == (expected, "")


@pytest.mark.parametrize("month, day, issue, expected", [
    (12, 29, date(2024, 1, 5), date(2023, 12, 29)),
    (1, 2, date(2023, 12, 30), date(2024, 1, 2)),
    (6, 1, date(2023, 12, 30), date(2023, 6, 1)),
    (2, 29, date(2023, 3, 1), date(2024, 2, 29)),
])
def test_month_day_resolves_to_the_nearest_year(month, day, issue, expected):
    assert resolve_month_day(month, day, issue) == expected


@pytest.mark.parametrize("opening, expected", [
    ("12月13日,区人大常委会开展督政。", date(2023, 12, 13)),
    ("“看到了差距。”12月11日,村书记分享心得。", date(2023, 12, 11)),
    ("近日,太真乡的下槽桥改建工程现场。12月1日开工。", None),
    ("区委书记12月12日深入企业调研。", date(2023, 12, 12)),
    ("2022年12月12日,工程开工。", date(2022, 12, 12)),
    # When a call for proposals closes is no event; a tally's day is (截至12月10日,全区已收购…).
    ("区政府即日起公开征集2024年民生实事项目意见建议,征集截至12月28日。", None),
    ("截至12月10日,全区已收购晚稻3200吨。", date(2023, 12, 10)),
    ("今年征兵报名截至12月10日,共有320名青年报名。", date(2023, 12, 10)),
])
def test_event_date_from_the_opening_sentence(opening, expected):
    assert event_date(opening, date(2023, 12, 14)) == expected


@pytest.mark.parametrize("headline, opening, expected", [
    # A scene first: the news and its date open the second sentence.
    ("屋顶光伏“晒”出新路子", "走进周家乡双溪村,光伏板闪闪发亮。12月8日,村级屋顶光伏项目并网发电。", date(2023, 12, 8)),
    # The first sentence reports the event without its day: the next date is of something earlier.
    ("破石村饮用水提升工程完工", "破石村饮用水提升工程顺利完工,村民喝上了放心水。2022年10月8日,该工程开工建设。", None),
    # The headline's event, dated later in the opening, wins over the second sentence's date.
    ("后溪镇中心幼儿园迁建工程完工", "走进幼儿园新园区,教学楼格外醒目。3月18日,迁建工程开工。12月10日,迁建工程顺利完工。",
     date(2023, 12, 10)),
    # …but not an event the headline says is to come: its day is a plan's
    ("后溪镇中心幼儿园主体结顶 预计9月开园", "走进幼儿园新园区,教学楼格外醒目。目前主体已结顶,计划9月1日正式开园。", None),
    # the news the reporter learned opens the second sentence (记者2月19日从…了解到)
    ("客运站加密班次", "随着春节假期接近尾声,我区迎来春运返程高峰。记者2月19日从区客运中心了解到,客运中心加开了班车。",
     date(2023, 2, 19)),  # (read against the table's issue date, 2023-12-14)
    # the season it now is sets a scene too (眼下正是…时节), unlike how things stand (目前,…)
    ("春耕备耕不误农时", "眼下正是春耕备耕的关键时节。2月25日,在莲花镇东湖畈村,育秧中心已完成主体建设。",
     date(2023, 2, 25)),
    ("春耕备耕不误农时", "眼下,正是春耕备耕的关键时节。2月26日,记者走进杜泽镇,田间地头一片繁忙。",
     date(2023, 2, 26)),
    # …or from a visit (记者8月24日走访了解到)
    ("暑期校舍建设全部完工", "再过几天,孩子们就要返校了。记者8月24日走访了解到,3所新建学校已全部通过验收。",
     date(2023, 8, 24)),
    # …with where the reporter went, or 在走访中, between (记者8月24日走访多所学校了解到)
    ("暑期校舍建设全部完工", "再过几天,孩子们就要返校了。记者8月24日走访多所学校了解到,3所新建学校已全部通过验收。",
     date(2023, 8, 24)),
    ("暑期校舍建设全部完工", "再过几天,孩子们就要返校了。记者8月24日在走访中了解到,3所新建学校已全部通过验收。",
     date(2023, 8, 24)),
])
def test_event_date_of_an_opening_that_sets_a_scene(headline, opening, expected):
    assert event_date(opening, date(2023, 12, 14), headline, opening) == expected


def test_a_visit_opening_a_paragraph_dates_a_report_over_days_before_one_within_a_paragraph():
    opening = "连日来,全区各地掀起冬修水利热潮。11月25日,在区里召开的冬修水利动员会上,各乡镇领了任务。"
    body = opening + "\n12月3日,在后溪镇上棠村山塘,挖掘机正在清淤。"
    assert event_date(opening, date(2024, 12, 6), "冬修水利正当时", body) == date(2024, 12, 3)
    # a time of day, and arriving where the reporter saw it (7月14日上午,一辆送水车驶进某村)
    drought = "连日来,杜泽镇持续高温少雨,多村山溪水源减少。镇里启动抗旱应急预案。"
    arriving = drought + "\n7月14日上午,一辆送水车驶进白水村,村民们排起了队。"
    assert event_date(drought, date(2025, 7, 18), "保供水", arriving) == date(2025, 7, 14)
    # a feast day coming (来临之际) opens a report over days as 临近 does
    eve = "“八一”建军节来临之际,区领导分组走访慰问驻衢部队官兵和重点优抚对象。"
    visits = eve + "\n7月28日,区委副书记来到浮石街道塔底村,看望了一位老兵。"
    assert event_date(eve, date(2017, 8, 1), "区领导走访慰问优抚对象", visits) == date(2017, 7, 28)
    # 临近 saying where a place is opens no campaign (樟树潭村临近城区)
    assert event_date("樟树潭村临近城区,交通便利。", date(2024, 6, 10), "樟树潭村", "樟树潭村临近城区,交通便利。\n6月5日,在村口…") is None


@pytest.mark.parametrize("opening, issue, expected", [
    ("入伏以来,我区持续高温少雨,近日最高气温达39℃。7月28日,区防指启动抗旱应急响应。", date(2024, 8, 2), date(2024, 7, 28)),
    # long before the issue
    ("入伏以来,我区持续高温少雨,近日最高气温达39℃。7月28日,区防指启动抗旱应急响应。", date(2024, 10, 2), None),
    # not the start of a span, nor what had happened before
    ("入梅以来,我区降雨偏多,近日多地出现短时强降雨。6月5日至今,全区平均降雨量达320毫米。", date(2024, 6, 20), None),
    ("入伏以来,全区持续高温,近日最高气温达39℃。6月10日,气象部门曾发布高温橙色预警。", date(2024, 6, 20), None),
    # the day the reporter learned the news opens the second sentence as well (a tally's day is no event)
    ("7月以来,我区持续晴热少雨。截至7月29日,全区已投入抗旱资金85万元。", date(2026, 7, 31), None),
    ("出梅以来,我区抢抓晴好天气修复水毁工程。记者7月24日从区水利局获悉,已有八成完成修复。", date(2026, 7, 31), date(2026, 7, 24)),
    # a season (眼下正值暑假) opens a report over days as 以来 does
    ("眼下正值暑假,全区各中小学校园里一派繁忙。记者8月4日从区教育局获悉,今年暑期共实施校舍维修改造项目38个。",
     date(2026, 8, 7), date(2026, 8, 4)),
    # a day of a year before, whatever its month and day, is no recent one
    ("入汛以来,我区已出现5轮强降雨过程,近日又迎来新一轮降雨。2025年6月21日,我区遭遇百年一遇特大暴雨。", date(2026, 6, 30), None),
    ("入冬以来,我区已遭遇3次寒潮。2025年1月5日,我区最低气温降至零下6℃。", date(2026, 1, 16), None),
    # nor, after such an opening with no day in words, the start of a span
    ("入梅以来,我区降雨偏多。6月5日至今,全区平均降雨量达320毫米。", date(2024, 6, 20), None),
])
def test_a_report_since_a_season_began_is_dated_by_a_recent_day_opening_its_second_sentence(opening, issue, expected):
    assert event_date(opening, issue, "示例", opening) == expected


@pytest.mark.parametrize("opening, expected", [
    # a day to come, as when something starts or is set for, is a plan's
    ("本报讯(示例)记者从区交通运输局获悉,1月1日起,我区将开通两条城乡公交线路。", None),
    ("本报讯(示例)新开通的城乡公交线路将于1月2日开通。", None),
    # …or said of what will happen, or of the calendar, read before that day
    ("本报讯(示例)1月2日,区领导将走访慰问困难群众。", None),
    ("本报讯(示例)1月1日是元旦,全区各景区迎来游客。", None),
    # (its subject may stand between the day and the 将: 1月2日,2024年全区农村工作会议将召开)
    ("本报讯(示例)1月2日,2024年衢江区农村工作暨乡村振兴工作会议将在区行政中心召开。", None),
    # (but a 将 past what the story tells done says nothing of its day: 走访慰问了…,并表示将…)
    ("本报讯(示例)1月2日,区领导走访慰问了困难群众和老党员,并表示今后将持续关心他们。", date(2024, 1, 2)),
    ("本报讯(示例)1月2日,为了方便群众出行,区里将开通两条城乡公交线路。", None),
    # (a 将 past 了解, a word and no deed told, or past 经过了…, the works before the day, is still ahead)
    ("本报讯(示例)1月5日,为进一步了解群众出行需求,区交通运输局将开展问卷调查。", None),
    ("本报讯(示例)1月3日,经过了一年的建设,区第二自来水厂将正式通水。", None),
    # a day gone by is the story's, and so is one a few days ahead that nothing marks as to come (as before)
    ("本报讯(示例)12月28日,两条城乡公交线路开通。", date(2023, 12, 28)),
    ("本报讯(示例)1月2日,两条城乡公交线路开通。", date(2024, 1, 2)),
])
def test_event_date_of_a_plan_set_for_a_day_to_come_is_none(opening, expected):
    assert event_date(opening, date(2023, 12, 29), "示例", opening) == expected


def test_event_date_of_a_campaign_over_days_is_a_feast_day_visit_opening_a_paragraph():
    opening = "受寒潮影响,本月以来我区山区最低气温降至零下6℃。连日来,区民政局为困难家庭送去棉被。"
    body = opening + "\n12月21日冬至,灰坪乡龙山村迎来120名志愿者,他们挨家挨户检查电线。"
    assert event_date(opening, date(2023, 12, 29), "寒潮里的暖心包", body) == date(2023, 12, 21)


def test_event_date_of_a_year_end_tally_is_an_event_held_somewhere_opening_a_paragraph():
    opening = "本报讯(示例)岁末年初,区人力社保局开展工资清欠专项行动,截至目前已为1260名农民工追回工资2380万元。"
    body = opening + "\n1月8日,专场招聘会在区人力资源市场举办,86家企业提供岗位2400余个。"
    assert event_date(opening, date(2022, 1, 14), "农民工拿到安心钱", body) == date(2022, 1, 8)


def test_event_date_of_a_holiday_campaign_is_the_reporters_visit_within_a_paragraph():
    opening = "春节临近,区民政局开展送温暖活动,为困难群众送去慰问金。截至1月20日,共发放慰问金300万元。"
    body = opening + "\n今年的慰问对象包括低保户和特困人员。1月18日,在浮石街道春江社区,工作人员把年货送到老人家中。"
    assert event_date(opening, date(2024, 1, 26), "送温暖", body) == date(2024, 1, 18)
    assert event_date(opening, date(2024, 3, 26), "送温暖", body) is None  # a visit long before the issue


@pytest.mark.parametrize("head, expected", [
    (["贯彻二十大精神 踔厉奋进新征程", "强化服务保障 化解发展难题", "王慧杰走访调研重点企业"],
     ("贯彻二十大精神 踔厉奋进新征程 强化服务保障 化解发展难题", "王慧杰走访调研重点企业", "")),
    (["学思想 强党性 重实践 建新功", "区政府党组主题教育调研成果交流会召开"],
     ("学思想 强党性 重实践 建新功", "区政府党组主题教育调研成果交流会召开", "")),
    (["深化改革 建设和美乡村", "峡川镇古村落修缮工程通过验收", "——村集体收入有望突破百万元"],
     ("深化改革 建设和美乡村", "峡川镇古村落修缮工程通过验收", "——村集体收入有望突破百万元")),
    (["高家镇召开乡村振兴推进会", "部署十项重点工作"], ("", "高家镇召开乡村振兴推进会", "部署十项重点工作")),
    (["产业同心 服务五星"], ("", "产业同心 服务五星", "")),
    # of two lines alike, the second: a kicker over the headline
    (["灶台飘香迎团圆", "廿里镇长者食堂摆起“中秋家宴”"], ("灶台飘香迎团圆", "廿里镇长者食堂摆起“中秋家宴”", "")),
    # a couplet under a short kicker: of two lines, phrases count for nothing
    (["中秋将至", "一块月饼 一份牵挂"], ("中秋将至", "一块月饼 一份牵挂", "")),
    (["丰收时节", "稻谷满仓 橘果飘香"], ("丰收时节", "稻谷满仓 橘果飘香", "")),
    # the line that reports what happened, wherever it is and however many phrases it prints
    (["峡川镇供水站扩容工程通水", "8个村群众喝上“同质水”"], ("", "峡川镇供水站扩容工程通水", "8个村群众喝上“同质水”")),
    (["家门口的好学位又添一所", "浮石街道中心幼儿园主体结顶 预计9月开园"],
     ("家门口的好学位又添一所", "浮石街道中心幼儿园主体结顶 预计9月开园", "")),
])
def test_headline_is_the_line_that_reports_or_reads_as_one_statement(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("line, kind, page", [
    ("下转第二版", Kind.DOWN, 2), ("下转2版", Kind.DOWN, 2), ("(下转第3版)", Kind.DOWN, 3),
    ("（下转第十二版）", Kind.DOWN, 12), ("转A2版", Kind.DOWN, 2), ("上接第一版", Kind.UP, 1),
    ("(上接第1版)", Kind.UP, 1), ("第2版", Kind.PAGE, 2), ("02版 要闻", Kind.PAGE, 2),
    ("第三版：民生", Kind.PAGE, 3), ("2023年12月15日 星期五 第4版", Kind.PAGE, 4),
    ("衢江报", Kind.FURNITURE, None), ("衢 江 报(示例)", Kind.FURNITURE, None),
    ("责任编辑:张三", Kind.FURNITURE, None), ("本报记者 周万 通讯员 廖靖", Kind.BYLINE, None),
    ("本报讯(记者 周万)12月13日,区人大常委会开展督政。", Kind.LEAD, None),
    ("新华社北京12月14日电(记者 张三)会议召开。", Kind.LEAD, None),
    ("衢江报社开展读报活动", Kind.HEADLIKE, None), ("区水利局:为水库“强壮筋骨” 保灌溉、促民生", Kind.HEADLIKE, None),
    ("医疗有服务,就餐有保障,随着“助", Kind.BODY, None), ("民生实事推进体系。", Kind.BODY, None),
])
def test_line_kinds(line, kind, page):
    first = classify_line(line, "衢江报")[0]
    assert (first.kind, first.page) == (kind, page)


def test_markers_inside_body_lines_are_split_off():
    down = classify_line("夯实基层治理的法治根基。（下转第2版）", "衢江报")
    up = classify_line("(上接第一版)该村还将古民居改造为民宿。", "衢江报")
    assert [(x.kind, x.text) for x in down] == [(Kind.BODY, "夯实基层治理的法治根基。"), (Kind.DOWN, "（下转第2版）")]
    assert [(x.kind, x.text) for x in up] == [(Kind.UP, "(上接第一版)"), (Kind.BODY, "该村还将古民居改造为民宿。")]


def test_indented_paragraphs_without_blank_lines_read_the_same():
    seed = SEED.read_text(encoding="utf-8")
    indented = "\n".join("\u3000\u3000" + line.strip() for line in seed.split("\n") if line.strip())
    assert parse_text(indented, source="indented").articles == parse_text(seed, source="seed").articles


def test_each_row_of_a_table_of_two_columns_is_a_paragraph_of_its_own():
    text = ("衢江报\n示例 2024年9月13日\n"
            "大洲镇民生实事进度过半\n"
            "本报讯(示例)9月10日,大洲镇召开民生实事推进会。进度如下:\n"
            "项目｜进度\n"
            "后祝村老年食堂｜已投入使用\n"
            "沧州村便民桥｜正在浇筑桥面\n")
    body = parse_text(text, source="t.txt").articles[0].body
    assert body.split("\n")[1:] == ["项目｜进度", "后祝村老年食堂｜已投入使用", "沧州村便民桥｜正在浇筑桥面"]


def test_a_speakers_words_cut_by_a_column_break_run_on_but_a_field_is_a_paragraph_of_its_own():
    text = ("衢江报\n示例 2026年10月2日\n"
            "山乡旅游怎么做\n"
            "记者:下一步有什么打算?\n"
            "徐某某:路还要再修。峡口村至珠坞\n"
            "村的公路计划明年开工。\n"
            "计划投资:1850万元\n"
            "建设内容:新建游步道\n")
    body = parse_text(text, source="t.txt").articles[0].body
    assert "峡口村至珠坞村的公路" in body
    assert "\n计划投资:1850万元\n建设内容:新建游步道" in body


@pytest.mark.parametrize("bullet", ["△", "◇", "★", "▶"])
def test_a_column_of_briefs_after_a_story_is_an_article_whatever_marks_its_items(bullet):
    text = ("衢江报\n示例 2026年5月29日\n"
            "乡村医生走进山村\n"
            "本报讯(记者 方怡)近日,岭洋乡卫生院的医生来到抱珠垄村,为村民测量血压。\n"
            "简讯\n"
            f"{bullet}5月20日,区红十字会在湖南镇开展慰问活动,为40户困难家庭送去物资。\n"
            f"{bullet}近日,太真乡华坑村便民服务中心改造完工。\n")
    articles = parse_text(text, source="t.txt").articles
    assert [a.headline for a in articles] == ["乡村医生走进山村", "简讯"]
    assert "湖南镇" not in articles[0].body and articles[1].event_date is None


def test_a_column_of_briefs_is_an_article_whatever_its_first_item_opens_with():
    text = ("衢江报\n示例 2024年4月26日\n"
            "乡村会客厅启用\n"
            "本报讯(示例)4月18日,湖南镇华家村的“乡村会客厅”正式启用。“以后开会有地方了。”村民说。\n"
            "简讯\n"
            "■世界读书日当天,区图书馆在樟潭街道霞飞社区开展亲子共读活动。\n"
            "■近日,廿里镇六都杨村文化礼堂完成外立面改造。\n")
    articles = parse_text(text, source="t.txt").articles
    assert [a.headline for a in articles] == ["乡村会客厅启用", "简讯"]
    assert "樟潭街道" not in articles[0].body


def test_a_column_of_briefs_has_no_event_date_even_when_its_items_run_together():
    text = ("衢江报\n示例 2026年10月9日\n"
            "简讯\n"
            "■10月6日晚,樟潭街道乌溪桥村文化礼堂里热闹非凡,300余名村民参加。(记者 方怡)■近日,太真乡"
            "华坑村新建的便民服务中心投入使用。(通讯员 管晓丽)■9月30日,湖南镇破石村至白坞口村的村道通车。\n")
    articles = parse_text(text, source="t.txt").articles
    assert [a.headline for a in articles] == ["简讯"]
    assert articles[0].event_date is None
    # one story under a tag keeps its date
    tagged = "衢江报\n示例 2026年3月13日\n春耕一线\n【春耕一线】3月12日,杜泽镇的农户正抢抓农时育秧。\n"
    assert parse_text(tagged, source="t.txt").articles[0].event_date == date(2026, 3, 12)
