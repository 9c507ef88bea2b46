"""A total of people told with the side of all of them after it ("... rises to 14, all of them fighters of jihadist
factions") takes that side; a killer, a nationality or kinds of people after "all of them" leave it of no side
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with
look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-09-12"))


_LEAD = "A drone fired two missiles at a pickup truck west of Idlib city this evening, killing its two passengers. "


def test_running_figure_of_people_takes_the_side_of_all() -> None:
    text = _LEAD + ("With them, the number of people killed by drone strikes in the region since early 2023 rises to 14, "
                    "all of them fighters of jihadist factions.")
    assert ("hts_rebels", 14) in totals(text)


def test_people_killed_all_of_whom_were_sdf_members() -> None:
    text = _LEAD + "Since January 2023, such strikes have killed 14 people, all of whom were members of the SDF, the monitor said."
    assert ("sdf", 14) in totals(text)


def test_people_killed_all_of_whom_were_civilians_unchanged() -> None:
    text = _LEAD + "Since January 2023, such strikes have killed 14 people, all of whom were civilians, the monitor said."
    assert ("civilians", 14) in totals(text)


def test_all_of_them_with_a_killer_stays_of_no_side() -> None:
    text = _LEAD + ("With them, the number of people killed in the region since early 2023 rises to 14, all of them killed "
                    "by Turkish drones.")
    assert ("unknown", 14) in totals(text)


def test_all_of_them_with_a_nationality_stays_of_no_side() -> None:
    text = _LEAD + ("With them, the number of people killed by drone strikes in the region since early 2023 rises to 14, "
                    "all of them Syrians.")
    assert ("unknown", 14) in totals(text)
