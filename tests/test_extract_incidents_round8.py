"""Round 8 of the written sets: where one incident ends and the next begins, what is no incident, and what kind each
is, checked on sentences written for these tests (none is taken from an evaluation set).

Each construction has a test that failed before round 8, and a look-alike whose reading must not change.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, governorates, killed_per_incident, kinds
from observatory.extract import extract_report
from observatory.extract.incident_trailers import link_sentences
from observatory.extract.text import Sentence, working_copy
from observatory.models import Report

DAY = date(2023, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


# --- links to other stories printed under the report -----------------------------------------------------------------


def _links(text: str, first_len: int) -> frozenset[int]:
    """The link sentences of a text of two paragraphs: a body sentence of ``first_len`` characters, then the rest."""
    work = working_copy(text)
    sents = [Sentence(0, first_len, 0, first_in_paragraph=True), Sentence(first_len + 1, len(work), 1, first_in_paragraph=True)]
    return link_sentences(work, sents)


def test_headlines_under_a_related_label_in_one_block_are_no_incidents() -> None:
    body = "Gunmen shot dead a teacher in the town of Nawa on Monday."
    text = body + "\nRelated posts\nThree farmers killed by landmine explosion near Maarat al-Numan\nTags: Daraa, security chaos"
    assert _links(text, len(body)) == frozenset({1})


def test_a_told_sentence_under_a_label_line_is_still_read() -> None:
    body = "Gunmen shot dead a teacher in the town of Nawa on Monday."
    text = body + "\nRead more\nOn Tuesday, a landmine exploded near Maarat al-Numan, killing three farmers."
    assert _links(text, len(body)) == frozenset()


# --- a roundup's sections labelled by province -----------------------------------------------------------------------


def test_each_province_label_opens_an_incident_of_its_own() -> None:
    row = run("Idlib: two soldiers were killed when rebels attacked a checkpoint near the town of Ariha.\n\n"
              "Hama: a man was shot dead by the gunfire of security forces at a checkpoint in the city.")
    assert governorates(row) == ["Idleb", "Hama"]


def test_paragraphs_under_one_province_label_can_stay_one_incident() -> None:
    row = run("Deir Ezzor: regime forces shelled the town of Muhasan on Friday, killing three civilians.\n\n"
              "Two more civilians were wounded in the shelling, medical sources said.")
    assert len(row["incidents"]) == 1


# --- a lead of one side, then the monitor's breakdown by side --------------------------------------------------------


def test_a_lead_toll_broken_down_by_side_is_one_incident() -> None:
    row = contract("Militants kill 12 shepherds in Syrian desert: monitor\n\n"
                   "ISIS militants killed at least 12 people, most of them shepherds, in an attack in the eastern Syrian "
                   "desert on Monday, a monitor said.\n\n"
                   "\"The militants opened fire on the shepherds near the village of Uqayribat in Hama province,\" the "
                   "Observatory said, adding that ten civilians and two regime soldiers escorting them were killed.", DAY)
    assert killed_per_incident(row) == [{"civilians": 10, "regime": 2}]


def test_other_dead_told_after_a_lead_that_do_not_add_up_to_it_stay_apart() -> None:
    row = run("ISIS militants killed at least 12 shepherds in an attack in the Hama desert on Monday.\n\n"
              "On Sunday, a landmine blast near the village of Uqayribat killed four civilians and one regime soldier.")
    assert len(row["incidents"]) == 2


# --- an earlier attack with its own dead, recalled in the sentence of the new one ------------------------------------


def test_an_attack_days_before_with_its_own_dead_is_another_incident() -> None:
    row = run("Three SDF fighters were killed on Sunday when ISIS cells attacked their checkpoint near the town of "
              "Diban, a week after five fighters were killed in a similar attack in the same area.")
    assert sorted(sum(k.values()) for k in killed_per_incident(row)) == [3, 5]


def test_a_victim_who_died_days_after_he_was_shot_is_one_incident() -> None:
    row = run("A young man died of his wounds on Sunday in the town of Tafas, days after he was shot by unknown gunmen.")
    assert len(row["incidents"]) == 1


# --- a siege with no toll is no incident of the schema -----------------------------------------------------------------


def test_a_siege_with_no_toll_is_left_out_of_the_row_but_kept_as_an_event() -> None:
    text = "Monitor update\n\nRegime forces tightened their blockade on the town of Kafr Batna on Wednesday, closing its roads."
    assert contract(text, DAY)["incidents"] == []
    assert [e.event_type for e in extract_report(Report(text=text, published=DAY)).events] == ["siege"]


def test_a_siege_with_a_toll_stays_an_incident() -> None:
    row = run("Regime forces besieged the town of Kafr Batna on Wednesday, and two children died of hunger.")
    assert len(row["incidents"]) == 1


# --- kinds told by who killed whom ------------------------------------------------------------------------------------


def test_a_man_shot_by_his_brother_in_a_quarrel_is_a_murder() -> None:
    row = run("In the city of Salamiyah, a man was shot dead by his brother during a quarrel on Monday evening.")
    assert kinds(row) == ["other"]


def test_a_killing_over_a_land_dispute_is_a_murder() -> None:
    row = run("A farmer was shot dead in the village of Al-Tayyana on Monday over a land dispute with his neighbours.")
    assert kinds(row) == ["other"]


def test_gunmen_shooting_an_official_is_still_an_assassination() -> None:
    row = run("Unknown gunmen shot dead a member of the town council of Jasim in the countryside of Daraa on Monday.")
    assert kinds(row) == ["assassination"]


def test_gunmen_wounding_the_one_man_they_fired_on_is_an_assassination() -> None:
    row = run("Unidentified gunmen opened fire on a member of the Air Force Intelligence in the town of Inkhil in "
              "northern Daraa on Monday, wounding him.")
    assert kinds(row) == ["assassination"]


def test_gunmen_firing_on_a_checkpoint_is_still_an_attack() -> None:
    row = run("Unidentified gunmen opened fire on a regime checkpoint in the town of Inkhil in northern Daraa on Monday, "
              "wounding a soldier.")
    assert kinds(row) == ["attack"]


def test_a_cell_blamed_for_assassinations_is_no_assassination_itself() -> None:
    row = run("SDF units raided a house in the village of Abu Hamam in the eastern countryside of Deir Ezzor on Monday, "
              "targeting an ISIS cell blamed for a number of assassinations, and killed one of its members.")
    assert kinds(row) == ["attack"]


def test_an_assassination_told_as_such_is_kept() -> None:
    row = run("Gunmen assassinated a local commander of the SDF in the village of Abu Hamam in the eastern countryside "
              "of Deir Ezzor on Monday.")
    assert kinds(row) == ["assassination"]


def test_a_blast_of_unknown_nature_stays_other_whatever_device_is_wondered_about() -> None:
    row = run("A blast of unknown origin hit a position of the National Front for Liberation near Ariha on Monday, "
              "wounding two fighters. It is unclear whether an explosive device caused it.")
    assert kinds(row) == ["other"]


def test_a_blast_of_a_named_device_is_still_a_bomb() -> None:
    row = run("An explosive device went off near a position of the National Front for Liberation near Ariha on Monday, "
              "wounding two fighters.")
    assert kinds(row) == ["ied_landmine"]


def test_coalition_missiles_are_launched_from_the_air() -> None:
    row = run("Coalition missiles struck a car carrying two ISIS leaders near the town of Al-Bab on Monday, killing "
              "both of them.")
    assert kinds(row) == ["airstrike"]


def test_regime_missiles_are_still_shelling() -> None:
    row = run("Regime missiles struck the outskirts of the town of Al-Bara on Monday, killing two civilians.")
    assert kinds(row) == ["shelling"]


# --- gunfire only heard -------------------------------------------------------------------------------------------------


def test_sporadic_gunfire_heard_in_a_city_is_no_incident() -> None:
    row = run("Gunmen shot dead a pharmacist in the town of Nawa on Monday.\n\n"
              "Residents of Daraa city reported intermittent gunfire in several neighbourhoods on Tuesday night.")
    assert len(row["incidents"]) == 1


def test_gunmen_firing_on_a_car_with_no_one_hurt_is_still_an_incident() -> None:
    row = run("Gunmen opened fire on a car of a regime officer in the town of Nawa on Monday, without casualties.")
    assert len(row["incidents"]) == 1


# --- one earlier event, opened by when it took place ------------------------------------------------------------------


def test_last_months_similar_dispute_is_an_incident_of_the_same_kind() -> None:
    row = run("Two men were killed in armed clashes between two clans in the town of Diban on Monday evening.\n\n"
              "Last month, a similar feud in the village of Al-Tayyana left three people dead.")
    assert kinds(row) == ["clash", "clash"]


def test_last_months_toll_over_a_province_is_still_a_total() -> None:
    row = run("Two men were killed in armed clashes between two clans in the town of Diban on Monday evening.\n\n"
              "Last month, 40 people were killed in Deir Ezzor province in clan fighting.")
    assert len(row["incidents"]) == 1


# --- a lead that counts several strikes, then tells them one by one ----------------------------------------------------


def test_strikes_told_one_by_one_after_their_joint_lead_are_the_incidents() -> None:
    row = run("Russian airstrikes killed seven people in Idlib province on Monday, the monitor said.\n\n"
              "One strike hit a poultry farm near the town of Binnish, killing three workers, while a second strike on "
              "a house in the village of Kafr Nabl killed four civilians.")
    assert sorted(sum(k.values()) for k in killed_per_incident(row)) == [3, 4]


def test_the_first_strike_told_after_a_lead_that_the_strikes_do_not_add_up_to_is_apart() -> None:
    row = run("Russian airstrikes killed 11 people in Idlib province on Monday, the monitor said.\n\n"
              "One strike hit a poultry farm near the town of Binnish, killing three workers, while a second strike on "
              "a house in the village of Kafr Nabl killed four civilians.")
    assert len(row["incidents"]) == 3


# --- the toll of raids just told in one town ----------------------------------------------------------------------------


def test_dead_of_the_raids_just_told_in_one_town_are_their_toll() -> None:
    row = run("Security forces stormed the village of Al-Musayfirah on Monday and searched several houses. Local sources "
              "said that two young men were shot dead by the security forces during the raids.")
    assert killed_per_incident(row) == [{"unknown": 2}]
    assert row["totals"] == []


def test_dead_of_attacks_told_in_two_places_stay_a_total() -> None:
    row = run("ISIS cells attacked regime positions near Al-Sukhnah and Arak on Monday. Four soldiers were killed in "
              "the attacks.")
    assert [t["killed"] for t in row["totals"]] == [4]


# --- one event told after a period total, opened by where it happened ---------------------------------------------------


def test_one_strike_opened_by_its_town_after_a_period_total_is_an_incident() -> None:
    row = run("SOHR documented the death of 19 civilians in the past 24 hours in Russian airstrikes on towns of southern "
              "Idlib. In the town of Kafr Nabl, an airstrike on a house killed seven members of one family.")
    assert killed_per_incident(row) == [{"civilians": 7}]


def test_a_towns_toll_over_a_week_after_a_period_total_is_still_a_total() -> None:
    row = run("SOHR documented the death of 19 civilians in the past 24 hours in Russian airstrikes on towns of southern "
              "Idlib. In the town of Kafr Nabl, a series of airstrikes killed seven civilians over the past week.")
    assert killed_per_incident(row) == []


# --- clashes that no side started ----------------------------------------------------------------------------------------


def test_dead_of_no_side_in_clashes_between_equals_are_of_no_side() -> None:
    row = run("Clashes broke out on Monday between regime forces on one side and local gunmen on the other in the town "
              "of Al-Sanamayn, killing two soldiers and three gunmen.")
    assert killed_per_incident(row) == [{"regime": 2, "unknown": 3}]


def test_dead_of_no_side_in_an_attack_on_a_side_are_still_its_dead() -> None:
    row = run("ISIS cells attacked a regime checkpoint near the town of Al-Sukhnah on Monday, killing three soldiers, "
              "and five others were wounded.")
    assert killed_per_incident(row) == [{"regime": 3}]
    assert [i["injured"] for i in row["incidents"]] == [{"regime": 5}]


def test_dead_fighters_of_infighting_between_factions_of_one_side_are_its_dead() -> None:
    row = run("Two fighters were killed and four others wounded on Monday in clashes between the Sultan Murad Division "
              "and the Levant Front in the town of Azaz over the control of a crossing.")
    assert killed_per_incident(row) == [{"turkey_factions": 2}]
