"""extract_report: from one report's text to events (with claims) and period totals.

A placed incident does not take the provinces of a later sentence that names only provinces, two or more
besides its own ("Idlib and adjacent parts of Hama and Aleppo have been under bombardment since April"); strikes
counted in the hundreds over several provinces are a statistic (incident_lines.period_statistic).

A sentence of clashes that says which side attacked ("clashes were renewed in X, where tribal gunmen attacked SDF
positions") tells an attack (a fight with a clear initiator), unless the attack is only their cause ("... after
gunmen attacked"). A source's second account of the incident just told is no new incident (incident_retold), nor is
the monitor's own count of an incident another source counted first (incident_second_count).

Another party's figures for an incident the monitor counted (``incident_monitor.prefer_monitor``) yield where they contradict the
monitor's: a side the monitor also counts, dead of no side, dead it calls civilians, the wounded where the monitor's
are of no side, and all of an attacker's own claim; a side the monitor does not count stands as stated ("the SDF said
its forces killed four of the attackers"). Such figures told after a sentence that only told more of the event
("the strikes targeted a depot in A") make no incident of their own (``_claim_told_after``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Protocol

from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions, title_figures
from observatory.extract.casualty_absorbed import (
    add_up,
    broken_down_wholes,
    more_dead,
    split_sideless,
    split_wholes,
    summary_shares,
)
from observatory.extract.casualty_also_dead import add_also_dead, also_dead
from observatory.extract.casualty_bystanders import clan_men
from observatory.extract.casualty_civil_staff import civil_staff
from observatory.extract.casualty_full_toll import full_toll_anew
from observatory.extract.casualty_hurt_broken_down import restated_subset
from observatory.extract.casualty_hurt_people import hurt_beside_told
from observatory.extract.casualty_joint_hurt import without_joint_hurt
from observatory.extract.casualty_named_after import name_unknown_dead
from observatory.extract.casualty_of_the_named import attackers_of_incident
from observatory.extract.casualty_one_hurt_died import hurt_who_died
from observatory.extract.casualty_one_of_dead import of_the_counted
from observatory.extract.casualty_ordinal_companion import ordinal_companion
from observatory.extract.casualty_ordinal_more import counted_on, ranked_side
from observatory.extract.casualty_plain_restated import told_again
from observatory.extract.casualty_said_again import said_again
from observatory.extract.casualty_subtracted import incident_figures
from observatory.extract.casualty_syrian_allies import syrian_of_allies
from observatory.extract.casualty_told_earlier import told_earlier
from observatory.extract.casualty_wounded_rise import wounded_rise_side
from observatory.extract.dates import DateMention, find_dates
from observatory.extract.drafts import Draft, SentenceFacts
from observatory.extract.events import BODY_FOUND, event_type, roles
from observatory.extract.events_headline_passive import toll_line
from observatory.extract.gates import fold
from observatory.extract.incident_abroad import told_abroad
from observatory.extract.incident_all_dead import all_dead_named
from observatory.extract.incident_apart import told_apart
from observatory.extract.incident_booked_totals import drop_booked_totals
from observatory.extract.incident_bounds import (
    bare_strike_kind,
    breakdown_of_total,
    day_of_month_event,
    one_event_opening,
    one_event_turn,
    second_event_noun,
    share_of_figure,
    timed_one_event,
)
from observatory.extract.incident_came_after import came_after_kind
from observatory.extract.incident_campaign import campaign_launched
from observatory.extract.incident_claim_line import claim_line
from observatory.extract.incident_cornered import cornered_bombing, cornered_kind
from observatory.extract.incident_counted_events import counted_events
from observatory.extract.incident_counter_strike import take_answered_dead
from observatory.extract.incident_dated import calendar_day_event
from observatory.extract.incident_dates import event_dates as _event_dates  # kept importable from here
from observatory.extract.incident_day_clash import day_clash_toll
from observatory.extract.incident_day_share import event_share
from observatory.extract.incident_deadliest import singled_out_event
from observatory.extract.incident_earlier_count import earlier_count, without_earlier_dead
from observatory.extract.incident_event_placed import took_event_place
from observatory.extract.incident_eventful import eventful, incident_clause, tallied_before
from observatory.extract.incident_hazards import in_hazard
from observatory.extract.incident_headline import headline_of_several, two_event_headline
from observatory.extract.incident_initiator import attackers_named, initiated_attack, told_operation
from observatory.extract.incident_joins import fold_unplaced, joined
from observatory.extract.incident_joint_places import split_joint_places
from observatory.extract.incident_joint_toll import drop_joint_tolls, joint_runs
from observatory.extract.incident_lead_days import lead_days
from observatory.extract.incident_lead_parts import drop_lead_parts_told_apart
from observatory.extract.incident_lead_restated import lead_restated, sides_for_lead
from observatory.extract.incident_lead_told_below import drop_leads_told_below
from observatory.extract.incident_lines import (
    date_lines,
    full_date,
    general_line,
    method_breakdown,
    period_statistic,
    period_undated,
    placed,
    statistic_line,
)
from observatory.extract.incident_links import toll_owner
from observatory.extract.incident_monitor import prefer_monitor
from observatory.extract.incident_month_event import month_event
from observatory.extract.incident_more import more_of_it
from observatory.extract.incident_overview import overview
from observatory.extract.incident_page_notes import page_note_sentences
from observatory.extract.incident_party_account import party_account
from observatory.extract.incident_period_kind import period_kind
from observatory.extract.incident_place_scope import latest_told, wider_events
from observatory.extract.incident_places import (
    WIRE_DATELINE,
    area_told_before,
    event_places,
    place_named_before,
    report_governorate,
    section_governorate,
)
from observatory.extract.incident_raid_captives import raid_of_captives
from observatory.extract.incident_reply_fire import lend_province
from observatory.extract.incident_reply_strikes import reply_strikes
from observatory.extract.incident_retold import retold
from observatory.extract.incident_risen_account import fold_risen_accounts
from observatory.extract.incident_rises import rise_over_sides
from observatory.extract.incident_roundup import (
    RoundupHeaders,
    detail_parts,
    header_event,
    pointed_draft,
    under_header,
)
from observatory.extract.incident_same_time import same_time_elsewhere
from observatory.extract.incident_sameness import ANOTHER, place_key
from observatory.extract.incident_scope import (
    answer_span,
    earlier_one_event,
    first_item,
    itemised_lead,
    mere_noise,
    new_section,
    similar_span,
)
from observatory.extract.incident_second_count import monitor_recount
from observatory.extract.incident_share_event import part_told_as_event
from observatory.extract.incident_single_share import single_share_at, single_share_mentions
from observatory.extract.incident_situation import gives_way
from observatory.extract.incident_source_kind import source_kind_back
from observatory.extract.incident_source_retold import source_retold
from observatory.extract.incident_sources import MONITOR, OTHER, attacker_claim, own_report, source_spans
from observatory.extract.incident_sources import figure_source as figure_source  # kept importable from here
from observatory.extract.incident_split import OPENS_FIGHT as _OPENS_FIGHT
from observatory.extract.incident_split import attackers_only, taken_then_killed
from observatory.extract.incident_split import part_of_toll as _part_of_toll
from observatory.extract.incident_split import starts_new as _starts_new
from observatory.extract.incident_standing_mines import standing_mines
from observatory.extract.incident_started import started_by_attack
from observatory.extract.incident_storming import storming_in_fight
from observatory.extract.incident_strikes_toll import toll_of_one_told, unanchored_joint_toll
from observatory.extract.incident_support import in_support
from observatory.extract.incident_suspects import suspects_side
from observatory.extract.incident_syrian_share import syrian_share
from observatory.extract.incident_tally_shares import tally_share
from observatory.extract.incident_time_shift import TIME_SHIFT, told_as_following
from observatory.extract.incident_title_totals import Figure, told_as_total, total_figures, with_totals
from observatory.extract.incident_toll_retold import fold_toll_retold
from observatory.extract.incident_total_items import total_item
from observatory.extract.incident_trailers import link_sentences
from observatory.extract.incident_twice_told import drop_twice_told
from observatory.extract.incident_under_fire import under_fire_attack
from observatory.extract.incident_units import counted_dead, one_day_bombardment, sentence_parts, series_event
from observatory.extract.incident_wave_lead import wave_lead
from observatory.extract.incident_window_tolls import drop_window_tolls
from observatory.extract.learned_totals import complete_totals
from observatory.extract.mention_sides import INJURED, KILLED, Mention
from observatory.extract.places import PlaceMention, governorate_mentions, place_mentions
from observatory.extract.segment import BACKGROUND_RE
from observatory.extract.text import LONG_SENTENCE, Sentence, detect_language, sentences, working_copy
from observatory.extract.totals import TotalsBuilder, is_period_total
from observatory.extract.totals_compared import compared_totals
from observatory.extract.totals_doer_sides import without_doer_sides
from observatory.extract.totals_hurt_after import hurt_of_total
from observatory.extract.totals_month_ranks import month_totals
from observatory.extract.totals_window_figures import spread_day
from observatory.models import CumulativeClaim, Extraction, Report

EXTRACTOR_VERSION = "rules-0.1"
MAX_CHARS = 2_000_000  # longer texts are cut here (and the result says so); 1 MB takes about 12 s (bench_extract.py --big)


class GeocoderLike(Protocol):
    def geocode(self, name: str, context: Any = None) -> Any: ...


_LEXICON: ActorLexicon | None = None


def default_lexicon() -> ActorLexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = ActorLexicon.default()
    return _LEXICON


#: "This killing is similar to the assassination of X", "recalling the strike on Y": another event, named for comparison.
_COMPARED = re.compile(r"\b(?:(?:is|was|are|were)\s+(?:very\s+)?similar\s+to|resembl(?:es|ed|ing)|reminiscent\s+of|"
                       r"in\s+a\s+repeat\s+of|recalling)\s+(?:the|an?)\b", re.IGNORECASE)


def _facts(work: str, index: int, sent: Sentence, report: Report, lexicon: ActorLexicon) -> SentenceFacts:
    s, e = sent.start, sent.end
    compared = _COMPARED.search(work, s, e)
    e = compared.start() if compared is not None else e  # the event compared with is not told here
    hit = event_type(work[s:e])
    actors = lexicon.find(work, s, e, report.published)
    armed = any(a.side not in ("unknown", "civilians") for a in actors)  # (an operation is a side's: one must be named)
    type_hit = bare_strike_kind(work, s, e, (hit[0], hit[1] + s, hit[2] + s) if hit else None) \
        or (told_operation(work, s, e) if armed else None) or under_fire_attack(work, s, e)
    if type_hit is not None and type_hit[0] == "clash":  # "clashes broke out in X, where gunmen attacked SDF posts"
        type_hit = initiated_attack(work, s, e) or type_hit
    actor_spans = [(a.start, a.end) for a in actors if a.side != "unknown"]
    places = tuple(p for p in event_places(work, place_mentions(work, s, e), s)
                   if p.governorate or not any(a <= p.start < b or p.start <= a < p.end for a, b in actor_spans))
    who = roles(work, s, e, lexicon, report.published)
    found = find_mentions(work, s, e, lexicon, report.published,  # (not in period totals)
                          default_role=KILLED if counted_dead(work, sent) or also_dead(work[s:e]) else None)
    mentions = ordinal_companion([clan_men(civil_staff(m, work), work) for m in found], work)
    return SentenceFacts(index, sent, tuple(mentions), type_hit,
                         _event_dates(work, s, e, report.published), places, who.perpetrator, who.target, work[s:e])


def _absorb_event(draft: Draft, f: SentenceFacts) -> None:
    """The sentence's event into the incident: its extent, kind, actors, date, time shift and places."""
    draft.end = max(draft.end, f.sentence.end)
    opens = f.type_hit is not None and f.type_hit[0] == "attack" and (_OPENS_FIGHT.search(f.sentence_text) is not None
                                                                     or attackers_named(f.sentence_text)
                                                                     or started_by_attack(f.sentence_text)
                                                                     or f.perpetrator is not None and storming_in_fight(f.sentence_text) is not None)
    background = draft.type_hit is None and draft.start < f.sentence.start and _hazard_told(f)  # (by a hazard of the area)
    if f.type_hit and not background and (draft.type_hit is None or _priority(f.type_hit[0]) < _priority(draft.type_hit[0])
                       and gives_way(draft.type_hit[0], bool(f.mentions)) and not draft.opened and not attackers_only(draft, f)
                       and not _hazard_told(f) and not in_support(f)  # (not "air strikes launched in support of the troops")
                       or draft.type_hit[0] == "clash" and opens or taken_then_killed(draft, f, f.sentence_text)
                       or draft.opened and draft.type_hit[0] == "other" and f.type_hit[0] == "execution"):  # body: shot captive
        draft.type_hit = f.type_hit
        draft.opened = opens or _found_body(f)  # "the body of X was found": a murder, whoever is said to have done it
    draft.perpetrator = draft.perpetrator or f.perpetrator
    draft.target = draft.target or f.target
    if f.dates and (draft.date is None or draft.date.relative and not f.dates[0].relative and f.dates[0].value is not None):
        draft.date = f.dates[0]  # a full date told later ("The blast took place on May 3, 2022") wins over "on Tuesday"
    draft.timed = draft.timed or TIME_SHIFT.search(f.sentence_text) is not None
    _add_places(draft, f)


