"""Armed men the text first names with their backer and then counts by their kind alone (used by ``casualties``;
tests in tests/test_extract_casualty_backed_referents.py).

* "government-backed tribal fighters stormed ... The fighting left two SDF members and five tribal fighters dead";
* "tribal gunmen backed by the Syrian regime crossed the river and attacked ..., leaving four of the attackers dead";
* "fighters backed by Turkey broke into ... Three fighters and two SDF members were killed":
  the later "tribal fighters", "gunmen", "fighters", "attackers" or "the attacking tribal fighters" are the men told before, of their backer's side
  (SCHEMA: pro-government fighters -> regime; Turkey's factions; Iranian-backed men of unstated nationality).

Only a figure no other reading gave a side (or only the tribal kind's own "unknown"), of the kind the backed men were
named by ("Iran-backed militias" do not make "tribal gunmen" theirs), and not where: men of the kind were named with
two backers, with a backer of no side read here ("SDF-affiliated tribesmen") or as unidentified; men of the kind were
named with no backer before the backed ones; bare "fighters"/"gunmen" follow another armed group in their own sentence
("an SDF patrol was hit, killing three fighters"); the backed men were named as the owners of the weapons ("drones
belonging to regime forces and Iranian-backed militias"). "The attackers" only where the backed men are told attacking.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from observatory.extract.actors import GENERIC_ALIASES
from observatory.extract.mention_sides import Mention
from observatory.extract.text import NAME_WORD

if TYPE_CHECKING:
    from datetime import date

    from observatory.extract.actors import ActorLexicon

#: How far back (characters) the backed men may have been named.
_WINDOW = 900
#: The figure's own words: "five tribal fighters", "four of the attackers", "11 of the gunmen".
#: ("five of the attacking tribal fighters": the men told by their deed, read as "of the attackers" is)
_REFERENT = re.compile(r"\s*(?:of\s+the\s+)?(?:(?P<attacking>attacking|assaulting|storming|raiding)\s+)?(?:(?:tribal|armed)\s+)?"
                       r"(?:gunm[ae]n|fighters?|tribesmen|militiam[ae]n|(?P<attackers>attackers?))(?:\s*,|\s+and)?\s*", re.IGNORECASE)
#: Words that point at the backed men themselves (their kind, or their deed): "tribal fighters", "of the attackers".
_NAMED_KIND = re.compile(r"\s*(?:of\s+the\s+)?(?:(?:attacking|assaulting|storming|raiding)\s+(?:(?:tribal|armed)\s+)?"
                         r"(?:gunm[ae]n|fighters?|tribesmen|militiam[ae]n)|attackers?|tribal\s+\w+|tribesmen)(?:\s*,|\s+and)?\s*", re.IGNORECASE)
_TRIBAL = re.compile(r"\b(?:tribal|tribes|tribesmen|clans)\b", re.IGNORECASE)
#: The figure's men taken out of men told before: "four of the gunmen".
_OF_THE = re.compile(r"\s*of\s+the\s+", re.IGNORECASE)
_PLAIN_KIND = re.compile(r"\b(?:gunm[ae]n|fighters|militiam[ae]n)\b", re.IGNORECASE)
_KIND = r"(?:tribesmen|tribes|clans|gunm[ae]n|fighters|militias?|militiam[ae]n|groups?|forces)"
#: The backers whose men are of a side: the government's (and Russia's: the 5th Corps, the 8th Brigade) are pro-government
#: fighters, Turkey's are its factions, Iran's of unstated nationality are its foreign militias (SCHEMA).
_BACKERS = (("regime", r"government|regime|Damascus|Russian?", r"government|regime|Damascus|Russia"),
            ("turkey_factions", r"Turk(?:ish|ey)|Ankara", r"Turkey|Ankara"), ("pro_iran_foreign", r"Iran(?:ian)?|Tehran", r"Iran|Tehran"))


def _backed(backer: str, named: str) -> re.Pattern[str]:
    """Men named with a backer (``backer`` before "-backed", the backer's name ``named`` after "backed by"):
    "government-backed tribal fighters", "the government-backed 'Tribal Forces'", "tribal gunmen backed by the Syrian
    regime", "gunmen of tribal groups loyal to the government"; not "gunmen backed by Iranian-backed militias" (men
    backed by a group, not by Iran)."""
    state = rf"(?:the\s+)?(?:Syrian\s+)?(?:{named})\b(?![- ]backed)"
    return re.compile(rf"\b(?:{backer})[- ](?:backed|allied|supported)\s+(?:[\"'“]?[\w-]+[\"'”]?\s+){{0,3}}?[\"'“]?{_KIND}\b|"
                      rf"\b(?:(?:tribal|Arab|local)\s+){{0,2}}{_KIND}\s+(?:(?:backed|supported)\s+by|loyal\s+to)\s+{state}", re.IGNORECASE)


_BACKED = tuple((side, _backed(backer, named)) for side, backer, named in _BACKERS)
#: Armed men of the kind with a backer of no side read here, or unidentified ones: the bare kind could be theirs.
_OTHER = re.compile(r"\b(?:US|American|coalition|SDF|Kurdish)[- ](?:backed|allied|supported|"
                    r"affiliated|linked)\s+(?:[\w-]+\s+){0,2}?(?:tribal|tribes|tribesmen|gunm[ae]n|fighters)\b|"
                    r"\b(?:unknown|unidentified|masked)\s+(?:gunm[ae]n|attackers|fighters)\b", re.IGNORECASE)
#: Backed men who are themselves the backer of others: "gunmen backed by Iranian-backed militias".
_BACKER_BEFORE = re.compile(r"\b(?:backed|supported)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
#: The backed men named as whose the weapons were ("drones belonging to regime forces and Iranian-backed militias"):
#: the ones who struck, not men the text goes on to count (round 67).
_OWNERS_OF = re.compile(r"\b(?:belonging\s+to|launched\s+by|fired\s+by|operated\s+by)\s+(?:[\w-]+\s+){0,4}?$", re.IGNORECASE)
#: A sentence that opens a scene of its own: "Elsewhere, ...", "In a separate attack, ...", "In Idlib, ...".
_SCENE = re.compile(r"\s*(?:Elsewhere|Separately|Meanwhile|In\s+(?:a|another)\s+(?:separate\s+)?\w+|"
                    rf"In\s+(?P<place>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\s*,)")
#: Two parties told fighting each other: bare men of a kind counted after it may be of either.
_CLASH = re.compile(r"\b(?:clash(?:ed|es)?|fighting\s+between|battles?\s+(?:between|with)|(?:exchanged|traded)\s+fire)\b", re.IGNORECASE)
#: The backed men told as the doers of an attack named before them: "an attack launched on Wednesday by tribal fighters
#: loyal to the regime" (round 65).
_ATTACK_BY = re.compile(r"\b(?:attack|assault|offensive|raid|incursion)s?\s+(?:[\w-]+\s+){0,4}?by\s+$", re.IGNORECASE)
#: The backed men told attacking, in the rest of their sentence.
_ATTACKING = re.compile(r"[^.]{0,160}?\b(?:attack(?:ed|ing)?|storm(?:ed|ing)|raid(?:ed|ing)?|assault(?:ed)?|crossed)\b", re.IGNORECASE)


def backed_referents(mentions: list[Mention], work: str, start: int, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The sentence's (from ``start``) figures, each bare kind of armed men read as the backed men told before it;
    not bare "fighters" or "gunmen" after another armed group in their own sentence ("an SDF patrol was hit by an IED,
    killing three fighters"): theirs, not the backed men's; nor, alone in their sentence, after the backed men were told
    clashing ("... and opposition factions clashed ... Seven fighters were killed"): either side's; nor any figure of a
    sentence that moves to another scene ("In Idlib, four fighters were killed")."""
    out = []
    for m in mentions:
        read = backed_referent(m, work)
        plain = read is not m and not _NAMED_KIND.fullmatch(work, m.quantity.end, m.group_end) \
            and not _OF_THE.match(work, m.quantity.end, m.group_end)  # ("four of the gunmen": the men told before, round 65)
        if read is not m and _another_scene(work, start) or plain and (any(
                a.side not in (read.side, "civilians", "unknown") and a.alias.lower() not in GENERIC_ALIASES
                for a in lexicon.find(work, start, m.quantity.start, on)) or _after_clash(m, mentions, work)):
            read = m
        out.append(read)
    return out


