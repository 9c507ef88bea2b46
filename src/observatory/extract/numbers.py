"""Casualty numbers as written: digits, number words, vague quantities and qualifiers; and the shared regex of
number words (``CARDINAL_WORD``, ``PLURAL_WORD``, ``number_words``) that other rules build their patterns with.

Vague quantities follow a conservative rule (ACLED's, extended):

    =================  =====  =========================================
    phrase             best   note
    =================  =====  =========================================
    tens, tens of      10     ACLED
    dozens             12     ACLED
    hundreds           100    ACLED
    a dozen            12     exact word, not vague ("two dozen" is 24)
    half a dozen       6      exact words ("half a dozen shepherds")
    several            3      the smallest plural that is not "a couple"
    a number of        2      the smallest plural
    an unknown number  2      as "a number of" (also unspecified, undisclosed, unconfirmed, undetermined; a large,
                              small, great or significant number of)
    a handful (of)     2      as "a few"
    some, others       —      no number: kept as a vague phrase only
    =================  =====  =========================================

Vague counts are returned with ``Qualifier.VAGUE`` so callers can keep them
out of exact per-side sums (the gold keeps them as phrases, not numbers).
The rule for callers: a vague figure is never added to a killed/injured count
or a total. When the text names whose losses it describes (in the phrase, after
the role word, or as the group that was hit: "several fatalities ... on the
positions of Iranian-backed militias"), it is kept as a vague phrase of that
side; a vague figure with no side is not counted anywhere ("the shelling
caused several fatalities" gives no figure).

Lower bounds ("at least", "a minimum of", "at the very least", "no fewer
than", "more than", "in excess of") give the number itself with
``Qualifier.AT_LEAST``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from observatory.extract.figure_the_other import THE_OTHER, other_of_two
from observatory.models import Qualifier

UNITS: Final[dict[str, int]] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: Final[dict[str, int]] = {"dozen": 12, "hundred": 100, "thousand": 1000}
EXTRA: Final[dict[str, int]] = {"dozen": 12, "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a pair of": 2, "both": 2}
VAGUE: Final[dict[str, int]] = {
    "tens of": 10, "tens": 10, "dozens of": 12, "dozens": 12, "hundreds of": 100, "hundreds": 100,
    "several": 3, "a number of": 2, "a few": 2, "few": 2, "a handful of": 2, "a handful": 2,
    # a number the text says it does not know, or only sizes: the smallest plural, vague
    **{f"{article} {size} number of": 2 for article, size in (
        ("an", "unknown"), ("an", "unspecified"), ("an", "undisclosed"), ("an", "unconfirmed"), ("an", "undetermined"),
        ("a", "large"), ("a", "small"), ("a", "great"), ("a", "significant"))},
}
QUALIFIERS: Final[dict[str, Qualifier]] = {
    "at least": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST, "not less than": Qualifier.AT_LEAST,
    "at the very least": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST, "at a minimum": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST, "not fewer than": Qualifier.AT_LEAST, "in excess of": Qualifier.AT_LEAST,
    "more than": Qualifier.AT_LEAST, "over": Qualifier.AT_LEAST, "upwards of": Qualifier.AT_LEAST,
    "about": Qualifier.ABOUT, "around": Qualifier.ABOUT, "nearly": Qualifier.ABOUT, "approximately": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT, "some": Qualifier.ABOUT, "roughly": Qualifier.ABOUT, "up to": Qualifier.ABOUT,
    "as many as": Qualifier.ABOUT, "close to": Qualifier.ABOUT,
}


def _trie(words: Iterable[str]) -> str:
    """A regex alternation of the literal words, nested by shared prefixes ("t(?:e(?:n)|w(?:o))") so that a position
    none of them fits is given up after a letter or two rather than after trying every word. It matches as the
    alternation sorted longest first does: the words that fit at a position are a chain of prefixes, and both try
    the longest of them first and, backtracking, the next shorter."""
    return _branches(sorted(words))


def _branches(words: list[str]) -> str:
    """The alternation for ``words`` (sorted, non-empty strings), nested by first letter."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(re.escape(first))
        elif len(longer) == len(rests):
            parts.append(re.escape(first) + "(?:" + _branches(longer) + ")")
        else:  # the letter ends one word and begins longer ones: the longer ones first
            parts.append(re.escape(first) + "(?:" + _branches(longer) + ")?")
    return "|".join(parts)


