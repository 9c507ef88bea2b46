"""Area lines after a statistics block of several sides ("By area, the toll is distributed as follows: Homs desert: 98")
split the block's whole toll (side unknown), not the last line's; and "the factions" of a total told in the areas of
Turkey's operations ("Olive Branch", "Euphrates Shield", "Peace Spring") are the Turkish-backed factions (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-09-01"))


_BLOCK = ("According to the monitor's figures, 150 people have died in the eastern desert since early 2022, namely: "
          "30 civilians, among them herders; 80 regime soldiers and militiamen; and 40 ISIS members.\n"
          "Broken down by area, the toll was as follows:\n"
          "Deir ez-Zor desert: 70\n"
          "Homs desert: 50\n"
          "Raqqa desert: 30\n"
          "Tags: desert")


def test_area_lines_after_a_block_of_several_sides_are_unknown() -> None:
    found = totals(_BLOCK)
    for pair in [("unknown", 70), ("unknown", 50), ("unknown", 30)]:
        assert pair in found
    assert ("isis", 70) not in found


def test_side_lines_of_the_block_keep_their_sides() -> None:
    found = totals(_BLOCK)
    for pair in [("civilians", 30), ("regime", 80), ("isis", 40)]:
        assert pair in found


def test_area_lines_adding_up_to_the_last_line_keep_its_side() -> None:
    text = ("Since early 2022, the monitor has counted the deaths of 30 civilians and 120 regime soldiers in the "
            "eastern desert.\nThe soldiers' toll by area was as follows:\n"
            "Homs desert: 70\n"
            "Hama desert: 50\n"
            "Tags: desert")
    found = totals(text)
    assert ("regime", 70) in found and ("regime", 50) in found
    assert ("unknown", 70) not in found


def test_factions_in_the_areas_of_turkish_operations_are_turkish_backed() -> None:
    text = ("The monitor has recorded 15 rounds of infighting among the factions in the \"Peace Spring\" and \"Euphrates "
            "Shield\" areas since early 2022, which killed 19 people, 16 of them fighters of the factions and three "
            "civilians.")
    found = totals(text)
    assert ("turkey_factions", 16) in found
    assert ("hts_rebels", 16) not in found


def test_factions_elsewhere_stay_rebels() -> None:
    text = ("The monitor has recorded 15 rounds of infighting among the factions in Idlib countryside since early 2022, "
            "which killed 19 people, 16 of them fighters of the factions and three civilians.")
    assert ("hts_rebels", 16) in totals(text)


def test_area_lines_held_by_the_regime_and_its_foreign_militias_stay_the_regime_s() -> None:
    text = ("The monitor counted 300 deaths in the eastern desert in 2022, as follows:\n"
            "- 150 regime soldiers and loyalist gunmen of Syrian nationality.\n"
            "- 30 Iranian-backed militiamen of non-Syrian nationalities.\n"
            "- 80 civilians, among them shepherds.\n"
            "- 40 ISIS members.\n"
            "The losses of the regime and its allies were distributed by region as follows: 100 in the Homs desert, "
            "50 in the Deir ez-Zor desert and 30 in the Hama desert.")
    found = totals(text)
    for pair in [("regime", 100), ("regime", 50), ("regime", 30)]:
        assert pair in found
    assert ("unknown", 100) not in found


def test_area_lines_more_than_the_regime_s_lines_stay_unknown() -> None:
    text = ("The monitor counted 300 deaths in the eastern desert in 2022, as follows:\n"
            "- 150 regime soldiers and loyalist gunmen of Syrian nationality.\n"
            "- 30 Iranian-backed militiamen of non-Syrian nationalities.\n"
            "- 80 civilians, among them shepherds.\n"
            "- 40 ISIS members.\n"
            "Broken down by area, the toll was as follows:\n"
            "Homs desert: 200\n"
            "Deir ez-Zor desert: 100\n"
            "Tags: desert")
    found = totals(text)
    assert ("unknown", 200) in found and ("unknown", 100) in found


_TWO_CIVILIAN_LINES = ("Since the start of March 2022, the monitor has counted the deaths of 55 people in the steppe, namely:\n"
                       "- 30 civilians were killed by mines left over from the war.\n"
                       "- 15 civilians were killed by ISIS gunmen.\n"
                       "- Ten soldiers of the regime were killed by ISIS.\n")


def test_area_lines_adding_up_to_the_lines_of_their_named_side_keep_it() -> None:
    text = _TWO_CIVILIAN_LINES + ("Civilian deaths were distributed by region as follows:\n"
                                  "- Homs desert: 25\n"
                                  "- Hama desert: 20\n"
                                  "Tags: desert")
    found = totals(text)
    assert ("civilians", 25) in found and ("civilians", 20) in found
    assert ("unknown", 25) not in found


def test_area_lines_adding_up_to_the_whole_block_stay_unknown() -> None:
    text = _TWO_CIVILIAN_LINES + ("The toll was distributed by region as follows:\n"
                                  "- Homs desert: 35\n"
                                  "- Hama desert: 20\n"
                                  "Tags: desert")
    found = totals(text)
    assert ("unknown", 35) in found and ("unknown", 20) in found
