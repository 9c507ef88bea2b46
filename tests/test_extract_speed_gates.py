"""The speed gates of extraction never change what a pattern finds.

``gates.word_start`` wraps an alternation so that the engine tries it only where a word begins; that is right only
when every branch can begin nowhere else. The check below reads each wrapped source with the standard library's
regex parser: after any lookbehinds, every top-level branch must start with ``\\b`` and then something that can only
be a word character. The stem gates (a substring test before a slow pattern) are checked on phrases for each branch
of their pattern: every phrase the pattern matches holds one of the stems.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import observatory.extract
from observatory.extract import gates
from observatory.extract.gates import fold, has_any, word_start

for _info in pkgutil.iter_modules(observatory.extract.__path__):  # every module, so that every wrapped source is registered
    importlib.import_module(f"observatory.extract.{_info.name}")

_WORD_CATEGORIES = {c.CATEGORY_WORD, c.CATEGORY_DIGIT, c.CATEGORY_UNI_WORD, c.CATEGORY_UNI_DIGIT}


def _is_word_char(op: Any, av: Any) -> bool:
    if op is c.LITERAL:
        return chr(av).isalnum() or chr(av) == "_"
    return op is c.IN and all(o is c.LITERAL and (chr(a).isalnum() or chr(a) == "_")
                              or o is c.RANGE and all(chr(x).isalnum() for x in range(a[0], a[1] + 1))
                              or o is c.CATEGORY and a in _WORD_CATEGORIES for o, a in av)


def _starts_with_word_char(items: list[Any]) -> bool:
    """Whether every match of the sequence ``items`` begins with a word character (False where unsure)."""
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op in (c.LITERAL, c.IN):
        return _is_word_char(op, av)
    if op is c.SUBPATTERN:
        return _starts_with_word_char(list(av[-1]) + rest)
    if op is c.BRANCH:
        return all(_starts_with_word_char(list(branch) + rest) for branch in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, item = av
        return _starts_with_word_char(list(item)) and (low >= 1 or _starts_with_word_char(rest))
    return False


def _begins_words_only(items: list[Any]) -> bool:
    """Lookbehinds, then ``\\b``, then a word character: the branch can only begin where a word does."""
    while items and items[0][0] in (c.ASSERT, c.ASSERT_NOT) and items[0][1][0] == -1:
        items = items[1:]
    if items and items[0][0] is c.SUBPATTERN:
        return _begins_words_only(list(items[0][1][-1]) + items[1:])
    if items and items[0][0] is c.BRANCH:
        return all(_begins_words_only(list(branch) + items[1:]) for branch in items[0][1][1])
    return len(items) > 1 and items[0] == (c.AT, c.AT_BOUNDARY) and _starts_with_word_char(items[1:])


def begins_words_only(source: str) -> bool:
    parsed = list(sre_parse.parse(source, re.IGNORECASE))
    return _begins_words_only(parsed)


def _wrapped_sources() -> list[str]:
    """The sources of the extractor's patterns built by ``gates.word_start``: module-level patterns, alone or in tuples
    (the event kinds' (name, pattern) pairs)."""
    sources = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("observatory.extract."):
            continue
        for value in vars(module).values():
            items = [value, *(value if isinstance(value, tuple) else ())]
            items += [x for item in items if isinstance(item, tuple) for x in item]
            sources += [p.pattern[len(gates.WORD_START):-1] for p in items
                        if isinstance(p, re.Pattern) and p.pattern.startswith(gates.WORD_START)]
    return sorted(set(sources))


def test_every_wrapped_source_begins_words_only() -> None:
    sources = _wrapped_sources()
    assert len(sources) >= 20  # (14 calls of word_start, one of them for 13 kinds of event)
    for source in sources:
        assert begins_words_only(source), source[:120]


@pytest.mark.parametrize("source", [r"\bfoo|bar", r"\(AP\)|\bSANA\b", r"\b\s+x", r"\A\s*furthermore", r"\bfoo|(?:\bbar|baz)",
                                    r"(?<!x)foo", r"\b(?:\d*|-)y", r"\b[\w,]+"])
def test_the_check_refuses_a_branch_that_may_begin_elsewhere(source: str) -> None:
    assert not begins_words_only(source)


@pytest.mark.parametrize("source", [r"\bfoo|\bbar\b", r"(?<!\bthe\s)\btargeted|\bshot", r"\b(?:in|on)\s+x|\b\d+", r"\b(?:\w+st)\s+month"])
def test_the_check_accepts_branches_that_begin_words(source: str) -> None:
    assert begins_words_only(source)


def test_a_wrapped_pattern_finds_what_the_plain_one_finds() -> None:
    source = r"\bsince\s+\w+|\b(?:in|during)\s+the\s+past\s+\w+|\btotal\b|\b\d+\s+month"
    plain, wrapped = re.compile(source, re.IGNORECASE), re.compile(word_start(source), re.IGNORECASE)
    texts = ("Since Friday, 12 were killed", "the toll in total rose", "intotal 4", "a 3 month siege", "during the past week",
             "x-since then", "SINCE, SINCE now", "subtotal", "5month", "")
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in wrapped.finditer(text)], text


def _gate_admits(pattern: re.Pattern[str], stems: tuple[str, ...], phrases: tuple[str, ...]) -> None:
    for phrase in phrases:
        found = pattern.search(phrase)
        assert found is not None, phrase  # (the phrase is one the pattern reads: the gate must let it through)
        assert has_any(fold(found.group(0)), stems), phrase


