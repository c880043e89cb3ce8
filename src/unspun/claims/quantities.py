"""Numbers and quantities in a sentence, normalised: value, bounds, unit or counted thing.

The numbers themselves (digits, number words, scales, ranges, units and currencies)
come from **quantulum3** (its rule-based unit matcher; its scikit-learn
disambiguation model is switched off, as the pickle it ships does not load with
current scikit-learn). On top of it this module adds what quantulum3 does not do:

* bounds: "more than 200 tanks" (at_least), "up to 1,500" / "nearly 8,000" (at_most);
* the counted thing: "250,000 reservists" -> unit "reservists" (the noun the number
  modifies in the spaCy parse), the span extended to it;
* calendar dates ("4 May 1998", "March 2022", and bare years such as "in 1981"),
  unit "date", value the year, ``date`` the ISO form (read from the date pattern's
  own groups and checked with :mod:`datetime`; impossible dates such as "31 June 2020"
  are dropped);
* shorthand money ("£3.2m", "$4bn"), which quantulum3 reads as metres or bytes.

Every span is checked against the text it claims to cover; a result whose
offsets cannot be made exact is dropped, never guessed.
"""

from __future__ import annotations

import datetime
import logging
import re
import warnings
from dataclasses import dataclass
from typing import Any, Sequence

log = logging.getLogger(__name__)

CURRENCY_CODES = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "russian ruble": "RUB", "japanese yen": "JPY", "yen": "JPY", "renminbi": "CNY", "chinese yuan": "CNY",
    "indian rupee": "INR", "swiss franc": "CHF", "ukrainian hryvnia": "UAH", "canadian dollar": "CAD",
    "australian dollar": "AUD",
}
SYMBOL_CODES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₽": "RUB", "₴": "UAH"}
SHORT_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
UNIT_NAMES = {"percentage": "%", "per cent": "%", "percent": "%"}

AT_LEAST = re.compile(
    r"(?i)\b(more than|over|at least|in excess of|upwards of|no fewer than|no less than|above|exceeding|"
    r"pass|passing|surpass|surpassing|top|topping)\s+$"  # 'expected to pass 1.2 million'
)
AT_MOST = re.compile(
    r"(?i)\b(less than|fewer than|under|up to|at most|no more than|nearly|almost|below|not more than|as many as|"
    r"as much as)\s+$"
)
# 'voted 31 to 19', 'a 7-2 vote': a tally, two counts of votes (quantulum3 reads nothing or a range).
VOTE_TALLY = re.compile(r"(?i)\bvoted\s+(\d{1,4})\s*(?:to|-|–)\s*(\d{1,4})\b|\b(\d{1,4})\s*[-–]\s*(\d{1,4})\s+(?:vote|verdict|decision|majority)\b")
SHORT_MONEY = re.compile(r"(?<![\w.])([$£€¥₽₴])\s?(\d+(?:\.\d+)?)\s?(k|mn|m|bn|b|tn|trn)\b", re.I)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS.split("|"), start=1)}
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})|({MONTHS})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?,?)?)\s+(\d{{4}})\b"
)
DAY_OF_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTHS})|({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?)\b(?!,?\s+\d)(?![\d%])"
)
BARE_YEAR = re.compile(r"(?<![\d,.$£€])\b(1[89]\d\d|20\d\d)\b(?![\d,.%])")
# 'rose 18% to 6,240', 'fell by 1.2 million to 48.6 million': a change and the level it led to, not a range.
CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|gr(?:ew|ow|ows|own|owing)|(?:in|de)creas(?:e|es|ed|ing)|"
    r"drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|slip(?:s|ped|ping)?|declin(?:e|es|ed|ing)|"
    r"surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|tumbl(?:e|es|ed|ing)|up|down)(?:\s+by)?\s+$"
)
RANGE_HEAD = re.compile(
    r"(?i)(?<![\w.,])(between\s+)?([$£€]\s?)?(\d[\d,]*(?:\.\d+)?)(\s*(?:thousand|million|billion|trillion)\b|(?<=\d)(?:bn|mn|m|k|tn)\b)?"
    r"(?:\s*(?:%|per cent|percent))?(\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?=[$£€]?\d)"
)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25,
             "three quarters": 0.75, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3}
