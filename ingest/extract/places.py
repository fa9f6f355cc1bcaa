"""Where an article's text names the district's townships, directly or through a village.

Rules (each generalises beyond the sentences we measured on):
- Names are matched leftmost-longest, so 西山下村 wins over 山下村 and 上方镇 over 上方.
- Short names (up to three characters) must sit on jieba word boundaries (张村 in 主张村民 is
  not a village); full township names and longer names need not.
- A place outside the district (永康, 龙游县 ...) taints the rest of its clause: the villages
  listed after it are its own, not ours, until one of our township names appears.
- Guarded aliases (上方, 湖南, 高家 ...) are ordinary words or other places; they count only in a
  list of townships (上方、峡川等乡镇), in a sentence that names their township in full, or as
  the place of a district body's branch (区中医院医共体周家分院, 分馆, 分校), never alone.
- A village name shared by several townships counts only for a township the article names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.memo import per_gazetteer
from ingest.extract.segment import on_word_edges

TOWNSHIP, ALIAS, GUARDED, VILLAGE, OUTSIDE = "township", "alias", "guarded", "village", "outside"
# Names this long are not found inside other words by chance; shorter ones (张村 in 主张村民,
# 樟潭, 全旺) are checked against jieba's word boundaries.
_ALWAYS_WHOLE = 3
_CLAUSE_END = re.compile(r"[,，;；:：。！？!?\n]")
_LIST_JOINER = re.compile(r"[、和及与至]")  # 至: a route's two ends (上方至峡川公路)
# What follows a route's far end (上方至峡川公路, 举村至岭洋的山区旅游公路); not 至湖南怀化, 至湖南、江西.
_ROUTE_END = re.compile(r"(?:[,，。;；]|$|段|线|公路|道路|方向|的[^,，。;；]{0,6}?(?:公路|道路|公交|班线|客运|专线))")
_BRANCH = ("分院", "分馆", "分校")  # 区中医院医共体周家分院: a district body's branch in the township
_DISTRICT_BODY = re.compile(r"(?:区|衢江|医共体)[\u4e00-\u9fff]{0,10}$")  # not 中国农业科学院湖南分院
_LIST_TAIL = re.compile(r"等?(?:周边|沿线|附近|山区|偏远)?[两三四五六七八九十几多]?个?(?:山区)?(?:乡镇|镇街|街道|镇|乡(?![村亲贤土情]))")


@dataclass(frozen=True)
class PlaceName:
    surface: str
    kind: str
    township_ids: tuple[str, ...]
    names_township: bool  # a township's own name or short form, not a village's


@dataclass(frozen=True)
class Mention:
    """A credited place name: `start`/`end` are offsets in the text it was found in."""

    township_id: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class PlaceIndex:
    names: dict[str, PlaceName]
    pattern: re.Pattern


@per_gazetteer
def place_index(gazetteer) -> PlaceIndex:
    """One regex over every name the gazetteer knows, longest first."""
    names: dict[str, PlaceName] = {}

    def add(surface: str, kind: str, township_id: str | None, names_township: bool = False) -> None:
        known = names.get(surface)
        if known is None or _RANK[kind] > _RANK[known.kind]:
            names[surface] = PlaceName(surface, kind, (township_id,) if township_id else (), names_township)
        elif known.kind == kind and not names_township and township_id not in known.township_ids:
            names[surface] = PlaceName(surface, kind, known.township_ids + (township_id,), False)

    for township in gazetteer.townships:
        add(township.name, TOWNSHIP, township.township_id, True)
        for alias in township.aliases:
            add(alias, ALIAS, township.township_id, True)
        for alias in township.guarded_aliases:
            add(alias, GUARDED, township.township_id, True)
    for village in gazetteer.villages:
        for surface in (village.name, *village.aliases):
            add(surface, VILLAGE, village.township_id)
        for surface in village.guarded_aliases:
            add(surface, GUARDED, village.township_id)
    for place in gazetteer.outside_places:
        add(place, OUTSIDE, None)
    alternatives = sorted(names, key=len, reverse=True)
    return PlaceIndex(names, re.compile("|".join(map(re.escape, alternatives))))


# When one surface is several things, the stronger reading wins: an outside place name beats a
# village name (so it is never credited), a township name beats an alias.
_RANK = {OUTSIDE: 5, TOWNSHIP: 4, ALIAS: 3, VILLAGE: 2, GUARDED: 1}


def find_mentions(text: str, gazetteer) -> list[tuple[PlaceName, int, int]]:
    """Place names in one sentence that pass the boundary, outside-place and guarded rules.

    Shared village names come back with all their townships; the caller resolves them.
    """
    index = place_index(gazetteer)
    matches = [(index.names[m.group()], m.start(), m.end()) for m in index.pattern.finditer(text)]
    if not matches:
        return []
    kept: list[tuple[PlaceName, int, int]] = []
    tainted_until = -1
    for name, start, end in matches:
        if name.kind == OUTSIDE:
            tainted_until = _clause_end(text, end)
        elif name.kind == TOWNSHIP:
            tainted_until = -1
            kept.append((name, start, end))
        elif start < tainted_until:
            continue
        elif end - start > _ALWAYS_WHOLE or on_word_edges(text, start, end, gazetteer):
            kept.append((name, start, end))
    return _drop_lone_guarded(text, kept)


def guarded_names_in(text: str, gazetteer) -> frozenset[str]:
    """Guarded aliases that the rules above accept as places in this sentence (莲花 where 莲花镇 is named)."""
    if not _guarded_pattern(gazetteer).search(text):
        return frozenset()  # most sentences: no guarded alias at all
    return frozenset(text[start:end] for name, start, end in find_mentions(text, gazetteer) if name.kind == GUARDED)


@per_gazetteer
def _guarded_pattern(gazetteer) -> re.Pattern:
    surfaces = [surface for surface, name in place_index(gazetteer).names.items() if name.kind == GUARDED]
    return re.compile("|".join(map(re.escape, surfaces)) or "(?!)")


def _clause_end(text: str, position: int) -> int:
    found = _CLAUSE_END.search(text, position)
    return found.start() if found else len(text)


def _drop_lone_guarded(text: str, kept: list[tuple[PlaceName, int, int]]) -> list:
    """Keep a guarded alias only in a safe context, never alone.

    Safe for a township's short form: a list (joined by 、/和, or a route's 至) that holds a sure
    township name, one ending in 等乡镇 (上方、峡川等乡镇), a sentence that names the township in full
    (莲花镇将实施莲花农贸市场提升改造工程), or a district body's branch named after it (区中医院医共体周家
    分院). Safe for a village's short form: a list holding a sure place of the same township, or right
    after its own township's name (樟潭卢家).
    """
    in_full = {name.township_ids for name, _, _ in kept if name.kind == TOWNSHIP}
    result = []
    for group in _lists(text, kept):
        named_as_townships = _LIST_TAIL.match(text, group[-1][2]) is not None
        sure = [n for n, _, _ in group if n.kind != GUARDED]
        for name, start, end in group:
            if name.kind != GUARDED:
                safe = True
            elif name.names_township:
                safe = named_as_townships or any(n.names_township for n in sure) or name.township_ids in in_full \
                    or (text.startswith(_BRANCH, end) and _DISTRICT_BODY.search(text, 0, start) is not None)
            else:
                safe = any(n.township_ids == name.township_ids for n in sure) \
                    or _after_own_township(result, name, start)
            if safe:
                result.append((name, start, end))
    return result


def _after_own_township(accepted: list, name: PlaceName, start: int) -> bool:
    if not accepted:
        return False
    previous, _, previous_end = accepted[-1]
    return previous_end == start and previous.names_township and previous.township_ids == name.township_ids


def _lists(text: str, mentions: list) -> list[list]:
    """Mentions grouped into lists: neighbours joined only by 、/和/及/与, or 至 (a route's ends)."""
    groups: list[list] = []
    for mention in mentions:
        if groups:
            previous_end = groups[-1][-1][2]
            joiner = _LIST_JOINER.match(text, previous_end)
            if joiner is not None and joiner.end() == mention[1] \
                    and (joiner.group() != "至" or _ROUTE_END.match(text, mention[2])):
                groups[-1].append(mention)
                continue
        groups.append([mention])
    return groups
