"""Who a figure's people are (used by ``casualties``), for constructions a blind written set exposed (issue #4):

* the doer of an active killing verb is no casualty ("a regime sniper shot dead a young man");
* people restated right after their figure are parts of it ("two civilians, a woman and her daughter"; of any noun in an
  apposition closed before the verb, ``casualty_apposed_items``);
* a risen toll takes the side of "one of the injured civilians" who died; "Syrian and non-Syrian" qualifies a group;
* a later sentence that says who the dead were ("13 of those killed were regime soldiers, and one was a civilian");
* "N fighters of both sides" where both parties share one side label; "the death toll may rise" is no role;
* "the adviser" after "a senior adviser of the IRGC"; "capturing 11 soldiers and killing two others";
* a victim named by a civilian calling ("media activist <Name>");
* a claimant's figure ("alleging the killing of five") after the text's own for that side is only noted;
* a murdered woman the text does not call a civilian is of no known side.

(tests/test_extract_casualty_each_side_named_group.py) "two rival SNA factions ... one fighter dead on each side":
a head noun right after a named group ("SNA factions") is no second party.
(tests/test_extract_casualty_factions_of_one_camp.py) "clashes between two factions of the Turkish-backed National
Army": one camp named once as both parties' (``_FACTIONS_OF``), so fighters of no side in it are of that camp.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.casualty_apposed_items import closed_apposition
from observatory.extract.casualty_civil_apart import civilians_apart
from observatory.extract.casualty_groups import side_of
from observatory.extract.casualty_rise_cause import cause_after
from observatory.extract.gates import folded, has_any, word_start
from observatory.extract.mention_sides import KILLED, Mention, verb_role
from observatory.extract.numbers import Quantity, number_words, words_to_int
from observatory.extract.text import OF_THEM
from observatory.models import Qualifier

#: An active killing or wounding verb right after a figure's group, with its object after it: the group did the
#: killing ("... sniper shot dead a young man", "... gunman killed two shepherds"). Not "killed a day after ...".
_DOER = re.compile(
    r"(?:(?<=shot)\s+and\s+(?=killed|wounded|injured)|\s+(?:on|riding|aboard)\s+(?:a|an|their|two)\s+(?:[\w-]+\s+)?(?:motorcycles?|motorbikes?|cars?|vehicles?)(?=\s+shot\b)\s+)?"
    r"\s*(?:(?:reportedly|allegedly|also)\s+)?(?:shot\s+dead|shot\s+and\s+(?:killed|wounded|injured)|gunned\s+down|killed|"
    r"assassinated|executed|murdered|wounded|injured)\s+(?:(?:this\s+(?:morning|evening|afternoon)|at\s+dawn|yesterday|today|overnight|"
    r"last\s+night|earlier\s+today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|evening|night))?)\s+)?"
    r"(?:(?:at\s+least\s+)?"
    + number_words("an?", "the", "his", "her", "their", r"\d+") + r"\s+"
    r"(?!(?:day|days|week|weeks|month|months|year|years|night|hour|hours|while|short|few|couple|time|previous|same|following|next|"
    r"last|first|second|other|weekend|morning|evening|dawn)\b)"
    # ("two gunmen riding a motorcycle shot dead Mahmoud al-Hassan": a man named by his full name; round 70)
    r"|(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b)[A-Z][a-z'’]+\s+(?:(?:al|el|abu|bin|ibn)-?\s*)?[A-Z][\w'’-]+))",
    re.IGNORECASE)


#: A relative clause after the group, up to the passive verb of the figure ("... who joined the Russian-backed Fifth
#: Corps after the 2018 reconciliation deal was shot dead"): too long for the role's window, read past (round 64).
_WHO_THEN_PASSIVE = re.compile(r"[^.;:!?]{0,60}?\bwho\s+[^.;:!?]{1,150}?\s(?=(?:was|were)\s)", re.IGNORECASE)


def past_relative(role: re.Pattern[str], work: str, group_end: int, limit: int) -> re.Match[str] | None:
    """The match of ``role`` (the role word) read past a relative clause that follows the group, or None."""
    who = _WHO_THEN_PASSIVE.match(work, group_end, limit)
    return None if who is None else role.match(work, who.end(), limit)


def is_doer(work: str, group_end: int, end: int) -> bool:
    """Whether the figure ending at ``group_end`` is the subject of an active killing verb with an object."""
    return _DOER.match(work, group_end, max(end, group_end)) is not None


#: What one restating item may say: a person ("a woman", "a shepherd") or a relative ("her daughter", "his two sons").
_PERSON_ITEM = re.compile(
    r"\s*(?:an?\s+|one\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:young\s+|elderly\s+|old\s+)?"
    r"(?:man|men|woman|women|boys?|girls?|child|children|sons?|daughters?|brothers?|sisters?|wife|husband|mother|father|"
    r"shepherd|farmer|worker|driver|nephew|niece|cousins?|relatives?|grandchildren|grandson|granddaughter|"
    r"priest|imam|teacher|doctor|nurse|pharmacist|engineer|student|journalist|merchant|trader|mukhtar)\b", re.IGNORECASE)
_RESTATE_OPEN = re.compile(r"\s*,\s*(?:namely\s+|i\.e\.\s*,?\s*)?")
_RESTATE_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:his|her|their)?\s*")


def _restating(work: str, whole: Mention, parts: list[Mention]) -> bool:
    """Whether ``parts`` (in text order, after ``whole``) restate the people of ``whole`` one by one."""
    if not parts or sum(p.value for p in parts) != whole.value or any(p.role != whole.role or p.quantity.vague for p in parts):
        return False
    if _RESTATE_OPEN.fullmatch(work, whole.group_end, parts[0].quantity.start) is None or civilians_apart(work, whole, parts):
        return False
    if not all(_PERSON_ITEM.match(work, p.quantity.start, p.group_end + 12) or _PERSON_ITEM.match(work, p.quantity.end, p.group_end + 12)
               for p in parts) and not closed_apposition(work, whole, parts):
        return False
    return all(_RESTATE_JOIN.fullmatch(work, min(a.group_end, b.quantity.start), b.quantity.start) is not None
               or b.quantity.start < a.group_end for a, b in zip(parts, parts[1:], strict=False))


def restated_people(work: str, mentions: list[Mention]) -> list[Mention]:
    """"injuring three civilians, a man and his two sons": the people told after the figure are parts of it."""
    out = list(mentions)
    for i, whole in enumerate(mentions):
        if whole.parent is not None or whole.value < 2 or whole.quantity.vague:
            continue
        run: list[Mention] = []
        for j in range(i + 1, len(mentions)):
            p = mentions[j]
            if p.parent not in (None, i) or p.value >= whole.value:
                break  # (a part already read as a subset of the whole, "their two children", may end the restatement)
            run.append(p)
            if _restating(work, whole, run):
                for k in range(i + 1, j + 1):
                    out[k] = replace(mentions[k], parent=i)
                break
    return out


#: "one of the injured civilians succumbed to his wounds, bringing the toll to five": the wounded who died, named.
_WOUNDED_WHO_DIED = re.compile(r"\b" + number_words(r"\d+") + r"\s+(?:more\s+)?of\s+the\s+(?:injured|wounded)\s+", re.IGNORECASE)


def wounded_who_died(work: str, start: int, toll_start: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The group named right after "one of the injured" before a risen toll, if any ("civilians", "soldiers"), or in
    the cause told right after it (``casualty_rise_cause``)."""
    found = list(_WOUNDED_WHO_DIED.finditer(work, start, toll_start))
    if not found:
        return cause_after(work, toll_start, lexicon, on)  # "risen to five, after two injured civilians died"
    cue = found[-1].end()
    named = [a for a in lexicon.find(work, cue, min(toll_start, cue + 40), on) if a.start - cue <= 25]
    return named[0] if named else None


