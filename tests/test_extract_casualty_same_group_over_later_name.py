"""Victims "of the same group" in a sentence that names another party later (``casualty_same._own_same``): "a drone
killed two members of the same group in a field near the border with Turkey" after "a leader of Hurras al-Din" are of
Hurras al-Din (hts_rebels, SCHEMA), not of the country named as a place. Look-alike: a figure that names its own group
before "the same" wording keeps it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_same_group_over_a_country_named_later() -> None:
    text = ("Coalition drone kills jihadist leader in Idlib\n\nA coalition drone struck a car near Atmeh on Sunday, killing a "
            "leader of the Hurras al-Din group. On May 3, a coalition drone killed two members of the same group in a field "
            "near the border with Turkey.")
    assert killed_per_incident(contract(text)) == [{"hts_rebels": 1}, {"hts_rebels": 2}]


def test_own_group_named_first_is_kept() -> None:
    text = ("Coalition drone kills jihadist leader in Idlib\n\nA coalition drone struck a car near Atmeh on Sunday, killing a "
            "leader of the Hurras al-Din group. On May 3, Turkish shelling killed two members of the SDF near Tal Tamr.")
    assert killed_per_incident(contract(text))[-1] == {"sdf": 2}
