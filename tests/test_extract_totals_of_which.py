"""Totals and their sub-figures (of_which, parts and shares).

* figures after a colon that add up are parts; "among them" after a total, larger than it, or after an overall of no
  side;
* kinds and groups inside a total, causes folded into it, children of bare lines, allies of a regime figure;
* "They include" parts that add up or fall short, pronoun shares ("Of them, 70 were civilians"), the last item of an
  "including" list;
* shares of a line by region or cause, shares of the remaining victims, figures added to a total.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from totals_cases import _SUBLIST, perpetrators, row, totals

COLON_PARTS = [
    ("In the same month, six civilians lost their lives: four shepherds shot by gunmen and two people killed by a "
     "buried mine near Tadmur.", ("civilians", 6, {"civilians": 4, "unknown": 2})),
    ("Over the same period, 9 civilians were killed: 5 children hit by shelling and 4 farmers shot by snipers.",
     ("civilians", 9, {"children": 5, "civilians": 4})),
    ("In the same month, 12 SDF fighters died: 7 in drone strikes and 5 in clashes.",
     ("sdf", 12, {"sdf": 7, "unknown": 5})),
]


FOLDED = [
    ("During March 2022, the monitor documented the death of 37 members of regime forces and allied militias. "
     "Among them were nine non-Syrian militiamen.", ("regime", 37, {"pro_iran_foreign": 9})),
    ("Since the beginning of 2021, 212 civilians have been killed in Daraa. They included 31 children.",
     ("civilians", 212, {"children": 31})),
    ("Over the past month, 64 regime soldiers and loyalists were killed in the desert. Among them are two Russians and "
     "five Hezbollah members.", ("regime", 64, {"russia": 2, "pro_iran_foreign": 5})),
]


SHARES = [
    ("The war has claimed 3,100 lives this year, the monitor said. Its figures show that 1,240 of the dead were "
     "civilians, including 300 children.", ("civilians", 1240, {"children": 300})),
    ("Since the start of 2021, the fighting in Daraa has left 400 dead, the monitor said. It added that 95 of the "
     "victims were regime soldiers.", ("regime", 95, {})),
    ("During 2020, the monitor documented 800 deaths in the north-east. Of these, 210 of the fatalities were SDF "
     "members.", ("sdf", 210, {})),
]


KINDS_INSIDE = [
    ("Since early 2023, the monitor has documented the death of 140 civilians in explosions of war remnants. Among the "
     "total death toll, 51 children and 17 women were killed.", {"children": 51, "women": 17}),
    ("Since the start of 2022, unexploded ordnance has killed 95 civilians across Syria, the monitor said. Within this "
     "toll, 40 children died.", {"children": 40}),
    ("During 2021, 210 civilians were killed by landmines in the desert. Of the total toll, 62 children and 9 women were "
     "killed.", {"children": 62, "women": 9}),
]


CAUSE_PARTS = [
    ("Civilians: 120 civilians, including 30 children, were killed across Syria in July 2022. Of them, 18 were killed by "
     "landmines and war remnants, and five died under torture in regime jails.",
     ("civilians", 120, {"children": 30, "mines_erw": 18, "torture": 5})),
    ("The monitor recorded the deaths of 75 civilians in Deir ez-Zor since early 2023. Among them, 12 civilians "
     "perished in explosions of unexploded ordnance.",
     ("civilians", 75, {"mines_erw": 12})),
    ("The monitor documented the killing of 64 civilians in March 2021. Of these, nine died under torture "
     "in detention.",
     ("civilians", 64, {"torture": 9})),
]


ADDED = [
    ("At least 52 civilians have been killed by mines in the desert since early February 2022, most of them truffle "
     "hunters, in addition to eight members of the National Defence Forces who escorted them.",
     [("civilians", 52), ("regime", 8)]),
    ("Since January 2023, 140 ISIS members were killed in Russian airstrikes in the badia, as well as three Hezbollah "
     "fighters who were guiding the raids.",
     [("isis", 140), ("pro_iran_foreign", 3)]),
    ("Since the start of 2020, 310 soldiers of the regime army were killed in the desert by ISIS, in addition to "
     "four Russians, while 190 ISIS members died.",
     [("isis", 190), ("regime", 310), ("russia", 4)]),
]


SHARES_AFTER = [
    ("The monitor documented the deaths of 210 people in explosions of mines across Syria in 2022. Of the fatalities, "
     "160 are civilians, including 50 children, and 50 are members of regime forces.",
     [("civilians", 160), ("regime", 50)]),
    ("Since early 2023, the monitor has recorded 77 deaths in Turkish drone strikes on the north-east. Among the dead, "
     "59 were SDF fighters and 18 were civilians.", [("civilians", 18), ("sdf", 59)]),
    ("Over the past year, 96 people were killed in infighting in Afrin. Of the victims, 70 were fighters of Turkish-backed "
     "factions, while 26 were civilians.", [("civilians", 26), ("turkey_factions", 70)]),
]


RELAYED_PARTS = [
    ("Clashes between the factions in the Afrin countryside since the start of the week have left 33 dead.\n\n"
     "According to the Observatory, the dead included 20 fighters of Ahrar al-Sharqiya and 13 civilians.",
     [("civilians", 13), ("turkey_factions", 20)]),
    ("In the last 48 hours, regime shelling and airstrikes on the Idlib countryside have left 27 people dead.\n\n"
     "According to local sources cited by the monitor, the victims were 18 civilians and nine HTS members.",
     [("civilians", 18), ("hts_rebels", 9)]),
    ("The toll of the fighting in the city since Sunday rose to 61, the monitor said.\n\nCiting its network of "
     "sources, the toll comprised 37 ISIS members, 19 SDF fighters and five civilians.",
     [("civilians", 5), ("isis", 37), ("sdf", 19)]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_PARTS)
def test_figures_after_colon_adding_up_are_parts(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    before = "During April 2022, the monitor documented the death of 20 regime soldiers in attacks by ISIS cells. "
    result = [(t["side"], t["killed"], t["since"]) for t in row(before + text, "2022-05-01")["totals"]]
    assert result == [("regime", 20, "2022-04-01"), (*expected[:2], "2022-04-01")]


def test_figures_after_colon_not_adding_up_stay_apart() -> None:
    text = ("Since early 2022, the monitor counted the deaths of 30 people in Daraa: 12 civilians and 9 soldiers, and "
            "the remaining victims were not identified.")
    assert totals(text, "2022-05-01") == [("civilians", 12), ("regime", 9)]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_among_them_after_sided_total_is_breakdown(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    result = row(text, "2022-04-15")["totals"]
    assert [(t["side"], t["killed"], t["of_which"]) for t in result] == [expected]


def test_among_them_larger_than_total_is_not_folded() -> None:
    text = ("During March 2022, 12 SDF fighters were killed by Turkish drones. Among them were 30 civilians killed in "
            "the same strikes.")
    assert ("sdf", 12) in totals(text, "2022-04-15")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_share_of_dead_after_total(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    assert expected in [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2021-12-20")["totals"]]


@pytest.mark.parametrize(("text", "parts"), KINDS_INSIDE)
def test_kinds_inside_a_total_are_its_parts(text: str, parts: dict[str, int]) -> None:
    result = row(text, "2023-12-31")["totals"]
    assert [(t["side"], t["of_which"]) for t in result] == [("civilians", parts)]


def test_group_inside_a_total_is_a_total_of_its_own() -> None:
    # a sub-total by activity ("truffle pickers") within the total is labelled on its own, as the dev gold does
    text = ("Since early 2024, the monitor has documented the death of 113 civilians in explosions of war remnants. "
            "Among this toll, 41 truffle pickers were killed.")
    assert totals(text, "2024-12-31") == [("civilians", 41), ("civilians", 113)]


def test_examples_after_a_total_of_people_keep_their_own_figures() -> None:
    # a total of "people" (no side): the figures after it are not folded into it
    text = ("Since January 2019, the monitor documented the death of 700 people in mine blasts. Among the total death "
            "toll, there are 120 persons who were killed while collecting truffles.")
    # (people killed while collecting truffles are civilians, as SCHEMA labels truffle hunters)
    assert totals(text, "2023-12-31") == [("civilians", 120), ("unknown", 700)]


def test_breakdown_without_semicolon_stays_inside() -> None:
    text = ("Since early 2022, the monitor has documented the deaths of 64 members of regime forces in the desert, including "
            "12 non-Syrian militiamen.")
    assert [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2022-08-01")["totals"]] == \
        [("regime", 64, {"pro_iran_foreign": 12})]


@pytest.mark.parametrize(("text", "expected"), CAUSE_PARTS)
def test_cause_parts_fold_into_total(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    got = [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2023-06-01")["totals"]]
    assert got == [expected]


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_figure_added_to_total(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


def test_added_wounded_are_no_total() -> None:
    text = ("Since early 2023, 26 civilians were killed by landmines in the desert, in addition to 14 others who were "
            "wounded.")
    assert totals(text, "2023-06-01") == [("civilians", 26)]


@pytest.mark.parametrize(("text", "expected"), SHARES_AFTER)
def test_shares_named_after_the_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


@pytest.mark.parametrize(("text", "expected"), RELAYED_PARTS)
def test_relayed_breakdown_gives_the_parts(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-10") == expected


def test_breakdown_after_a_period_total_gives_its_parts() -> None:
    text = ("Since the beginning of 2023, Israeli strikes have killed 48 people in Syria. Among the dead were 30 members "
            "of Hezbollah and 18 soldiers of the regime army.")
    assert totals(text, "2023-09-01") == [("pro_iran_foreign", 30), ("regime", 18)]


def test_bare_lines_keep_their_children_as_parts() -> None:
    found = totals(_SUBLIST)
    assert ("civilians", 6) not in found
    assert ("civilians", 70) not in found


def test_bare_lines_under_a_bulleted_figure_stay_kinds_of_deaths() -> None:
    text = ("In March 2022, the monitor documented the following:\n- 30 soldiers of the regime forces:\n"
            "- 12 were killed by ISIS.\n- 18 were killed in other ways.")
    found = totals(text)
    assert ("regime", 30) in found
    assert ("regime", 12) not in found


def test_regime_figure_with_parts_of_its_allies_stays() -> None:
    text = ("Since the beginning of 2023, ISIS cells have killed 120 regime soldiers and loyalists in the desert, "
            "among them 100 soldiers and 20 Hezbollah members.")
    assert ("regime", 120) in totals(text)


def test_bare_regime_figure_with_its_foreign_allies_as_parts_stays() -> None:
    text = ("Thereby, the death toll among regime soldiers and loyalists since 24 March 2019 rises to 141, including two "
            "Russians and 139 non-Syrian Iranian-backed militiamen.")
    assert totals(text) == [("regime", 141)]


def test_they_include_parts_that_add_up_split_the_figure() -> None:
    text = ("The monitor documented the deaths of 75 people in Suwayda since the start of 2023, they include 45 civilians "
            "and 30 members of regime forces.")
    found = totals(text)
    assert ("civilians", 45) in found
    assert ("regime", 30) in found
    assert ("unknown", 75) not in found


def test_they_include_parts_that_fall_short_stay_parts() -> None:
    text = ("The monitor documented the deaths of 75 regime soldiers in Suwayda since the start of 2023, they include four "
            "officers.")
    assert ("regime", 75) in totals(text)


def test_pronoun_shares_that_say_who_are_totals() -> None:
    text = "The monitor documented 130 fatalities in Idlib in February 2023. Of them, 85 were civilians and 45 were HTS fighters."
    found = totals(text)
    assert ("civilians", 85) in found
    assert ("hts_rebels", 45) in found
    assert ("unknown", 130) not in found


def test_pronoun_shares_that_say_how_are_no_sides() -> None:
    text = ("The monitor documented the deaths of 130 civilians in Idlib in February 2023. Of them, 85 were killed by regime "
            "shelling and 45 were killed by Russian airstrikes.")
    found = totals(text)
    assert ("civilians", 130) in found
    assert ("regime", 85) not in found
    assert ("russia", 45) not in found


def test_kinds_listed_after_a_civilian_total_are_its_parts() -> None:
    text = ("The monitor has documented the killing of 42 civilians in regime-held areas since the beginning of the month. "
            "They are: 25 men, 11 children and six women.")
    assert totals(text) == [("civilians", 42)]


def test_bare_lines_of_them_under_a_labelled_line_with_a_dash() -> None:
    text = ("SOHR documented the deaths of 2,400 people across Syria in 2023, distributed as follows:\n"
            "Civilians - 900, including 200 children:\n"
            "• 300 of them were killed by regime forces.\n"
            "• 50 of them died in Russian airstrikes.\n"
            "• 550 were killed in other circumstances.")
    found = totals(text)
    for pair in [("civilians", 900), ("civilians", 300), ("civilians", 50), ("civilians", 550)]:
        assert pair in found
    assert ("russia", 550) not in found


def test_figures_added_to_a_total_of_one_side_are_summed() -> None:
    text = ("Thereby, the number of shepherds killed since early March in mine blasts in the desert rises to 21, in "
            "addition to three members of the NDF and a soldier who were guarding them.")
    assert totals(text) == [("civilians", 21), ("regime", 4)]


def test_shares_of_the_remaining_victims() -> None:
    text = ("SOHR statistics show that 150 people were killed across Syria in March 2023, among them 61 civilians. Of "
            "the remaining victims, 47 were regime soldiers and 42 were fighters of the SDF.")
    assert ("regime", 47) in totals(text) and ("sdf", 42) in totals(text)


def test_people_split_by_cause_are_parts_not_totals() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the deaths of 174 people in Quneitra and Daraa. Of them, 96 "
            "were killed by gunfire, 30 in IED explosions and seven under torture.")
    assert totals(text) == [("unknown", 174)]


def test_last_item_of_including_list_is_a_part() -> None:
    text = ("The monitor has documented the deaths of 120 regime soldiers since the start of 2022.\n- 64 civilians, "
            "including 9 oil workers in the Shaer field and 30 shepherds.")
    assert ("civilians", 30) not in totals(text)
    assert ("civilians", 64) in totals(text)


def test_dead_under_torture_in_an_including_list_are_a_part() -> None:
    text = ("The monitor documented the deaths of 920 civilians in May 2022, including 180 children, 95 women, and 27 "
            "prisoners who died under torture in regime jails.")
    assert totals(text) == [("civilians", 920)]
    assert dict(row(text)["totals"][0]["of_which"]).get("torture") == 27


def test_separate_total_after_including_list_of_other_side_stays() -> None:
    text = ("The monitor documented the deaths of 920 civilians in May 2022, including 180 children, and 300 ISIS "
            "members in the same month.")
    assert ("isis", 300) in totals(text)


def test_share_of_a_line_by_region() -> None:
    text = ("Since the start of 2022, the number of people killed in the desert has risen to 500, they are:\n- 280 regime "
            "soldiers. Of them, 120 were killed in Homs desert.\n- 220 ISIS members.")
    assert ("regime", 120) in totals(text)


def test_share_of_a_line_by_cause_is_no_region() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 280 regime soldiers in the desert. Of them, "
            "40 were killed in landmine blasts.")
    assert totals(text) == [("regime", 280)]


def test_named_share_opening_gives_its_side_to_bare_figures() -> None:
    text = ("The monitor documented the deaths of 600 persons in Syria during April 2023, among them 210 civilians and "
            "150 regime soldiers. Of the civilian dead, 120 were killed by regime shelling, 40 by Russian airstrikes and "
            "12 by ISIS.")
    found = perpetrators(text)
    assert ("civilians", 120, "regime") in found
    assert ("civilians", 40, "russia") in found


def test_of_them_opening_still_takes_the_total_before() -> None:
    text = ("The monitor documented the deaths of 210 civilians in Syria during April 2023. Of them, 120 were killed "
            "by regime shelling and 40 by Russian airstrikes.")
    assert ("civilians", 120, "regime") in perpetrators(text)


def test_trades_among_civilian_victims_are_no_totals() -> None:
    text = ("The rights group documented the killing of 80 civilians in Syria in June 2022. Among the victims were "
            "two journalists and a paramedic, the group said.")
    assert totals(text) == [("civilians", 80)]


def test_they_are_list_after_a_long_clause_is_of_the_dead() -> None:
    text = ("In addition, SOHR documented the death of 40 people in clashes between local gunmen and ISIS cells in "
            "several towns of the western countryside of Daraa in October and November 2022, they are: 25 ISIS members "
            "and 15 local gunmen.")
    assert totals(text) == [("hts_rebels", 15), ("isis", 25)]


def test_parts_told_after_a_background_paragraph() -> None:
    text = ("Clashes between regime forces and local gunmen in Daraa have killed 25 people in two days, a war monitor said.\n\n"
            "The fighting erupted after regime forces arrested a local commander.\n\n"
            "The monitor said 12 regime soldiers, eight local gunmen and five civilians were among the dead.")
    assert totals(text) == [("civilians", 5), ("hts_rebels", 8), ("regime", 12)]


def test_a_new_event_after_a_background_paragraph_is_no_part() -> None:
    text = ("Clashes between regime forces and local gunmen in Daraa have killed 25 people in two days, a war monitor said.\n\n"
            "The fighting erupted after regime forces arrested a local commander.\n\n"
            "On Tuesday, a landmine killed three regime soldiers near the town of Nawa.")
    assert ("regime", 3) not in totals(text)
