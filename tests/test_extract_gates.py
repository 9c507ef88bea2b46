"""The substring gates that let dates and places skip patterns: they never skip a span the pattern matches."""

from __future__ import annotations

import re
import sys
from datetime import date

from observatory.extract.dates import find_dates
from observatory.extract.gates import covering_stems, folded, has_any, may_hold
from observatory.extract.places import GOVERNORATE_NAMES, governorate_mentions


def test_folded_reads_letters_as_case_insensitive_patterns_do() -> None:
    # every character an IGNORECASE pattern takes for an ASCII letter folds to that letter
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if letter.fullmatch(char):
            assert re.fullmatch(folded(char), char, re.IGNORECASE), hex(code)


def test_folded_bounds_are_those_of_pos_and_endpos() -> None:
    assert folded("Hello World", -3, 5) == "hello"
    assert folded("Hello World", 2, -1) == ""
    assert folded("Hello World", 6) == "world"


def test_covering_stems_leave_one_in_every_phrase() -> None:
    phrases = ["Deir ez-Zor", "Hama", "Rif Dimashq", "Dar'a", "As Suwayda", "Idlib"]
    stems = covering_stems(phrases)
    assert all(has_any(p.lower(), stems) for p in phrases)


def test_gated_patterns_still_find_unusual_letter_forms() -> None:
    text = "Shelling hit Idlib and RA\u212a\u212aA ton\u0131ght, and DAMASCUS countryside on the 14th of March."
    assert [d.text for d in find_dates(text, 0, len(text), date(2024, 3, 20))] == ["tonight".replace("i", "\u0131", 1),
                                                                                   "on the 14th of March."]
    assert [g.governorate for g in governorate_mentions(text, 0, len(text))] == ["Idleb", "Ar-Raqqa", "Rural Damascus"]
    assert all(governorate_mentions(name, 0, len(name)) for names in GOVERNORATE_NAMES.values() for name in names)


_KIND_SENTENCES = (
    "A UAV struck a car.", "The Air Force bombed the town.", "Old rusty shells left behind exploded.", "Two IEDs went off.",
    "A man quickly shot his brother.", "Gunmen kidnapped a doctor.", "They were taken to an unknown destination.",
    "ISIS beheaded a shepherd.", "A firefight broke out.", "Forces laid in wait for the convoy.", "An airdropped unit landed.",
    "Regime forces BES\u0130EGED the town.", "Shelling hit the market during clashes.", "The blast killed two.",
    "An attempt to storm the village failed.", "Fire exchange near the bridge.", "He was found dead.",
)


def test_event_kinds_gates_never_skip_a_match() -> None:
    from observatory.extract import events

    for (name, pattern), stems in zip(events.TYPE_PATTERNS, events._TYPE_STEMS, strict=True):
        for sentence in _KIND_SENTENCES:
            for m in pattern.finditer(sentence):
                assert has_any(folded(m.group(0)), stems), (name, m.group(0))
    gated = [events._first_type(s) for s in _KIND_SENTENCES]
    saved = events._TYPE_STEMS
    try:
        events._TYPE_STEMS = tuple(("",) for _ in saved)  # type: ignore[misc]  # the empty stem lets every pattern run
        assert [events._first_type(s) for s in _KIND_SENTENCES] == gated
    finally:
        events._TYPE_STEMS = saved  # type: ignore[misc]
    assert all(gated)


_TOTAL_SENTENCES = (
    "Over the course of 2022, 40 were killed.", "In the first half of 2021, 12 died.", "Earlier, the monitor had reported 11 dead.",
    "The number of YPG casualties remains unknown.", "The toll of those killed in the blast that hit X has risen to 17.",
    "The monitor said on Sunday that 4 died.", "After five days of fighting, 30 were killed.", "In the last quarter of 2020, 9 died.",
    "In the first three months of 2021, 12 died.", "In the first 24 hours of the campaign, 8 died.", "Within 48 hours, 7 died.",
    "Over three days, 6 died.", "43 people were killed across Syria on Tuesday.", "SOHR documented the deaths of 17 people "
    "throughout Syrian territory.", "Two died in the attacks.", "The 40th assassination in Daraa this year.",
    "Later this month, a total of 19 people died.", "So far this week, 3 died.", "This month so far, 5 died.",
    "Since the start of this year, 70 died.", "Drones have killed 30 people THİS year.",
)