def _hazard_told(f: SentenceFacts) -> bool:
    """The sentence's kind is a hazard of the area ("despite the danger of landmines"): it does not retype the incident."""
    if f.type_hit is None:
        return False
    at, end = f.type_hit[1] - f.sentence.start, f.type_hit[2] - f.sentence.start
    return in_hazard(f.sentence_text, at, end) or standing_mines(f.sentence_text, at, end) or period_kind(f.sentence_text, at, end)


def _side_of(draft: Draft, f: SentenceFacts, m: Mention) -> Mention | None:
    """The figure with the side the incident gives it where the sentence names none; a relative or companion of a
    victim of no shown side is hurt of unknown side (SCHEMA: affiliation not given; tests in
    tests/test_extract_casualty_kin_hurt_unknown.py) and, killed, None (not guessed)."""
    if m.kin and m.side is None:
        dead = {side for role, side in draft.counts if role == KILLED}
        if dead != {"civilians"}:
            sided = any(o.role == INJURED and o.side is not None and o is not m for o in f.mentions)
            return replace(m, side="unknown", generic=False) if m.role == INJURED and not sided else None
        m = replace(m, side="civilians", generic=False)  # "A woman was shot dead ... Her son was wounded"
    m = ranked_side(draft.counts, m, f.index)  # "Two soldiers were killed ... A third was killed"
    m = syrian_of_allies(hurt_beside_told(m, f.sentence_text, f.sentence.start, draft.counts, f.mentions, draft.generic), draft, f.sentence_text, f.sentence.start)  # "a passer-by was hurt"; "a Syrian fighter" killed with Hezbollah's men
    if m.side is None:
        beside = {o.side for o in f.mentions} | {draft.target.side if draft.target else None}
        m = attackers_of_incident(m, draft.perpetrator, draft.type_hit and draft.type_hit[0], f.sentence_text, f.sentence.start,
                                  beside, draft.target)
    return m


