"""extract_report: from one report's text to events (with claims) and period totals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from observatory.extract.actors import ActorLexicon, ActorMatch
from observatory.extract.casualties import KILLED, Mention, find_mentions
from observatory.extract.dates import DateMention, find_dates
from observatory.extract.events import event_type, roles
from observatory.extract.places import PlaceMention, governorate_mentions, place_mentions
from observatory.extract.segment import BACKGROUND_RE, TRANSITION_RE
from observatory.extract.text import Sentence, clauses, detect_language, sentences, working_copy
from observatory.extract.totals import TotalsBuilder
from observatory.models import Extraction, Report

EXTRACTOR_VERSION = "rules-0.1"
MAX_CHARS = 2_000_000  # longer texts are cut here (and the result says so); 1 MB takes a few seconds


class GeocoderLike(Protocol):
    def geocode(self, name: str, context: Any = None) -> Any: ...


@dataclass
class Draft:
    """An incident being assembled from consecutive sentences (internal to extraction)."""

    first_sentence: int
    paragraph: int
    start: int
    end: int
    type_hit: tuple[str, int, int] | None = None
    perpetrator: ActorMatch | None = None
    target: ActorMatch | None = None
    date: DateMention | None = None
    places: list[PlaceMention] = field(default_factory=list)
    counts: dict[tuple[str, str], tuple[Mention, int]] = field(default_factory=dict)  # (role, side) -> (mention, sentence)
    vague: dict[tuple[str, str], Mention] = field(default_factory=dict)
    generic: list[tuple[Mention, int]] = field(default_factory=list)

    def figures(self) -> set[tuple[str, str, int]]:
        return {(role, side, m.value) for (role, side), (m, _) in self.counts.items()}


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    index: int
    sentence: Sentence
    mentions: tuple[Mention, ...]
    type_hit: tuple[str, int, int] | None
    dates: tuple[DateMention, ...]
    places: tuple[PlaceMention, ...]
    perpetrator: ActorMatch | None
    target: ActorMatch | None


_YEAR_OR_HABIT = re.compile(r"\b(?:19|20)\d\d\b|\bdaily\s+basis\b|\bregularly\b|\boften\b|\busually\b|\broutinely\b|"
                            r"\bin\s+recent\s+(?:days|weeks|months|years)\b|\bover\s+the\s+(?:years|past\s+(?:months|years))\b|\bcontinue[sd]?\s+to\b|\bfor\s+\w+\s+(?:days|weeks|months)\s+now\b|\brepeated(?:ly)?\b|"
                            r"\bongoing\b|\bincreasing\b|\bescalat", re.IGNORECASE)
_NOT_VIOLENCE = re.compile(r"\breinforcements?\b|\barrest(?:ed|s)?\b|\bcurfew\b|\bdetain(?:ed)?\b|\bcheckpoints?\s+were\s+set", re.I)
_ATTACK_CLAUSE = re.compile(r"\b(?:attacked|ambushed|targeted|shelled|stormed|bombed|struck)\b|"
                            r"\b(?:another|an?|the\s+(?:latest|last|new|first|second|third))\s+(?:\w+\s+)?attack\b", re.I)
_PLURAL_HIT = re.compile(r"(?:attacks|ambushes|assassinations|bombings|operations)$", re.IGNORECASE)
_LEXICON: ActorLexicon | None = None


def default_lexicon() -> ActorLexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = ActorLexicon.default()
    return _LEXICON


def _facts(work: str, index: int, sent: Sentence, report: Report, lexicon: ActorLexicon) -> SentenceFacts:
    s, e = sent.start, sent.end
    hit = event_type(work[s:e])
    type_hit = (hit[0], hit[1] + s, hit[2] + s) if hit else None
    actor_spans = [(a.start, a.end) for a in lexicon.find(work, s, e, report.published) if a.side != "unknown"]
    places = tuple(p for p in place_mentions(work, s, e)
                   if p.governorate or not any(a <= p.start < b or p.start <= a < p.end for a, b in actor_spans))
    who = roles(work, s, e, lexicon, report.published)
    return SentenceFacts(index, sent, tuple(find_mentions(work, s, e, lexicon, report.published)), type_hit,
                         tuple(find_dates(work, s, e, report.published)), places, who.perpetrator, who.target)


_ELABORATION = re.compile(r"^\s*[\"']?(?:(?:They|He|She|It|The\s+sources?|The\s+source|Sources)\s+(?:also\s+)?(?:added|said|noted|"
                          r"pointed|stated|explained|indicated|mentioned|reported|confirmed)\b|"
                          r"(?:The|This|That|These|It|They|He|His|Their)\s+(?:\w+\s+){0,2}?(?:attack|assault|ambush|"
                          r"shelling|explosion|blast|clash|clashes|gunmen|convoy|strike|bombing|drone|victims?|dead|attackers|"
                          r"operation|incident|area|site|location|position|target|was|were|is|took|came)\b)", re.IGNORECASE)


def _eventful(f: SentenceFacts, chunk: str, draft: Draft | None) -> bool:
    """Whether a sentence (or clause) tells of a violent event at all."""
    if not (f.mentions or f.type_hit):
        return False
    if not f.mentions and (_YEAR_OR_HABIT.search(chunk) or _NOT_VIOLENCE.search(chunk)):
        return False
    if not f.mentions and not f.dates and f.type_hit and _PLURAL_HIT.search(chunk[:f.type_hit[2] - f.sentence.start]):
        return False  # "executing attacks and ambushes": events in general, not one of them
    return bool(f.type_hit) or any(m.role == KILLED or m.side for m in f.mentions) or draft is not None


def _starts_new(draft: Draft, f: SentenceFacts, work: str) -> bool:
    """Whether a sentence begins another incident rather than telling more about the one being assembled."""
    text = work[f.sentence.start:f.sentence.end]
    if f.sentence.bullet and (f.mentions or f.type_hit):
        return True
    new_date = bool(f.dates) and (draft.date is None and bool(_LEADING_DATE.match(text))
                                  or draft.date is not None and _date_key(f.dates[0]) != _date_key(draft.date))
    if TRANSITION_RE.match(text) and (f.type_hit or f.mentions and new_date):
        if _SAME_EVENT.search(text) and not _new_places(draft, f):
            return False
        return new_date or not _restates(draft, f)
    if f.sentence.clause:  # a clause of a long account of several attacks: its own attack in its own place is another one
        return bool(f.type_hit) and bool(f.places) and _ATTACK_CLAUSE.search(text) is not None
    if not f.sentence.first_in_paragraph:
        return bool(f.type_hit) and _ANOTHER.search(text) is not None and _new_places(draft, f)
    if _restates(draft, f) or _SAME_EVENT.search(text) and not _new_places(draft, f) or _ELABORATION.match(text):
        return False
    if new_date and (f.type_hit or f.mentions):
        return True
    if not f.type_hit:
        return False
    if _ANOTHER.search(text) and _new_places(draft, f):
        return True
    if draft.type_hit and f.type_hit[0] == draft.type_hit[0] and not f.dates and not (f.mentions and _new_places(draft, f)):
        return False  # the same kind of event again, on no other day and in no other place: more about the same incident
    if not draft.counts and not draft.generic and not any(not p.governorate for p in draft.places):
        return False  # the draft was a lead sentence; this paragraph gives its details
    known = {p.name.lower() for p in draft.places}
    named = [p for p in f.places if not p.governorate]
    if named and known and not any(p.name.lower() in known for p in named) and _differs(draft, f):
        return True
    return bool(f.mentions) and not _restates(draft, f)


def _new_places(draft: Draft, f: SentenceFacts) -> bool:
    known = {p.name.lower() for p in draft.places}
    named = [p for p in f.places if not p.governorate]
    return bool(named) and not any(p.name.lower() in known for p in named)


def _differs(draft: Draft, f: SentenceFacts) -> bool:
    """Another kind of event, or another perpetrator, than the draft's."""
    if f.type_hit and draft.type_hit and f.type_hit[0] != draft.type_hit[0]:
        return True
    return bool(f.perpetrator and draft.perpetrator and f.perpetrator.side != draft.perpetrator.side)


