"""A rebel group named by Turkey's backing in a text set in Idlib that names the National Liberation Front or one of its
factions is the rebels' (SCHEMA: NLF in Idlib -> hts_rebels), not Turkey's factions (``actor_idlib_backed``).
Look-alike: Turkey's own soldiers stay Turkey's.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

_CAMP = (
    "Russian strikes on pro-Turkish rebel base kill 40: monitor\n\nRussian air strikes on a training base of a "
    "Turkish-backed rebel group in northwest Syria killed 40 fighters on Tuesday, a war monitor said. The raids hit a "
    "base of the Faylaq al-Sham group near the town of Harem, close to the Turkish border, the monitor said. The monitor "
    "first counted 30 dead, but the toll rose as more bodies were found. More than 50 other fighters were wounded, some "
    "of them badly, it said. Faylaq al-Sham is one of the groups closest to Ankara in Idlib."
)


def test_others_of_a_turkish_backed_group_of_the_nlf_in_idlib_are_rebels() -> None:
    assert killed(_CAMP) == {"hts_rebels": 40}
    assert injured(_CAMP) == {"hts_rebels": 50}


def test_turkish_soldiers_in_idlib_stay_turkish() -> None:
    text = (
        "Shelling of a post\n\nRegime shelling on a Turkish observation post near Saraqeb in Idlib killed three Turkish "
        "soldiers on Monday, the monitor said. Faylaq al-Sham fighters later shelled regime positions nearby."
    )
    assert killed(text) == {"turkey_factions": 3}
