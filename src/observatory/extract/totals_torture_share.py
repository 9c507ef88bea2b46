"""A sentence of its own that tells how many of the total before died under torture (used by ``totals.TotalsBuilder``).

Monthly roundups give the month's toll of civilians, then say in the next sentence how many of them died under torture
("The report added that five individuals died due to torture.", "The report notes that 22 people died due to
torture during the month.", "It noted that three of the victims died under
torture.", "The network said 40 of the victims had died under torture, most of them in prisons."): that figure is a
kind of death inside the total before (its ``of_which`` ``torture``), not a total of people of no side. Only a
sentence whose one figure is such a count: one that names a side, a place or a second figure ("... and 12 soldiers
were killed in clashes") is read as before."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words, words_to_int
from observatory.models import CumulativeClaim

#: An optional "The report (also) added that" / "The network said", then "N individuals/people/persons/victims/of them/of
#: the victims" and a death verb, then "due to / under / from / as a result of torture", "in (regime) prisons" or "in detention centres" at most,
#: and the end of the sentence or a clause without a figure (", the vast majority in regime prisons").
_TORTURE_SHARE: Final = re.compile(
    r"\s*(?:(?:The\s+(?:report|network)|It|SNHR)\s+(?:also\s+)?(?:added|adds|noted|notes|said|says|stated|states|showed|shows|"
    r"documented|documents|recorded|records)"
    r"(?:\s+that)?\s+)?(?:at\s+least\s+)?"
    + "(?P<num>" + number_words(r"\d[\d,]*") + ")"
    + r"\s+(?:(?:of\s+(?:them|whom|those|these|the\s+(?:victims|civilians|dead))|individuals|people|persons|victims)\s+)?"
    r"(?:had\s+|have\s+)?(?:died|were\s+killed|lost\s+their\s+lives)\s+(?:due\s+to|under|from|as\s+a\s+result\s+of)\s+torture"
    r"(?:\s+in\s+(?:[\w'-]+\s+){0,2}?(?:detention(?:\s+(?:centres|centers|facilities))?|prisons?|jails?)"
    r"(?:\s+and\s+detention\s+(?:centres|centers|facilities))?)?"
    r"(?:\s+(?:during|in|over|throughout)\s+the\s+(?:month|year|same\s+period))?\s*(?:,[^\d.;]*)?\.?\s*$",
    re.IGNORECASE)


def fold_torture(claims: list[CumulativeClaim], chunk: str) -> bool:
    """Whether the sentence only tells how many of the last total died under torture; if so that total (``claims[-1]``)
    takes the figure as its ``of_which`` ``torture`` (where it holds no such part yet, is no smaller and is of no
    region). Only a civilian toll: "Five people died under torture" after a toll of soldiers counts other dead."""
    m = _TORTURE_SHARE.match(chunk) if "tortur" in chunk.lower() else None
    value = words_to_int(m.group("num")) if m is not None else None
    if value is None or not claims:
        return False
    last = claims[-1]
    if last.side != "civilians" or last.killed < value or last.region is not None:
        return False
    if all(kind != "torture" for kind, _ in last.of_which):
        claims[-1] = replace(last, of_which=(*last.of_which, ("torture", value)))
    return True


def torture_tail(work: str, start: int, chunk: str, mentions: list[Mention]) -> tuple[list[Mention], str | None]:
    """"- 1,889 civilians, including 268 children and 197 women; 43 of the civilians died under torture in regime
    prisons": a clause after the sentence's last semicolon that only tells how many of the civilian figure before it
    died under torture. Returns the mentions less the clause's figure and the clause (for ``fold_torture`` once the
    figure before is a total), or the mentions as they are and None when the sentence is no such one (``start``: where
    ``chunk`` starts in ``work``)."""
    cut = chunk.rfind(";")
    tail = chunk[cut + 1:] if cut >= 0 and "tortur" in chunk.lower() else ""
    m = _TORTURE_SHARE.match(tail) if tail else None
    value = words_to_int(m.group("num")) if m is not None else None
    at = start + cut
    if value is None or not any(x.quantity.start < at and x.parent is None and x.side == "civilians" and x.value >= value for x in mentions):
        return mentions, None
    return [x for x in mentions if x.quantity.start < at], tail
