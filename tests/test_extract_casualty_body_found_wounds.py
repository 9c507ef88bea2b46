"""A body found "with gunshot wounds" is a dead person's, not an injury ("Unidentified: one man, whose body was found with
gunshot wounds near Kafr Takharim": one killed, casualty_groups.KILL_WORD). Sentences written for these tests."""

from __future__ import annotations

from contract_rows import sentence_sides, titled


def test_a_man_whose_body_was_found_with_gunshot_wounds_is_dead() -> None:
    text = "Two men, whose bodies were found with gunshot wounds near Sarmada, were buried on Friday."
    assert sentence_sides(text, "Two") == [("killed", 2, "unknown")]


def test_bodies_later_found_with_stab_wounds_are_dead() -> None:
    text = "Three shepherds went missing in the desert, and their bodies were later found with stab wounds near Ithriyah."
    assert ("killed", 3, "civilians") in sentence_sides(text, "Three")


def test_a_line_of_unidentified_dead_in_a_monthly_toll() -> None:
    text = ("SOHR has documented the deaths of 20 people across Idlib in May 2024. The death toll is distributed as follows:\n"
            "Civilians: eight, including two children.\n"
            "Regime forces: 11, who were killed by sniper fire.\n"
            "Unidentified: one man, whose body was found with gunshot wounds near Salqin.")
    found = {(t["side"], t["killed"]) for t in titled(text, "2024-06-01")["totals"]}
    assert {("civilians", 8), ("regime", 11), ("unknown", 1)} <= found


def test_a_man_found_with_gunshot_wounds_alive_is_injured() -> None:
    text = "A man was found with gunshot wounds near Sarmada and taken to hospital."
    assert sentence_sides(text, "A man") == [("injured", 1, "unknown")]
