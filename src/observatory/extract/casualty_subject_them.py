""""N of them" after a sentence whose subject the attack was aimed at (tests in tests/test_extract_casualty_subject_them.py).

"Members of Liwa Fatemiyoun were targeted by a drone near al-Mayadin, and three of them were killed", "SDF fighters
came under fire from ISIS cells ..., killing two of them": the sentence opens on a group that suffered the attack (a
passive verb, or "came under"), so "them" are that group, of its side, and so are the "others" hurt with them; the
doer named after "by" or "from" is not "them" (the nearest group is no referent of a pronoun that points at the subject).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon, ActorMatch
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words

#: Words that may stand in the subject before the group's name: an opening time or place phrase set off by a comma,
#: then articles, counts and the nouns of members ("On Sunday, a group of members of the ...").
_SUBJECT_HEAD = re.compile(r"(?:(?:on|in|at|early|late|earlier|later|yesterday|today|last)\b[^,.;]{0,50},\s*)?"
                           r"(?:(?:" + number_words("a", "an", "the", "some", "several", r"\d+") +
                           r"|group|number|members?|fighters?|militiam[ae]n|elements?|soldiers?|troops|personnel|"
                           r"gunmen|militants|officers?|commanders?|recruits|conscripts|of|from|in)\s+){0,5}$",
                           re.IGNORECASE)
#: After the group's name: its member noun, an aside set off by commas, then the attack suffered.
_SUFFERED = re.compile(r"(?:\s+(?:members?|fighters?|militiam[ae]n|elements?|soldiers?|troops|personnel|gunmen|militants|"
                       r"officers?|commanders?|recruits|conscripts))?(?:\s*,[^,.;]{1,60},)?\s+"
                       r"(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:targeted|attacked|ambushed|hit|struck|"
                       r"shelled|bombed|bombarded|surrounded|besieged|shot\s+at|fired\s+(?:on|at)|raided)|came\s+under|"
                       r"(?:were|was)\s+(?:the\s+)?targets?\s+of)\b", re.IGNORECASE)
_OF_THEM = re.compile(r"\s*of\s+them\s*", re.IGNORECASE)
#: The doer after the attack suffered: "by a drone", "from ISIS cells".
_AGENT = re.compile(r"\b(?:by|from)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n;](?=[^.!?\n;]*$)")
_OTHERS = ("others", "other", "")
#: The group hit back in between ("..., but they repelled the attack, killing four of them"): "them" are the attackers.
_HIT_BACK = re.compile(r"\b(?:repell?ed|repelling|repulsed|repulsing|thwarted|foiled|fought\s+back|responded|retaliated|"
                       r"returned\s+fire|clashed|attackers|assailants)\b", re.IGNORECASE)


def _subject(work: str, begin: int, at: int, lexicon: ActorLexicon, on: date | None) -> tuple[ActorMatch, list[ActorMatch]] | None:
    """The group opening the sentence from ``begin`` that suffered the attack, and the groups named up to ``at``."""
    found = lexicon.find(work, begin, at, on)
    if not found:
        return None
    first = found[0]
    if (first.side == "unknown" or first.alias.lower() in GENERIC_ALIASES
            or not _SUBJECT_HEAD.match(work[begin:first.start].lstrip("\"“ ")) or not _SUFFERED.match(work, first.end)):
        return None
    return first, found[1:]


def _sentence_begin(work: str, at: int) -> int:
    """Where the sentence holding ``at`` begins; for "Three of them were killed." opening a sentence, the one before."""
    cut = _SENTENCE_END.search(work, max(0, at - 300), at)
    begin = cut.end() if cut else max(0, at - 300)
    if cut is None or work[begin:at].strip(" \"“") or work[cut.start()] == "\n":
        return begin
    before = _SENTENCE_END.search(work, max(0, cut.start() - 300), cut.start())
    return before.end() if before else max(0, cut.start() - 300)


def of_them_subject(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """"X were targeted ..., killing three of them": "them" are the subject's group (see module doc)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is not None or not _OF_THEM.fullmatch(work, m.group_start, m.group_end):
            continue
        told = _subject(work, _sentence_begin(work, m.quantity.start), m.quantity.start, lexicon, on)
        if told is None:
            continue
        subject, later = told
        if _HIT_BACK.search(work, subject.end, m.quantity.start):
            continue
        agents = {a.side for a in later if _AGENT.search(work, max(0, a.start - 40), a.start)}
        if m.side == subject.side or (m.side is not None and m.side not in agents) or any(
                a.side not in agents and a.alias.lower() not in GENERIC_ALIASES for a in later):
            continue  # (another group named in the sentence may be "them")
        out[i] = m.named(subject)
        for k in range(i + 1, len(mentions)):
            o = mentions[k]
            if o.parent is None and o.side in (None, "unknown") and work[o.group_start:o.group_end].strip().lower() in _OTHERS:
                out[k] = o.named(subject)
    return out
