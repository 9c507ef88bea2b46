"""How ``totals.TotalsBuilder`` reads the side of a total: the methods it inherits from ``TotalsBuilderSides``.

* the side a figure's sentence names before it ("the number of regime soldiers killed ... rises to 1,498"), none where
  it names two sides, "unknown" for deaths of no side ("47 deaths in clan feuds", "six military personnel and a
  driver"), and "combatants" of the armed side whose areas the block covers (``_top_side``, ``_note_area``);
* the side a span names by a group's own name ("Regime losses by area: ..."; ``_named_side``, ``_side_named``), the
  subject that killed the figure in a statistics block ("Russian forces killed three civilians"; ``_active_doer``);
* the side of a "Label: N" line's label (``_label_side``), a figure whose own words name no armed group
  (``_plain_figure``) and a group of several kinds ("280 fighters, civilians, oil workers and officials"; ``_mixed``).
"""

from __future__ import annotations

import re

from observatory.extract import totals_marks as marks
from observatory.extract import totals_tallies as tallies
from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualties import Mention
from observatory.extract.casualty_sentence_sides import is_agent
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import ALL_CIVILIANS
from observatory.extract.numbers import find_quantities
from observatory.extract.text import Sentence
from observatory.extract.totals_blocks import (
    running_side_span,
)
from observatory.extract.totals_cues import (
    AREA_OF,
    MIXED_GROUP,
    PLAIN_ROLE,
    counted_people,
    unknown_who,
)
from observatory.extract.totals_fight_tolls import fight_toll
from observatory.extract.totals_killer_paragraphs import civilian_shares, killer_paragraph
from observatory.extract.totals_lines import (
    active_doer,
    has_active_clauses,
    joined_at,
    other_parties,
)
from observatory.extract.totals_parts import COMBATANTS
from observatory.extract.totals_pursuits import group_sides
from observatory.extract.totals_referents import referred_group
from observatory.extract.totals_subjects import infighting_side, subject_span
from observatory.models import CumulativeClaim, Report

#: "26 people, including ...", "40 persons, among them ...": plain people, their kinds glossed after a comma.
_PEOPLE_GLOSSED = re.compile(r"\s+(?:people|persons),?\s+(?:including|among\s+them|most\s+of\s+them)\b", re.IGNORECASE)

#: "the death toll among regime soldiers ... has risen to", "the number of dead in the ranks of X": whose toll it is.
_TOLL_AMONG = re.compile(r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|killed))\s+(?:among|in\s+the\s+ranks\s+of)\s+",
                         re.IGNORECASE)


#: A label that opens with the people counted and their group ("Fighters of HTS and other factions in the zone").
_PEOPLE_OF = re.compile(r"\W*(?:fighters|members|militiamen|soldiers|personnel|elements)\s+of\b", re.IGNORECASE)


