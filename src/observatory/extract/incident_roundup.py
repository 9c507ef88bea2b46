"""Daily roundups told by side ("Civilians: 7. A man and his son were killed by shelling on A; a woman ..."): the
header line is a total, and the sentences after it in its paragraph tell the events behind that figure, one incident
each. Also the roundup's opening count over the whole country, which is no event."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import ActorLexicon
from observatory.extract.events import event_type
from observatory.extract.incident_bounds import MANY_EVENTS
from observatory.extract.mention_sides import Mention
from observatory.extract.numbers import number_words
from observatory.extract.places import place_mentions
from observatory.extract.text import Sentence
from observatory.extract.totals_when import period_of

_BULLET = r"\s*(?:[-•*▪●◦·]\s*)?"
_FIGURE = rf"(?:\d[\d,]*|(?i:{number_words()}))\b"  # "7", "seven"


def _header_re(figure: str) -> re.Pattern[str]:
    """A side's label, then its ``figure`` after a colon, or its figure in brackets before the colon."""
    return re.compile(rf"{_BULLET}[A-Z][\w'’ -]{{1,40}}(?::\s*(?:at\s+least\s+)?{figure}|\s*\(\s*\d[\d,]*\s*\)\s*:)")


#: "Civilians: 7, including a child.", "Regime soldiers: five.", "SDF: 1": a side's figure for the day, as a header.
_SIDE_HEADER = _header_re(_FIGURE)
_DIGIT_HEADER = _header_re(r"\d[\d,]*\b")  # (the figure in digits only)
#: The figure first ("Two civilians: a shepherd and ...", "- Six soldiers:"): a header where the words name a side.
_COUNT_HEADER = re.compile(rf"{_BULLET}{_FIGURE}\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){{0,4}}:")
#: "- Four regime soldiers, killed in an ISIS attack on ...": a list line that gives a side's count, then its event.
_COUNT_LINE = re.compile(rf"\s*[-•*▪●◦·]\s*(?:{_FIGURE}|An?\b)[\w'’ -]{{1,40}}?,\s+(?:who\s+(?:was|were)\s+)?(?:killed|shot|died)\b")
#: A header line with nothing after its figure ("- Civilians: 4", "Civilians: four civilians, they are:"): its events
#: are told on the next line (or on the bullet lines under it).
_BARE_HEADER = re.compile(rf"{_BULLET}[A-Z][\w'’ -]{{1,40}}(?::\s*(?:at\s+least\s+)?{_FIGURE}(?:\s+[\w'’ -]{{1,40}}?)?"
                          rf"(?:,?\s+(?:they|who)\s+(?:are|were)\s*:)?|\s*\(\s*\d[\d,]*\s*\)\s*:)\s*[.:]?\s*")
#: Where one told event ends and the next begins inside a detail sentence: a semicolon, ", while" ("..., while
#: playing near X": what the victims were doing, no event of its own; not ", while an ISIS member was also killed in the
#: attack": the same event), or a comma before the next share of the
#: header's figure told with its own verb ("Nine of them were killed in A, three were killed by shelling on B").
_DETAIL_BREAK = re.compile(r";\s+(?:and\s+)?|,\s+(?:while|whereas)\s+(?!\w+ing\b)(?![^.;]*\b(?:also|in\s+the\s+(?:same\s+)?(?:attack|clash(?:es)?|strike|explosion|fighting)))|"
                           rf",\s+(?:and\s+)?(?={_FIGURE}\s+(?:others?\s+|more\s+)?(?:were|was)\s+(?:killed|shot\s+dead)\b)",
                           re.IGNORECASE)
_MIN_PART = 25  # a part shorter than this is no event of its own
_WEEK = 7  # days: a list over a longer period tells kinds of events, not single ones


def _list_opener(chunk: str) -> bool:
    """A header with nothing after its figure that opens a list ("Military personnel: five, they are:")."""
    return _BARE_HEADER.fullmatch(chunk) is not None and chunk.rstrip().endswith(":")


