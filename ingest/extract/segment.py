"""jieba segmentation with the gazetteer and a project vocabulary as user dictionary.

Extraction reads figures and place names with regexes over the text; jieba is used only where
words decide something: whether a short place name found in a sentence is a word there (张村 in
主张村民 is not; only a window around it is segmented), and where a project name starts and
which of its words are places, verbs or particles (tags come from a dictionary lookup). So only
the few sentences holding such candidates are segmented, with HMM off: unknown characters stay
single tokens, which can only add boundaries, never hide a real name.

The tokenizer is our own `jieba.Tokenizer` (not the global one, so that other code using
`jieba.lcut` keeps the stock dictionary), built once per process; each new gazetteer adds its
words once.
"""
from __future__ import annotations

import logging
import sys
from functools import lru_cache

import jieba

from ingest.extract.memo import per_gazetteer

# Words the rules look at that the stock dictionary splits (除险/加固, 幸福/食堂 ...).
PROJECT_VOCABULARY = (
    "民生实事", "为民办实事", "除险加固", "幸福食堂", "老年食堂", "助餐点", "共享法庭",
    "文化礼堂", "产业园", "农业园区", "垦造耕地", "污水处理", "提升改造", "改建工程",
    "新建工程", "改造工程", "建设项目", "投入使用", "建成通车", "开工建设", "竣工验收",
    "卫生院", "养老服务中心", "居家养老", "工坊", "共富工坊", "零工市场", "安置小区", "安置点",
    "服务点", "收集点", "健康小屋", "四点半课堂", "妇幼保健院", "福利院", "老旧小区", "公交专线", "客运专线",
    "候车亭", "加工点", "来料加工点", "书屋", "农家书屋", "上月", "上周", "本月初", "本月底", "本月中旬", "结顶", "封顶", "总投资",
    "通村公路", "强村", "我区", "本区", "托育点", "健身房", "医共体", "分院", "绿道", "游步道", "安置房", "堰坝", "新院", "新院区",
    "骑行道", "养老点", "调解点", "助浴点", "直播间", "共富直播间", "充电车棚", "避难场所", "机耕路", "开学前", "春节前", "汛期前", "观光带", "预冷库", "露营基地",
    "育秧中心", "水源井", "防火通道", "应急通道", "防汛通道", "教学点", "主管网", "监督检查室", "为农服务中心",  # 第二监督检查室 as one word, so 检查室 alone (胃镜检查室) stays a facility
    "烘干房", "晾晒房", "晾晒棚", "堆肥房", "供水管网", "保鲜库", "选果场", "运营中心", "充电桩", "连栋", "综合整治",  # 连栋大棚 (jieba: 连/栋, and 栋 ends a name)
    "延伸线路",  # 城乡公交延伸线路 (jieba: 延伸/线路)
    "集聚区",  # 民宿集聚区 (jieba: 集聚/区)
    "停车泊位",  # 公共停车泊位 (jieba: 停车/泊位)
    "公交一体化",  # 城乡公交一体化 (jieba: 公交/一体化)
    "污水处理终端", "处理终端", "污水终端", "治理终端",  # (jieba: 污水处理/终端)
    "零直排", "零直排区",  # 污水零直排工程 (jieba: 零/直/排, and 零 a numeral cuts the name)
    "直通公路",  # 高家镇至杜泽镇直通公路: a road so named (直通 alone says where one goes: 机耕路直通杨梅基地)
    # An office (区综合整治办牵头实施…), not works named 区综合整治.
    "综合整治办",
    # 运营 runs a facility (运营照料中心), but 电商运营服务中心 and 停车运营管理中心 are named so.
    "运营服务中心", "运营管理中心",
    "办事大厅", "服务大厅",  # 新办事大厅 (jieba: 办事/大厅)
    "高标准农田",  # (jieba: 高标准/农田)
    "儿童之家", "残疾人之家", "妇女儿童之家", "观景平台", "观景台",  # (jieba: 儿童/之/家, 观景/平台)
    "周转房", "周转宿舍",  # 教师周转房 (jieba: 周转/房)
)
# Verbs the stock dictionary splits (新改建: 新/改建), leaves untagged (某饮水工程通水), tags as places
# (某工程惠及3.8万名群众, 串联起…, 某绿道全线贯通) or as nouns (某改造工程进场施工), tagged so that they open a
# name or end it, not join it.
VERBS = ("新改建", "通水", "惠及", "串联", "全线贯通", "进场")
# Stock words tagged other than as nouns that name what works are done to (立面, an adverb to the stock
# dictionary: 高家镇沿街立面改造工程), tagged as nouns so that a name runs through them.
NOUNS = ("立面", "外立面")
# Stock words that swallow a facility's last character or its works (…中心里 cut …中/心里; 整治工程进度,
# which takes 工程 from the works; 连通工程施工, and 项目前期, too): left to shorter words.
NOT_WORDS = ("心里", "工程进度", "工程施工", "项目前期")
_WORD_FREQ = 2000
_MARGIN = 6


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)  # jieba announces every dictionary load at INFO
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in PROJECT_VOCABULARY:
        tokenizer.add_word(word, _WORD_FREQ)
    for word in VERBS:
        tokenizer.add_word(word, _WORD_FREQ, "v")
    for word in NOUNS:
        tokenizer.add_word(word, _WORD_FREQ, "n")
    for word in NOT_WORDS:
        tokenizer.del_word(word)
    return tokenizer