_SAME_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:same\s+|[\w-]+\s+)?(?:shelling|attacks?|explosions?|blast|strikes?|airstrikes?|"
                         r"bombardments?|ambush|clashes|bombing|raids?)\b", re.IGNORECASE)
_ANOTHER = re.compile(r"\balso\b|\bcoincid|\bmeanwhile\b|\bmoreover\b|\bseparately\b|\belsewhere\b|"
                      r"\banother\b", re.IGNORECASE)
_LEADING_DATE = re.compile(r"\s*(?:On|Last|Yesterday|Earlier|Today|This|At\s+dawn)\b", re.IGNORECASE)


def _date_key(d: DateMention) -> str:
    if d.value is not None:
        return d.value.isoformat()
    return re.sub(r"^(?:on|last|this|early|late)\s+(?:the\s+)?", "", d.text.lower().strip())


def _restates(draft: Draft, f: SentenceFacts) -> bool:
    if not f.mentions:
        return False
    mine: set[tuple[str, str | None, int]] = {(m.role, m.side, m.value) for m in f.mentions
                                              if m.parent is None and not m.quantity.vague}
    known: set[tuple[str, str | None, int]] = set(draft.figures()) | {(r, s, m.value) for (r, s), m in draft.vague.items()}
    known |= {(m.role, None, m.value) for m, _ in draft.generic}
    return any(r == KILLED and any(k[0] == r and k[2] == v and (s is None or k[1] is None or k[1] == s) for k in known)
               for r, s, v in mine)


