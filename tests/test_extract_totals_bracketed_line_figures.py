"""Lines that open with a figure in brackets under a toll that ends "they are:" ("(14) civilians, including ...") are
the toll's lines by side, read like "14 civilians" lines (``totals_bracket_lists``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (a period toll broken down by side gives
a total per side). Look-alikes: numbered items "(1) ...", "(2) ..." stay as they were.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_bracketed_lines_under_they_are_are_totals_by_side() -> None:
    text = ("The monitor counted 64 regime drone attacks on the countryside of Idlib and Aleppo during March 2023.\n"
            "The attacks killed 25 people, they are:\n"
            "(14) civilians, among them four children.\n"
            "(9) fighters of Hayat Tahrir al-Sham.\n"
            "(2) members of the Turkish-backed factions.\n"
            "Dozens of others were injured.")
    assert _pairs(text) == [("civilians", 14), ("hts_rebels", 9), ("turkey_factions", 2)]


def test_bracketed_lines_with_dashes_are_totals_by_side() -> None:
    text = ("Since the start of 2021, SOHR has documented the deaths of 40 people in attacks by ISIS cells in the desert, as follows:\n"
            "- (31) soldiers of regime forces.\n"
            "- (9) civilians working in truffle picking.")
    assert _pairs(text) == [("civilians", 9), ("regime", 31)]


def test_numbered_items_keep_their_brackets() -> None:
    text = ("The monitor documented the following events in Daraa on Sunday:\n"
            "(1) Gunmen shot dead a member of the Fifth Corps in Busra al-Sham.\n"
            "(2) An IED exploded near a checkpoint in Tafas, with no casualties.")
    assert row(text)["totals"] == []


def test_bracketed_parts_inside_a_line_stay_parts() -> None:
    text = ("Thereby, the number of people killed by ISIS cells in the Raqqa countryside since early 2022 rises to (64): "
            "(41) members of the SDF and the Asayish, and (23) civilians, including (4) women and (3) children.")
    totals = {(t["side"], t["killed"]): t["of_which"] for t in row(text)["totals"]}
    assert sorted(totals) == [("civilians", 23), ("sdf", 41)]
    assert totals[("civilians", 23)] == {"women": 4, "children": 3}


def test_bracketed_list_cut_by_semicolons_keeps_its_reading() -> None:
    text = ("Thereby, the number of those killed in Quneitra since the beginning of 2022 has reached (40), distributed as "
            "follows: civilians (19), including (5) children; regime soldiers (14); and former fighters of the factions (7).")
    assert _pairs(text) == [("civilians", 19), ("hts_rebels", 7), ("regime", 14)]