class TotalsBuilderSides:
    """The side-reading methods of ``TotalsBuilder`` (which sets these attributes)."""

    report: Report
    work: str
    lexicon: ActorLexicon
    _in_stats: bool
    _claims: list[CumulativeClaim]
    _last_total: int
    _index: int
    _shares_from: int | None = None  # where the totals of a party's paragraph after a toll of civilians begin
    _fighters: str | None
    _area_side: str | None

    def _killer_paragraph_opens(self, sent: Sentence) -> None:
        """"Russian forces killed 7 civilians, ..." right after a toll of civilians (``totals_killer_paragraphs``): a line
        of its list by perpetrator, read in the block; the totals it adds begin at ``_shares_from``."""
        last = self._claims[-1].side if self._claims and self._last_total >= self._index - 2 else None
        opens = killer_paragraph(self.work, sent.start, sent.end, last)
        self._in_stats = self._in_stats or opens
        self._shares_from = len(self._claims) if opens else None

    def _share_civilians(self) -> None:
        """The totals such a paragraph added, a figure that names no side of its own set to the civilians."""
        if self._shares_from is not None:
            self._claims[self._shares_from :] = civilian_shares(self._claims[self._shares_from :], self.work)

    def _actor_in(self, start: int, end: int) -> bool:
        return any(a.side != "unknown" for a in self.lexicon.find(self.work, start, end, self.report.published))

    def _label_side(self, start: int, end: int) -> str | None:
        if marks.AREA_LABEL.search(self.work[start:end]) and not _PEOPLE_OF.match(self.work, start, end):
            return None  # "Regime-controlled areas:" names a region, not the side of the dead (but "Fighters of HTS ...
            # in the de-escalation zone:" names its people first: round 67)
        found = self.lexicon.find(self.work, start, end, self.report.published)
        actors = [a for a in found if a.alias.lower() not in GENERIC_ALIASES] or found
        if not actors:
            return None
        if "non-syrian" in self.work[start:end].lower() and actors[0].side in ("regime", "pro_iran_foreign"):
            return "pro_iran_foreign"  # "pro-regime gunmen of foreign nationalities"
        joined = joined_at(self.work, start, end)  # "Former fighters who joined the regime after the settlement"
        later = [a for a in actors if joined is not None and a.start >= joined]
        return later[0].side if later else actors[0].side

    def _named_side(self, start: int, end: int) -> str | None:
        """The side that work[start:end] names by a group's own name ("Regime losses by area: ..."), or None."""
        named = [a for a in self.lexicon.find(self.work, start, end, self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown" and not is_agent(self.work, a)
                 and not marks.BY.search(self.work[max(start, a.start - 20):a.start])]  # ("Victims of ISIS attacks by area: ...")
        return named[0].side if named else None

    def _sole_named_side(self, start: int, end: int) -> str | None:
        """The side work[start:end] names when it names one only ("The regime and loyalist fatalities": the regime's);
        None for "Regime soldiers and ISIS members were killed in the following areas" or "Israeli missiles killed
        regime soldiers in the following areas" (two sides: whose are the figures?)."""
        named = {a.side for a in self.lexicon.find(self.work, start, end, self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side not in (None, "unknown") and not is_agent(self.work, a)
                 and not marks.BY.search(self.work[max(start, a.start - 20):a.start])}
        named = named - {"pro_iran_foreign"} if "regime" in named else named  # (regime forces and Iranian-backed militias: one group)
        return self._named_side(start, end) if len(named) == 1 else None

    def _active_doer(self, sent: Sentence) -> str | None:
        """"Russian forces killed three civilians" in a statistics block: the side of the subject is who killed them."""
        doer = active_doer(self.work, sent.start, sent.end) if self._in_stats else None
        # (clauses looked for after the doer: its own clause after "The report noted that" is none of another killer)
        if doer is not None and has_active_clauses(self.work, doer[1], sent.end):
            return None  # several killers in one sentence: each figure's own, read by ``by_party``
        if doer is None or other_parties(self.work[doer[0]:doer[1]]):
            return None  # "Other parties killed 49 civilians": of no named side
        found = [a for a in self.lexicon.find(self.work, *doer, self.report.published) if a.side != "civilians"]
        return found[0].side if found else None

    def _side_named(self, start: int, end: int) -> str | None:
        found = [a for a in self.lexicon.find(self.work, start, end, self.report.published) if a.side != "unknown"]
        return found[0].side if found else None

    def _plain_figure(self, m: Mention) -> bool:
        """"1,213 members killed by ...": a figure whose own words name no armed group (its side came from elsewhere)."""
        return not [a for a in self.lexicon.find(self.work, m.quantity.end, m.group_end, self.report.published)
                    if a.alias.lower() not in GENERIC_ALIASES]  # ("Russian forces: two soldiers": the label's side)

    def _mixed(self, m: Mention) -> bool:
        """"280 fighters, civilians, oil workers and officials": a group of several kinds has no single side. People
        whose kinds are only glossed after them ("26 people, including SDF members, civilians and dignitaries") are
        people of no side (``unknown``), a figure of its own."""
        stop = next((q.start for q in find_quantities(self.work[m.quantity.end:m.group_end + 80], m.quantity.end)), m.group_end + 80)
        mixed = MIXED_GROUP.search(self.work, m.quantity.end, min(stop, m.group_end + 80))
        return mixed is not None and not (m.side == "unknown" and _PEOPLE_GLOSSED.match(self.work, m.quantity.end, mixed.start()))

    def _top_side(self, sent: Sentence, mentions: list[Mention], i: int) -> str | None:
        m = mentions[i]
        previous = next((p.quantity.end for p in reversed(mentions[:i]) if p.parent is None), sent.start)
        named = None if re.search(r"\w", self.work[m.quantity.end:m.group_end]) else running_side_span(self.work, max(sent.start, previous), m.quantity.start)
        groups = group_sides(self.work[named[0]:named[1]], named[0], self._side_named) if named is not None else set()
        if len(groups) >= 2 or groups == {"regime"} and m.side == "pro_iran_foreign":  # ("regime soldiers and Iran-backed militiamen")
            return None if len(groups) >= 2 else "regime"  # "the number of regime soldiers and SDF fighters killed ... rises to 23": of two sides
        if not re.search(r"\w", self.work[m.quantity.end:m.group_end]) and fight_toll(self.work, max(sent.start, previous), m.quantity.start, self._side_named):
            return None  # "the death toll of the clashes between local gunmen and the security forces rose to 14": both parties
        if tallies.unsided_deaths(self.work, m, sent.end):
            return "unknown"  # "SOHR has documented 47 deaths in clan feuds ..., more than the civilians killed by ISIS"
        side = referred_group(self.work, sent, m, self.lexicon, self.report.published) or m.side or self._side_before(sent, m, previous) or self._combatant_side(m) \
            or infighting_side(self.work, sent.start, sent.end, m, self._side_named)  # "infighting among X ... left 19 gunmen dead"
        if side is None and ALL_CIVILIANS.match(self.work, m.group_end, sent.end) \
                and not any(not re.fullmatch(r"(?:19|20)\d\d", q.text.strip()) for q in find_quantities(self.work[m.group_end:sent.end])):
            return "civilians"  # "the death of nine detainees under torture in regime prisons during March, all of them civilians"
        if side is None and (PLAIN_ROLE.match(self.work, m.quantity.end, m.group_end + 1) or counted_people(self.work, previous, m.quantity.start)
                             or tallies.counted_after(self.work, m, sent.end) or unknown_who(self.work, m)):
            return "unknown"  # "six military personnel and a driver", "the number of members of the tribe ... to 700": of no side
        return side

    def _combatant_side(self, m: Mention) -> str | None:
        """"19 combatants" in a statistics block: the armed side whose areas the block is about, else the one it has named."""
        if self._in_stats and COMBATANTS.search(self.work[m.group_start:m.group_end]):
            return self._area_side or self._fighters
        return None

    def _side_before(self, sent: Sentence, m: Mention, lower: int) -> str | None:
        """"the number of regime soldiers killed ... rises to 1,498": the side named before the figure (after the last figure)."""
        span = None if m.rose else (running_side_span(self.work, max(sent.start, lower), m.quantity.start)
                                    or subject_span(self.work, max(sent.start, lower), m.quantity.start, m.quantity.end))
        if not m.rose and span is None:
            return None  # ("the number of regime soldiers killed since ... to 1,417": the side after "number of")
        lo, hi = span or (max(sent.start, lower), m.quantity.start)
        among = [t.end() for t in _TOLL_AMONG.finditer(self.work, lo, hi)] if m.rose else []
        lo = among[-1] if among else lo  # ("when the Organization's 'caliphate' was declared over, the death toll among regime soldiers")
        actors = [a for a in self.lexicon.find(self.work, lo, hi, self.report.published)
                  if not marks.BY.search(self.work[max(sent.start, a.start - 20):a.start]) and not is_agent(self.work, a)]
        return actors[0].side if actors else None

    def _note_area(self, sent: Sentence) -> None:
        """Remember whose areas the report is about ("areas controlled by the Autonomous Administration", "SDF-held areas")."""
        span = folded(self.work, sent.start, sent.end)  # AREA_OF needs one of its verbs
        m = AREA_OF.search(self.work, sent.start, sent.end) if has_any(span, ("held", "controlled", "run", "administered")) else None
        if m is None:
            return
        name = "a" if m.group("a") else "b"
        found = [a for a in self.lexicon.find(self.work, m.start(name), m.end(name), self.report.published) if a.side not in ("civilians", "unknown")]
        if found:
            self._area_side = found[0].side