def _absorb(draft: Draft, f: SentenceFacts) -> None:
    full_toll_anew(draft, f)  # "16 people died in the strike: eight Iranians, ...": the dead told before give way
    before = dict(draft.counts)
    _absorb_figures(draft, f)
    hurt_who_died(draft.counts, before, f.sentence_text, f.index, draft.generic)  # ("One of the injured succumbed", "The boy died of ...")


def _absorb_figures(draft: Draft, f: SentenceFacts) -> None:
    _absorb_event(draft, f)
    f = replace(f, mentions=without_joint_hurt(add_also_dead(draft.counts, f.mentions, f.index, f.sentence.start, f.sentence_text),
                                               f.sentence_text))  # ("more than 200 were hurt in the two cities")
    f = replace(f, mentions=of_the_counted(draft.counts, draft.generic, wounded_rise_side(draft.counts, f.mentions, f.sentence_text), f.sentence_text, f.sentence.start))
    seen_here: set[tuple[str, str]] = set()
    here: dict[tuple[str, str], Mention] = {}  # this sentence's figures of each side, summed
    wholes = broken_down_wholes(f.mentions)  # the wholes this sentence restates and breaks down by side
    split = split_wholes(draft.counts, f.mentions, f.index, f.sentence_text)  # an earlier whole this one breaks down
    draft.generic = split_sideless(draft.generic, f.mentions, f.index, f.sentence_text)  # (a risen toll of no side)
    also = more_dead(f.sentence_text, ANOTHER.search(f.sentence_text) is not None)  # "Two soldiers were also killed": more dead
    counted = sum(m.value for (role, _), (m, at) in draft.counts.items() if role == KILLED and at < f.index) + \
        sum(m.value for m, at in draft.generic if m.role == KILLED and at < f.index and not m.quantity.vague)
    again = said_again(counted, list(f.mentions), f.sentence_text, f.sentence.start, frozenset(s for r, s in draft.counts if r == KILLED))  # "all three"
    for m in rise_over_sides(draft.counts, incident_figures(f.mentions, f.sentence_text, f.sentence.start), f.index, also):
        if m.quantity.start in again:
            continue
        source = f.source_at(m.quantity.start)
        if source:
            draft.sources[m.quantity.start] = source
        sided = _side_of(draft, f, m)  # (then not the dead told before again: "..., killing him", "two of them were killed")
        if sided is None or told_again(draft, f, sided, also):
            continue
        m = sided
        if m.side is None:
            draft.generic.append((m, f.index))
            continue
        key = (m.role, m.side)
        if m.quantity.vague:
            draft.vague.setdefault(key, m)
            continue
        old = draft.counts.get(key)
        if old is not None and (m.earlier or old[1] == f.index and restated_subset(old[0], m, f.sentence_text,
                                                                                    f.sentence.start)):
            continue  # the injured of a first report, or some of them restated ("Among the wounded were three children")
        if old is not None and source == OTHER and draft.source_of(old[0]) is None and not old[0].quantity.vague \
                and attacker_claim(f.sentence_text, m.quantity.start - f.sentence.start,
                                  draft.perpetrator.alias if draft.perpetrator else None):
            continue  # an attacker's own claim ("Amaq said 16 soldiers died") never outgrows the incident's own count
        if old is not None and {draft.source_of(old[0]), source} == {MONITOR, OTHER}:
            if source == MONITOR:  # the monitor's figure over another source's for the same side
                draft.counts[key] = (m, f.index)
                seen_here.add(key)  # a second figure of that side in this sentence adds to it
            continue
        if old is None or m.rose and not (old[1] == f.index and key in seen_here and old[0].rose):  # (a rise's parts: summed)
            draft.counts[key] = (m, f.index)
        elif old[1] == f.index and key in seen_here:  # "killing 2 soldiers and 3 officers": one sentence, one side, summed
            draft.counts[key] = (add_up(old[0], m), f.index)
        elif key in here and here[key].value + m.value > old[0].value:  # this sentence's figures of the side outgrow it
            draft.counts[key] = (add_up(here[key], m), f.index)
        elif old[1] < f.index and (more := counted_on(old[0], m, f.mentions, f.sentence_text[m.quantity.end - f.sentence.start:])) is not None:  # "killing two ... A third soldier died"
            draft.counts[key] = (more, f.index)
        elif m.value > old[0].value or wholes.get(m.quantity.start) == old[0].value or key in split and old[1] != f.index:
            if old[1] < f.index:
                draft.outgrown.setdefault(key, old[0])
            draft.counts[key] = (m, f.index)
        elif old[1] < f.index and m.parent is None and not m.label:
            draft.lower.setdefault(key, m)  # (the whole of a summary, or this incident's own share: ``summary_shares``)
        here[key] = add_up(here[key], m) if key in here else m
        seen_here.add(key)


