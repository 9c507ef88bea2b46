"""A sentence that points back to a span's toll told before it ("The dead included ...", "... during these operations",
"Of the dead, ...") breaks that period total down: its figures are no incident's dead. A sentence that names a day of
its own, a single event ("when a shell exploded"), or a span that is only a relative clause's ("which has been
encircled since 2014") keeps the incident's figure. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_dead_included_after_a_span_of_hours_are_no_incident_toll() -> None:
    text = ("Fighting near Tal Hamis\n\nAt least 70 people have lost their lives over 72 hours of battles between army "
            "units and militia fighters around Tal Hamis in rural Hasakah, the monitor reported. The dead included 25 "
            "soldiers, 38 militiamen and seven civilians.")
    assert killed_per_incident(contract(text)) == [{}]


def test_dead_during_these_operations_of_a_month_are_no_incident_toll() -> None:
    text = ("Sweep in the east\n\nThe SDF announced the outcome of its raids on ISIS hideouts in rural Deir Ezzor during "
            "August. Its units carried out 19 raids that netted 40 suspects. Three SDF members lost their lives during "
            "these operations.")
    assert killed_per_incident(contract(text)) == []


def test_dead_included_after_one_day_stay_the_incident_toll() -> None:
    text = ("Attack on Tal Hamis\n\nMilitia fighters stormed army posts near Tal Hamis in rural Hasakah on Monday, the "
            "monitor reported. The dead included 12 soldiers.")
    assert killed_per_incident(contract(text)) == [{"regime": 12}]


def test_span_of_a_relative_clause_leaves_the_raids_toll() -> None:
    text = ("Bombs on Zabadani\n\nHelicopters dropped barrel bombs on Zabadani, which has been encircled since 2014, the "
            "monitor said. Jets later carried out 20 raids on the nearby village of Madaya, where three fighters died.")
    assert killed_per_incident(contract(text)) == [{"unknown": 3}]


def test_one_event_among_the_dead_of_a_month_is_not_dropped_with_them() -> None:
    text = ("Afrin in May\n\nThe local rights office recorded the deaths of 9 civilians in Afrin during May 2022. Of the "
            "dead, four were shot by gunmen, and two boys died when a shell exploded near their school in Rajo. Gunmen "
            "also shot dead a farmer in Rajo on 20 May.")
    assert killed_per_incident(contract(text)) == [{"civilians": 1}]


def test_dead_added_to_a_breakdown_of_a_quarter_are_no_incident_toll() -> None:
    text = ("Lawless north\n\nThe monitor counted 50 deaths in the areas held by the factions during the second quarter "
            "of 2023. The dead include 20 civilians and 18 faction members. Four other bodies were found on roadsides, "
            "while eight SDF fighters were also killed by Turkish artillery near Tal Rifaat.")
    assert all("sdf" not in killed for killed in killed_per_incident(contract(text)))


def test_dead_also_killed_on_the_day_of_an_attack_keep_its_toll() -> None:
    text = ("Raid on Tal Hamis\n\nJets bombed the market of Tal Hamis in rural Hasakah on Monday, killing 11 civilians. "
            "Four militiamen guarding the market were also killed.")
    # (the four militiamen were dropped as civilians fewer than the 11 until round 65: armed men of no side now)
    assert killed_per_incident(contract(text)) == [{"civilians": 11, "unknown": 4}]


def test_other_after_a_span_toll_in_an_event_of_its_own_keeps_its_toll() -> None:
    text = ("Sweida feud\n\nFighting between the two villages has killed 22 people over the past four days. A sniper in "
            "the other village shot dead a shepherd near the road to Qanawat.")
    assert killed_per_incident(contract(text)) == [{"civilians": 1}]


def test_also_after_a_span_toll_in_a_strike_of_its_own_keeps_its_toll() -> None:
    text = ("Hama strike\n\nIsraeli strikes have killed 30 regime soldiers over the past three days. Israeli jets also "
            "struck a weapons depot in Masyaf, killing four soldiers and two Iranian advisers.")
    assert killed_per_incident(contract(text)) == [{"regime": 4, "pro_iran_foreign": 2}]


def test_other_dead_of_a_shell_after_a_span_with_no_toll_keep_their_toll() -> None:
    text = ("Ariha\n\nRegime forces have shelled Ariha repeatedly since the start of the escalation. Two other civilians "
            "were killed by a shell on the market, and three children were wounded.")
    assert killed_per_incident(contract(text)) == [{"civilians": 2}]
