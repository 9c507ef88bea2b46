"""A figure told ", along with N ..." after a passive killing verb and a comma shares the verb ("Five regime soldiers and
militiamen were killed, along with seven fighters of HTS, in the same period": seven killed, casualty_along_with), so
a window total keeps both sides. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import sentence_sides, titled


def test_the_figure_after_a_comma_and_along_with_is_killed() -> None:
    text = "Four regime soldiers and militiamen were killed, along with six fighters of HTS and the factions, on Sunday."
    assert ("killed", 6, "hts_rebels") in sentence_sides(text, "Four")


def test_together_with_after_a_comma_is_killed() -> None:
    text = "Three SDF members and fighters were killed, together with eight ISIS members, in the attack."
    assert ("killed", 8, "isis") in sentence_sides(text, "Three")


def test_a_window_total_keeps_the_side_told_along_with() -> None:
    text = ("Regime bombardment claimed the lives of 11 civilians in the past 24 hours, among them four children.\n"
            "On the ground, fighting goes on near Kabani. Six regime soldiers and loyalists died, along with nine "
            "fighters of the factions and HTS, in the same period.")
    found = {(t["side"], t["killed"]) for t in titled(text, "2023-06-02")["totals"]}
    assert {("civilians", 11), ("hts_rebels", 9)} <= found
