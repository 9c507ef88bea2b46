"""The records extraction assembles an incident in: the incident being built from consecutive sentences (``Draft``)
and the facts read from one sentence (``SentenceFacts``). Internal to ``observatory.extract``; ``core`` fills them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.actors import ActorMatch
    from observatory.extract.dates import DateMention
    from observatory.extract.mention_sides import Mention
    from observatory.extract.places import PlaceMention
    from observatory.extract.text import Sentence


@dataclass
class Draft:
    """An incident being assembled from consecutive sentences (internal to extraction)."""

    first_sentence: int
    paragraph: int
    start: int
    end: int
    type_hit: tuple[str, int, int] | None = None
    perpetrator: ActorMatch | None = None
    target: ActorMatch | None = None
    date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    counts: dict[tuple[str, str], tuple[Mention, int]] = field(default_factory=dict)  # (role, side) -> (mention, sentence)
    vague: dict[tuple[str, str], Mention] = field(default_factory=dict)
    generic: list[tuple[Mention, int]] = field(default_factory=list)
    section: str | None = None  # the governorate of the section the incident stands under ("Damascus Province:")
    timed: bool = False  # told as "earlier this month", "hours later": placed in time though not dated
    opened: bool = False  # its type is kept over later kinds: an attack that started a fight ("an infiltration
    # attempt") or a body found ("the body of X was found"), whoever is said to have done it
    sources: dict[int, str] = field(default_factory=dict)  # figure (its start) -> who gave it (MONITOR or OTHER)
    recalled: bool = False  # an earlier event recalled inside the sentence of another ("..., after X killed Y on May 3")
    after_total: bool = False  # begun after the report gave a period total
    clause: bool = False  # begun by a clause after another event told in the same sentence ("..., while X shelled B")
    lower: dict[tuple[str, str], Mention] = field(default_factory=dict)  # a smaller figure of a side a later sentence gave
    outgrown: dict[tuple[str, str], Mention] = field(default_factory=dict)  # an earlier sentence's figure a larger
    # one replaced
    abroad: bool = False  # begun by an event set outside Syria after one that is not (incident_abroad): no governorate

    def source_of(self, m: Mention) -> str | None:
        return self.sources.get(m.quantity.start)

    def figures(self) -> set[tuple[str, str, int]]:
        return {(role, side, m.value) for (role, side), (m, _) in self.counts.items()}


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    index: int
    sentence: Sentence
    mentions: tuple[Mention, ...]
    type_hit: tuple[str, int, int] | None
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    perpetrator: ActorMatch | None
    target: ActorMatch | None
    sentence_text: str = ""
    sources: tuple[tuple[int, int, str | None], ...] = ()  # (start, end, MONITOR / OTHER / None) over the sentence

    def source_at(self, pos: int) -> str | None:
        return next((src for s, e, src in self.sources if s <= pos < e), None)
