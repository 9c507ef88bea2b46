"""How the figures of a statistics block are read when no killed word is next to them (used by
``totals.TotalsBuilder``; tests in tests/test_extract_totals_of_which.py).

* a sentence of an open block, or of a total, whose verb is a monitor's counting verb right before its figures ("It
  also counted 1,114 rebel fighters, 641 ...", "The monitor recorded 80 regime soldiers and 45 ISIS members") gives
  dead: the figures are read as killed (``counted_figures``); so are the figures after ", they include" / ", namely"
  that break down the figure before ("... in Suwayda since 2023, they include 45 civilians and 30 soldiers");
* a labelled line that gives a figure and ends on a colon ("Civilians: 1,627 civilians, including 321 children:")
  heads the bare lines after it ("- 17, including eight children, by Russian warplanes.", "- 991 in other
  circumstances."): each is a total of that figure's side (``heads_split``, read by ``totals_bare``);
* a figure of people ("has risen to 97", "43 people") whose parts name two sides or more and add up to it is an
  overall figure even where the words around it gave it a side ("killed in SDF-held areas"): its parts are the totals
  (``people_wholes``);
* "SOHR has documented 47 deaths in clan feuds ..., more than the number of civilians killed by ISIS": a monitor's
  count told as deaths that names no side in its own clause is of side unknown (``unsided_deaths``); "This raises to
  700 the number of members of the tribe executed by ISIS": the people counted after the figure, of no side
  (``counted_after``);
* "Russian forces killed no civilians this month" in a total: a stated zero of the victims' side, killed by that side
  (``killed_none``);
* "regime losses since the beginning of the year have reached 310", "the losses of ISIS ... rose to 74", "the death
  toll among ISIS members ... amounted to 133": a running figure of the side named with "losses" or "toll among"
  (``with_losses_figure``);
* "the deaths of 1,300 civilians across Syria over 2021": a year read as a bare figure is none (``without_years``);
* ``with_losses_figure`` also adds a monitor's count of killings or murders (``totals_killings``) and
  gives a figure of people the side of ", all of them <group>" (``totals_all_of_them``), and bare "jihadists" in a
  report about the Islamic State group to ISIS (``totals_jihadists``); ``after_total`` reads a
  sentence right after a total that tells its victims by nationality (``totals_nationals``), lists figures in
  brackets by party or area (``totals_bracketed``) or names some of its dead (``totals_among_dead``).
* ``deaths_of`` also takes "the dead include 102 IS militants, ... and seven civilians" (a sentence that
  continues a toll and lists its dead): every listed figure is of the dead (the pattern, with the time the dead fell
  in between subject and verb, lives in ``totals_dead_lists``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import CARDINAL_WORD, Quantity, find_quantities
from observatory.extract.text import Sentence
from observatory.extract.totals_all_of_them import with_side_of_all
from observatory.extract.totals_among_dead import among_the_dead
from observatory.extract.totals_bracketed import bracketed_totals
from observatory.extract.totals_dead_lists import DEAD_ARE, DEAD_STEMS
from observatory.extract.totals_jihadists import with_jihadists_of_is
from observatory.extract.totals_killings import QUALIFIER, with_counted_killings
from observatory.extract.totals_nationals import fold_nationals
from observatory.models import CumulativeClaim


def after_total(work: str, sent: Sentence, claims: list[CumulativeClaim], lexicon: ActorLexicon, on: date | None) -> bool:
    """A sentence right after a total that tells its victims by nationality (``totals_nationals``) or lists its figures
    in brackets by party or area (``totals_bracketed``), or names some of its dead ("Two officers were among the dead",
    ``totals_among_dead``): consumed, ``claims`` updated in place."""
    return fold_nationals(work, sent, claims) or bracketed_totals(work, sent, claims, lexicon, on) or among_the_dead(work, sent, claims, lexicon, on)


#: "counted 1,114 fighters", "has also documented another 45 soldiers", "recorded a total of 80 members".
_COUNTED: Final = re.compile(r"\b(?:counted|documented|recorded|registered|tallied|listed)\s+(?:also\s+)?" + QUALIFIER
                             + rf"(?:\d[\d,]*|{CARDINAL_WORD}\b)", re.IGNORECASE)
_COUNTED_STEMS: Final = ("counted", "documented", "recorded", "registered", "tallied", "listed")
#: Words right after the figure that make it a count of something else than the dead ("recorded 40 attacks by regime
#: forces", "counted 12 injured", "documented 30 arrests").
_NOT_DEAD: Final = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:injur|wound|attacks?\b|operations?\b|strikes?\b|raids?\b|arrest|detain|"
                              r"kidnap|abduct|incidents?\b|violations?\b|explosions?\b|assassinations?\b|shells?\b|rockets?\b|"
                              r"missiles?\b|bombings?\b|ambush|massacres?\b|cases?\b)", re.IGNORECASE)


#: ", they include 45 civilians and ...", ", they are: 60 ...", ", namely 45 ...": figures that break down the one before.
_THEY_INCLUDE: Final = re.compile(r"\d[^.;:]{0,80}?, (?:(?:they|these|those)\s+(?:are|were|include|included|includes|comprise|comprised)|namely)"
                                  r"\s*:?\s*(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?(?:\d|" + CARDINAL_WORD + r"\b)", re.IGNORECASE)
_THEY_STEMS: Final = (", they", ", these", ", those", ", namely")  # every match holds one (the comma before the pronoun)


#: One event named in the sentence ("killed in an IED blast near Busra"): its toll, not more figures of the statistics.
_ONE_EVENT: Final = re.compile(r"\b(?:in|by|during)\s+(?:an?|the|one|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|explosion|blast|ambush|strike|"
                               r"airstrike|bombing|shelling|raid|clash|landmine|mine|IED|bomb|drone|massacre)\b(?!s)", re.IGNORECASE)


@lru_cache(maxsize=256)
def counted_after_total(chunk: str) -> bool:
    """"It also counted 900 rebel fighters, ..." right after a total: more figures of the same statistics (not where the
    sentence names one event: "The monitor also recorded two soldiers killed in an IED blast near Busra")."""
    return counted_figures(chunk) and _ONE_EVENT.search(chunk) is None


@lru_cache(maxsize=256)
def counted_figures(chunk: str) -> bool:
    """Whether the sentence counts people with a monitor's counting verb right before its figures ("It also counted
    1,114 fighters ..."), and counts no events or wounded, or breaks a figure down after ", they include"."""
    span = folded(chunk)
    if has_any(span, _THEY_STEMS) and _THEY_INCLUDE.search(chunk):
        return True
    if not has_any(span, _COUNTED_STEMS):
        return False
    m = _COUNTED.search(chunk)
    return m is not None and _NOT_DEAD.match(chunk, m.end()) is None