def test_period_total_gates_never_skip_a_match() -> None:
    from observatory.extract import totals_lines, totals_periods
    from observatory.extract import totals_sentences as ts

    gated = ((ts._POINT_STEMS, ts.POINT_IN_TIME), (ts._ORDINAL_STEMS, ts._ORDINAL_EVENT), (ts._JOINT_STEMS, ts._JOINT_TOLL),
             (ts._NATIONWIDE_STEMS, ts._NATIONWIDE), (ts._NATIONWIDE_STEMS, ts._KILLED_NATIONWIDE), (ts._COURSE_STEMS, ts._COURSE_OF),
             (ts._HALF_STEMS, ts._HALF_YEAR), (ts._SUPERSEDED_STEMS, ts._SUPERSEDED), (ts._UNKNOWN_STEMS, ts._NUMBER_UNKNOWN),
             (ts._ONE_EVENT_RISE_STEMS, ts._ONE_EVENT_RISE), (ts._SPOKEN_STEMS, ts.SPOKEN_ON),
             (totals_lines.DAYS_OF_FIGHTING_STEMS, totals_lines.DAYS_OF_FIGHTING), (totals_periods.PART_OF_YEAR_STEMS, totals_periods.PART_OF_YEAR),
             (totals_periods.FIRST_SPAN_STEMS, totals_periods.FIRST_SPAN), (totals_periods.DAYS_WINDOW_STEMS, totals_periods.DAYS_WINDOW),
             (totals_periods._WEEK_STEMS, totals_periods._THIS_WEEK), (totals_periods._MONTH_STEMS, totals_periods._THIS_MONTH),
             (totals_periods._YEAR_STEMS, totals_periods._THIS_YEAR), (totals_periods._BARE_THIS_STEMS, totals_periods._BARE_THIS))
    for stems, pattern in gated:
        matches = [m.group(0) for s in _TOTAL_SENTENCES for m in pattern.finditer(s)]
        assert matches, pattern.pattern[:40]
        assert all(has_any(folded(m), stems) for m in matches), (stems, matches)


def test_is_total_gates_never_skip_a_match() -> None:
    from observatory.extract import segment

    sentences = ("No party has claimed it so far.", "The deadliest raid since the beginning of the war.", "During the period of ISIS control.",
                 "The toll of the attack rose.", "The death toll of the bombing has risen to 17.", "The number of dead increased to three.",
                 "In the FİFTH month of the war, 9 died.", "In the 3rd month, 9 died.")
    gated = ((("far",), segment._NOTHING_SO_FAR), (("since",), segment.RANKED_SINCE), (segment._ERA_STEMS, segment._ERA),
             (("toll",), segment.INCIDENT_TOLL_RE), (("toll", "number"), segment._EVENT_TOLL_RISE), (("number",), segment._TOLL_UPDATE),
             (("month",), segment._NTH_MONTH))
    for stems, pattern in gated:
        matches = [m.group(0) for s in sentences for m in pattern.finditer(s)]
        assert matches, pattern.pattern[:40]
        assert all(has_any(folded(m), stems) for m in matches), (stems, matches)
    assert all(segment._total_cue(s) == bool(segment.TOTAL_RE.search(s)) for s in sentences)
    # (both tried only where a word begins: gates.word_start)
    assert segment.TOTAL_RE.pattern == r"(?=\w)\b(?:" + segment._TOTAL_CUES_SOURCE + "|" + segment._NTH_MONTH_CUE + segment._TOTAL_TAIL + ")"


def test_event_blanking_gates_never_skip_a_match() -> None:
    from observatory.extract import events as ev

    sentences = ("Police seized two explosive belts.", "Explosive vests were found in the car.", "A depot that contained drones.",
                 "He blew himself up after being surrounded.", "An emir accused of planning assassinations.",
                 "Amid Russian airstrikes, 3 died.", "Under the cover of shelling.", "After the earlier attack, 2 died.")
    gated = ((("explosive",), ev._SEIZED), (ev._ARMS_STEMS, ev._CARGO), (ev.CORNERED_STEMS, ev.CORNERED),
             (ev._DEEDS_STEMS, ev._DEEDS), (ev._SETTING_STEMS, ev._SETTING))
    for stems, pattern in gated:
        matches = [m.group(0) for s in sentences for m in pattern.finditer(s)]
        assert matches, pattern.pattern[:40]
        assert all(has_any(folded(m), stems) for m in matches), (stems, matches)


def test_clause_runs_are_those_of_one_character_at_a_time() -> None:
    from observatory.extract import totals_sentences as ts

    one_at_a_time = re.compile(r"(?:[^,;:]|(?<=\d),(?=\d{3}\b))+")
    for text in ("1,000,000 people, 3,00 x", ",,,", "a,1,234,b;c:d", "12,345,6789", "", "9,999", "killed 387,000: of them, 5"):
        assert [m.span() for m in ts._CLAUSE.finditer(text)] == [m.span() for m in one_at_a_time.finditer(text)]


def test_those_killed_gate_never_skips_a_match() -> None:
    from observatory.extract import casualty_roles as cr

    sentences = ("13 of those killed were regime officers.", "Of the DEAD, two were civilians.", "Five of the victims are children.",
                 "Of the people slain, 3 were fighters.")
    matches = [m.group(0) for s in sentences for m in cr._OF_THOSE.finditer(s)]
    assert len(matches) == len(sentences)
    assert all(has_any(folded(m), cr._OF_THOSE_STEMS) for m in matches)


def test_may_hold_finds_a_stem_in_lower_title_and_upper_case() -> None:
    for text in ("killing them", "Killing Them", "KILLING THEM"):
        assert may_hold(text, ("hem",))
    assert not may_hold("killing tHeM", ("hem",))  # mixed case within the stem: the documented miss
    assert not may_hold("killing one", ("hem", "njur"))


def test_may_hold_looks_only_inside_its_bounds() -> None:
    text = "them, then two others"
    assert not may_hold(text, ("hem",), 5)
    assert may_hold(text, ("hem",), 0, 4)
    assert not may_hold(text, ("hem",), 0, 3)
