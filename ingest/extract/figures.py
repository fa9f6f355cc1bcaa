"""What the words around a figure say: its qualifier and its kind (shared by money and people)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.numerals import APPROX, QUANTITY, ROUGHLY, SOME_TENS, parse_numeral, parse_side_by_side
from ingest.extract.sentences import clause_bounds

# 约 closing a word is no qualifier: 签约4120人, 预约300人次.
_NOT_APPROXIMATE = ("签约", "预约", "合约", "节约", "制约", "履约", "特约", "相约")
# 不低于 (at least) is read before 低于, and "under" before "over", so that 不超过 is not 超过.
_BEFORE = (("over", ("不低于", "不少于")),
           ("under", ("不到", "不足", "低于", "少于", "最高", "最多", "不超过")),
           ("about", ("大约", "约", "将近", "接近", "近")),
           ("over", ("超过", "突破", "超", "逾", "多于")))
# 最高/最多 cap an amount only where the clause grants or limits something (每户最高2万元的补贴);
# else they say the largest seen (单日最多1.1万人次, 亩产值最高2万元).
_CAPS = ("最高", "最多")
# Searched over the whole clause (最高5000元的一次性创业补贴), and over the clause before where the cap
# opens its own (给予一次性奖励,最高100万元).
_CAP_CONTEXT = re.compile(r"每|单[笔个户家人项张次]|给予|补助|补贴|奖励|奖补|贴息|资助|扶持|贷|额度|授信|报销|限额|名额|面额|上限|可")
_RESPECTIVELY = "分别"
# A figure quoted as printed wrong, in a correction (“总投资1.8亿元”应为“总投资1800万元”).
_RETRACTED = re.compile(r"“[^“”]*”(?=应为|应是|应改为|更正为)")
_HAS = "有"
_PAST = "了"
_AFTER = (("about", ("左右", "上下")), ("over", ("以上",)), ("under", ("以下", "以内")))

_QUANTITY = re.compile(QUANTITY)
# The multiplier printed after the numeral (3000余万, 三百余万), not one a Chinese numeral holds (百万).
_TRAILING_MULTIPLIER = re.compile(r"(?<=[\d.余多])(万亿|千万|百万|十万|亿|万|千)[余多]?$")
_APPROX = re.compile(APPROX)
_ROUGHLY = re.compile(ROUGHLY)
_SOME_TENS = re.compile(SOME_TENS)
_ZERO_BEFORE_ARABIC = re.compile(r"(?<=[亿万])零(?=\d)")
_MULTIPLIERS = {"万亿": 10**12, "千万": 10**7, "百万": 10**6, "十万": 10**5,
                "亿": 10**8, "万": 10**4, "千": 10**3}


def read_quantity(text: str) -> tuple[float, str | None, bool] | None:
    """(value, multiplier as printed, whether 余/多 follows) of a quantity like 三百余万 or 4.1亿."""
    if text[:1] in "百千万":
        text = "一" + text  # 近百 is 近一百
    match = _QUANTITY.fullmatch(text)
    if match is None:
        return None
    # Read as one numeral without its qualifiers: 一亿五千多万 is 一亿五千万, not 一亿五千 times 万.
    plain = _ROUGHLY.sub("", text.replace("余", "").replace("多", ""))
    plain = _ZERO_BEFORE_ARABIC.sub("", plain)  # 3亿零500万: the 零 only says a place is empty
    value = parse_numeral(plain)
    if value is None:
        return None
    multiplier = _TRAILING_MULTIPLIER.search(text)
    return value, multiplier[1] if multiplier else None, _APPROX.search(text) is not None


def read_side_by_side(text: str) -> tuple[float, float] | None:
    """(low, high) of a quantity printed as two neighbouring numerals (三四万, 七八千, 十二三万), with no
    qualifier of its own."""
    return parse_side_by_side(text) if _QUANTITY.fullmatch(text) and not _APPROX.search(text) else None


def read_some_tens(text: str) -> float | None:
    """The tens printed of a quantity with some more left vague (二十几万 is over 200,000), else None."""
    return parse_numeral(text.replace("几", "")) if _SOME_TENS.fullmatch(text) else None


def multiplier_factor(multiplier: str | None) -> int:
    return _MULTIPLIERS.get(multiplier or "", 1)


def qualifier(text: str, start: int, end: int, approximate: bool) -> str:
    """exact | about | over | under, from 约/近/超/逾/不到 before, 来 inside (一百来万) and 左右/以上/以下 after."""
    if _ROUGHLY.search(text, start, end):
        return "about"
    for label, words in _AFTER:
        if text.startswith(words, end):
            return label
    if approximate:
        return "over"
    window = text[max(0, start - 3):start]
    if window.endswith(_CAPS) and not _grants_or_limits(text, start):
        return "exact"
    if window.endswith((_HAS, _PAST)):
        window = text[max(0, start - 4):start - 1]  # 全区约有2.1万名…, 销售额超过了36万元: the 约, the 超过 are the figure's
    for label, words in _BEFORE:
        if window.endswith(words) and not window.endswith(_NOT_APPROXIMATE):
            return label
    return "exact"


def _grants_or_limits(text: str, start: int) -> bool:
    """Whether the clause of a figure after 最高/最多 grants or limits something."""
    low, high = clause_bounds(text, start)
    if low > 0 and text[low:start] in _CAPS:
        low = clause_bounds(text, low - 1)[0]
    return _CAP_CONTEXT.search(text, low, high) is not None


def is_retracted(text: str, start: int) -> bool:
    """Whether the figure at `start` is one a correction takes back."""
    return any(quote.start() < start < quote.end() for quote in _RETRACTED.finditer(text))


def nearest_keyword(text: str, start: int, end: int, table: Sequence[tuple[str, Sequence[str]]],
                    whole_sentence: bool = True) -> tuple[str, str] | None:
    """(label, keyword) of the keyword closest to text[start:end] in its clause, else (when
    `whole_sentence`) in the sentence; before the figure wins a tie; None when there is none."""
    scopes = [clause_bounds(text, start)] + ([(0, len(text))] if whole_sentence else [])
    for low, high in scopes:
        best: tuple[int, int, int, str, str] | None = None
        for rank, (label, words) in enumerate(table):
            for word in words:
                for hit in _find_all(text, word, low, high):
                    distance = start - (hit + len(word)) if hit < start else hit - end + 1
                    if distance >= 0 and (best is None or (distance, -len(word), rank) < best[:3]):
                        best = (distance, -len(word), rank, label, word)
        if best:
            return best[3], best[4]
    return None


def respective_items(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Figures printed after 分别 pair in order with the items listed before it (莲花镇、高家镇分别
    获得补助50万元和30万元). Returns {index into `spans`: (start, end) of its item in `text`} where the
    clause lists as many items as figures follow 分别 in it."""
    paired: dict[int, tuple[int, int]] = {}
    at = text.find(_RESPECTIVELY)
    while at >= 0:
        low, high = clause_bounds(text, at)
        items = _listed_items(text, low, at)
        after = [index for index, (start, _) in enumerate(spans) if at < start < high]
        if len(items) >= 2 and len(items) == len(after):
            paired.update(zip(after, items))
        at = text.find(_RESPECTIVELY, at + 1)
    return paired


