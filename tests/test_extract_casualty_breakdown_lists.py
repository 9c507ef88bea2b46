"""Casualty figures broken down into parts.

* parts that add up to a figure of people replace it; parts that do not are no breakdown;
* parts after a colon, a dash, a cue word, in brackets before the role word, or before their cue ("two children and a
  woman among them");
* parts by party of a quarrel, by kind, of a mixed figure; items after a nested breakdown or an aside; "of whom were";
* figures that share a verb "along with" the first; a list after a comma is no breakdown; a breakdown after a possessive
  adds nothing.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run, totals
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from mention_rows import mentions


def test_parts_by_party_of_a_quarrel_keep_the_whole_side() -> None:
    text = ("Clan fighting near Al-Shaddadi\n\nA quarrel over land turned into a gunfight near Al-Shaddadi on Monday. SOHR "
            "sources said that four people were killed in the gunfight, three from one family and one from the other.")
    assert killed(text) == {"unknown": 4}


def test_parts_by_kind_still_break_down() -> None:
    # look-alike: parts that say who the people were still give their sides
    text = ("Shelling near Al-Bab\n\nFive people were killed on Monday in shelling near Al-Bab, three civilians and two members "
            "of the factions.")
    assert killed(text)["civilians"] == 3


def test_parts_in_brackets_before_the_role_word() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday. Six people (four soldiers and two members "
            "of Hezbollah) were killed in the strike.")
    assert killed(text) == {"regime": 4, "pro_iran_foreign": 2}


def test_bracketed_words_without_figures_are_no_parts() -> None:
    # look-alike: a bracket that names the group, with no figure, keeps the figure whole
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six members of the National "
            "Defence Forces (NDF).")
    assert killed(text) == {"regime": 6}


def test_parts_after_a_toll_of_people_take_no_side_from_an_older_toll() -> None:
    # look-alike: a nearer toll of people of no side holds the parts; the title's civilians lend none of theirs
    text = ("Toll of Homs bombing rises to 20, as shelling kills four civilians in Idlib\n\nThe toll of the bombing of a bus "
            "station in Homs yesterday has risen to 20 people, after more of the wounded died. The dead are eight civilians "
            "and 12 military personnel.")
    assert _sides(text, "The dead are") == [("killed", 8, "civilians"), ("killed", 12, "regime")]


def test_parts_before_among_them() -> None:
    text = ("Shelling on Kansafra\n\nSix civilians, three children and a woman among them, were killed on Tuesday when regime "
            "artillery hit houses in Kansafra.")
    assert killed(text) == {"civilians": 6}


def test_part_before_of_them() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery hit houses in Kansafra on Tuesday, killing eight civilians, four children "
            "of them, a monitor said.")
    assert killed(text) == {"civilians": 8}


def test_list_after_comma_is_no_breakdown() -> None:
    # look-alike: parts with no cue after them are a list, not a breakdown
    text = ("Clashes near Saraqib\n\nClashes near Saraqib on Tuesday left seven soldiers, four HTS fighters dead.")
    assert killed(text) == {"regime": 7, "hts_rebels": 4}


def test_parts_with_the_after_a_toll_of_people() -> None:
    text = ("Drone strike near Derbasiyah\n\nThe monitor said the drone strike near Derbasiyah on Monday killed five people, "
            "the four SDF fighters and a civilian driver, and wounded another civilian.")
    assert killed(text) == {"sdf": 4, "civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_civilian_woman_is_a_part_of_a_mixed_breakdown() -> None:
    text = T + ("Fighting erupted in Al-Mazraa on Tuesday. The monitor said 12 people were killed in the fighting: eight members "
                "of the local factions, three gunmen of the gang and a civilian woman.")
    assert killed(text)["civilians"] == 1


def test_aside_with_mostly_then_next_part() -> None:
    text = T + ("The death toll of the drone strike on a militia convoy near Al-Bukamal rose to ten. The dead include six "
                "non-Syrian militiamen, mainly Afghans of the Fatemiyoun, and four Syrians working with the militias.")
    assert killed(text) == {"pro_iran_foreign": 6, "regime": 4}


def test_how_they_died_between_two_parts() -> None:
    text = T + ("The death toll of the ISIS raid on Al-Mazraa yesterday has risen to 20, after more people died of their "
                "wounds. The dead are 12 civilians, including two women, who were killed in their homes, and eight members "
                "of regime forces.")
    assert killed(text) == {"civilians": 12, "regime": 8}


def test_bare_toll_with_fighters_is_left_to_its_parts() -> None:
    text = T + "The death toll of the clashes in Jasim rose to five, including three fighters of the factions."
    assert killed(text) == {"hts_rebels": 3}


def test_part_killed_of_a_mixed_figure_takes_its_side() -> None:
    text = ("Infiltration attempt near Manbij\n\nFighters of the Manbij Military Council repelled an attack by Turkish-backed "
            "factions near Arima on Friday, and the fighting left eight members of the factions killed and wounded, "
            "three of them were killed.")
    assert killed(text) == {"turkey_factions": 3}


def test_part_of_the_slain_of_the_same_side_keeps_the_toll() -> None:
    text = ("Ambush near Mayadin\n\nISIS cells ambushed Iranian-backed militiamen near Mayadin on Friday, killing eight of them. "
            "Three of the slain fighters were Iraqis.")
    assert killed(text) == {"pro_iran_foreign": 8}


@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli strike hit a house in Sayyida Zeinab on Monday, killing an IRGC officer along with two of his companions, "
     "whose nationalities were not identified.", {"pro_iran_foreign": 1, "unknown": 2}),
    ("Gunmen ambushed a car near Tafas on Friday, killing a Military Security officer along with three of his escorts.",
     {"regime": 4}),
    ("A drone strike on a car near Al-Bukamal on Sunday killed a Hezbollah commander together with two of his escorts.",
     {"pro_iran_foreign": 3}),
])
def test_a_figure_along_with_the_one_person_killed(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "expected"), [
    ("SOHR has documented 37 operations by ISIS cells in SDF-held areas since early this year, in which 31 people were "
     "killed, 24 SDF and Asayish members and seven civilians.", [("civilians", 7), ("sdf", 24)]),
    ("SOHR has documented the deaths of 13 people in Russian airstrikes since the morning, nine civilians and four HTS "
     "members.", [("civilians", 9), ("hts_rebels", 4)]),
    ("Since January, 20 persons have lost their lives in Daraa - 12 civilians, including 3 children, and 8 regime "
     "soldiers.", [("civilians", 12), ("regime", 8)]),
    ("Since the start of the year, 40 people have been killed in the province: 25 civilians, ten regime soldiers and "
     "five ISIS members.", [("civilians", 25), ("isis", 5), ("regime", 10)]),
])
def test_parts_that_add_up_replace_the_figure_of_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


def test_parts_that_do_not_add_up_are_no_breakdown() -> None:
    row = run("Since January, nine attacks in Al-Hasakah have left six military personnel, a driver and four civilians dead.")
    assert ("civilians", 4) in totals(row)


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the start of 2023, 40 civilians have been killed in Idlib, along with 22 HTS fighters, 15 regime soldiers "
     "and three Russian soldiers.", [("civilians", 40), ("hts_rebels", 22), ("regime", 15), ("russia", 3)]),
    ("Since early 2021, 40 civilians died across the region, together with 22 SDF members and 15 ISIS members.",
     [("civilians", 40), ("isis", 15), ("sdf", 22)]),
    ("Since the beginning of 2022, SOHR has documented 214 attacks in Daraa province, in which 89 civilians, including "
     "five women, were killed, alongside 71 regime soldiers, 64 former opposition fighters and five persons whose "
     "affiliation remains unknown.", [("civilians", 89), ("hts_rebels", 64), ("regime", 71), ("unknown", 5)]),
])
def test_along_with_shares_the_verb(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


@pytest.mark.parametrize("text", [
    "On Sunday, Israeli missiles hit Kafr Sousa. SOHR documented the death of 15 people: five civilians, among them a "
    "woman, seven Iranian and Iraqi militiamen, and three regime soldiers.",
    "On Sunday, Israeli missiles hit Kafr Sousa, killing 15 people: five civilians, including two children, seven "
    "Hezbollah fighters and three Syrian soldiers.",
])
def test_items_after_a_nested_breakdown_stay_parts(text: str) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 5, "pro_iran_foreign": 7, "regime": 3}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Since January, the attacks killed 12 people, namely 7 civilians and 5 regime soldiers.", [("civilians", 7), ("regime", 5)]),
    ("Since January, 12 people have been killed in Daraa (7 civilians and 5 regime soldiers).", [("civilians", 7), ("regime", 5)]),
    ("Since January, 12 people were killed in Daraa, including 7 civilians and 5 regime soldiers.",
     [("civilians", 7), ("regime", 5)]),
])
def test_parts_after_a_cue_word(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(run(text)) == expected


def test_a_part_of_an_item_is_no_item() -> None:
    row = run("Since the beginning of 2021, the number of people killed in the camp has risen to 44, among them 33 refugees, "
              "10 of them women, in addition to a medical worker.")
    assert ("unknown", 44) in totals(row)


def test_parts_after_a_dash() -> None:
    row = run("In the past week, SOHR documented the killing of 33 people — 20 civilians and 13 fighters of the "
              "Turkish-backed factions.")
    assert totals(row) == [("civilians", 20), ("turkey_factions", 13)]


def test_later_breakdown_replaces_the_toll_of_the_incident() -> None:
    text = ("ISIS cells attacked positions of Iranian-backed militias in the al-Mayadin desert on Sunday, killing 12 "
            "militiamen. Of the dead, nine are Fatemiyoun Afghans, while three are Syrians whom the Iranian "
            "Revolutionary Guard had enlisted.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 3}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, five civilians lost their lives near Palmyra: four herders shot by ISIS and one man hit by a mine.",
     {"civilians": 5}),
    ("On Monday, eight fighters died near Deir ez-Zor: five members of the SDF and three of the Asayish.", {"sdf": 8}),
    ("On Friday, six soldiers were killed near Palmyra: four regime soldiers and two Russian soldiers.",
     {"regime": 4, "russia": 2}),
])
def test_colon_list_parts_of_a_figure(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_colon_list_that_does_not_add_up_is_no_breakdown() -> None:
    got = mentions("Six civilians were killed: two children died in shelling and seven others in an airstrike.")
    assert got[0] == ("killed", 6, "civilians")
    assert len(got) > 1


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, Israeli strikes on positions near al-Bukamal killed 9 members of Iranian militias: four Afghans, three "
     "Iraqis and two Syrians.", {"pro_iran_foreign": 7, "regime": 2}),
    ("On Tuesday, a drone strike near al-Mayadin killed 6 Iranian-backed fighters: five Iraqis and one Syrian.",
     {"pro_iran_foreign": 5, "regime": 1}),
    ("On Friday, regime shelling on the village of Kansafra killed 7 people: five civilians and two HTS fighters.",
     {"civilians": 5, "hts_rebels": 2}),
])
def test_colon_list_right_after_the_group(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_colon_list_of_places_is_no_breakdown_by_side() -> None:
    assert mentions("Turkish drones killed four SDF fighters: two in Qamishli and two near Amuda.") == [("killed", 4, "sdf")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Four members of the Military Security were killed along with two Iranian-backed militiamen of Syrian nationality.",
     [("killed", 4, "regime"), ("killed", 2, "regime")]),
    ("Two SDF fighters were wounded along with a civilian near Tal Tamr.", [("injured", 2, "sdf"), ("injured", 1, "civilians")]),
    ("An HTS commander was killed together with three Turkistan Islamic Party fighters in the strike.",
     [("killed", 1, "hts_rebels"), ("killed", 3, "hts_rebels")]),
])
def test_passive_role_shared_along_with(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_along_with_after_no_role_is_no_casualty() -> None:
    assert mentions("Two SDF fighters arrived along with three ISIS detainees.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, an explosion in a depot near al-Qusayr killed nine people, five of whom were Hezbollah members.",
     {"unknown": 4, "pro_iran_foreign": 5}),
    ("On Sunday, a Turkish drone strike on a car in Qamishli killed 3 people, two of whom were SDF members.",
     {"unknown": 1, "sdf": 2}),
    ("On Friday, an airstrike on a house in Sarmada killed 8 people, three of them were HTS fighters.",
     {"unknown": 5, "hts_rebels": 3}),
])
def test_part_named_after_of_whom_were(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_of_whom_were_in_a_condition_is_no_part() -> None:
    assert mentions("Twelve people were injured, three of whom were in critical condition.") == [("injured", 12, "unknown")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Unknown drones hit a base of Iranian-backed militias near al-Mayadin on Thursday, killing 14 fighters. "
     "The monitor said nine of the dead were Afghans.", {"pro_iran_foreign": 14}),
    ("An airstrike hit a convoy of Iran-backed militias near al-Bukamal on Saturday, killing at least 12 fighters. "
     "Officials said that five of those killed were Iraqis and did not name the others.", {"pro_iran_foreign": 12}),
    ("A strike by Russian jets on a market in Ariha on Monday killed 19 civilians. Seven of the dead were children.",
     {"civilians": 19}),
])
def test_part_of_a_whole_keeps_the_rest(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("ISIS cells attacked shepherds near Kawkab in the Hama desert on Friday, and the toll has risen to 31. The victims are "
     "27 civilians, most of them from villages near Salamiyah, and four members of the National Defence Forces.",
     {"civilians": 27, "regime": 4}),
    ("A landmine blast hit a minibus near Maadan on Monday, killing 12 people. The victims are ten civilians, "
     "all of them from one tribe, and two members of the SDF.", {"civilians": 10, "sdf": 2}),
    ("ISIS attacked a checkpoint near Sukhnah on Saturday, killing 9 people: five regime soldiers, most of them conscripts, "
     "and four civilians.", {"regime": 5, "civilians": 4}),
])
def test_item_after_an_aside(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


def test_breakdown_after_a_possessive_does_not_add() -> None:
    text = ("Shell explodes in Hajin\n\nA boy was killed and four others, including his three cousins, were wounded on "
            "Friday when an old shell exploded near their home in Hajin.")
    assert injured(text) == {"civilians": 4}


def test_members_of_a_named_force_are_a_part_of_the_soldiers() -> None:
    text = ("Ambush in the Homs desert\n\nISIS cells ambushed a convoy of regime forces near Palmyra on Monday, killing nine "
            "soldiers, including an officer and two members of the National Defence Forces.")
    assert killed(text) == {"regime": 9}
