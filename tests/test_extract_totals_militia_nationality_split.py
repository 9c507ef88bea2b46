"""Iranian-backed militiamen of a total split by nationality ("rises to 52 (40 of non-Syrian nationalities and 12
Syrians)", "killed 30 Iranian-backed militiamen (22 non-Syrians and eight Syrians)") give two totals: the non-Syrians
pro_iran_foreign, the Syrians regime (``totals_militia_split``); the bracketed parts are no addends of the whole
(``totals_parts.sum_people``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (Iranian-backed militiamen the text says
are Syrian are regime; non-Syrian ones pro_iran_foreign). Look-alikes: camp victims split by nationality (no
militiamen) stay one total of people; the same split told after a colon is unchanged.
"""

from __future__ import annotations

from totals_cases import totals


def test_bracketed_running_figure_split_by_nationality() -> None:
    text = ("Thereby, the number of Iranian-backed militiamen killed in drone strikes east of the Euphrates since early 2023 "
            "rises to 52 (40 of non-Syrian nationalities and 12 Syrians).")
    assert sorted(totals(text)) == [("pro_iran_foreign", 40), ("regime", 12)]


def test_bracketed_split_after_named_militiamen() -> None:
    text = "Since early 2024, Israeli strikes have killed 30 Iranian-backed militiamen (22 non-Syrians and eight Syrians)."
    assert sorted(totals(text)) == [("pro_iran_foreign", 22), ("regime", 8)]


def test_colon_split_unchanged() -> None:
    text = ("Thus, the number of Iranian-backed militiamen killed in Israeli strikes since early 2024 rises to 52, they are: "
            "40 non-Syrians and 12 Syrians.")
    assert sorted(totals(text)) == [("pro_iran_foreign", 40), ("regime", 12)]


def test_camp_victims_by_nationality_stay_people() -> None:
    text = "SOHR has documented the murder of 29 people in the camp since early 2023 (18 Iraqis and 11 Syrians)."
    assert ("regime", 11) not in totals(text)
