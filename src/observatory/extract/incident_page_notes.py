"""Page notes beside a report that tell no event of its own: photo captions and an editor's note on an earlier version.

A caption is a line led by its label ("Photo: ...", "Image caption: ...", "File photo - ...", "Picture: ...") or a
line wholly in brackets that opens with one ("(Photo: rescuers after a strike that killed 9 people)"), or a short line
closed by a photo's credit ("Smoke rises from the site of the explosion in X. (Reuters)"): it shows a
picture, often of an older event, and its figures are no toll of the report. A sentence that tells what an earlier
version of the report said ("An earlier version of this report said four were killed") gives a figure that the
report has since replaced. A breadcrumb that ends in the title repeats it. All are left out like links to other stories
(tests/test_extract_incident_page_notes.py).
"""

from __future__ import annotations

import re

from observatory.extract.incident_breadcrumbs import title_crumbs
from observatory.extract.text import Sentence

#: A caption's label at the start of its line, before a colon, bar or dash; or in an opening bracket.
_CAPTION = re.compile(r"[ \t]*[(\[]?[ \t]*(?:(?:file|archive|main|cover|featured)\s+)?(?:photo(?:graph)?|image|picture|pic|caption)"
                      r"(?:\s+(?:caption|credits?))?[ \t]*(?::|\||-\s|\u2013\s)", re.IGNORECASE)
#: The report's own earlier version, whose figure a correction replaced.
_SUPERSEDED = re.compile(r"\b(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+(?:report|article|story|news|post)\b"
                         r"|\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|gave)\b", re.IGNORECASE)


def page_note_sentences(work: str, sents: list[Sentence]) -> frozenset[int]:
    """Indices of the sentences that lie on a caption line or tell what an earlier version of the report said (no
    caption where the report is all caption: "Image: Regime shelling killed two civilians in X" is its own event)."""
    captions: set[int] = set()
    notes: set[int] = set()
    for index, sent in enumerate(sents):
        line_start = work.rfind("\n", 0, sent.start) + 1
        if _CAPTION.match(work, line_start) is not None and _caption_line(work, line_start) or _credited_line(work, line_start):
            captions.add(index)
        elif _superseded(work, sent):
            notes.add(index)
    notes |= title_crumbs(work, sents)  # ("Home › ISIS › <the title again>")
    return frozenset(notes | captions) if len(captions) < len(sents) else frozenset(notes)


#: A turn to the report's own account in the same sentence ("..., while regime media wrongly reported ...", "; the toll
#: has since risen to six"), after which the sentence tells an event of its own.
_TURN = re.compile(r"[;,]\s*(?:while|whereas|but|however)\b|;", re.IGNORECASE)


def _superseded(work: str, sent: Sentence) -> bool:
    """A sentence that is all about what an earlier version (or a wrong account) said: the wording in its first clause
    and no turn to an event of the report ("The toll rose to six, not four as an earlier version said" is read)."""
    hit = _SUPERSEDED.search(work, sent.start, sent.end)
    if hit is None or "," in work[sent.start:hit.start()]:
        return False
    return _TURN.search(work, sent.start, sent.end) is None


#: A photo's credit closing its line: "(Reuters)", "(AFP)", "[Getty/archive]" (round 70).
_CREDIT_END = re.compile(r"[(\[](?:Reuters|AFP|AP|EPA|Getty(?:\s+Images)?|Anadolu(?:\s+Agency)?|ANHA|SANA|Photo|File)(?:/[\w ]{1,20})?[)\]]\s*$")


def _credited_line(work: str, line_start: int) -> bool:
    """A short line closed by a photo's credit ("Smoke rises from the site of the explosion in X, April 28. (Reuters)"):
    a caption, whatever event it shows."""
    end = work.find("\n", line_start)
    line = work[line_start:end if end >= 0 else len(work)].strip()
    return len(line) < 260 and _CREDIT_END.search(line) is not None


def _caption_line(work: str, line_start: int) -> bool:
    """A caption line: one short line (not a paragraph of the report led by the word), closed by its bracket when opened."""
    end = work.find("\n", line_start)
    line = work[line_start:end if end >= 0 else len(work)].strip()
    if line.startswith(("(", "[")):
        return line.endswith((")", "]"))
    return len(line) <= 300
