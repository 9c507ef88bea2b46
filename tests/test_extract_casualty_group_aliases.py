"""Groups the actor lexicon lacked (``data/actors.csv``): "Syrian security personnel" are the regime's,
"PKK cadres" are counted with the SDF (SCHEMA has no PKK label; "Nour al-Din al-Zenki" was already an HTS alias, and
its short names "Zenki movement", "Zenki fighters" and "Zenki" are too), "government fighters" are the regime's,
"American service members" the coalition's.
Look-alikes: "security personnel" of a named force keep that force's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_syrian_security_personnel_are_the_regime() -> None:
    text = ("Strike on Kafr Sousa\n\nAn Israeli strike hit a building in Kafr Sousa on Monday, killing three Iranian advisers "
            "and two Syrian security personnel.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 2}


def test_pkk_cadres_are_counted_with_the_sdf() -> None:
    text = ("Turkish drone strike near Qamishli\n\nA Turkish drone struck a car near Qamishli on Wednesday, killing two PKK "
            "cadres.")
    assert killed(text) == {"sdf": 2}


def test_security_personnel_of_the_sdf_keep_its_side() -> None:
    text = ("Attack near Al-Shuhail\n\nGunmen attacked a checkpoint of the SDF near Al-Shuhail on Monday, killing two SDF "
            "security personnel.")
    assert killed(text) == {"sdf": 2}


def test_zenki_movement_fighters_are_rebels() -> None:
    text = ("Blast in Darat Izza\n\nAn explosive device went off near a checkpoint in Darat Izza on Tuesday, killing "
            "four members of the Zenki movement.")
    assert killed(text) == {"hts_rebels": 4}


def test_government_fighters_are_the_regime() -> None:
    text = ("Ambush near al-Sukhnah\n\nISIS cells ambushed a convoy near al-Sukhnah on Friday, killing six government "
            "fighters.")
    assert killed(text) == {"regime": 6}


def test_american_service_members_are_the_coalition() -> None:
    text = ("Rocket attack on a base\n\nRockets struck a base near al-Omar oil field on Sunday, wounding two American "
            "service members, the US military said.")
    assert injured(text) == {"coalition": 2}
