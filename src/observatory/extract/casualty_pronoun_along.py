"""A person named only by a pronoun, then the ones killed with him (used by ``casualties``; tests in
tests/test_extract_casualty_pronoun_along.py).

"killing him along with two of his aides", "shot her dead along with her driver and at least seven other civilians",
"killing him, his wife and their six children", "injuring him and two of his companions" (``casualty_pronoun_and``):
"him"/"her" is one more victim beside the figures after it. Counted once:

* where the figures after are "N other civilians", he is one of them: of their side (and so is a kin of no side between);
* where the figure after is his entourage ("two of his aides", "his three guards"), he is of its side, whatever it
  comes to: he is added to that figure;
* otherwise (his kin only) of the side his words name before ("a member of the Military Security"), or of no side the
  text gives ("unknown", SCHEMA).

Left alone where a figure of the same role stands before him in the sentence (he may be one of it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_pronoun_and import AND_GAP
from observatory.extract.casualty_roles import merged
from observatory.extract.casualty_unnumbered import pronoun_mentions, pronoun_victim
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention, verb_role, without
from observatory.extract.numbers import Quantity

#: The pronoun victim, then "along with", a comma before "his/her/their", or "and".
_HEAD = re.compile(
    r"\b(?P<verb>killing|killed|executing|executed|assassinating|assassinated|injuring|injured|wounding|wounded|shot\s+dead|"
    r"shot(?=\s+(?:him|her)\s+dead\b))\s+(?P<who>him|her)(?:\s+dead)?"
    r"(?:\s*,?\s+(?:(?:along|together)\s+with|alongside)\s+|\s*,\s+(?=(?:his|her|their)\s)|(?P<and>\s*,?\s+and\s+))", re.IGNORECASE)
#: What may stand between two victims of one list: "and", a possessive, up to two words before the noun or number.
_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:his|her|their)\s+)?(?:(?!(?:who|which|while|whereas|was|were|and)\b)[\w-]+\s+){0,2}",
                  re.IGNORECASE)
_OTHER = re.compile(r"\s+other\b", re.IGNORECASE)
#: "two of his aides", "his three bodyguards": the people around him, of his side ("two members of HTS" are not his:
#: the possessive is told, after "of" or before the figure).
_PEOPLE = r"(?:[\w-]+\s+)?(?:aides|guards|bodyguards|escorts|companions|men|comrades|assistants|fighters|members|elements)\b"
_ENTOURAGE = re.compile(rf"(?P<of>\s+of\s+(?:his|her|their)\s+){_PEOPLE}|\s+{_PEOPLE}", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their)\s+$", re.IGNORECASE)


def with_pronoun_along(mentions: list[Mention], work: str, start: int, end: int, lexicon: ActorLexicon,
                       on: date | None) -> list[Mention]:
    """``mentions`` with the pronoun victim of "killing him along with ..." counted once, of the side told above."""
    if not mentions or not has_any(folded(work, start, end), (" him", " her")):
        return mentions
    for hit in _HEAD.finditer(work, start, end):
        role = verb_role(hit.group("verb"))
        chain = _chain(mentions, work, hit.end(), role)
        if chain and hit.group("and") and (AND_GAP.fullmatch(work, hit.end(), mentions[chain[0]].quantity.start) is None
                                           or not mentions[chain[0]].quantity.text):
            continue  # "killing him and wounding two": the figure's own verb; "him and his wife": read with the kin
        if not chain:
            continue
        own = next((i for i, m in enumerate(mentions) if m.quantity.start == hit.start("who") and m.role == role), None)
        if own is None and any(m.role == role and m.quantity.start < hit.start() for m in mentions):
            continue  # "killing three people: him along with ...": he may be one of the figure before
        mentions = _counted(mentions, work, start, hit, role, chain, own, lexicon, on)
    return mentions


def _chain(mentions: list[Mention], work: str, at: int, role: str) -> list[int]:
    """Indexes of the figures listed right after ``at``, each after "and" or a comma."""
    out: list[int] = []
    for i, m in enumerate(mentions):
        if m.quantity.start < at:
            continue
        if m.role != role or m.parent is not None or _GAP.fullmatch(work, at, m.quantity.start) is None:
            break
        out.append(i)
        at = m.group_end
    return out


def _counted(mentions: list[Mention], work: str, start: int, hit: re.Match[str], role: str, chain: list[int],
             own: int | None, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The mentions with the pronoun victim counted (or given its side, where it was counted without one)."""
    out = list(mentions)
    if own is not None and out[own].side is not None:
        return out
    other = next((i for i in chain if out[i].side is not None and _OTHER.match(work, out[i].quantity.end)), None)
    if other is not None:  # "her driver and seven other civilians": she and her driver are of the others' side
        for i in [i for i in chain if i < other and out[i].side is None]:
            out[i] = out[i].sided_like(out[other])
        if own is not None:
            out[own] = out[own].sided_like(out[other])
            return out
        return merged(out, [replace(pronoun_victim(hit, role), group_start=hit.end("who")).sided_like(out[other])])
    found = [p for p in pronoun_mentions(work, start, hit.end("who"), lexicon, on) if p.role == role and p.side is not None]
    if hit.group("and") and not found:  # "him and two of his guards", his side not read: the list is left unread
        rest = without(out, {i for i in chain if out[i].side is None})
        return rest or pronoun_mentions(work, start, hit.end("who"), lexicon, on)
    first = out[chain[0]]
    if own is None and _entourage(work, hit.end(), first.quantity):
        q = first.quantity
        out[chain[0]] = _his_side(replace(first, quantity=replace(q, value=q.value + 1)), found)  # "him along with two of his aides": three
        return out
    him = found[-1] if found else replace(pronoun_victim(hit, role), side="unknown")
    out = [_his_side(out[i], found) if i in chain and _GUARDS.match(work, out[i].quantity.end) else out[i] for i in range(len(out))]
    if own is not None:
        out[own] = replace(out[own], side=him.side, actor=him.actor, nationality=him.nationality, generic=False)
        return out
    return merged(out, [him])


#: "two guards", "a third guard": the people around the one the pronoun stands for, even with no possessive told (not
#: "two young men": men with no possessive are anyone near him; "two of his men" is ``_entourage``).
_GUARDS = re.compile(r"\s+(?:[\w-]+\s+)?(?:aides?|guards?|bodyguards?|escorts?|companions?|comrades?|assistants?)\b", re.IGNORECASE)


def _his_side(m: Mention, found: list[Mention]) -> Mention:
    """His people (``m``), of no side told, of the side of the one the pronoun stands for (``found``: his readings)."""
    if m.side not in (None, "unknown") or not found or found[-1].side in (None, "unknown"):
        return m
    return m.sided_like(found[-1])


def _entourage(work: str, at: int, q: Quantity) -> bool:
    """The figure is his people: "two of his aides", "his three guards" (not "two members of HTS")."""
    people = _ENTOURAGE.match(work, q.end)
    return people is not None and (people.group("of") is not None or _POSSESSIVE_BEFORE.search(work, at, q.start) is not None)