def _absorb(draft: Draft, f: SentenceFacts) -> None:
    draft.end = max(draft.end, f.sentence.end)
    if f.type_hit and (draft.type_hit is None or _priority(f.type_hit[0]) < _priority(draft.type_hit[0])
                       and draft.type_hit[0] in ("attack", "other", "clash")):
        draft.type_hit = f.type_hit
    draft.perpetrator = draft.perpetrator or f.perpetrator
    draft.target = draft.target or f.target
    if draft.date is None and f.dates:
        draft.date = f.dates[0]
    known = {p.name.lower() for p in draft.places}
    draft.places.extend(p for p in f.places if p.name.lower() not in known)
    seen_here: set[tuple[str, str]] = set()
    for m in _incident_figures(f.mentions):
        if m.side is None:
            draft.generic.append((m, f.index))
            continue
        key = (m.role, m.side)
        if m.quantity.vague:
            draft.vague.setdefault(key, m)
            continue
        old = draft.counts.get(key)
        if old is None or m.rose:
            draft.counts[key] = (m, f.index)
        elif old[1] == f.index and key in seen_here:  # "killing 2 soldiers and 3 officers": one sentence, one side, summed
            first = old[0]
            summed = replace(first, quantity=replace(first.quantity, value=first.value + m.value, end=m.quantity.end),
                             group_end=m.group_end, parent=None)
            draft.counts[key] = (summed, f.index)
        elif m.value > old[0].value:
            draft.counts[key] = (m, f.index)
        seen_here.add(key)


def _priority(name: str) -> int:
    from observatory.extract.events import TYPE_PATTERNS

    return next(i for i, (n, _) in enumerate(TYPE_PATTERNS) if n == name)


