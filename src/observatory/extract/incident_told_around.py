"""What a sentence tells around the incident being assembled, settled before the other rules of
:func:`observatory.extract.incident_split.starts_new`: one earlier event told by its month is another incident; the
bodies of its dead found, their funeral, how it was done (a bomb, then fire opened), the event named back and placed, or a party blaming it on someone are more
of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_blamed import accused_of_it, blamed_back
from observatory.extract.incident_bodies_back import bodies_found_back
from observatory.extract.incident_bomb_then_fire import bomb_then_fire
from observatory.extract.incident_funeral import funeral_told
from observatory.extract.incident_month_event import month_event, month_of
from observatory.extract.incident_placed_back import placed_back
from observatory.extract.incident_sameness import ANOTHER, new_places

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def told_around(draft: Draft, f: SentenceFacts, text: str, new_date: bool) -> bool | None:
    """True when the sentence begins another incident, False when it tells more of this one, None when these
    constructions do not settle it."""
    if month_event(text) and not (draft.date and month_of(text) in draft.date.text.lower()):
        return True  # "Also in June, a U.S. strike on a car in X killed two": one earlier event of its own month
    if bodies_found_back(text) and not new_places(draft, f):
        return False  # "ISIS executed seven shepherds ...", then "the bodies were found this morning": the same killing
    if not new_date and not f.dates and bomb_then_fire(text):
        return False  # "the cells detonated an IED on the first vehicle before opening fire": how the ambush was done
    if funeral_told(text):
        return False  # "Hundreds took part in the funerals of the dead in B on Friday": what followed, no event
    if placed_back(text) and not ANOTHER.search(text):
        return False  # "Others were wounded in the attack, which took place in X area": the same event, placed
    if not f.mentions and not f.dates and accused_of_it(text):
        return False  # "Leaders of the Corps accused X of being behind the bombing, which came ...": the same event
    if not new_date and not f.dates and blamed_back(text, [p.name for p in f.places]):
        return (
            False  # "The ministry blamed the blast on X, saying on Twitter that ...": a party's word of the same event
        )
    return None
