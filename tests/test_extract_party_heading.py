"""A civilian-only toll followed by a short heading of its own with no verb and no figure ("Deaths by perpetrator:",
"Breakdown:") and lines labelled by armed parties ("- Government troops: 14"): the labels are who killed the
civilians, as under "distributed as follows:" (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). Look-alikes keep their reading: a heading of the toll's parts ("Of them:"), a block
that already names an armed side's dead, and a heading about combatants."""

from __future__ import annotations

import pytest

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-03-03"))


def perpetrators(text: str) -> dict[int, str | None]:
    """killed -> perpetrator of each civilian total."""
    return {t["killed"]: t.get("perpetrator") for t in titled(text, "2024-03-03")["totals"] if t["side"] == "civilians"}


def listed(heading: str, bullet: str = "-") -> str:
    return (f"A human rights group counted 52 civilians killed in Syria during February 2024, eleven of them children. {heading}\n"
            f"{bullet} Government troops: 14\n{bullet} ISIS: 6\n{bullet} Kurdish-led SDF: 3\n{bullet} Other parties: 29")


@pytest.mark.parametrize("heading", ["Deaths by perpetrator:", "Breakdown:", "The toll by side:", "Victims by killer:",
                                     "Here is the breakdown:"])
def test_short_heading_under_a_civilian_toll_lists_its_killers(heading: str) -> None:
    assert totals(listed(heading)) == sorted([("civilians", 52), ("civilians", 14), ("civilians", 6), ("civilians", 3),
                                              ("civilians", 29)])


def test_short_heading_gives_the_perpetrator_with_bullets_too() -> None:
    by = perpetrators(listed("Deaths by perpetrator:", "•"))
    assert by[14] == "regime" and by[6] == "isis" and by[3] == "sdf" and by[29] == "unknown"


def test_heading_of_the_parts_stays_parts() -> None:
    text = ("A human rights group counted 52 civilians killed in Syria during February 2024. Of them:\n"
            "- Children: 11\n- Women: 7")
    assert totals(text) == [("civilians", 52)]


def test_block_that_names_soldiers_gives_each_sides_own_dead() -> None:
    text = ("The monitor counted 52 civilians and 40 soldiers killed across Syria during February 2024. Breakdown:\n"
            "- Government troops: 30\n- Pro-Iran militias: 10")
    found = totals(text)
    assert ("regime", 30) in found and ("pro_iran_foreign", 10) in found and ("civilians", 30) not in found


def test_heading_about_combatants_gives_their_own_dead() -> None:
    text = ("A human rights group counted 52 civilians killed in Syria during February 2024. Combatant deaths:\n"
            "- Government troops: 33\n- ISIS: 12")
    assert ("regime", 33) in totals(text) and ("isis", 12) in totals(text)
