""""leaving two fighters dead, one from each side": the two dead split between the two sides the sentence names, or all
of the one label both parties share (``casualty_roles.each_side``); a generic "factions" right after a quoted name is
that name's head noun, no party (the quoted factions of one label were read so before through another rule, and stay
so). Look-alike: "two fighters dead from each side" is two of each.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_one_from_each_of_two_sides() -> None:
    text = ("Clashes near Manbij\n\nFighting broke out on Monday between the Manbij Military Council and the Sultan Murad "
            "Division near Arimah, leaving two fighters dead, one from each side.")
    assert killed(text) == {"sdf": 1, "turkey_factions": 1}


def test_one_from_each_of_two_quoted_factions_of_one_label() -> None:
    text = ("Infighting in Afrin\n\nInfighting erupted on Monday night between \"Ahrar al-Sharqiya\" and \"Faylaq al-Sham\" "
            "factions in Rajo over a property dispute, leaving two gunmen dead, one from each side.")
    assert killed(text) == {"turkey_factions": 2}


def test_two_from_each_side_is_two_of_each() -> None:
    text = ("Clashes near Manbij\n\nFighting broke out on Monday between the Manbij Military Council and the Sultan Murad "
            "Division near Arimah, leaving two fighters dead from each side.")
    assert killed(text) == {"sdf": 2, "turkey_factions": 2}
