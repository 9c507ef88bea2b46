"""A line of a period's toll that names, inside the same sentence, the share one event took ("25 fighters of the
factions, including 11 members killed in a single strike in March"; "22 soldiers, among them 14 who were killed in the
ambush that hit a convoy near X on March 3"): the line stays a total and the share is an incident of its own. A share
tied to events in general, to some event of a kind ("killed in an attack in the X area") or to the line's own verb
("including 31 civilians, were killed in ...") is only a share (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs

_HEAD = ("The monitor counted 37 dead in the northern countryside of Aleppo during March 2024. "
         "They are distributed as follows:\n")


def test_a_share_killed_in_the_ambush_on_a_convoy_is_an_incident() -> None:
    row = titled(_HEAD + "- 22 members of regime forces, among them 14 soldiers who were killed in the ambush that hit "
                         "a convoy near Maskanah on March 3.\n- 15 civilians.\n")
    assert killed_per_incident(row) == [{"regime": 14}]
    assert ("regime", 22) in total_pairs(row)


def test_a_share_killed_in_a_single_airstrike_is_an_incident() -> None:
    row = titled(_HEAD + "- 25 fighters of the factions, including 11 members of Jaish al-Izza killed in a single "
                         "Russian airstrike in March.\n- 12 civilians.\n")
    assert killed_per_incident(row) == [{"hts_rebels": 11}]
    assert ("hts_rebels", 25) in total_pairs(row)


def test_a_share_killed_in_some_attack_stays_a_share() -> None:
    row = titled(_HEAD + "- 30 soldiers and militiamen, including four officers who died in an attack near the "
                         "town of Deir Hafer.\n- Seven civilians.\n")
    assert killed_per_incident(row) == []


def test_a_share_before_the_line_s_own_verb_stays_a_share() -> None:
    row = titled("SOHR said that 41 people, including 12 children, were killed in the bombardment of the eastern "
                 "districts since the start of the month.")
    assert killed_per_incident(row) == []


def test_a_share_of_several_ways_of_dying_stays_a_share() -> None:
    row = titled(_HEAD + "- 18 civilians, among them five farmers, killed by artillery shells or by mines left in "
                         "their fields.\n- Nine members of the factions.\n")
    assert killed_per_incident(row) == []