_WORD = _trie({*UNITS, *TENS, *SCALES} - {"a", "an", "no", "another"})
_WORD_NUMBER = rf"(?:(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
#: A figure in digits, its thousands grouped by commas ("1,140") but no comma after it ("January 21, hit").
DIGITS: Final[str] = _DIGITS

_ONES = [word for word, value in UNITS.items() if 1 <= value <= 9 and word not in ("a", "an", "single", "another")]
_TEENS = [word for word, value in UNITS.items() if 10 <= value <= 19]


def _cardinal(low: int) -> str:
    """A number word from ``low`` (1 or 2) to ninety-nine: a tens word with an optional unit joined by a hyphen or a
    space ("twenty-three", "twenty three"), or a unit or teen word."""
    units = [word for word in (*_ONES, *_TEENS) if UNITS[word] >= low]
    return rf"(?:(?:{_trie(TENS)})(?:(?:-|[^\S\n])(?:{_trie(_ONES)})\b)?|(?:{_trie(units)}))"


#: A cardinal number word from one to ninety-nine, as ``words_to_int`` reads it: "seven", "nineteen", "forty",
#: "twenty-three", "twenty three". No boundaries of its own: the pattern that uses it puts them (``\b``, ``\s+``).
CARDINAL_WORD: Final[str] = _cardinal(1)
#: ``CARDINAL_WORD`` without "one": two to ninety-nine, a count of more than one.
PLURAL_WORD: Final[str] = _cardinal(2)


def number_words(*extra: str, plural: bool = False) -> str:
    r"""``CARDINAL_WORD`` (``PLURAL_WORD`` where ``plural``) or one of a module's own extra tokens (regex alternatives
    such as ``"an?"``, ``"another"``, ``r"\d+"``), as one non-capturing group, the number word tried first."""
    return "(?:" + "|".join((PLURAL_WORD if plural else CARDINAL_WORD, *extra)) + ")"


_VAGUE = f"(?:{_trie(VAGUE)})"
#: "two were killed and a third was wounded": one more person, counted like "another".
_ORDINAL = r"an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
#: ... or that ends its clause after a verb ("killing two fighters and wounding a third.", "injuring a fourth,"), or
#: that a verb of its own follows ("a third was killed", "a fourth blew himself up").
_ORDINAL_ONE = (_ORDINAL + r"(?=\s+(?:one\s+)?(?:was|is|has\s+been|had\s+been|"
                r"died|succumbed|sustained|suffered|who|blew\s+himself)\b|\s*(?:[.,;]|$)"
                # ... or a person told with up to two words of his own first ("a third NDF member", "a fourth Afghan fighter")
                r"|\s+(?:(?!of\b|the\b|and\b)[\w'-]+\s+){0,2}?(?:person|man|member|soldier|fighter|civilian|militiaman|gunman|officer|"
                r"conscript|victim)\b)"
                # ... or the object of a hurting verb before a place, a time, a clause or its "one" ("wounded a third near
                # Raqqa", "injuring a third one")
                r"|(?:(?<=wounding\s)|(?<=wounded\s)|(?<=injuring\s)|(?<=injured\s)|(?<=injury\sof\s))" + _ORDINAL
                + r"(?=\s+(?:one|near|in|at|on|during|when|while|before|after|as|outside|inside)\b)")
ORDINAL_ONE_RE: Final[re.Pattern[str]] = re.compile(_ORDINAL, re.IGNORECASE)
_QUAL = _trie(QUALIFIERS)

#: The letters a count or its qualifier can begin with (a word that begins otherwise is skipped at once).
_FIRSTS = "".join(sorted({word[0] for word in (*QUALIFIERS, *VAGUE, *UNITS, *TENS, *SCALES, *EXTRA, "another", "both")}))

