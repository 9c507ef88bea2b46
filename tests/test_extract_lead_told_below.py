"""A wire story's lead told again below (``incident_lead_told_below``): the lead's summary of an incident ("killed 12
pro-government fighters in an attack on Tuesday, a monitor said") is dropped where a later paragraph tells the incident
of its kind with the same dead of each side, at the lead's places or more exactly placed.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, killed_per_incident, place_names


def test_lead_of_two_events_told_again_paragraph_by_paragraph() -> None:
    text = ("Jihadists strike army posts in the desert: monitor\n\n"
            "Beirut (AFP) - Islamic State group jihadists killed 12 pro-government fighters in an attack on their "
            "positions in the desert on Tuesday, a war monitor said, while two soldiers died in a separate mine blast.\n\n"
            "The Syrian Observatory for Human Rights said IS fighters stormed posts of the army and the National Defence "
            "Forces near the town of Arak, east of Palmyra, killing eight soldiers and four NDF members. Ten others were "
            "wounded, and at least three jihadists were killed in the fighting.\n\n"
            "Earlier Tuesday, two soldiers were killed when a landmine went off under their truck near al-Tayyibah.")
    row = contract(text, date(2024, 2, 14))
    assert killed_per_incident(row) == [{"isis": 3, "regime": 12}, {"regime": 2}]
    assert place_names(row)[0][0] == "Arak"


def test_lead_placed_in_the_town_told_again_there() -> None:
    text = ("Drones pound cells after deadly attack\n\n"
            "Russian jets carried out dozens of raids on Monday on hideouts in the desert, a day after the jihadists killed "
            "six regime soldiers near the town of Arak, east of Homs.\n\n"
            "On Sunday, ISIS cells attacked a checkpoint near Arak, killing six soldiers and wounding three others.")
    row = contract(text, date(2024, 2, 14))
    assert [k for k in killed_per_incident(row) if k] == [{"regime": 6}]


def test_lead_of_another_day_stays() -> None:
    # the later paragraph tells the same toll on another day: another incident, the lead stays
    text = ("Attacks in the desert\n\n"
            "Jihadists killed seven soldiers in an attack near Arak on Tuesday, a monitor said.\n\n"
            "On Monday, IS fighters attacked posts near Arak, killing seven soldiers.")
    row = contract(text, date(2024, 2, 14))
    assert killed_per_incident(row) == [{"regime": 7}, {"regime": 7}]


def test_detail_in_the_same_paragraph_is_not_a_lead_told_again() -> None:
    text = ("Clashes near Arak\n\n"
            "Jihadists killed four soldiers in an attack on Tuesday. Hours later, IS fighters attacked posts near Arak, "
            "killing four soldiers.")
    row = contract(text, date(2024, 2, 14))
    assert len(row["incidents"]) == 2


def test_lead_in_another_governorate_stays() -> None:
    # the same toll told below in another province: two attacks, not a lead told again
    text = ("Attacks across Syria\n\n"
            "Gunmen killed three soldiers in an attack on a checkpoint in Daraa province on Monday, a monitor said.\n\n"
            "In Deir Ezzor, ISIS cells attacked a position near the town of al-Mayadeen on Monday, killing three soldiers.")
    row = contract(text, date(2024, 2, 14))
    assert killed_per_incident(row) == [{"regime": 3}, {"regime": 3}]


_PEOPLE_LEAD = ("Rockets hit homes in the south\n\n"
                "AMMAN (Reuters) - Rockets hit two farms in Syria's Daraa province overnight, killing at least nine "
                "people, residents said.\n\n"
                "One rocket flattened a house in the village of Nasib, while another hit a farm near Um al-Mayadhin.\n\n"
                "A war monitor put the toll at {} civilians.")


def test_lead_of_people_told_again_as_civilians() -> None:
    # the lead's "people" (of no named side) are the later paragraph's civilians, as many in all
    row = contract(_PEOPLE_LEAD.format("nine"), date(2024, 2, 14))
    assert [k for k in killed_per_incident(row) if k] == [{"civilians": 9}]


def test_lead_of_people_with_another_toll_below_stays() -> None:
    # the later paragraphs tell fewer dead in all: maybe another count, the lead stays
    row = contract(_PEOPLE_LEAD.format("five"), date(2024, 2, 14))
    assert len([k for k in killed_per_incident(row) if k]) == 2


def test_lead_that_splits_the_dead_finer_gives_its_split() -> None:
    # the lead's smuggler (of no named side) and his family (civilians), then "all six family members": one strike,
    # with the lead's split of the same six dead
    text = ("Strikes inside Syria kill smuggler, family - sources\n"
            "May 9 (Wire) - Jordanian air strikes in southern Syria on Tuesday killed a well-known drug smuggler along "
            "with his wife and four children, residents and a monitor said.\n"
            "The first strike destroyed the home of the smuggler in the village of Tarba, in the countryside of Sweida "
            "province, killing all six family members inside, the sources said.\n"
            "A second strike hit a building near the town of Salkhad in the same province. There were no reports of "
            "casualties there.")
    row = contract(text, date(2023, 5, 9))
    assert killed_per_incident(row) == [{"civilians": 5, "unknown": 1}, {}]
