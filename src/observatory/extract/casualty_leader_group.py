"""Men named by their leader's group: a figure whose own words are "members of Zaidan's group", "eight of Zaidan's
gunmen", "gunmen of Zaidan's militia" is of the side of the group the text told before as led by that man and tied to
a force ("a militia led by Ahmad Zaidan and backed by the Air Force Intelligence", "the so-called 'Victory Force', led
by Ahmad Zaidan and affiliated with the regime's Military Security"; or "a gang backed by the Air Force Intelligence
... the gang led by Ahmad Zaidan"). A group whose leader is named but not its backer keeps the figure's own reading.
Tests in tests/test_extract_casualty_leader_group.py.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.mention_sides import Mention

#: The figure's own words: "members of Zaidan's group", "of Zaidan's gunmen", "militiamen of Zaidan's group".
_OF_LEADERS = re.compile(r"\s*(?:(?:members?|gunm[ae]n|fighters?|militiam[ae]n|men|elements)\s+)?of\s+(?P<name>[A-Z][\w-]+)['’]s\s+"
                         r"(?:group|gang|militia|men|gunm[ae]n|fighters|forces?)\b")
#: A tie of a group to a force: "backed by", "affiliated with", "loyal to", "operating under the umbrella of".
_TIE = r"(?:(?:backed|supported|funded|run)\s+by|(?:affiliated|linked|associated)\s+(?:with|to)|(?:loyal|tied|attached|belonging)\s+to|" \
       r"under\s+the\s+umbrella\s+of)\s+"
#: A tie said of the led group itself, right after its leader's name: "led by X and backed by", "led by X, which is
#: affiliated with", "led by X, which operates under the umbrella of", "led by X, a group backed by" (not a tie of
#: another group later in the sentence: "led by X and a gang loyal to", "led by X, which opposes the gangs backed by").
_OWN_TIE = re.compile(r"\s*,?\s*(?:and\s+|which\s+(?:is\s+|was\s+)?(?:[\w-]+\s+)?|an?\s+(?:[\w-]+\s+)?"
                      r"(?:group|militia|gang|faction|force)\s+)?" + _TIE, re.IGNORECASE)
#: A group told with its leader ("led by X"); a plain substring test would also take every "killed by".
_LED_BY = re.compile(r"\bled\s+by\b")
#: How far after a tie its force is named ("backed by the regime's Military Intelligence branch").
_TIE_REACH = 50


@lru_cache(maxsize=4)
def _tells_a_leader(work: str) -> bool:
    """Whether the text tells a group "led by" someone, looked up once a text (it is asked once a sentence, and a
    1 MB report has thousands)."""
    return _LED_BY.search(work) is not None


def leader_groups(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """Each figure of a named leader's men of the side his group was tied to before it (see module doc)."""
    if not _tells_a_leader(work):
        return mentions
    return [_of_leader(m, work, lexicon, on) for m in mentions]


def _of_leader(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the side of its leader's group where its own words name the leader and the text tied his group before."""
    own = _OF_LEADERS.match(work, m.quantity.end)
    if own is None:
        return m
    led = list(re.finditer(rf"\bled\s+by\s+(?:[A-Z][\w'-]*\s+){{0,3}}?{re.escape(own.group('name'))}\b", work[:m.quantity.start]))
    if not led:
        return m
    force = _own_tie(work, led[-1].end(), lexicon, on) or _head_tied_before(work, led[-1].start(), lexicon, on)
    return m if force is None else m.named(force)


def _own_tie(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The force the led group is tied to right after its leader's name, which ends at ``at`` ("..., led by X and
    backed by the Military Intelligence")."""
    tie = _OWN_TIE.match(work, at)
    return None if tie is None else _force_after(work, tie.end(), len(work), lexicon, on)


def _head_tied_before(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The force a group of the led group's own kind was tied to where the text first told of it ("a gang backed by the
    Military Intelligence ... the gang led by X": "the gang" is the one told before, not "a gang led by X")."""
    head = re.search(r"\bthe\s+(gang|group|militia)\s*,?\s*$", work[max(0, at - 30):at], re.IGNORECASE)
    if head is None:
        return None
    ties = list(re.finditer(rf"\ban?\s+{head.group(1)}\s+{_TIE}", work[:at], re.IGNORECASE))
    return _force_after(work, ties[-1].end(), at, lexicon, on) if ties else None


def _force_after(work: str, start: int, end: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The force named right after a tie, or None."""
    found = lexicon.find(work, start, min(end, start + _TIE_REACH), on)
    return found[0] if found and found[0].start <= start + 25 else None