# "half a million", "a quarter of a million": quantulum3 reads 1.5 million and "a million".
FRACTION_OF_SCALE = re.compile(
    r"(?i)\b(half|a half|one half|a quarter|one quarter|three[- ]quarters|a third|one third|two[- ]thirds)"
    r"\s+(?:of\s+)?(?:a|an|one)\s+(thousand|million|billion|trillion)\b(?:\s+(pounds|dollars|euros)\b)?"
)
# "1.2bn", "40mn", "2.5m people" without a currency sign: quantulum3 reads bits, metres.
# 'm' is millions only before a thing counted in millions ('2.5m people'), not a distance ('the 100m hurdles').
_COUNTED_IN_MILLIONS = (
    "people|residents|households|homes|users|voters|customers|viewers|visitors|passengers|tonnes|tons|barrels|"
    "jobs|children|adults|workers|patients|cases|doses|subscribers|downloads|copies|acres|hectares|pounds|"
    "dollars|euros|shares|followers|members|refugees|migrants|tourists|vehicles|cars|trees|animals|birds|"
    "krona|kronor|krone|kroner|rand|rupees|pesos|yuan|yen|francs|zloty|forints|lira|dinars|riyals|dirhams|shekels|"
    "won|baht|ringgit|rubles|roubles|hryvnias"
)
BARE_SCALE = re.compile(
    r"(?<![\w.$£€¥₽₴])(\d+(?:\.\d+)?)\s?(?:(bn|mn|tn|trn)\b|(m)(?=\s+(?:[a-z]+\s+)?(?:" + _COUNTED_IN_MILLIONS + r")\b))",
    re.I,
)
# Currencies named by a word after the amount ('3.9m krona', '418.6 billion kronor'): sums of money, not counted things.
CURRENCY_NOUNS = frozenset(
    """krona kronor krone kroner rand rupee rupees peso pesos yuan yen franc francs zloty zlotys forint forints lira
    lire dinar dinars riyal riyals dirham dirhams shekel shekels won baht ringgit ruble rubles rouble roubles hryvnia
    hryvnias pound pounds dollar dollars euro euros cent cents penny pence""".split()
)
# "£48 million", "¥3.5 trillion", "$1,200": an amount after a currency sign, with its scale word if any
# (quantulum3 reads 'a £48 million' as 1 'pound sterling to the 4.8e+07' and '¥' as renminbi).
SIGN_MONEY = re.compile(
    r"(?<![\w.])([$£€¥₽₴])\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion)\b)?(?![\d,.]*\d)"
)
# "fiscal year 2025-26", "the 2019/20 season": a span of two years.
YEAR_SPAN = re.compile(r"(?<![\d,.$£€])\b((?:18|19|20)\d\d)[-–/](\d\d)\b(?![\d%-])")
# "34.6C", "-12C", "45F", "21 °C": temperatures (quantulum3 reads coulomb and farad).
TEMPERATURE = re.compile(r"(?<![\w.])([-−–]?\d+(?:\.\d+)?)(?:\s?°\s?|(?=[CF]\b))([CF])\b")
# "50bp", "25 basis points": quantulum3 reads base pairs.
BASIS_POINTS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:bps?|basis points?)\b", re.I)
# Units quantulum3 may return that news text uses; any other (coulomb, farad, 'metre set') is a misreading.
KNOWN_UNITS = frozenset(
    """metre kilometre centimetre millimetre micrometre mile foot inch yard kilogram gram
    milligram microgram tonne ton pound-mass ounce stone litre millilitre centilitre gallon
    barrel pint hectare acre kelvin watt kilowatt megawatt gigawatt terawatt volt kilovolt byte kilobyte megabyte gigabyte terabyte petabyte
    bit kilobit megabit gigabit calorie kilocalorie decibel knot hertz megahertz gigahertz joule megajoule
    second minute hour day week month year decade century millisecond""".split()
) | {"light year", "nautical mile", "short ton", "long ton", "square metre", "square kilometre", "square mile",
     "square foot", "cubic metre", "cubic foot", "degree Celsius", "degree Fahrenheit", "kilowatt hour",
     "megawatt hour", "gigawatt hour", "terawatt hour"}
