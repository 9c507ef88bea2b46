"""The other side's figure right after a period total, opened by "In turn," / "In return," / "On the other hand," /
"For its part," (``totals_marks.CONTINUATION``): the counterpart of the same period's toll, a total, not an incident.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_in_turn_after_a_month_list_is_a_total() -> None:
    row = titled("The cells carried out 19 attacks in the desert of Homs throughout May 2024. The attacks claimed these "
                 "lives during the month:\nRegime soldiers: 14\nCivilians: 5, all of them shepherds\nIn turn, 8 "
                 "ISIS members died in strikes by Russian jets and in fighting with the army.")
    assert killed_per_incident(row) == []
    assert ("isis", 8) in total_pairs(row)


def test_on_the_other_hand_after_a_running_toll_is_a_total() -> None:
    row = titled("Since March 2, 2024, the monitor has documented the death of 30 people by regime shelling on the "
                 "Jabal al-Zawiya villages: 22 civilians and 8 fighters of the factions.\nOn the other hand, 9 regime "
                 "soldiers were killed by raids and sniper fire of HTS.")
    assert killed_per_incident(row) == []
    assert total_pairs(row) == [("civilians", 22), ("hts_rebels", 8), ("regime", 9)]


def test_a_dated_event_after_in_turn_stays_an_incident() -> None:
    row = titled("The cells killed 40 regime soldiers around Palmyra since January 1, 2024. In turn, a regime "
                 "drone killed two ISIS members near Arak on Monday.")
    assert killed_per_incident(row) == [{"isis": 2}]
