"""A lead that sums the dead of several events, one of which a later paragraph tells as an incident of its own
("Suspected IS militants killed two members of the SDF and a pharmacist on Wednesday", then "The two SDF fighters
were killed when an IED hit their vehicle ...", then "Hours earlier, gunmen shot dead a pharmacist inside his shop"):
the pharmacist is the later incident's dead, not the IED's too (round 73; tests/test_extract_round73_readings.py).

Read only where the lead's incident has dead of two sides or more, the lead's figure for the side is told in its
first sentence, the incident tells its other dead again in a later sentence of its own (the lead was a summary), and
the later incident's only dead are as many of that side, told with the same words ("a pharmacist").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.mention_sides import KILLED

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.extract.mention_sides import Mention


def drop_lead_parts_told_apart(drafts: list[Draft], work: str) -> list[Draft]:
    """The drafts, each lead's figure that a later incident tells as its own dead taken out of the lead's incident."""
    for k, lead in enumerate(drafts):
        dead = {key: value for key, value in lead.counts.items() if key[0] == KILLED}
        if len(dead) < 2:
            continue
        for key, (m, at) in dead.items():
            if at == lead.first_sentence and _retold_others(lead, key, work) and \
                    any(_told_apart(m, later, key, work) for later in drafts[k + 1:]):
                del lead.counts[key]
    return drafts


def _retold_others(lead: Draft, key: tuple[str, str], work: str) -> bool:
    """Whether the lead's incident names its dead of another side again after its first sentence ("The two SDF
    fighters were killed when ...")."""
    first_end = work.find(".", lead.counts[key][0].group_end)
    later_text = work[first_end:lead.end].lower() if first_end >= 0 else ""
    return any(other != key and other[0] == KILLED and _noun(m, work) in later_text for other, (m, _) in lead.counts.items())


def _noun(m: Mention, work: str) -> str:
    """The last word of the figure's own words ("fighters" of "two SDF fighters"), or its number where it has none."""
    words = _words(m, work).split()
    return words[-1] if words else m.quantity.text.lower()


def _told_apart(m: Mention, later: Draft, key: tuple[str, str], work: str) -> bool:
    """Whether ``later`` has as its only dead as many of the side, told in the same words."""
    dead = {k: value for k, value in later.counts.items() if k[0] == KILLED}
    if set(dead) != {key}:
        return False
    own = dead[key][0]
    return own.value == m.value and _words(own, work) == _words(m, work)


def _words(m: Mention, work: str) -> str:
    return " ".join(work[m.quantity.start:m.group_end].lower().split())
