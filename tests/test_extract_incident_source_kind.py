"""A source's account pointing back at the incident just told by its kind ("A roadside bomb hit a patrol near A", then
"The monitor said the blast went off beside the water station") or telling the same party doing the same kind of
thing ("Turkish jets bombed hills near A", then "Turkish jets pounded caves there, the monitor said"): the same
incident, not another one (``incident_source_kind``). Look-alikes: a sentence set on its own day or place, one told
as another ("separately"), one opening on a new thing ("A drone ...") or one naming another party stay apart.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract

_BOMB = ("Patrol hit near Shaddadi\n\nTwo SDF fighters were killed on Tuesday when a roadside bomb went off beside "
         "their patrol south of Shaddadi, the SDF said.\n\n")
_JETS = ("Raids in the desert\n\nRussian jets bombed ISIS hideouts in the central Syrian desert on Sunday, "
         "killing nine militants, a monitor said.\n\n")


def test_monitor_says_where_the_blast_went_off() -> None:
    row = contract(_BOMB + "The monitor said the blast went off near the Jbeisa gas field, south of Hasakah city, "
                   "adding that a shepherd nearby was also wounded.")
    assert len(row["incidents"]) == 1


def test_statement_tells_the_toll_of_the_exchange_of_fire() -> None:
    row = contract("Cell raided in Azaz\n\nThe military police of the factions said on Monday that they had raided "
                   "a flat in Azaz and killed two ISIS suspects.\n\nAccording to their statement on Telegram, one "
                   "policeman died and another was injured during the exchange of fire.")
    assert len(row["incidents"]) == 1


def test_monitor_says_the_attackers_fled() -> None:
    row = contract("Checkpoint stormed near Mayadin\n\nFive NDF militiamen were killed on Friday when ISIS fighters "
                   "stormed a checkpoint near Mayadin in Deir ez-Zor.\n\nThe monitor said two more militiamen were hurt "
                   "and that the attackers fled into the desert after a short gunfight.")
    assert len(row["incidents"]) == 1


def test_same_jets_same_kind_told_by_the_monitor() -> None:
    row = contract(_JETS + "Russian jets carried out about forty strikes on caves used by the group east of Palmyra, "
                   "the monitor said, adding that a dozen militants were also wounded.")
    assert len(row["incidents"]) == 1


def test_look_alike_own_day_stays_apart() -> None:
    row = contract(_JETS + "On Thursday, Russian jets bombed hideouts near Palmyra, killing four militants, the "
                   "monitor said.")
    assert len(row["incidents"]) == 2


def test_look_alike_new_thing_stays_apart() -> None:
    row = contract(_JETS + "A Russian raid hit a farm near Maadan in Raqqa, killing a shepherd, the monitor said.")
    assert len(row["incidents"]) == 2


def test_look_alike_separate_blast_stays_apart() -> None:
    row = contract(_BOMB + "The monitor said the attackers of a post near Tal Tamr killed a guard there on Monday.")
    assert len(row["incidents"]) == 2


def test_source_says_the_group_launched_the_assault() -> None:
    row = contract("Army repels attack near Kabajeb\n\nArmy units repelled an ISIS attack on a base near Kabajeb "
                   "in Deir ez-Zor on Friday, a field source told the agency.\n\nAccording to the source, ISIS "
                   "launched the assault before sunrise after setting off a car bomb near the Shoula bridge.")
    assert len(row["incidents"]) == 1


def test_monitor_says_what_the_gunmen_did() -> None:
    row = contract("Truffle hunters attacked near Uqayribat\n\nMilitants of the Islamic State group killed two truffle "
                   "hunters and abducted 14 others near Uqayribat in Hama province on Wednesday, a monitor said.\n\n"
                   "The monitor said the gunmen came in two pick-ups, shot dead two men who tried to run, and drove the "
                   "others to the desert of Homs.")
    assert len(row["incidents"]) == 1
