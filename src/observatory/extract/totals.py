"""Period and running totals ("since 24 March 2019 ... 1,498 regime soldiers"), kept apart from incidents."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualties import KILLED, Mention, find_mentions
from observatory.extract.dates import period_bounds, period_start
from observatory.extract.segment import INCIDENT_TOLL_RE, STATS_HEADER_RE, is_total
from observatory.extract.text import Sentence
from observatory.models import CumulativeClaim, Qualifier, Report, Span

_REGION = re.compile(r"^\s*(?:[•\-*▪●◦·]\s*)?([A-Z][\w' -]{1,40}?)\s*:")
#: Tolls at least this large are read as period totals unless the sentence ties them to one attack.
LARGE_TOLL = 100
_CONTINUATION = re.compile(r"\s*(?:In\s+addition\b|As\s+well\s+as|Also|While|Besides|Moreover|Meanwhile|And)\b", re.IGNORECASE)
_LINE = re.compile(r"\s*[-–]?\s*(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)\s+[^\n]{0,200}$")
_LABEL_LINE = re.compile(r"\s*(?:[•\-*▪●◦·]\s*)?(?P<label>[A-Z][^:\n]{2,200}?):\s*(?P<num>\d[\d,]*)\s*(?:people|persons|fatalities|dead)?\s*\.?\s*$")
_REGION_LINE = re.compile(r"\s*[\w\"“”' -]{2,40}:\s*(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A|An)\b")
_LIST_HEADER = re.compile(r"\b(?:as\s+follows|distributed\s+(?:regionally\s+)?as|regional\s+distribution)\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire)\b",
                         re.IGNORECASE)
_EVENT_COUNT = re.compile(r"\W*[\w\s'/-]{1,30}:\s*(?:\w+\s+){0,2}?(?:attacks?|operations?|murders?|crimes?|incidents?|explosions?|"
                          r"bombings?)\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.IGNORECASE)


def _drop_overall(mentions: list[Mention]) -> list[Mention]:
    """In a statistics header ("... left 57 persons dead; they are as follows:") the overall figure is not a total by side,
    but what it names by side ("including one civilian") is."""
    out: list[Mention] = []
    for m in mentions:
        if m.parent is None and m.side in (None, "unknown") and not m.rose:
            continue
        if m.parent is not None and mentions[m.parent].side in (None, "unknown"):
            m = replace(m, parent=None)
        elif m.parent is not None:
            m = replace(m, parent=sum(1 for k in range(m.parent) if not _dropped(mentions, k)))
        out.append(m)
    return out


def _dropped(mentions: list[Mention], k: int) -> bool:
    m = mentions[k]
    return m.parent is None and m.side in (None, "unknown") and not m.rose


_COMBATANTS = re.compile(r"\b(?:combatants?|fighters?|military\s+personnel|members?)\b", re.IGNORECASE)
_WHOLE_WAR = re.compile(r"\b(?:civil\s+war|the\s+war|the\s+conflict|the\s+revolution|the\s+uprising)\b[^.]{0,40}\b(?:broke\s+out|began|"
                        r"started|erupted)|\bsince\s+(?:(?:March|mid-March)\s+)?2011\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+"
                        r"the\s+(?:war|conflict|revolution|uprising|civil\s+war|Syrian)", re.IGNORECASE)
_AREA_LABEL = re.compile(r"\b(?:areas?|held|controlled|region|desert|countryside|province|governorate|city|town|zone)\b", re.I)
_PEOPLE = ("civilians", "unknown")


def _sum_people(work: str, mentions: list[Mention]) -> list[Mention]:
    """A total given only as parts ("four civilians working in gas fields, 11 shepherds and four other people") is their sum."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.parent is None and prev.parent is None and m.role == prev.role == KILLED
                and m.side in _PEOPLE and prev.side in _PEOPLE and not m.quantity.vague and not prev.quantity.vague
                and re.fullmatch(r"(?:(?:\s+[\w'-]+){0,6}\s*(?:,|and|,\s*and))?\s*", work[prev.group_end:m.quantity.start])
                and not any(c.parent is not None for c in mentions)):
            other = bool(re.search(r"\bothers?\b", work[m.group_start:m.group_end], re.IGNORECASE))
            side = "civilians" if prev.side == "civilians" and (m.side == "civilians" or other) else "unknown"
            q = prev.quantity
            out[-1] = replace(prev, side=side, quantity=replace(q, value=q.value + m.value, end=m.quantity.end), group_end=m.group_end)
            continue
        out.append(m)
    return out


