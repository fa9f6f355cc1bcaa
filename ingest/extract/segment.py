"""jieba segmentation with the gazetteer and a project vocabulary as user dictionary.

Extraction reads figures and names with regexes over the text; jieba is used only where word
boundaries decide something: whether a gazetteer name found in a sentence is a word there
(张村 in 主张村民 is not) and whether a project name is more than generic words. So only the
few sentences holding such candidates are segmented, with HMM off: unknown characters stay
single tokens, which can only add boundaries, never hide a real name.

The tokenizer is our own `jieba.Tokenizer` (not the global one, so that other code using
`jieba.lcut` keeps the stock dictionary), built once per process; each new gazetteer adds its
words once.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import jieba
import jieba.posseg

from ingest.extract.memo import per_gazetteer

# Words the rules look at that the stock dictionary splits (除险/加固, 幸福/食堂 ...).
PROJECT_VOCABULARY = (
    "民生实事", "为民办实事", "除险加固", "幸福食堂", "老年食堂", "助餐点", "共享法庭",
    "文化礼堂", "产业园", "农业园区", "垦造耕地", "污水处理", "提升改造", "改建工程",
    "新建工程", "改造工程", "建设项目", "投入使用", "建成通车", "开工建设", "竣工验收",
    "人次", "经营性收入", "规上工业", "卫生院", "养老服务中心", "居家养老", "工坊", "共富工坊",
    "零工市场", "安置小区",
)
_WORD_FREQ = 2000


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in PROJECT_VOCABULARY:
        tokenizer.add_word(word, _WORD_FREQ)
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
    return tokenizer_for(gazetteer).lcut(text, HMM=False)


def word_boundaries(text: str, gazetteer) -> frozenset[int]:
    """Offsets in `text` where a word starts or ends."""
    edges = {0}
    position = 0
    for word in cut(text, gazetteer):
        position += len(word)
        edges.add(position)
    return frozenset(edges)


@per_gazetteer
def tag_table(gazetteer) -> dict[str, str]:
    """Part-of-speech tag of each dictionary word, read once from jieba's dictionary file.

    A lookup after `lcut` gives the tags the rules need at no cost per sentence; `posseg`'s own
    cut is about 8x slower than `lcut`.
    """
    tokenizer = tokenizer_for(gazetteer)
    return {**_stock_tags(), **tokenizer.user_word_tag_tab}


@lru_cache(maxsize=1)
def _stock_tags() -> dict[str, str]:
    return jieba.posseg.POSTokenizer(_tokenizer()).word_tag_tab
