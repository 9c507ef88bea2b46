"""Dead told as one more thing ("also", "another") on a day of their own, killed by another kind of event than the
incident told so far: "SOHR activists also reported that a member of Liwaa al-Baqer was killed yesterday by the
explosion of a landmine", after an ISIS attack on a position. They are an incident of their own, however their count
matches one told before (a single dead man matches many). The caller leaves out sentences that name the event told
("in the attack") or a wounded man who died (tests/test_extract_also_other_kind.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts


def also_other_kind(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether ``text`` (the sentence of ``f``) tells dead on a day of its own, as one more thing, of another kind of
    event than the incident ``draft``."""
    if not (f.mentions and f.dates and f.type_hit and draft.type_hit) or f.type_hit[0] == draft.type_hit[0]:
        return False
    return ANOTHER.search(text) is not None
