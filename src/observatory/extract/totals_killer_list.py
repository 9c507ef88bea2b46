"""The later items of a list of civilian totals by killer, their victims named only once (used by ``totals.TotalsBuilder.claims``).

Roundups list who killed how many civilians in one running sentence and name the victims in the first item only:
"the army killed 30 civilians, the militia 12 and the rebels five" (the verb left out too), "the army killed 30
civilians; the militia killed 12; and the rebels killed five". Each later item is a civilian total of its own, with
its killer as ``perpetrator`` and the period of the first item.

Read only after such a first item ("<killer> killed N civilians", a civilian total already read) and in its sentence;
an item is a killer the lexicon knows (not civilians), an optional "killed" and a bare figure that ends its clause.
Left as they are: figures with a noun after them ("the militia killed 12 fighters"), figures already read as a total,
items whose subject names no known party ("including three children"), and items of another sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import CARDINAL_WORD, words_to_int
from observatory.extract.text import FULL_STOP
from observatory.models import CumulativeClaim, Span

#: The first item: "killed 30 civilians" right at a civilian total's figure ("killed" just before it, "civilians" after).
_KILLED_BEFORE = re.compile(r"\bkilled\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?$", re.IGNORECASE)
_CIVILIANS_AFTER = re.compile(r"\s*civilians?\b", re.IGNORECASE)
#: A later item: its opening mark, the killer, an optional "killed", a bare figure, then the end of its clause.
_ITEM = re.compile(rf"(?:[;,]|\band\b|\bwhile\b)\s*(?:and\s+|while\s+)?(?P<doer>(?:the\s+|all\s+)?[A-Za-z][\w'/()-]*(?:\s+[\w'/()-]+){{0,7}}?)"
                   rf"\s+(?:(?:has|have|had)\s+)?(?P<verb>killed\s+)?(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))"
                   rf"(?=\s*(?:[;,.]|\band\b|\bwhile\b|$))")
#: Words that open no killer ("including three children", "among them two women").
_NOT_DOER = re.compile(r"(?:including|among|of|with|out|from|to|in|on|at|for)\b", re.IGNORECASE)
#: A figure after a preposition is no count of a killer ("..., most of them since the regime offensive of 2019").
_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|since|from|to|during|until|by|on|at|for|than)$", re.IGNORECASE)


def add_killer_list(claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
                    on: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims with each later item of a list of civilian totals by killer as a total of its own."""
    out = list(claims)
    read = {c.span.start for c in claims if c.span is not None}
    for first in claims:
        if first.side != "civilians" or first.span is None or first.region is not None:
            continue
        at = first.span.start
        if not _KILLED_BEFORE.search(work, max(0, at - 40), at):
            continue
        figure_end = _figure_end(work, at)
        if figure_end is None or not _CIVILIANS_AFTER.match(work, figure_end):
            continue
        stop = FULL_STOP.search(work, figure_end)
        end = stop.start() + 1 if stop else len(work)
        for item in _ITEM.finditer(work, figure_end, end):
            value = words_to_int(item.group("num"))
            doer = item.group("doer")
            if value is None or item.start("num") in read or _NOT_DOER.match(doer) or _AFTER_PREPOSITION.search(doer):
                continue
            found = [a.side for a in lexicon.find(work, item.start("doer"), item.end("doer"), on) if a.side != "civilians"]
            if not found:
                continue
            read.add(item.start("num"))
            out.append(replace(first, killed=value, of_which=(), span=Span(item.start("num"), item.end("num")), perpetrator=found[0]))
    return tuple(out)


_FIGURE = re.compile(rf"\d[\d,]*|(?i:{CARDINAL_WORD})")


def _figure_end(work: str, at: int) -> int | None:
    """Where the figure that starts at ``at`` ends."""
    m = _FIGURE.match(work, at)
    return m.end() if m else None
