"""Sides of single victims and of explicit civilians in a breakdown (tests in
tests/test_extract_casualty_households_appositions.py).

* a household: "killing a man, his wife and their three children", "a woman and her two sons": the adult heading a
  family whose children are among the victims is a civilian, as is every relative in that chain (SCHEMA: families);
* an apposition naming the victim's group: "injuring its driver, a member of the Internal Security Forces",
  "killing a young man, an NDF fighter.": the single victim takes the group's side, and the restatement is no
  second casualty;
* an explicit civilian in a breakdown by side: "17 people: six fighters of the factions, ten gang members and a
  civilian woman": "civilian woman" is a part of its own side, not the "including a woman" subset of the whole;
* "them" of the people a vehicle carried or a group held: "a car carrying shepherds ..., killing four of them and
  wounding three others": "of them" are the shepherds, and the "others" hurt with them share their side; so are the
  people an attack was aimed at or a post was manned by ("opened fire on protesters ..., injuring three of them", "a
  checkpoint manned by NDF gunmen, killing six of them"; tests/test_extract_casualty_of_them_aimed_at.py);
* a risen toll restated by side in the next sentence: "... has risen to 14. The dead include nine non-Syrian
  militiamen and five Syrians": where parts of more than one side add up to the toll, they stand as the risen toll
  (called from casualties._parts_of_told);
* the role told as an adjective before the noun: "rescuers pulled nine wounded civilians from the rubble", "took
  five injured soldiers to hospital": the side of the noun after "wounded";
* the relatives told after a part of a toll ("11 civilians, among them a man, his wife and their three children") are
  parts of it too (tests/test_extract_casualty_kin_of_a_part.py);
* the victims named one by one, then summed up in an apposition: "a man and his son, both civilians, were killed",
  "a driver and a passenger, both soldiers": the apposition is the toll of the pair, not two more
  (tests/test_extract_casualty_both_apposed.py);
* a toll of no side broken down only by civilian subsets: "the monitor gave a toll of four, including two children":
  the toll is of civilians (the parts are a subset, not the whole).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualty_of_them_local import local_of_them
from observatory.extract.casualty_same import held_of_same_group
from observatory.extract.casualty_subject_them import of_them_subject
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import number_words

_ADULT = re.compile(r"(?:(?:young|old|elderly)\s+)?(?:man|woman|father|mother|person)$", re.IGNORECASE)
_KIN_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:his|her|their)\s+", re.IGNORECASE)
_CHILDREN = re.compile(r"\b(?:children|child|sons?|daughters?|kids?|infants?|grandchildren|boys?|girls?)$", re.IGNORECASE)
_UNIT = (r"members?|fighters?|commanders?|officers?|soldiers?|militiam[ae]n|elements?|leaders?|officials?|recruits?|"
         r"conscripts?|personnel")
_APPOSED = re.compile(rf",\s+(?:an?\s+(?:former\s+)?(?:{_UNIT})\s+(?:of|in|with)\s+(?:the\s+)?(?P<of>[^,.;:()]{{2,80}})"
                      rf"|an?\s+(?P<pre>[^,.;:()]{{2,60}}?)\s+(?:{_UNIT}))"
                      r"(?:\s*\([^()]{1,40}\))?"
                      r"(?=\s*(?:[.;]|$|,\s+(?:who|while|as|after|when|in|near|on|and\s+(?:wounding|injuring|leaving))\b|\s+(?:who|while|as|after|when|in|near|on)\b))",
                      re.IGNORECASE)
_APPOSED_STEMS = (", a ", ", an ")
_CIVILIAN = re.compile(r"\bcivilians?\b", re.IGNORECASE)


#: The words of a figure that run on into the kin after it ("a father and his ", "a mother and her two sons"): the
#: head is what stands before "and his/her/their".
_KIN_TAIL = re.compile(r"\s*,?\s*(?:and\s+)?\b(?:his|her|their)\b", re.IGNORECASE)


def _head_end(work: str, m: Mention, loose: bool) -> int:
    """Where the figure's head ends: its words' end, or (``loose``) the start of a kin tail its words run on into."""
    tail = _KIN_TAIL.search(work, m.group_start, m.group_end) if loose else None
    return tail.start() if tail is not None else m.group_end


def _household(mentions: list[Mention], work: str, i: int, loose: bool = False) -> list[int]:
    """Indices of the relatives named right after mentions[i] ("his wife and their three children"); ``loose``: a
    head of no side whose words run on into the kin ("a father and his two sons")."""
    chain: list[int] = []
    last = mentions[i]
    for k in range(i + 1, len(mentions)):
        m = mentions[k]
        if m.parent is not None or m.role != last.role or not _KIN_GAP.fullmatch(work, _head_end(work, last, loose), m.quantity.start):
            break
        chain.append(k)
        last = m
    return chain


def household_civilians(mentions: list[Mention], work: str) -> list[Mention]:
    """A victim heading a family with children among the victims is a civilian, as are the relatives (also where the
    head is a civilian already: "a woman, her husband and their four children")."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.side not in (None, "unknown", "civilians") or m.parent is not None or m.value != 1:
            continue
        loose = m.side is None  # ("a father", "a mother": no side of their own)
        if not _ADULT.search(work[m.group_start:_head_end(work, m, loose)].strip()):
            continue
        chain = _household(mentions, work, i, loose)
        if not any(_CHILDREN.search(work[mentions[k].group_start:mentions[k].group_end].strip()) for k in chain):
            continue
        if any(mentions[k].side not in (None, "unknown", "civilians") for k in chain):
            continue
        for k in [i, *chain]:
            out[k] = replace(out[k], side="civilians", actor=None, nationality=None, generic=False)
    return out