def side_header(chunk: str) -> bool:
    """The sentence opens a roundup's paragraph with a side and its figure ("Regime soldiers: 5.")."""
    return _SIDE_HEADER.match(chunk) is not None


def roundup_detail(work: str, sent: Sentence) -> bool:
    """A sentence under a side header that tells located events (a kind of event in a named place), not a general
    account of a month's dead ("They were killed in ISIS attacks in ...", "35 of them in ...")."""
    chunk = work[sent.start:sent.end]
    kind = event_type(chunk)
    if kind is None or MANY_EVENTS.fullmatch(chunk[kind[1]:kind[2]]) or _GENERAL.search(chunk):
        return False
    if any(int(n.replace(",", "")) > _FEW for n in re.findall(r"\b\d[\d,]*\b", chunk)):
        return False  # a tally, not one event's toll
    return any(p.governorate is None for p in place_mentions(work, sent.start, sent.end))


_GENERAL = re.compile(r"\b(?:most|many|some|all|the\s+rest|the\s+majority)\s+of\s+(?:them|whom)\b|\bThey\s+were\s+killed\s+in\s+\w+\s+"
                      r"(?:attacks|strikes|clashes|bombardment)\b", re.IGNORECASE)
_FEW = 10


def detail_parts(work: str, sent: Sentence) -> list[Sentence]:
    """The events of a detail sentence, one unit each; each starts an incident of its own (``inherits``: a part that
    names no kind of event takes the kind of the part before it)."""
    text = work[sent.start:sent.end]
    cuts: list[tuple[int, int]] = []
    begin = 0
    for m in _DETAIL_BREAK.finditer(text):
        if m.start() - begin >= _MIN_PART and len(text) - m.end() >= _MIN_PART:
            cuts.append((begin, m.start()))
            begin = m.end()
    cuts.append((begin, len(text)))
    return [Sentence(sent.start + a, sent.start + b, sent.paragraph, sent.heading, sent.bullet, False, True, True)
            for a, b in cuts]


#: "documented the death of 17 people across Syrian territory": a count over the whole country, not one event.
_NATIONWIDE = re.compile(r"\b(?:across|throughout|all\s+over|in\s+all\s+of|in\s+various\s+parts\s+of|across\s+the)\s+"
                         r"(?:the\s+)?(?:Syria|Syrian\s+(?:territory|territories|soil|governorates|provinces))\b|"
                         r"\bnationwide\b", re.IGNORECASE)


def nationwide_count(chunk: str) -> bool:
    """A count of deaths across the whole country ("17 people across Syrian territory on Thursday")."""
    return _NATIONWIDE.search(chunk) is not None


def header_side(work: str, sent: Sentence, lexicon: ActorLexicon, on: date | None, stop: str = ":") -> str | None:
    """The side a header line names before its colon ("Regime soldiers: 5." -> regime), or None ("Others: 2")."""
    colon = work.find(stop, sent.start, sent.end)
    found = [a.side for a in lexicon.find(work, sent.start, colon, on)] if colon > 0 else []
    return found[0] if found and found[0] != "unknown" else None


def under_header(mentions: tuple[Mention, ...], side: str | None) -> tuple[Mention, ...]:
    """The victims of a detail sentence whose side it does not name ("a man", "two fighters") are of the header's side
    ("Civilians: 7. A man and his son were killed ...")."""
    if side is None:
        return mentions
    return tuple(replace(m, side=side) if m.side in (None, "unknown") else m for m in mentions)


_HEADER_FIGURE = re.compile(rf"{_BULLET}(?:[A-Z][\w'’ -]{{1,40}}(?::\s*(?:at\s+least\s+)?(?={_FIGURE})|\s*\(\s*\d[\d,]*\s*\)\s*:\s*)"
                            rf"|{_FIGURE}\s+[\w'’ -]{{1,40}}?:\s*(?=\w)|(?=(?:{_FIGURE}|An?\b)[\w'’ -]{{1,40}}?,))")