def test_stem_gates_let_through_every_branch_of_their_patterns() -> None:
    from observatory.extract import (
        casualty_claims,
        casualty_things,
        figures,
        incident_recall,
        mention_context_passes,
        mention_sides,
        totals_marks,
    )

    _gate_admits(mention_sides._CIVILIAN_SAID, mention_sides._CIVILIAN_SAID_STEMS, (
        "the victim was a civilian", "Ahmad was a civilian", "both of them were civilians",
        "he had not joined any armed group", "they did not belong to any military formation",
        "She has not served in any security branch", "villagers who were herding sheep", "men picking truffles"))
    _gate_admits(casualty_claims._CLAIMANT, casualty_claims._CLAIMANT_STEMS, (
        "SANA said", "Amaq reported", "state-run news agency said", "the official news agency quoted", "the interior ministry stated",
        "the Ministry of Health announced", "medical officials estimated", "the local council said", "civil defence teams counted",
        "the White Helmets said", "the Red Crescent put", "media outlets reported", "a news website said", "a newspaper gave",
        "the broadcaster reported", "giving a higher toll", "cited a different figure", "put a lower death toll"))
    _gate_admits(figures._MONTH_BEFORE, figures._MONTH_BEFORE_STEMS, tuple(
        f"{word} " for word in ("June", "regiment", "No.", "Resolution", "page", "Highway", "Camp", "Phase", "Squad", "Base")))
    _gate_admits(figures._OTHER_VERB, figures._OTHER_VERB_STEMS, (
        "arrested ", "detaining about ", "captured more than ", "kidnapped ", "abducting ", "rescued ", "evacuated ",
        "released ", "freed ", "recruited ", "displacing ", "seized ", "the detention of ", "the disappearance of "))
    _gate_admits(figures._RATE, figures._RATE_STEMS, (" children a day", " people per week", " victims every month",
                                                    " civilians each year", " on average daily"))
    _gate_admits(casualty_things._NON_PERSON, casualty_things._NON_PERSON_STEMS, tuple(
        f" {word}" for word in ("attacks", "separate operations", "air strikes", "airstrike", "raids", "ambushes", "bombings",
                                "explosions", "incidents", "vehicles", "cars", "days", "hours", "villages", "towns", "shells",
                                "rockets", "missiles", "drones", "positions", "sites", "targets", "checkpoints", "times", "kilometers",
                                "km", "landmines", "bombs", "IEDs", "devices")))
    _gate_admits(mention_context_passes._HEARSAY, mention_context_passes._HEARSAY_STEMS, (
        "some reports claimed", "unconfirmed sources allege", "other accounts suggested", "an analyst tweeted",
        "posted on X"))
    _gate_admits(totals_marks.LIST_HEADER, totals_marks._LIST_HEADER_STEMS, (
        "they are as follows", "distributed regionally as", "divided as", "the regional distribution", "the following toll:",
        "By area, the dead were:  12", "the report breaks the dead down by party:", "it split the toll by sides:"))
    _gate_admits(incident_recall._RECALL, incident_recall._RECALL_STEMS, (
        ", after the raid", " two days after ", " following ", " in retaliation for ", " in reply to "))


def test_gated_helpers_answer_as_their_patterns() -> None:
    from observatory.extract import casualty_groups, core, figures, mention_sides

    for text in ("nine children a day", "nine children, a day", "4 killed every month", "three men per   week later", "5 daily",
                 "seven civilians died", "two a day earlier", "x " * 12 + "a day",
                 "9 five big strong armed men a day", "9 the two young men daily"):  # (the longest readings)
        assert figures._rate_after(text, 1) is (figures._RATE.match(text, 1) is not None), text
    assert figures._rate_after("9 five big strong armed men a day", 1)
    for text in ("the victim was a civilian", "a day of fighting", "they were both civilians", "the dead were soldiers"):
        assert mention_sides._civilian_said(text) is (mention_sides._CIVILIAN_SAID.search(text) is not None), text
    for text in ("men from two families", "members of the rival clans", "fighters of three tribes", "two regime soldiers"):
        assert casualty_groups._feuding(text, 0, len(text)) is (casualty_groups._FEUDING.search(text) is not None), text
    assert core._LIST_INTRO.search("documented the following attacks in Daraa:")
    assert "following" in fold("documented the FOLLOWING attacks:")


def test_governorates_grouped_by_first_letter_match_as_the_flat_alternation() -> None:
    from observatory.extract import places

    flat = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"[\s-]*") for v, _ in places._VARIANTS)
                      + r")(?![\w])", re.IGNORECASE)
    text = ("Clashes in Deir ez-Zor, Deir-Ezzor and DEIR AL ZOUR; shelling on Rural Damascus, the Damascus countryside, "
            "Rif Dimashq and Damascus; Al-Hasakah, Hasakeh, al Raqqa, Ar-Raqqah, Sweida, As-Suwayda; Idlib, Edlib; "
            "Lattakia, Latakiya; Homs-Hama road; Hamah; Quneitra, Qunaytirah; Tartus; Daraa's; Dar'a; Deraa; the Qalamoun.")
    assert [m.span() for m in flat.finditer(text)] == [m.span() for m in places._GOV_RE.finditer(text)]
    assert len(list(places._GOV_RE.finditer(text))) > 25