def _add_places(draft: Draft, f: SentenceFacts) -> None:
    """The sentence's own places the incident has not named yet (once each, however often the text names it)."""
    if draft.places and wider_events(f.sentence_text):
        return  # "The attacks left large parts of X without power": the wider war (incident_place_scope)
    if f.places and latest_told(f.sentence_text):
        draft.places.clear()  # "The latest incident occurred ..., when ... in X": its places are told from here
    known = {place_key(p.name) for p in draft.places}
    for p in _own_places(draft, f):
        if place_key(p.name) not in known:
            known.add(place_key(p.name))
            draft.places.append(p)


def _own_places(draft: Draft, f: SentenceFacts) -> tuple[PlaceMention, ...]:
    """The places a sentence adds to a placed incident: not the other provinces of a sentence that names only
    provinces, two or more besides the incident's ("Idlib and adjacent parts of Hama and Aleppo have been under
    bombardment since April"): the wider war, not where the incident happened."""
    told = {p.governorate for p in draft.places if p.governorate}
    others = {p.governorate for p in f.places if p.governorate} - told
    if not any(not p.governorate for p in draft.places) or len(others) < 2 or any(not p.governorate for p in f.places):
        return f.places
    return tuple(p for p in f.places if p.governorate in told)


_TITLE_WINDOW = re.compile(r"\b(?:in|within|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|two|three|four|five|several|a|one)\s+"
                           r"(?:hours|days|weeks|months|day|week|month)\b|\bsince\b", re.IGNORECASE)


def _title_toll(draft: Draft, work: str, lexicon: ActorLexicon, report: Report, in_totals: set[Figure]) -> None:
    """A report's one incident told without a figure takes the title's one figure ("Two soldiers killed in ...")."""
    if draft.counts or draft.generic or draft.vague:
        return
    cut = work.find("\n")
    if cut > 0 and (is_period_total(work[:cut]) or _TITLE_WINDOW.search(work, 0, cut)):
        return  # "Nearly 30 soldiers killed in 24 hours": a toll over a period, not the incident's
    sided = [(m, m.side) for m in title_figures(work, lexicon, report.published) if m.side is not None and not m.quantity.vague]
    if len(sided) == 1 and not told_as_total(sided[0][0].value, sided[0][1], in_totals):  # (a period's sum)
        m, side = sided[0]
        draft.counts[(m.role, side)] = (m, -1)


_DIED_AT = re.compile(r"\b(?:had\s+been|has\s+been|was|were)\s+killed\s+(?:in|near|at|outside|on\s+the\s+outskirts\s+of)\b|"
                      r"\b(?:was|were)\s+hit\s+(?:as|when|while)\b|"  # ("The officer was hit as a convoy was returning ... near X")
                      r"\bdied\s+(?:in|near|at)\b", re.IGNORECASE)


#: "the strikes hit targets from A to B", "the attack took place near X": where the event told so far happened.
_EVENT_PLACED = re.compile(r"\b(?:the|these|those)\s+(?:same\s+)?(?:strikes|raids|attacks?|explosions?|blasts?|bombings?|shelling|"
                           r"bombardment)\s+(?:also\s+|reportedly\s+)?(?:hit|struck|targeted|took\s+place|occurred|happened|"
                           r"(?:was|were)\s+carried\s+out|(?:was|were)\s+(?:launched|conducted))\b", re.IGNORECASE)


def _fold_quiet(draft: Draft, f: SentenceFacts) -> None:
    """A later sentence with no event of its own: one of the wounded told dying in it is dead ("The boy died of his
    wounds"); an unplaced incident takes its place where it tells only where a victim died ("the Ministry said
    that Private X had been killed near Palmyra") or where the event hit ("the strikes hit depots from A to B")."""
    hurt_who_died(draft.counts, dict(draft.counts), f.sentence_text, f.index, draft.generic)
    if took_event_place(draft, f) or f.type_hit or f.mentions or any(not p.governorate for p in draft.places):
        return  # ("SOHR said the bus was attacked near the town of X": incident_event_placed)
    if _DIED_AT.search(f.sentence_text):
        draft.places.extend(p for p in f.places if not p.governorate)
    elif _EVENT_PLACED.search(f.sentence_text) and any(not p.governorate for p in f.places):
        known = {place_key(p.name) for p in draft.places}
        draft.places.extend(p for p in f.places if place_key(p.name) not in known)


def _found_body(f: SentenceFacts) -> bool:
    """The sentence's kind of event is a body found ("was found dead", "the body of X was found")."""
    if f.type_hit is None or f.type_hit[0] != "other":
        return False
    return BODY_FOUND.search(f.sentence_text, f.type_hit[1] - f.sentence.start) is not None


def _priority(name: str) -> int:
    from observatory.extract.events import TYPE_PATTERNS

    return max(i for i, (n, _) in enumerate(TYPE_PATTERNS) if n == name)  # a kind's main (last) pattern


