"""Invented people: reporters and correspondents, the district's leaders of a year, village
secretaries and residents. Names that contain a place name of the gazetteer are never made, so a
person can never be read as a place."""
from __future__ import annotations

from dataclasses import dataclass
from random import Random

SURNAMES = ("王李张刘陈杨黄吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜钟谭陆汪范金石廖夏付方邹熊邱江尹薛雷侯史陶贺顾毛龚邵钱严戴汤柴"
            "祝巫管童傅应")
GIVEN = ("建国华明伟芳丽敏静强磊军洋勇艳杰涛超娟霞平刚英红文斌鹏宇浩凯琳婷雪倩晨欣怡佳蕾俊鑫"
         "睿昕婧展岳秀萍海燕志荣锋雯珊慧颖晓立新卫民春梅兰菊松柏航帆诚毅彬悦琪瑶璐")

POSTS = (
    ("secretary", "区委书记"),
    ("mayor", "区委副书记、区长"),
    ("deputy_secretary", "区委副书记"),
    ("executive", "区委常委、常务副区长"),
    ("vice_mayor", "副区长"),
    ("vice_mayor_2", "副区长"),
    ("congress", "区人大常委会主任"),
    ("cppcc", "区政协主席"),
)


def forbidden_forms(gazetteer) -> tuple[str, ...]:
    """Every name and short form of a place, inside or outside the district."""
    forms = {gazetteer.district, *gazetteer.district_aliases, gazetteer.city, *gazetteer.outside_places}
    for t in gazetteer.townships:
        forms.update((t.name, *t.aliases, *t.guarded_aliases))
    for v in gazetteer.villages:
        forms.update((v.name, *v.aliases, *v.guarded_aliases))
    return tuple(f for f in forms if len(f) >= 2)


class NameMaker:
    """Makes personal names that read as names and never as places."""

    def __init__(self, gazetteer) -> None:
        self._forbidden = forbidden_forms(gazetteer)

    def person(self, rng: Random) -> str:
        while True:
            given = "".join(rng.sample(GIVEN, rng.choice((1, 2, 2, 2))))
            name = rng.choice(SURNAMES) + given
            if not any(form in name for form in self._forbidden):
                return name


@dataclass(frozen=True)
class Cast:
    """The people of one year: leaders by post, the paper's reporters and correspondents."""

    leaders: dict[str, str]
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]

    def leader(self, post: str) -> tuple[str, str]:
        """(title, name) for a post such as 'secretary'."""
        return dict(POSTS)[post], self.leaders[post]

    def district_leaders(self, rng: Random, k: int) -> list[str]:
        """Names of k leaders other than the secretary and the mayor (区领导 X、Y参加)."""
        others = [name for post, name in self.leaders.items() if post not in ("secretary", "mayor")]
        return rng.sample(others, k)


def cast_of_year(rng: Random, names: NameMaker) -> Cast:
    """A year's cast; leaders stay the same for the whole year, as they do in the paper."""
    leaders = {post: names.person(rng) for post, _ in POSTS}
    reporters = tuple(names.person(rng) for _ in range(10))
    correspondents = tuple(names.person(rng) for _ in range(40))
    return Cast(leaders, reporters, correspondents)


def byline(rng: Random, cast: Cast, names: NameMaker) -> str:
    """The credit inside a lead: 记者 周万 通讯员 廖靖, 通讯员 姚时佳, or names alone."""
    form = rng.choices(("both", "reporter", "correspondent", "bare"), (45, 25, 20, 10))[0]
    reporters = " ".join(rng.sample(cast.reporters, rng.choice((1, 1, 2))))
    correspondents = " ".join(rng.sample(cast.correspondents, rng.choice((1, 1, 2))))
    if form == "both":
        return f"记者 {reporters} 通讯员 {correspondents}"
    if form == "reporter":
        return f"记者 {reporters}"
    if form == "correspondent":
        return f"通讯员 {correspondents}"
    return " ".join(names.person(rng) for _ in range(rng.choice((2, 3))))
