"""A total split by area in a run of "N in <place>" shares: a place may open with a direction ("in the northern
countryside of Hama") or with an article joined by a hyphen ("in al-Bab"), and each share is a regional total of the
figure's side (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). With look-alikes that
must stay as they are."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_lines import by_region


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2023-05-01"))


def regions(text: str) -> list[tuple[int, str]]:
    return [(hit.value, text[hit.by[0]:hit.by[1]]) for hit in by_region(text, 0, len(text))]


def test_a_direction_before_the_countryside_of_a_place_is_part_of_the_place() -> None:
    text = "a list: 14 in the northern countryside of Hama and 6 in Idlib."
    assert regions(text) == [(14, "northern countryside of Hama"), (6, "Idlib")]


def test_a_place_with_a_hyphened_article_is_a_place() -> None:
    text = "as follows: 40 in Deir Ezzor, 12 in al-Tabqa and 9 in ar-Raqqa."
    assert regions(text) == [(40, "Deir Ezzor"), (12, "al-Tabqa"), (9, "ar-Raqqa")]


def test_lowercase_words_after_in_are_no_place() -> None:
    assert regions("12 in total and 5 in all were counted.") == []
    assert regions("15 in the western part and 4 in the south.") == []


def test_shares_of_a_running_total_by_area_are_regional_totals() -> None:
    text = ("Since the start of the year, the monitor has counted the deaths of 52 regime soldiers: 30 in the eastern "
            "countryside of Hama and 22 in al-Rasafa desert.")
    found = totals(text)
    assert ("regime", 52) in found
    assert ("regime", 30) in found and ("regime", 22) in found


def test_a_lone_share_after_a_total_adds_no_regional_total() -> None:
    text = ("Since the start of the year, the monitor has counted the deaths of 52 regime soldiers, 30 of them in the "
            "eastern countryside of Hama in ambushes and mine blasts.")
    found = totals(text)
    assert ("regime", 52) in found
    assert ("regime", 22) not in found
