"""Some of a group the text described before ("two of the gunmen were injured", "leaving two of the group's members and
two of the local gunmen dead"), tests in tests/test_extract_casualty_some_of_the_named.py.

* A figure of no side whose words are "of the (local) gunmen / fighters / militants / attackers" takes the side of the
  group the text named with that noun before it, in the sentence or the ones before: "local gunmen affiliated with the
  Military Security raided a house ... Two of the gunmen were injured" (regime); "clashes between gunmen of a local armed
  faction and ... leaving two of the local gunmen dead" (the faction's side). A group named without a side leaves it,
  and a noun counted before ("Three SDF fighters and five gunmen killed" in the title) names no group (round 74).
* "Two of the local gunmen" after "local gunmen" named apart from "gunmen affiliated with X": the local ones, not X's
  (the qualifier picks the group it was written with, where the text has one).
* "two gunmen of the gang" after "members of a gang affiliated with the Military Intelligence": the side the gang's
  description gives (gang, group, cell, band, militia); tests in tests/test_extract_casualty_gunmen_of_the_gang.py.
  "10 members of the militias" after "trucks belonging to Iranian-backed militias": the militias named with the words
  before them; "three of the group's gunmen" after "a local group affiliated with the Military Security": that group's
  side (round 66).
* "five members of the (armed) faction" after a faction named by name ("the Turkish-backed Hamza Division"): its side,
  where the factions named before are all of one side (``_of_the_faction``).
* "nine members of Hamdan's group" after "a group led by Wael Hamdan, which is affiliated with the Military Security": the
  leader's name for "the group", and a description after its leader (tests/test_extract_casualty_group_led_by.py).
* The attackers of the incident itself ("Four of the attackers were also killed", "the assailants fled after two of
  them died") where no side was read for them: the side of the incident's perpetrator, whatever verb the attack was
  told with ("struck", "killed ... in an attack"); not in a bombing, whose doer is the bomber rather than the attackers
  (tests/test_extract_casualty_attackers_of_the_incident.py).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.casualty_groups import side_of
from observatory.extract.mention_sides import ATTACKER_NOUNS, Mention
from observatory.extract.numbers import CARDINAL_WORD
from observatory.extract.text import OF_THEM

_OF_THE = re.compile(r"\s+of\s+the\s+(?:(?P<adj>local|armed)\s+|other\s+)?(?P<noun>gunmen|fighters|militants|attackers|assailants|militiamen)\b|"
                     r"\s+(?:gunmen|members|fighters|militants|elements)\s+of\s+(?:the\s+|(?-i:[A-Z])[\w'-]+['’]s\s+)"
                     r"(?P<band>gang|group|cell|band|militias?)\b|"
                     r"\s+of\s+the\s+(?P<owner>gang|group|cell|band|militia|faction)['’]s\s+(?:gunmen|fighters|members|militants|militiamen)\b",
                     re.IGNORECASE)
#: What ties the group to its side right after the noun ("gunmen affiliated with the Military Security", "gunmen of a
#: local armed faction"), or the words before it ("Local gunmen from former opposition factions").
_TIED = re.compile(r"\s*(?:,\s*)?(?:(?:led|headed|commanded|run)\s+by\s+[^,;.]{1,40}?\s*,?\s*(?:(?:which|that|who)\s+(?:is|are|was|were)\s+)?)?"
                   r"(?:(?:known\s+as|called)\s+[^,;.]{1,40}?,\s*(?:(?:which|that|who)\s+)?(?:is|are|was|were)\s+)?"
                   r"(?:of|from|affiliated\s+with|loyal\s+to|linked\s+to|tied\s+to|attached\s+to|belonging\s+to|backed\s+by|working\s+for|"
                   r"members\s+of)\s+[^,;.]{1,60}", re.IGNORECASE)
#: A number right before the group's noun: the noun counts men ("five gunmen"), it does not describe a group.
_COUNTED = re.compile(r"\b(?:\d+|" + CARDINAL_WORD + r")\s+$", re.IGNORECASE)
#: How far back (characters) the group may be named.
NAMED_WINDOW = 700


def of_the_named(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """Some of a group named before, of the side its description gives (see module doc)."""
    if m.quantity.vague:
        return m
    if m.side is not None or m.parent is not None:
        return leaders_band_part(m, work, lexicon, on)
    hit = _OF_THE.match(work, m.quantity.end)
    if hit is None:
        return _of_the_faction(m, work, lexicon, on)
    return _named_group(m, work, hit, lexicon, on)


#: "members of Falhout's group": a band named by its leader's name, whatever else it is called.
_LEADERS_BAND = re.compile(r"\s+(?:gunmen|members|fighters|militants|elements|militiamen)\s+of\s+(?P<leader>(?-i:[A-Z])[\w-]+)['’]s\s+"
                           r"(?P<band>gang|group|band|militia)\b", re.IGNORECASE)


def leaders_band_part(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """A part of a breakdown, read as of no known side, whose words are "members of <leader>'s group" ("17 people
    dead: eight members of the local factions and nine members of Hamdan's group"): the side of the group the text
    named with its leader before, as for a figure of its own."""
    if m.side != "unknown" or m.parent is None or m.generic:
        return m
    hit = _LEADERS_BAND.match(work, m.quantity.end)
    if hit is None:
        return m
    return _named_group(m, work, hit, lexicon, on)


def _named_group(m: Mention, work: str, hit: re.Match[str], lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the group ``hit`` names, read where the text named it before ``m``."""
    begin = max(0, m.quantity.start - NAMED_WINDOW)
    words = hit.groupdict()
    band = words.get("band") or words.get("owner")  # ("members of the gang", "the group's gunmen")
    noun = re.compile(rf"\b{words.get('noun') or band}\b", re.IGNORECASE)
    named = list(noun.finditer(work, begin, m.quantity.start))
    if words.get("adj"):  # "two of the local gunmen": the gunmen called local before, where the text calls some so
        named = [n for n in named if re.search(rf"\b{words['adj']}\s+$", work[max(0, n.start() - 10):n.start()], re.I)] or named
    for n in reversed(named):
        if _COUNTED.search(work, max(0, n.start() - 20), n.start()):
            continue  # "Three SDF fighters and five gunmen killed" in the title: a count of the same dead, no description
        tied = _TIED.match(work, n.end())
        if words.get("leader") and not _names_leader(work, n.start(), tied.end() if tied else n.end(), words["leader"]):
            continue  # "a group led by Saab, affiliated with X ... members of Aloush's group": another band
        begin = n.start() if band and band.lower() != "militias" else max(work.rfind(",", 0, n.start()), work.rfind(".", 0, n.start()),
                                                                             work.rfind("\n", 0, n.start()), n.start() - 40) + 1
        actor, side = side_of(lexicon, work, begin, tied.end() if tied else n.end(), on)
        if actor is not None and side not in (None, "unknown", "civilians"):
            return m.named(actor)
    return m


#: How far before the group's noun its leader may be named ("led by Wael Hamdan, a group backed by ...").
_LEADER_REACH = 60


def _names_leader(work: str, start: int, end: int, leader: str) -> bool:
    """Whether the group named at ``start``..``end`` (with its tie) is named with ``leader``, in the same sentence."""
    begin = max(work.rfind(".", 0, start), work.rfind("\n", 0, start), start - _LEADER_REACH) + 1
    return re.search(rf"\b{re.escape(leader)}\b", work[begin:end]) is not None


#: "the raiding force", "the storming party": the men who attacked, told as their unit (also read by
#: ``incident_sameness.DOERS_BACK``).
RAIDING_FORCE = r"(?:raiding|attacking|storming|assaulting)\s+(?:force|patrol|group|unit|party)"
_ATTACKERS_WORDS = re.compile(rf"\s+(?:of\s+the\s+|other\s+)?{ATTACKER_NOUNS}\b|\s+(?:members|elements)\s+of\s+the\s+{RAIDING_FORCE}\b",
                              re.IGNORECASE)
#: ("two members of the raiding force were wounded": the raiders, round 73)
_ATTACKERS_SUBJECT = re.compile(rf"\bthe\s+{ATTACKER_NOUNS}\b(?![^,;]*,)[^,;]*$", re.IGNORECASE)
#: The incident kinds whose perpetrator is the side that attacked, or no kind read yet (a bomb's or a strike's "attackers" may
#: be others).
ATTACK_KINDS = frozenset({"attack", "ambush", "clash", "assassination", "execution"})


def attackers_of_incident(m: Mention, perpetrator: ActorMatch | None, kind: str | None, text: str, offset: int,
                          beside: set[str | None], target: ActorMatch | None = None) -> Mention:
    """A figure of no side told as the attackers' own ("N of the attackers were killed", "the attackers withdrew after
    one of them was killed"), in an incident whose perpetrator is named: the perpetrator's side. ``text`` is the
    sentence, ``offset`` where it starts in the working copy; ``beside`` the sides of the sentence's other figures and
    the incident's target: the attackers are none of them ("left four SDF members and three of the attackers dead"
    where the SDF was read as the perpetrator). Attackers of no named side ("armed tribesmen attacked ..., while two of
    the attackers were also killed") are of that unknown side (SCHEMA: affiliation not given;
    tests/test_extract_casualty_attackers_unnamed.py). Armed men of no side whom the incident's target killed ("The
    army and its allies killed more than 15 terrorists" in an attack by ISIS on the army) are the perpetrator's too
    (tests/test_extract_casualty_attackers_of_the_incident.py)."""
    if (m.side is not None or m.parent is not None or m.quantity.vague or perpetrator is None
            or perpetrator.side == "civilians" or kind is not None and kind not in ATTACK_KINDS
            or perpetrator.side in beside):
        return m
    at = m.quantity.end - offset
    if _ATTACKERS_WORDS.match(text, at):
        return m.named(perpetrator)
    if OF_THEM.match(text, at) and _ATTACKERS_SUBJECT.search(text, 0, m.quantity.start - offset):
        return m.named(perpetrator)  # "the attackers withdrew after one of them was killed"
    if target is not None and target.side != perpetrator.side and _ARMED_AFTER.match(text, at) \
            and _killed_by(target, text, m.quantity.start - offset):
        return m.named(perpetrator)  # "the army and its allies killed more than 15 terrorists": the defenders killed them
    return m


#: The verb of killing right before a figure ("... killed more than 15 terrorists").
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|eliminated|eliminating)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|"
                            r"nearly\s+)?$", re.IGNORECASE)
