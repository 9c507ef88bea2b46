"""A party "claiming to have killed" or "claiming that its fighters had killed" gives another source's figure, as
"claimed to have" / "claimed that" does (``incident_sources``): where the monitor confirms fewer dead of the same side,
the monitor's figure is the incident's.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. Look-alikes: a blast
"claiming the lives of" people (a toll, no claimant), a claim the monitor does not answer, and a claim of no figure
keep their figures.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident

ANSWERED = [
    ("Drones on the front\n\nHTS said it had hit an army post near Kafr Halab with a drone on Friday, claiming to have "
     "killed three soldiers. SOHR confirmed the death of two soldiers.", [{"regime": 2}]),
    ("Raid near Kafr Halab\n\nThe Fateh al-Mubin operations room said it raided an army post near Kafr Halab on "
     "Saturday, claiming that its fighters had killed four soldiers. The Observatory confirmed the death of one soldier.",
     [{"regime": 1}]),
]


@pytest.mark.parametrize(("text", "killed"), ANSWERED)
def test_the_monitor_answers_a_claiming_party(text: str, killed: list[dict[str, int]]) -> None:
    assert killed_per_incident(contract(text)) == killed


KEPT = [
    ("Blast in Azaz\n\nA car bomb went off in the market of Azaz on Friday, claiming the lives of 9 civilians.",
     [{"civilians": 9}]),
    ("Shells on Kafr Halab\n\nHTS fighters shelled an army post near Kafr Halab on Friday, claiming to have killed "
     "three soldiers.", [{"regime": 3}]),
    ("Blast in Azaz\n\nA car bomb went off in the market of Azaz on Friday, killing 9 civilians, with no group "
     "claiming that it planted the bomb.", [{"civilians": 9}]),
]


@pytest.mark.parametrize(("text", "killed"), KEPT)
def test_lives_claimed_or_an_unanswered_claim_keep_the_toll(text: str, killed: list[dict[str, int]]) -> None:
    assert killed_per_incident(contract(text)) == killed
