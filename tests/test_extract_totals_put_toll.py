""""The interior ministry said 90 people died. The Observatory later put the toll at 152 dead: 130 soldiers and 22
civilians": the monitor that puts the toll of the event told at a figure, however large, gives that incident's toll
(``totals_put_toll``; SCHEMA: the SOHR figure over a claimant's), not a period total; so does "SOHR put the number of
Turkish troops killed at 22" after a governor's figure. Look-alikes: a put toll of several attacks or of a span of
time stays a total, and so does another party's large put toll.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_sums, total_pairs

_PARADE = ("Drone strike on army parade kills dozens\n\nA drone struck an army parade in the town of Qardaha on Tuesday "
           "afternoon, killing and wounding dozens of soldiers and onlookers. ")


def test_monitor_large_toll_with_breakdown_after_a_ministry_figure() -> None:
    text = _PARADE + ("The interior ministry said 90 people were killed, among them 10 women, and 250 were wounded. Hours on, "
                      "SOHR revised it and put the toll at 152 dead: 130 military personnel, most of "
                      "them young officers, and 22 civilians, mostly relatives of the officers.")
    assert killed_sums(text) == {"regime": 130, "civilians": 22}
    assert total_pairs(contract(text)) == []


def test_monitor_large_toll_among_them() -> None:
    text = _PARADE + ("The interior ministry said the blast killed 90 people. SOHR put the toll at 152, among them 22 "
                      "civilians, most of them relatives of the cadets, and 130 military personnel.")
    assert killed_sums(text) == {"regime": 130, "civilians": 22}


def test_monitor_puts_the_number_of_one_side_killed() -> None:
    text = ("Turkish soldiers killed in Idlib strike\n\nAt least 20 Turkish soldiers were killed and more than 15 wounded on "
            "Monday evening when an air strike hit their post near the village of Kafr Nouran in southern Idlib, a Turkish "
            "provincial governor said.\n\nFor its part, SOHR put the number of Turkish troops killed "
            "at 22, saying the raid was carried out by regime aircraft.")
    assert killed_sums(text) == {"turkey_factions": 22}
    assert total_pairs(contract(text)) == []


def test_put_toll_of_several_attacks_stays_a_total() -> None:
    text = _PARADE + ("For its part, SOHR put the toll of the attacks on the coast at 310 dead, "
                      "among them 120 civilians.")
    assert ("civilians", 120) in total_pairs(contract(text))


def test_put_toll_of_a_span_stays_a_total() -> None:
    text = _PARADE + "The Observatory put the number of civilians killed in the province since early March at 410."
    assert total_pairs(contract(text)) == [("civilians", 410)]


def test_another_partys_large_put_toll_stays_as_it_was() -> None:
    text = _PARADE + "Local activists put the toll at 160, among them 40 civilians."
    assert total_pairs(contract(text)) == [("civilians", 40), ("unknown", 160)]


def test_monitor_gave_a_higher_toll_of_the_event() -> None:
    text = _PARADE + (
        "The interior ministry said 90 people were killed. The Observatory gave a higher toll of 152 dead: 130 "
        "military personnel, most of them young officers, and 22 civilians, mostly relatives of the officers."
    )
    assert killed_sums(text) == {"regime": 130, "civilians": 22}
    assert total_pairs(contract(text)) == []


def test_a_given_toll_of_a_span_of_time_stays_a_total() -> None:
    text = _PARADE + (
        "The Observatory gave a toll of 152 dead in drone attacks on the coast since the start of the year: 130 "
        "soldiers and 22 civilians."
    )
    assert total_pairs(contract(text)) != []
