"""A paragraph that opens with a doer and a kind of event of its own ("On the edge of A, a sniper of HTS shot dead a
soldier", "In the countryside of B, ISIS cells ambushed an army patrol, killing two") after an incident whose doer
was another side: the dead it tells are that doer's victims, another event, not the losses the attackers of the
incident told before suffered in it (incident_split._attackers_dead), even where the paragraph names a region the
incident named too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def other_doer_opens(draft: Draft, f: SentenceFacts) -> bool:
    """Whether the sentence opens a paragraph with its own doer, not the incident's, and its own kind of event."""
    if not f.sentence.first_in_paragraph or f.perpetrator is None or draft.perpetrator is None:
        return False
    if f.perpetrator.side in ("unknown", draft.perpetrator.side) or ANOTHER.search(f.sentence_text):
        return False
    return f.type_hit is not None and draft.type_hit is not None and f.type_hit[0] != draft.type_hit[0]
