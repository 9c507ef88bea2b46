"""Groups the actor lexicon lacked (``data/actors.csv``): "Syrian security personnel" are the regime's,
"PKK cadres" are counted with the SDF (SCHEMA has no PKK label; "Nour al-Din al-Zenki" was already an HTS alias).
Look-alikes: "security personnel" of a named force keep that force's side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

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
