""""identified the dead as a former commander in the National Defence Forces (NDF) and a young man who collected
information on Israeli positions ... for Lebanon's Hezbollah": the group's short form in brackets after its name does not
end the list of the dead (``casualty_lists.GROUP_THEN_AND``, ``UNIT_THEN_AND``), and one who gathered information
or spied for a group is tied to it as one who worked with it (``mention_sides.joined_at``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_OPEN = ("Drone strike in Quneitra\n\nTwo men were killed on Sunday when a drone struck their car near Khan Arnabeh, in "
         "the northern countryside of Quneitra, the Syrian Observatory for Human Rights said. ")


def test_short_form_then_informer_for_hezbollah() -> None:
    text = _OPEN + ("SOHR sources identified the dead as a former commander in the National Defence Forces (NDF) and a "
                    "young man who collected information on Israeli positions along the Golan line for Lebanon's Hezbollah.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_short_form_then_worked_with() -> None:
    text = _OPEN + ("SOHR sources identified them as an officer in the Military Security (MI) and a man who worked with "
                    "Lebanese Hezbollah.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_gathered_intelligence_for() -> None:
    text = _OPEN + ("SOHR sources identified them as a former commander in the National Defence Forces and a young man "
                    "who gathered intelligence on army posts for Hezbollah.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}
