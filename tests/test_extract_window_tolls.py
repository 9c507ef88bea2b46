"""A sentence that counts the dead of a span of days ("in the past 72 hours", "since the start of the offensive",
"Since then", "during the same period") gives a period's toll, not the dead of the incident told beside it: the
incident keeps the figure told of it alone, or none. A running toll told after the figure ("..., bringing the toll in
the past 48 hours to 50") and a comparison ("the deadliest raid since the start of the war") leave the incident's own
figure alone. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_dead_since_then_are_no_toll_of_the_attack() -> None:
    text = ("Assault on Tal Hamis\n\nMilitia fighters stormed army posts at Tal Hamis, Hasakah, at dawn on Monday. Since "
            "then, at least nine militiamen and six soldiers have been killed in the fighting around the hill.")
    assert killed_per_incident(contract(text)) == [{}]


def test_figure_before_a_running_toll_of_two_days_stays() -> None:
    text = ("Raids on Tal Hamis\n\nOn Monday, 17 civilians were killed when jets bombed the market of Tal Hamis, "
            "Hasakah, bringing the toll in the past 48 hours to 30 civilians.")
    assert killed_per_incident(contract(text)) == [{"civilians": 17}]


def test_comparison_with_the_start_of_the_war_leaves_the_toll() -> None:
    text = ("Raid on Tal Hamis\n\nOn Monday, 17 civilians were killed when jets bombed the market of Tal Hamis, "
            "Hasakah, the deadliest raid on the town since the start of the war.")
    assert killed_per_incident(contract(text)) == [{"civilians": 17}]


def test_count_of_such_attacks_over_days_leaves_the_toll() -> None:
    text = ("Car bomb in Tal Hamis\n\nOn Monday, 8 civilians were killed by a car bomb near the bakery of Tal Hamis, "
            "Hasakah, the second such blast in three days.")
    assert killed_per_incident(contract(text)) == [{"civilians": 8}]


def test_first_attack_since_the_start_of_a_truce_leaves_the_toll() -> None:
    text = ("Blast in Tal Hamis\n\nOn Monday, 5 people were killed in a blast in Tal Hamis, Hasakah, the first bombing "
            "in the town since the launch of the operation.")
    assert killed_per_incident(contract(text)) == [{"unknown": 5}]


def test_span_of_a_relative_clause_after_the_figure_leaves_the_toll() -> None:
    text = ("Shelling of Tal Hamis\n\nOn Tuesday, 5 civilians were killed when army units, who have been advancing "
            "since the start of the offensive, shelled Tal Hamis, Hasakah.")
    assert killed_per_incident(contract(text)) == [{"civilians": 5}]


def test_bodies_pulled_since_then_are_the_toll_of_the_strike() -> None:
    text = ("Strike on Tal Hamis\n\nOn Sunday, jets struck the market of Tal Hamis, Hasakah. Since then, rescuers have "
            "pulled the bodies of 11 civilians from the rubble.")
    assert killed_per_incident(contract(text)) == [{"civilians": 11}]


def test_people_displaced_over_days_killed_in_one_strike_keep_the_toll() -> None:
    text = ("Strike on Tal Hamis\n\nOn Monday, 10 civilians, among them 4 children displaced to the town over the last "
            "three days, were killed in an airstrike on Tal Hamis, Hasakah.")
    assert killed_per_incident(contract(text)) == [{"civilians": 10}]


def test_escalation_between_parts_of_months_leaves_the_shelling_its_own_toll() -> None:
    text = ("Shelling of Tal Hamis\n\nOn 3 May, army rockets hit Tal Hamis, Hasakah, killing four civilians. Rights "
            "groups said the escalation between early May and late June killed 37 civilians in the town and nearby "
            "villages.")
    assert killed_per_incident(contract(text)) == [{"civilians": 4}]


def test_toll_of_a_campaign_in_one_month_is_no_raid_toll() -> None:
    text = ("Raid near Tal Hamis\n\nOn Friday, coalition drones struck a car near Tal Hamis, Hasakah, killing an ISIS "
            "commander. Figures released in May said partner forces carried out 25 operations against the group in "
            "one month, killing 14 militants.")
    assert killed_per_incident(contract(text)) == [{"isis": 1}]


def test_dead_of_the_few_days_of_fighting_are_no_toll_of_its_start() -> None:
    text = ("Fighting in Tal Hamis\n\nOn Saturday, tribal fighters attacked houses held by an ISIS cell in Tal Hamis, "
            "Hasakah. At least 9 ISIS members were killed in the three days, the monitor said.")
    assert killed_per_incident(contract(text)) == [{}]


def test_days_of_fighting_told_of_a_span_give_way_to_the_day_before() -> None:
    text = ("Clashes in Tal Hamis\n\nOn Saturday, a sniper shot dead two SDF fighters in Tal Hamis, Hasakah. The "
            "monitor said 15 SDF fighters were killed in the past four days of clashes around the town.")
    assert killed_per_incident(contract(text)) == [{"sdf": 2}]


def test_operations_within_a_single_month_had_killed_no_raid_toll() -> None:
    text = ("Raid near Tal Hamis\n\nOn Friday, coalition drones struck a car near Tal Hamis, Hasakah, killing an ISIS "
            "commander. Its latest monthly report said 25 operations against the group within a single month had "
            "killed 14 militants.")
    assert killed_per_incident(contract(text)) == [{"isis": 1}]


def test_uprising_in_parts_of_two_months_gives_no_incident_toll() -> None:
    text = ("Revolt near Tal Hamis\n\nThe tribal chief led the revolt against the SDF in mid-June and early July, when "
            "at least 70 people were killed in clashes that spread across the villages east of Tal Hamis, Hasakah.")
    assert killed_per_incident(contract(text)) == [{}]


def test_uprising_in_parts_of_two_months_leaves_the_shelling_its_toll() -> None:
    text = ("Revolt near Tal Hamis\n\nOn Monday, SDF forces shelled Tal Hamis, Hasakah, killing 3 civilians. The tribal "
            "chief led the revolt against the SDF in mid-June and early July, when at least 70 people were killed in "
            "clashes.")
    assert killed_per_incident(contract(text)) == [{"civilians": 3}]


def test_campaign_count_in_one_month_leaves_the_drone_strike_its_leader() -> None:
    text = ("Drone strike near Tal Hamis\n\nA coalition drone strike killed an ISIS leader near Tal Hamis, Hasakah, on "
            "Friday, the coalition said on Sunday.\n\nThe coalition said in a statement on Friday that the MQ-9 drones "
            "carried out the strike near the town.\n\nAnother statement said coalition forces and partners conducted "
            "25 operations against the group in Syria and Iraq in one month, killing 14 militants and detaining 40 "
            "others.")
    assert killed_per_incident(contract(text)) == [{"isis": 1}]


def test_year_of_drone_attacks_broken_down_leaves_the_strike_its_own_dead() -> None:
    text = ("Turkish drones carried out 40 attacks on the region this year\n\nTAL HAMIS - A Turkish drone hit a "
            "motorbike near Tal Hamis on Monday evening, martyring two SDF fighters and wounding a shepherd.\n"
            "According to the agency's records, the Turkish army carried out 40 drone attacks on the region since the "
            "beginning of 2023 until the end of April.\nThe drone attacks martyred 30 people: 18 fighters of the SDF "
            "and the Asayish, and 12 civilians.")
    assert killed_per_incident(contract(text)) == [{"sdf": 2}]


def test_a_state_s_count_of_its_soldiers_killed_in_the_country_is_no_strike_toll() -> None:
    text = ("Strike near Tal Hamis\n\nA Turkish air strike on a convoy near Tal Hamis, Hasakah, killed 5 civilians on "
            "Monday, the monitor said.\nTurkey says six of its soldiers have been killed in Syria.")
    assert killed_per_incident(contract(text)) == [{"civilians": 5}]


def test_soldiers_killed_in_a_syrian_town_stay_the_incident_s() -> None:
    text = ("Strike near Tal Hamis\n\nOn Monday, six Turkish soldiers have been killed in Syria's Tal Hamis, Hasakah, "
            "when a roadside bomb hit their vehicle.")
    assert killed_per_incident(contract(text)) == [{"turkey_factions": 6}]


def test_militants_killed_in_strikes_over_iraq_and_syria_are_no_incident_toll() -> None:
    text = ("Turkish jets strike near Tal Hamis\n\nTurkish jets killed six PKK militants near Tal Hamis, Hasakah, the "
            "ministry said on Monday.\n\nOn Saturday, the ministry said 14 militants had been killed in air strikes on "
            "hideouts in northern Iraq and Syria.")
    assert killed_per_incident(contract(text)) == [{"sdf": 6}, {}]  # (the strikes stay an event, with no toll)


def test_group_that_held_land_in_iraq_and_syria_keeps_the_toll_of_its_attack() -> None:
    text = ("Attack near Tal Hamis\n\nOn Monday, ISIS, which once held land in Iraq and Syria, killed 4 soldiers near "
            "Tal Hamis, Hasakah.")
    assert killed_per_incident(contract(text)) == [{"regime": 4}]


def test_militants_killed_over_the_past_days_are_no_toll_of_the_raid() -> None:
    text = ("Raid near Tal Hamis\n\nOn Monday, coalition forces raided a house near Tal Hamis, Hasakah, killing an ISIS "
            "leader.\n\nThe coalition said on Sunday that 20 militants had been killed in the past three weeks.")
    assert killed_per_incident(contract(text)) == [{"isis": 1}]