# "7.5pc" (British shorthand for per cent; quantulum3 reads a unit 'set'), "0.5 percentage points".
PERCENT_SHORT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s?pc\b|\s+(percentage points?)\b)", re.I)
# "one in four", "1 in 5": a share, not a count of four.
ONE_IN = re.compile(
    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+in\s+(?:every\s+)?"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,3}(?:,\d{3})*)\b"
    r"(?![\d,]|\s*(?:%|per\s?cent)|\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches?|races?)\b)"
)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "3/4/2026": a date whose day and month order the text does not say.
NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(\d{4})(?![\d/])")
CURRENCY_WORDS = {"pounds": "GBP", "dollars": "USD", "euros": "EUR"}
# Clock times ('9 a.m.', '7pm', '11.30pm', '17:50'): quantulum3 reads years, pennies, picometres, or two
# numbers; a time of day is kept as unit 'time' (``date`` its HH:MM) so nothing counts it as an amount.
CLOCK_TIME = re.compile(
    r"(?i)(?<![\w.:£$€])(?:(\d{1,2})(?:[.:](\d{2}))?\s?(a\.m\.|p\.m\.|am\b|pm\b)|([01]?\d|2[0-3]):([0-5]\d)(?![\d:]))"
)
# Units quantulum3 picks wrongly for everyday words: 'minutes' are time, not arc; 'at' is no ampere-turn.
UNIT_FIXES = {"minute of arc": "minute", "second of arc": "second", "ampere-turn": None}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
PER_TAIL = re.compile(r"\s+(?:a|an|each|every)\s+\S+$")
# 'two-thirds of the money', 'nearly half of all homes', 'a quarter higher': a share in words (3 Dec 2026, tenth
# session, from a review: they were no quantity at all). 'half an hour' is half of the unit named after it.
_SHARE_WORDS = {"half": 1 / 2, "a half": 1 / 2, "one half": 1 / 2, "a third": 1 / 3, "one third": 1 / 3,
                "two thirds": 2 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4, "three quarters": 3 / 4,
                "a fifth": 1 / 5, "one fifth": 1 / 5, "two fifths": 2 / 5, "three fifths": 3 / 5, "four fifths": 4 / 5,
                "a tenth": 1 / 10, "one tenth": 1 / 10}
WORD_SHARE = re.compile(
    r"(?i)(?<![\w-])(half|a half|one half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|"
    r"a fifth|one fifth|(?:two|three|four)[- ]fifths|a tenth|one tenth)"
    r"(?=\s+(?:of\b|(?:the|all|its|their|his|her|our|those|these)\b|(?:higher|lower|more|less|fewer|bigger|smaller|larger|"
    r"cheaper|dearer)\b)|[.,;]|\s+(?:an?)\s+(hour|day|week|month|year|decade|century|mile|kilometre|metre|point|second|minute)\b)"
)
WORD_ONLY_MIN = 2  # "one", "half": too vague to be a claim's number unless written with digits
# quantulum3's own number words (its regex.numberwords("en_US")) that can make a number of
# WORD_ONLY_MIN or more on their own. A quantity written without digits is dropped below
# WORD_ONLY_MIN ("one of", "half the", "a third"), so a sentence with none of these words
# and no digit holds no quantity we keep, and the slow parse is skipped.
NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|thousand|million|billion|trillion"
)
MAY_HOLD_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})s?\b", re.I)