def item_keyword(text: str, item: tuple[int, int],
                 table: Sequence[tuple[str, Sequence[str]]], figure: int | None = None) -> tuple[str, str] | None:
    """(label, keyword) of `table` said last in one item of a list (工业产值 of 工业产值、税收分别…);
    None when the figure at `figure` has a keyword of its own after 分别 (投资企业、村集体分别获得年收益…)."""
    if figure is not None:
        at = text.rfind(_RESPECTIVELY, 0, figure)
        if at >= 0 and any(word in text[at:figure] for _, words in table for word in words):
            return None
    return last_keyword(text[item[0]:item[1]], table)


def last_keyword(words: str, table: Sequence[tuple[str, Sequence[str]]]) -> tuple[str, str] | None:
    """(label, keyword) of `table` said last in a short phrase: a list's item, a table's column name
    (补助金额), a field's label (受益群众)."""
    return nearest_keyword(words, len(words), len(words), table, whole_sentence=False)


def _listed_items(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """Bounds of the items of a list in text[low:high] (A、B和C): split at 、, and the last item
    once more at its last 和."""
    items, start = [], low
    for position in range(low, high):
        if text[position] == "、":
            items.append((start, position))
            start = position + 1
    joined = text.rfind("和", start, high)
    if start < joined < high - 1:
        items.append((start, joined))
        start = joined + 1
    items.append((start, high))
    return items


def _find_all(text: str, word: str, low: int, high: int):
    position = text.find(word, low, high)
    while position >= 0:
        yield position
        position = text.find(word, position + 1, high)