#: "documented the deaths of four civilians working in gas fields and 11 shepherds": a monitor's count
#: of the dead whose figures all name people killed, the last one too.
_DEATHS_OF: Final = re.compile(r"\b(?:documented|recorded|registered|counted|confirmed)\s+(?:also\s+)?(?:the\s+)?(?:deaths?|killing)\s+of\s+"
                               + QUALIFIER + rf"(?:\d[\d,]*|{CARDINAL_WORD}\b)", re.IGNORECASE)
_DEATHS_STEMS: Final = ("death of", "deaths of", "killing of")
#: "the dead include 102 IS militants, 45 SDF fighters and seven civilians", "the victims are: six ...": the
#: people of a toll told before, listed, each figure of them dead.
#: (``totals_dead_lists.DEAD_ARE``, with the time they fell in, or deaths of a kind of fighter, as subject)
_HURT_STEMS: Final = ("injur", "wound", "arrest", "detain", "kidnap", "abduct", "missing")


@lru_cache(maxsize=256)
def deaths_of(chunk: str) -> bool:
    """Whether the sentence is a monitor's count of the dead ("SOHR has also documented the deaths of four civilians
    working in gas fields and 11 shepherds", "the dead include ...") that names no wounded, captives or missing: its
    figures are all dead."""
    span = folded(chunk)
    return (has_any(span, _DEATHS_STEMS) and _DEATHS_OF.search(chunk) is not None
            or has_any(span, DEAD_STEMS) and DEAD_ARE.search(chunk) is not None) and not has_any(span, _HURT_STEMS)