def apposed_group(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """A single victim of no side, restated as a member of a named group, is of that group's side (see module doc)."""
    if any(m.parent is not None for m in mentions):
        return mentions
    out = list(mentions)
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if m.side not in (None, "unknown") or m.value != 1 or i in drop:
            continue
        if not has_any(folded(work, m.group_end, m.group_end + 5), _APPOSED_STEMS):
            continue
        hit = _APPOSED.match(work, m.group_end)
        if hit is None:
            continue
        found = [a for a in lexicon.find(work, hit.start(), hit.end(), on) if a.actor.side not in ("unknown", "civilians")]
        if not found:
            continue
        out[i] = m.named(found[0])
        drop.update(k for k in range(i + 1, len(mentions)) if mentions[k].quantity.start < hit.end())
    return [m for k, m in enumerate(out) if k not in drop]


def civilian_parts(mentions: list[Mention], work: str) -> list[Mention]:
    """An explicit civilian among parts of several sides is a part, not a label subset of the whole."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is None or m.label is None or m.side != "civilians" or mentions[m.parent].side not in (None, "unknown"):
            continue
        if not _CIVILIAN.search(work, m.group_start, m.group_end):
            continue
        siblings = [p for p in mentions if p.parent == m.parent and p is not m]
        if any(p.side not in (None, "unknown", "civilians") for p in siblings):
            out[i] = replace(m, label=None)
    return out


_HELD_BY = re.compile(r"\b(?:carrying|transporting|(?:group|gathering|crowd|team|family|bus|car|vehicle|convoy|patrol)\s+of|"
                      r"(?:manned|staffed|guarded|held)\s+by|fire\s+(?:on|at)|shot\s+at|targeting|targeted|ambushed|attacked|stormed)"
                      r"\s+(?:" + number_words("a", "an", "the", "some", "several", r"dozens\s+of", r"\d+") + r"\s+)?"
                      r"(?:(?:members|fighters|elements)\s+of\s+(?:the\s+)?)?(?:[a-z-]+\s+)?$",
                      re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n](?=[^.!?\n]*$)")


#: The people carried, told by a pronoun or as the vehicle's riders: "four of them", "25 of the passengers" (round 61).
_OF_THE_HELD = re.compile(r"\s*of\s+(?:them|the\s+(?:passengers|occupants|riders))\s*", re.IGNORECASE)
_OF_THEM = re.compile(r"\s*of\s+them\s*", re.IGNORECASE)


def of_them_held(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"killing four of them" after "a car carrying shepherds", "25 of the passengers were killed" after "a bus
    transporting members of regime forces" (told in the sentence before): the side of the people carried."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        words = work[m.group_start:m.group_end]
        pronoun = _OF_THEM.fullmatch(words) is not None  # ("of them": the people of this sentence; not "of the passengers")
        if m.side not in (None, "civilians", "unknown") or m.parent is not None or not _OF_THE_HELD.fullmatch(words) \
                or m.side == "unknown" and pronoun:
            continue
        cut = _SENTENCE_END.search(work, max(0, m.quantity.start - 300), m.quantity.start) if pronoun else None  # (the
        # passengers: the vehicle may be told in the sentence before)
        begin = cut.end() if cut else max(0, m.quantity.start - 300)
        held = [a for a in lexicon.find(work, begin, m.quantity.start, on)
                if (a.side == "civilians" or a.alias.lower() not in GENERIC_ALIASES) and a.side != "unknown" and _HELD_BY.search(work, max(0, a.start - 40), a.start)]
        if not held and (same := held_of_same_group(work, begin, m.quantity.start, lexicon, on)) is not None:
            held = [same]
        if not held:
            continue
        if m.side in (None, "unknown") or held[-1].side == m.side:
            out[i] = m.named(held[-1])
        else:
            continue
        for k in range(i + 1, len(mentions)):
            o = mentions[k]
            if o.parent is None and o.side in (None, "unknown") and o.generic and work[o.group_start:o.group_end].strip().lower() in ("others", ""):
                out[k] = replace(o, side=out[i].side, actor=out[i].actor, nationality=out[i].nationality, generic=False)
    return out


def whole_restated(mentions: list[Mention], told: list[Mention]) -> list[Mention] | None:
    """Parts after "the dead include" that add up to a risen toll told before, of more than one side, are that toll
    told again by side: all of them stand as the risen toll (None where they are not)."""
    killed = [m for m in mentions if m.role == KILLED and m.parent is None and not m.quantity.vague]
    if len(killed) < 2 or len({m.side for m in killed}) < 2:
        return None
    if not any(t.rose and t.role == KILLED and t.value == sum(m.value for m in killed) for t in told):
        return None
    return [replace(m, rose=True) if m in killed else m for m in mentions]


_ROLE_ADJ_NOUN = re.compile(r"\s+(?:wounded|injured|dead|slain)\s+(?!(?:were|was|are|is|include[sd]?)\b)(?P<noun>(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:[,.;:)]|$|\s+(?:from|to|in|at|on|of|"
                            r"and|after|when|while|who|were|was|had|have)\b))", re.IGNORECASE)


def adjective_role_side(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """A figure of no side told "nine wounded civilians" takes the side of the noun after the role word."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.side is not None or work[m.group_start:m.group_end].strip():
            continue
        hit = _ROLE_ADJ_NOUN.match(work, m.quantity.end)
        if hit is None:
            continue
        found = [a for a in lexicon.find(work, hit.start("noun"), hit.end("noun"), on) if a.side != "unknown"]
        if found and found[-1].end == hit.end("noun"):
            out[i] = m.named(found[-1])
    return out


def labelled_whole(mentions: list[Mention]) -> list[Mention]:
    """A figure of no side whose only parts are civilian subsets ("including two children") is of civilians."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.side is not None or m.parent is not None or m.quantity.vague:
            continue
        parts = [p for p in mentions if p.parent == i]
        if parts and all(p.label and p.side == "civilians" for p in parts) and sum(p.value for p in parts) < m.value:
            out[i] = replace(m, side="civilians")
    return out


def household_sides(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The passes of this module, in order."""
    if mentions and has_any(folded(work, mentions[0].quantity.start, max(m.group_end for m in mentions)), ("of them", "of the passengers", "of the occupants", "of the riders")):
        mentions = local_of_them(of_them_subject(of_them_held(mentions, work, lexicon, on), work, lexicon, on), work)
    if any(m.side is None for m in mentions):
        mentions = adjective_role_side(mentions, work, lexicon, on)
    if any(m.parent is not None for m in mentions):
        mentions = labelled_whole(mentions)
    if any(m.quantity.text.lower() in ("both", "all") for m in mentions):
        mentions = both_apposed(mentions, work)
    if any(m.parent is not None for m in mentions):
        mentions = kin_of_a_part(mentions, work)
    return civilian_parts(apposed_group(household_civilians(mentions, work), work, lexicon, on), work)


def kin_of_a_part(mentions: list[Mention], work: str) -> list[Mention]:
    """"11 civilians were killed, among them a man, his wife and their three children": the relatives after a part of a
    toll are parts of it too, not more dead."""
    out = list(mentions)
    for j in range(1, len(out)):
        before, m = out[j - 1], out[j]
        if m.parent is None and before.parent is not None and m.role == before.role and _KIN_GAP.fullmatch(
                work, before.group_end, m.quantity.start):
            out[j] = replace(m, parent=before.parent)
    return out


_PAIR_GAP = re.compile(r"[^.;:!?\n]*?,\s*$")
_ROLE_VERB = re.compile(r"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding)\b", re.IGNORECASE)


def both_apposed(mentions: list[Mention], work: str) -> list[Mention]:
    """"a man and his son, both civilians": the apposition restates the victims named just before it (module doc)."""
    for i, m in enumerate(mentions):
        if m.quantity.text.lower() not in ("both", "all") or m.parent is not None or i == 0:
            continue
        named = [j for j in range(i) if mentions[j].role == m.role and mentions[j].parent is None
                 and _PAIR_GAP.fullmatch(work, mentions[j].quantity.start, m.quantity.start)
                 and not _ROLE_VERB.search(work, mentions[j].quantity.start, m.quantity.start)]
        if not named or named != list(range(named[0], i)) or sum(mentions[j].value for j in named) != m.value:
            continue
        if any(p.parent is not None and p.parent >= named[0] for p in mentions):
            continue
        index = {old: new for new, old in enumerate(k for k in range(len(mentions)) if k not in named)}
        return [replace(p, parent=None if p.parent is None else index[p.parent]) for k, p in enumerate(mentions) if k not in named]
    return mentions
