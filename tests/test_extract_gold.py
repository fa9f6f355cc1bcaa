"""Extraction measured against every gold file (parse + extract + the scorer, no warehouse), and the
evidence of every fact checked against the article body it points into."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from ingest import evaluate
from ingest.extract import extract_article
from ingest.gazetteer import load_gazetteer
from ingest.parse import read_issue

GOLD_FILES = sorted((Path(__file__).parent / "gold").glob("*.gold.json"))


@cache
def extracted(gold_file: Path):
    gold = evaluate.load_gold(gold_file)
    issue = read_issue(Path(gold["source_path"]))
    facts = [extract_article(article, issue.issue_date, load_gazetteer()) for article in issue.articles]
    return gold, issue, facts


def test_there_are_gold_files():
    assert len(GOLD_FILES) >= 2


def test_extraction_meets_the_targets_on_all_gold_files():
    scores = []
    for gold_file in GOLD_FILES:
        gold, issue, facts = extracted(gold_file)
        scores.append(evaluate.score_issue(gold, evaluate.system_from_issue(issue, facts, load_gazetteer())))
    report = evaluate.combine(scores)
    assert evaluate.meets_targets(report) == [], evaluate.format_report(report, verbose=True)


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_every_fact_points_at_its_sentence_and_figure(gold_file):
    _, issue, facts = extracted(gold_file)
    checked = 0
    for article, found in zip(issue.articles, facts, strict=True):
        body = article.body
        for fact in (*found.money, *found.people, *found.projects):
            evidence = fact.evidence
            assert body[evidence.span_start:evidence.span_end] == evidence.sentence
            assert evidence.span_start <= evidence.match_start < evidence.match_end <= evidence.span_end
            printed = body[evidence.match_start:evidence.match_end]
            assert _shows(fact, printed, body), (fact, printed)
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_a_project_s_investment_is_the_money_linked_to_it(gold_file):
    """The project table and the money table never disagree: a project's investment is an investment
    its money facts are linked to, and a project with one linked has an investment."""
    _, _, facts = extracted(gold_file)
    for found in facts:
        linked: dict[str, set[float]] = {}
        for money in found.money:
            if money.project and money.kind == "investment":
                linked.setdefault(money.project, set()).add(money.amount_yuan)
        for project in found.projects:
            if project.investment_yuan is None:
                assert project.name not in linked, (project.name, linked[project.name])
            else:
                assert project.investment_yuan in linked.get(project.name, set()), project


def _school_part(printed: str) -> str:
    """学校新建的风雨操场 as the part it names (风雨操场), or the text itself when 学校 does not open it."""
    if not printed.startswith(("学校", "该校")):
        return printed
    return re.sub("(?:进行|实施|新建|新增)了?", "", printed[2:]).replace("的", "")


def _shows(fact, printed: str, body: str) -> bool:
    """The highlighted text is the fact: its unit and 元 (or a range bounded both ways, 200元以上3000元以下), or (part of) the project's name, or the name
    with the words it leaves out between its first and last characters (安仁水库的除险加固工程,
    老旧管网进行改造, 进村道路实施拓宽改造, 城区新建公共停车场, 横路办事处新建幼儿园, 文化礼堂进行改造提升 for 山下村文化礼堂改造提升, 全旺镇和大洲镇两所中心幼儿园改扩建 for 全旺镇、大洲镇…), or a shorter form of the name it was merged with
    (明果村污水处理设施提标改造工程 for 明果村农村生活污水处理设施提标改造工程, 文林村的助餐点 or 沧南村的两个食堂 for
    文林村老年助餐点 or 沧南村老年食堂, one place's said again of works in several), or 该工程, or a short
    name the article gives it (…工程(以下简称“东高线”)) or uses for it (文化中心 for 镇文化活动中心改造;
    道路拓宽工程 for 甲村至乙村道路拓宽),
    or the works of several places counted again (三座山塘 for 抱珠龙村、赖家村、洋口村山塘), or for one of
    those places, told apart (三源村、川坑村新增2个共享食堂 for 川坑村共享食堂), or a phase of the works named
    before (二期工程 for 某供水工程二期, 二期改造 for 某小区改造二期工程), or the name after its township
    (周家乡双溪村老年食堂 for 双溪村老年食堂, one of 双溪村、三源村老年食堂 told apart), or the facility of works
    said done after it (松旺村至枫树底村3.2公里的机耕路 for 松旺村至枫树底村机耕路硬化: …已完成硬化), or a facility's part
    with its works said before it (某卫生院，改扩建后的门诊楼 for 某卫生院门诊楼改扩建), or what is built said
    in fewer words, its works aside (单村提标改造 for 单村供水提标工程, merged as the same thing), or any of
    these with the money spent on it printed inside (六都杨村投资45万元的文化礼堂 for 六都杨村文化礼堂), or the name's
    words in the order printed (改造农村危旧房 for 农村危旧房改造), or the village's own facility after its name
    (板桥村村卫生室 for 板桥村卫生室), or places where more of a kind told before are built (桥王村、西庄村各新建1家
    for 桥王村、西庄村共富工坊), or a school's part told of as 学校 (学校食堂 for 灰坪乡中心小学食堂)."""
    if hasattr(fact, "amount_yuan"):
        return printed.endswith("元") or _BOUNDED_BOTH_WAYS.search(printed) is not None
    if hasattr(fact, "unit"):
        return printed.endswith(fact.unit)
    return printed in fact.name or printed.replace("的", "") in fact.name or printed.startswith(("该", "此", "这")) \
        or re.sub("(?:进行|实施|新建|新增)了?", "", printed) in fact.name \
        or _school_part(printed) in re.sub("^.+?(?:小学|中学|学校|幼儿园)", "", fact.name) \
        or _spells(fact.name, printed) or _spells(printed, fact.name) or _shortens(_COUNTED.sub("", printed.replace("的", "")), fact.name) \
        or _spells(fact.name.replace("、", ""), printed) or _TOWNSHIP_FIRST.sub("", printed) in fact.name \
        or _spells(_WORKS_SAID_AFTER.sub("", fact.name), printed) \
        or _shortens(re.sub("(?:工程|项目)$", "", printed), fact.name) \
        or _shortens(_WORKS_SAID_AFTER.sub("", printed), _WORKS_SAID_AFTER.sub("", fact.name)) \
        or _counted_again(printed, fact.name) or _one_of_the_places(printed, fact.name) \
        or sorted(printed) == sorted(fact.name) \
        or f"简称“{printed}”)" in body or f"下称“{printed}”)" in body \
        or _PHASE_SAID.fullmatch(printed) is not None \
        and re.search(_PHASE_SAID.fullmatch(printed)["phase"] + "(?:工程|项目)?$", fact.name) is not None \
        or _MONEY_SPENT.search(printed) is not None and _shows(fact, _MONEY_SPENT.sub("", printed), body) \
        or _VILLAGE_TWICE in printed and _shows(fact, printed.replace(_VILLAGE_TWICE, "村"), body) \
        or _more_of_a_kind(printed, fact.name)


_BOUNDED_BOTH_WAYS = re.compile("元以上.+元以下$")  # 200元以上3000元以下: a range, bounded both ways
_TOWNSHIP_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)")  # 周家乡双溪村老年食堂 for 双溪村老年食堂
_PHASE_SAID = re.compile(r"(?P<phase>[一二三四五六七八九十\d]+期)(?:工程|项目|改造)")
_MONEY_SPENT = re.compile(r"总?投资[\d.]+[万亿]?元的")  # 六都杨村投资45万元的文化礼堂
_VILLAGE_TWICE = "村村"  # 板桥村村卫生室 for 板桥村卫生室: the village, then its 村卫生室
_COUNTED = re.compile(r"[两二三四五六七八九十\d]+[个座口处所家条间]")  # 沧南村的两个食堂: no part of a name


