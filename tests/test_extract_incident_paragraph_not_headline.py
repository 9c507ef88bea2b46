""""Heavy clashes went on today between local gunmen of A and an ISIS cell ... According to SOHR sources, three local
gunmen and two ISIS members were killed in the fighting, while an elderly man was hit by a sniper ...": a paragraph
cut at ", while" is no headline of the events told below it, though its text does not end with a full stop; a full
stop between two of its sentences says so (``incident_headline._headline``), so its dead stay.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_TAIL = ("\nIn the afternoon, an ISIS member blew himself up with an explosive belt after he was surrounded in a house in "
         "Tafas, injuring three of the local gunmen.\nThe local gunmen launched the campaign after a series of "
         "assassinations in the town.")


def test_paragraph_cut_at_while_keeps_its_dead() -> None:
    text = ("Tafas fighting | Toll rises as local gunmen besiege ISIS cell\nHeavy clashes went on today between local "
            "gunmen of Tafas town in the western countryside of Daraa and members of an ISIS cell hiding in a farm on the "
            "town's outskirts. According to SOHR sources, three local gunmen and two ISIS members were killed in the "
            "fighting, while an elderly man was hit by a sniper in the same area." + _TAIL)
    assert killed(text) == {"hts_rebels": 3, "isis": 3}


def test_paragraph_cut_at_while_keeps_its_dead_other_wording() -> None:
    text = ("Tafas fighting | ISIS cell besieged\nFighting raged this morning between gunmen of Tafas in the western "
            "countryside of Daraa and an ISIS cell holed up in a group of houses. SOHR activists said that four local "
            "gunmen and three ISIS members lost their lives, while a shepherd was hit by a sniper near the houses." + _TAIL)
    assert killed(text) == {"hts_rebels": 4, "isis": 4}
