"""Policemen killed by men led by a former rebel (``mention_sides.state_police`` with ``casualty_tie_target.former_of``):
a group its members had left fields no police, so "gunmen led by a former commander of a rebel faction stormed the
police station, killing six policemen" counts the state's police (regime). Look-alike: police in a sentence that names
a group with its own police today stay as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_policemen_killed_by_men_of_a_former_rebel() -> None:
    text = ("Attack on Tafas police\n\nArmed men led by an ex-leader of a rebel faction attacked the police station in Tafas "
            "at dawn on Sunday, killing six policemen and wounding three others.")
    assert killed(text) == {"regime": 6}
    assert injured(text) == {"regime": 3}


def test_policemen_in_a_sentence_naming_hts_are_left() -> None:
    text = ("Attack on Sarmada police\n\nHTS gunmen stormed a police post in Sarmada at dawn on Sunday, killing two policemen.")
    assert "regime" not in killed(text)
