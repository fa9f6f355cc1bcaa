"""The packaged gazetteer's facts, its loader's checks, and its words in jieba."""
from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

import ingest.gazetteer as gazetteer_module
from ingest.gazetteer import load_gazetteer

HEADER = "level,id,name,kind,parent,code,aliases,guarded_aliases,notes,source\n"

# A made-up district: nothing in it is 衢江, and two townships share a village name.
OTHER_DISTRICT = HEADER + """\
# an example district used only by tests
district,990101,示例区,区,示例市,990101,示例,,,
township,990101001,东岭街道,街道,示例区,990101001000,东岭,,,
township,990101100,西湾镇,镇,示例区,990101100000,,西湾,西湾 is an ordinary word here,
township,990101x01,北坡办事处,办事处,示例区,,北坡,,no code,
village,990101001201,石门村,村,东岭街道,990101001201,石门,,,
village,990101100201,石门村,村,西湾镇,990101100201,,,,
village,990101100202,桃源社区,社区,990101100,990101100202,桃源,,parent given by id,
historical_village,990101100h01,旧渡村,村,西湾镇,,旧渡,,,
outside,,邻县,县,示例市,,邻,,,
"""


@pytest.fixture(scope="module")
def g():
    return load_gazetteer()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "gazetteer.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_counts_match_the_statistical_list_plus_henglu(g):
    assert len(g.townships) == 21
    assert len(g.village_rows()) == 295
    assert [t.sort_order for t in g.townships] == list(range(1, 22))
    assert sum(1 for t in g.townships if t.code) == 20


def test_codes_sit_under_the_district_and_their_township(g):
    assert (g.district, g.district_code, g.city) == ("衢江区", "330803", "衢州市")
    for t in g.townships:
        if t.code:
            assert t.code.startswith(g.district_code) and len(t.code) == 12
            assert t.township_id == t.code[:9]
    for v in g.villages:
        if not v.historical:
            assert len(v.village_id) == 12
            assert v.village_id.startswith(g.township_by_id(v.township_id).code[:9])


@pytest.mark.parametrize("village, township", [
    ("银坑村", "太真乡"), ("上龙村", "上方镇"), ("后山村", "峡川镇"), ("中央徐村", "高家镇"),
    ("里舍村", "全旺镇"), ("楼山后村", "全旺镇"), ("马蹊村", "全旺镇"), ("马溪村", "全旺镇"),
    ("全旺村", "全旺镇"), ("横路村", "高家镇"), ("下叶村", "峡川镇"), ("尖峰山村", "全旺镇"),
])
def test_villages_map_to_their_township(g, village, township):
    found = g.villages_named(village)
    assert [g.township_by_id(v.township_id).name for v in found] == [township]


def test_a_name_shared_by_two_townships_returns_both(g):
    found = g.villages_named("郑家村")
    assert {g.township_by_id(v.township_id).name for v in found} == {"杜泽镇", "大洲镇"}
    assert all(v.historical for v in found)


def test_henglu_office_has_an_explicit_id_and_no_code(g):
    henglu = g.township_by_name("横路办事处")
    assert (henglu.township_id, henglu.code, henglu.kind) == ("330803x01", None, "办事处")
    assert g.township_by_name("横路") is henglu
    assert g.township_by_name("下张乡").name == "樟潭街道"


def test_ordinary_word_short_forms_are_guarded(g):
    guarded = {a for t in g.townships for a in t.guarded_aliases}
    safe = {a for t in g.townships for a in t.aliases}
    assert {"上方", "湖南", "高家", "周家", "双桥", "莲花", "大洲", "举村"} <= guarded
    assert not guarded & safe
    with pytest.raises(KeyError):
        g.township_by_name("上方")
    assert "后山" in g.villages_named("后山村")[0].guarded_aliases
    assert g.villages_named("后山") == ()


def test_no_village_short_form_is_a_township_short_form(g):
    township_forms = {f for t in g.townships for f in (t.name, *t.aliases, *t.guarded_aliases)}
    village_forms = {a for v in g.villages for a in (*v.aliases, *v.guarded_aliases)}
    assert not township_forms & village_forms
    assert all(len(a) >= 2 for a in village_forms)
    assert g.villages_named("张村")[0].aliases == ()


def test_outside_places_are_never_district_names(g):
    assert {"柯城区", "永康", "东阳", "义乌", "浦江", "龙游", "建德市莲花镇", "信安街道"} <= set(g.outside_places)
    inside = {f for t in g.townships for f in (t.name, *t.aliases)} | {
        f for v in g.villages for f in (v.name, *v.aliases)}
    assert not inside & set(g.outside_places)


