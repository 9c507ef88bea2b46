"""A day's or week's toll broken down in a list whose lines tell the event behind each share: a side header whose
figure is a word ("Fighters: three, they are:") or comes first ("Two children: ..."), the bullet lines under a header
that opens a list, and bullet lines that give a side's count and then its event ("- Four soldiers, killed in ...").
Each such line is an incident with its own dead; the list's figures stay totals. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract

_OPENING = ("Daily toll | Eight people killed in northern Syria on March 3, 2024\n\n"
            "The monitor has recorded the death of eight people across northern Syria on March 3, 2024. "
            "They are distributed as follows:\n\n")


def _places(row: dict) -> list[str]:
    return sorted(p for i in row["incidents"] for p in i["places"][:1])


def test_bullet_lines_under_a_worded_header_are_incidents() -> None:
    row = contract(_OPENING + "Civilians: three civilians, they are:\n\n"
                   "- A farmer shot dead by unknown gunmen near Kafr Takharim town in the western countryside of Idlib.\n\n"
                   "- Two boys killed in the explosion of a landmine near Tal Hamis town in the countryside of al-Hasakah.")
    assert len(row["incidents"]) == 2
    killed = sorted(sum(i["killed"].values()) for i in row["incidents"])
    assert killed == [1, 2]


def test_number_first_header_line_tells_its_event() -> None:
    row = contract(_OPENING + "Three soldiers: they were killed by a roadside bomb that hit their bus near Khanaser "
                   "town in the southern countryside of Aleppo.\n\n"
                   "Two children: they died when an old shell went off near Jasim town in the northern countryside "
                   "of Daraa.")
    assert len(row["incidents"]) == 2


def test_bullet_count_lines_with_their_event_are_incidents_and_totals() -> None:
    row = contract(_OPENING + "- Four regime soldiers, killed in an ISIS attack on a checkpoint near Maadan in the "
                   "countryside of Raqqa.\n\n"
                   "- A member of the SDF, killed by gunmen on a motorbike in al-Tayyana town in the eastern countryside "
                   "of Deir Ezzor.")
    assert len(row["incidents"]) == 2
    sides = sorted(t["side"] for t in row["totals"])
    assert "regime" in sides


def test_plain_breakdown_lines_without_events_stay_totals() -> None:
    row = contract(_OPENING + "- Five civilians, among them two women.\n\n- Three regime soldiers, including an officer.")
    assert row["incidents"] == []


def test_header_line_parts_each_an_incident_and_while_doing_is_no_new_event() -> None:
    row = contract(_OPENING + "- Five civilians: a woman killed by regime shelling on Kafrouma village in the southern "
                   "countryside of Idlib; a man shot dead by gunmen in Tafas town in the western countryside of Daraa; "
                   "and three boys killed by the blast of an old shell, a remnant of war, while herding sheep near "
                   "al-Shaddadi town in the southern countryside of al-Hasakah.")
    assert len(row["incidents"]) == 3
    assert sorted(sum(i["killed"].values()) for i in row["incidents"]) == [1, 1, 3]