#: A count read as injured by the adjective right after it ("40 injured people").
_INJURED_AFTER = re.compile(r"\s*(?:injured|wounded)\b", re.IGNORECASE)
#: A group mixing armed men and civilians has no single side.
_MIXED_GROUP = re.compile(r"\b(?:combatants|fighters)\s+and\s+civilians\b|\bcivilians\s+and\s+(?:combatants|fighters)\b", re.IGNORECASE)


class TotalsBuilder:
    """Consumes the sentences that carry period totals and turns them into CumulativeClaims."""

    def __init__(self, report: Report, report_id: str, work: str, lexicon: ActorLexicon) -> None:
        self.report = report
        self.report_id = report_id
        self.work = work
        self.lexicon = lexicon
        self._claims: list[CumulativeClaim] = []
        self._seen: set[tuple[str, int, str]] = set()
        self._in_stats = False
        self._since: tuple[date | None, str | None] = (None, None)
        self._until: tuple[date | None, str | None] = (None, None)
        self._paragraph = -1
        self._index = -1
        self._fighters: str | None = None  # the armed side the report's statistics are about ("combatants" lines)
        self._fighters_n = 0
        self._last_total = -2

    def take(self, sent: Sentence, chunk: str) -> bool:
        """True when the sentence is a total (or a line of a statistics block) and has been consumed."""
        self._index += 1
        taken = self._take(sent, chunk)
        if taken:
            self._last_total = self._index
        return taken

    def _take(self, sent: Sentence, chunk: str) -> bool:
        if self._in_stats and _LABEL_LINE.match(chunk) and self.take_label(sent, chunk):
            return True
        line = sent.bullet or bool(_LINE.match(chunk)) or bool(_REGION_LINE.match(chunk))
        if sent.first_in_paragraph and not line and sent.paragraph != self._paragraph:
            self._in_stats = False
        total = is_total(chunk) or bool(_LIST_HEADER.search(chunk)) or self._continues(sent, chunk) or self._large(sent, chunk)
        in_block = self._in_stats and (line or sent.paragraph == self._paragraph or chunk.rstrip().endswith(":"))
        if not total and not in_block:
            return False
        if not total and line and _EVENT_VERB.search(chunk) and not _EVENT_COUNT.match(chunk):
            return False  # a bullet that describes one attack is an incident, not a line of statistics
        in_block = in_block and line
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published,
                                 default_role=KILLED if in_block else None)
        header = bool(STATS_HEADER_RE.search(chunk)) or "statistic" in chunk.lower()
        if header:
            mentions = _drop_overall(mentions)
        if total and not header and all(m.quantity.vague for m in mentions):
            return False  # no figure to keep as a total ("tens of members were killed" in an account of attacks)
        self._set_period(chunk, total and not sent.bullet)
        if header or total and not sent.bullet:
            self._in_stats = True
            self._paragraph = sent.paragraph
        self._add(sent, chunk, mentions)
        return True

    def _set_period(self, chunk: str, new_block: bool) -> None:
        """The period a total covers: this sentence's ("since ...", "between ... and ..."), else the block's."""
        bounds = period_bounds(chunk)
        if bounds is not None:
            self._since, self._until = (bounds[0], bounds[2]), (bounds[1], bounds[2])
            return
        since = period_start(chunk)
        if since != (None, None):
            self._since, self._until = since, (None, None)
        elif new_block and not self._in_stats:
            self._since, self._until = (None, None), (None, None)

    def _continues(self, sent: Sentence, chunk: str) -> bool:
        """"In addition to 37 members ..." right after a total continues it."""
        return self._last_total == self._index - 1 and bool(_CONTINUATION.match(chunk))

    def _large(self, sent: Sentence, chunk: str) -> bool:
        """A toll of 100 or more of one side outside an incident's own toll phrase is a period figure."""
        if INCIDENT_TOLL_RE.search(chunk):
            return False
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published)
        return any(m.value >= LARGE_TOLL and not m.quantity.vague for m in mentions)

    def take_label(self, sent: Sentence, chunk: str) -> bool:
        """A short "Label: N" line of a statistics block ("The regime forces: 47"); the label names the side."""
        m = _LABEL_LINE.match(chunk)
        if not self._in_stats or m is None:
            return False
        side = self._label_side(sent.start + m.start("label"), sent.start + m.end("label"))
        if side is None:
            return False
        value = int(m.group("num").replace(",", ""))
        (since, since_text), (until, until_text) = self._since, self._until
        self._claims.append(CumulativeClaim(
            report_id=self.report_id, side=side, killed=value, since=since, until=until,
            span=Span(sent.start + m.start("num"), sent.start + m.end("num")), since_text=since_text, until_text=until_text,
        ))
        return True

    def _label_side(self, start: int, end: int) -> str | None:
        if _AREA_LABEL.search(self.work[start:end]):
            return None  # "Regime-controlled areas:" names a region, not the side of the dead
        found = self.lexicon.find(self.work, start, end, self.report.published)
        actors = [a for a in found if a.alias.lower() not in GENERIC_ALIASES] or found
        if not actors:
            return None
        if "non-syrian" in self.work[start:end].lower() and actors[0].side in ("regime", "pro_iran_foreign"):
            return "pro_iran_foreign"  # "militiamen loyal to the regime of non-Syrian nationalities"
        return actors[0].side

    def _add(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        if _WHOLE_WAR.search(chunk):
            return  # the war's overall toll is background, not a period total of this report
        region_m = _REGION.match(chunk) if sent.bullet or _REGION_LINE.match(chunk) else None
        region = region_m.group(1) if region_m else None
        if region_m is not None:
            label_side = self._label_side(sent.start + region_m.start(1), sent.start + region_m.end(1))
            if label_side is not None:
                region = None
                first = next((i for i, m in enumerate(mentions) if m.parent is None), None)
                if first is not None and mentions[first].side in (None, "unknown"):
                    mentions = list(mentions)
                    mentions[first] = replace(mentions[first], side=label_side)
        mentions = _sum_people(self.work, mentions)
        for i, m in enumerate(mentions):
            if m.parent is not None or m.role != KILLED or m.quantity.vague:
                continue
            if _INJURED_AFTER.match(self.work, m.quantity.end) or _MIXED_GROUP.search(self.work, m.quantity.end, m.group_end + 1):
                continue  # "88 injured civilians", "N combatants and civilians": not a killed figure of one side
            side = m.side or self._side_before(sent, m) or self._combatant_side(m)
            if side not in (None, "isis", "civilians", "unknown") and self._in_stats and m.value > self._fighters_n:
                self._fighters, self._fighters_n = side, m.value
            if side is None:
                continue
            key = (side, m.value, chunk if not (sent.bullet or self._in_stats) else f"{sent.start}")
            if key in self._seen:
                continue
            self._seen.add(key)
            of_which = tuple((c.label or c.side or "unknown", c.value) for c in mentions if c.parent == i and not c.quantity.vague)
            (since, since_text), (until, until_text) = self._since, self._until
            qualifier = Qualifier.AT_LEAST if m.quantity.qualifier is Qualifier.EXACT else m.quantity.qualifier
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=side, killed=m.value, since=since, until=until,
                of_which=of_which, span=Span(m.quantity.start, m.group_end), qualifier=qualifier,
                region=region, since_text=since_text, until_text=until_text,
            ))

    def _combatant_side(self, m: Mention) -> str | None:
        """"19 combatants" in a statistics block: the armed side the block has named before."""
        if self._in_stats and _COMBATANTS.search(self.work[m.group_start:m.group_end]):
            return self._fighters
        return None

    def _side_before(self, sent: Sentence, m: Mention) -> str | None:
        """"the number of regime soldiers killed ... rises to 1,498": the side named before the figure."""
        if not m.rose:
            return None
        actors = [a for a in self.lexicon.find(self.work, sent.start, m.quantity.start, self.report.published)
                  if not _BY.search(self.work[max(sent.start, a.start - 20):a.start])]
        return actors[0].side if actors else None

    def claims(self) -> tuple[CumulativeClaim, ...]:
        return tuple(self._claims)