#: "regime soldiers and loyal militiamen, Syrian and non-Syrian, ...": the nationalities qualify the group before them.
_BOTH_NATIONALITIES = re.compile(r"\b(?:Syrians?|non-Syrians?)\s+(?:and|or)\s+$", re.IGNORECASE)


def qualifies_nationality(work: str, a: ActorMatch) -> bool:
    """Whether the actor is the second half of "Syrian and non-Syrian" (a qualifier of the group named before)."""
    return _BOTH_NATIONALITIES.search(work, max(0, a.start - 20), a.start) is not None


_NUM = number_words(r"\d+")
#: "13 of those killed were regime officers and soldiers, and one was a civilian passer-by": the dead, told by side;
#: "The rest were 23 Syrians serving with Iranian-backed militias": the rest of them, opening a sentence (its capital).
#: What ties a part to its side: "were", "belonged to", "came from", "served with" ("seven belonged to the Military
#: Security", "two came from the NDF").
_PART_IS = r"(?:were|was|are|(?:belonged|belong|belongs)\s+to|(?:came|come|comes)\s+from|(?:served|serve|serves)\s+(?:in|with))"
_OF_THOSE = re.compile(word_start(rf"\b(?P<n>{_NUM})\s+of\s+(?:those|the\s+people|the\s+persons|the)\s+(?:killed|dead|victims|slain)\s+"
                       rf"{_PART_IS}\s+|"
                       rf"\b(?:of|among)\s+(?:those|the\s+people|the)\s+(?:killed|dead|victims|slain|fatalities)\s*,\s*(?P<n2>{_NUM})\s+{_PART_IS}\s+|"
                       rf"\b(?-i:The)\s+(?:rest|remaining\s+(?:dead|victims))\s+(?:of\s+(?:them|the\s+dead|those\s+killed)\s+)?were\s+(?P<n3>{_NUM})\s+"),
                       re.IGNORECASE)
