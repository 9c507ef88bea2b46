"""The fifth pass over a sentence's casualty mentions (``context_passes``, called by ``casualties.find_mentions``).

Hearsay is dropped ("some reports claim", an analyst's tweet); victims "whose identity is not yet known" have no side;
"members of the cell" take the cell's side; a bare "militia" takes the side of the last militia-fielding group named
before; the injured "one of whom died later" keep their stated figure while those who died are added to the dead; a group that "lost" N fighters is theirs;
"he had joined ..." after a figure gives the group joined. "four other militiamen" are of the militias named last as
militias (not of a regime unit named after them). "others" after a figure this pass gave a side inherit it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualty_civilian_who import civilian_who_was
from observatory.extract.casualty_committee_men import committee_men
from observatory.extract.casualty_groups import side_of
from observatory.extract.casualty_hurt_then_died import hurt_then_died
from observatory.extract.casualty_taken_others import others_of_the_taken
from observatory.extract.casualty_unit_members import unit_named_before
from observatory.extract.casualty_victim_words import ANTECEDENT, is_doer_alias
from observatory.extract.gates import fold, has_any
from observatory.extract.group_nouns import tied_group
from observatory.extract.mention_sides import (
    ANAPHORA_WINDOW,
    INJURED,
    JOINED,
    KILLED,
    LOST,
    Mention,
    inherit_sides,
    joined_side,
)

#: The text says it does not know who the victims were: "three foreigners whose identity is not yet known".
_IDENTITY_UNKNOWN = re.compile(
    r"[^.;:]{0,60}?\b(?:whose\s+(?:identit(?:y|ies)|nationalit(?:y|ies))\s+(?:is|are|was|were|has|have|had)\s+(?:still\s+|yet\s+)?(?:not\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:known|identified|determined|established|confirmed)|unknown)|of\s+(?:an?\s+)?unknown\s+identit(?:y|ies)|"
    r"who\s+(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+identified)", re.IGNORECASE)


_ARMED_NOUN = re.compile(r"\b(?:fighters?|combatants?|members?|soldiers?|militants?|gunmen|militiam[ae]n|personnel|troops|officers?|"
                         r"elements?|operatives?)\b", re.IGNORECASE)


def unidentified(m: Mention, work: str) -> Mention:
    """Victims whose identity the text says is unknown are of no side, whatever nationality it gives them."""
    if m.side in ("unknown", "civilians") or m.parent is not None or m.side is None and not m.quantity.text:
        return m  # (a person named without a number, "killing the adviser along with two ... whose identity": not of them)
    if not _IDENTITY_UNKNOWN.match(work, m.quantity.end) or _ARMED_NOUN.search(work, m.quantity.end, m.group_end):
        return m  # "three Afghan fighters whose names are unknown" are still fighters of a known side
    return replace(m, side="unknown", actor=None, generic=False)


#: A figure someone only claims, which the text itself puts in doubt ("While some reports claim that ... killed as many as
#: 40 ..., a local source said the toll is unconfirmed"), or a figure from an analyst's social-media post.
_HEARSAY = re.compile(r"\b(?:some|unconfirmed|other|several)\s+(?:reports|sources|accounts|media\s+outlets)\s+"
                      r"(?:claim|claimed|claims|allege|alleged|suggest|suggested)\b|\b(?:tweeted|posted\s+on\s+(?:X|Twitter))\b",
                      re.IGNORECASE)
_HEARSAY_STEMS = ("claim", "alleg", "suggest", "tweeted", "posted")  # every match holds one


def hearsay(m: Mention, work: str, start: int) -> bool:
    """True when the figure stands in a clause of hearsay (the cue before it in its sentence, no full stop between)."""
    before = work[max(start, m.quantity.start - 200):m.quantity.start]
    if not has_any(fold(before), _HEARSAY_STEMS):
        return False
    cues = list(_HEARSAY.finditer(before))
    return bool(cues) and not re.search(r"[.;]\s", before[cues[-1].end():])


_CELL_MEMBERS = re.compile(r"\s*(?:[\w-]+\s+)?(?:members?|militants?|fighters?)\s+of\s+(?:the|this|that|a)\s+(?:[\w-]+\s+){0,2}?cells?\b",
                           re.IGNORECASE)


_CELL_WORD = re.compile(r"\bcells?\b", re.IGNORECASE)


def cell_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"four of the cell's six men died" after "troops raided an ISIS cell": the cell's side."""
    if m.parent is not None or not _CELL_MEMBERS.match(work, m.quantity.end) or lexicon.find(work, m.quantity.end, m.group_end, on):
        return m
    for cell in reversed(list(_CELL_WORD.finditer(work, max(0, m.quantity.start - ANAPHORA_WINDOW), m.quantity.start))):
        named = [a for a in lexicon.find(work, max(0, cell.start() - 30), min(len(work), cell.end() + 30), on)
                 if a.side not in ("unknown", "civilians") and a.alias.lower() not in GENERIC_ALIASES]
        if named:
            a = min(named, key=lambda x: abs(x.start - cell.start()))
            return m.named(a)
    return m


