"""The substring gates that let dates and places skip patterns: they never skip a span the pattern matches."""

from __future__ import annotations

import re
import sys
from datetime import date

from observatory.extract.dates import find_dates
from observatory.extract.gates import covering_stems, folded, has_any
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