@per_gazetteer
def tokenizer_for(gazetteer) -> jieba.Tokenizer:
    """The process-wide tokenizer, with this gazetteer's words added (once)."""
    tokenizer = _tokenizer()
    for word, freq, tag in gazetteer.jieba_words():
        tokenizer.add_word(word, freq, tag)
    return tokenizer


def cut(text: str, gazetteer) -> list[str]:
    """Words of `text` (HMM off)."""
    return list(_cut(tokenizer_for(gazetteer), text))


# Places and projects often look at the same sentence; a sentence is segmented once.
@lru_cache(maxsize=4096)
def _cut(tokenizer: jieba.Tokenizer, text: str) -> tuple[str, ...]:
    return tuple(tokenizer.lcut(text, HMM=False))


def on_word_edges(text: str, start: int, end: int, gazetteer) -> bool:
    """Whether text[start:end] starts and ends on word boundaries.

    Only a window around it is segmented: the words at its edges hardly depend on text further
    away, and a window costs a fraction of the whole sentence.
    """
    low, high = max(0, start - _MARGIN), min(len(text), end + _MARGIN)
    edges = {low}
    position = low
    for word in _cut(tokenizer_for(gazetteer), text[low:high]):
        position += len(word)
        edges.add(position)
    return start in edges and end in edges


@per_gazetteer
def tag_table(gazetteer) -> dict[str, str]:
    """Part-of-speech tags of dictionary words, for a lookup after `lcut`.

    `posseg`'s own cut is about 8x slower than `lcut`, and its full table costs ~65 MB; words
    tagged as ordinary nouns (n, nr, nz, l, a, b, j ...) are left out, so a missing tag means
    "noun-like" and the table keeps what the rules tell apart: verbs, particles, numbers, places.
    """
    return {**_stock_tags(), **tokenizer_for(gazetteer).user_word_tag_tab}


_NOUN_LIKE = ("n", "nr", "nz", "nt", "ng", "nrt", "nrfg", "l", "a", "b", "j")


@lru_cache(maxsize=1)
def _stock_tags() -> dict[str, str]:
    tags = {}
    with _tokenizer().get_dict_file() as dictionary:
        for line in dictionary:
            word, _, tag = line.decode("utf-8").split()
            if tag not in _NOUN_LIKE:
                tags[word] = sys.intern(tag)
    return tags
