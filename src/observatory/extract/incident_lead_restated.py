"""A lead told again: a lead that gives a toll with no place or day, told again in the next paragraph with its day and
place, is the same incident (``lead_restated``), even where the two name the dead differently ("Syrian militiamen",
then "militias loyal to the IRGC"); a dated lead of "N people" too, where the next paragraph counts those N side by side.
A lead restated side by side replaces the lead's dead of no side (``sides_for_lead``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_dates import date_key
from observatory.extract.incident_sameness import names_a_town
from observatory.extract.mention_sides import KILLED, Mention

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def lead_restated(draft: Draft, f: SentenceFacts) -> bool:
    """A lead that gives a toll with no place or day, told again in the next paragraph with its day and place: the same
    incident, even where the two name the dead differently ("Syrian militiamen", then "militias loyal to the IRGC"); a
    dated lead of "N people" too, where the next paragraph counts those N side by side."""
    if not f.sentence.first_in_paragraph or not f.mentions or names_a_town(draft) and not _sided_detail(draft, f):
        return False  # (a lead placed in a town: only its one side's dead, told again side by side)
    if draft.date is not None and (not _sided_detail(draft, f) or f.dates and date_key(f.dates[0]) != date_key(draft.date)):
        return False  # a dated lead: only its dead of no side, told again side by side on no other day
    if draft.type_hit and f.type_hit and draft.type_hit[0] != f.type_hit[0] and \
            not (f.type_hit[0] == "other" and _sided_detail(draft, f)):  # ("the blast": the lead's bomb)
        return False  # "Two soldiers were killed in an attack", then "Two civilians were killed by a mine near X"
    told = sum(v for role, _, v in draft.figures() if role == KILLED)
    dead = [m for m in f.mentions if m.parent is None and m.role == KILLED and not m.quantity.vague]
    return told > 1 and told in (sum(m.value for m in dead), sum(m.value for m in _victims(draft, f))) and draft.end <= f.sentence.start and \
        len({side for role, side, _ in draft.figures() if role == KILLED}) == 1


def _victims(draft: Draft, f: SentenceFacts) -> list[Mention]:
    """The sentence's exact dead, but for the incident's attackers ("..., while six ISIS militants were killed")."""
    doer = draft.perpetrator.side if draft.perpetrator is not None else None
    return [m for m in f.mentions if m.parent is None and m.role == KILLED and not m.quantity.vague and (doer is None or m.side != doer)]


def _sided_detail(draft: Draft, f: SentenceFacts) -> bool:
    """The lead counts its dead with no side ("15 people were killed") and the sentence counts them side by side."""
    own = _victims(draft, f)
    lead = {side for role, side, _ in draft.figures() if role == KILLED}
    if len(own) < 2 or any(m.side in (None, "unknown") for m in own):
        return False
    if lead == {"unknown"}:
        return True
    # "killed 16 people, most of them truffle hunters" (read as civilians), then "13 civilians and three fighters":
    # the lead's one figure is the sum of the sides the detail counts it by, its own side among them
    told = sum(v for role, _, v in draft.figures() if role == KILLED)
    return len(lead) == 1 and lead <= {m.side for m in own} and told == sum(m.value for m in own) and \
        len({m.side for m in own}) > 1


def sides_for_lead(draft: Draft, f: SentenceFacts) -> bool:
    """A lead restated side by side replaces the lead's dead of no side (or of the one side it named them by); returns
    whether it did (the sentence's dead are then the incident's), else the sentence's dead are the lead's, counted
    once."""
    if not _sided_detail(draft, f):
        return False
    for role, side, _ in draft.figures():
        if role == KILLED:
            draft.counts.pop((KILLED, side), None)
    return True
