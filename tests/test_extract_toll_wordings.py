"""A rise told with a phrasal verb ("the toll had gone up to six"), a toll corrected downwards ("lowered the toll to
eight", "revised the death toll down to ten") and the hurt told after "Among the wounded were" (``text_toll_wordings``).
Look-alikes: "went up to" with no toll word before it, "revised" of a report rather than a toll, and "Among the wounded
were" with no count after it: read as before.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from observatory.extract import extract_report
from observatory.extract.text import working_copy
from observatory.models import Report

H = "Local update\n\n"


def test_toll_gone_up_to() -> None:
    text = H + ("A drone dropped a bomb on a bakery queue in Kafr Nabl on Tuesday, killing four people. By nightfall "
                "the toll had gone up to six.")
    assert sum(killed(text).values()) == 6


def test_toll_went_up_to_after_semicolon() -> None:
    text = H + ("Artillery fire hit the outskirts of Saraqib and killed three civilians; the death toll later went up "
                "to five.")
    assert sum(killed(text).values()) == 5


def test_toll_revised_down() -> None:
    text = H + ("Fourteen civilians were said killed in the shelling on Qmenas at first, but the monitor later "
                "revised the death toll down to ten civilians.")
    assert sum(killed(text).values()) == 10


def test_among_the_wounded_were_counted() -> None:
    text = H + ("A shell landed near a water tank in Taftanaz on Friday, killing one man. Among the wounded were "
                "two girls.")
    assert sum(killed(text).values()) == 1
    assert sum(injured(text).values()) == 2


def test_among_the_injured_are_a_list() -> None:
    text = H + ("A bomb planted on a motorbike went off in Al-Bab market, wounding several shoppers. Among the injured "
                "are a boy and three women.")
    assert sum(injured(text).values()) == 4


def test_look_alike_went_up_to_without_toll() -> None:
    # near the rule: a climb, no toll word before it
    text = "Two fighters went up to the hill of Tal Rifaat on Monday, where a mine killed one of them."
    assert working_copy(text) == text


def test_look_alike_revised_a_report() -> None:
    # near the rule: "revised" of something other than the toll
    text = "The monitor revised its report of the raid on Atmeh; three civilians were killed there."
    assert working_copy(text) == text


def test_look_alike_among_the_wounded_uncounted() -> None:
    # near the rule: no count opens what follows, so nothing is reordered
    text = "Among the wounded were commanders of the brigade, said a source in Jarablus."
    assert working_copy(text) == text


def test_the_hurt_after_among_the_wounded_keep_their_span() -> None:
    text = ("Mortar fire on Binnish\n\nA mortar round fell on a bakery queue in Binnish on Sunday, killing one woman. "
            "Among the wounded were four boys.")
    report = extract_report(Report(text=text))
    hurt = [c for c in report.claims if c.field.startswith("injured.")]
    assert [text[c.span.start:c.span.end] for c in hurt] == ["four"]


def test_rise_with_the_days_dead_set_in_between() -> None:
    text = (
        "Monitor update\n\nAccording to the monitor's figures, the number of regime soldiers killed in the eastern "
        "desert since January 2022 has risen, with today's fatalities, to 340, including 25 officers."
    )
    copy = working_copy(text)
    assert "has risen" in copy and "today's" not in copy and len(copy) == len(text)


def test_with_an_aside_of_another_kind_left_as_it_was() -> None:
    text = "Monitor update\n\nThe number of displaced families has risen, with the winter, to 3,000."
    assert "with the winter" in working_copy(text)
