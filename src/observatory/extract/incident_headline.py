"""A headline that lists several events the body then tells one by one.

Constructions handled:

* "Turkish attacks kill two civilians in A, two Asayish members in B", then a paragraph on A and one on B;
* "Dignitary shot dead in A, young man killed in raid in B, and IED kills officer in C" (a roundup headline);
* "ISIS ambush in eastern Hama desert | Three soldiers killed, and a shepherd dies in landmine explosion in Raqqa
  desert": the headline's places are provinces, each the province of one of the body's incidents.

* "Deir Ezzor | Two of one family killed by gunmen and raid leaves four dead in B": a headline that counts dead and
  names one town, over two or more incidents told below, one of them in B;
* "Daraa | Former fighter assassinated in A and soldier killed in IED explosion": a headline that counts no dead but
  tells two harms joined by "and" (or "while"), naming one town, over two or more incidents told below.

The headline is no incident of its own: each of its places is the place of one of the incidents told after it, and
those are two or more. A headline naming one place without dead (or one event told in full below) is left to the rules that merge
a title with the body's first account.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import place_key

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft
    from observatory.extract.places import PlaceMention


def headline(draft: Draft, work: str) -> bool:
    """The draft is one line of the report's head that is no sentence of the story (no closing full stop)."""
    text = work[draft.start:draft.end].strip()
    stop = work.find("\n", draft.start)
    line = work[draft.start:stop if stop >= 0 else len(work)].strip()  # (the whole line: a lead's first clause, cut at
    # ", while ...", ends as a sentence does)
    return bool(text) and "\n" not in text and not line.endswith((".", "!", "?", ":")) and draft.first_sentence <= 3 \
        and _STOP_INSIDE.search(line) is None  # (a paragraph's sentences cut at ", while ...": no headline)


#: A full stop between two sentences inside the draft's text: a paragraph of the story, not a headline.
_STOP_INSIDE = re.compile(r"[a-z0-9)\"”'][.!?]\s+[A-Z]")


#: A harm told in a headline: "assassinated", "killed", "shot dead", "dies", "kills".
_HARM = re.compile(r"\b(?:killed|kills?|assassinated|shot\s+dead|dies|died|executed|wounded|injured|injures?|wounds?)\b",
                   re.IGNORECASE)


def _two_told(work: str, draft: Draft) -> bool:
    """The headline tells two events joined by "and" or "while", each with its own harm ("Former fighter assassinated in
    A and soldier killed in IED explosion")."""
    text = work[draft.start:draft.end]
    joint = _JOINT.search(text)
    return joint is not None and _HARM.search(text, 0, joint.start()) is not None and \
        _HARM.search(text, joint.end()) is not None


_JOINT = re.compile(r"\s(?:and|while)\s", re.IGNORECASE)


def _covers(place: PlaceMention, later: Draft) -> bool:
    """The later incident is placed where the headline names: the same town, or (for a province) in that province."""
    if place.governorate:
        return any(p.governorate == place.governorate for p in later.places)
    key = place_key(place.name)
    return any(place_key(p.name) == key for p in later.places)


def headline_of_several(draft: Draft, later: list[Draft], work: str) -> bool:
    """The draft is a headline whose places are, each of them, the place of an incident told after it, two or more
    of those in all: a list of the events the body tells, not one event."""
    if not later or not headline(draft, work):
        return False
    places = list({place_key(p.name): p for p in draft.places}.values())
    towns = [p for p in places if not p.governorate]
    named = towns or places  # "in A, ... in B of Hama": the towns say where; only provinces: the provinces
    if not named or len(named) < 2 and (len(later) < 2 or not draft.counts and not _two_told(work, draft)):
        return False  # (one place: a headline that counts dead, or tells two events, over two or more incidents below)
    covering: set[int] = set()
    for place in named:
        found = next((k for k, d in enumerate(later) if _covers(place, d)), None)
        if found is None:
            return False
        covering.add(found)
    return len(covering) >= 2 or len(named) == 1 and bool(covering)


def two_event_headline(draft: Draft, work: str, at: int) -> bool:
    """The draft is a headline telling two harms ("Four truffle hunters killed in landmine explosion in A and three NDF
    members killed by ISIS in B") and the text at ``at`` is the body below it: the body's first event starts an
    incident of its own, so that the headline, a list of the events told below, is not read as the first of them."""
    if len(draft.places) < 2:
        return False  # (read for every sentence after the draft: the cheap test first)
    line_end = work.find("\n", draft.start)
    return 0 <= line_end <= at and headline(draft, work) and _two_told(work, draft)

