"""Figures of people still alive where they are ("An estimated 250,000 people remain trapped in the east of the city")
are no totals, also after a statistics paragraph (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2016-11-20"))


_SIEGE = ("Since the army resumed its assault on the besieged district on 3 November, at least 210 civilians, including 40 "
          "children, have been killed there, the monitor said. Rebel shelling on the west has killed 35 civilians over "
          "the same period.\n"
          "An estimated 120,000 civilians are still trapped in the district, where bread and medicine are running out.")


def test_people_still_trapped_are_no_total() -> None:
    found = totals(_SIEGE)
    assert not [p for p in found if p[1] == 120000]


def test_people_who_remain_trapped_are_no_total() -> None:
    text = _SIEGE.replace("civilians are still trapped", "people remain trapped")
    assert not [p for p in totals(text) if p[1] == 120000]


def test_the_dead_of_the_period_stay_totals() -> None:
    found = totals(_SIEGE)
    assert ("civilians", 210) in found and ("civilians", 35) in found


def test_people_killed_while_trapped_stay_a_total() -> None:
    text = ("Since early 2016, at least 150 civilians trapped in the besieged district have been killed by regime "
            "shelling, the monitor said.")
    assert ("civilians", 150) in totals(text)
