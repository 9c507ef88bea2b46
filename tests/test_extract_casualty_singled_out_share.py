""""Israel carried out 67 attacks throughout 2023 ... The deadliest of these attacks targeted a building in X, killing 15
people: five civilians, ...": the sentence points back to the year's attacks ("these attacks"), but it singles out one
event with its own toll (``incident_deadliest``), so its figures are that incident's, not a share of the span's toll
(``incident_span_referents.referred_span``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_deadliest_of_these_attacks_keeps_its_listed_toll() -> None:
    text = ("Israeli strikes in 2023\n\nIsrael carried out 67 attacks on Syrian territory throughout 2023. The deadliest of "
            "these attacks targeted a residential building in Kafr Sousa in Damascus on February 19, killing 15 people: five "
            "civilians, two Syrian soldiers and eight Hezbollah members.")
    assert killed(text) == {"civilians": 5, "regime": 2, "pro_iran_foreign": 8}


def test_bloodiest_of_these_strikes_keeps_its_toll() -> None:
    text = ("Turkish drone strikes in 2022\n\nTurkish drones carried out 84 strikes on areas held by the SDF throughout 2022. "
            "The bloodiest of these strikes hit a checkpoint near Tal Tamr, killing six SDF fighters and two civilians.")
    assert killed(text) == {"sdf": 6, "civilians": 2}


def test_worst_of_them_keeps_its_toll() -> None:
    text = ("ISIS attacks in the desert\n\nISIS cells carried out 40 attacks in the Syrian desert since the beginning of the "
            "year. The worst of them took place near Al-Sukhnah, when the cells ambushed a bus, killing 11 regime soldiers.")
    assert killed(text) == {"regime": 11}