def _another_scene(work: str, start: int) -> bool:
    """Whether the sentence opens a scene of its own: "Elsewhere, ...", "In a separate attack, ...", or "In Idlib, ..."
    where the place was not named in the text before it."""
    opening = _SCENE.match(work, start)
    if opening is None:
        return False
    place = opening.group("place")
    return place is None or place.lower() not in work[max(0, start - _WINDOW):start].lower()


def _after_clash(m: Mention, mentions: list[Mention], work: str) -> bool:
    """Whether the backed men were told clashing with others (from their naming on, not in a title before) before ``m``
    or in the rest of its sentence ("Three fighters were killed in clashes between the two sides"), and its sentence
    counts no other armed side."""
    begin = max(0, m.quantity.start - _WINDOW)
    named = [b.start() for _, pattern in _BACKED for b in pattern.finditer(work, begin, m.quantity.start)]
    stop = min((i for i in (work.find(". ", m.quantity.end), work.find("\n", m.quantity.end)) if i >= 0), default=len(work))
    return (bool(named) and _CLASH.search(work, min(named), stop) is not None
            and all(o.side in (None, "unknown", "civilians") for o in mentions if o is not m))


def backed_referent(m: Mention, work: str) -> Mention:
    """``m`` of the regime where its words are only a kind of armed men ("tribal fighters", "of the attackers") and the
    text before it named men of that kind backed by the government, and no others."""
    if m.side not in (None, "unknown") or m.side == "unknown" and m.actor not in (None, "Tribal fighters"):
        return m  # (an "unknown" of no actor named: a part of a toll of people, "the dead included ... four of the gunmen")
    own = _REFERENT.fullmatch(work, m.quantity.end, m.group_end)
    if own is None:
        return m
    begin = max(0, m.quantity.start - _WINDOW)
    found = [(side, b) for side, pattern in _BACKED for b in pattern.finditer(work, begin, m.quantity.start)
             if _same_kind(own, b) and not _BACKER_BEFORE.search(work, max(0, b.start() - 30), b.start())
             and not _OWNERS_OF.search(work, max(0, b.start() - 60), b.start())]
    if own.group("attackers") or own.group("attacking"):
        found = [(side, b) for side, b in found if _ATTACKING.match(work, b.end())
                 or _ATTACK_BY.search(work, max(0, b.start() - 60), b.start())]
    if not found or len({side for side, _ in found}) > 1 or _OTHER.search(work, begin, m.quantity.start):
        return m
    if not (own.group("attackers") or own.group("attacking")) and _named_plain_first(own, work, begin, min(b.start() for _, b in found)):
        return m
    return replace(m, side=found[0][0], generic=False)


def _named_plain_first(own: re.Match[str], work: str, begin: int, backed: int) -> bool:
    """Whether men of the figure's kind were named with no backer before the backed ones ("clashes between the SDF and
    gunmen of Arab tribes ... tribal fighters loyal to the regime crossed ..."): the later "tribal gunmen" may be either."""
    plain = _TRIBAL if _TRIBAL.search(own.group(0)) else _PLAIN_KIND
    return plain.search(work, begin, backed) is not None


def _same_kind(own: re.Match[str], backed: re.Match[str]) -> bool:
    """Whether the backed men are of the figure's kind: tribal men for "tribal gunmen" (not "Iran-backed militias"),
    militias for "militiamen"; any for bare "gunmen", "fighters" or "attackers"."""
    words = own.group(0).lower()
    if _TRIBAL.search(words):
        return _TRIBAL.search(backed.group(0)) is not None
    if "militiam" in words:
        return re.search(r"militia|groups?\b|forces\b", backed.group(0), re.IGNORECASE) is not None
    return True