def extract_report(report: Report, geocoder: GeocoderLike | None = None, lexicon: ActorLexicon | None = None,
                   learned: bool = True) -> Extraction:
    """Events, claims and period totals of one report; a report that cannot be read gives a reason, never an exception.
    With ``learned`` (the default) the learned role model adds the period totals the rules missed (learned_totals)."""
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
        lexicon = lexicon or default_lexicon()
        ex = _extract(report, report_id, text[:MAX_CHARS], geocoder, lexicon, len(text) > MAX_CHARS)
        return complete_totals(ex, text[:MAX_CHARS], lexicon) if learned else ex
    except Exception as exc:  # one bad report must not stop a batch: its result says why it is empty
        return Extraction(report_id, language=language, reason=f"extraction failed: {type(exc).__name__}: {exc}")


def _extract(report: Report, report_id: str, text: str, geocoder: GeocoderLike | None, lexicon: ActorLexicon,
             cut: bool) -> Extraction:
    from observatory.extract.assemble import assemble

    work = working_copy(text)
    sents = sentences(work)
    own = MONITOR if own_report(work) else None  # the monitor's own report: its unattributed figures are its own
    drafts, in_totals = list[Draft](), set[Figure]()  # (in_totals: the dead that lines opening a list of totals count)
    totals = TotalsBuilder(report, report_id, work, lexicon)
    draft: Draft | None = None
    section: str | None = None
    summed = after_total = False  # whether a sentence of totals came before (just before)
    listed_day: DateMention | None = None  # the full date a roundup's total gives its day ("on Thursday, June 8, 2023")
    headers = RoundupHeaders(lexicon, report.published)  # a daily roundup's side headers ("Civilians: 7.")
    links = link_sentences(work, sents) | page_note_sentences(work, sents)  # related posts, captions, old figures
    for index, sent in enumerate(sents):
        if index in links:
            continue
        chunk = work[sent.start:sent.end]
        if sent.first_in_paragraph and not WIRE_DATELINE.match(work, sent.start, sent.end):
            section = section_governorate(work, sent) or section
        header, detail = headers.see(work, sent)  # a side's header line, or a sentence that tells the events of its figure
        if sent.heading:
            totals.take_label(sent, chunk)
            continue
        turn = _turn_to_one(work, sent, chunk, report)  # "... were killed in the Israeli strikes on X" with nothing told before: one event, not the joint toll of others
        shared = totals.take_day_share(sent)  # "In <province>, 23 civilians were killed, among them 11 who died when ...": a regional total; its event is read on
        in_total = False if shared is not None or turn or detail or part_told_as_event(chunk) or singled_out_event(chunk) or month_event(chunk) or not (drafts or summed or tallied_before(work, sent.start)) and \
            unanchored_joint_toll(chunk) or toll_of_one_told(drafts, sent, chunk, work) else totals.take(sent, chunk)
        in_total = in_total and not one_day_bombardment(chunk)  # "40 strikes since dawn today on X", no toll: one event
        if (not in_total or after_total and share_of_figure(chunk)) and (after_total and (breakdown_of_total(chunk, event_type(chunk)) or hurt_of_total(chunk)) or draft is None and share_of_figure(chunk)):
            continue  # "The dead included 38 SDF members, 22 civilians ...": the parts of the total before ("Most of them ...": of a figure, a total's too)
        told_total, (summed, after_total) = summed, (summed or in_total, in_total)
        in_totals |= total_figures(work, sent.start, sent.end, lexicon, report.published) if in_total else set()
        listed_day = listed_day or (full_date(work, sent, report) if in_total and not told_total else None)
        if BACKGROUND_RE.match(chunk) or told_total and not turn and tally_share(work, sent.start, sent.end):
            continue  # (or, after a period total, a share of its tally: "20 of the victims were killed in A")
        if "following" in fold(chunk) and _LIST_INTRO.search(chunk):  # "documented the following attacks in Daraa on Saturday:": what the list shares
            govs = {g.governorate for g in governorate_mentions(work, sent.start, sent.end)}
            section = govs.pop() if len(govs) == 1 else section
            continue
        vetted = in_total and len(chunk) < LONG_SENTENCE  # a short sentence of totals: only the events totals.py finds in it
        told = header_event(work, sent) if header else []  # "SDF: 1, a fighter shot dead by ISIS ... in Diban"
        series = in_total and not detail and not told and (series_event(work, sent) and not _reply_told(drafts, work, index, sent, report, lexicon) or spread_day(work, sent))  # "killed in two attacks on X on Monday"
        units = detail_parts(work, sent) if detail else told or ([sent] if series else
                                                                  sentence_parts(work, sent, vetted, in_total))
        spans = source_spans(work, sent.start, sent.end, own)
        side = headers.side if detail or told else _NO_HEADER
        checked = vetted or bool(told)  # a header line's own events were vetted as located events (roundup_detail)
        draft = _read_units(_Units(drafts, draft, work, index, report, lexicon, spans, side, bool(told), in_total, checked,
                                   section, told_total, series, _next_text(work, sents, index), shared), units)
    drafts = _kept(drafts, work, lexicon, report, with_totals(in_totals, claims := _claims(totals, work, lexicon, report)))
    drop_joint_tolls(drafts, joint_runs(claims, work), work)  # "the toll has risen to 11, they are: ...": the totals' whole
    drafts = split_joint_places(drop_booked_totals(drafts, claims, work), claims, work)  # (a total is no toll of "strikes"); "stormed A, B and C", the toll a total
    date_lines(drafts, listed_day, work)
    default_gov, wire = report_governorate(work, sents, geocoder)  # "DARAA, Syria (North Press) -", "Aleppo | May 2, 2019"
    result = assemble(report, report_id, text, drafts, claims, geocoder, default_gov, wire_dateline=wire)
    return Extraction(result.report_id, result.events, result.claims, result.totals, result.language,
                      reason=f"text cut at {MAX_CHARS} characters") if cut else result


def _reply_told(drafts: list[Draft], work: str, index: int, sent: Sentence, report: Report, lexicon: ActorLexicon) -> bool:
    """A reply of fire over a window (incident_reply_strikes) whose party's strikes of that kind are an incident told
    before ("Russian jets struck X on Wednesday, killing four", then "Russian jets responded with dozens of raids on
    X, killing 11 since Tuesday night"): the window's toll is a total, and the reply no second incident."""
    if not reply_strikes(work[sent.start:sent.end]):
        return False
    f = _facts(work, index, sent, report, lexicon)
    if f.perpetrator is None or f.type_hit is None:
        return False
    side, kind = f.perpetrator.side, f.type_hit[0]
    return any(d.perpetrator is not None and d.perpetrator.side == side and d.type_hit is not None and d.type_hit[0] == kind
               for d in drafts)