_OF_THOSE_STEMS: Final = ("killed", "dead", "victim", "slain", "fatalit", "rest")  # every match holds one of them
_AND_REST = re.compile(rf"\s*,?\s*(?:and|while|whereas)\s+(?:the\s+other\s+|the\s+remaining\s+)?(?P<n>{_NUM})\s+(?:others?\s+)?"
                       rf"(?:{_PART_IS}|is|to|from|with|in)\s+", re.IGNORECASE)  # ("three belonged to X and two to Y": the verb left out)
#: An aside on a part, before the next ("41 were non-Syrians, most of them from Iraq's Nujaba movement, and four were ...").
_PART_ASIDE = re.compile(r"\s*,\s*(?:most|many|some|all|mostly|mainly|among\s+them)\b[^,;.]{0,80}(?=,)", re.IGNORECASE)
#: A tie to a group rather than a copula: it names the armed group the dead were of, never their kin or town.
_TIE_VERB = re.compile(r"\b(?:belonged|belong|belongs|came|come|comes|served|serve|serves)\b|\s(?:to|from|with|in)\s+$", re.IGNORECASE)
_PART_END = re.compile(r"[,;.]|\s(?:and|while|whereas)\s+(?=" + _NUM + r"\s)", re.IGNORECASE)


def _part(work: str, n_text: str, n_start: int, at: int, end: int, lexicon: ActorLexicon, on: date | None,
          first: bool) -> tuple[Mention | None, int]:
    stop = _PART_END.search(work, at, end)
    g_end = stop.start() if stop else end
    value = words_to_int(n_text)
    a, side = side_of(lexicon, work, at, g_end, on)  # "three are Syrians recruited by the IRGC": the regime's (SCHEMA)
    if value is None or a is None or side is None:
        return None, g_end
    if side in ("civilians", "unknown") and _TIE_VERB.search(work, n_start, at):
        return None, g_end  # "three of the dead belonged to the same family": kin, not a side
    q = Quantity(value, Qualifier.EXACT, n_start, n_start + len(n_text), n_text)
    return Mention(KILLED, q, side, at, g_end, a.actor.name, a.actor.nationality, rose=first), g_end