#: "Three civilians were injured, one of whom died later": the part that died is of the injured figure's side.
_DIED_OF = re.compile(r"\s+(?:of\s+(?:whom|them)|among\s+them)\s+(?:(?:has|have|had)\s+)?(?:later\s+|since\s+|subsequently\s+)?"
                      r"(?:died|succumbed|passed\s+away|perished)\b", re.IGNORECASE)


def died_of_wounds(mentions: list[Mention], work: str) -> list[Mention]:
    """The part of an injured figure the sentence says died later is a killed figure of the injured's side (the injured
    figure stays as stated: no arithmetic)."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, p = out[i], out[i - 1]
        if (m.role == KILLED and p.role == INJURED and p.parent is None and not p.quantity.vague and m.value < p.value
                and _DIED_OF.match(work, m.quantity.end) and re.fullmatch(r"[^.;\d]{0,40}?,?\s*", work[p.group_end:m.quantity.start])):
            out[i] = replace(m, side=m.side if m.side is not None else p.side)
    return out


_BARE_MILITIA = re.compile(r"\s*(?:[\w-]+\s+)?(?:militia|militias|militiamen|militiaman|militia\s+members?)\b", re.IGNORECASE)


#: A group named as the doer of the attack ("Regime forces shelled the village"): not the militia that was hit.
_DOER = re.compile(r"\s+(?:\w+\s+)?(?:shelled|attacked|struck|targeted|bombed|bombarded|fired|ambushed|raided|stormed|launched|"
                   r"hit|killed|carried\s+out)\b", re.IGNORECASE)


#: The sides whose armed groups the texts call militias (pro-government, Iran-backed and Turkish-backed ones).
_MILITIA_SIDES = ("regime", "pro_iran_foreign", "turkey_factions")


def militia_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"five militia were killed" after "... the Iranian-backed militias ..." (or "... members of Liwa al-Quds ..."): the
    side of the last militia-fielding group the text named before."""
    if m.side is not None or m.parent is not None or not _BARE_MILITIA.match(work, m.quantity.end):
        return m
    if lexicon.find(work, m.quantity.end, m.group_end, on):
        return m
    named = [a for a in lexicon.find(work, max(0, m.quantity.start - ANAPHORA_WINDOW), m.quantity.start, on)
             if a.side in _MILITIA_SIDES and a.alias.lower() not in GENERIC_ALIASES and not _DOER.match(work, a.end)]
    if not named:
        return m
    militias = [a for a in named if "milit" in a.alias.lower()]  # "Iranian-backed militias ... the regime's air defence"
    a = militias[-1] if militias and _OTHER_MILITIA.match(work, m.quantity.end) else named[-1]
    return m.named(a)


#: "seven other militiamen", "two more militia members": more of the militiamen the text told of.
_OTHER_MILITIA = re.compile(r"\s*(?:other|more|further)\s", re.IGNORECASE)


#: A group named as the object of a killing ("..., killing three NDF members and losing two of their own"): the dead
#: of the other side, not the one that lost men.
_KILLED_OBJECT = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)


