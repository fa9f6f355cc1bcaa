"""The gazetteer: one district's township-level units, their villages and the places outside the
district, read from a single CSV data file (the packaged ingest/data/gazetteer.csv by default).

Nothing here knows which district it is: everything district-specific lives in the data file,
whose columns are described in its own header and in ingest/data/GAZETTEER.md.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

PACKAGED_FILE = "data/gazetteer.csv"
COLUMNS = ("level", "id", "name", "kind", "parent", "code", "aliases", "guarded_aliases")

TOWNSHIP_KINDS = frozenset({"街道", "镇", "乡", "民族乡", "苏木", "民族苏木", "办事处", "区公所"})
VILLAGE_KINDS = frozenset({"村", "社区", "居委会", "嘎查", "农场", "生活区"})
DISTRICT_KINDS = frozenset({"区", "县", "市", "自治县", "旗", "自治旗", "林区", "特区"})
CITY_KINDS = frozenset({"市", "地区", "自治州", "盟"})
OUTSIDE_KINDS = TOWNSHIP_KINDS | VILLAGE_KINDS | DISTRICT_KINDS | CITY_KINDS | {"省", "自治区", "市区"}
LEVEL_KINDS = {
    "district": DISTRICT_KINDS, "city": CITY_KINDS, "township": TOWNSHIP_KINDS,
    "village": VILLAGE_KINDS, "historical_village": VILLAGE_KINDS, "outside": OUTSIDE_KINDS,
}

# jieba keeps a word whole when its frequency beats the product of its parts'. Measured: these
# values keep all 76 place names of the seed issue whole (HMM on or off) and the names in 5,527 of
# 5,528 template sentences, yet add little to jieba's 60 M total, so other words keep their
# segmentation; at 500,000 short names start to glue (主张村里 -> 主/张村/里). Short forms get less
# than full names so that 银坑 never outweighs 银坑村.
NAME_FREQ = 5_000
ALIAS_FREQ = 1_000
PLACE_TAG = "ns"


@dataclass(frozen=True)
class Township:
    township_id: str
    name: str
    kind: str
    district: str
    code: str | None
    aliases: tuple[str, ...]
    guarded_aliases: tuple[str, ...]
    sort_order: int


@dataclass(frozen=True)
class Village:
    village_id: str
    name: str
    kind: str
    township_id: str
    aliases: tuple[str, ...]
    historical: bool = False  # a former village name, kept so older wording still maps to today's township
    guarded_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    district: str
    district_aliases: tuple[str, ...]
    townships: tuple[Township, ...]
    villages: tuple[Village, ...]
    outside_places: tuple[str, ...]
    district_code: str = ""
    city: str = ""
    city_aliases: tuple[str, ...] = ()

    @cached_property
    def _townships_by_id(self) -> dict[str, Township]:
        return {t.township_id: t for t in self.townships}

    @cached_property
    def _villages_by_name(self) -> dict[str, tuple[Village, ...]]:
        index: dict[str, list[Village]] = {}
        for v in self.villages:
            for name in dict.fromkeys((v.name, *v.aliases)):
                index.setdefault(name, []).append(v)
        return {name: tuple(found) for name, found in index.items()}

    def township_by_id(self, township_id: str) -> Township:
        try:
            return self._townships_by_id[township_id]
        except KeyError:
            raise KeyError(f"no township with id {township_id!r}") from None

    def township_by_name(self, name: str) -> Township:
        """By official name or by a safe alias (short form, former name)."""
        for t in self.townships:
            if name == t.name or name in t.aliases:
                return t
        raise KeyError(f"no township named {name!r}")

    def villages_named(self, name: str) -> tuple[Village, ...]:
        """Villages whose name or safe alias is `name`; several where townships share a name."""
        return self._villages_by_name.get(name, ())

    def township_rows(self) -> list[tuple]:
        """Rows for dim_township(township_id, name, kind, district, code, aliases, sort_order)."""
        return [(t.township_id, t.name, t.kind, t.district, t.code, [*t.aliases, *t.guarded_aliases], t.sort_order)
                for t in self.townships]

    def village_rows(self) -> list[tuple]:
        """Rows for dim_village(village_id, name, kind, township_id): today's villages only."""
        return [(v.village_id, v.name, v.kind, v.township_id) for v in self.villages if not v.historical]

    def jieba_words(self) -> list[tuple[str, int, str]]:
        """(word, frequency, tag) for jieba.add_word. Guarded aliases are left out on purpose:
        they are ordinary words jieba already knows, often at a higher frequency (东方, 相对),
        which add_word would lower; the extractor reads them from the gazetteer, not from jieba."""
        names = [self.district, self.city, *(t.name for t in self.townships), *(v.name for v in self.villages)]
        aliases = [*self.district_aliases, *self.city_aliases, *self.outside_places,
                   *(a for t in self.townships for a in t.aliases), *(a for v in self.villages for a in v.aliases)]
        words: dict[str, int] = {}
        for word in aliases:
            words[word] = ALIAS_FREQ
        for word in names:
            words[word] = NAME_FREQ
        return [(word, freq, PLACE_TAG) for word, freq in words.items() if word]

    def validate(self) -> None:
        """Raise ValueError listing every way this gazetteer is malformed."""
        problems = [*_id_problems(self), *_kind_problems(self), *_code_problems(self), *_alias_problems(self)]
        if problems:
            shown = "\n  ".join(problems[:20])
            more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
            raise ValueError(f"malformed gazetteer for {self.district or '(no district)'}:\n  {shown}{more}")


def _duplicates(values) -> list[str]:
    seen: set[str] = set()
    return [v for v in values if v in seen or seen.add(v)]


