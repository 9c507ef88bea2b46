"""Period and running totals ("since 24 March 2019 ... 1,498 regime soldiers"), kept apart from incidents.

A sentence is a total when segment.is_total says so, less cues that date or count one event ("earlier this month",
"a total of 19 people", "In April, a truck bombing left ..."), plus joint tolls of several attacks ("killed during the
attacks") and the documented figures of a roundup that opens "divided as follows". Within totals:

* an overall figure of no side broken down by side ("73 persons, including one civilian"; "3,882 people: 1,505
  civilians, ...") gives its parts, not itself; an overall figure of no side equal to the sum of the lines after it is
  dropped; a figure of people broken down only by kind (women, children, men) stays one total of people;
* "combatants"/"military personnel" take the side whose areas the report's statistics cover ("areas controlled by the
  Autonomous Administration" -> sdf), else the side the block has named;
* a running total takes the side named between the previous figure and its own ("..., while the death toll of HTS
  fighters increased to 14");
* a stated zero ("left no fatalities among ISIS") is a total of zero.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualties import KILLED, Mention, find_mentions
from observatory.extract.dates import period_bounds, period_start
from observatory.extract.numbers import find_quantities
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
_LIST_HEADER = re.compile(r"\b(?:as\s+follows|distributed\s+(?:regionally\s+)?as|divided\s+as|regional\s+distribution)\b", re.IGNORECASE)
_DOCUMENTED = re.compile(r"\b(?:documented|recorded|registered)\s+(?:the\s+)?(?:killing|death|deaths|loss)\s+of\b", re.IGNORECASE)
_EVENT_VERB = re.compile(r"\b(?:attacked|targeted|shelled|struck|exploded|ambushed|bombed|fired|stormed|detonated|opened\s+fire)\b",
                         re.IGNORECASE)
_EVENT_COUNT = re.compile(r"\W*[\w\s'/-]{1,30}:\s*(?:\w+\s+){0,2}?(?:attacks?|operations?|murders?|crimes?|incidents?|explosions?|"
                          r"bombings?)\b", re.IGNORECASE)
_BY = re.compile(r"\b(?:by|in)\s+(?:the\s+)?(?:\w+\s+){0,2}?$", re.IGNORECASE)


def _drop_overall(mentions: list[Mention]) -> list[Mention]:
    """In a statistics header ("... left 57 persons dead; they are as follows:") the overall figure is not a total by side,
    but what it names by side ("including one civilian") is."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if _dropped(mentions, k):
            continue
        if m.parent is not None and _dropped(mentions, m.parent):
            m = replace(m, parent=None)
        elif m.parent is not None:
            m = replace(m, parent=sum(1 for j in range(m.parent) if not _dropped(mentions, j)))
        out.append(m)
    return out


def _dropped(mentions: list[Mention], k: int) -> bool:
    m = mentions[k]
    return m.parent is None and m.side in (None, "unknown") and not m.rose


_COMBATANTS = re.compile(r"\b(?:combatants?|fighters?|military\s+personnel|members?)\b", re.IGNORECASE)
_WHOLE_WAR = re.compile(r"\b(?:civil\s+war|the\s+war|the\s+conflict|the\s+revolution|the\s+uprising)\b[^.]{0,40}\b(?:broke\s+out|began|"
                        r"started|erupted)|\bsince\s+(?:(?:March|mid-March)\s+)?2011\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+"
                        r"the\s+(?:war|conflict|revolution|uprising|civil\s+war|Syrian)|\bsince\s+(?:it|the\s+war|the\s+conflict)\s+"
                        r"(?:started|began|erupted|broke\s+out)\s+in\s+(?:(?:March|mid-March)\s+)?2011\b", re.IGNORECASE)
_AREA_LABEL = re.compile(r"\b(?:areas?|held|controlled|region|desert|countryside|province|governorate|city|town|zone)\b", re.I)
_PEOPLE = ("civilians", "unknown")


