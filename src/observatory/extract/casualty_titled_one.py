"""One person a killing verb names by a title and a name, with no figure: "killed senior IRGC adviser Razi Mousavi",
"resulting in the martyrdom of the child Ahmed Hassan", "killing the Hezbollah commander Ali Hussein".

The title ends in a person's word (an adviser, a commander, a leader, an officer, a child, a woman ...) right before a
name of two to four capitalised words; the one person is of the side the title's words name ("IRGC" →
pro_iran_foreign), or a civilian where the word is a child's, a woman's or a man's and no side is named; a smuggler
is of no side (SCHEMA: people accused of drug business are unknown). A title that names no side and no civilian ("the
group's leader, Abu X") is left alone: whose he was is not told in these words. Callings (an activist, a doctor) are
read by ``casualty_roles.named_civilians`` (tests/test_extract_round66_readings.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Final

from observatory.extract.casualty_roles import merged
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

if TYPE_CHECKING:
    from observatory.extract.actors import ActorLexicon

_CIVILIAN_WORDS: Final = ("child", "boy", "girl", "woman", "man", "youth")
_DRUG_WORDS: Final = ("smuggler", "trafficker", "drug dealer")
#: The verb, "the", up to three words of the title, its person's word, and the name.
_TITLED: Final = re.compile(
    r"\b(?:killing|killed|assassinating|assassinated|shot\s+dead|shooting\s+dead|murdering|murdered|the\s+martyrdom\s+of)\s+"
    r"(?:the\s+)?(?P<title>(?:[\w'’-]+\s+){0,3}?)(?P<who>child|boy|girl|woman|man|youth|adviser|advisor|commander|leader|"
    r"officer|general|emir|smuggler|trafficker|drug\s+dealer)\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|bin|ibn|abu)){1,3})\b")
#: Words that end a title's run: a clause or a place, not a title ("killed in the town ...").
_NOT_TITLE: Final = re.compile(r"\b(?:in|on|at|by|near|and|or|with|from|of|two|three|four|five|a|an)\b", re.IGNORECASE)


def titled_one(work: str, start: int, end: int, mentions: list[Mention], lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The sentence's figures with the one person each titled name counts (see module doc), where no figure covers it."""
    extra: list[Mention] = []
    for hit in _TITLED.finditer(work, start, end):
        s, named = hit.start("title"), hit.end("name")
        if _NOT_TITLE.search(hit.group("title")) or any(p.quantity.start <= named and s <= max(p.group_end, p.quantity.end)
                                                        for p in mentions):
            continue
        actors = [a for a in lexicon.find(work, s, hit.end("who"), on) if a.side is not None]
        if actors:
            side, actor, nationality = actors[0].side, actors[0].actor.name, actors[0].actor.nationality
        elif hit.group("who") in _CIVILIAN_WORDS:
            side, actor, nationality = "civilians", None, None
        elif hit.group("who") in _DRUG_WORDS:
            side, actor, nationality = "unknown", None, None  # (SCHEMA: people accused of drug business)
        else:
            continue
        q = Quantity(1, Qualifier.EXACT, hit.start("who"), named, "")
        extra.append(Mention(KILLED, q, side, hit.start("who"), named, actor, nationality))
    return merged(mentions, extra)
