"""Writing one article: every place named and every figure printed goes through a Writer, which
records the gold fact at the moment it writes the words, so the gold is right by construction."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from random import Random

from ingest.synth import figures, phrases
from ingest.synth.names import Cast, NameMaker, byline, cast_of_year
from ingest.synth.vocabulary import PROJECTS

PRONOUNS = {"镇": "该镇", "乡": "该乡", "街道": "该街道", "办事处": "该办事处"}
MAX_VILLAGE_NAME = 6
SHORT_FORM_SHARE = 0.15
# How an article is credited: not at all (a short item opening with its date or 近日), on a line of
# its own above the body, or (the rest) inside the 本报讯 lead.
UNCREDITED_SHARE = 0.04
BYLINE_LINE_SHARE = 0.12
NEWS_OPENINGS = tuple(f"{m}月" for m in range(1, 13)) + ("近日", "日前")
QUALIFIER_PREFIXES = tuple(word for words in figures.PREFIXES.values() for word in words)


@dataclass
class Fact:
    """A gold record (without evidence) and the words of the text that state it."""

    category: str  # money | people | projects
    record: dict
    evidence: str
    optional: bool = False


@dataclass
class Para:
    """A paragraph, the facts it states and the townships it names (a village names its township)."""

    text: str
    facts: list[Fact] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)


@dataclass
class Story:
    """A finished article before it is laid out on the page."""

    head: list[str]
    main: int
    lead: str  # 本报讯(记者 …), or "" when a byline line stands above the body
    byline_line: str
    event_date: date | None
    paras: list[Para]


class World:
    """What stays the same across an output: the gazetteer's places and the names of people."""

    def __init__(self, gazetteer, seed: int) -> None:
        self.gazetteer = gazetteer
        self.seed = seed
        self.names = NameMaker(gazetteer)
        usable = [v for v in gazetteer.villages
                  if not v.historical and v.kind in ("村", "社区") and len(v.name) <= MAX_VILLAGE_NAME]
        self.villages = {t.township_id: tuple(v for v in usable if v.township_id == t.township_id)
                         for t in gazetteer.townships}
        self.townships = gazetteer.townships
        self.rural = tuple(t for t in self.townships if len(self.villages[t.township_id]) >= 3)
        self._casts: dict[int, Cast] = {}

    def cast(self, year: int) -> Cast:
        if year not in self._casts:
            self._casts[year] = cast_of_year(Random(f"{self.seed}:cast:{year}"), self.names)
        return self._casts[year]