def lost_by(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"the Turkish army lost 33 soldiers": soldiers of no named side belong to the force that lost them."""
    if m.parent is not None or m.quantity.vague:
        return m
    named = [a for a in lexicon.find(work, m.quantity.end, m.group_end, on) if a.alias.lower() not in GENERIC_ALIASES]
    if named:
        return m  # "lost 33 SDF fighters": the figure names its own side
    lost = LOST.search(work, max(0, m.quantity.start - 40), m.quantity.start)
    if lost is None:
        return m
    owners = [a for a in lexicon.find(work, max(0, lost.start() - 60), lost.start(), on)
              if a.alias.lower() not in GENERIC_ALIASES and not re.search(r"[.;]", work[a.end:lost.start()])
              and a.end >= lost.start() - 25 and not _KILLED_OBJECT.search(work, max(0, a.start - 40), a.start)]
    if not owners:
        return m
    a = owners[-1]
    return m.named(a)


def context_passes(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The fifth pass's context rules, in order: hearsay dropped; unidentified victims, members of a cell, bare
    "militia" and the injured who died later."""
    kept = [m for m in mentions if not hearsay(m, work, start)]
    kept = [militia_named_before(cell_side(unidentified(m, work), work, lexicon, on), work, lexicon, on) for m in kept]
    kept = [joined_before_pronoun(lost_by(m, work, lexicon, on), work, start, lexicon, on) for m in kept]
    kept = [civilian_who_was(committee_men(unit_named_before(m, work, lexicon, on), work), work) for m in kept]
    kept = [others_of_the_taken(m, work, lexicon, on) for m in kept]
    if any(m.side is None for m in kept) and has_any(fold(work[min(m.quantity.start for m in kept):
                                                              max(m.group_end for m in kept)]), _GROUP_NOUNS):
        # (the noun lies in a figure's own words: the gate reads their span, not the rest of the report)
        kept = [noun_of_group_before(m, work, lexicon, on) for m in kept]
    return _inherit_again(mentions, died_of_wounds(hurt_then_died(kept, work), work), work)


def _inherit_again(before: list[Mention], after: list[Mention], work: str) -> list[Mention]:
    """"five militiamen were killed, while four others were injured": once this pass gave the dead a side, figures
    still without one ("others") take it as ``inherit_sides`` would have, had the dead named it
    (tests/test_extract_casualty_others_after_context_side.py)."""
    if not any(m.side is None for m in after):
        return after
    untold = {m.quantity.start for m in before if m.side is None and m.parent is None}
    if not any(m.side is not None and m.quantity.start in untold for m in after):
        return after  # (no figure got its side in this pass)
    return inherit_sides(after, work)


#: Nouns that name a group's men without naming the group ("mercenaries", "gunmen"; "fighters" after "fighters of X",
#: round 61).
_GROUP_NOUNS = ("mercenar", "gunmen", "militants", "proxies", "fighters")
#: A figure's words that are only such a noun: "four mercenaries", "three of the gunmen" ("killed 27 mercenaries and
#: destroyed two vehicles", "killing 27 mercenaries and seizing a tank", "the killing of 27 mercenaries and the
#: destruction of a vehicle": the next deed ends the words).
_NOUN_ONLY = re.compile(r"\s*(?:of\s+(?:the|these|those|their)\s+)?(mercenaries|gunmen|militants|proxies|fighters)"
                        r"(?:\s*|\s+and\s+(?:\w+ed|\w+ing|the\s+(?:destruction|seizure|capture|downing|burning)\s+of)\b.*)", re.IGNORECASE)


#: "more fighters of "Faylaq al-Sham" succumbed ...": the one tie that gives bare "fighters" told after it a side.
_FIGHTERS_OF = re.compile(r"\bfighters\s+(?:of|from)\s+(?:the\s+)?[\"“']?$", re.IGNORECASE)


def noun_of_group_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"killing four mercenaries" after "the Turkish army and its mercenaries" or "mercenaries of the Hamza Division":
    victims named only by a group noun are of the last group the text tied that noun to; none, no side
    (tests/test_extract_casualty_noun_of_group.py)."""
    if m.side is not None or m.parent is not None or (own := _NOUN_ONLY.fullmatch(work, m.quantity.end, m.group_end)) is None:
        return m
    group = tied_group(work, max(0, m.quantity.start - ANAPHORA_WINDOW), m.quantity.start, own.group(1), lexicon, on)
    if group is not None and own.group(1).lower() == "fighters" and not _FIGHTERS_OF.search(work, max(0, group.start - 30), group.start):
        return m  # ("HTS fighters" ties no later "two fighters" to HTS: both sides have fighters; only "fighters of X" does)
    return m.named(group) if group is not None else m


def joined_before_pronoun(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"opened fire on a former rebel commander, who had joined the Military Security, killing him": "him" is of the
    group the victim had joined, told before the pronoun."""
    if m.side is not None or m.quantity.text.lower() not in ("him", "her"):
        return m
    hits = list(JOINED.finditer(work, start, m.quantity.start))
    if hits:
        return joined_side(replace(m, group_end=hits[-1].start()), work, lexicon, on)
    named = list(ANTECEDENT.finditer(work, start, m.quantity.start))  # "opened fire on a former rebel ..., killing him"
    a = side_of(lexicon, work, named[-1].start("np"), named[-1].end("np"), on)[0] if named else None
    return m.named(a) if a is not None and a.side not in ("unknown", "civilians") and not is_doer_alias(a) else m
