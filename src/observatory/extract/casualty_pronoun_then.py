"""A pronoun victim beside other figures of the same sentence (used by ``casualties``; tests in
tests/test_extract_casualty_pronoun_then_hurt.py).

* "..., killing him and injuring his companion", "..., killing him and wounding three passers-by": the one the
  attack was aimed at is killed ("him"), the other figure is hurt; both are counted. The pronoun's side is the
  side of the one person the sentence hit before ("targeting the car of a member of the Military Security"); where
  that person is a figure of the sentence already ("targeted a man ..., killing him and injuring his son"), he is
  not counted again.
* "opened fire on a tribal dignitary, a civilian in his fifties, ..., killing him": the apposition says he was a
  civilian (``casualty_unnumbered.CIVILIAN_APPOSED``).

Only where the pronoun's own verb is followed by "and" and a verb of the other role: "killing him and his son"
(one verb for both) is read in ``casualty_unnumbered``.

* "..., killing him on the spot, while a second member who was with him was wounded" (tests in
  tests/test_extract_casualty_pronoun_before_other.py): the pronoun victim, then a later clause of the other role only;
  no figure of the sentence is of the pronoun's role, so none stands for him: he is counted.
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_pronoun_and import OWN_VERB
from observatory.extract.casualty_roles import merged
from observatory.extract.casualty_unnumbered import pronoun_mentions
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import INJURED, KILLED, Mention

#: "killing him and injuring", "killed her and wounded": the pronoun's verb, then the other role's verb.
_PRONOUN_THEN_OTHER = re.compile(
    r"\b(?:(?P<kill>killing|killed|shot\s+dead)|injuring|injured|wounding|wounded)\s+(?:him|her)\s*,?\s+and\s+"
    r"(?:(?P<hurt>injuring|injured|wounding|wounded)|killing|killed)\b", re.IGNORECASE)
#: "killing him and his two guards": one verb for him and the others, read in ``casualty_unnumbered``.
_ONE_VERB = re.compile(r"\s*,?\s+and\s+(?!(?:injuring|injured|wounding|wounded|killing|killed)\b)", re.IGNORECASE)
_STEMS = ("him and", "her and", "him, and", "her, and")


def with_pronoun_then(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon,
                      on: date | None) -> list[Mention]:
    """``mentions`` with the pronoun victim of "killing him and injuring ..." put in its place, where no figure of the
    sentence stands for it."""
    if mentions and has_any(folded(work, start, end), (" him", " her")):
        mentions = _pronoun_before_other(mentions, work, start, end, lexicon, on)
    if not mentions or not has_any(folded(work, start, end), _STEMS):
        return mentions
    added: list[Mention] = []
    for hit in _PRONOUN_THEN_OTHER.finditer(work, start, end):
        if (hit.group("kill") is None) != (hit.group("hurt") is None):
            continue  # "killing him and killing ...": not two roles
        role = KILLED if hit.group("kill") else INJURED
        if any(m.quantity.start <= hit.end() and m.group_end >= hit.start() and m.role == role for m in mentions):
            continue
        found = [p for p in pronoun_mentions(work, start, hit.end(), lexicon, on) if p.role == role]
        if not found or any(m.quantity.start == found[-1].quantity.start and m.role == role for m in mentions):
            continue  # ("targeted a man ..., killing him and injuring his son": the man is counted already)
        added.append(found[-1])
    return merged(mentions, added)


def _pronoun_before_other(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon,
                          on: date | None) -> list[Mention]:
    """"..., killing him, while another member was wounded": the pronoun victim of a role no figure of the sentence has,
    every figure told after him (of the other role), is added."""
    first = min(m.quantity.start for m in mentions)
    found = [p for p in pronoun_mentions(work, start, first, lexicon, on)
             if p.quantity.end <= first and all(m.role != p.role for m in mentions) and not _one_verb(work, p.quantity.end, mentions)]
    return merged(mentions, found[-1:])


def _one_verb(work: str, at: int, mentions: list[Mention]) -> bool:
    """"him and his two guards": one verb for both; not where the figure after "and" has a verb of its own ("killing him,
    and two soldiers were wounded": he is killed, they are hurt)."""
    if not _ONE_VERB.match(work, at):
        return False
    after = min((m for m in mentions if m.quantity.start >= at), key=lambda m: m.quantity.start, default=None)
    return after is None or OWN_VERB.match(work, after.group_end) is None