class Writer:
    """Writes one article and keeps its gold: townships named, money, people, projects."""

    def __init__(self, rng: Random, world: World, issue_date: date) -> None:
        self.rng = rng
        self.world = world
        self.issue_date = issue_date
        self.cast = world.cast(issue_date.year)
        self.paras: list[Para] = []
        self.pending: list[Fact] = []
        self.pending_places: dict[str, list[str]] = {}
        self.named: set[str] = set()
        self.event_date: date | None = None

    # Places -------------------------------------------------------------------------------
    def pick_townships(self, k: int, any_township: bool = False) -> list:
        """k townships; only those with villages to name unless `any_township`."""
        return self.rng.sample(self.world.townships if any_township else self.world.rural, k)

    def pick_villages(self, township, k: int = 1) -> list:
        return self.rng.sample(self.world.villages[township.township_id], k)

    def town(self, township) -> str:
        """The township's name; once it has been named, now and then its short form (峡川 for 峡川镇)."""
        short = [a for a in township.aliases if len(a) >= 2 and township.name.startswith(a)]
        word = township.name
        if short and township.name in self.named and self.rng.random() < SHORT_FORM_SHARE:
            word = short[0]
        self.named.add(township.name)
        return self.mention(township, word)

    def village(self, village, with_town: bool = False) -> str:
        township = self.township_of(village)
        prefix = self.town(township) if with_town else ""
        return prefix + self.mention(township, village.name)

    def mention(self, township, word: str) -> str:
        """`word` names `township` (itself, or one of its villages) in the next paragraph."""
        self.pending_places.setdefault(township.name, []).append(word)
        return word

    def township_of(self, village):
        return self.world.gazetteer.township_by_id(village.township_id)

    @staticmethod
    def pronoun(township) -> str:
        return PRONOUNS.get(township.kind, "当地")

    # Facts --------------------------------------------------------------------------------
    def money(self, template: str, kind: str, township, low: float, high: float,
              optional: bool = False, allow_range: bool = True) -> str:
        """`template` with {m} replaced by an amount; the amount is recorded as a money fact."""
        figure = figures.money(self.rng, low, high, allow_range)
        text = fill(template, "{m}", figure.text)
        record = {"yuan": figure.value, "kind": kind, "qualifier": figure.qualifier,
                  "township": township.name if township else None}
        if figure.value_max is not None:
            record["yuan_max"] = figure.value_max
        self.pending.append(Fact("money", record, text, optional))
        return text

    def people(self, template: str, unit: str, kind: str, township, low: float, high: float,
               optional: bool = False) -> str:
        """`template` with {n} replaced by a count of people; recorded as a people fact."""
        figure = figures.people(self.rng, low, high, unit, allow_under=kind == "participants")
        text = fill(template, "{n}", figure.text)
        record = {"count": figure.value, "unit": unit, "kind": kind, "qualifier": figure.qualifier,
                  "township": township.name if township else None}
        self.pending.append(Fact("people", record, text, optional))
        return text

    def project_name(self, ptype: str, township=None, village=None) -> str:
        """A project name of a type: a village's, a township's, or the district's when neither."""
        scope = "village" if village else "township" if township else "district"
        template = self.rng.choice(PROJECTS[ptype][scope])
        return template.format(v=self.village(village) if village else "",
                               t=self.town(township) if township else "")

    def project(self, text: str, name: str, ptype: str, status: str | None, township,
                optional: bool = False) -> str:
        """Record that `text` (which names the project) says what the project is and its status."""
        record = {"name": name, "type": ptype, "township": township.name if township else None,
                  "status": status}
        self.pending.append(Fact("projects", record, text, optional))
        return text

    def figure(self, kind: str) -> str:
        return figures.not_a_fact(self.rng, kind)

    def things(self, unit: str, low: int = 2, high: int = 120) -> str:
        return figures.count_of_things(self.rng, unit, low, high)

    # Text ---------------------------------------------------------------------------------
    def opening(self, dated: float = 0.6, ongoing: bool = False) -> str:
        """How the lead starts: the event's date (a few days before the issue) or 近日/日前."""
        if self.rng.random() < dated:
            self.event_date = self.issue_date - timedelta(days=self.rng.randint(1, 5))
            return f"{self.event_date.month}月{self.event_date.day}日,"
        return self.rng.choice(("近日,", "日前,", "今年以来,") if ongoing else ("近日,", "近日,", "日前,"))

    def person(self) -> str:
        return self.world.names.person(self.rng)

    def para(self, *sentences: str) -> None:
        """Close a paragraph; the facts and places written since belong to it and must be in it."""
        text = "".join(sentences)
        stray = [f.evidence for f in self.pending if f.evidence not in text]
        stray += [word for words in self.pending_places.values() for word in words if word not in text]
        if stray:
            raise RuntimeError(f"written for this paragraph but not in it: {stray}")
        self.paras.append(Para(text, self.pending, list(self.pending_places)))
        self.pending, self.pending_places = [], {}

    def speech(self, who: str, topic: str) -> None:
        self.para(phrases.speech(self.rng, who, topic))

    def talk(self, subject: str, low: int = 1, high: int = 2, is_place: bool = True) -> None:
        """Paragraphs without facts, as the paper pads news with method, setting and results."""
        for _ in range(self.rng.randint(low, high)):
            self.para(phrases.filler(self.rng, subject, is_place))

    def head(self, main: str, subtitle: str | None = None, kicker: str | None = None) -> tuple[list[str], int]:
        """A headline block of one to three lines around `main`."""
        layout = self.rng.choices(("main", "kicker", "subtitle", "all"), (45, 30, 15, 10))[0]
        lines, index = [main], 0
        if layout in ("kicker", "all"):
            lines, index = [kicker or phrases.kicker(self.rng), main], 1
        if layout in ("subtitle", "all") and subtitle:
            lines.append(subtitle)
        return lines, index

    def finish(self, head: tuple[list[str], int]) -> Story:
        if self.pending or self.pending_places:
            raise RuntimeError("facts or places written outside any paragraph")
        credit = byline(self.rng, self.cast, self.world.names)
        form = self.rng.random()
        if form < UNCREDITED_SHARE and self.paras[0].text.startswith(NEWS_OPENINGS):
            lead, line = "", ""
        elif form < BYLINE_LINE_SHARE and credit.startswith(("记者", "通讯员")):
            lead, line = "", ("本报" + credit if credit.startswith("记者") else credit)
        else:
            lead, line = f"本报讯({credit})", ""
        return Story(head[0], head[1], lead, line, self.event_date, self.paras)


def sentence(*clauses: str) -> str:
    return ",".join(c for c in clauses if c) + "。"


def fill(template: str, slot: str, figure: str) -> str:
    """The template with the figure in its slot; 达 goes when the figure brings its own 约/超/近."""
    if figure.startswith(QUALIFIER_PREFIXES):
        template = template.replace("达" + slot, slot)
    return template.replace(slot, figure)
