"""Links to other stories that a page prints beside its report ("Related posts", "Read also: ..."): their headlines
tell of other reports' events, not of this report's. A label alone on its line with the headlines under it in one
block ("Related posts\nTwo shepherds killed by a mine\nTags: ...") is such a block too.

A block at the end of the paragraph of the report's last sentences, after short tag lines
("... in Homs.\nTags: ISIS, Badia\nRelated posts\nRegime soldier killed by a landmine"), is links as well."""

from __future__ import annotations

import re

from observatory.extract.text import Sentence

#: The label of a block of links, alone on its line ("Related stories") or before one headline ("Read also: X").
_LINK_LABEL = re.compile(r"\s*[-*•]?\s*(?:related(?:\s+(?:posts?|stories|articles|news|reports|content|coverage|links|reading))?|"
                         r"read\s+(?:also|more|next)|also\s+read|see\s+also|more\s+(?:from|on)\b[^:|\n]{0,40}|"
                         r"recommended(?:\s+(?:posts?|stories|articles|for\s+you))?|you\s+may\s+(?:also\s+)?(?:like|be\s+interested\s+in)|"
                         r"most\s+read|latest\s+news|other\s+(?:news|stories|reports)|more\s+(?:news|stories))\s*(?::|\||\s{2,}|-\s|$)", re.IGNORECASE)
_HEADLINE_MAX = 160  # a link's headline is one short line


def link_line(line: str) -> bool:
    """Whether a line is led by a link label ("Related: X", "Read also: X"): a headline of another story."""
    return _LINK_LABEL.match(line) is not None


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
        block = _label_over_headlines(line) if label is None else None
        if label is not None or block is not None:
            skipped.update(members)
            # the label alone (or over headlines of its own): more headlines may follow on their own lines
            in_block = block is not None or label is not None and not line[label.end():].strip()
            continue
        if in_block and _headline(line):
            skipped.update(members)
            continue
        in_block = False
        tail = _trailing_block(work, sents, members) if "\n" in line else []
        skipped.update(tail)
        in_block = bool(tail)
    return frozenset(skipped)


def _trailing_block(work: str, sents: list[Sentence], members: list[int]) -> list[int]:
    """The sentences, at the end of a paragraph (or all of it), from one whose lines are short lines (tags) then a label alone on
    its line with headlines under it ("...in Homs.\nTags: ISIS, Badia\nRelated posts\nTwo shepherds killed ..."):
    a block of links that the paragraph break was lost before; [] when there is none."""
    for k, index in enumerate(members):
        lines = [part.strip() for part in work[sents[index].start:sents[members[-1]].end].split("\n") if part.strip()]
        at = next((n for n, part in enumerate(lines) if _LINK_LABEL.fullmatch(part)), None)
        if at is not None and all(_headline(part) for n, part in enumerate(lines) if n != at):
            return members[k:]
    return []


def _headline(line: str) -> bool:
    """A line that reads as a headline: short, and not closed by a full stop."""
    return 0 < len(line) <= _HEADLINE_MAX and not line.rstrip("\"'” ").endswith((".", "!", "?"))


#: A link label alone on its line, with more lines under it in the same paragraph.
_LABEL_LINE = re.compile(r"[^\n]*")  # the block's first line


def _label_over_headlines(line: str) -> re.Match[str] | None:
    """A label alone on the first line of a block whose other lines are all headlines ("Related posts\nTwo shepherds
    killed by a landmine\nTags: ISIS"): the whole block is links."""
    first = _LABEL_LINE.match(line)
    if first is None or "\n" not in line:
        return None
    label = _LINK_LABEL.fullmatch(first.group(0).rstrip())
    rest = [part.strip() for part in line[first.end():].split("\n") if part.strip()]
    return label if label is not None and all(_headline(part) for part in rest) else None