def _id_problems(g: Gazetteer) -> list[str]:
    problems = [f"duplicate township id {i}" for i in _duplicates(t.township_id for t in g.townships)]
    problems += [f"duplicate township name {n}" for n in _duplicates(t.name for t in g.townships)]
    problems += [f"duplicate village id {i}" for i in _duplicates(v.village_id for v in g.villages)]
    problems += [f"township {t.name} has no id" for t in g.townships if not t.township_id]
    problems += [f"village {v.name} has no id" for v in g.villages if not v.village_id]
    known = {t.township_id for t in g.townships}
    problems += [f"village {v.name} ({v.village_id}) points to unknown township {v.township_id}"
                 for v in g.villages if v.township_id not in known]
    return problems


def _kind_problems(g: Gazetteer) -> list[str]:
    problems = [f"township {t.name}: unknown kind {t.kind!r}"
                for t in g.townships if t.kind not in TOWNSHIP_KINDS]
    return problems + [f"village {v.name}: unknown kind {v.kind!r}"
                       for v in g.villages if v.kind not in VILLAGE_KINDS]


def _code_problems(g: Gazetteer) -> list[str]:
    problems = [f"township {t.name}: code {t.code} is not under district code {g.district_code}"
                for t in g.townships if t.code and g.district_code and not t.code.startswith(g.district_code)]
    # A 12-digit village code starts with the 9 digits of its township's code.
    codes = {t.township_id: t.code for t in g.townships if t.code}
    return problems + [f"village {v.name}: code {v.village_id} is not under its township's {codes[v.township_id]}"
                       for v in g.villages if v.village_id.isdigit() and v.township_id in codes
                       and v.village_id[:9] != codes[v.township_id][:9]]


def _alias_problems(g: Gazetteer) -> list[str]:
    problems = []
    for place in (*g.townships, *g.villages):
        problems += [f"{place.name}: alias {a!r} is both safe and guarded"
                     for a in set(place.aliases) & set(place.guarded_aliases)]
        problems += [f"{place.name}: alias {a!r} is shorter than 2 characters" for a in place.aliases if len(a) < 2]
    township_forms = {form for t in g.townships for form in (t.name, *t.aliases, *t.guarded_aliases)}
    for v in g.villages:
        problems += [f"village {v.name}: alias {a} is a township's name or short form"
                     for a in v.aliases if a in township_forms]
    return problems + _shared_name_problems(g)


def _shared_name_problems(g: Gazetteer) -> list[str]:
    """A name that may match alone must point one way: to one township, or outside the district."""
    owner: dict[str, str] = {}
    problems = []
    for t in g.townships:
        for form in (t.name, *t.aliases):
            if owner.setdefault(form, t.name) != t.name:
                problems.append(f"township {t.name}: {form} also names {owner[form]}")
    inside = set(owner) | {form for v in g.villages for form in (v.name, *v.aliases)}
    return problems + [f"outside place {p} is also a name in the district" for p in g.outside_places if p in inside]


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The packaged gazetteer (read once per process), or the one in `path` (read every call)."""
    if path is None:
        return _packaged_gazetteer()
    return parse_gazetteer(Path(path).read_text(encoding="utf-8"), origin=str(path))


@lru_cache(maxsize=1)
def _packaged_gazetteer() -> Gazetteer:
    text = resources.files("ingest").joinpath(PACKAGED_FILE).read_text(encoding="utf-8")
    return parse_gazetteer(text, origin=PACKAGED_FILE)


def parse_gazetteer(text: str, origin: str = "gazetteer") -> Gazetteer:
    """Build and validate a Gazetteer from the CSV text (lines starting with # are comments)."""
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{origin}: missing columns {', '.join(missing)}")
    rows: dict[str, list[dict]] = {level: [] for level in LEVEL_KINDS}
    for line_no, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        if row["level"] not in rows or not row["name"]:
            raise ValueError(f"{origin}: row {line_no}: unknown level {row['level']!r} or empty name")
        if row["level"] in ("district", "city", "outside") and row["kind"] not in LEVEL_KINDS[row["level"]]:
            raise ValueError(f"{origin}: row {line_no}: unknown kind {row['kind']!r} for {row['name']}")
        rows[row["level"]].append(row)
    if len(rows["district"]) != 1 or len(rows["city"]) > 1:
        raise ValueError(f"{origin}: needs exactly one district row and at most one city row")
    if rows["city"] and rows["city"][0]["name"] != rows["district"][0]["parent"]:
        raise ValueError(f"{origin}: the city row must be the district's parent {rows['district'][0]['parent']}")
    gazetteer = _build(rows)
    gazetteer.validate()
    return gazetteer


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


def _build(rows: dict[str, list[dict]]) -> Gazetteer:
    district = rows["district"][0]
    townships = tuple(
        Township(r["id"], r["name"], r["kind"], district["name"], r["code"] or None,
                 _split(r["aliases"]), _split(r["guarded_aliases"]), order)
        for order, r in enumerate(rows["township"], start=1))
    # A village's parent is its township's name (or id); an unknown one is kept as given for validate().
    township_ids = {t.name: t.township_id for t in townships} | {t.township_id: t.township_id for t in townships}
    villages = tuple(
        Village(r["id"], r["name"], r["kind"], township_ids.get(r["parent"], r["parent"]),
                _split(r["aliases"]), level == "historical_village", _split(r["guarded_aliases"]))
        for level in ("village", "historical_village") for r in rows[level])
    outside = tuple(dict.fromkeys(p for r in rows["outside"] for p in (r["name"], *_split(r["aliases"]))))
    city_aliases = _split(rows["city"][0]["aliases"]) if rows["city"] else ()
    return Gazetteer(district["name"], _split(district["aliases"]), townships, villages, outside,
                     district_code=district["code"], city=district["parent"], city_aliases=city_aliases)
