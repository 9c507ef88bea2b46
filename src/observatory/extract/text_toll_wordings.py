"""Wordings of a toll read as the usual wording they stand for, in the working copy (same length).

* A rise told with a phrasal verb: "the toll had gone up to five", "the number of dead went up to nine" read as "had
  risen to", "rose to" (the verb padded with blanks): every rule that reads "risen to" reads them.
* A toll corrected downwards: "revised the toll down to nine", "lowering the death toll to six", "revised the toll of
  soldiers killed downward to 16" read as "brought the toll down to", "bringing the death toll to": the corrected
  figure is the toll, as a risen one is.
* The hurt told after "Among the wounded were": "Among the wounded were three children." reads as "... wounding three
  children." (the head blanked but for a hurting verb right before the figure), so that the figure is read as hurt and
  keeps its place: the claim's span still quotes "three" in the report. The list may be followed by its source after
  a comma ("..., SOHR sources said.", "..., according to medics."; tests/test_extract_hurt_lists.py).
* A rise with the day's dead set in between: "the number of X killed since ... has risen, with today's victims, to
  1,182" reads as "has risen to 1,182" (the aside blanked).
Only after a toll word in the same clause (a rise) or with a count opening the subject (the hurt).
"""

from __future__ import annotations

import re

from observatory.extract.numbers import number_words

#: "toll ... had gone up to", "number of dead went up to": the toll word before, in the same clause.
_GONE_UP = re.compile(r"\b(?:toll|number\s+of\s+[\w-]+)\b[^.;:\n]{0,80}?\b(?P<verb>gone|went|goes|going)\s+up(?=\s+to\b)",
                      re.IGNORECASE)
_COUNT = re.compile(number_words(r"\d+", "an?"), re.IGNORECASE)
_RISE_VERB = {"gone": "risen", "went": "rose", "goes": "rises", "going": "rising"}
#: "revised the toll down to", "lowered the death toll to": the verb of a corrected toll.
_REVISED = re.compile(r"\b(?P<verb>revised|lowered|revising|lowering)(?=\s+(?:the\s+)?(?:death\s+)?toll\s+"
                      r"(?:of\s+(?:[\w-]+\s+){1,2}?(?:killed|dead)\s+)?(?:down(?:wards?)?\s+)?to\b)",  # ("the toll of soldiers killed downward to")
                      re.IGNORECASE)
#: ", with today's victims," between a rise verb and "to N", after a toll word in the same clause.
_TODAYS = re.compile(r"\b(?:toll|number\s+of)\b[^.;:\n]{0,240}?\b(?:risen|rose|rises|climbed|increased)(?P<aside>\s*,\s*(?:with|including)\s+"
                     r"(?:today's|today’s|yesterday's|yesterday’s|the\s+latest|the\s+new)\s+(?:victims|fatalities|deaths|dead)\s*,)(?=\s*to\s)",
                     re.IGNORECASE)
_BROUGHT = {"revised": "brought", "lowered": "brought", "revising": "bringing", "lowering": "bringing"}
#: "Among the wounded were three children." / "Among the injured are two women and a boy."
#: ... also with the source told after a comma: "..., SOHR said.", "..., according to medical sources.".
_SOURCE_AFTER = (r",\s+(?:according\s+to\s+[^.;:\n,()]{1,60}|(?:[\w'’-]+\s+){1,4}?(?:said|reported|added|confirmed|stated))"
                 r"(?=[.;]\s|[.;]?$)")
_AMONG_HURT = re.compile(r"(?<![\w,] )\bAmong\s+the\s+(?:wounded|injured)\s+(?:were|are)\s+(?P<who>(?P<n>[\w-]+)\s+[^.;:\n,()]{1,80}?)"
                         rf"(?=[.;]\s|[.;]?$|{_SOURCE_AFTER})", re.MULTILINE)


def _risen(m: re.Match[str]) -> str:
    verb = m.group("verb")
    word = _RISE_VERB[verb.lower()]
    return m.group(0)[: m.start("verb") - m.start()] + word.ljust(len(verb) + len(" up"))


def _no_aside(m: re.Match[str]) -> str:
    return m.group(0)[: m.start("aside") - m.start()] + " " * len(m.group("aside"))


def _brought(m: re.Match[str]) -> str:
    verb = m.group("verb")
    return _BROUGHT[verb.lower()].ljust(len(verb))


#: What :func:`_inverted` leaves before the figure in the working copy: a sentence's end, the head blanked, then the
#: hurting verb ("...civilians.               wounding three children"); read back by ``casualty_hurt_broken_down``.
AMONG_HURT_READ = re.compile(r"[.;]\s{2,}(?:wounding|injuring)\s+\Z")


def _inverted(m: re.Match[str]) -> str:
    if _COUNT.fullmatch(m.group("n")) is None:
        return m.group(0)
    head = m.group(0)[: m.start("who") - m.start()]  # "Among the wounded were ": blanked but for a hurting verb
    verb = "wounding " if "wounded" in head.lower() else "injuring "
    return verb.rjust(len(head)) + m.group("who")


def toll_wordings(work: str) -> str:
    """``work`` with the wordings above turned into the usual ones, of the same length."""
    low = work.lower()
    if " up to" in low:
        work = _GONE_UP.sub(_risen, work)
    if "revis" in low or "lower" in low:
        work = _REVISED.sub(_brought, work)
    if "Among the" in work:
        work = _AMONG_HURT.sub(_inverted, work)
    if ", with to" in low or ", including to" in low or ", with the " in low or ", with yesterday" in low:
        work = _TODAYS.sub(_no_aside, work)
    return work
