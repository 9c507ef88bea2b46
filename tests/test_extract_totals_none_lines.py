"""A line of a list by month or by area that states no deaths ("• February: No fatalities were recorded.", "- Hama desert:
Two attacks left no casualties.") is a total of zero of the list's side, as SCHEMA labels a stated zero; a line whose
label names a party stays a line by perpetrator, and a line with a figure is read as before (paragraphs written for
these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-04-02"))


def test_month_line_of_no_deaths_is_a_zero_total() -> None:
    text = ("SOHR has documented the deaths of 30 SDF fighters in Turkish drone strikes since early 2024. The monthly "
            "breakdown is as follows:\n• January: 12 fighters.\n• February: No fatalities were recorded.\n• March: 18 fighters.")
    assert totals(text) == [("sdf", 0), ("sdf", 12), ("sdf", 18), ("sdf", 30)]


def test_area_line_of_no_casualties_is_a_zero_total_of_the_area() -> None:
    text = ("ISIS carried out ten attacks in the Syrian desert in May 2023, killing 19 regime soldiers. The attacks were "
            "distributed by region as follows:\n- Homs desert: Five attacks left 11 soldiers dead.\n- Deir Ezzor desert: "
            "Three attacks left eight soldiers dead.\n- Hama desert: Two attacks left no casualties.")
    row = titled(text, "2023-06-01")
    assert total_pairs(row) == [("regime", 0), ("regime", 8), ("regime", 11), ("regime", 19)]
    assert [t.get("region") for t in row["totals"] if t["killed"] == 0] == ["Hama desert"]


def test_month_line_with_a_figure_is_no_zero() -> None:
    text = ("SOHR has documented the deaths of 30 SDF fighters in Turkish drone strikes since early 2024. The monthly "
            "breakdown is as follows:\n• January: 12 fighters.\n• February: 18 fighters, no civilians.")
    assert ("sdf", 0) not in totals(text)


def test_text_without_a_list_gives_no_zero() -> None:
    text = "Regime forces shelled the town of Kafr Nabl on Monday. Hama countryside: the shelling left no casualties."
    assert all(k != 0 for _, k in totals(text))


def test_area_label_that_begins_like_a_month_keeps_its_region() -> None:
    text = ("ISIS cells mounted nine attacks in the eastern desert in March 2022, killing 14 regime soldiers. By area:\n"
            "- Sukhnah desert: Six attacks left ten soldiers dead.\n- Palmyra desert: One attack left four soldiers "
            "dead.\n- Mayadin desert: Two attacks left no casualties.\n- Mayadin: One attack left no casualties.")
    row = titled(text, "2022-04-01")
    assert [t.get("region") for t in row["totals"] if t["killed"] == 0] == ["Mayadin desert", "Mayadin"]


def test_month_label_with_its_year_has_no_region() -> None:
    text = ("SOHR has documented the deaths of 30 SDF fighters in Turkish drone strikes since early 2024. The monthly "
            "breakdown is as follows:\n• January 2024: 12 fighters.\n• February 2024: No fatalities were recorded.\n"
            "• March 2024: 18 fighters.")
    row = titled(text, "2024-04-02")
    assert [t.get("region") for t in row["totals"] if t["killed"] == 0] == [None]