#: A labelled line of a list that ends on a colon ("Civilians: 1,627 civilians, including 321 children:").
_LABEL_HEAD: Final = re.compile(r"\s*(?:[-–—•*▪●◦·]\s*)?[A-Z][\w' -]{1,40}?(?::|\s+[–—-])\s*(?:(?:at\s+least|about|nearly|more\s+than|over)\s+)?\d[^:]*:\s*")


def heads_split(chunk: str) -> bool:
    """Whether a labelled line that gave a figure ends on a colon ("Civilians: 1,627 civilians, including 321 children:"),
    so that the bare lines after it ("- 17, including eight children, by Russian warplanes.") split that figure (a
    figure of a bullet, "-40 soldiers:", keeps its bare lines as kinds of deaths)."""
    return _LABEL_HEAD.fullmatch(chunk) is not None


#: The words of a figure that name people of no side ("97", "97 people", "43 deaths", "the 60 victims").
_PEOPLE_WORDS: Final = re.compile(r"\W*(?:(?:people|persons|individuals|deaths|dead|fatalities|victims|lives)\b[\W]*)?", re.IGNORECASE)


#: Sides a total of the first side holds as its parts ("regime soldiers and loyalists, including two Russians").
_HELD: Final = frozenset({("regime", "russia"), ("regime", "pro_iran_foreign")})


def people_wholes(work: str, mentions: list[Mention], sides: list[str | None]) -> set[int]:
    """The figures of people (a bare figure, "N people", "N deaths") that whatever side the words around them gave
    ("the number of people killed in SDF-held areas has risen to 97, among them 41 civilians ... and 56 SDF members")
    are broken down into parts of two sides or more that add up to them: an overall figure, not a total (its parts are)."""
    out = set()
    for i, m in enumerate(mentions):
        if m.parent is not None or sides[i] is None or not _PEOPLE_WORDS.fullmatch(work, m.quantity.end, max(m.group_end, m.quantity.end)):
            continue
        parts = [c for c in mentions if c.parent == i and c.label is None]
        kinds = {c.side for c in parts}
        if len(parts) >= 2 and None not in kinds and len(kinds) >= 2 and sum(c.value for c in parts) == m.value \
                and not all((sides[i], k) in _HELD for k in kinds):
            out.add(i)  # (not "regime ... rises to 141, including 2 Russians and 139 non-Syrian militiamen": parts it holds)
    return out


#: "47 deaths in clan feuds": a figure told as deaths, with no "among X" / "of X" after it.
_DEATHS_AFTER: Final = re.compile(r"\s+(?:deaths|fatalities|killings|murders|homicides)\b(?!\s+(?:among|amongst|of|in\s+the\s+ranks|on\s+the\s+side|from))",
                                  re.IGNORECASE)
#: ", all of them civilians", ", most of them soldiers", ", including 10 children": the figure's own people told after it.
_OWN_AFTER: Final = re.compile(r"\s*,?\s*(?:all|most|mostly|the\s+majority|including|among\s+them|of\s+whom|they\s+(?:are|were)|"
                               r"\d[\d,]*\s+of\s+them)\b", re.IGNORECASE)


#: A monitor's counting verb right before the figure ("SOHR has documented 47 deaths"): the monitor's own count (a
#: figure of other years set beside it, "with 6,800 deaths reported in 2018", is not).
_COUNTING_BEFORE: Final = re.compile(r"\b(?:counted|documented|recorded|registered|tallied)\s+(?:also\s+)?" + QUALIFIER + r"$", re.IGNORECASE)


_RANKS: Final = re.compile(r"\branks\b", re.IGNORECASE)


def unsided_deaths(work: str, m: Mention, end: int) -> bool:
    """Whether a monitor's count told as "N deaths" ("SOHR has documented 47 deaths in clan feuds ..., more than the number
    of civilians killed by ISIS") names no side in its own clause: people of no side, whatever a later clause names.
    "47 fatalities in tribal fighting in SDF-held areas, including nine women and five children": the
    areas' side is not the dead's, and kinds of people after "including" name no side either."""
    if m.group_end > m.quantity.end and re.search(r"[A-Za-z]", work[m.quantity.end:m.group_end]):
        return False
    found = _DEATHS_AFTER.match(work, m.quantity.end, end)
    if found is None or not _COUNTING_BEFORE.search(work[max(0, m.quantity.start - 60):m.quantity.start]):
        return False
    stop = next((k for k in range(found.end(), end) if work[k] in ",;.:("), end)
    if _RANKS.search(work, found.end(), stop):
        return False  # ("30 deaths in the ranks of regime forces"; "in Turkish drone strikes" names who killed them)
    own = _OWN_AFTER.match(work, stop, end)
    if own is not None and re.search(r"\b(?:most|mostly|majority)\b", own.group(0), re.IGNORECASE):
        return True  # (", most of them former opposition members": some of them only, the count keeps no side; round 70)
    return stop >= end or own is None or bool(_AREAS.search(work, found.end(), stop)) and _KINDS_ONLY.match(work, own.end(), end) is not None


