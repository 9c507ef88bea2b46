"""Review of round-35 rules (reviewe): look-alikes the rules were not written for.

* casualty_bystanders: a part whose own words name a combatant ("a commander who was passing by", "an officer hit by a
  stray shell") stays with its armed side;
* incident_landmark: "the camp" where the report names camps of the kind in two governorates ("al-Hol camp in Hasakah",
  "displacement camps in northern Idlib") takes neither;
* totals_syrian_militia: Syrians killed in clashes with (or by) Iranian-backed militias are not of the militias;
* casualty_parent_of: "killed a mother of three and wounded her two sons": the parent takes the verb before her.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import governorates, injured_sums, killed_sums, titled

T = "Local update\n\n"


def test_commander_passing_by_stays_a_fighter() -> None:
    text = T + "On Monday a drone hit a pickup near Kafr Lusin, killing four HTS members, including a commander who was passing by in his car."
    assert killed_sums(text) == {"hts_rebels": 4}


def test_officer_hit_by_stray_shell_stays_a_soldier() -> None:
    text = T + "Fighting near Nawa on Monday left 4 regime soldiers dead, including an officer hit by a stray shell."
    assert killed_sums(text) == {"regime": 4}


def test_civilian_passing_by_still_apart() -> None:
    text = T + "Fighting near Nawa on Monday left 4 regime soldiers dead, including a civilian who was passing by."
    assert killed_sums(text) == {"regime": 3, "civilians": 1}


def test_the_camp_with_camps_of_the_kind_in_two_governorates() -> None:
    row = titled("Many families who left al-Hol camp in Hasakah now live in tent camps in northern Idlib.\n\n"
                 "On Monday, artillery fire fell on the camp, killing one child and wounding three women.")
    assert governorates(row) == [None]


def test_syrians_killed_in_clashes_with_the_militias_keep_the_regime_label() -> None:
    text = ("The number of regime soldiers and loyalists killed since the start of the year has risen to 120, including 14 "
            "Syrians killed in clashes with Iranian-backed militias near Mayadin.")
    assert [(t["side"], t["of_which"]) for t in titled(text)["totals"]] == [("regime", {"regime": 14})]


def test_parent_killed_before_her_children_wounded() -> None:
    text = T + "Government artillery hit Ariha on Monday and killed a mother of three and wounded her two sons."
    assert killed_sums(text) == {"civilians": 1}
    assert injured_sums(text) == {"civilians": 2}