def _more_of_a_kind(printed: str, name: str) -> bool:
    """桥王村、西庄村各新建1家 for 桥王村、西庄村共富工坊: the places the name opens with, then more built there,
    counted, the kind left unsaid."""
    more = _MORE_BUILT.fullmatch(printed)
    return more is not None and name.startswith(more["places"])


_MORE_BUILT = re.compile(r"(?P<places>[^各再]+)(?:再各|各|再)(?:新建|建设|建|开)[一两二三四五六七八九十\d]+[个座口处所家条间]")


def _shortens(short: str, long: str) -> bool:
    """Whether `short` (three characters or more) is some of `long`'s characters, in order."""
    rest = iter(long)
    return len(short) >= 3 and all(char in rest for char in short)


_WORKS_SAID_AFTER = re.compile(r"(?:整治|改扩建|改建|改造|提升|加固|除险加固|清淤|扩容|建设|硬化|扩建|维修|工程|项目)+$")


def _counted_again(printed: str, name: str) -> bool:
    """两座桥 for 坝底村、泉井边村便民桥: a count, then the end of the facility of a name listing places,
    maybe with the works done to them (三座山塘整治工程 for 抱珠龙村、赖家村、洋口村山塘; 两座山塘 for
    里屋村、塘湖村山塘除险加固)."""
    count = re.match(r"[两二三四五六七八九十\d]+[个座口处所家条间]", printed)
    if count is None or "、" not in name:
        return False
    counted = printed[count.end():]
    return name.endswith(counted) or _WORKS_SAID_AFTER.sub("", name).endswith(_WORKS_SAID_AFTER.sub("", counted))


def _one_of_the_places(printed: str, name: str) -> bool:
    """三源村、川坑村新增2个共享食堂 for 川坑村共享食堂 (or 官塘村和红岩村的老年食堂 for 官塘村老年食堂): places
    listed, the name's among them, its facility last."""
    place = re.match(r".{1,5}?(?:村|社区|镇|乡|街道)", name)
    return re.search("[、和及与]", printed) is not None and place is not None and place.group() in printed \
        and printed.endswith(name[place.end():][-2:])


def _spells(short: str, long: str) -> bool:
    """Whether `long` runs from the first to the last character of `short`, holding all of it in order."""
    rest = iter(long)
    return long[:1] == short[:1] and long[-1:] == short[-1:] and all(char in rest for char in short)
