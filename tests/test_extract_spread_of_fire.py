"""The fire of the incident told so far said to have fallen on more places, with no victims there, is the same
bombardment (incident_spread); a paragraph opening with another doer and kind is another event (incident_other_doer);
"In the meantime" turns to another event (segment.TRANSITION_RE). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds, place_names, titled

_LEAD = ("A woman was killed on Monday morning when regime forces fired artillery shells at the village of Kansafra in "
         "the southern countryside of Idlib, the monitor said.")


def test_shells_also_falling_on_nearby_villages_stay_the_same_shelling() -> None:
    for more in ("According to local sources, shells also fell on the nearby villages of Al-Bara and Fleifel, "
                 "leaving material damage.",
                 "Rockets also landed in the surroundings of Al-Bara without causing casualties.",
                 "The sources said mortar rounds also hit the neighbouring village of Al-Bara, damaging houses."):
        row = titled(_LEAD + " " + more)
        assert kinds(row) == ["shelling"], more
        assert "Al-Bara" in place_names(row)[0], more


def test_shells_falling_later_or_with_victims_stay_apart() -> None:
    for more in ("Regime shells also fell on the nearby village of Al-Bara later in the day, without casualties.",
                 "Shells also fell on the nearby village of Al-Bara, killing two children."):
        row = titled(_LEAD + " " + more)
        assert kinds(row) == ["shelling", "shelling"], more


def test_a_paragraph_with_another_doer_and_kind_is_another_event() -> None:
    row = titled(
        _LEAD + " Shells also fell on the nearby villages of Al-Bara and Fleifel, leaving material damage.\n"
        "On the southern edge of Jabal al-Zawiya, a sniper of Hayat Tahrir al-Sham shot dead a regime soldier at a "
        "position on the Kafr Nabl front."
    )
    assert kinds(row) == ["shelling", "attack"]
    assert killed_per_incident(row) == [{"civilians": 1}, {"regime": 1}]


def test_in_the_meantime_turns_to_another_event() -> None:
    for turn in ("In the meantime", "At the same time", "Simultaneously"):
        row = contract(
            "Share this:\n"
            "The death toll of yesterday's Turkish drone strike on a military vehicle belonging to the Manbij Military "
            "Council, one of the SDF formations, near Arima village in the countryside of Manbij in eastern Aleppo, has "
            "risen to four, after a fighter succumbed to his wounds this morning. Three others are still in hospital.\n"
            f"{turn}, Turkish forces and their proxy factions fired dozens of artillery shells on villages in the "
            "countryside of Manbij, including Arab Hassan and Um Adasa, causing material damage only."
        )
        assert kinds(row) == ["drone_strike", "shelling"], turn


def test_attackers_also_killed_in_fighting_another_party_ended_stay_the_attack_s_dead() -> None:
    row = titled(
        "ISIS fighters killed nine regime soldiers in an overnight attack on positions north of the town of "
        "al-Sukhnah, the monitor said.\n"
        "Seven ISIS members also died in hours of fighting that ended only after Russian warplanes intervened."
    )
    assert kinds(row) == ["attack"]
    assert killed_per_incident(row) == [{"regime": 9, "isis": 7}]