#: "in SDF-held areas", "in areas controlled by the SDF": whose areas, not whose dead.
_AREAS: Final = re.compile(r"\b[\w-]+-(?:held|controlled|run)\s+areas\b|\bareas\s+(?:held|controlled|run|administered)\s+by\b", re.IGNORECASE)
#: "including nine women and five children": kinds of people, no side.
_KINDS_ONLY: Final = re.compile(r"(?:\s*(?:,|and)?\s*(?:\d[\d,]*|" + CARDINAL_WORD + r")\s+(?:women|children|men|boys|girls|minors))+\s*(?:[.;]|$)",
                                re.IGNORECASE)


#: "This raises to 700 the number of members of the tribe executed by ISIS": the people counted, named after the figure.
_COUNTED_AFTER: Final = re.compile(r"\s+the\s+(?:total\s+)?(?:number|toll|tally|count)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:members|people|"
                                   r"persons|men|individuals|tribesmen|residents|villagers|inhabitants|victims)\b", re.IGNORECASE)


def counted_after(work: str, m: Mention, end: int) -> bool:
    """Whether "to N the number of <people>" follows the figure: people of no side where the words name none."""
    return _COUNTED_AFTER.match(work, m.quantity.end, end) is not None


#: "Russian forces killed no civilians this month", "ISIS did not kill any civilians": a stated zero of the victims by
#: that killer.
_KILLED_NONE: Final = re.compile(r"(?P<killer>\b[A-Z][^,;.:()]{1,60}?)\s+(?:(?:also|have|has|had)\s+)?(?:killed\s+no|did\s+not\s+kill\s+any|"
                                 r"(?:have|has|had)\s+not\s+killed\s+any)\s+(?P<victims>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*(?:[,;.:]|$|\s+(?:in|during|"
                                 r"this|that|over|throughout|last|since)\b))")
_NONE_STEMS: Final = ("killed no", "not kill")


