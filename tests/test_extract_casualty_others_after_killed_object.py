""""..., killing an SDF fighter and injuring three others": the hurt "others" are of the figure the same verb pair
kills, not of the doers counted first in the sentence (``mention_sides._object_then_hurt``).
Look-alike: "others" after two killed figures of different sides keep the existing reading.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_suicide_bombers_then_others_of_the_victims() -> None:
    text = ("Suicide attack near Hajin\n\nTwo ISIS members blew themselves up at an SDF checkpoint near Hajin on "
            "Thursday, killing an SDF fighter and wounding four others, SOHR said.")
    assert killed(text) == {"isis": 2, "sdf": 1}
    assert injured(text) == {"sdf": 4}


def test_killed_attackers_then_others_of_the_soldiers() -> None:
    text = ("Attack near Kafr Nabudah\n\nThree HTS fighters were killed after they stormed a regime post near Kafr "
            "Nabudah at dawn, killing a soldier and injuring two others.")
    assert killed(text) == {"hts_rebels": 3, "regime": 1}
    assert injured(text) == {"regime": 2}


def test_others_after_two_killed_sides_unchanged() -> None:
    text = ("Shelling on Ariha\n\nRegime shelling hit Ariha on Monday, killing two HTS fighters and a civilian and "
            "injuring five others.")
    assert killed(text) == {"hts_rebels": 2, "civilians": 1}
    assert injured(text) == {"hts_rebels": 5}