def _sum_people(work: str, mentions: list[Mention]) -> list[Mention]:
    """A total given only as parts ("four civilians working in gas fields, 11 shepherds and four other people") is their sum."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and m.parent is None and prev.parent is None and m.role == prev.role == KILLED
                and (m.side in _PEOPLE and prev.side in _PEOPLE or m.side == prev.side and m.side is not None)
                and not m.quantity.vague and not prev.quantity.vague
                and re.fullmatch(r"(?:(?:\s+[\w'-]+){0,6}\s*(?:,|and|,\s*and))?\s*", work[prev.group_end:m.quantity.start])
                and not any(c.parent is not None for c in mentions)):
            other = bool(re.search(r"\bothers?\b", work[m.group_start:m.group_end], re.IGNORECASE))
            side = prev.side if prev.side == m.side else "civilians" if prev.side == "civilians" and other else "unknown"
            q = prev.quantity
            out[-1] = replace(prev, side=side, quantity=replace(q, value=q.value + m.value, end=m.quantity.end), group_end=m.group_end)
            continue
        out.append(m)
    return out


#: A count read as injured by the adjective right after it ("40 injured people").
_INJURED_AFTER = re.compile(r"\s*(?:injured|wounded)\b", re.IGNORECASE)
#: A group mixing armed men and civilians has no single side.
_MIXED_GROUP = re.compile(r"\b(?:combatants|fighters|soldiers|members|militants)\b[^.;:]{0,40}?\b(?:and|,)\s+civilians\b|"
                          r"\bcivilians\b[^.;:]{0,40}?\b(?:and|,)\s+(?:combatants|fighters|soldiers|members|militants)\b", re.IGNORECASE)
_AREA_OF = re.compile(r"\b(?:areas?|regions?|territor(?:y|ies))\s+(?:which\s+(?:is|are)\s+)?(?:controlled|held|run|administered)\s+by\s+"
                      r"(?:the\s+)?(?P<a>[^,.;()]{3,60})|(?P<b>\b[\w'-]+(?:\s+[\w'-]+)?)[\s-](?:held|controlled)\s+(?:areas|regions|territor)",
                      re.IGNORECASE)


#: A stated zero: "no fatalities among the regime forces", "without any losses in the ranks of ISIS", "ISIS suffered no losses".
_ZERO = re.compile(
    r"\b(?:no|without\s+(?:any\s+)?)\s*(?:deaths|fatalities|casualties|losses|human\s+losses|dead)\s+(?:were\s+\w+\s+)?"
    r"(?:among|in\s+the\s+ranks\s+of|to|for|on\s+the\s+side\s+of)\s+(?:the\s+)?(?P<who>[^,.;]{2,50})|"
    r"\b(?P<whom>[A-Z][\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:suffered|sustained|had|reported)\s+no\s+(?:deaths|fatalities|casualties|losses)\b")


def _promote_parts(work: str, mentions: list[Mention], sides: list[str | None]) -> tuple[list[Mention], list[str | None]]:
    """A figure of no side broken down by side ("73 persons, including one civilian"): an overall figure, whose parts are the
    totals; "87 fighters including 15 of the factions" (parts of one side): the whole takes that side."""
    out, out_sides = list(mentions), list(sides)
    for i in reversed(range(len(mentions))):  # parts of parts first
        m = mentions[i]
        if out_sides[i] not in (None, "unknown") or not _COMBATANTS.search(work, m.group_start, m.group_end):
            continue
        kinds = {out_sides[k] for k, c in enumerate(mentions) if c.parent == i and c.label is None} - {None, "unknown"}
        if len(kinds) == 1:
            out_sides[i] = kinds.pop()
            out[i] = replace(out[i], side=out_sides[i])
    for i, m in enumerate(mentions):
        if m.parent is not None or out_sides[i] not in (None, "unknown"):
            continue
        children = [k for k, c in enumerate(mentions) if c.parent == i]
        parts = [k for k in children if mentions[k].label is None and out_sides[k] not in (None, "unknown")]
        if not parts:
            kinds = {out_sides[k] for k in children}
            if out_sides[i] is None and children and kinds <= set(_PEOPLE):  # "171 fatalities: seven children, 28 women and 136 men"
                out_sides[i] = "civilians" if kinds == {"civilians"} else "unknown"
            continue
        out_sides[i] = None
        for k in parts:
            out[k] = replace(out[k], parent=None)
    return out, out_sides


#: Phrases that look like period cues but date one event ("earlier this month") or count one ("a total of 19 people").
_POINT_IN_TIME = re.compile(r"\b(?:earlier|later|late|early)\s+(?:this|last|that)\s+(?:week|month|year)\b|\ba\s+total\s+of\b", re.I)
#: Time-window cues; with one singular event in the sentence they date that event rather than bound a period.
_WINDOW = re.compile(r"\b(?:in|during|over|within|throughout)\s+the\s+(?:past|last|previous)\s+(?:\d+|\w+)?\s*(?:hours|days|hour|day)\b|"
                     r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)(?:\s*,?\s*(?:19|20)\d\d)?\b|\b(?:this|last)\s+(?:week|month)\b", re.IGNORECASE)
_ONE_EVENT = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|explosion|blast|mine|landmine|bomb|airstrike|air\s?strike|"
                        r"strike|ambush|clash|raid|shell|IED|assault|drone)\b(?!s)", re.IGNORECASE)
_MANY_EVENTS = re.compile(r"\b(?:attacks|bombings|explosions|airstrikes|air\s?strikes|strikes|ambushes|clashes|raids|operations|"
                          r"shells|battles|incidents)\b|\bseries\b|\bwave\b|\bsince\b|\bnumber\s+of\b|\btotal\b|\bso\s+far\b", re.I)
#: A joint toll of several attacks the text has told of ("two militants were killed during the attacks").
_JOINT_TOLL = re.compile(r"\b(?:during|in|by|from)\s+(?:the|these|those|both|all)\s+(?:two\s+|three\s+|several\s+|\w+\s+)?"
                         r"(?:attacks|bombings|ambushes|airstrikes|strikes|raids)\b", re.IGNORECASE)


#: A relative clause describing a group ("the Fourth Division, which has been in the province since 2017") dates the
#: group, not the figure.
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\s+(?!(?:were|was|have\s+been|had\s+been)\s+(?:killed|documented))[^,;.]{0,160}",
                       re.IGNORECASE)


_TOLL_IN_CLAUSE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:number|toll|total|killed|dead|deaths?|fatalities|casualties|losses|rises?|rose|brings?|"
                             r"bringing|raising|raises?)\b", re.IGNORECASE)


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def is_period_total(chunk: str) -> bool:
    """Whether a sentence gives a period or running total (segment.is_total, less cues that date or count one event)."""
    text = _blank(_POINT_IN_TIME, chunk)
    text = _RELATIVE.sub(lambda m: m.group(0) if _TOLL_IN_CLAUSE.search(m.group(0)) else " " * len(m.group(0)), text)
    if not is_total(text):
        return bool(_JOINT_TOLL.search(text)) and bool(_TOLL_NUMBER.search(text))
    # "In April, a truck bombing left more than 50 dead": one event, dated by a month, is not a period total
    return not (_ONE_EVENT.search(text) and not _MANY_EVENTS.search(text) and not is_total(_blank(_WINDOW, text)))


_TOLL_NUMBER = re.compile(r"\b(?:killed|dead|died|killing|death|deaths|fatalities)\b", re.IGNORECASE)


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
        self._area_side: str | None = None  # the armed side whose areas the report's statistics cover
        self._roundup = False  # the report opens with a figure "divided as follows": its documented figures are its parts

    def take(self, sent: Sentence, chunk: str) -> bool:
        """True when the sentence is a total (or a line of a statistics block) and has been consumed."""
        self._index += 1
        self._note_area(sent)
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
        if self._index <= 3 and _LIST_HEADER.search(chunk) and _DOCUMENTED.search(chunk):
            self._roundup = True  # "SNHR has documented the killing of 2378 people during Ramadan divided as follows:"
        total = (is_period_total(chunk) or bool(_LIST_HEADER.search(chunk))
                 or self._roundup and bool(_DOCUMENTED.search(chunk))) or self._continues(sent, chunk) or self._large(sent, chunk)
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
        if total and not header and all(m.quantity.vague for m in mentions) and not _ZERO.search(chunk):
            return False  # no figure to keep as a total ("tens of members were killed" in an account of attacks)
        self._set_period(chunk, total and not sent.bullet and not self._continues(sent, chunk))
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
        self._add_zeros(sent)
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
        sides = [self._top_side(sent, mentions, i) if m.parent is None else m.side for i, m in enumerate(mentions)]
        mentions, sides = _promote_parts(self.work, mentions, sides)
        for i, m in enumerate(mentions):
            if m.parent is not None or m.role != KILLED or m.quantity.vague:
                continue
            if _INJURED_AFTER.match(self.work, m.quantity.end) or self._mixed(m):
                continue  # "88 injured civilians", "N combatants and civilians": not a killed figure of one side
            side = sides[i]
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

    def _add_zeros(self, sent: Sentence) -> None:
        """"... left no fatalities among ISIS": a total of zero, when the text states it for a side."""
        for hit in _ZERO.finditer(self.work, sent.start, sent.end):
            name = "who" if hit.group("who") else "whom"
            found = [a for a in self.lexicon.find(self.work, hit.start(name), hit.end(name), self.report.published)
                     if a.side != "unknown"]
            if not found:
                continue
            (since, since_text), (until, until_text) = self._since, self._until
            key = (found[0].side, 0, f"{sent.start}")
            if key in self._seen:
                continue
            self._seen.add(key)
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=found[0].side, killed=0, since=since, until=until,
                span=Span(hit.start(), hit.end()), since_text=since_text, until_text=until_text))

    def _mixed(self, m: Mention) -> bool:
        """"280 fighters, civilians, oil workers and officials": a group of several kinds has no single side."""
        stop = next((q.start for q in find_quantities(self.work[m.quantity.end:m.group_end + 80], m.quantity.end)), m.group_end + 80)
        return bool(_MIXED_GROUP.search(self.work, m.quantity.end, min(stop, m.group_end + 80)))

    def _top_side(self, sent: Sentence, mentions: list[Mention], i: int) -> str | None:
        m = mentions[i]
        previous = next((p.quantity.end for p in reversed(mentions[:i]) if p.parent is None), sent.start)
        return m.side or self._side_before(sent, m, previous) or self._combatant_side(m)

    def _combatant_side(self, m: Mention) -> str | None:
        """"19 combatants" in a statistics block: the armed side whose areas the block is about, else the one it has named."""
        if self._in_stats and _COMBATANTS.search(self.work[m.group_start:m.group_end]):
            return self._area_side or self._fighters
        return None

    def _side_before(self, sent: Sentence, m: Mention, lower: int) -> str | None:
        """"the number of regime soldiers killed ... rises to 1,498": the side named before the figure (after the last figure)."""
        if not m.rose:
            return None
        actors = [a for a in self.lexicon.find(self.work, max(sent.start, lower), m.quantity.start, self.report.published)
                  if not _BY.search(self.work[max(sent.start, a.start - 20):a.start])]
        return actors[0].side if actors else None

    def _note_area(self, sent: Sentence) -> None:
        """Remember whose areas the report is about ("areas controlled by the Autonomous Administration", "SDF-held areas")."""
        m = _AREA_OF.search(self.work, sent.start, sent.end)
        if m is None:
            return
        name = "a" if m.group("a") else "b"
        found = [a for a in self.lexicon.find(self.work, m.start(name), m.end(name), self.report.published)
                 if a.side not in ("civilians", "unknown")]
        if found:
            self._area_side = found[0].side

    def claims(self) -> tuple[CumulativeClaim, ...]:
        return tuple(_drop_sums(self._claims))


def _drop_sums(claims: list[CumulativeClaim]) -> list[CumulativeClaim]:
    """An overall figure of no side followed by its parts ("24 persons"; "20 fighters", "three soldiers", "one civilian")
    is not a total of its own: the parts are."""
    out = []
    for j, claim in enumerate(claims):
        if claim.side == "unknown" and _sum_follows(claim, claims[j + 1:]):
            continue
        out.append(claim)
    return out


def _sum_follows(overall: CumulativeClaim, rest: list[CumulativeClaim]) -> bool:
    running = 0
    sides: set[str] = set()
    for n, claim in enumerate(rest[:12], 1):
        if claim.region != overall.region:
            return False
        running += claim.killed
        sides.add(claim.side)
        if running == overall.killed:
            return n >= 2 and sides != {"unknown"}
        if running > overall.killed:
            return False
    return False
