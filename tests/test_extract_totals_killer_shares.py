"""A share of a civilian total told by who killed it ("..., 510 of them killed by Russian warplanes") is a total of
its own with that killer; shares told by a cause, shares of fighters and shares already read stay as they were
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2019-06-20"))


def killers(text: str) -> dict[int, Any]:
    return {t["killed"]: t.get("perpetrator") for t in titled(text, "2019-06-20")["totals"]}


def test_share_after_kinds_in_the_same_sentence() -> None:
    text = ("Thus, the number of civilians killed since the start of the offensive on the 3rd of May 2018 has risen to "
            "840, including 120 children and 90 women, 510 of them killed by Russian warplanes.")
    assert sorted(totals(text)) == [("civilians", 510), ("civilians", 840)]
    assert killers(text)[510] == "russia"


def test_share_of_whom_by_regime_shelling() -> None:
    text = ("The monitor has counted 260 civilians dead in the southern countryside since the 1st of April 2019, "
            "115 of whom were killed by regime shelling.")
    assert ("civilians", 115) in totals(text) and ("civilians", 260) in totals(text)
    assert killers(text)[115] == "regime"


def test_share_by_gunmen_left_unnamed() -> None:
    text = ("SNHR documented the killing of 75 civilians in Idlib in the first half of 2022, 40 of them by gunmen it "
            "could not identify.")
    assert ("civilians", 40) in totals(text)
    assert killers(text)[40] == "unknown"


def test_share_in_a_sentence_of_its_own() -> None:
    text = ("SNHR documented the killing of 75 civilians, including 9 children, in Idlib in the first half of 2022. "
            "It says that 40 of them were killed by unidentified gunmen in shootings on the roads.")
    assert ("civilians", 40) in totals(text)


def test_share_after_a_semicolon_with_alone() -> None:
    text = ("The toll since 2 March 2018 is as follows: 610 civilians, including 70 children, who died in airstrikes, "
            "shelling and mines; at least 320 of them were killed by the Russian airstrikes alone. 900 ISIS members were killed.")
    assert ("civilians", 320) in totals(text) and ("isis", 900) in totals(text)


def test_share_by_cause_stays_in_the_whole() -> None:
    text = "The toll since 2 March 2018 has risen to 610 civilians, including 70 children, 320 of them killed by landmines."
    assert ("civilians", 320) not in totals(text)
    assert ("civilians", 610) in totals(text)


def test_share_of_fighters_stays_in_the_whole() -> None:
    text = "SOHR documented the death of 84 ISIS members since 2 March 2018, 57 of whom were killed by Russian airstrikes."
    assert totals(text) == [("isis", 84)]


def test_share_of_kinds_of_people_is_no_total() -> None:
    text = ("The number of civilians killed since the 1st of April 2019 has risen to 260, 40 of them children, in "
            "shelling on the towns of the countryside.")
    assert totals(text) == [("civilians", 260)]


def test_share_of_deaths_under_torture_stays_in_the_whole() -> None:
    text = ("The group also recorded 40 civilians who died under torture in prisons since the 1st of April 2019, 35 of "
            "them at the hands of the regime.")
    assert ("civilians", 35) not in totals(text)


def test_share_with_the_rest_by_a_cause_stays_in_the_whole() -> None:
    text = ("Civilians killed since the 1st of April 2019: 150, including 20 children. Of them, 110 were killed by ISIS "
            "cells and the rest by landmines left in the desert.")
    assert ("civilians", 110) not in totals(text)


def test_share_of_a_regional_line_is_no_total() -> None:
    text = ("The death toll today has reached 60 people: 45 civilians and 15 soldiers.\nCivilian deaths by province:\n"
            "Hama: 30 civilians, 22 of whom were killed by regime shelling on the town.\nIdlib: 15 civilians.")
    assert ("civilians", 22) not in totals(text)


def test_share_opened_by_among_them() -> None:
    text = ("The monitor documented the deaths of 75 civilians in the Daraa countryside in the first half of 2021. "
            "Among them, 30 were killed by Russian warplanes.")
    assert ("civilians", 30) in totals(text)
    assert killers(text)[30] == "russia"
