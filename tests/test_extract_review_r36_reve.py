"""Review r36 (reve): sentences near three round-36 rules that are not what the rules were written for.

* ``calendar_sentence``: a day's strikes whose toll comes before the year ("..., killing five militiamen, the 30th such
  attack in 2024") are the day's incident, not a total of the year.
* ``incident_tally_shares``: after a period total, a day's bombardment with a few hundred rockets, and events of their
  own told with "respectively", keep their dead.
* ``casualty_named_first``: a figure after "killed <Name> and" that heads a clause with its own verb ("and two women
  were injured") does not take the killing verb.

Every sentence here was written for these tests; places are real Syrian names, the people and events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_per_incident, killed_sums, titled, total_pairs

_LEAD = ("The monitor has documented the deaths of 389 people across Syria since the beginning of April 2024, among "
         "them 151 civilians.\n\n")


def test_day_strikes_with_the_year_named_after_the_toll_stay_an_incident() -> None:
    row = titled("Israeli warplanes launched two strikes on positions of Iranian militias near Kisweh at dawn today, "
                 "killing five militiamen, the 30th Israeli attack on Syria in 2024.", "2024-06-12")
    assert total_pairs(row) == []
    assert len(row["incidents"]) == 1


def test_a_few_hundred_rockets_after_a_period_total_stay_an_incident() -> None:
    row = titled(_LEAD + "Regime forces fired more than 300 rockets at Sarmin town in the evening, killing three "
                         "civilians.", "2024-06-12")
    assert killed_per_incident(row) == [{"civilians": 3}]


def test_events_of_their_own_told_respectively_after_a_total_keep_their_dead() -> None:
    row = titled(_LEAD + "Two explosive devices exploded in Jarablus and Bab, with 4 and 2 deaths respectively, "
                         "medical sources said.", "2024-06-12")
    assert sum(sum(k.values()) for k in killed_per_incident(row)) > 0


def test_figure_with_a_verb_of_its_own_after_a_named_victim() -> None:
    text = ("Monitor update\n\nA drone strike on Tuesday killed Yaser Bakour and three children were wounded near "
            "Binnish.")
    assert injured_sums(text) == {"civilians": 3}
    assert killed_sums(text).get("civilians", 0) != 3


def test_figure_arrested_after_a_named_victim_is_no_dead() -> None:
    assert killed_sums("Monitor update\n\nOn Tuesday, gunmen in Nawa shot dead Samer Hourani and two of his "
                       "companions were arrested by the security forces.") == {}
