"""Dead and wounded told apart after a figure "killed and wounded" together (tests in
tests/test_extract_casualty_split_after_hurt_together.py).

* "an explosion killed and injured seven members of the faction: three were killed and four others were injured",
  "Six members of the SDF were killed and wounded when ... Two of them were killed, while the other four sustained
  injuries", "leaving five SDF members killed and wounded: three were killed and two others were injured" (no
  "were"): the figures of no side that split the whole are of the side the whole's words give (``hurt_whole_side``),
  civilians too ("killing and injuring six civilians. Three of them were killed and three others were wounded").
  (``casualty_hurt_split`` reads the split "one of them died" inside the whole's own clause.) A whole of "the two
  factions" the text named as Turkey's before is of Turkey's factions (``factions_of_turkey.turkish_doer``,
  tests/test_extract_casualty_qualified_factions.py).
"""

from __future__ import annotations

import re
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_groups import side_of
from observatory.extract.factions_of_turkey import turkish_doer
from observatory.extract.gates import folded, has_any
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import find_quantities, number_words

_NUM = number_words(r"\d[\d,]*")
_TOGETHER = re.compile(rf"\b(?:kill(?:ed|ing)\s+(?:and|or)\s+(?:wound|injur)(?:ed|ing)|(?:wound|injur)(?:ed|ing)\s+(?:and|or)\s+kill(?:ed|ing))\s+"
                       rf"(?:at\s+least\s+)?(?P<n>{_NUM})\s+(?P<group>[^.;:,\n]{{1,70}})|"
                       rf"\b(?P<n2>{_NUM})\s+(?P<group2>[^.;:,\n]{{1,70}}?)\s+(?:(?:were|have\s+been)\s+)?(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b",
                       re.IGNORECASE)
#: Every match of ``_TOGETHER`` holds "kill" and one of these in the folded span.
_HURT_STEMS = ("wound", "injur")
_OF_THE_NOUN = re.compile(r"\bof\s+the\s+(?P<noun>faction|group|organi[sz]ation|militia|brigade|division|movement)\s*$", re.IGNORECASE)
#: How far back (characters) the whole may be told: its sentence or the one before.
_WINDOW = 500
#: The figure's own words name no one: "three were killed", "two of them", "the other four", "four others".
_BARE = re.compile(r"\s*(?:of\s+(?:them|whom)|others?)?\s*$", re.IGNORECASE)


def hurt_whole_side(m: Mention, work: str, lexicon: ActorLexicon, on: date | None) -> Mention:
    """The side of the whole "killed and wounded" together, for a figure of no side that splits it (see module doc)."""
    if m.side not in (None, "unknown") or m.parent is not None or m.quantity.vague or not _BARE.match(work[m.group_start:m.group_end]):
        return m
    lo = max(0, m.quantity.start - _WINDOW)
    low = folded(work, lo, m.quantity.start)  # (any case, either order: "Wounded And Killed" in a title)
    if "kill" not in low or not has_any(low, _HURT_STEMS):
        return m
    hits = list(_TOGETHER.finditer(work, lo, m.quantity.start))
    if not hits:
        return m
    hit = hits[-1]
    n, g = ("n", "group") if hit.group("n") else ("n2", "group2")
    whole = find_quantities(hit.group(n), hit.start(n))
    if len(whole) != 1 or whole[0].vague or whole[0].value <= m.value:
        return m
    actor, side = side_of(lexicon, work, hit.start(g), hit.end(g), on)
    if actor is not None and side not in (None, "unknown"):  # ("killing and injuring six civilians. Three of them ...")
        return m.named(turkish_doer(actor, work, lexicon, on) or actor)  # ("9 fighters of the two factions" of the SNA)
    the = _OF_THE_NOUN.search(hit.group(g))  # "seven members of the faction": the faction named before with that noun
    named = [a for a in lexicon.find(work, lo, hit.start(g), on) if the is not None and a.side not in (None, "unknown", "civilians")
             and re.match(rf"[\"”’']?\s+{the.group('noun')}\b", work[a.end:a.end + 30], re.IGNORECASE)]
    return m.named(named[-1]) if named else m