def those_killed(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None,
                 mentions: list[Mention]) -> list[Mention]:
    """"N of those killed were X, and M were Y": a toll told before, restated by side (each part a latest toll)."""
    cue = _OF_THOSE.search(work, start, end) if has_any(folded(work, start, end), _OF_THOSE_STEMS) else None
    if cue is None or any(cue.start() <= m.quantity.start < cue.end() for m in mentions):
        return mentions  # (the figure after the cue already read: "while the third was a civilian" may follow)
    out: list[Mention] = []
    n = next(g for g in ("n", "n2", "n3") if cue.group(g))
    part, at = _part(work, cue.group(n), cue.start(n), cue.end(), end, lexicon, on, True)
    while part is not None:
        out.append(part)
        aside = _PART_ASIDE.match(work, at, end)  # (", most of them from Iraq's Nujaba movement," on the part before)
        nxt = _AND_REST.match(work, aside.end() if aside else at, end)
        if nxt is None:
            break
        seen = {m.side for m in out}
        part, at = _part(work, nxt.group("n"), nxt.start("n"), nxt.end(), end, lexicon, on, False)
        if part is not None and part.side not in seen:
            part = replace(part, rose=True)
    read = {m.quantity.start for m in mentions}
    return [*mentions, *(p for p in out if p.quantity.start not in read)]  # appended: the parents' indices stay


EACH_SIDE = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:from|on|of|for|among)\s+(?P<which>each|both|the\s+two)\s+(?:sides|side|parties|party|factions|faction)\b|"
                       r"(?:\s+[\w'-]+){0,3}?\s*,\s*(?P<one>one)\s+(?:from|on|of|for)\s+each\s+(?:side|party)\b",  # "two dead, one from each side"
                        re.IGNORECASE)


def each_side(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None, mentions: list[Mention]) -> list[Mention]:
    """"3 fighters from each side": that many of each of the two sides the sentence names; "9 dead on both sides": no one side."""
    if any(m.parent is not None for m in mentions):
        return [_of_both_parties(m, work, (start, end), lexicon, on) for m in mentions]  # (in place: the parts' links stay)
    named: list[ActorMatch] = []
    found = lexicon.find(work, start, end, on)
    for i, a in enumerate(found):
        if a.side not in ("civilians", "unknown") and not _head_noun(found, i) and all(a.side != b.side for b in named):
            named.append(a)
    out: list[Mention] = []
    for m in mentions:
        hit = EACH_SIDE.match(work, m.quantity.end)
        if hit is None:
            out.append(m)
        elif hit.group("one") and m.value == 2 and len(named) == 2:  # "two fighters dead, one from each side"
            out.extend(replace(m, quantity=replace(m.quantity, value=1)).named(a) for a in named)
        elif hit.group("one") and (one := one_label_parties(work, start, end, lexicon, on)) is not None:
            out.append(replace(m, side=one.side, actor=one.actor.name, nationality=None, generic=False))
        elif hit.group("one"):
            out.append(m)
        elif hit.group("which").lower() == "each" and len(named) == 2:
            out.extend(m.named(a) for a in named)
        elif hit.group("which").lower() == "each" and (one := one_label_parties(work, start, end, lexicon, on)) is not None:
            # "two fighters from each side" in infighting of two factions of one label: twice that many of the label
            out.append(replace(m, quantity=replace(m.quantity, value=2 * m.value), side=one.side, actor=one.actor.name,
                               nationality=None, generic=False))
        else:
            one = one_label_parties(work, start, end, lexicon, on) if hit.group("which").lower() != "each" else None
            side, actor = (one.side, one.actor.name) if one is not None else ("unknown", None)
            out.append(replace(m, side=side, actor=actor, nationality=None, generic=False))
    return out


def _of_both_parties(m: Mention, work: str, span: tuple[int, int], lexicon: ActorLexicon, on: date | None) -> Mention:
    """"seven people injured: six fighters of both factions and a civilian": fighters of both parties of one label are
    of that label (a part of a list keeps its place in it)."""
    hit = EACH_SIDE.match(work, m.quantity.end)
    if hit is None or not hit.group("which") or hit.group("which").lower() == "each":
        return m
    one = one_label_parties(work, span[0], span[1], lexicon, on)
    return m if one is None else replace(m, side=one.side, actor=one.actor.name, nationality=None, generic=False)