def _turn_to_one(work: str, sent: Sentence, chunk: str, report: Report) -> bool:
    """The sentence turns to one event of its own ("Meanwhile, cells ambushed ... on Monday", "On the 9th of this
    month, a bomb ...", "This morning, snipers shot dead two ..."), however many totals were told before it."""
    return sent.first_in_paragraph and one_event_turn(chunk, bool(find_dates(work, sent.start, sent.end, None))
                                                      or placed(work, sent)) or day_of_month_event(chunk) \
        or one_event_opening(chunk) or calendar_day_event(chunk, report.published) or earlier_one_event(chunk) \
        or not sent.first_in_paragraph and timed_one_event(chunk) or day_clash_toll(chunk)


_NO_HEADER = "-"  # the units are not the events of a roundup's side header


def _next_text(work: str, sents: list[Sentence], index: int) -> str:
    """The text of the sentence after sents[index] ("" after the last)."""
    return work[sents[index + 1].start:sents[index + 1].end] if index + 1 < len(sents) else ""


@dataclass
class _Units:
    """The units of one sentence being read into incidents, with what the sentence shares."""

    drafts: list[Draft]
    draft: Draft | None
    work: str
    index: int
    report: Report
    lexicon: ActorLexicon
    spans: tuple[tuple[int, int, str | None], ...]
    header_side: str | None  # the side of the roundup header they tell the events of (_NO_HEADER: none)
    header_line: bool  # they are the header line's own event ("SDF: 1, a fighter shot dead ...")
    in_total: bool
    vetted: bool
    section: str | None
    summed: bool = False  # a period total was told before
    tolless: bool = False  # the sentence tells of a series of attacks whose joint toll is a total: the attacks, no toll
    after: str = ""  # the sentence after this one
    shared: int | None = None  # where a province's share of the day's toll stands, its event read with its own part


def _new_draft(u: _Units, draft: Draft | None, f: SentenceFacts, unit: Sentence) -> tuple[Draft, SentenceFacts]:
    """Start another incident with the unit (added to the drafts), its facts given the day and kind told before where
    it leaves them to the incident before; returns the new incident and the facts to absorb into it."""
    work = u.work
    take_answered_dead(draft, f, work)  # the answer's dead counted with the incident before: the answer's (told again)
    if draft is not None and draft.date and not f.dates and _SAME_TIME.match(work, unit.start, unit.end) and \
            not draft.recalled:
        f = replace(f, dates=(draft.date,))  # "Meanwhile, an IED exploded in B": the day told before
    noun = _kind_before(draft, f, work[unit.start:unit.end]) if draft is not None else None
    if draft is not None and noun is not None and draft.type_hit is not None:  # "a second raid": the kind before
        f = replace(f, type_hit=(draft.type_hit[0], unit.start + noun[0], unit.start + noun[1]))
    answered = came_after_kind(work[unit.start:unit.end]) if draft is not None else None
    if answered is not None:  # "The US strikes came in response to a drone attack on the base": the drone attack
        f = replace(f, type_hit=(answered[0], unit.start + answered[1], unit.start + answered[2]))
    bomb = cornered_bombing(work[unit.start:unit.end])
    if bomb is not None:  # "a cell member blew himself up after being surrounded" opens an incident: a suicide bombing
        f = replace(f, type_hit=("suicide_bombing", unit.start + bomb[0], unit.start + bomb[1]))
    draft = Draft(u.index, unit.paragraph, unit.start, unit.end, section=u.section, recalled=unit.recalled,
                  after_total=u.summed, clause=unit.clause and bool(u.drafts) and u.drafts[-1].first_sentence == u.index)
    u.drafts.append(draft)
    return draft, f


def _read_units(u: _Units, units: list[Sentence]) -> Draft | None:
    """Read a sentence's units into the incidents: each adds to the incident being assembled or starts another one;
    returns the incident being assembled after them."""
    work, draft, whole = u.work, u.draft, u.work[units[0].start:units[-1].end] if units else ""  # whole: the sentence
    quiet = False  # the unit before told no event: a part that would take its kind ("... and in B") tells none either (a part that recalls an earlier event, "the deadliest since August, when ...", tells one of its own)
    for unit in units:
        after_quiet, quiet = unit.inherits and not unit.recalled and not unit.listed and quiet, False
        f = replace(_facts(work, u.index, unit, u.report, u.lexicon), sources=u.spans)
        f = replace(f, mentions=single_share_mentions(event_share(() if u.tolless else f.mentions, u.shared, work, unit.end), work, unit, u.lexicon, u.report.published))
        if u.header_side != _NO_HEADER:  # "Civilians: 7. A man and his son were killed ...": the header names the side
            f = replace(f, mentions=under_header(f.mentions, u.header_side))
            back = _pointed(u.drafts, f, work[unit.start:unit.end]) if u.header_line else None
            if back is not None:  # "ISIS members: 2, killed during their attack in X": that attack's toll
                _absorb(draft := back, f)
                continue
        f, cornered = cornered_kind(draft, f, work, unit)  # "Around midday, a commander, surrounded, set off his belt"
        if after_quiet and f.type_hit is None or draft is not None and _claim_told_after(u.drafts, draft, f):
            continue  # "Local media put the toll at 20": another party's count of the monitor's dead, no event
        part = joined(draft, f, work) if draft is not None else None
        if draft is not None and part is not None:  # "..., while X pounded the area", "The man had been abducted ..."
            _absorb(draft, part)
            continue
        if unit.clause and draft is not None and not _bomb_apart(draft, f):  # "..., where it ambushed ...": the actors
            f = replace(f, perpetrator=f.perpetrator or draft.perpetrator, target=f.target or draft.target)  # carry over
        if unit.inherits and draft is not None:  # "... and in B in Homs Province": the same action, another province
            f = _inherited(draft, f)
        earlier = _earlier_owner(u, draft, f, unit)
        if earlier is not None:  # more of an incident told before: its captives, its risen toll
            draft = earlier
            continue
        if not (u.tolless and f.type_hit) and not eventful(f, work[unit.start:unit.end], draft is not None, whole, u.after) or \
                u.in_total and not u.vetted and not u.tolless and not unit.recalled and not unit.listed and not incident_clause(f, work[unit.start:unit.end]):
            if draft is not None and not u.in_total:
                _fold_quiet(draft, f)
            quiet = True
            continue
        if draft is not None and earlier_count(draft, f, work[draft.start:unit.start]):
            _absorb(draft, without_earlier_dead(draft, f))  # "SOHR had reported earlier that seven were killed in the
            continue  # explosion": the incident told again, its toll before it rose
        abroad = draft is not None and told_abroad(draft, f, work)
        if draft is None or new_section(draft, u.section, unit) or first_item(draft, work[unit.start:unit.end], work) or two_event_headline(draft, work, unit.start) \
                or told_apart(work[unit.start:unit.end]) or abroad or cornered \
                or (_starts_new(draft, f, work) or same_time_elsewhere(draft, f, work[unit.start:unit.end])) \
                and not more_of_it(draft, f, work[unit.start:unit.end]) \
                and not source_retold(draft, f, work[draft.start:unit.start], work[unit.start:unit.end]) \
                and not source_kind_back(draft, f, work[unit.start:unit.end]) \
                and not retold(draft, f, work[unit.start:unit.end]) \
                and not monitor_recount(draft, f, work[unit.start:unit.end]):
            draft, f = _new_draft(u, draft, f, unit)
            draft.abroad = abroad
        elif _part_of_toll(draft, f, work[unit.start:unit.end]):
            _note_share(draft, f.mentions)  # (the incident's own share, where the toll told before is a summary)
            f = replace(f, mentions=())  # where some of the dead died: the toll is told already
        elif lead_restated(draft, f) and not sides_for_lead(draft, f):  # the lead's dead told again: counted once,
            f = replace(f, mentions=tuple(m for m in f.mentions if m.role != KILLED))  # as the lead names them
        _absorb(draft, told_earlier(u.drafts, draft, f, work))  # ("SOHR confirmed the death of the three SDF fighters")
    if draft is not None and draft.recalled:  # the story goes on with the event told before the one recalled
        return next((d for d in reversed(u.drafts) if not d.recalled), None if single_share_at(work, draft.start) else draft)
    return draft


