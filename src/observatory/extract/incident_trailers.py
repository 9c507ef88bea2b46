"""Links to other stories that a page prints beside its report ("Related posts", "Read also: ..."): their headlines
tell of other reports' events, not of this report's."""

from __future__ import annotations

import re

from observatory.extract.text import Sentence

#: The label of a block of links, alone on its line ("Related stories") or before one headline ("Read also: X").
_LINK_LABEL = re.compile(r"\s*[-*•]?\s*(?:related(?:\s+(?:posts?|stories|articles|news|reports|content|coverage|links|reading))?|"
                         r"read\s+(?:also|more|next)|also\s+read|see\s+also|more\s+(?:from|on)\b[^:|\n]{0,40}|"
                         r"recommended(?:\s+(?:posts?|stories|articles|for\s+you))?|you\s+may\s+(?:also\s+)?(?:like|be\s+interested\s+in)|"
                         r"most\s+read|latest\s+news)\s*(?::|\||\s{2,}|-\s|$)", re.IGNORECASE)
_HEADLINE_MAX = 160  # a link's headline is one short line


def link_sentences(work: str, sents: list[Sentence]) -> frozenset[int]:
    """Indices of the sentences that belong to links to other stories: a line led by a link label, and the short
    headline lines (no closing full stop) under a label that stands alone on its line."""
    paragraphs: dict[int, list[int]] = {}
    for index, sent in enumerate(sents):
        paragraphs.setdefault(sent.paragraph, []).append(index)
    order = sorted(paragraphs)
    skipped: set[int] = set()
    in_block = False
    for para in order:
        members = paragraphs[para]
        line = work[sents[members[0]].start:sents[members[-1]].end].strip()
        label = _LINK_LABEL.match(line)
        if label is not None:
            skipped.update(members)
            in_block = not line[label.end():].strip()  # the label alone: the headlines follow on their own lines
            continue
        if in_block and _headline(line):
            skipped.update(members)
            continue
        in_block = False
    return frozenset(skipped)


def _headline(line: str) -> bool:
    """A line that reads as a headline: short, and not closed by a full stop."""
    return 0 < len(line) <= _HEADLINE_MAX and not line.rstrip("\"'” ").endswith((".", "!", "?"))
