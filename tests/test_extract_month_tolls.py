"""A figure whose sentence names a whole month as its span ("during the month of March 2019", "during the month",
"throughout June") or that follows a title's month heading ("March 2019 | 24 people killed ...") is the month's
toll, never one incident's. A day of the month, a comparison with the month's other events and a title that singles
out one event keep the incident's figure. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_tolls_under_a_month_heading_are_no_incident() -> None:
    text = ("Home | Dispatches\nMay 2018 | Jihadists kill 30 soldiers in the eastern steppe, while air raids and "
            "fighting kill 12 jihadists\nJune 1, 2018\nThe monitor counted these deaths in the eastern steppe during "
            "May 2018:\nSoldiers and allied militiamen: 30, killed in raids and ambushes by jihadist cells and by "
            "mines.\nJihadists: 12, killed in some 200 Russian air raids and in fighting with the army.\nThe worst "
            "attack of the month came on the 9th of May, when jihadist cells ambushed an army truck close to Arak, "
            "killing six soldiers.\n")
    assert killed_per_incident(contract(text)) == [{"regime": 6}]


def test_month_of_the_figure_in_its_own_sentence() -> None:
    text = ("The steppe in June: 30 soldiers killed\n\nThe monitor recorded during the month the deaths of 30 "
            "soldiers, among them 6 foreign militiamen, in ambushes by jihadist cells near Sukhnah in Homs.")
    assert killed_per_incident(contract(text)) == [{}]  # (the ambushes stay told, without the month's dead)


def test_title_singling_out_one_ambush_keeps_its_toll() -> None:
    text = ("July 2018 | 12 soldiers killed in single ambush near Palmyra\n\nJihadist cells ambushed an army convoy "
            "near Palmyra, Homs, on Tuesday, killing 12 soldiers.")
    assert killed_per_incident(contract(text)) == [{"regime": 12}]


def test_day_of_the_month_is_no_span() -> None:
    text = "Blast in Tafas\n\nOn May 4, gunmen killed 5 soldiers at a checkpoint in Tafas, Daraa."
    assert killed_per_incident(contract(text)) == [{"regime": 5}]


def test_fifth_strike_in_the_past_month_keeps_the_toll() -> None:
    text = ("Drone strike near Tal Hamis\n\nA drone killed 3 civilians near Tal Hamis, Hasakah, on Monday, the fifth "
            "such strike in the past month.")
    assert killed_per_incident(contract(text)) == [{"civilians": 3}]


def test_the_months_deadliest_attack_keeps_its_toll() -> None:
    text = ("Car bomb in Azaz\n\nIn the month's deadliest attack, a car bomb killed 11 civilians in the market of "
            "Azaz, Aleppo, on Friday.")
    assert killed_per_incident(contract(text)) == [{"civilians": 11}]


def test_the_month_also_saw_the_death_of_is_the_months_toll() -> None:
    text = ("The steppe in June: 30 soldiers killed\n\nThe monitor recorded in June the deaths of 30 soldiers in "
            "ambushes by jihadist cells.\nThe month also saw the death of 6 civilians, 4 of them shepherds killed by "
            "jihadist cells near Sukhnah and Arak.")
    assert all(not k.get("civilians") for k in killed_per_incident(contract(text)))
