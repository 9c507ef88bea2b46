"""The next item of a list of the dead after words that belong to the item before (tests in
tests/test_extract_casualty_list_asides.py).

* "the death of 30 soldiers, among them officers, and 12 fighters of the factions": an aside that names a part of the
  item before without a figure ("among them officers", "including women and children") does not end the list; the
  figure after it is the next item, with the role of the list.
* "the deaths of 30 soldiers and loyal gunmen, and of 12 fighters of the factions": the repeated "of" of the role's
  words ("the death of") opens the next item.
* "The strikes killed 44 fighters of Hezbollah and 31 other Iranian-backed fighters, the monitor said, as well as 53
  members of the regime forces": the speaker named inside the list does not end it, nor does what the item's people had
  done ("28 former fighters who had concluded settlement agreements, and 15 people whose affiliation could not be
  determined"; tests/test_extract_round57_readings.py).

* "the dead are three soldiers who were guarding a depot in X, 11 Syrian gunmen of the militias and five non-Syrian
  militiamen" (or "four civilians working in gas fields, 19 shepherds and nine other people"): a relative clause of what the item's people were doing ("who were guarding ...") closed by a comma does
  not end the list either, where the list goes on to a last item after "and" in the same sentence, and the items do
  not add up to the figure before the clause ("six civilians who were sheltering in a cave, four children and two
  women": a breakdown of the six); so does what they had done ("seven former opposition fighters who refused to join
  regime formations after the settlement, four civilians, including a woman, and six regime soldiers", round 64).

An aside with a figure of its own ("including four children") is a part read before (``casualty_parts``); a clause with
its own verb ("and 12 others were wounded") keeps its own role (``_OWN_ROLE`` in ``casualties``).
"""

from __future__ import annotations

import re

from observatory.extract.numbers import find_quantities, number_words

#: ", among them officers, and ", ", including women and children, and ": no figure, no clause end, no verb of a role.
_UNNUMBERED_ASIDE = (r"\s*,\s*(?:among\s+them|among\s+whom|including)\s+"
                     r"(?:(?!\b(?:were|was|killed|injured|wounded|dead|died|while|whereas|who)\b)[^.;:\d,()]){1,60}?,\s*and\s+")
#: ", and of ", " and of ": the "of" of "the death of" said again before the next item.
_AND_OF = r"\s*,?\s*and\s+of\s+(?:the\s+)?"
#: ", the Britain-based monitor said, as well as ": the speaker named inside the list, then its next item.
_SPEAKER_ASIDE = (r"\s*,\s*(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|added|reported|stated|noted)\s*,\s*"
                  r"(?:as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+")
#: ", who had concluded settlement agreements, and ": what the item's people had done, then the list's last item.
_DONE_THEN_AND = (r"\s*,?\s*who\s+(?:had|have)\s+(?!(?:been\s+)?(?:killed|injured|wounded|hurt)\b)(?:\w+\s+)?[a-z]+ed\b"
                  r"(?:(?!\b(?:killed|injured|wounded|dead|died|and|while|whereas|when)\b)[^.;:\d,()]){0,80},\s*and\s+")
NEXT_AFTER_ASIDE = re.compile(rf"{_UNNUMBERED_ASIDE}|{_AND_OF}|{_SPEAKER_ASIDE}|{_DONE_THEN_AND}", re.IGNORECASE)
#: The figure's own clause goes on with a verb that is no role ("and 5 tanks of the regime were destroyed", "and 14
#: fighters remain besieged"): not an item of the list.
_OWN_CLAUSE = re.compile(r"(?:\s+(?!who\b|which\b|that\b|and\b|or\b)[\w'-]+){0,5}?\s+"
                         r"(?:were|was|are|is|remain(?:s|ed)?|have|has|had)\b", re.IGNORECASE)


def next_after_aside(work: str, at: int, start: int, end: int) -> bool:
    """The figure at ``start``..``end`` is the next item of the list after the aside between ``at`` and ``start``."""
    return NEXT_AFTER_ASIDE.fullmatch(work, at, start) is not None and _OWN_CLAUSE.match(work, end) is None


#: ", who were guarding a weapons depot in X, ", "who refused to join regime formations after the settlement, ": what
#: the item's people were doing or had done (no role word), closed by a comma before the next item (round 64).
_DOING_THEN_COMMA = re.compile(r"\s*,?\s*who\s+(?:(?:were|was)\s+(?!(?:killed|injured|wounded|dead|hurt)\b)[a-z]+ing|"
                               r"(?:had\s+)?(?!(?:been\s+)?(?:killed|injured|wounded|hurt|died)\b)[a-z]+ed)\b"
                               r"(?:(?!\b(?:killed|injured|wounded|dead|died|and|while|whereas|when)\b)[^.;:\d,()]){0,80},\s*",
                               re.IGNORECASE)
#: The item's group ended on what its people were doing ("four civilians working"), the rest of that phrase told after
#: it: " in gas fields, " ("killed four civilians working in gas fields, 19 shepherds and nine other people").
_ING_ENDED = re.compile(r"\b[a-z]{3,}ing$")
_WHERE_THEN_COMMA = re.compile(r"\s+(?:in|at|on|near|for)\s+(?:(?!\b(?:killed|injured|wounded|dead|died|and|while|whereas|when|who)\b)"
                               r"[^.;:\d,()]){1,60},\s*", re.IGNORECASE)
#: The list's last item after "and" in the rest of the sentence: "... and five non-Syrian militiamen".
_NUMBER = number_words(r"\d+")
_LAST_ITEM = re.compile(rf"[^.;:!?]{{0,100}}?\band\s+(?:at\s+least\s+)?{_NUMBER}\s", re.IGNORECASE)


def next_after_doing(work: str, at: int, start: int, end: int, whole: int | None = None) -> bool:
    """The figure at ``start``..``end`` is the next item of a list after a relative clause of what the item before was
    doing, between ``at`` and ``start`` (see module doc); not where the figures from it to the last item add up to
    ``whole``, the item before ("six civilians who were sheltering in a cave, four children and two women": its parts)."""
    doing = _DOING_THEN_COMMA.fullmatch(work, at, start) is not None or \
        _ING_ENDED.search(work, max(0, at - 24), at) is not None and _WHERE_THEN_COMMA.fullmatch(work, at, start) is not None
    if not doing or _OWN_CLAUSE.match(work, end) is not None:
        return False
    last = _LAST_ITEM.match(work, end)
    if last is None:
        return False
    return whole is None or sum(q.value for q in find_quantities(work[start:last.end()], start)) != whole