#: Fighters of no side told in a fight ("left two fighters dead").
#: (the figure's words may run on to the "and" of a list: "three fighters and a civilian were killed")
_FIGHTERS = re.compile(r"\s*(?:[\w-]+\s+)?(?:fighters?|members?|gunmen|militants?|elements?|others)\b(?:\s*,|\s+and)?\s*", re.IGNORECASE)
_FIGHT = re.compile(r"\b(?:clash(?:es|ed)?|infighting|fighting|battles?|skirmish(?:es)?)\b", re.IGNORECASE)


def infighting_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"Clashes between the Sultan Murad Division and the Hamza Division ... left two fighters dead": fighters of no side
    in a fight between parties of one label are of that label (tests/test_extract_casualty_fighters_of_infighting.py)."""
    if m.side is not None or m.parent is not None or m.quantity.vague or not _FIGHTERS.fullmatch(work, m.quantity.end, m.group_end):
        return m
    start = max(work.rfind(".", 0, m.quantity.start), work.rfind("\n", 0, m.quantity.start)) + 1
    if _FIGHT.search(work, max(0, start - PARTIES_WINDOW), m.quantity.start) is None:
        return m
    stop = work.find(".", m.group_end)
    one = one_label_parties(work, start, stop if stop >= 0 else len(work), lexicon, on)
    return m if one is None else replace(m, side=one.side, actor=one.actor.name, nationality=None, generic=False)


def _head_noun(found: list[ActorMatch], i: int) -> bool:
    """"two rival SNA factions": "factions" right after "SNA" is the head noun of the group named before it, no party
    (also after a quoted name: '"Al-Jabha al-Shamiya" factions', tests/test_extract_casualty_one_from_each_side.py)."""
    return i > 0 and found[i].start - found[i - 1].end <= 2


#: How far before the sentence the parties of "fighters of both sides" may be named (the sentence before).
PARTIES_WINDOW = 700


#: The parties' common noun, which names none of them ("fighters of both factions").
_PARTY_NOUNS = frozenset({"factions", "faction", "the factions", "the faction"})


def one_label_parties(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """"five fighters of both sides" in fighting between the Levant Front and the Hamza Division: both parties have one side
    label (turkey_factions), so the dead are of it; parties of different sides give no one side."""
    def parties_in(lo: int, hi: int) -> list[ActorMatch]:
        found = lexicon.find(work, lo, hi, on)
        return [a for i, a in enumerate(found) if a.side not in ("civilians", "unknown") and a.alias.lower() not in GENERIC_ALIASES
                and not _head_noun(found, i) and a.alias.lower() not in _PARTY_NOUNS]  # ("both factions": no party named)

    parties = parties_in(start, end) or parties_in(max(0, start - PARTIES_WINDOW), start)
    names = {a.alias.lower() for a in parties}
    if len(names) == 1 and _FACTIONS_OF.search(work, max(0, parties[0].start - 60), parties[0].start):
        return parties[0]  # "clashes between two factions of the Turkish-backed National Army": two parties of one camp
    if len(names) < 2 or len({a.side for a in parties}) != 1:
        return None
    return parties[0]


#: A fight inside one camp named once: "between two factions of the", "among rival groups affiliated with".
_FACTIONS_OF = re.compile(r"\b(?:between|among|amongst)\s+(?:two|rival|several|the)\s+(?:rival\s+)?(?:factions|groups|formations|brigades)\s+"
                          r"(?:of|affiliated\s+(?:with|to)|belonging\s+to|loyal\s+to|within|in)\s+(?:the\s+)?[\"“']?$", re.IGNORECASE)


#: "... and the death toll may rise": a toll to come, which says nothing of the figure before it.
_TOLL_TO_COME = re.compile(r"\s+toll\s+(?:may|might|could|will|is\s+(?:expected|likely)\s+to|is\s+set\s+to)\b", re.IGNORECASE)


def toll_to_come(work: str, at: int) -> bool:
    """Whether the role word ending at ``at`` is "death" of "the death toll may rise"."""
    return _TOLL_TO_COME.match(work, at) is not None



#: How far back "the adviser" may look for "a senior adviser of the IRGC" told before.
ONE_ANAPHORA_WINDOW = 1200
_ROLE_NOUN = re.compile(r"(?:adviser|advisor|commander|officer|leader|official|chief|head)$", re.IGNORECASE)


def the_one_named_before(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"killing the adviser" after "a senior adviser of Iran's IRGC was killed": the group the text gave that person
    ("<noun> of <group>" or "<group> <noun>")."""
    noun = work[m.group_start:m.group_end]
    if m.side is not None or m.quantity.text or not _ROLE_NOUN.fullmatch(noun):
        return m
    told = re.compile(rf"\b{noun}s?\s+(?:of|in|with|from)\s+(?:the\s+)?(?:[A-Z][\w'-]*['’]s\s+)?|\b{noun}\b", re.IGNORECASE)
    for hit in reversed(list(told.finditer(work, max(0, m.group_start - ONE_ANAPHORA_WINDOW), max(0, m.group_start - 4)))):
        after = [a for a in lexicon.find(work, hit.end(), min(len(work), hit.end() + 60), on)
                 if re.fullmatch(r"\s*(?:[A-Z][\w'-]*\s+){0,2}", work[hit.end():a.start])]  # "of Iran's Islamic Revolutionary Guard"
        before = [a for a in lexicon.find(work, max(0, hit.start() - 40), hit.start(), on) if hit.start() - a.end <= 1]
        found = [a for a in (after if hit.end() - hit.start() > len(noun) + 1 else before) if a.side not in ("unknown", "civilians")]
        if found:
            a = found[0]
            return m.named(a)
    return m


