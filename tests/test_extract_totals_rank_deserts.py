"""A ranking by region whose places are told as "the desert of X" / "the countryside of eastern X", whose next figures
stand in brackets ("the desert of Hama (71), the desert of Aleppo (11)"), whose top place takes in other places
(", which includes the areas of A, B and C,") and whose next place is glossed (", around A and B,"): each place is a
regional total (totals_lines._PLACE, totals_rank_followed). Paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> dict[str, tuple[str, int]]:
    row = titled(text, "2023-07-02")
    return {t["region"]: (t["side"], t["killed"]) for t in row["totals"] if t.get("region")}


def test_deserts_of_places_with_bracketed_figures() -> None:
    text = ("SOHR documented the death of 160 people in the Badia in 2022: 90 regime soldiers, 50 ISIS members and 20 "
            "civilians. By province, the desert of Homs was the deadliest with 70 fatalities, followed by the desert of "
            "Deir Ezzor (45), the desert of Hama (30) and the desert of Aleppo (15).")
    found = regional(text)
    assert found.get("desert of Homs") == ("unknown", 70)
    assert found.get("desert of Deir Ezzor") == ("unknown", 45)
    assert found.get("desert of Hama") == ("unknown", 30) and found.get("desert of Aleppo") == ("unknown", 15)


def test_countryside_of_a_direction_and_a_glossed_next_place() -> None:
    text = ("Regime forces lost 73 members in the north-west since the beginning of 2023. The countryside of western Aleppo "
            "recorded the largest number, with 40 dead, followed by the countryside of Idlib with 22 and the countryside "
            "of northern Hama, around Kafr Nabudah and al-Hamamiyat, with 11.")
    found = regional(text)
    assert found.get("countryside of western Aleppo") == ("regime", 40)
    assert found.get("countryside of Idlib") == ("regime", 22)
    assert found.get("countryside of northern Hama") == ("regime", 11)


def test_a_top_place_that_takes_in_other_places() -> None:
    text = ("Regime forces lost 93 members in the Syrian desert in 2023. The desert of eastern Homs, which includes the "
            "areas of Palmyra, al-Sukhnah and the T4 airbase, recorded the largest number, with 60 dead, followed by the "
            "desert of Raqqa with 33.")
    found = regional(text)
    assert found.get("desert of eastern Homs") == ("regime", 60) and found.get("desert of Raqqa") == ("regime", 33)


def test_a_governorate_that_suffered_the_largest_toll() -> None:
    text = ("SNHR documented the killing of 410 civilians in Syria in May 2017, including 90 children. Idlib governorate "
            "suffered the largest death toll with 150 civilians, most of them in Russian strikes, followed by Aleppo "
            "with 96 victims.")
    found = regional(text)
    assert found.get("Idlib") == ("civilians", 150) and found.get("Aleppo") == ("civilians", 96)


def test_a_province_that_sustained_the_highest_toll() -> None:
    text = ("Since the start of 2024, 212 civilians have been killed across Syria, the monitor said. Daraa province "
            "sustained the highest toll, with 61 civilians killed, followed by Idlib with 40.")
    found = regional(text)
    assert found.get("Daraa") == ("civilians", 61) and found.get("Idlib") == ("civilians", 40)