def _incident_figures(mentions: tuple[Mention, ...]) -> list[Mention]:
    """Apply the breakdown rule: "14 members, including 2 Russians" -> 12 of the parent's side and 2 Russians."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.parent is None:
            continue
        parent = out[m.parent]
        if parent.side is None and m.side is not None:  # "rose to three; a civilian and two fighters": the parts name the sides
            out[m.parent] = replace(parent, parent=-1)
            out[i] = replace(m, parent=None, rose=parent.rose or m.rose)
            continue
        subset = m.side == parent.side or m.label and m.side in (parent.side, "civilians") or (parent.side, m.side) == ("civilians", "unknown")
        if m.side is None or subset or parent.side is None:
            out[i] = replace(m, parent=-1)  # a subset of the parent ("including four children"): already counted
            continue
        out[m.parent] = replace(parent, quantity=replace(parent.quantity, value=max(parent.value - m.value, 0)))
    return [m for m in out if m.parent != -1]


def extract_report(report: Report, geocoder: GeocoderLike | None = None, lexicon: ActorLexicon | None = None) -> Extraction:
    """Events, claims and period totals of one report; a report that cannot be read gives a reason, never an exception."""
    text = report.text or ""
    if not text.strip():
        return Extraction(report.id, language=report.language, reason="empty text")
    language = detect_language(text)
    if language == "ar" or report.language.startswith("ar"):
        return Extraction(report.id, language="ar", reason="language not supported yet")
    if language == "und":
        return Extraction(report.id, language=report.language, reason="no text to read (no letters)")
    report_id = report.id
    try:
        return _extract(report, report_id, text[:MAX_CHARS], geocoder, lexicon or default_lexicon(), len(text) > MAX_CHARS)
    except Exception as exc:  # one bad report must not stop a batch: its result says why it is empty
        return Extraction(report_id, language=language, reason=f"extraction failed: {type(exc).__name__}: {exc}")


def _extract(report: Report, report_id: str, text: str, geocoder: GeocoderLike | None, lexicon: ActorLexicon,
             cut: bool) -> Extraction:
    from observatory.extract.assemble import assemble

    work = working_copy(text)
    sents = sentences(work)
    drafts: list[Draft] = []
    totals = TotalsBuilder(report, report_id, work, lexicon)
    draft: Draft | None = None
    for index, sent in enumerate(sents):
        chunk = work[sent.start:sent.end]
        if sent.heading:
            totals.take_label(sent, chunk)
            continue
        if totals.take(sent, chunk):
            continue
        if BACKGROUND_RE.match(chunk):
            continue
        for unit in clauses(work, sent):
            f = _facts(work, index, unit, report, lexicon)
            if unit.clause and draft is not None:  # "..., where it ambushed ...": the actors of the sentence carry over
                f = replace(f, perpetrator=f.perpetrator or draft.perpetrator, target=f.target or draft.target)
            if not _eventful(f, work[unit.start:unit.end], draft):
                continue
            if draft is None or _starts_new(draft, f, work):
                draft = Draft(index, unit.paragraph, unit.start, unit.end)
                drafts.append(draft)
            _absorb(draft, f)
    drafts = [d for d in drafts if d.counts or d.generic or d.vague or d.date or d.places]  # an event the text neither
    # locates, dates nor counts is talk about events in general ("ISIS continues its attacks"), not an incident
    default_gov = _dateline_governorate(work, sents)
    result = assemble(report, report_id, text, drafts, totals.claims(), geocoder, default_gov)
    if cut:
        return Extraction(result.report_id, result.events, result.claims, result.totals, result.language,
                          reason=f"text cut at {MAX_CHARS} characters")
    return result


def _dateline_governorate(work: str, sents: list[Sentence]) -> str | None:
    """A governorate given as a dateline ("Deir Ezzor province:", "DARAA, Syria (North Press) –")."""
    for sent in sents[:4]:
        if sent.heading:
            continue
        head = work[sent.start: sent.start + 80]
        m = re.match(r"\s*(?:date\s+\S+\s+)?([A-Z][\w' -]{2,40}?)(?:\s+(?:province|governorate|countryside))?\s*(?::|,\s*Syria)", head)
        if m:
            govs = governorate_mentions(work, sent.start + m.start(1), sent.start + m.end(1))
            if govs:
                return govs[0].governorate
        return None
    return None