@dataclass(frozen=True)
class FoundQuantity:
    """A quantity with offsets relative to the text it was found in."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    bound: str
    date: str | None = None


_parser: Any = None


def _quantulum() -> Any:
    global _parser
    if _parser is None:
        with warnings.catch_warnings():  # it warns when scikit-learn is absent; we do not use its classifier
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser

        classifier.USE_CLF = False
        _parser = parser
    return _parser


def _dates(text: str) -> list[FoundQuantity]:
    found = []
    for m in DATE.finditer(text):
        day = m.group(1) or m.group(4)
        year, month = int(m.group(5)), MONTH_NUMBERS[m.group(2) or m.group(3)]
        try:
            datetime.date(year, month, int(day) if day else 1)
        except ValueError:
            continue
        iso = f"{year:04d}-{month:02d}-{int(day):02d}" if day else f"{year:04d}-{month:02d}"
        found.append(FoundQuantity(m.start(), m.end(), float(year), float(year), float(year), "date", "exact", iso))
    return found


def _clock_times(text: str) -> list[FoundQuantity]:
    out = []
    for m in CLOCK_TIME.finditer(text):
        if m.group(4) is not None:
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            if hour > 12 or minute > 59:
                continue
            afternoon = m.group(3).lower().startswith("p")
            hour = (hour % 12) + (12 if afternoon else 0)
        value = round(hour + minute / 60, 4)
        out.append(FoundQuantity(m.start(), m.end(), value, value, value, "time", "exact", f"{hour:02d}:{minute:02d}"))
    return out


def _short_money(text: str) -> list[FoundQuantity]:
    found = []
    for m in SHORT_MONEY.finditer(text):
        value = float(m.group(2)) * SHORT_SCALE[m.group(3).lower()]
        found.append(FoundQuantity(m.start(), m.end(), value, value, value, SYMBOL_CODES[m.group(1)], "exact"))
    return found


def _fractions_of_scales(text: str, tokens: Sequence[Any], base: int) -> list[FoundQuantity]:
    found = []
    for m in FRACTION_OF_SCALE.finditer(text):
        value = FRACTIONS[re.sub(r"[- ]+", " ", m.group(1).lower())] * SCALES[m.group(2).lower()]
        unit, end = (CURRENCY_WORDS[m.group(3).lower()], m.end()) if m.group(3) else (None, m.end(2))
        if unit is None and (noun := _counted_noun(tokens, base, m.start(), end)) is not None:
            unit, end = noun.text, noun.idx - base + len(noun.text)
        found.append(FoundQuantity(m.start(), end, value, value, value, unit, "exact"))
    return found


def _bare_scales(text: str, tokens: Sequence[Any], base: int) -> list[FoundQuantity]:
    found = []
    for m in BARE_SCALE.finditer(text):
        value = float(m.group(1)) * SHORT_SCALE[(m.group(2) or m.group(3)).lower()]
        unit, end = None, m.end()
        if currency := re.match(r"\s+([a-z]+)\b", text[end:]):
            if currency.group(1) in CURRENCY_NOUNS:  # '3.9m krona': money named after the amount
                unit, end = currency.group(1), end + currency.end()
        if unit is None and (noun := _counted_noun(tokens, base, m.start(), end)) is not None:
            unit, end = noun.text, noun.idx - base + len(noun.text)
        found.append(FoundQuantity(m.start(), end, value, value, value, unit, "exact"))
    return found


def _short_percents(text: str) -> list[FoundQuantity]:
    found = []
    for m in PERCENT_SHORT.finditer(text):
        value = float(m.group(1))
        found.append(FoundQuantity(m.start(), m.end(), value, value, value,
                                   "percentage points" if m.group(2) else "%", "exact"))
    return found


def _one_in(text: str) -> list[FoundQuantity]:
    found = []
    for m in ONE_IN.finditer(text):
        part = _SMALL.get(m.group(1).lower()) or int(m.group(1))
        n = _SMALL.get(m.group(2).lower()) or int(m.group(2).replace(",", ""))
        if n >= 2 and 1 <= part < n and (part == 1 or n <= 100):  # 'won three in 2019' is no share
            value = 100 * part / n
            found.append(FoundQuantity(m.start(), m.end(), value, value, value, "%", "exact"))
    return found


def _word_shares(text: str) -> list[FoundQuantity]:
    found = []
    for m in WORD_SHARE.finditer(text):
        share = _SHARE_WORDS[re.sub(r"[- ]+", " ", m.group(1).lower())]
        if m.group(2):  # 'half an hour': 0.5 hour
            end = text.index(m.group(2), m.end()) + len(m.group(2))
            found.append(FoundQuantity(m.start(), end, share, share, share, m.group(2).lower(), "exact"))
            continue
        value = round(100 * share, 1)
        found.append(FoundQuantity(m.start(), m.end(), value, value, value, "%", "exact"))
    return found


def _vote_tallies(text: str) -> list[FoundQuantity]:
    found = []
    for m in VOTE_TALLY.finditer(text):
        groups = (1, 2) if m.group(1) else (3, 4)
        for g in groups:
            value = float(m.group(g))
            found.append(FoundQuantity(m.start(g), m.end(g), value, value, value, "votes", "exact"))
    return found


def _sign_money(text: str) -> list[FoundQuantity]:
    found = []
    for m in SIGN_MONEY.finditer(text):
        value = _number(m.group(2)) * (SCALES[m.group(3).lower()] if m.group(3) else 1)
        found.append(FoundQuantity(m.start(), m.end(), value, value, value, SYMBOL_CODES[m.group(1)], "exact"))
    return found


def _year_spans(text: str) -> list[FoundQuantity]:
    found = []
    for m in YEAR_SPAN.finditer(text):
        first = int(m.group(1))
        second = first // 100 * 100 + int(m.group(2))
        if second <= first:
            second += 100  # '1999-00'
        if second - first <= 10:
            found.append(FoundQuantity(m.start(), m.end(), None, float(first), float(second), "date", "range",
                                       f"{first}/{second}"))
    return found


def _temperatures(text: str) -> list[FoundQuantity]:
    found = []
    for m in TEMPERATURE.finditer(text):
        value = float(m.group(1).replace("−", "-").replace("–", "-"))
        unit = "degree Celsius" if m.group(2) == "C" else "degree Fahrenheit"
        found.append(FoundQuantity(m.start(), m.end(), value, value, value, unit, "exact"))
    return found


def _basis_points(text: str) -> list[FoundQuantity]:
    return [FoundQuantity(m.start(), m.end(), float(m.group(1)), float(m.group(1)), float(m.group(1)), "basis points", "exact")
            for m in BASIS_POINTS.finditer(text)]


def _days_of_month(text: str) -> list[FoundQuantity]:
    """'on 15 March', 'from April 1': a day with no year (``date`` in ISO's '--MM-DD' form, no value)."""
    found = []
    for m in DAY_OF_MONTH.finditer(text):
        day = int(m.group(1) or m.group(4))
        month = MONTH_NUMBERS[m.group(2) or m.group(3)]
        try:
            datetime.date(2000, month, day)  # a leap year: '29 February' is a day
        except ValueError:
            continue
        found.append(FoundQuantity(m.start(), m.end(), None, None, None, "date", "exact", f"--{month:02d}-{day:02d}"))
    return found


def _numeric_dates(text: str) -> list[FoundQuantity]:
    return [FoundQuantity(m.start(), m.end(), float(m.group(1)), float(m.group(1)), float(m.group(1)), "date", "exact")
            for m in NUMERIC_DATE.finditer(text)]


def _bounded(text: str, q: FoundQuantity) -> FoundQuantity:
    """``q`` with the bound a phrase right before it sets: 'more than half a million', 'nearly 2.5m'."""
    found = _bound(text[: q.start], q.unit)
    if found is None:
        return q
    bound, start = found
    low, high = (q.value, None) if bound == "at_least" else (None, q.value)
    return FoundQuantity(start, q.end, q.value, low, high, q.unit, bound, q.date)


def _sides_differ(left: str, right: str) -> bool:
    """'3.2% to £612': the two ends of a 'to' are different kinds of amount, so no range."""
    def kind(part: str) -> str:
        return "%" if re.search(r"%|per\s?cent", part) else next((c for c in "$£€¥₽₴" if c in part), "")
    a, b = kind(left), kind(right)
    return bool(a and b and a != b)  # a bare first number takes the second's unit: '20 to 25%'



def _number(raw: str) -> float:
    return float(raw.replace(",", ""))


def _ranges(text: str, tokens: Sequence[Any], base: int) -> list[FoundQuantity]:
    """"between 40,000 and 50,000 troops", "20-25 million households", "30-40%": one range each.

    The part after the joiner is read as a quantity of its own (unit, scale, counted
    noun); the first number takes its scale when it has none ("20-25 million").
    "X and Y" is a range only after "between"; "from X to Y" is a change, not a range.
    """
    found = []
    for m in RANGE_HEAD.finditer(text):
        joiner = m.group(5).strip()
        if (joiner == "and" and not m.group(1)) or (joiner == "to" and re.search(r"(?i)\bfrom\s+[$£€]?\s?$", text[: m.start()])):
            continue
        if joiner == "to" and CHANGE_BEFORE.search(text[: m.start()]):
            continue
        rest = extract_quantities(text[m.end():], tokens, base + m.end(), ranges=False)
        if not rest or rest[0].start != 0 or rest[0].bound != "exact" or rest[0].value is None:
            continue
        second = rest[0]
        if _sides_differ(text[m.start() : m.end()], text[m.end() : m.end() + second.end]):
            continue  # 'rose by 3.2% to £612': a change and a level, not a range
        high = second.value
        digits = re.match(r"[$£€]?\s?(\d[\d,]*(?:\.\d+)?)", text[m.end():])
        low = _number(m.group(3))
        if m.group(4):
            scale = m.group(4).strip().lower()
            low *= SCALES.get(scale) or SHORT_SCALE[scale]
        elif digits and _number(digits.group(1)) and low <= _number(digits.group(1)):
            low *= high / _number(digits.group(1))
        if low >= high:
            continue
        found.append(FoundQuantity(m.start(), m.end() + second.end, None, low, high, second.unit, "range"))
    return found


def _bound(before: str, unit: str | None) -> tuple[str, int] | None:
    """The bound a phrase right before the number sets, and where the phrase starts."""
    hits = []
    if (m := AT_LEAST.search(before)) and not (m.group(1).lower() == "over" and unit in TIME_UNITS):
        hits.append((m.start(1), "at_least"))
    if m := AT_MOST.search(before):
        hits.append((m.start(1), "at_most"))
    if not hits:
        return None
    start, bound = min(hits)
    return bound, start


def _exact_span(text: str, surface: str, start: int) -> int | None:
    """The start of ``surface`` in ``text`` at or nearest to ``start``; None if absent."""
    if text[start : start + len(surface)] == surface:
        return start
    hits = [m.start() for m in re.finditer(re.escape(surface), text)]
    return min(hits, key=lambda h: abs(h - start)) if hits else None


def _unit_of(q: Any) -> str | None:
    name = q.unit.name
    if name in UNIT_FIXES and not re.search("[°′″']", q.surface):
        return UNIT_FIXES[name]
    if name == "pound-mass" and re.search(r"(?i)\b(million|billion|trillion)\s+pounds\b(?!\s+of\b)", q.surface):
        return "GBP"  # "4.5 billion pounds" is money; weights are rarely counted in billions
    if q.unit.entity.name == "currency":
        return CURRENCY_CODES.get(name, name)
    if name in UNIT_NAMES:
        return UNIT_NAMES[name]
    return None if name == "dimensionless" else name


# Units quantulum3 reads from a letter or two after a number ('34.6C', '45F', '50bp', '150 at'): never what news means.
MISREAD_UNITS = frozenset({"coulomb", "farad", "henry", "tesla", "siemens", "weber", "base pair", "ampere-turn", "gray",
                           "sievert", "becquerel", "katal", "lumen", "lux", "candela"})


def _plausible(unit: str) -> bool:
    """False for a unit quantulum3 misreads: a symbol unit news does not use (coulomb, farad, base pair), or
    a known unit run on into the next word ('metre set', 'metre ampere-turn'). Everything else is kept."""
    if unit in MISREAD_UNITS:
        return False
    words = unit.split()
    if len(words) > 1 and " per " not in f" {unit}" and unit not in KNOWN_UNITS and words[0] in KNOWN_UNITS:
        return False
    return True


def _counted_noun(tokens: Sequence[Any], base: int, start: int, end: int) -> Any | None:
    """The thing a number in text[start:end] counts ("250,000 Russian reservists" -> "reservists").

    The number must modify a noun in the parse (nummod and kin); the counted thing is
    then the last noun of the ``ADJ* NOUN+`` run right after the number, which is
    sturdier than the parse's head on headline-like text ("18,500 homes lack power").
    """
    inside = [t for t in tokens if start <= t.idx - base < end]
    if not inside:
        return None
    number = inside[-1]
    while number.dep_ in {"conj", "cc"} and number.head is not number:  # "40,000 and 50,000 troops"
        number = number.head
    if number.dep_ not in {"nummod", "quantmod", "compound", "amod", "nmod"}:
        return None
    following = [t for t in tokens if t.idx - base >= end]
    noun = None
    for tok in following:
        if noun is None and (tok.pos_ == "ADJ" or tok.tag_ == "VBN" and tok.dep_ == "amod"):  # '2,318 recorded offences'
            continue
        if tok.pos_ in {"NOUN", "PROPN"}:
            noun = tok
            continue
        break
    return noun


def _counted_after_of(tokens: Sequence[Any], base: int, end: int) -> str | None:
    """'41 of the 70 seats', '25 of its members': the thing counted is named after 'of' (the span stays the number)."""
    following = [t for t in tokens if t.idx - base >= end][:5]
    if not following or following[0].lower_ != "of":
        return None
    for tok in following[1:]:
        if tok.dep_ in ("det", "poss", "nummod") or tok.pos_ in ("DET", "NUM", "ADJ") or tok.tag_ == "PRP$":
            continue
        return tok.text if tok.pos_ == "NOUN" and tok.tag_ == "NNS" else None
    return None


def extract_quantities(
    text: str, tokens: Sequence[Any] = (), base: int = 0, ranges: bool = True
) -> list[FoundQuantity]:
    """Every quantity in ``text``; ``tokens`` (spaCy tokens, ``tok.idx - base`` indexes ``text``) add counted nouns."""
    if not MAY_HOLD_NUMBER.search(text) and not WORD_SHARE.search(text):
        return []
    own = _dates(text) + _numeric_dates(text)
    for extra in (_year_spans(text), _days_of_month(text), _clock_times(text), _temperatures(text)):
        own += [t for t in extra if not any(q.start < t.end and t.start < q.end for q in own)]
    own += [t for t in _vote_tallies(text) if not any(q.start < t.end and t.start < q.end for q in own)]
    if ranges:  # before the shorthand forms, which would read 'between £2bn and £2.4bn' as two amounts
        own += [r for r in _ranges(text, tokens, base) if not any(q.start < r.end and r.start < q.end for q in own)]
    for extra in (_short_money(text), _sign_money(text), _fractions_of_scales(text, tokens, base),
                  _bare_scales(text, tokens, base), _short_percents(text), _basis_points(text), _one_in(text),
                  _word_shares(text)):
        own += [_bounded(text, q) for q in extra if not any(o.start < q.end and q.start < o.end for o in own)]
    taken = [(q.start, q.end) for q in own]
    results = list(own)
    parsed: list[Any] = []
    # A quantulum3 result overlapping one of ours is dropped below, so when every number of
    # the sentence lies inside ours (a full date, "£3.2m", a range) the slow parse is skipped.
    outside = text
    for s, e in taken:
        outside = outside[:s] + " " * (e - s) + outside[e:]
    if MAY_HOLD_NUMBER.search(outside):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                parsed = _quantulum().parse(text)
            except Exception as exc:  # quantulum3 raises bare errors on odd input; skip, never crash
                log.debug("quantulum3 failed on %r: %s", text[:80], exc)
    for q in parsed:
        start = _exact_span(text, q.surface, q.span[0]) if q.surface.strip() else None
        if start is None:
            continue
        end = start + len(q.surface)
        if any(s < end and start < e for s, e in taken):
            continue
        if not re.search(r"\d", q.surface) and ((q.value or 0) < WORD_ONLY_MIN or not MAY_HOLD_NUMBER.search(q.surface)):
            continue  # too vague ('one of'), or no number at all ('a Boeing' read as a billion)
        unit = _unit_of(q)
        if unit is None and q.unit.name in UNIT_FIXES and (digits := re.match(r"[\d.,]*\d", q.surface)):
            end = start + digits.end()  # '150 at our last update': the number alone
        elif unit is not None and q.unit.entity.name != "currency" and not _plausible(unit):
            # 'coulomb' for '34.6C' is caught above; 'metre set', 'metre ampere-turn': the unit word alone
            first = unit.split()[0]
            cut = re.match(r"\s*[-−]?[\d.,]*\d\s?\S+", q.surface) if first in KNOWN_UNITS else re.match(r"\s*[-−]?[\d.,]*\d", q.surface)
            unit = first if first in KNOWN_UNITS else None
            if cut is not None:
                end = start + cut.end()
        while end > start + 1 and text[end - 1] in ",;:":
            end -= 1  # '€210 million, and': the comma is the sentence's
        if unit and " per " in unit and (tail := PER_TAIL.search(q.surface)):
            end -= len(tail.group(0))  # "$85 a barrel": the price is $85, "a barrel" is not its unit
            numerator = q.unit.name.split(" per ")[0]
            unit = CURRENCY_CODES.get(numerator, UNIT_NAMES.get(numerator, numerator))
        value, low, high, bound = float(q.value), float(q.value), float(q.value), "exact"
        if q.uncertainty and re.search(r"(?i)\d\s*[-–]\s*\d|\bto\b|\band\b|[-–]", q.surface):
            change = bool(CHANGE_BEFORE.search(text[:start]))
            if (cut := re.search(r"\s+to\s+", q.surface)) and (
                re.search(r"(?i)\bfrom\s+$", text[:start]) or change or _sides_differ(q.surface[: cut.start()], q.surface[cut.end():])
            ):
                # "rise from €2.50 to €4.10" is a change between two amounts, not a range: read each side
                sides = [(part_start, part)
                         for part_start, part_end in ((start, start + cut.start()), (start + cut.end(), end))
                         for part in extract_quantities(text[part_start:part_end], (), 0, ranges=False)]
                units = {part.unit for _, part in sides if part.unit}
                for part_start, part in sides:
                    # 'from 20 to 25%': the bare number is in the other side's unit
                    unit = part.unit or (next(iter(units)) if len(units) == 1 and not change and part.date is None else None)
                    results.append(FoundQuantity(part_start + part.start, part_start + part.end, part.value,
                                                 part.low, part.high, unit, part.bound, part.date))
                taken.append((start, end))
                continue
            low, high = value - float(q.uncertainty), value + float(q.uncertainty)
            value, bound = None, "range"
        if unit is None and BARE_YEAR.fullmatch(q.surface):
            noun = _counted_noun(tokens, base, start, end)
            if noun is None or noun.tag_ in ("NN", "NNP"):  # 'a 2023 survey' is dated; '2023 residents' are counted
                results.append(FoundQuantity(start, end, value, value, value, "date", "exact", q.surface))
                continue
        if unit == "count" and re.search(r"(?i)\btimes$", q.surface) and re.match(
                r"(?i)\s+(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|as|faster|slower|likelier)\b", text[end:]):
            unit = "times"  # 'three times more frequent': a multiplier, not a count of three
        if bound == "exact" and (found := _bound(text[:start], unit)):
            bound, start = found
            low, high = (value, None) if bound == "at_least" else (None, value)
        if unit is None and tokens:
            noun = _counted_noun(tokens, base, start, end)
            if noun is not None:
                unit, end = noun.text, noun.idx - base + len(noun.text)
            else:
                unit = _counted_after_of(tokens, base, end)
        results.append(FoundQuantity(start, end, value, low, high, unit, bound))
        taken.append((start, end))
    return sorted((_bounded_after(text, q) for q in results), key=lambda q: q.start)


AFTER_AT_MOST = re.compile(r"(?i)\s+(?:at (?:the )?most|or (?:less|fewer|under|below))\b")
AFTER_AT_LEAST = re.compile(r"(?i)\s+(?:at (?:the )?least|or (?:more|over|above)|and (?:up|upwards|above|over))\b")


def _bounded_after(text: str, q: FoundQuantity) -> FoundQuantity:
    """'60% at most', '500 or more': a bound written after the number."""
    if q.bound != "exact" or q.value is None or q.unit in ("date", "time"):
        return q
    if m := AFTER_AT_MOST.match(text, q.end):
        return FoundQuantity(q.start, m.end(), q.value, None, q.value, q.unit, "at_most", q.date)
    if m := AFTER_AT_LEAST.match(text, q.end):
        return FoundQuantity(q.start, m.end(), q.value, q.value, None, q.unit, "at_least", q.date)
    return q
