"""A share of a civilian total told by who killed it (used by ``totals.TotalsBuilder.claims``).

Roundups give a toll of civilians and then say how many of them one party killed: "the civilian toll since the
offensive began rises to 840, including 120 children, 510 of them killed by Russian warplanes", "75 civilians ...,
40 of them by gunmen it could not identify", "Of these, 320 civilians, among them 70 children, were killed by regime
shelling, while the rest ...", "at least 300 of them were killed by the Russian airstrikes alone". The share is a total
of its own, with the killer as ``perpetrator`` and the period of the whole, as the lists of civilians by killer are.

Left as they are: shares told by a cause and no killer ("320 of them killed by landmines": the whole's ``of_which``),
shares already read as totals (of any side) or folded on purpose as ``killed_by_<side>`` (several shares by cause and killer), and
shares of fighters ("84 ISIS members, 57 of whom were killed by Russian airstrikes": a share of that whole, not a
total by killer). Shares told with the killer as the subject ("ISIS killed 42 of them") are ``totals_killer_subjects``, lines
"Killed by ISIS cells: 214, they are 63 civilians and 151 ..." ``totals_killer_lines``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.numbers import CARDINAL_WORD, find_quantities, words_to_int
from observatory.extract.text import FULL_STOP, full_stop_after
from observatory.extract.totals_causes import CAUSES
from observatory.extract.totals_killer_lines import split_killer_lines
from observatory.extract.totals_killer_subjects import active_killer_shares
from observatory.models import SIDES, CumulativeClaim, Span

#: "510 of them", "40 of whom", "Of these, 320": a share of the figure before.
_SHARE = re.compile(rf"(?<![\w,.-])(?P<num>\d[\d,]*|(?i:{CARDINAL_WORD}))\s+of\s+(?i:them|whom|these)\b"
                    rf"|(?i:\b(?:of|among)\s+(?:them|these)\s*,\s*)(?P<num2>\d[\d,]*|(?i:{CARDINAL_WORD}))\b")
#: After the share: its optional people word and kinds ("civilians, among them 70 children,"), the verb, then the
#: killer after "by", "at the hands of" or "in ... strikes/shelling/attacks", up to the end of the clause.
_KILLER = re.compile(r"\s*(?:civilians?|people|persons)?\s*(?:,\s*(?:including|among\s+(?:them|whom))\s+[^,;.]{1,60},)?\s*"
                     r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:(?:killed|executed|shot\s+dead|shot|died|lost\s+their\s+lives)\s+)?"
                     r"(?:by|at\s+the\s+hands\s+of|in(?=\s+[^,;.]{0,40}?\b(?:air\s?strikes|strikes|shelling|attacks|bombardment|raids)\b))"
                     r"\s+(?P<by>[^,;.]{2,80}?)(?=\s*(?:[,;.]|$|\b(?:while|whereas|and\s+the\s+rest)\b))", re.IGNORECASE)
#: A killer the text leaves unnamed ("unidentified gunmen", "gunmen it could not identify"): ``unknown``.
_UNNAMED = re.compile(r"\b(?:unknown|unidentified)\b|\bcould\s+not\s+(?:be\s+)?identif|\bgunmen\b", re.IGNORECASE)
#: Where the whole is looked for: the share's sentence and the one before, on its line, at most this many characters.
_BACK = 400
#: How far after the whole's figure its own words are read for a cause of death.
_WHOLE_WORDS = 50
#: "the rest by", "the rest were killed in", "while the others died from", "while six others were killed by": the other
#: dead of the whole.
_REST = re.compile(rf"\b(?:the\s+(?:rest|others|remaining)|(?:\d[\d,]*|{CARDINAL_WORD})\s+others)\s+(?:(?:were|was|have\s+been)\s+)?"
                   r"(?:(?:killed|died)\s+)?(?:by|in|from|of)\s+(?:the\s+)?", re.IGNORECASE)


def split_killer_shares(claims: tuple[CumulativeClaim, ...], work: str, lexicon: ActorLexicon,
                        on: date | None) -> tuple[CumulativeClaim, ...]:
    """The claims with each share of a civilian total told by its killer as a total of its own."""
    low = work.lower()
    out = list(claims)
    if " of " in low and "killed" in low:  # ("ISIS killed 42 of them": the killer as the subject)
        out = active_killer_shares(split_killer_lines(out, work), work, lexicon, on)
    if not any(w in low for w in ("of them", "of whom", "of these", "among them", "among these")):  # (_SHARE's openings)
        return tuple(out)
    for share in _SHARE.finditer(work):
        value = words_to_int(share.group("num") or share.group("num2") or "")
        killer = _KILLER.match(work, share.end())
        if value is None or killer is None or any(p.search(killer.group("by")) for _, p in CAUSES):
            continue
        found = _killer_side(work, killer.span("by"), lexicon, on)
        found_whole = _whole(out, work, share.start(), value)
        if not found or found_whole is None or any(c.killed == value for c in out) or _by_cause(work, found_whole[1], killer.end()):
            continue
        whole = found_whole[0]
        parent = out[whole]
        if any(label.startswith("killed_by_") and n == value for label, n in parent.of_which):
            continue  # ("148 of them were killed by ISIS cells, 67 by landmines": kinds of deaths, folded on purpose)
        kept = tuple((label, n) for label, n in parent.of_which if n != value or label not in SIDES and label not in _CAUSE_LABELS)
        out[whole] = replace(parent, of_which=kept)
        out.append(replace(parent, killed=value, of_which=(), span=Span(share.start(), share.end()), region=None,
                           perpetrator=found[0]))
        running = value
        for more, span, by in _more_shares(work, killer.end(), lexicon, on):
            running += more
            if running > parent.killed:
                break
            if not any(c.span is not None and c.span.start < span.end and span.start < c.span.end for c in out):
                out.append(replace(parent, killed=more, of_which=(), span=span, region=None, perpetrator=by))
    return tuple(out)


#: ", five by ISIS cells, and three by unknown gunmen" after "Eleven of them were killed by Turkish strikes": the
#: split going on, each share by its killer (the verb left out).
_MORE = re.compile(rf"\s*,?\s*(?:and\s+|while\s+)?(?P<num>\d[\d,]*|{CARDINAL_WORD})\s+(?:others?\s+)?(?:(?:were|was)\s+)?"
                   r"(?:(?:killed|died|shot\s+dead)\s+)?(?:by|at\s+the\s+hands\s+of)\s+(?P<by>[^,;.]{2,80}?)"
                   rf"(?=\s*(?:[,;.]|$|\b(?:and|while)\s+(?:\d|(?:{CARDINAL_WORD})\b)))", re.IGNORECASE)


def _more_shares(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> list[tuple[int, Span, str]]:
    """(figure, its span, the killer's side) of each share that goes on the split after ``at``; a share told by a
    cause (", two by landmines") is passed over, as the first share of such a split is."""
    out = []
    while (more := _MORE.match(work, at)) is not None:
        at = more.end()
        value = words_to_int(more.group("num").replace(",", "").lower())
        found = _killer_side(work, more.span("by"), lexicon, on)
        if value is not None and found and not any(p.search(more.group("by")) for _, p in CAUSES):
            out.append((value, Span(*more.span("num")), found[0]))
    return out


def _killer_side(work: str, by: tuple[int, int], lexicon: ActorLexicon, on: date | None) -> list[str]:
    """The sides of the killers named in work[by] (not civilians); ``unknown`` for a killer left unnamed."""
    found = [a.side for a in lexicon.find(work, by[0], by[1], on) if a.side != "civilians"]
    return found or (["unknown"] if _UNNAMED.search(work, by[0], by[1]) else [])


_CAUSE_LABELS = frozenset(label for label, _ in CAUSES)


def _by_cause(work: str, whole_end: int, share_end: int) -> bool:
    """Whether the whole is a count of deaths by a cause ("104 civilians under torture ..., 99 of them at the hands of
    the regime") or the rest of the share's sentence gives the others to a cause ("..., and the rest by landmines"):
    kinds of deaths, not a total by killer."""
    if any(p.search(work, whole_end, whole_end + _WHOLE_WORDS) for _, p in CAUSES):
        return True
    rest = _REST.search(work, share_end, full_stop_after(work, share_end))
    return rest is not None and any(p.match(work, rest.end()) for _, p in CAUSES)


def _whole(claims: list[CumulativeClaim], work: str, at: int, value: int) -> tuple[int, int] | None:
    """The civilian total the share at ``at`` splits (its index, where its figure ends): the nearest figure before it
    in its paragraph that is such a total (larger than the share, not a regional line); None where a figure of a total
    of another side comes first."""
    start = max(0, at - _BACK)
    line = work.rfind("\n", start, at)
    start = line + 1 if line >= 0 else start
    stops = [m.end() for m in FULL_STOP.finditer(work, start, at)]
    start = stops[-2] if len(stops) > 1 else start  # the share's sentence and the one before it
    for quantity in reversed(find_quantities(work[start:at], start)):
        told = [k for k, c in enumerate(claims) if c.killed == quantity.value and _read_at(c, quantity.start)]
        sides = {claims[k].side for k in told}
        if "civilians" in sides and quantity.value > value:
            k = next(k for k in told if claims[k].side == "civilians")
            return None if claims[k].region is not None else (k, quantity.end)
        if sides:
            return None
    return None


def _read_at(claim: CumulativeClaim, at: int) -> bool:
    """Whether the claim is read from the figure at ``at`` (a claim with no span may be read from any figure of its
    value): "four children" inside a civilian total is not the regional total of four told further on."""
    return claim.span is None or claim.span.start <= at < claim.span.end
