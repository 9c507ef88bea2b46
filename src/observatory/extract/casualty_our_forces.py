"""The speaker's own men, counted in the speaker's words: "One fighter of our forces was slightly wounded, the statement
said", "two of our fighters were martyred" (tests in tests/test_extract_round62_readings.py).

A party's statement counts its own losses with "our": the figure is of the party that speaks, named as the author of
the statement ("According to a statement issued by the SDF Media Center, ...", "the SDF said in a statement") before
it in the report or after it in its sentence ("..., the SDF said"). Only a figure whose words (or the
words right after them) count "our forces", "our fighters" and the like (whatever side the text around gave them);
where no party is named as speaking, the figure is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.mention_sides import Mention

#: The speaker's men, right after the count: "One fighter of our forces", "two of our fighters", "three of our heroes".
_OUR_MEN = re.compile(r"\S+(?:\s+[\w-]+){0,2}?\s+(?:of\s+)?our\s+(?:own\s+)?(?:forces|fighters|men|members|soldiers|troops|comrades|"
                      r"heroes|units|ranks|personnel)\b", re.IGNORECASE)
#: Words that name the party as the one who speaks, right before its name ("a statement issued by the", "a spokesman
#: for the") or right after it ("X Media Center", "X's spokesman", "X said", "X (SDF) stated").
_SPEAKER_BEFORE = re.compile(r"\b(?:statement|communiqu[eé]|announcement|spokes(?:man|person|woman))\s+(?:issued\s+|released\s+|"
                             r"published\s+)?(?:by|from|of|for)\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"(?:['’]s)?\s*(?:\([^()]{1,20}\)\s*)?(?:(?:media|press)\s+(?:center|centre|office)|spokes(?:man|person|woman)|"
                            r"statement|(?:also\s+)?(?:said|says|stated|announced|added|claimed))\b", re.IGNORECASE)
_BEFORE = 600  # how far back the statement's author is looked for
_NEAR = 40  # how close the words of speaking stand to the party


def our_forces(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """``m`` of the side of the party that speaks, where its words count that party's own men ("our forces")."""
    if m.parent is not None or "our" not in work[m.quantity.start:m.group_end + 30].lower():
        return m
    if _OUR_MEN.match(work, m.quantity.start) is None:
        return m
    speaker = _speaker(work, m.quantity.start, lexicon, on)
    if speaker is None:
        return m
    return replace(m, side=speaker.side, actor=speaker.actor.name, nationality=speaker.actor.nationality, generic=False)


def _speaker(work: str, at: int, lexicon: ActorLexicon, on: date | None) -> ActorMatch | None:
    """The party named as speaking nearest before ``at`` (within ``_BEFORE`` characters), else after it in its sentence."""
    before = [a for a in lexicon.find(work, max(0, at - _BEFORE), at, on) if _speaking(work, a)]
    if before:
        return before[-1]
    stop = work.find(".", at)
    return next((a for a in lexicon.find(work, at, len(work) if stop < 0 else stop, on) if _speaking(work, a)), None)


def _speaking(work: str, a: ActorMatch) -> bool:
    """Whether the party is named as the one speaking: words of speaking right before or after its name."""
    if a.side in ("civilians", "unknown"):
        return False
    return _SPEAKER_BEFORE.search(work, max(0, a.start - _NEAR), a.start) is not None or \
        _SPEAKER_AFTER.match(work, a.end) is not None
