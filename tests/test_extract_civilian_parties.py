"""A civilian-only toll followed by a figureless header ("The toll was broken up as follows:") and lines labelled by
armed parties ("Government forces: 20"): the labels are who killed the civilians, so each line is a civilian total
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes must keep their reading:
a block that already names an armed side's dead, a header about combatants, and lines labelled by places."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-05-02"))


def perpetrators(text: str) -> dict[int, str | None]:
    """killed -> perpetrator of each civilian total."""
    return {t["killed"]: t.get("perpetrator") for t in titled(text, "2024-05-02")["totals"] if t["side"] == "civilians"}


LIST = ("A rights group said it had recorded the deaths of 64 civilians, among them 15 children, across the country in "
        "April 2024. The toll was broken up as follows:\nGovernment forces: 20, including 6 children.\nRussian forces: 3.\n"
        "ISIS: 5.\nKurdish-led SDF: 4.\nOther parties: 32.")


def test_party_labels_under_a_civilian_toll_are_its_killers() -> None:
    found = totals(LIST)
    assert found == sorted([("civilians", 64), ("civilians", 20), ("civilians", 3), ("civilians", 5), ("civilians", 4),
                            ("civilians", 32)])


def test_party_labels_give_the_perpetrator() -> None:
    by = perpetrators(LIST)
    assert by[20] == "regime" and by[3] == "russia" and by[5] == "isis" and by[4] == "sdf" and by[32] == "unknown"


def test_header_in_its_own_paragraph_that_assigns_the_deaths() -> None:
    text = ("A rights group recorded the deaths of 64 civilians across the country in April 2024, at the hands of the "
            "warring parties.\n\nThe group assigned the deaths as follows:\nGovernment forces: 20.\nISIS: 5.\nOther parties: 39.")
    assert totals(text) == sorted([("civilians", 64), ("civilians", 20), ("civilians", 5), ("civilians", 39)])


def test_block_that_names_soldiers_keeps_label_sides() -> None:
    text = ("A rights group recorded the deaths of 64 civilians and 31 soldiers across the country in April 2024. "
            "The toll was broken up as follows:\nGovernment forces: 31.\nISIS: 5.")
    found = totals(text)
    assert ("regime", 31) in found and ("civilians", 31) not in found


def test_header_about_combatants_keeps_label_sides() -> None:
    text = ("The monitor counted 64 civilians killed in April 2024. Separately, the toll of combatants was broken up as "
            "follows:\nGovernment forces: 31.\nISIS: 5.")
    found = totals(text)
    assert ("regime", 31) in found and ("isis", 5) in found and ("civilians", 31) not in found


def test_place_labels_are_not_killers() -> None:
    text = ("A rights group recorded the deaths of 64 civilians across the country in April 2024. The toll was broken "
            "up as follows:\nAleppo: 30.\nIdlib: 20.\nOther governorates: 14.")
    assert ("civilians", 30) not in totals(text)
