""""shot dead a man who worked as an informant for the Air Force Intelligence", "a young man who was a collaborator with
Hezbollah": the victim is of the side he served (``mention_sides.JOINED``; collaborators of Hezbollah, nationality
unstated: pro_iran_foreign, SCHEMA). Look-alike: "who worked as a baker" names no group (a civilian trade: civilians,
``casualty_tie_target.CIVIL_TRADES``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_worked_as_an_informant_for_a_branch() -> None:
    text = ("Killing in Inkhil\n\nGunmen on a motorcycle shot dead a man who worked as an informant for the Air Force "
            "Intelligence near Inkhil on Tuesday night.")
    assert killed(text) == {"regime": 1}


def test_was_a_collaborator_with_hezbollah() -> None:
    text = ("Killing in Inkhil\n\nGunmen on a motorcycle shot dead a young man who was a collaborator with Hezbollah near "
            "Inkhil on Tuesday night.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_worked_as_a_baker_names_no_group() -> None:
    text = ("Killing in Inkhil\n\nGunmen on a motorcycle shot dead a man who worked as a baker near Inkhil on Tuesday night.")
    assert killed(text) == {"civilians": 1}
