"""A list by region opened "By governorate," whose first place takes a verb and the next ones only a figure
(``totals_place_runs``), and a ranking "X accounted for N, Y for M" whose next place has an aside before "for"
(``totals_lines._FOR_NEXT``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: each figure is a
regional total of the side of the toll before. A look-alike: the same run of events ("saw 40 operations") adds none.
"""

from __future__ import annotations

from totals_cases import regions

_TOLL = (
    "Monthly toll | 300 civilians killed in the northwest in May 2021\n"
    "SOHR documented the deaths of 300 civilians in the northwest during May 2021, among them 80 children.\n"
)


def test_first_place_with_verb_then_places_with_figures() -> None:
    text = _TOLL + "By governorate, Idlib saw 210 victims, Hama 60, Aleppo 24 and Latakia 6."
    assert regions(text) == [
        ("civilians", 6, "Latakia"),
        ("civilians", 24, "Aleppo"),
        ("civilians", 60, "Hama"),
        ("civilians", 210, "Idlib"),
    ]


def test_count_of_operations_adds_no_region() -> None:
    text = _TOLL + "By governorate, Idlib saw 40 operations, Hama 12 and Aleppo 5."
    assert regions(text) == []


def test_accounted_for_ranking_with_an_aside_before_for() -> None:
    text = (
        "Weekly toll | 40 soldiers killed in the desert\nISIS cells killed 40 government soldiers in the desert between "
        "3 and 9 May 2021, according to local sources.\nThe Homs desert accounted for 22 of the dead, the Hama desert "
        "for 12 and the desert of Ithriya, east of Salamiyah, for six."
    )
    assert ("regime", 6, "the desert of Ithriya") in regions(text)
