"""Plain people said to be, all of them, of one group take its side (``casualty_all_of_them``).

* "at least nine people were killed, all of them members of Iran-backed militias": pro_iran_foreign;
* "all of them in the desert" names no group: the figure keeps no side of a group.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_people_all_of_them_members_of_iran_backed_militias() -> None:
    text = (
        "Strike near Albu Kamal\n\nUnidentified aircraft struck a convoy near Albu Kamal on Monday. A monitor said at least "
        "nine people were killed, all of them non-Syrian members of Iran-backed militias."
    )
    assert killed(text) == {"pro_iran_foreign": 9}


def test_people_all_of_them_in_a_place_keep_no_group() -> None:
    text = (
        "Mines in the desert\n\nLandmines killed six people near Kabajeb this month, all of them in the desert, a monitor "
        "said."
    )
    assert "pro_iran_foreign" not in killed(text) and "isis" not in killed(text)