def header_event(work: str, sent: Sentence) -> list[Sentence]:
    """A header line that tells its one event itself ("SDF: 1, a fighter shot dead by ISIS cell members in the town of
    Diban"): the line from its figure on, as an incident of its own (the line stays a total too)."""
    m = _HEADER_FIGURE.match(work, sent.start, sent.end)
    if m is None:
        return []
    rest = Sentence(m.end(), sent.end, sent.paragraph, sent.heading, sent.bullet, False, True, True)
    return detail_parts(work, rest) if roundup_detail(work, rest) else []


#: "killed during their attack in X": the victims were the attackers of an attack told before.
_THEIR_EVENT = re.compile(r"\b(?:their|its|the\s+same)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|raid|offensive)\b", re.IGNORECASE)


def pointed_draft(text: str, kind: str | None, places: set[str], told: list[tuple[str | None, set[str]]]) -> int | None:
    """The index of the incident told before that a line points back to ("ISIS members: 2, killed during their attack
    in al-Mayadin desert" -> the ISIS attack in al-Mayadin): the same kind of event in one of the same places."""
    if _THEIR_EVENT.search(text) is None or not places:
        return None
    for i in range(len(told) - 1, -1, -1):
        other_kind, other_places = told[i]
        if other_kind == kind and places & other_places:
            return i
    return None


class RoundupHeaders:
    """Follows a daily roundup's side headers through the report: which paragraphs tell the events behind the header's
    figure (its own, and the next line when the header stands alone), and the side the header names."""

    def __init__(self, lexicon: ActorLexicon, on: date | None) -> None:
        self.lexicon, self.on = lexicon, on
        self.paragraphs: tuple[int, ...] = ()
        self.side: str | None = None
        self.listing = False  # the header opens a list ("Civilians: four, they are:"): the bullet lines under it
        self.period_long: bool | None = None  # whether the report's lists cover more than a week (None: not asked yet)

    def see(self, work: str, sent: Sentence) -> tuple[bool, bool]:
        """(whether the sentence is a header, whether it tells the events of the header before it)."""
        chunk = work[sent.start:sent.end]
        if self._header(work, sent, chunk):
            bare = _BARE_HEADER.fullmatch(chunk) is not None
            self.paragraphs = (sent.paragraph, sent.paragraph + 1) if bare else (sent.paragraph,)
            self.listing = _list_opener(chunk) or chunk.rstrip().endswith(":")  # ("Four civilians:" over its bullet lines)
            return True, False
        if sent.paragraph not in self.paragraphs:
            if not (self.listing and sent.bullet and sent.paragraph == self.paragraphs[-1] + 1):
                self.paragraphs, self.listing = (), False
                return False, False
            self.paragraphs += (sent.paragraph,)
        return False, roundup_detail(work, sent)

    def _header(self, work: str, sent: Sentence, chunk: str) -> bool:
        """A side's figure as a header ("Civilians: 7."), the figure first where the words name a side ("Two
        civilians: ..."), or a list line with a count and then its event ("- Five soldiers, killed in ...")."""
        if side_header(chunk):
            self.side = header_side(work, sent, self.lexicon, self.on)
            return self.side is not None or _DIGIT_HEADER.match(chunk) is not None or _list_opener(chunk)
        if _COUNT_HEADER.match(chunk):
            self.side = header_side(work, sent, self.lexicon, self.on)
            return self.side is not None
        if sent.bullet and _COUNT_LINE.match(chunk) and not self._long_period(work, sent.start):
            self.side = header_side(work, sent, self.lexicon, self.on, ",")
            return True
        return False

    def _long_period(self, work: str, before: int) -> bool:
        """The text before the list gives a period of more than a week ("in March 2023", "since January"): a line's
        "killed by Turkish shelling in X" may then be several events, not one."""
        if self.period_long is None:
            period = period_of(work[:before], self.on)
            since, until = (period[0][0], period[1][0]) if period else (None, None)
            self.period_long = period is not None and (since is None or until is None or (until - since).days > _WEEK)
        return self.period_long

