"""A ranking by region whose top says "<place> accounted for N (deaths | of the deaths)" and whose next places leave the
verb out ("..., the Raqqa countryside for 12 and Tabqa for five"): each place is a regional total of the side of the
toll before (``unknown`` after a block of several sides). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2022-07-02")
    return {(t["side"], t["killed"]) for t in row["totals"] if t.get("region")}


def test_places_after_accounted_for_with_the_verb_left_out() -> None:
    text = (
        "The monitor has documented the deaths of 45 regime soldiers on the southern fronts in the first half of 2022. "
        "Quneitra accounted for 20 of the deaths, the eastern countryside of Daraa for 14 and the Lajat plain for "
        "eleven."
    )
    assert {("regime", 20), ("regime", 14), ("regime", 11)} <= regional(text)


def test_a_place_with_an_aside_before_its_figure() -> None:
    text = (
        "The monitor has documented the deaths of 45 regime soldiers on the southern fronts in the first half of 2022. "
        "Quneitra accounted for 20 deaths, the Daraa countryside, including Nawa and Tafas, for 14, and Sweida for 11."
    )
    assert {("regime", 20), ("regime", 14), ("regime", 11)} <= regional(text)


def test_two_figures_of_the_top_place_are_no_ranking() -> None:
    text = (
        "The monitor has documented the deaths of 45 regime soldiers and 30 civilians in the south in the first half "
        "of 2022. Quneitra accounted for 20 of the soldiers' deaths and 12 of the civilian deaths respectively, "
        "Daraa for 25 and 18."
    )
    found = regional(text)
    assert ("regime", 25) not in found and ("unknown", 25) not in found
