"""Figures as the paper prints them (80万元, 三百余万元, 20—30万元, 两千余人, 1.2万人次), each with
the value and qualifier a careful reader takes from it, and figures that are not facts (20万公斤,
170㎡, 85岁以上, 72件, 95%)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from random import Random

DIGITS = "零一二三四五六七八九"
SMALL_UNITS = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
BIG_UNITS = ((10**8, "亿"), (10**4, "万"), (1, ""))
UNIT_SIZE = {unit: size for size, unit in BIG_UNITS}

# The qualifier words of the gold vocabulary, by where they stand around the figure.
PREFIXES = {"about": ("约", "近"), "over": ("超", "逾", "超过"), "under": ("不到",)}
SUFFIXES = {"about": ("左右",), "over": ("以上",)}
QUALIFIER_WEIGHTS = {"exact": 55, "about": 15, "over": 25, "under": 5}


@dataclass(frozen=True)
class Figure:
    """A printed figure and what it means: value (lower bound of a range), qualifier, upper bound."""

    text: str
    value: int
    qualifier: str
    value_max: int | None = None


def chinese(n: int, liang: bool = False) -> str:
    """1 <= n < 10000 in Chinese numerals: 十五, 八十, 三百, 一千二百, 一百零五, 两千 (liang)."""
    if not 0 < n < 10000:
        raise ValueError(f"{n} is out of range for a small Chinese numeral")
    parts: list[str] = []
    gap = False
    for size, unit in SMALL_UNITS:
        digit = n // size % 10
        if digit == 0:
            gap = gap or bool(parts)
            continue
        if gap:
            parts.append("零")
            gap = False
        if digit == 1 and unit == "十" and not parts:
            parts.append("十")
        elif digit == 2 and liang and not parts and unit in ("千", "百"):
            parts.append("两" + unit)
        else:
            parts.append(DIGITS[digit] + unit)
    return "".join(parts)


def round_amount(rng: Random, low: float, high: float) -> int:
    """A round number between low and high, log-uniform, with one to three significant digits."""
    raw = math.exp(rng.uniform(math.log(low), math.log(high)))
    digits = rng.choice((1, 2, 2, 2, 3))
    step = 10 ** max(0, int(math.log10(raw)) - digits + 1)
    return max(step, round(raw / step) * step)


def plain(x: float) -> str:
    """4.1, 80, 1.25: a decimal without trailing zeros."""
    return f"{x:.4f}".rstrip("0").rstrip(".")


def significant_digits(n: int) -> int:
    return len(str(n).rstrip("0"))


def split_unit(value: int) -> tuple[float, str]:
    """(number, multiplier) as a paper writes it: 800000 -> (80, 万), 410000000 -> (4.1, 亿)."""
    for size, unit in BIG_UNITS:
        if value >= size:
            return value / size, unit
    return float(value), ""


def numeral(rng: Random, number: float) -> str:
    """The number in Arabic or, when it is round and small, sometimes in Chinese numerals."""
    whole = int(number)
    if not (number.is_integer() and 0 < whole < 10000
            and significant_digits(whole) <= 2 and rng.random() < 0.3):
        return plain(number)
    liang = rng.random() < 0.85
    if whole == 2:
        return "两" if liang else "二"
    return chinese(whole, liang) if whole >= 10 else plain(number)


def qualified(rng: Random, value: int, unit: str, tail: str, allow: tuple[str, ...]) -> Figure:
    """A figure for `value` printed with multiplier `unit` and a word after it (元, 人, 人次 ...)."""
    number, multiplier = split_unit(value) if unit == "big" else (float(value), "")
    weights = {q: w for q, w in QUALIFIER_WEIGHTS.items() if q in allow}
    qualifier = rng.choices(list(weights), list(weights.values()))[0]
    digits = numeral(rng, number)
    infix_ok = number.is_integer() and number >= 10 and number % 10 == 0
    if qualifier == "over" and infix_ok and rng.random() < 0.6:
        return Figure(f"{digits}{rng.choice('余余多')}{multiplier}{tail}", value, "over")
    core = f"{digits}{multiplier}{tail}"
    suffixes = SUFFIXES.get(qualifier, ())
    if suffixes and rng.random() < 0.3:
        return Figure(core + rng.choice(suffixes), value, qualifier)
    if qualifier == "exact":
        return Figure(core, value, "exact")
    return Figure(rng.choice(PREFIXES[qualifier]) + core, value, qualifier)


def money(rng: Random, low: float, high: float, allow_range: bool = True) -> Figure:
    """An amount of money between low and high yuan."""
    value = round_amount(rng, low, high)
    if allow_range and value >= 10**5 and rng.random() < 0.08:
        return money_range(rng, value)
    return qualified(rng, value, "big", "元", tuple(QUALIFIER_WEIGHTS))


def money_range(rng: Random, value: int) -> Figure:
    """20—30万元 (or 20万—30万元, 20至30万元): the lower bound is the value."""
    number, multiplier = split_unit(value)
    size = UNIT_SIZE[multiplier]
    low = max(1, int(number))
    top = low + max(1, int(low * rng.choice((0.2, 0.5, 1.0))))
    low_text = str(low) + (multiplier if rng.random() < 0.25 else "")
    text = f"{low_text}{rng.choice('——-至')}{top}{multiplier}元"
    return Figure(text, low * size, "exact", top * size)


def people(rng: Random, low: float, high: float, unit: str, allow_under: bool = False) -> Figure:
    """A count of people with its unit as printed (人, 人次, 名, 户, 位)."""
    count = round_amount(rng, low, high)
    allow = ("exact", "about", "over", "under") if allow_under else ("exact", "about", "over")
    if count >= 10**4 and count % 1000 == 0:
        return qualified(rng, count, "big", unit, allow)
    return qualified(rng, count, "plain", unit, allow)


NOT_FACTS = {
    "weight": lambda rng: f"{round_amount(rng, 2, 90)}{rng.choice(('万公斤', '吨', '万斤'))}",
    "land": lambda rng: f"{round_amount(rng, 2, 900)}亩",
    "floor": lambda rng: rng.choice((f"{round_amount(rng, 60, 3000)}㎡", f"{round_amount(rng, 60, 9000)}平方米")),
    "length": lambda rng: rng.choice((f"{plain(round_amount(rng, 12, 150) / 10)}公里",
                                      f"{round_amount(rng, 8, 800)}米")),
    "age": lambda rng: f"{rng.choice((60, 65, 70, 80, 85))}{rng.choice(('岁以上', '周岁以上'))}",
    "percent": lambda rng: f"{rng.randint(60, 99)}%",
    "volume": lambda rng: f"{round_amount(rng, 5, 500)}万方",
}


def not_a_fact(rng: Random, kind: str) -> str:
    """A figure of a kind in NOT_FACTS: weights, areas, lengths, ages, percentages, volumes."""
    return NOT_FACTS[kind](rng)


def count_of_things(rng: Random, unit: str, low: int = 2, high: int = 120) -> str:
    """72件, 3所, 十二个: a count of things, not people."""
    n = rng.randint(low, high)
    if n < 100 and rng.random() < 0.2:
        return chinese(n) + unit
    return f"{n}{unit}"
