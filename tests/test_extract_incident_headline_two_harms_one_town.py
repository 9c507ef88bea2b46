"""A headline that counts no dead but tells two harms joined by "and" ("Former fighter assassinated in A and soldier
killed in IED explosion"), naming one town, over two or more incidents told below, is a list of those incidents, not
one of its own. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_HEAD = "Syrian Observatory For Human Rights\nHome | News | Reports | Daraa\n"
_BODY = ("\nShare this: Facebook Twitter\nTwo men were killed in separate attacks in Daraa province on Monday.\nIn the "
         "western countryside, unknown gunmen opened fire on a former rebel who had refused to join the regime's "
         "formations, near his house in Nawa city, killing him instantly.\nIn the eastern countryside, a regime soldier "
         "was killed and another was injured when an IED planted by unknown persons went off as their vehicle passed "
         "near Busra al-Harir.\n")


def test_headline_of_two_harms_is_no_incident() -> None:
    row = contract(_HEAD + "Daraa security chaos | Former fighter assassinated in Nawa and regime soldier killed in IED "
                   "explosion" + _BODY)
    assert kinds(row) == ["assassination", "ied_landmine"]


def test_look_alike_two_harms_over_one_incident_stay_one() -> None:
    row = contract(_HEAD + "Daraa security chaos | Former fighter assassinated in Nawa and his brother wounded\n"
                   "Share this: Facebook Twitter\nUnknown gunmen opened fire on a former rebel who had refused to join "
                   "the regime's formations, near his house in Nawa city, killing him instantly and wounding his "
                   "brother.\n")
    assert len(kinds(row)) == 1