#: A count as written, optionally qualified. Group "num" is the number part.
NUMBER_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?<!\w)(?<!\w-)(?=[\d{_FIRSTS}])(?:(?P<qual>{_QUAL})\s+)?(?P<num>{_DIGITS}(?![\d.,]*\s*(?:%|km|kilomet|mm\b|meter|metre))|half\s+a\s+dozen|a\s+dozen|dozen|{_VAGUE}|{_WORD_NUMBER}"
    rf"|a\s+couple\s+of|a\s+pair\s+of|another|{_ORDINAL_ONE}|{THE_OTHER}|an?|both)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed count: its value, how it was qualified, and where the number starts and ends."""

    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str

    @property
    def vague(self) -> bool:
        return self.qualifier is Qualifier.VAGUE


_SPACES = re.compile(r"\s+")
_DIGITS_RE = re.compile(_DIGITS)
_WORD_BREAKS = re.compile(r"[\s-]+")


@lru_cache(maxsize=4096)  # the same few number phrases recur in every report
def words_to_int(text: str) -> int | None:
    """Parse "twenty-two", "one hundred and five", "3,000", "a dozen"; None when it is not a number."""
    cleaned = _SPACES.sub(" ", text.strip().lower())
    if not cleaned:
        return None
    if _DIGITS_RE.fullmatch(cleaned):
        return int(cleaned.replace(",", ""))
    if cleaned in EXTRA:
        return EXTRA[cleaned]
    total = current = 0
    seen = False
    for token in _WORD_BREAKS.split(cleaned):
        if token == "and":
            continue
        if token in UNITS and token not in ("no",):
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token in SCALES:
            current = max(current, 1) * SCALES[token]
            if SCALES[token] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_quantity(text: str, start: int = 0) -> Quantity | None:
    """Parse a whole string as one (possibly qualified) count."""
    match = NUMBER_RE.fullmatch(text.strip())
    if match is None:
        return None
    return _from_match(match, start)


def _from_match(match: re.Match[str], offset: int) -> Quantity | None:
    read = _read(match.group("num"), match.group("qual") or "")
    if read is None:
        return None
    value, qualifier = read
    return Quantity(value, qualifier, offset + match.start(), offset + match.end(), match.group(0))


@lru_cache(maxsize=4096)  # "a", "two", "at least three": the same few numbers recur in every report
def _read(num_text: str, qual_text: str) -> tuple[int, Qualifier] | None:
    """The value and qualifier of a count's number and qualifier words; None when the number is not one."""
    num = _SPACES.sub(" ", num_text.lower())
    qualifier = QUALIFIERS.get(_SPACES.sub(" ", qual_text.lower()), Qualifier.EXACT)
    if num in VAGUE:
        return VAGUE[num], Qualifier.VAGUE
    if ORDINAL_ONE_RE.fullmatch(num) or num == "the other":
        return 1, qualifier
    parsed = words_to_int(num)
    return None if parsed is None else (parsed, qualifier)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every count in ``text`` (positions shifted by ``offset``)."""
    return list(_quantities(text, offset))


@lru_cache(maxsize=256)  # a sentence's counts are read by its mentions, its totals and their checks
def _quantities(text: str, offset: int) -> tuple[Quantity, ...]:
    found: list[Quantity] = []
    for match in NUMBER_RE.finditer(text):
        quantity = _from_match(match, offset)
        if quantity is not None and quantity.text.lower().startswith("the other") and not other_of_two(text, match.start()):
            continue  # "the other was wounded" with no "one ... killed and" before it
        if quantity is not None and _rank_pronoun(found, quantity, text, offset):
            found[-1] = replace(found[-1], end=quantity.end)  # "a third one": the rank's count ends after its "one"
        elif quantity is not None:
            found.append(quantity)
    return tuple(found)


def _rank_pronoun(found: list[Quantity], q: Quantity, text: str, offset: int) -> bool:
    """Whether ``q`` is the "one" of a rank told as "a third one was injured": the pronoun of the rank before it,
    no count of its own."""
    if q.text.lower() != "one" or not found or ORDINAL_ONE_RE.fullmatch(found[-1].text) is None:
        return False
    return not text[found[-1].end - offset:q.start - offset].strip()
