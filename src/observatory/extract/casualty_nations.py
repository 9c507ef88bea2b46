"""Nationalities inside a casualty figure, and figures of dead and hurt together.

* a list of nationalities right after a figure that adds up to it is its breakdown ("killed seven militiamen, five
  Iraqis and two Syrians", "nine fighters, six Afghans and three Pakistanis"): the parts, not more dead;
* foreigners inside a jihadist group stay with the group ("eight HTS members, including six of non-Syrian
  nationalities", "44 non-Syrian ISIS members"): a nationality says where they come from, not whose side they fight on;
* "N X killed and wounded, two of them were killed": the part killed is of X's side (the mixed figure itself is no
  count of either kind);
* a nation's border or territory ("near the Turkish border") names a place, not the group a victim belongs to.

A part "of unknown nationality" is of the whole's side (tests/test_extract_casualty_unknown_nationality_item.py).
A figure that itself names a nation ("six Iraqis, four Afghans and two Syrians") is the first item of a list of
nationalities, not a whole they break down (tests/test_extract_casualty_nationality_list.py). A colon list ("The dead are: three members of Hezbollah, two non-Syrian militiamen ...") is not a whole and
its nationality parts; "killed and wounded two shepherds: one of them died" is split in ``casualty_hurt_split``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.casualty_groups import JIHADIST as _JIHADIST
from observatory.extract.casualty_groups import NATION as _NATION
from observatory.extract.casualty_groups import side_of
from observatory.extract.casualty_hurt_split import hurt_then_split
from observatory.extract.casualty_lists import parts_end
from observatory.extract.mention_sides import Mention, kind_named_before
from observatory.extract.numbers import Quantity, find_quantities

_NATION_ITEM = re.compile(rf"\s*(?:{_NATION})\b|\s*(?:(?:members|fighters|militiamen)\s+)?of\s+(?:[\w-]+\s+){{0,2}}?nationalit(?:y|ies)\b",
                          re.IGNORECASE)

#: A figure of one nation ("six Iraqis", "two Afghan fighters"), not of a group backed by one ("Iranian-backed").
_OWN_NATION = re.compile(rf"\s*(?:{_NATION})\b(?!-)", re.IGNORECASE)


#: One person named by nationality alone ("a Syrian", "an Iraqi of Kataib Hezbollah"), or with a rank in the group ("a
#: Lebanese commander and a Syrian": round 71), not "a Syrian soldier".
_ONE_NATIONAL = re.compile(r"\s*(?:Syrian|Iraqi|Afghan|Iranian|Lebanese|Pakistani)\b(?!-)"
                           r"(?:\s+(?:commander|fighter|member|officer|leader|militiaman))?(?=\s*(?:,|and\b|of\b|from\b))",
                           re.IGNORECASE)


def nationality_parts(work: str, whole: Mention, q: Quantity) -> bool:
    """"killed seven militiamen, five Iraqis and two Syrians": after a comma (or in brackets: "five militiamen (three
    Afghans and two Syrians)"), nationalities that add up to the figure before are its parts; also one of each nation inside a figure of
    Iranian-backed militiamen ("two militiamen, a Syrian and a Lebanese of Hezbollah": the Syrian is the regime's)."""
    gap = work[whole.group_end:q.start]
    bracket = not gap.strip() and work[whole.quantity.start:whole.group_end].rstrip().endswith("(")  # "five militiamen (three Afghans"
    if whole.parent is not None or whole.quantity.vague or not (re.fullmatch(r"\s*[,(]\s*", gap) or bracket):
        return False
    if not _NATION_ITEM.match(work, q.end) or _LIST_HEAD.search(work, max(0, whole.quantity.start - 20), whole.quantity.start):
        return False  # ("The dead are: three members of Hezbollah, two non-Syrian militiamen and ...": items of one list)
    if _OWN_NATION.match(work, whole.quantity.end):
        return False  # "nine Iraqis, five Afghans and four Syrians": a figure of one nation is an item beside the others
    if q.text.strip().lower() in ("a", "an"):  # "two Iranian-backed militiamen, a Syrian and a Lebanese": one of each
        if whole.side != "pro_iran_foreign" or not _ONE_NATIONAL.match(work, q.end):
            return False
        q = replace(q, text="one")
    return parts_end(work, whole.quantity, whole.group_end, q, True) is not None


def next_nationality(work: str, last: Mention, q: Quantity) -> bool:
    """"four Afghans and two Syrians": ``q`` names a nationality right after ``last``, a part naming one, with "and" or a
    comma between them."""
    return (_NATION_ITEM.match(work, last.quantity.end) is not None and _NATION_ITEM.match(work, q.end) is not None
            and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", work[last.group_end:q.start]) is not None)


#: A list opened by a colon ("The dead are:"): its first item is one of the list, not a whole the next ones break down.
_LIST_HEAD = re.compile(r"\b(?:are|were)\s*:\s*$", re.IGNORECASE)


#: A part of a figure of no known nationality: of the whole's side, not of "unknown" people.
_UNKNOWN_NATIONALITY = re.compile(r"\s+of\s+(?:an?\s+)?(?:unknown|unidentified|undetermined|unstated|unspecified)\s+nationalit",
                                  re.IGNORECASE)


def foreigners_of_group(mentions: list[Mention], work: str) -> list[Mention]:
    """A part named only by nationality inside a jihadist group's figure keeps the group's side ("Hurras al-Din
    leaders, killing eight of them, including six of non-Syrian nationalities"); a part "of unknown nationality" is of
    the whole's side (SCHEMA: Iranian-backed militiamen of unstated nationality are the whole's, not unknown people)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None and m.side == "unknown" and _UNKNOWN_NATIONALITY.match(work, m.quantity.end):
            whole = mentions[m.parent]  # "nine militiamen: five Iraqis, three Syrians and one of unknown nationality"
            out[i] = replace(m, side=whole.side, actor=whole.actor, nationality=None, generic=whole.generic)
            continue
        if m.parent is None or m.side in _JIHADIST:
            continue
        whole = mentions[m.parent]
        if whole.side not in _JIHADIST or m.side not in (None, "pro_iran_foreign", "turkey_factions", "russia"):
            continue
        words = work[m.quantity.end:m.group_end]
        if re.search(rf"\b(?:{_NATION})\b|\bnationalit", words, re.IGNORECASE) and not re.search(
                r"\b(?:militia|Hezbollah|Guard|IRGC|Fatemiyoun|Zainebiyoun|army|troops|soldiers?)\b", words, re.IGNORECASE):
            out[i] = replace(m, side=whole.side, actor=whole.actor, generic=False)
    return out


_HURT_TOGETHER = re.compile(r"(?P<group>[^.;:\d]{1,80}?)\s+(?:were\s+|was\s+)?(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded)"
                            r"\s*,\s*(?:and\s+|while\s+)?$", re.IGNORECASE)
_OF_THEM = re.compile(r"\s*of\s+(?:them|whom)\b", re.IGNORECASE)


def part_of_the_hurt(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"left six members of the factions killed and wounded, two of them were killed": the part is of the side of the
    people killed and wounded together, and so is the rest told right after it ("three of them were killed and four
    wounded", round 71); "killed and wounded two shepherds: one of them died" (``casualty_hurt_split``)."""
    mentions = hurt_then_split(mentions, work, start, lexicon, on)
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.side is not None and m.side is None and m.role != last.role and m.parent is None \
                and _OF_THEM.match(work, last.quantity.end) and _AND_REST.fullmatch(work, last.group_end, m.quantity.start) \
                and not work[m.quantity.end:m.group_end].strip():
            out.append(m.sided_like(last))  # ("three of them were killed and four wounded": the four are of them too)
            continue
        if m.parent is None and m.generic and _OF_THEM.match(work, m.quantity.end):
            before = [q for q in find_quantities(work[start:m.quantity.start], start) if not q.vague]
            hit = _HURT_TOGETHER.fullmatch(work, before[-1].end, m.quantity.start) if before else None
            if hit is not None and before[-1].value > m.value:
                actor, side = side_of(lexicon, work, hit.start("group"), hit.end("group"), on)
                if side is not None and actor is not None:  # (as the whole's own figure would read: "the factions" named before)
                    whole = kind_named_before(Mention(m.role, before[-1], side, before[-1].end, hit.end("group"), actor.actor.name,
                                                      actor.actor.nationality), work, lexicon, on)
                    m = m.sided_like(whole)
        out.append(m)
    return out


#: Between the part told "of them" and the rest: "three of them were killed and four wounded".
_AND_REST = re.compile(r"\s*(?:were\s+|was\s+)?(?:killed|dead|wounded|injured)?\s*(?:,\s*)?and\s+", re.IGNORECASE)


_PLACE_AFTER = re.compile(r"[\"”’']?\s+(?:border|borders|frontier|territory|territories|airspace|side\s+of\s+the\s+border)\b",
                          re.IGNORECASE)


def names_place(work: str, a: ActorMatch) -> bool:
    """"near the Turkish border": a nation's border or territory is a place, not a group of people."""
    return _PLACE_AFTER.match(work, a.end) is not None
