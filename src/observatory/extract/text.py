"""Text preparation that keeps character offsets: a same-length working copy, language check, sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"<[^<>\n]{0,300}>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2013": "-", "\u2014": "-",
    "\u2011": "-", "\u2010": "-", "\u2032": "'", "\u00b4": "'", "`": "'", "\t": " ", "\u202f": " ", "\u200b": " ",
})
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")
_BULLET = re.compile(r"^\s*(?:[•\-*▪●◦·]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(]?[A-Z0-9•])|;\s+(?=[A-Z•])")
_ABBREVIATIONS = re.compile(r"(?:\b(?:[A-Z]|U\.S|Mr|Dr|St|No|Lt|Col|Gen|Brig|Maj|approx|etc|vs)\.)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the working text: [start, end) offsets, its paragraph and whether it is a heading or bullet."""

    start: int
    end: int
    paragraph: int
    heading: bool = False
    bullet: bool = False
    first_in_paragraph: bool = False
    clause: bool = False  # a later clause of a long sentence that tells of several attacks


def working_copy(text: str) -> str:
    """A copy of ``text`` of exactly the same length with markup blanked and typographic characters simplified."""
    work = text.translate(_SAME_LENGTH)
    if "<" in work:
        work = _TAG.sub(lambda m: " " * len(m.group(0)), work)
    if "&" in work:
        work = _ENTITY.sub(lambda m: " " * len(m.group(0)), work)
    return work


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, 'en' when Latin letters do, 'und' when there are no letters."""
    sample = text[:20000]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if arabic == 0 and latin == 0:
        return "und"
    return "ar" if arabic > latin else "en"


def _is_heading(line: str, index: int) -> bool:
    stripped = line.strip()
    if not stripped or _BULLET.match(line):
        return False
    if stripped[-1] in '.!?:;"\'”)':
        return False
    if len(stripped) > 250:
        return False
    return index == 0 or len(stripped) < 90


_CONTINUED = re.compile(r"(?:\b(?:of|the|a|an|and|or|in|on|to|by|for|with|at|from|as|that|who|which|is|are|was|were|has|have|had)|,)\s*$",
                        re.IGNORECASE)


def _logical_lines(work: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped lines (no end punctuation, next line in lower case or after a function word) joined."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in work.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if lines and line.strip() and lines[-1][1] == start - 1:
            prev = work[lines[-1][0]:lines[-1][1]].rstrip()
            first = line.lstrip()[:1]
            if prev and prev[-1] not in ".!?:;" and not _BULLET.match(line) and (first.islower() or _CONTINUED.search(prev)):
                lines[-1] = (lines[-1][0], end)
                continue
        if line.strip():
            lines.append((start, end))
    return lines


def sentences(work: str) -> list[Sentence]:
    """Split into paragraphs (lines) and sentences, keeping offsets into ``work``."""
    result: list[Sentence] = []
    lines = _logical_lines(work)
    for paragraph, (line_start, line_end) in enumerate(lines):
        line = work[line_start:line_end].replace("\n", " ")
        heading = len(lines) > 1 and _is_heading(line, paragraph)
        bullet = bool(_BULLET.match(line))
        first = True
        for s, e in _split_line(line):
            result.append(Sentence(line_start + s, line_start + e, paragraph, heading, bullet, first))
            first = False
    return result


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        head = line[start:match.start()].rstrip()
        if _ABBREVIATIONS.search(head):
            continue
        if head.strip():
            spans.append((start, match.start()))
        start = match.end()
    if line[start:].strip():
        spans.append((start, len(line.rstrip())))
    stripped = []
    for s, e in spans:
        while s < e and line[s].isspace():
            s += 1
        stripped.append((s, e))
    return stripped


_CLAUSE_BREAK = re.compile(r",\s+(?=(?:and\s+)?(?:so\s+(?:that\s+)?|where\s+|then\s+|preceded\s+by|followed\s+by|and\s+then\s+)"
                           r"|and\s+(?:attacked|ambushed|targeted|shelled|stormed|bombed)\b|and\s+(?:perhaps\s+)?the\s+(?:latest|last)\s+)",
                           re.IGNORECASE)
_EVENT_VERBS = re.compile(r"\b(?:attack(?:ed|s)?|ambush(?:ed|es)?|targeted|shelled|stormed|bombed|struck)\b", re.IGNORECASE)
LONG_SENTENCE = 250


def clauses(work: str, sent: Sentence) -> list[Sentence]:
    """A long sentence that names several attacks, split at clause breaks (", where it ambushed ...", ", so ...")."""
    text = work[sent.start:sent.end]
    if len(text) < LONG_SENTENCE or len(_EVENT_VERBS.findall(text)) < 2:
        return [sent]
    parts: list[Sentence] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() - start < 40:
            continue
        parts.append(Sentence(sent.start + start, sent.start + m.start(), sent.paragraph, sent.heading, sent.bullet,
                              sent.first_in_paragraph and not parts, bool(parts)))
        start = m.end()
    parts.append(Sentence(sent.start + start, sent.end, sent.paragraph, sent.heading, sent.bullet,
                          sent.first_in_paragraph and not parts, bool(parts)))
    return parts