#: Armed men of no side named, after the figure: "15 terrorists", "a dozen militants".
_ARMED_AFTER = re.compile(r"\s+(?:terrorists?|militants?|insurgents?|jihadists?|attackers?|assailants?|gunm[ae]n)\b", re.IGNORECASE)


def _killed_by(target: ActorMatch, text: str, at: int) -> bool:
    """Whether the clause that kills the figure at ``at`` has the incident's target as its subject: one of the target
    actor's aliases (or the words the target was read from) before the verb, after the clause's last comma."""
    verb = _KILLED_BEFORE.search(text, max(0, at - 60), at)
    if verb is None:
        return False
    clause = text[max(text.rfind(",", 0, verb.start()), text.rfind(";", 0, verb.start()), 0):verb.start()].lower()
    names = {target.alias.lower(), *(a.lower() for a in target.actor.aliases)}
    return any(re.search(rf"\b{re.escape(n)}\b", clause) for n in names if len(n) > 2)


#: "four members of the faction", "five members of the Syrian armed faction": the faction the text named before by name.
_OF_THE_FACTION = re.compile(r"\s+(?:members?|fighters?|gunmen|elements?)\s+(?:of|from)\s+the\s+(?:(?:Syrian|local|armed|same|Turkish-backed)\s+){0,2}"
                             r"faction\b", re.IGNORECASE)
#: The sides whose units a text calls "factions".
_FACTION_SIDES = ("turkey_factions", "hts_rebels")


def _of_the_faction(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """"A car bomb hit a checkpoint of the Turkish-backed Hamza Division ... The dead included five members of the armed
    faction": the one faction named before by name (of one side), when "the faction" names none of its own
    (tests/test_extract_casualty_members_of_the_faction.py)."""
    if not _OF_THE_FACTION.match(work, m.quantity.end) or lexicon.find(work, m.quantity.end, m.group_end, on):
        return m
    named = [a for a in lexicon.find(work, max(0, m.quantity.start - NAMED_WINDOW), m.quantity.start, on)
             if a.side in _FACTION_SIDES and a.alias.lower() not in GENERIC_ALIASES]
    if not named or len({a.side for a in named}) != 1:
        return m
    return m.named(named[-1])
