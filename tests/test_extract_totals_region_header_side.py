"""A figureless header that names one side before its area lines ("Regime fatalities by region:", "Losses of the
government troops and allied gunmen by region in June:") gives the lines that side, not the side of the last figure told
before it (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: regional sub-totals are totals
of the side they split). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2021-07-02"))


_LEAD = ("The monitor counted 24 regime soldiers and militiamen killed in the central desert in June 2021 in ambushes and "
         "mine blasts laid by ISIS. In turn, 15 ISIS members died during June in Russian air raids.\n")


def test_header_naming_the_regime_gives_its_side() -> None:
    found = totals(_LEAD + "Regime fatalities by region:\nPalmyra desert: 14\nAl-Sukhnah desert: 6\nTags: desert")
    assert ("regime", 14) in found and ("regime", 6) in found
    assert ("isis", 14) not in found and ("isis", 6) not in found


def test_header_with_the_side_after_losses_and_a_month() -> None:
    text = _LEAD + "Losses of the government troops and allied gunmen by region in June:\nPalmyra desert: 14\nAl-Sukhnah desert: 6\nTags: desert"
    found = totals(text)
    assert ("regime", 14) in found and ("regime", 6) in found
    assert ("isis", 14) not in found


def test_header_naming_no_side_leaves_lines_to_the_last_figure() -> None:
    text = ("The monitor counted 24 regime soldiers and militiamen killed in the central desert in June 2021 in ambushes "
            "by ISIS.\nFatalities by region:\nPalmyra desert: 14\nAl-Sukhnah desert: 6\nTags: desert")
    found = totals(text)
    assert ("regime", 14) in found and ("regime", 6) in found


def test_by_province_the_toll_was_as_follows_opens_regional_lines_of_all_sides() -> None:
    text = ("The monitor documented 25 strikes on Syrian territory in 2021, which killed 60 people: 10 civilians, 20 "
            "regime soldiers and 30 militiamen of non-Syrian nationalities.\n"
            "By province, the toll was as follows:\n"
            "Damascus and its countryside: 35.\n"
            "Homs: 15.\n"
            "Deir Ezzor: 10.\n")
    found = total_pairs(titled(text, "2022-01-02"))
    assert {("unknown", 35), ("unknown", 15), ("unknown", 10)} <= set(found)
    assert ("pro_iran_foreign", 35) not in found


def test_a_sentence_by_governorate_after_a_split_block_gives_regions_of_all_sides() -> None:
    text = ("The monitor documented the deaths of 90 people across the country during 2023, they are:\n"
            "- 40 civilians, including 9 children.\n"
            "- 30 members of regime forces.\n"
            "- 20 ISIS members.\n"
            "Casualties by governorate included 33 in Daraa, 21 in Homs and 12 in Deir Ezzor.\n")
    found = total_pairs(titled(text, "2024-01-02"))
    assert {("unknown", 33), ("unknown", 21), ("unknown", 12)} <= set(found)
    assert ("isis", 33) not in found


def test_according_to_the_governorates_opens_the_same_split() -> None:
    text = ("The monitor documented the deaths of 70 people across the country during 2023, they are:\n"
            "- 40 civilians, including 9 children.\n"
            "- 30 members of regime forces.\n"
            "According to the governorates, the monitor documented 45 fatalities in Daraa, 15 in Homs and ten in Hama.\n")
    found = total_pairs(titled(text, "2024-01-02"))
    assert {("unknown", 45), ("unknown", 15), ("unknown", 10)} <= set(found)
