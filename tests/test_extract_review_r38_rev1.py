"""Review of round 38 (rev1): sentences that come near the new rules without being what they were written for.

* ``incident_sparked``: a kidnapping after "after" whose sentence goes on with a toll ("..., leaving two dead") is the
  cause of the event told, not an incident holding that toll; a kidnapping that only describes the doers ("after the gang
  that had abducted him ...") or the victim ("after the family of the kidnapped trader paid ...") is no incident.
* ``casualty_one_and_other``: a pair that did the shooting ("Two HTS members opened fire on a car, killing one and
  wounding the other") does not lend its side to "one" and "the other".
* ``casualty_one_hurt_died``: "Another attacker died of his wounds" is not one of the wounded defenders.
* ``casualty_unnumbered``: ", but his brother was killed" after a clause on the gunman is the gunman's kin, not read.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_per_incident, kinds, titled
from contract_rows import killed_sums as killed


def test_a_kidnapping_followed_by_the_toll_of_the_clashes_stays_their_cause() -> None:
    row = titled("Clan fighting near Busayrah\n\nFighting erupted between two clans in Busayrah, east of Deir Ezzor, "
                 "after gunmen of one clan abducted a trader from the other on Saturday, leaving three dead.")
    assert len(kinds(row)) == 1
    assert killed_per_incident(row) == [{"unknown": 3}]


def test_a_date_of_the_clashes_after_the_kidnapping_is_not_the_kidnapping_s() -> None:
    row = titled("Clan fighting near Busayrah\n\nThe fighting, which erupted in Busayrah, east of Deir Ezzor, after "
                 "gunmen abducted a trader from a rival family, went on until Sunday and left four people dead.")
    assert len(kinds(row)) == 1
    assert killed_per_incident(row) == [{"unknown": 4}]


def test_a_kidnapping_told_of_the_doers_is_no_incident() -> None:
    row = titled("Body found near Inkhil\n\nThe body of a shepherd was found near Inkhil, north of Daraa, on Sunday, "
                 "after the men who had abducted the shepherd on Thursday asked his relatives for money.")
    assert len(kinds(row)) == 1


def test_the_kidnapped_man_s_family_is_no_kidnapping() -> None:
    row = titled("Raid near Shahba\n\nArmed locals raided a gang's farm near Shahba, north of Sweida, on Sunday and "
                 "shot dead two of its men, after the brothers of the kidnapped trader paid money on Friday.")
    assert len(kinds(row)) == 1


def test_a_pair_that_opened_fire_lends_no_side_to_one_and_the_other() -> None:
    text = ("Shooting in Jasim\n\nTwo HTS members opened fire on a van in Jasim, north of Daraa, on Sunday, killing "
            "one and wounding the other.")
    assert "hts_rebels" not in killed(text)
    assert "hts_rebels" not in injured(text)


def test_another_attacker_who_died_is_not_one_of_the_wounded_soldiers() -> None:
    text = ("Attack on a post near Sukhnah\n\nISIS cells attacked a regime post near Sukhnah on Sunday, wounding "
            "four soldiers. Another attacker died of his wounds at night.")
    assert "regime" not in killed(text)
    assert injured(text) == {"regime": 4}


def test_the_gunman_s_brother_after_but_is_not_read() -> None:
    text = ("Shooting in Sanamayn\n\nA gunman shot at a regime officer in Sanamayn, north of Daraa, on Sunday, "
            "wounding him. The gunman fled, but his brother was killed by the soldiers.")
    assert "regime" not in killed(text)