def _inherited(draft: Draft, f: SentenceFacts) -> SentenceFacts:
    """A part of a sentence that tells the same action as the part before ("... and in B in Homs Province") takes its
    kind and day; a recalled one ("the worst since May, when 16 militants were killed") its enemy's dead."""
    f = replace(f, type_hit=f.type_hit or draft.type_hit, dates=f.dates or ((draft.date,) if draft.date else ()))
    return replace(f, mentions=_victims_as_before(draft, f.mentions)) if f.sentence.recalled else f


def _earlier_owner(u: _Units, draft: Draft | None, f: SentenceFacts, unit: Sentence) -> Draft | None:
    """The incident told before that a unit adds to, with the unit absorbed into it; None when the unit is not more of
    one."""
    captor = raid_of_captives(u.drafts, f)
    if captor is not None:  # "The group also abducted 30 women from A", a village its raid stormed: that raid's
        _absorb(captor, replace(f, places=(), type_hit=None))
        return captor
    owner = toll_owner(u.drafts, draft, u.work, unit.start, unit.end) if draft is not None and (f.mentions or f.type_hit) \
        else None
    if owner is not None and not f.dates:  # "..., raising the death toll of the car bomb to four": an earlier one
        # ("SOHR confirmed the toll of the X shelling and said it also hit Y": more of it)
        _absorb(owner, replace(f, places=()))
        return owner
    return None


def _note_share(draft: Draft, mentions: tuple[Mention, ...]) -> None:
    """The dead a sentence says died in one place of the incident's toll ("27 of them in the market"): kept aside as the
    incident's own figure, should the toll prove a summary of this and later incidents (``summary_shares``)."""
    own = [m for m in mentions if m.parent is None and m.role == KILLED and not m.quantity.vague]
    told = [key for key in draft.counts if key[0] == KILLED]
    if len(own) != 1 or own[0].side is None and len(told) != 1:
        return
    key = (KILLED, own[0].side) if own[0].side is not None else told[0]
    if key in draft.counts:
        draft.lower.setdefault(key, own[0])


def _claim_told_after(drafts: list[Draft], draft: Draft, f: SentenceFacts) -> bool:
    """Another party's figures ("Iraqi media outlets close to the militias spoke of only four dead", "Local media put
    the toll at 20"), told on no day of their own after a sentence that only told more of the event (where it began,
    what was hit), while the monitor has counted the dead of the incident before: they yield to the monitor's, and
    make no incident of their own."""
    if not f.mentions or f.dates or draft.counts or draft.generic or ANOTHER.search(f.sentence_text):
        return False
    if not all(f.source_at(m.quantity.start) == OTHER for m in f.mentions):
        return False
    roles = {m.role for m in f.mentions}
    return any(m.role in roles and d.source_of(m) == MONITOR for d in drafts if d is not draft
               for m, _ in [*d.counts.values(), *d.generic])


def _kind_before(draft: Draft, f: SentenceFacts, text: str) -> tuple[int, int] | None:
    """The span (in ``text``) of the words that give a new incident the kind of the one before: "a second raid", "a
    similar dispute left a man dead", "responded by targeting their positions" (after a shelling); or None."""
    noun = second_event_noun(text)
    if noun is None and (f.type_hit is None or f.type_hit[0] == "other"):  # "a similar explosion": the mine before
        noun = similar_span(text)
    if noun is None and draft.type_hit is not None and f.type_hit is not None:
        noun = answer_span(text, draft.type_hit[0], f.type_hit[0])
    return noun


