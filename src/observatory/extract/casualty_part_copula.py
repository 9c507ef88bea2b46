"""A part of a figure told with a verb: "killing nine soldiers, one of whom was a Russian serviceman".

The part's own words end at "was", so it took its whole's side ("one" of the nine soldiers: regime), where "one of
them a Russian serviceman" reads the Russian. The words after the copula ("was", "were", "is", "are") name the part's
side as well; a part whose words there name a side of their own takes it, and the breakdown then subtracts as any
other does (regime 8, russia 1). Tests in tests/test_extract_casualty_part_copula.py. A figure inside those words ("three
civilians, one of whom was a child": "a child", read as a figure where every figure is taken for dead, as in a
statistics block) is the part's own words, no figure of its own (tests/test_extract_round56_readings.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from observatory.extract.actors import ActorLexicon
from observatory.extract.mention_sides import Mention, without

#: "... of whom was a Russian serviceman", "... of them were Iraqi militiamen": the part's people after a copula.
#: The words must open with an article or a name ("a Russian serviceman", "Iraqi militiamen"), not a verb ("were killed by
#: Russian airstrikes": who killed them, not who they were).
_COPULA_PART: Final = re.compile(r"\s*of\s+(?:whom|them)\s+(?:was|were|is|are)\s+(?P<who>an?\s+[^,.;:()]{1,50}|(?-i:[A-Z])[^,.;:()]{1,50})",
                                 re.IGNORECASE)


def part_copula_side(mentions: list[Mention], work: str, lexicon: ActorLexicon, on: date | None) -> list[Mention]:
    """The mentions, each part told with a copula of the side the words after it name; a figure those words hold ("one
    of whom was a child": "a child", read as a figure where every figure is taken for dead) is the part's own words, no
    figure of its own, and gives the part its kind (children)."""
    out: list[Mention] = []
    inside: set[int] = set()
    for m in mentions:
        hit = _COPULA_PART.match(work, m.quantity.end) if m.parent is not None else None
        found = [a for a in lexicon.find(work, hit.start("who"), hit.end("who"), on) if a.side != "unknown"] if hit else []
        m = m.named(found[0]) if found and found[0].side != m.side else m
        held = [n for n in mentions if hit is not None and hit.start("who") <= n.quantity.start < hit.end("who") and n.parent is None]
        inside |= {id(n) for n in held}
        out.append(replace(m, label=held[0].label) if held and m.label is None and held[0].label is not None else m)
    if not inside:
        return out
    return without(out, {i for i, m in enumerate(mentions) if id(m) in inside})
