"""The dead told as some of the people a group abducted: the captives' side, not their captors'.

* "IS militants abducted around 40 truffle hunters ... and killed three of them": "them" are the people abducted
  (the sentence's object), not the abductors its subject names; so are they where "N of them" opens the next sentence
  ("IS gunmen abducted 12 truffle collectors ... Four of them were later found dead");
* "ISIS cells abducted eight truffle hunters ... On Sunday, the bodies of three of the abducted hunters were found":
  "the abducted hunters" (or "the abducted men", "the abductees") are the people told abducted before.

The captives' side is that of the group the text names right after the verb of taking ("abducted", "kidnapped",
"captured", "seized"); where no group with a side is named there, the figure is left as it was.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.mention_sides import Mention

#: Stems of the verbs of taking captives: a text without them has no captives to read.
TAKING = ("abduct", "kidnap", "captur", "seiz")
_TAKE = r"(?:abducted|kidnapped|captured|seized)"
#: "... abducted <captives> ... and killed" right before "N of them" in the same sentence.
_TAKEN_THEN_KILLED = re.compile(
    rf"\b{_TAKE}\s+(?P<held>[^.;!?\n]{{1,150}}?)\s*,?\s+(?:and\s+(?:then\s+|later\s+)?|then\s+|before\s+)"
    r"(?:killed|executed|shot\s+dead|murdered|beheaded|killing|executing|shooting\s+dead)\s+$",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s*of\s+them\s*", re.IGNORECASE)
#: The figure's own words naming the captives: "of the abducted hunters", "of the kidnapped men", "of the abductees".
_OF_THE_TAKEN = re.compile(
    rf"\s*of\s+the\s+(?:{_TAKE}(?:\s+[\w-]+){{1,2}}|abductees|hostages|captives)\s*", re.IGNORECASE
)
#: The captives told before: the verb of taking and the words after it, up to the sentence's end.
_TAKEN = re.compile(rf"\b{_TAKE}\s+(?P<held>[^.;!?\n]{{1,80}})", re.IGNORECASE)
#: How far back (characters) the captives are looked for.
_REACH = 800


def _held_group(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The first group with a side named in work[start:end] (the captives' words)."""
    found = [
        a
        for a in lexicon.find(work, start, end, on)
        if a.side not in (None, "unknown") and a.alias.lower() not in GENERIC_ALIASES
    ]
    return found[0] if found else None


def _sentence_begin(work: str, at: int) -> int:
    """Where the sentence holding ``at`` begins (at most 300 characters back)."""
    begin = max(0, at - 300)
    return max([begin] + [work.rfind(c, begin, at) + 1 for c in ".!?\n"])


def _captives_of(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The captives' group ``m`` is a part of, where its words or the sentence before it tell it so."""
    if _OF_THEM.fullmatch(work, m.quantity.end, m.group_end):
        begin = _sentence_begin(work, m.quantity.start)
        hit = _TAKEN_THEN_KILLED.search(work[: m.quantity.start], begin)
        if hit is None and not work[begin:m.quantity.start].strip():  # "Four of them were later found dead": the sentence before
            hit = next(reversed(list(_TAKEN.finditer(work, _sentence_begin(work, max(0, begin - 2)), begin))), None)
        return _held_group(work, hit.start("held"), hit.end("held"), lexicon, on) if hit else None
    if not _OF_THE_TAKEN.fullmatch(work, m.quantity.end, m.group_end):
        return None
    taken = list(_TAKEN.finditer(work, max(0, m.quantity.start - _REACH), m.quantity.start))
    for hit in reversed(taken):
        if (
            hit.end() <= m.quantity.start
            and (group := _held_group(work, hit.start("held"), hit.end("held"), lexicon, on)) is not None
        ):
            return group
    return None


def captives_killed(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Each figure told as some of the people abducted before: of the captives' side (see module doc)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None or m.quantity.vague:
            continue
        group = _captives_of(m, work, lexicon, on)
        if group is not None and group.side != m.side:
            out[i] = m.named(group)
    return out
