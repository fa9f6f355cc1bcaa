"""Township activity: one row per (article, township) the article reports on.

Mentions count the township's names and its villages in the headline block and the body. The
activity type is read from keywords: first in the headline and the sentences naming the township,
then in the whole article.
"""
from __future__ import annotations

from collections import Counter

from ingest.extract.document import Document
from ingest.model import TownshipActivity

FIELD = "activity"

# In order of precedence when counts tie.
ACTIVITY_TYPES = (
    ("督查调研", ("督查", "督政", "督导", "调研", "视察", "检查", "暗访", "考察", "走访")),
    ("会议", ("会议", "大会", "座谈会", "交流会", "推进会", "部署会", "例会", "召开", "会上")),
    ("培训学习", ("培训", "轮训", "学习", "讲座", "宣讲", "课堂", "学员", "比武", "擂台")),
    ("项目建设", ("项目", "工程", "开工", "施工", "竣工", "完工", "建成", "改建", "新建", "投资")),
    ("民生服务", ("民生", "养老", "助老", "义诊", "医疗", "食堂", "便民", "就医", "惠民", "服务", "幸福")),
    ("产业经济", ("产业", "企业", "招商", "经济", "产值", "销售", "农产品", "增收", "电商", "旅游")),
    ("基层治理", ("治理", "党建", "调解", "法庭", "网格", "矛盾", "平安", "信访", "村干部", "支部")),
)
OTHER = "其他"
_HEADLINE_WEIGHT = 3


def extract(doc: Document) -> tuple[TownshipActivity, ...]:
    """One TownshipActivity per township the article names (directly or through a village)."""
    mentions = Counter(m.township_id for m in (*doc.headline_mentions, *doc.mentions))
    headline = doc.head
    article_type = activity_type({headline: _HEADLINE_WEIGHT, doc.article.body: 1})
    rows = []
    for township_id in doc.township_ids:
        own = {s.text for s in doc.sentences
               if any(m.township_id == township_id and s.start <= m.start < s.end for m in doc.mentions)}
        texts = {headline: _HEADLINE_WEIGHT, **{text: 1 for text in own}}
        found = activity_type(texts)
        rows.append(TownshipActivity(township_id, mentions[township_id],
                                     found if found != OTHER else article_type))
    return tuple(rows)


def activity_type(weighted_texts: dict[str, int]) -> str:
    """The activity type whose keywords occur most often (weighted); 其他 when none does."""
    scores = Counter()
    for text, weight in weighted_texts.items():
        for label, words in ACTIVITY_TYPES:
            scores[label] += weight * sum(text.count(word) for word in words)
    ranked = [label for label, _ in ACTIVITY_TYPES if scores[label] > 0]
    return max(ranked, key=lambda label: scores[label]) if ranked else OTHER