def _victims_as_before(draft: Draft, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Dead of no named side in an earlier event an incident is ranked against are of the one side the incident's
    dead are of."""
    sides = {side for role, side, _ in draft.figures() if role == KILLED and side != "unknown"}
    if len(sides) != 1:
        return mentions
    side = sides.pop()
    return tuple(replace(m, side=side) if m.side in (None, "unknown") else m for m in mentions)


def _bomb_apart(draft: Draft, f: SentenceFacts) -> bool:
    """A mine or bomb told beside an event of another kind ("gunmen shot X, and a landmine killed Y"): whoever did the
    one did not plant the other, unless the text says so."""
    kinds = {draft.type_hit[0] if draft.type_hit else None, f.type_hit[0] if f.type_hit else None}
    return "ied_landmine" in kinds and len(kinds) == 2 and None not in kinds


def _claims(totals: TotalsBuilder, work: str, lexicon: ActorLexicon, report: Report) -> tuple[CumulativeClaim, ...]:
    """The report's totals, less those of sides that only strike, with the totals of the periods they are compared
    with ("compared with 16 in June") and of the months a ranking names ("the deadliest was March 2021, with 112")."""
    claims = compared_totals(without_doer_sides(totals.claims()), work, report.published)
    return month_totals(claims, work, lexicon, report.published)


def _kept(drafts: list[Draft], work: str, lexicon: ActorLexicon, report: Report, in_totals: set[Figure]) -> list[Draft]:
    """The incidents worth keeping, each with the monitor's figures over other sources' (and the title's toll when the
    report tells of one incident without one)."""
    for k, d in enumerate(drafts):
        drop_window_tolls(d, work)  # "38 civilians killed in the past 72 hours": a period's toll, not the incident's
        area_told_before(d, drafts[k - 1] if k else None, work)  # "struck the surroundings of the area"
        d.timed = d.timed or told_as_following(d, drafts[k - 1] if k else None, work)  # "Russian jets later struck"
        lend_province(d, drafts[k - 1] if k else None, work)  # "Rebels responded by shelling a district"
        all_dead_named(d, work, lexicon, report.published, drafts[k + 1].start if k + 1 < len(drafts) else len(work))  # "all of the dead were soldiers"
    drafts = [d for d in drafts if d.date or d.places or d.timed
              or (d.type_hit or d.perpetrator) and (d.counts or d.generic or d.vague)
              or any(m.role == KILLED and toll_line(work, m.quantity.start, m.group_end) for m, _ in d.counts.values())]  # an event the text neither
    # locates, dates nor counts is talk about events in general ("ISIS continues its attacks"), and a count of deaths with no kind
    # of event, actor, place or day ("SNHR documented the killing of 62 civilians") is a statistic; a headline's toll line is one
    drafts = [d for k, d in enumerate(drafts) if not overview(d, drafts[k + 1:], work) and not statistic_line(d, work)
              and not counted_events(d, drafts[k + 1:], work)  # "documented two attacks on X", then each of them
              and not period_statistic(d, work) and not period_undated(d, work)  # "killed in May 2023"
              and not mere_noise(d, work)  # "sporadic gunfire in the city": no event
              and not general_line(d, work)  # "landmines remained among the main causes of death": how they died
              and not method_breakdown(d, work)  # "41 were killed during the month by gunfire, IEDs and landmines"
              and not itemised_lead(d, drafts[k + 1:], work, report.published)  # "strikes killed 9", then each toll
              and not headline_of_several(d, drafts[k + 1:], work) and not wave_lead(d, drafts[k + 1:], work)  # "X killed in A,
              # Y in B", "Daraa witnessed a wave of assassinations on Monday": told one by one below
              and not party_account(d, work, drafts[:k])  # "SANA said the enemy hit sites near X": a party's word
              and not campaign_launched(d, work, len(drafts) - 1)  # "launched its offensive on X on May 3"
              and not total_item(d, work, in_totals)  # "- Ten civilians, ...": a line of the totals by side
              and not claim_line(d, drafts, work)]  # "The UN says 75 were injured in the attack": another's figure
    summary_shares([(d.counts, d.lower, d.generic) for d in drafts],  # "31 killed", then "27 in X" here and "4 in Y" after
                   [d.date.value if d.date else None for d in drafts],
                   [lead_days(d.date, work, d.end, report.published) if d.date else set() for d in drafts])
    for k, d in enumerate(drafts):
        prefer_monitor(d, work)
        suspects_side(d, work, lexicon, report.published)  # "a fifth suspect was shot dead": of the group suspected
        place_named_before(d, drafts[:k], work)  # "on the same village": the village named before
        syrian_share(d, work, drafts[k + 1].start if k + 1 < len(drafts) else len(work))  # "23 fighters were killed, six of them Syrians": the regime's part
    drafts = fold_unplaced(drafts, work)  # "According to the monitor, four ... died": more of the incident before
    drafts = fold_risen_accounts(drafts, work)  # "the toll rose to three", then "an IED ... killing two": told from the start
    drafts = drop_lead_parts_told_apart(drop_leads_told_below(drafts), work)  # a wire lead's "killed 15 fighters", told again below with its places
    drafts = drop_twice_told(drafts, work)  # "two killed by its snipers near X", then "it claimed its snipers killed five near X"
    drafts = fold_toll_retold(drafts, work)  # "six killed, according to local sources", then "SOHR said the toll climbed to 8"
    if len(drafts) == 1:
        _title_toll(drafts[0], work, lexicon, report, in_totals)
    name_unknown_dead(drafts, work, lexicon, report.published)  # "killing 14 people. ... the victims were soldiers"
    return drafts


def _pointed(drafts: list[Draft], f: SentenceFacts, text: str) -> Draft | None:
    """The incident told before that a roundup line points back to ("killed during their attack in X")."""
    told = [(d.type_hit[0] if d.type_hit else None, {place_key(p.name) for p in d.places}) for d in drafts]
    found = pointed_draft(text, f.type_hit[0] if f.type_hit else None, {place_key(p.name) for p in f.places}, told)
    return drafts[found] if found is not None else None


#: A line that introduces a list of the events told after it ("documented the following attacks ...:").
_LIST_INTRO = re.compile(r"^(?!.*\b(?:killed|killing|dead|died|injured|wounded)\b).*\bthe\s+following\b[^.:]*:\s*$",
                         re.IGNORECASE | re.DOTALL)


#: A transition that puts the next event at the time of the one told before it.
_SAME_TIME = re.compile(r"\s*(?:Elsewhere|Meanwhile|At\s+the\s+same\s+time|Simultaneously|(?:On\s+)?the\s+same\s+(?:day|night|"
                        r"morning|evening|afternoon)|(?:Hours|An?\s+hour|Half\s+an\s+hour|Minutes|Shortly)\s+(?:later|earlier|after|before)|"
                        r"(?:Later|Earlier)\s+(?:in|on)\s+(?:the|that)\s+(?:same\s+)?(?:day|morning|evening|night|afternoon)|"
                        r"(?:Later|Earlier)\s+that\s+(?:day|morning|evening|night|afternoon)|In\s+the\s+(?:evening|afternoon)|In\s+(?:a\s+(?:separate|similar|related)|another)\s+"
                        r"(?:incident|attack|development|context))\b", re.IGNORECASE)
