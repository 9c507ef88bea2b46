"""Victims of a total broken down by nationality, not by side (used by ``totals.TotalsBuilder`` through
``totals_tallies``; tests in tests/test_extract_totals_nationality_breakdown.py).

* "The victims include 18 Iraqis, 11 Syrians and two of other nationalities, among them 13 women", "The dead are 32
  Iraqi men and 26 Syrian men, in addition to 23 women and 9 children", "They were 18 Iraqi and 8 Syrian nationals":
  after a total (typically murders in a displacement camp), figures of people told only by their nationality name no
  side (an Iraqi is no Iraqi militiaman): the sentence gives no totals of its own, and its women and children are the
  ``of_which`` of the total before. A nationality with a fighting noun ("11 Iraqi militiamen", "five Afghan
  fighters") is a side and is left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.gates import folded, has_any
from observatory.extract.numbers import number_words, words_to_int
from observatory.extract.text import Sentence
from observatory.models import CumulativeClaim

_NATION: Final = (r"(?:Iraqi|Syrian|Lebanese|Afghan|Jordanian|Palestinian|Turkish|Kurdish|Egyptian|Tunisian|Moroccan|Saudi|Yemeni|"
                  r"Iranian|Pakistani|Russian|Chechen|Uzbek|Turkistani|Uyghur|Kazakh|Tajik|Dagestani|Azerbaijani|European|Asian|"
                  r"African|Arab|foreign)")
_PEOPLE: Final = r"(?:men|women|nationals|citizens|refugees|people|persons|individuals|residents|children|boys|girls|displaced(?:\s+persons)?)"
_FIGURE: Final = number_words(r"\d[\d,]*", "a", "an")
#: "18 Iraqis", "26 Syrian men", "18 Iraqi and 8 Syrian nationals", "two of other nationalities", "two foreigners".
_NATIONAL: Final = re.compile(rf"\b{_FIGURE}\s+(?:{_NATION}s?\b(?:\s+{_PEOPLE}\b)?|{_NATION}\b(?=\s+and\s+{_FIGURE}\s+{_NATION}\s+{_PEOPLE}\b)|"
                              r"(?:of|from)\s+(?:other|various|different|several|\w+)\s+nationalities\b|foreigners\b)", re.IGNORECASE)
#: A fighting noun anywhere in the sentence: the nationalities may name sides.
_FIGHTERS: Final = re.compile(r"\b(?:militiamen|militia|fighters|members|soldiers|troops|officers|jihadists|gunmen|combatants|"
                              r"mercenaries|personnel|recruits|commanders?|leaders?)\b", re.IGNORECASE)
_STEMS: Final = ("iraqi", "syrian", "lebanese", "afghan", "jordanian", "palestinian", "turkish", "kurdish", "egyptian", "tunisian",
                 "moroccan", "saudi", "yemeni", "iranian", "pakistani", "russian", "chechen", "uzbek", "turkistani", "uyghur", "kazakh",
                 "tajik", "dagestani", "azerbaijani", "european", "asian", "african", "arab", "foreign", "nationalit")


def nationality_split(work: str, start: int, end: int) -> bool:
    """Whether work[start:end] breaks the dead down by nationality: two figures of people told by their nationality (or
    "of other nationalities") and no fighting noun."""
    if not has_any(folded(work, start, end), _STEMS) or _FIGHTERS.search(work, start, end):
        return False
    return sum(1 for _ in _NATIONAL.finditer(work, start, end)) >= 2


#: "13 women", "a child", "nine children of various nationalities", "23 Iraqi women": a kind of people and its figure.
_KIND: Final = re.compile(rf"\b(?P<num>{_FIGURE})\s+(?:[\w-]+\s+)?(?P<kind>women|woman|children|child|girls?|boys?|minors?)\b", re.IGNORECASE)


def kinds_of(work: str, start: int, end: int) -> list[tuple[str, int]]:
    """The women and children that a breakdown by nationality tells, once each kind (the first figure told)."""
    out: dict[str, int] = {}
    for found in _KIND.finditer(work, start, end):
        kind = "women" if found.group("kind").lower().startswith("wom") else "children"
        number = found.group("num").lower()
        value = 1 if number in ("a", "an") else words_to_int(number)
        if value is not None and kind not in out:
            out[kind] = value
    return list(out.items())


def fold_nationals(work: str, sent: Sentence, claims: list[CumulativeClaim]) -> bool:
    """Whether the sentence breaks the dead down by nationality; if so its women and children become the ``of_which`` of
    the last total in ``claims`` (replaced in place; a kind the total already has is kept as told)."""
    if not claims or not nationality_split(work, sent.start, sent.end):
        return False
    last = claims[-1]
    told = {k for k, _ in last.of_which}
    added = tuple((k, n) for k, n in kinds_of(work, sent.start, sent.end) if k not in told and n <= last.killed)
    claims[-1] = replace(last, of_which=(*last.of_which, *added))
    return True
