"""Under a side's figure split by how they died ("Civilians: 80 ... They were killed as follows:"), a line of "people"
("- Nine people, including a child, by Turkish forces") is of that side, killed by the party it names (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes."""

from __future__ import annotations

from contract_rows import titled, total_pairs

_OPENING = ("SOHR has documented the deaths of 150 people across Syria in June 2024. The toll is distributed as follows:\n\n"
            "Civilians: 80, including 10 children.\n"
            "They were killed as follows:\n")


def test_people_lines_under_a_civilian_how_list_are_civilians() -> None:
    text = _OPENING + ("• Nine people, including a child, by the Turkish forces.\n"
                       "• 15 people by landmines and war remnants.\n"
                       "• 56 persons in murders and other incidents.\n")
    found = total_pairs(titled(text))
    assert ("civilians", 9) in found and ("civilians", 15) in found and ("civilians", 56) in found
    assert not {("unknown", 9), ("unknown", 15), ("unknown", 56)} & set(found)


def test_people_line_outside_a_how_list_stays_unknown() -> None:
    text = ("SOHR has documented the deaths of 150 people across Syria in June 2024. The toll is distributed as follows:\n\n"
            "Civilians: 80, including 10 children.\n"
            "• 12 people whose identities are unknown.\n")
    assert ("unknown", 12) in total_pairs(titled(text))


def test_bare_lines_after_the_fatalities_are_distributed_keep_the_sides_figure() -> None:
    text = ("Over 2022, the monitor documented the deaths of 120 members of Iranian-backed militias across Syria.\n"
            "According to the monitor's statistics, the fatalities are distributed as follows:\n"
            "- 70 were killed in Israeli strikes, including 30 non-Syrians.\n"
            "- 35 were killed in ambushes by ISIS cells in the desert.\n"
            "- 15 were killed in other circumstances.\n")
    found = total_pairs(titled(text, "2023-01-02"))
    assert {("pro_iran_foreign", 70), ("pro_iran_foreign", 35), ("pro_iran_foreign", 15)} <= set(found)
    assert not {("israel", 70), ("isis", 35)} & set(found)


def test_bare_lines_after_the_toll_is_distributed() -> None:
    text = ("The monitor documented the deaths of 30 members of Iranian-backed militias in Syria in May 2023.\n"
            "The toll is distributed as follows:\n"
            "- 20 were killed by US strikes in the eastern countryside.\n"
            "- 10 were killed in attacks by ISIS cells in the desert.\n")
    found = total_pairs(titled(text, "2023-06-01"))
    assert {("pro_iran_foreign", 20), ("pro_iran_foreign", 10)} <= set(found)


def test_label_lines_after_the_toll_is_distributed_keep_their_own_sides() -> None:
    text = ("The monitor documented the deaths of 100 people across Syria in May 2023. The death toll is distributed as follows:\n"
            "- Civilians: 60, including 9 children.\n"
            "- Regime soldiers: 25.\n"
            "- ISIS members: 15.\n")
    found = total_pairs(titled(text, "2023-06-01"))
    assert {("civilians", 60), ("regime", 25), ("isis", 15)} <= set(found)
    assert ("civilians", 25) not in found
