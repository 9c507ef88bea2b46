"""Whether a bare "the factions" stands for Turkey's Syrian factions, read from the groups the text named before it.

A bare "factions" names the rebels (SCHEMA: "factions" -> hts_rebels) unless its paragraph (or, where that names no
group, the paragraphs before it below the title) last named the factions as Ankara's: "the Turkish-backed factions",
"the factions of 'Euphrates Shield'", "the Hamza Division", "Turkish forces and their proxy factions" (SCHEMA: SNA
factions -> turkey_factions); in the paragraphs before, Turkey's army named with its proxies counts where they are one
party of a fight told "on one side ... on the other" (round 74). Used for casualty figures ("four members of the
factions", ``casualty_referents``) and for the doer or target of an incident ("after the factions tried to advance",
``turkish_doer``).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from observatory.extract.actors import TURKISH_OPERATIONS, ActorLexicon, ActorMatch
from observatory.extract.text import line_around

#: The bare word for armed factions, which names the rebels unless the text has named the factions as Ankara's.
BARE_FACTIONS: Final = frozenset({"factions", "faction member", "faction members", "faction fighter", "faction fighters"})
#: Words of an alias that name Turkey's Syrian factions, not its own army ("Turkish-backed factions", "National Army").
_SNA_WORDS: Final = ("backed", "faction", "national army", "pro-turkish", "euphrates shield", "sna")
_FACTIONS_WINDOW: Final = 1500
_SNA_NAME: Final = "Turkish-backed factions"
#: The backer's word alone, an adjective before the group it backs.
_BACKED: Final = frozenset({"turkish-backed", "turkey-backed", "ankara-backed", "pro-turkish"})
_GENERIC_REBELS: Final = BARE_FACTIONS | {"rebels", "rebel", "rebel factions", "rebel faction", "opposition factions",
                                           "opposition faction", "islamic factions", "jihadist factions"}
_JUST_AFTER: Final = re.compile(r"\s*[\"“‘']?\s*")
#: Turkey's factions named by the operation they fought under ("the factions of 'Euphrates Shield'", "Olive Branch
#: factions"): the names of the operations, not of a group, so no actor of the lexicon.
_OPERATION_FACTIONS: Final = re.compile(rf"\bfactions\s+of\s+(?:the\s+)?[\"“']?{TURKISH_OPERATIONS}\b|"
                                        rf"\b{TURKISH_OPERATIONS}[\"”']?\s+factions\b", re.IGNORECASE)
#: Turkey's army named with the factions it fights beside ("Turkish forces and their proxy factions", "the Turkish army
#: and its Syrian mercenaries"): the factions are Turkey's.
_AND_ITS_PROXIES: Final = re.compile(r"\s+and\s+(?:their|its)\s+(?:Syrian\s+)?(?:proxy\s+|proxies|allied\s+|loyal\s+|affiliated\s+|"
                                     r"mercenaries)(?:factions|mercenaries|militias|groups)?\b", re.IGNORECASE)


def _sna_alias(a: ActorMatch, work: str, proxies: bool) -> bool:
    alias = a.alias.lower()
    return a.side == "turkey_factions" and ("turk" not in alias or any(w in alias for w in _SNA_WORDS)
                                           or proxies and _AND_ITS_PROXIES.match(work, a.end) is not None)


def _faction_groups(work: str, s: int, e: int, lexicon: ActorLexicon, on: date | None, proxies: bool) -> list[ActorMatch]:
    """The factions named in full in work[s:e]: Turkey's, or the rebels by a name of their own; with ``proxies``, also
    Turkey's army named with its proxies (read in the bare word's own paragraph only: a roundup's "civilians killed by
    Turkish forces and their proxies" does not name the "fighters of the factions" listed further down)."""
    return [a for a in lexicon.find(work, s, e, on)
            if _sna_alias(a, work, proxies) or a.side == "hts_rebels" and a.alias.lower() not in BARE_FACTIONS]


def ankara_factions_before(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> tuple[bool, ActorMatch | None]:
    """Whether the factions last named before ``at`` are Turkey's, with the group that named them (None where an
    operation named them: "the factions of 'Euphrates Shield'")."""
    begin = max(0, at - _FACTIONS_WINDOW, line_around(work, at)[0])  # its own paragraph
    before = _faction_groups(work, begin, at, lexicon, on, True)
    if not before and (cut := work.find("\n")) < begin:  # none there: the paragraphs before, below the title
        before = _faction_groups(work, max(cut, at - _FACTIONS_WINDOW), begin, lexicon, on, _fight_between(work, cut, begin))
    operation = max((h.end() for h in _OPERATION_FACTIONS.finditer(work, begin, at)), default=-1)
    if operation > (before[-1].end if before else -1):
        return True, None
    if before and before[-1].side == "turkey_factions":
        return True, before[-1]
    return False, None


#: Two parties of a fight named against each other ("clashes between SDF on one side, and the Turkish forces and their
#: proxy factions on the other side"): the proxies are the party the bare "factions" after it stand for (round 74).
_ONE_SIDE_OTHER: Final = re.compile(r"\bon\s+one\s+side\b[^.;]{0,120}?\bon\s+the\s+other(?:\s+side)?\b", re.IGNORECASE)


def _fight_between(work: str, start: int, stop: int) -> bool:
    """Whether work[start:stop] names two parties fighting "on one side ... on the other"."""
    return _ONE_SIDE_OTHER.search(work, max(0, start), stop) is not None


def _backed_rebels(a: ActorMatch, work: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch:
    """"the Turkish-backed 'Faylaq al-Sham'" in Idlib: the backer's word qualifies the
    group named right after it, whose own side counts (SCHEMA: NLF in Idlib -> hts_rebels, even if Turkish-backed)."""
    if a.side != "turkey_factions" or a.alias.lower() not in _BACKED:
        return a
    after = lexicon.find(work, a.end, min(len(work), a.end + 60), on)
    named = after[0] if after and after[0].side == "hts_rebels" and after[0].alias[:1].isupper() else None
    if named is not None and named.alias.lower() not in _GENERIC_REBELS and _JUST_AFTER.fullmatch(work, a.end, named.start):
        return named  # (a group by its own name: not "Ankara-backed factions", "Turkish-backed rebels" in Azaz)
    return a


def turkish_doer(a: ActorMatch | None, work: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The doer or target of an incident named by a bare "the factions" ("clashes broke out after the factions tried to
    infiltrate SDF positions") where the text named the factions as Turkey's before: that group, at the bare word; a
    rebel group named after "Turkish-backed" is itself (``_backed_rebels``)."""
    if a is not None and a.side == "turkey_factions":
        return _backed_rebels(a, work, lexicon, on)
    if a is None or a.side != "hts_rebels" or a.alias.lower() not in BARE_FACTIONS:
        return a
    turkish, named = ankara_factions_before(work, a.start, lexicon, on)
    if not turkish:
        return a
    if named is None:  # named by an operation: the lexicon's Turkish-backed factions
        named = next((b for b in lexicon.find(_SNA_NAME, 0, None, on) if b.side == "turkey_factions"), None)
    return ActorMatch(named.actor, a.alias, a.start, a.end) if named is not None else a