def killed_none(work: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (killer, victims) spans of each stated zero "X killed no Y" in work[start:end]."""
    if not has_any(folded(work, start, end), _NONE_STEMS):
        return []
    return [(m.span("killer"), m.span("victims")) for m in _KILLED_NONE.finditer(work, start, end)]


#: "regime losses since the beginning of the year have reached 310", "the losses of ISIS in the same period rose to 74",
#: "bringing regime losses to 310", "the death toll among ISIS members ... amounted to 133": a running figure of the side
#: named before "losses" or after "losses of" / "toll among".
_LOSS_WORD: Final = re.compile(r"\b(?:losses|toll)\b", re.IGNORECASE)
#: "losses of the SDF in ...", "death toll among ISIS members since ...": the side named after the word.
_OF_WHO: Final = re.compile(r"\s+(?:of|among|in\s+the\s+ranks\s+of)\s+(?P<of>[^,.;:]{2,60}?)(?=\s+(?:since|in|during|over|throughout|so|to|"
                            r"have|has|had|rose|rise|risen|reached|climbed|stands?|stood|is|are|at|amounted)\b)", re.IGNORECASE)
#: "regime losses", "ISIS attacks caused regime losses": up to three words before "losses".
_WHO_BEFORE: Final = re.compile(r"(?:[\w'-]+\s+){1,3}$")
_LOSSES_TO: Final = re.compile(r"[^.;:]{0,120}?\b(?:to|reached|reaching|hit|at)\s+" + QUALIFIER + r"(?P<num>\d[\d,]*)\b(?!\s*%)",
                               re.IGNORECASE)


def losses_total(work: str, start: int, end: int, side_in: Callable[[int, int], str | None]) -> list[tuple[str, Quantity]]:
    """The side and figure of each "X losses ... have reached N" in work[start:end] (``side_in`` reads a span's side)."""
    if not has_any(folded(work, start, end), ("losses", "toll")):
        return []
    out = []
    for word in _LOSS_WORD.finditer(work, start, end):
        of = _OF_WHO.match(work, word.end(), end)
        if of is not None:
            side, after = side_in(of.start("of"), of.end("of")), of.end()
        elif word.group(0).lower() == "losses" and (who := _WHO_BEFORE.search(work, max(start, word.start() - 60), word.start())):
            # the words nearest "losses" first ("ISIS attacks caused regime losses": regime)
            cuts = [who.start()] + [who.start() + k.end() for k in re.finditer(r"\s+", who.group(0).rstrip())]
            side, after = next((x for x in (side_in(c, word.start()) for c in reversed(cuts)) if x is not None), None), word.end()
        else:
            continue
        to = _LOSSES_TO.match(work, after, end) if side is not None else None
        found = find_quantities(work[to.start("num"):to.end("num")], to.start("num")) if to is not None else []
        if side is not None and found:
            out.append((side, found[0]))
    return out


def with_losses_figure(work: str, start: int, end: int, mentions: list[Mention],
                       side_in: Callable[[int, int], str | None]) -> list[Mention]:
    """The mentions with the figure of "regime losses ... have reached 310" read as dead of that side (a bare figure that
    no mention holds is added; one that names no side takes it)."""
    for side, q in losses_total(work, start, end, side_in):
        if any(x.quantity.start == q.start for x in mentions):
            mentions = [replace(x, side=side) if x.quantity.start == q.start and x.side in (None, "unknown") else x for x in mentions]
            continue
        pos = sum(1 for x in mentions if x.quantity.start < q.start)
        out = [x if x.parent is None or x.parent < pos else replace(x, parent=x.parent + 1) for x in mentions]
        mentions = [*out[:pos], Mention(role=KILLED, quantity=q, side=side, group_start=q.end, group_end=q.end), *out[pos:]]
    # ("SOHR documented 39 killings in October"; "... rises to nine, all of them members of jihadist groups")
    mentions = with_jihadists_of_is(work, start, end, mentions)  # ("... along with 1,047 jihadists" in a report about IS)
    return with_side_of_all(work, start, end, with_counted_killings(work, start, end, mentions), side_in)


#: "over 2021", "in 2022": a year read as a figure (four digits, no thousands comma, no people after it).
_YEAR: Final = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")


_ONE_SIDE = re.compile(r"one\s+side\b", re.IGNORECASE)  # ("clashes between the SDF on one side and tribal gunmen on the other")


def without_years(work: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less a year read as a bare figure ("the deaths of 1,300 civilians across Syria over 2021": "over
    2021" is no figure of more than 2,021 dead), and less the "one" of "between the SDF on one side and ... on the other"
    (a side of a fight, no one dead), the parents of the others re-indexed."""
    drop = {i for i, m in enumerate(mentions) if m.group_end <= m.quantity.end and not any(c.parent == i and c.label is None for c in mentions)
            and _YEAR.search(work, m.quantity.start, m.quantity.end) is not None and _YEAR.fullmatch(str(m.value)) is not None
            and re.search(r"\d,\d", work[m.quantity.start:m.quantity.end]) is None}
    drop |= {i for i, m in enumerate(mentions) if m.value == 1 and _ONE_SIDE.match(work, m.quantity.start, m.quantity.end + 8) is not None
             and not any(c.parent == i for c in mentions)}
    if not drop:
        return mentions
    # the parts of a dropped year go to the figure before it ("1,300 civilians ... over 2021, including 300 children")
    before = {i: max((k for k in range(i) if mentions[k].parent is None and k not in drop), default=None) for i in drop}
    index = {old: new for new, old in enumerate(i for i in range(len(mentions)) if i not in drop)}
    out = []
    for i, m in enumerate(mentions):
        parent = before.get(m.parent, m.parent) if m.parent is not None else None
        if i not in drop and (m.parent is None or parent is not None):
            out.append(replace(m, parent=None if parent is None else index[parent]))
    return out
