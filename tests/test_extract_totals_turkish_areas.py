"""A total of a bare "the factions" in a report set in the areas Turkey holds ("the areas controlled by Turkish forces",
"areas under Turkish control", "Turkish-held areas") is of Turkey's Syrian factions, whether the areas are named in the
opening before the list or later in the figure's own sentence. Look-alikes: a rebel group named by its own name between
the areas and the figure keeps the factions rebels, and so does a report set in Idlib. Paragraphs written for these
tests, judged by ../shared/data/sohr/SCHEMA.md (SNA factions -> turkey_factions)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_lines_of_a_monthly_toll_in_areas_turkey_controls() -> None:
    text = (
        "The monitor documented, during May 2022, the deaths of 9 people in Azaz and al-Bab, the areas controlled by "
        "Turkish forces and their allied factions. The fatalities are as follows:\n"
        "- Five civilians, killed by gunfire and explosions.\n"
        "- Three members of the factions, killed in infighting.\n"
        "- One person of unknown identity.\n"
    )
    found = total_pairs(titled(text, "2022-06-01"))
    assert ("turkey_factions", 3) in found and ("hts_rebels", 3) not in found


def test_areas_named_after_the_figure_in_its_sentence() -> None:
    text = (
        "Since the start of 2023, the monitor has recorded the deaths of 27 fighters in clashes among the factions in "
        "areas under Turkish control in the north of Aleppo."
    )
    assert total_pairs(titled(text, "2023-06-01")) == [("turkey_factions", 27)]


def test_a_rebel_group_named_in_between_keeps_them_rebels() -> None:
    text = (
        "Since the start of 2023, the monitor has recorded the deaths of 40 fighters of the factions, Hayat Tahrir "
        "al-Sham and other groups, most of them on the Idlib fronts and some in Turkish-held areas."
    )
    found = total_pairs(titled(text, "2023-06-01"))
    assert ("turkey_factions", 40) not in found


def test_factions_in_idlib_stay_rebels() -> None:
    text = (
        "Since the start of 2023, the monitor has recorded the deaths of 27 fighters in clashes among the factions in "
        "the countryside of Idlib."
    )
    assert ("turkey_factions", 27) not in total_pairs(titled(text, "2023-06-01"))
