"""A source named by its standing that tells an outlet a toll ("A source in the council told the agency that seven
... were killed") is another source: where the monitor counts the same dead, the monitor's count stands.

Look-alikes: the monitor's own sources ("Local sources told SOHR that ...") are the monitor; a source telling the
outlet how the attack went (no figure) takes nothing away; a source's toll with no monitor's count beside it stands.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_source_told_outlet_toll_yields_to_the_monitors() -> None:
    text = ("Council hits faction post near Jarablus\n\nJARABLUS - The Jarablus Military Council said on Friday its "
            "fighters raided a Turkish-backed faction post by Amarnah village. A source inside that Council told the "
            "agency that seven faction gunmen died during the raid.\n"
            "The war monitor SOHR later confirmed the death of four fighters of the Hamza Division "
            "in the raid.")
    assert killed(text) == {"turkey_factions": 4}


def test_monitors_own_sources_told_it_more() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car near Amuda on Sunday, killing two fighters of the SDF, "
            "SOHR reported. Local sources told SOHR that a third fighter was hurt and is being treated in Qamishli.")
    assert (killed(text), injured(text)) == ({"sdf": 2}, {"sdf": 1})


def test_source_telling_how_it_went_takes_nothing() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car carrying two fighters of the Syrian Democratic Forces "
            "near Amuda on Sunday, killing both of them, SOHR reported. A local source told the agency that the aircraft "
            "had circled over the village for an hour.")
    assert killed(text) == {"sdf": 2}


def test_source_told_toll_alone_stands() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car near Amuda on Sunday. A local source told the agency "
            "that two fighters of the SDF were killed in the strike.")
    assert killed(text) == {"sdf": 2}