#: "capturing 11 soldiers and killing two others": the others are of the group just captured (not a casualty figure).
_HELD_THEN = re.compile(r"\b(?:capturing|kidnapping|abducting|arresting|detaining|seizing|taking)\s+(?:at\s+least\s+)?[\w-]+\s+"
                        r"(?P<group>[^,.;:\d]{1,60}?)(?:\s+(?:as\s+)?(?:prisoners?|captives?|hostages?))?\s*,?\s+and\s+"
                        r"(?:killing|injuring|wounding)\s+$", re.IGNORECASE)
_OTHER_AFTER = re.compile(r"\s+(?:other|others|more)\b", re.IGNORECASE)


def others_of_the_held(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"... capturing 11 soldiers and killing two others": "others" of the side of the people captured before them."""
    if m.side is not None or m.quantity.vague or not _OTHER_AFTER.match(work, m.quantity.end):
        return m
    hit = _HELD_THEN.search(work[max(start, m.quantity.start - 160):m.quantity.start])
    if hit is None:
        return m
    base = max(start, m.quantity.start - 160)
    found = [a for a in lexicon.find(work, base + hit.start("group"), base + hit.end("group"), on) if a.side not in ("unknown", "civilians")]
    if not found:
        return m
    return replace(m, side=found[0].side, actor=found[0].actor.name, nationality=found[0].actor.nationality, generic=False)


#: A verb that takes people without killing them, then the people it took: "kidnapped six shepherds".
_TAKEN = re.compile(r"\b(?:captur(?:ed|ing)|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|seiz(?:ed|ing))\s+"
                    r"(?:at\s+least\s+|about\s+|some\s+)?(?P<n>" + number_words(r"\d+", "an?") + r")\s+"
                    r"(?P<group>[^,.;:\d]{1,60}?)(?=\s+(?:on|in|at|near|from|while|who|and|before|after|then|later|,)\b|,|$)", re.IGNORECASE)
#: How far back (characters, within the sentence) the people taken may be told.
HELD_WINDOW = 300


def part_of_the_held(m: Mention, work: str, start: int, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"kidnapped six shepherds ..., before executing four of them": the part killed is of the side of those taken."""
    if m.side is not None and not m.generic or m.quantity.vague or m.parent is not None or not OF_THEM.match(work, m.quantity.end):
        return m
    lo = max(0, min(start, m.quantity.start - HELD_WINDOW))
    stops = list(re.finditer(r"[.!?]\s|\n", work[lo:m.quantity.start]))
    lo = lo + stops[-1].end() if stops else lo  # the whole sentence, where a span given starts inside it
    taken = list(_TAKEN.finditer(work, lo, m.quantity.start))
    if not taken:
        return m
    hit = taken[-1]
    if (words_to_int(hit.group("n")) or 1) < m.value:
        return m  # more dead than were taken: not a part of them
    actor, side = side_of(lexicon, work, hit.start("group"), hit.end("group"), on)
    if actor is None or side is None:
        return m
    return replace(m, side=side, actor=actor.actor.name, nationality=actor.actor.nationality, generic=False)


#: "assassinating media activist Mohammad X and his wife", "the killing of media activist Mohammad X": one person named by a
#: civilian calling, written without a number.
_NAMED_CIVILIAN = re.compile(
    r"\b(?P<verb>killing|killed|assassinating|assassinated|shot\s+dead|shooting\s+dead|murdering|murdered|injuring|injured|wounding|wounded|"
    r"(?:killing|murder|assassination)\s+of)\s+"
    r"(?:the\s+)?(?:(?:local|citizen|prominent|well-known|young)\s+)?(?P<who>(?:media\s+)?activist|journalist|photographer|cameraman|"
    r"doctor|physician|nurse|pharmacist|teacher|lawyer|engineer|paramedic|volunteer)\s+"
    r"(?P<name>(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*(?:\s*\([^()]{1,40}\))?)")
#: A charge before "the killing of" ("accusing members of the faction of involvement in"), where the killing is told
#: apart; the killing told in the same sentence ("..., who were shot dead by gunmen ...") is counted there.
_CHARGED = re.compile(r"\b(?:accus\w*|blam\w*|charg\w*)\b[^.;]*$", re.IGNORECASE)
_TOLD_KILLED = re.compile(r"[^.;]{0,120}?,\s*who\s+(?:was|were)\s+(?:shot\s+dead|killed|gunned\s+down|assassinated)\b", re.IGNORECASE)
_CALLINGS = ("activist", "journalist", "photographer", "cameraman", "doctor", "physician", "nurse", "pharmacist", "teacher", "lawyer",
             "engineer", "paramedic", "volunteer")


def named_civilians(work: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """"assassinating media activist Mohammad Abdul Latif": one civilian (a calling the text names him by), merged in text
    order with the sentence's other figures; not "the killing of" a civilian that a charge names and the sentence does
    not tell ("accusing the faction of involvement in the killing of media activist X": told apart, counted there)."""
    if not any(work.find(who, start, end) >= 0 for who in _CALLINGS):
        return mentions  # (the pattern is case-sensitive: its callings are looked for as written)
    extra: list[Mention] = []
    for m in _NAMED_CIVILIAN.finditer(work, start, end):
        s, e = m.start("who"), m.end("who")
        if any(p.quantity.start <= s < max(p.group_end, p.quantity.end + 1) for p in mentions):
            continue
        if m.group("verb").endswith("of") and _CHARGED.search(work, max(start, m.start() - 120), m.start()) \
                and not _TOLD_KILLED.match(work, m.end("name"), end):
            continue  # "accusing the faction of involvement in the killing of media activist X": a charge, the death told elsewhere
        role = verb_role(m.group("verb"))
        named = m.end("name")  # the figure reaches to the end of the name: "... and his wife" right after it
        extra.append(Mention(role, Quantity(1, Qualifier.EXACT, s, named, ""), "civilians", s, max(e, named)))
    return merged(mentions, extra)


def merged(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """``mentions`` and ``extra`` (no parents of their own) in text order, parents re-pointed."""
    if not extra:
        return mentions
    rows = sorted([(m.quantity.start, i, m) for i, m in enumerate(mentions)] + [(m.quantity.start, -1, m) for m in extra],
                  key=lambda t: t[0])
    where = {i: k for k, (_, i, _) in enumerate(rows) if i >= 0}
    return [m if m.parent is None else replace(m, parent=where[m.parent]) for _, _, m in rows]


#: "a man, his wife and their two children": a relative between two figures of one list, who share the verb before.
KIN_BETWEEN = re.compile(r"\s*,?\s*(?:and\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?(?:wife|husband|mother|father|son|daughter|brother|"
                         r"sister|child|driver|escort|companion)\s*(?:,|and|,\s*and)\s*(?:his|her|their)?\s*", re.IGNORECASE)


#: "ISIS claimed the attack through Amaq, alleging the killing of five SDF members": a claimant's figure.
_ALLEGED = re.compile(r"\b(?:alleging|allegedly|claiming|claimed|claims|alleged|alleges)\s+(?:that\s+it\s+(?:had\s+)?killed|to\s+have\s+killed|"
                      r"it\s+(?:had\s+)?killed|(?:the\s+)?(?:killing|death|deaths)\s+of)\s+(?:at\s+least\s+|about\s+)?$", re.IGNORECASE)


def alleged(m: Mention, work: str) -> bool:
    """Whether the figure is one a claimant alleges ("alleging the killing of five SDF members")."""
    return m.parent is None and _ALLEGED.search(work, max(0, m.quantity.start - 60), m.quantity.start) is not None


def drop_claims_told_before(mentions: list[Mention], work: str, earlier: list[Mention]) -> list[Mention]:
    """A claimant's figure for a side and role the text has already given (SOHR's, the report's own) is only noted: the
    figure told first stays (SCHEMA: where two sources conflict, the monitor's or the body's figure is used)."""
    if any(m.parent is not None for m in mentions):
        return mentions
    told = {(p.side, p.role) for p in earlier if p.side is not None and not p.quantity.vague}
    return [m for m in mentions if not (alleged(m, work) and (m.side, m.role) in told)]


#: A murder told as such ("stabbed to death", "strangled", "murdered"), or a body found killed by hand ("found shot dead",
#: "the body of a woman ... with gunshot wounds": tests/test_extract_casualty_found_killed_women.py); a body found after
#: shelling is no murder.
_MURDER = re.compile(r"\b(?:stabbed|strangled|strangulation|murdered|murder|slaughtered|beaten\s+to\s+death)\b|"
                     r"\bfound\s+(?:shot|stabbed)\s+(?:dead|to\s+death)\b|"  # a body found killed by hand: no murder word needed
                     r"\b(?:found\s+dead|bod(?:y|ies)\s+of)\b[^.!?\n]{0,200}?\b(?:gunshot|bullet|shot\s+in|stab|strangl)", re.IGNORECASE)
_PLAIN_WOMAN = re.compile(r"\s*(?:(?:an?\s+)?[A-Z][\w-]*\s+)?(?:young\s+|elderly\s+|old\s+)?(?:woman|women)"
                          r"(?:\s+of\s+[A-Z][\w-]*\s+nationality)?\b")
_CIVILIAN_WORD = re.compile(r"\bcivilians?\b", re.IGNORECASE)
#: The sentence after the one with the figure, where the murder is often told ("... behind the murder").
_NEXT_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?\s*[^.!?\n]*")


def murdered_woman(m: Mention, work: str, start: int, end: int) -> Mention:
    """"the body of an Iraqi woman who had been stabbed to death": a murder's victim the text does not call a civilian
    is of no known side (SCHEMA: people killed by murders -> unknown unless the text says civilians). The murder may be
    told in the sentence after the figure ("the women had been strangled")."""
    if m.side != "civilians" or m.parent is not None:
        return m
    if not _PLAIN_WOMAN.fullmatch(work, m.quantity.end, m.group_end) or _CIVILIAN_WORD.search(work, start, end):
        return m
    told = _NEXT_SENTENCE.match(work, end)
    if not _MURDER.search(work, start, told.end() if told else end):
        return m
    return replace(m, side="unknown", actor=None, generic=False)


def murdered_women(mentions: list[Mention], work: str, start: int, end: int) -> list[Mention]:
    """``murdered_woman`` over a sentence's figures; a part of a figure it moves ("two women, one of them an Iraqi
    national") that only took the civilians side from its whole moves with it."""
    out = [murdered_woman(m, work, start, end) for m in mentions]
    return [replace(m, side="unknown", actor=None, generic=False)
            if m.parent is not None and m.side == "civilians" and out[m.parent] is not mentions[m.parent]
            and not _CIVILIAN_WORD.search(work, m.group_start, m.group_end) else m for m in out]

