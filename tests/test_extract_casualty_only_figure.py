"""A word of emphasis right before a casualty figure ("killed only two", "the death of just one soldier",
"wounded merely three") is no qualifier and hides no figure: the figure is read as it stands, as without the word.

Look-alikes: "only" elsewhere in the sentence ("the only clinic", "only after") adds no figure, and a sentence whose
"only" precedes no number takes nothing.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_death_of_only_n_is_the_monitors_figure() -> None:
    text = ("Sniper fire near Kafr Nabl\n\nOn Sunday, the operations room announced that its snipers had picked off three "
            "regime soldiers near Kafr Nabl in Idlib, while the monitor could confirm the death of only two soldiers.")
    assert killed(text) == {"regime": 2}


def test_killed_just_n_reads_the_figure() -> None:
    text = ("Drone over Maarat al-Numan\n\nA regime drone struck a pickup truck near Maarat al-Numan on Friday evening, "
            "killing just two civilians who were riding in its back, the monitor said.")
    assert killed(text) == {"civilians": 2}


def test_wounded_only_n_reads_the_figure() -> None:
    text = ("Shells on Atarib\n\nArtillery shells fired by regime forces hit a bakery queue in Atarib on Tuesday, "
            "wounding only four civilians, SOHR reported.")
    assert injured(text) == {"civilians": 4}


def test_only_away_from_a_figure_takes_nothing() -> None:
    text = ("Shells on Atarib\n\nArtillery shells fired by regime forces hit the only clinic in Atarib on Tuesday, "
            "killing three civilians; rescuers reached the site only after dark, SOHR reported.")
    assert (killed(text), injured(text)) == ({"civilians": 3}, {})
