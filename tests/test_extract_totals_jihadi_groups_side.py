"""A period toll of people of "jihadi" groups ("members of jihadi groups", "jihadi fighters") names no side the lexicon
holds: the figure is of the jihadist groups (``hts_rebels``, as the lexicon reads "jihadist groups"), or of IS in a
report that names only the Islamic State group (``totals_jihadists``).

Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md (Hurras al-Din and the jihadist groups of
the north-west -> hts_rebels). A look-alike: a figure whose side is named keeps it.
"""

from __future__ import annotations

from totals_cases import row


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row(text)["totals"])


def test_members_of_jihadi_groups_are_hts_rebels() -> None:
    assert _pairs("The monitor has documented six strikes by coalition drones on the countryside of Idlib since the start "
                  "of 2022, which killed 13 members of jihadi groups, most of them foreigners.") == [("hts_rebels", 13)]


def test_jihadi_commanders_in_a_report_about_is_are_isis() -> None:
    assert _pairs("Since early 2021, the monitor has documented 40 raids by the coalition in the Deir Ezzor desert, which "
                  "killed 26 commanders of jihadi organisations, most of them from the Islamic State.") == [("isis", 26)]


def test_named_side_stays() -> None:
    assert _pairs("Since early 2022, coalition drones have killed 13 members of Hurras al-Din in Idlib, "
                  "the monitor said.") == [("hts_rebels", 13)]
