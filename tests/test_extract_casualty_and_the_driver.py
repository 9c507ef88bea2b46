"""A figure of foreign militiamen, then one more person "and the Syrian civilian driver of the truck": the militiamen
keep their side (the Syrian after "and the" is not one of them) and the driver, called a civilian, is one civilian
killed (``mention_sides.syrian_named``, ``casualty_unnumbered``).
Look-alike: "two Syrian members of the militias" are the regime's (SCHEMA).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_militiamen_and_the_syrian_civilian_driver() -> None:
    text = ("Drone strike near Albukamal\n\nAn unidentified drone struck a truck of Iranian-backed militias near Albukamal "
            "on Monday, killing three Afghan militiamen and the Syrian civilian driver of the truck.")
    assert killed(text) == {"pro_iran_foreign": 3, "civilians": 1}


def test_syrian_members_of_the_militias() -> None:
    text = ("Drone strike near Albukamal\n\nAn unidentified drone struck a truck of Iranian-backed militias near Albukamal "
            "on Monday, killing two Syrian members of the militias.")
    assert killed(text) == {"regime": 2}