def test_rows_fit_the_dimension_tables(g):
    first = g.township_rows()[0]
    assert first == ("330803001", "樟潭街道", "街道", "衢江区", "330803001000",
                     ["樟潭", "樟潭街道办事处", "樟潭镇", "下张乡"], 1)
    assert g.village_rows()[0] == ("330803001001", "临江社区", "社区", "330803001")


def test_default_load_is_cached_and_explicit_paths_are_read(g, tmp_path):
    assert load_gazetteer() is g
    packaged = Path(gazetteer_module.__file__).parent / "data" / "gazetteer.csv"
    assert load_gazetteer(packaged) == g


def test_another_district_loads_through_the_same_code(tmp_path):
    other = load_gazetteer(write(tmp_path, OTHER_DISTRICT))
    assert (other.district, other.district_aliases, other.city) == ("示例区", ("示例",), "示例市")
    assert [t.name for t in other.townships] == ["东岭街道", "西湾镇", "北坡办事处"]
    assert len(other.villages_named("石门村")) == 2
    assert other.villages_named("桃源")[0].township_id == "990101100"
    assert other.outside_places == ("邻县", "邻")
    assert len(other.village_rows()) == 3


def test_loader_code_names_no_district():
    source = Path(gazetteer_module.__file__).read_text(encoding="utf-8")
    assert "衢" not in source and "330803" not in source


@pytest.mark.parametrize("change, message", [
    (("village,990101100202,桃源社区", "village,990101001201,桃源社区"), "duplicate village id 990101001201"),
    (("石门村,村,西湾镇", "石门村,村,南山镇"), "points to unknown township 南山镇"),
    (("西湾镇,镇,示例区", "西湾镇,县城,示例区"), "unknown kind '县城'"),
    (("township,990101x01", "township,990101100"), "duplicate township id 990101100"),
    (("桃源社区,社区,990101100,990101100202,桃源", "桃源社区,社区,990101100,990101100202,东岭"),
     "alias 东岭 is a township's name or short form"),
    (("北坡办事处,办事处,示例区,,北坡", "北坡办事处,办事处,示例区,,东岭"), "东岭 also names 东岭街道"),
    (("outside,,邻县", "outside,,东岭街道"), "outside place 东岭街道 is also a name in the district"),
    (("district,990101", "township,990101"), "exactly one district row"),
    (("level,id,name", "level,ident,name"), "missing columns id"),
])
def test_malformed_files_are_rejected_with_the_reason(tmp_path, change, message):
    old, new = change
    assert old in OTHER_DISTRICT
    with pytest.raises(ValueError, match=message):
        load_gazetteer(write(tmp_path, OTHER_DISTRICT.replace(old, new, 1)))


@pytest.fixture(scope="module")
def tokenizer(g):
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in g.jieba_words():
        tokenizer.add_word(word, freq, tag)
    return tokenizer


@pytest.mark.parametrize("sentence, names", [
    ("主持人连线樟潭街道、上方镇、峡川镇的代表", ["樟潭街道", "上方镇", "峡川镇"]),
    ("上方镇上龙村党支部书记介绍", ["上方镇", "上龙村"]),
    ("游客在银坑村鱼文化产业园参观", ["银坑村"]),
    ("全旺镇在楼山后村、马溪村和全旺村开设食堂", ["全旺镇", "楼山后村", "马溪村", "全旺村"]),
    ("走进高家镇中央徐村的水库", ["高家镇", "中央徐村"]),
    ("代表团前往建德市莲花镇考察", ["建德市莲花镇"]),
])
def test_names_stay_single_words_in_jieba(tokenizer, sentence, names):
    for hmm in (True, False):
        words = tokenizer.lcut(sentence, HMM=hmm)
        assert all(name in words for name in names), words


@pytest.mark.parametrize("sentence, words", [
    ("主张村里先行", ["主张", "村里", "先行"]),
    ("兴旺村落", ["兴旺", "村落"]),
])
def test_short_village_names_do_not_glue_ordinary_words(tokenizer, sentence, words):
    assert tokenizer.lcut(sentence, HMM=False) == words


def test_jieba_words_cover_names_and_safe_aliases_only(g):
    words = {w: (f, tag) for w, f, tag in g.jieba_words()}
    assert {"衢江区", "衢江", "横路办事处", "银坑村", "银坑", "马溪村", "尖峰山村", "永康"} <= set(words)
    assert not {"上方", "高家", "后山", "湖南"} & set(words)
    assert words["银坑村"][0] > words["银坑"][0] and words["银坑村"][1] == "ns"
