""""Over 20 other civilians were wounded, so the number of deaths could still rise": a toll expected to rise, with
"still", "yet", "well" or "further" before the verb, or "feared" / "set to rise", is no tally of its own, so the
sentence keeps its wounded for the incident (``totals_sentences._LIKELY_RISE``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums

_OPEN = ("Shelling on Ariha\n\nRegime shelling on residential areas of Ariha, south of Idlib, killed nine civilians on "
         "Sunday morning, the Syrian Observatory for Human Rights said. ")


def test_number_of_deaths_could_still_rise() -> None:
    text = _OPEN + "At least 15 other civilians were injured, so the number of deaths could still rise."
    assert injured_sums(text) == {"civilians": 15}


def test_number_of_dead_may_yet_go_up() -> None:
    text = _OPEN + "Fifteen other civilians were wounded, some of them seriously, and the number of dead may yet go up."
    assert injured_sums(text) == {"civilians": 15}


def test_number_of_deaths_feared_to_rise() -> None:
    text = _OPEN + "Fifteen other civilians were hurt, and the number of deaths is feared to rise."
    assert injured_sums(text) == {"civilians": 15}


def test_number_of_dead_could_well_increase() -> None:
    text = _OPEN + "Fifteen other civilians were hurt, so the number of dead could well increase."
    assert injured_sums(text) == {"civilians": 15}
