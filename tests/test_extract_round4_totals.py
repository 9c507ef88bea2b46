"""Totals, round four: long statistics paragraphs with several per-side figures, their breakdowns, their periods and the
short-window tolls around them (paragraphs written for these tests, judged by the conventions of
../shared/data/sohr/SCHEMA.md). Each construction has several wordings and at least one look-alike that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from contract_rows import contract, titled, total_pairs


def row(text: str, published: str | None = None) -> dict[str, Any]:
    return titled(text, published)


def totals(text: str, published: str | None = None) -> list[tuple[str, int]]:
    return total_pairs(row(text, published))


def full(text: str, published: str | None = None) -> list[tuple[str, int, str | None, str | None, dict[str, int]]]:
    return sorted((t["side"], t["killed"], t["since"], t.get("region"), t["of_which"]) for t in row(text, published)["totals"])


# --- a killed word before a colon heads a list of per-side figures ---------------------------------------------------

COLON_LISTS = [
    ("Since the start of 2023, the monitor has registered the deaths of: 40 civilians, among them nine children; "
     "33 members of the regime army; 17 fighters of Hayat Tahrir al-Sham; and four Turkish soldiers.",
     [("civilians", 40), ("hts_rebels", 17), ("regime", 33), ("turkey_factions", 4)]),
    ("In the first half of 2022, the province saw the killing of: 12 SDF fighters; 25 civilians; and 8 ISIS members.",
     [("civilians", 25), ("isis", 8), ("sdf", 12)]),
    ("Fatalities since January 1, 2021 in the countryside of Idlib: 61 civilians, 140 regime soldiers and 88 rebels.",
     [("civilians", 61), ("hts_rebels", 88), ("regime", 140)]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_LISTS)
def test_killed_word_before_colon_heads_list(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-30") == expected


def test_colon_list_of_arrests_is_no_total() -> None:
    text = ("Since the start of 2023, the security services have carried out the arrest of: 40 young men; 12 former "
            "rebels; and three women.")
    assert totals(text, "2023-06-30") == []


# --- an overall figure split after its colon into the figures of several sides ---------------------------------------

SPLIT_WHOLES = [
    ("Since early March 2022, the number of people killed by mines in the desert has risen to 30: 18 civilians, "
     "including four children, and 12 members of regime forces.", [("civilians", 18), ("regime", 12)]),
    ("With these deaths, the toll of the fighting since Sunday rose to 41: 26 SDF fighters and 15 members of the "
     "Turkish-backed factions.", [("sdf", 26), ("turkey_factions", 15)]),
    ("The number of those killed in the past week reached 19: 11 ISIS members, five civilians and three "
     "regime soldiers.", [("civilians", 5), ("isis", 11), ("regime", 3)]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_WHOLES)
def test_overall_split_by_side_gives_the_parts(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2022-05-01") == expected


COLON_PARTS = [
    ("In the same month, six civilians lost their lives: four shepherds shot by gunmen and two people killed by a "
     "buried mine near Tadmur.", ("civilians", 6, {"civilians": 4, "unknown": 2})),
    ("Over the same period, 9 civilians were killed: 5 children hit by shelling and 4 farmers shot by snipers.",
     ("civilians", 9, {"children": 5, "civilians": 4})),
    ("In the same month, 12 SDF fighters died: 7 in drone strikes and 5 in clashes.",
     ("sdf", 12, {"sdf": 7, "unknown": 5})),
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


def test_split_toll_clause_is_not_one_event() -> None:
    text = ("During May 2023, 9 ISIS members were killed in airstrikes, while seven civilians died: five truffle hunters "
            "killed by gunmen and two people killed when a mine exploded near Kabajib.")
    result = row(text, "2023-06-01")
    assert sorted((t["side"], t["killed"]) for t in result["totals"]) == [("civilians", 7), ("isis", 9)]
    assert [i["killed"] for i in result["incidents"] if i["killed"]] == []


# --- "Among them were ..." after a total of one side: its parts ------------------------------------------------------

FOLDED = [
    ("During March 2022, the monitor documented the death of 37 members of regime forces and allied militias. "
     "Among them were nine non-Syrian militiamen.", ("regime", 37, {"pro_iran_foreign": 9})),
    ("Since the beginning of 2021, 212 civilians have been killed in Daraa. They included 31 children.",
     ("civilians", 212, {"children": 31})),
    ("Over the past month, 64 regime soldiers and loyalists were killed in the desert. Among them are two Russians and "
     "five Hezbollah members.", ("regime", 64, {"russia": 2, "pro_iran_foreign": 5})),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_among_them_after_sided_total_is_breakdown(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    result = row(text, "2022-04-15")["totals"]
    assert [(t["side"], t["killed"], t["of_which"]) for t in result] == [expected]


def test_among_them_after_overall_of_no_side_gives_the_parts() -> None:
    text = "Since the beginning of 2022, 70 people have been killed in Daraa. Among them were 50 civilians and 20 soldiers."
    assert totals(text, "2022-06-01") == [("civilians", 50), ("regime", 20)]


def test_among_them_larger_than_total_is_not_folded() -> None:
    text = ("During March 2022, 12 SDF fighters were killed by Turkish drones. Among them were 30 civilians killed in "
            "the same strikes.")
    assert ("sdf", 12) in totals(text, "2022-04-15")


# --- "In the same month/period": the period told before ---------------------------------------------------------------

SAME_PERIOD = [
    ("The monitor documented the killing of 28 regime soldiers during June 2021 in ISIS attacks in the desert.\n\n"
     "In the same month, 11 ISIS members were killed in clashes and Russian strikes.",
     [("isis", 11, "2021-06-01"), ("regime", 28, "2021-06-01")]),
    ("Since March 24, 2019, 1,120 regime soldiers have been killed in the Badia.\n\n"
     "Over the same period, 640 ISIS members died in airstrikes and clashes.",
     [("isis", 640, "2019-03-24"), ("regime", 1120, "2019-03-24")]),
    ("In 2020, the monitor counted the deaths of 77 SDF members in Deir ez-Zor.\n\n"
     "During the same year, 19 civilians were killed in ISIS attacks in the province.",
     [("civilians", 19, "2020-01-01"), ("sdf", 77, "2020-01-01")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD)
def test_same_period_keeps_period_of_total_before(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2021-07-02")["totals"]) == expected


def test_same_period_without_total_before_is_no_total() -> None:
    text = "In the same month, gunmen shot dead a shepherd near the town of Nawa on Monday."
    assert totals(text, "2021-07-02") == []


# --- running totals whose side is named after "number of" -----------------------------------------------------------

RUNNING = [
    ("The attack brings the number of regime soldiers and loyal militiamen killed since March 24, 2019 to 1,502, "
     "including three Russians and 160 non-Syrian militiamen.", ("regime", 1502, {"russia": 3, "pro_iran_foreign": 160})),
    ("This raises the total of SDF fighters killed by Turkish drones since the start of 2022 to 94, including 6 "
     "women.", ("sdf", 94, {"women": 6})),
    ("These deaths bring the tally of civilians killed in Idlib since early 2023 to 233, including 70 children and "
     "41 women.", ("civilians", 233, {"children": 70, "women": 41})),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING)
def test_running_total_side_after_number_of(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    result = row(text, "2023-09-01")["totals"]
    assert [(t["side"], t["killed"], t["of_which"]) for t in result] == [expected]


def test_running_total_of_people_with_parts_of_several_sides_stays_split() -> None:
    text = ("This raises the number of people killed since the start of 2023 to 12, including 7 civilians and 5 "
            "soldiers.")
    assert totals(text, "2023-09-01") == [("civilians", 7), ("regime", 5)]


# --- "- N in REGION" lines after a total -------------------------------------------------------------------------

REGION_LINES = [
    ("Since March 24, 2019, ISIS cells have killed 1,206 regime soldiers in the desert. They were distributed as "
     "follows:\n- 610 in the Homs desert\n- 402 in the Deir ez-Zor desert\n- 194 in the Hama desert",
     [("regime", 194, "Hama desert"), ("regime", 402, "Deir ez-Zor desert"), ("regime", 610, "Homs desert"),
      ("regime", 1206, None)]),
    ("Since the beginning of 2022, 90 SDF fighters were killed in ISIS attacks, distributed as follows:\n"
     "– 51 in the countryside of Deir ez-Zor\n– 39 in Al-Hasakah",
     [("sdf", 39, "Al-Hasakah"), ("sdf", 51, "countryside of Deir ez-Zor"), ("sdf", 90, None)]),
    ("During 2021, 140 civilians were killed by landmines. By area, they were as follows:\n• 80 in the Raqqa desert\n"
     "• 60 in the Hama desert",
     [("civilians", 60, "Hama desert"), ("civilians", 80, "Raqqa desert"), ("civilians", 140, None)]),
]


@pytest.mark.parametrize(("text", "expected"), REGION_LINES)
def test_region_lines_after_total(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert sorted((t["side"], t["killed"], t.get("region")) for t in row(text, "2022-12-31")["totals"]) == expected


def test_cause_lines_are_no_regions() -> None:
    text = ("Since the beginning of 2022, 90 SDF fighters were killed, distributed as follows:\n"
            "- 51 in Turkish drone strikes\n- 39 in ISIS attacks")
    assert [t.get("region") for t in row(text, "2022-12-31")["totals"] if t.get("region")] == []


# --- regions told in one sentence after a figure ("N of them were killed in the deserts of A and B") -------------

def test_regions_named_by_deserts_of() -> None:
    text = ("Since March 24, 2019, the monitor has recorded the following toll:\nRegime soldiers: 910 killed, including "
            "one Russian; 600 of them were killed in the deserts of Raqqa and Hama and 310 in the deserts of Palmyra and "
            "Deir ez-Zor.")
    assert full(text, "2022-01-01") == [
        ("regime", 310, "2019-03-24", "deserts of Palmyra and Deir ez-Zor", {}),
        ("regime", 600, "2019-03-24", "deserts of Raqqa and Hama", {}),
        ("regime", 910, "2019-03-24", None, {"russia": 1}),
    ]


# --- "Label: N members killed by X": the label names whose dead they are -------------------------------------------

LABELS = [
    ("ISIS: 730 members killed by Russian and regime airstrikes.", ("isis", 730)),
    ("Hayat Tahrir al-Sham: 215 fighters killed by Russian and regime shelling.", ("hts_rebels", 215)),
    ("SDF: 48 members killed in Turkish drone strikes.", ("sdf", 48)),
]


@pytest.mark.parametrize(("line", "expected"), LABELS)
def test_label_names_side_of_dead(line: str, expected: tuple[str, int]) -> None:
    text = f"Since the start of 2022, the monitor provides the following toll, as follows:\n{line}"
    assert expected in totals(text, "2022-10-01")


def test_label_line_naming_its_own_group_keeps_that_group() -> None:
    text = "Since the start of 2022, the monitor provides the following toll, as follows:\nRegime forces: 12 Hezbollah fighters."
    assert totals(text, "2022-10-01") == [("pro_iran_foreign", 12)]


# --- a counted toll after a period named without a figure, or after a total ---------------------------------------

COUNTED = [
    ("The Badia has witnessed a sharp escalation over the past 48 hours. SOHR has documented the death of 9 regime "
     "soldiers and 14 civilians in ISIS attacks and mine blasts.", [("civilians", 14), ("regime", 9)]),
    ("Fighting has flared in the Idlib countryside since the beginning of the week. The monitor recorded the deaths of "
     "23 HTS fighters and 17 regime soldiers in the clashes and shelling.", [("hts_rebels", 23), ("regime", 17)]),
    ("In 2022, 88 SDF members were killed in ISIS attacks in Deir ez-Zor.\n\nThe toll among civilians was also high: "
     "the monitor documented the death of 35 civilians, including 9 children, in attacks and explosions.",
     [("civilians", 35), ("sdf", 88)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_toll_after_period(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-02-10") == expected


def test_counted_toll_of_one_attack_is_incident() -> None:
    text = ("The Badia has witnessed a sharp escalation over the past 48 hours. SOHR has documented the death of 4 "
            "regime soldiers in the attack on a checkpoint near Palmyra.")
    assert totals(text, "2023-02-10") == []


def test_counted_toll_on_one_day_is_incident() -> None:
    text = ("In 2022, 88 SDF members were killed in ISIS attacks in Deir ez-Zor.\n\nOn Monday, the monitor documented "
            "the death of three civilians in a drone strike near Tal Tamr.")
    assert totals(text, "2023-02-10") == [("sdf", 88)]


# --- "Among combatants, ..." and "Another N ..." continue the statistics ----------------------------------------------

CONTINUED = [
    ("The war killed 2,100 people in 2022, the monitor said. Among combatants, it counted 610 regime soldiers, 205 "
     "rebels and 94 SDF members.", [("hts_rebels", 205), ("regime", 610), ("sdf", 94)]),
    ("In 2020, the monitor documented the death of 310 civilians in north-west Syria.\n\nAmong the fighters, it "
     "recorded 122 HTS members and 57 Turkish-backed faction fighters.",
     [("civilians", 310), ("hts_rebels", 122), ("turkey_factions", 57)]),
    ("In 2022, 58 civilians were killed by landmines in the desert, the monitor said. Another 11 shepherds were killed "
     "in ISIS attacks in the Hama desert.", [("civilians", 11), ("civilians", 58)]),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_statistics_continue(text: str, expected: list[tuple[str, int]]) -> None:
    assert [p for p in totals(text, "2023-01-01") if p[0] != "unknown"] == expected


def test_another_on_one_day_is_incident() -> None:
    text = ("In 2022, 58 civilians were killed by landmines in the desert, the monitor said. Another two civilians were "
            "killed on Tuesday when a mine exploded near Maadan.")
    assert totals(text, "2023-01-01") == [("civilians", 58)]


# --- a year compared with the war is no whole-war toll; reported breakdowns; shares of the dead ----------------------

def test_year_compared_with_war_is_a_year_total() -> None:
    text = ("The conflict killed 2,900 people in 2022, the lowest yearly toll since the war began in 2011. The monitor "
            "said the dead included 1,300 civilians and 1,600 combatants of all sides.")
    assert full(text, "2022-12-31")[0][:3] == ("civilians", 1300, "2022-01-01")


def test_whole_war_toll_is_still_background() -> None:
    text = "Since the war began in 2011, more than 500,000 people have been killed, the monitor said."
    assert totals(text, "2022-12-31") == []


def test_overall_equal_to_lines_less_a_share_is_dropped() -> None:
    text = ("The war killed 1,000 people in 2022, the monitor said. The monitor said the dead included 400 civilians. "
            "Russian strikes alone killed 50 civilians during the year. Among combatants, it counted 350 regime soldiers "
            "and 250 rebels.")
    assert totals(text, "2022-12-31") == [("civilians", 50), ("civilians", 400), ("hts_rebels", 250), ("regime", 350)]


SHARES = [
    ("The war has claimed 3,100 lives this year, the monitor said. Its figures show that 1,240 of the dead were "
     "civilians, including 300 children.", ("civilians", 1240, {"children": 300})),
    ("Since the start of 2021, the fighting in Daraa has left 400 dead, the monitor said. It added that 95 of the "
     "victims were regime soldiers.", ("regime", 95, {})),
    ("During 2020, the monitor documented 800 deaths in the north-east. Of these, 210 of the fatalities were SDF "
     "members.", ("sdf", 210, {})),
]


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_share_of_dead_after_total(text: str, expected: tuple[str, int, dict[str, int]]) -> None:
    assert expected in [(t["side"], t["killed"], t["of_which"]) for t in row(text, "2021-12-20")["totals"]]


def test_share_of_dead_of_one_attack_is_no_total() -> None:
    text = "A car bomb killed 12 people in Azaz on Friday. Nine of the dead were civilians, 3 of the dead were fighters."
    assert totals(text, "2021-12-20") == []


# --- figure-led lines of an open list set without a full stop ------------------------------------------------------

def test_unpunctuated_list_lines() -> None:
    text = ("Since June 1, the monitor documented the killing of 40 persons, and they are as follows:\n\n"
            "Ten civilians, including two women.\n\n27 SDF fighters and members of the Asayish\n\nThree ISIS members")
    assert totals(text, "2022-07-01") == [("civilians", 10), ("isis", 3), ("sdf", 27)]


# --- figures of one sentence that name different periods take their own --------------------------------------------

OWN_PERIODS = [
    ("The network said that 1,180 civilians, including 210 children, were killed in 2022, adding that 64 civilians were "
     "killed in December 2022.", [("civilians", 64, "2022-12-01"), ("civilians", 1180, "2022-01-01")]),
    ("The monitor counted 830 SDF members killed since the start of 2020 and 41 SDF members killed during March 2023.",
     [("sdf", 41, "2023-03-01"), ("sdf", 830, "2020-01-01")]),
    ("The monitor recorded the deaths of 95 regime soldiers during 2023, while 12 soldiers were killed in the first "
     "half of 2024.",
     [("regime", 12, "2024-01-01"), ("regime", 95, "2023-01-01")]),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PERIODS)
def test_each_figure_takes_its_own_period(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2024-07-01")["totals"]) == expected


def test_one_period_for_the_whole_sentence() -> None:
    text = "During 2023, the monitor documented the death of 95 regime soldiers and 40 ISIS members in the desert."
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2024-07-01")["totals"]) == [
        ("isis", 40, "2023-01-01"), ("regime", 95, "2023-01-01")]


def test_war_start_in_side_clause_is_not_the_period() -> None:
    text = ("The network said that 1,180 civilians were killed in 2022, noting that the killing of Syrians has gone on "
            "since March 2011.")
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2023-01-01")["totals"]) == [
        ("civilians", 1180, "2022-01-01")]


# --- a headline's figure repeated by the body is one total -----------------------------------------------------------

HEADLINES = [
    "58 Civilians, Including Nine Children, Killed in Syria in May\n\nThe network documented that 58 civilians, "
    "including nine children, were killed in Syria in May 2023.",
    "Twelve Regime Soldiers Killed in the Desert in the Past Week\n\nOver the past week, ISIS cells killed 12 regime "
    "soldiers in the Syrian desert.",
    "Death Toll of SDF Members in 2022 Reaches 140\n\nIn 2022, the monitor documented the death of 140 SDF members.",
]


@pytest.mark.parametrize("text", HEADLINES)
def test_headline_repeat_is_one_total(text: str) -> None:
    result = contract(text, date(2023, 6, 1))["totals"]
    assert len(result) == 1


def test_two_body_lines_with_same_figure_stay_two() -> None:
    text = ("Since the start of 2023, the toll is as follows:\n- Hayat Tahrir al-Sham: 14\n- Ansar al-Tawhid: 14")
    assert totals(text, "2023-06-01") == [("hts_rebels", 14), ("hts_rebels", 14)]


# --- a clause before a colon is no label; thousands keep their clause ------------------------------------------------

CLAUSE_LABELS = [
    "In 2022, 3,000 people were killed, including 1,000 civilians. The others were fighters: 1,200 regime soldiers and "
    "800 rebels.",
    "In 2022, 3,000 people were killed, including 1,000 civilians. The remaining dead are combatants: 1,200 regime "
    "soldiers and 800 rebels.",
    "In 2022, 3,000 people were killed, including 1,000 civilians. Armed men who were killed: 1,200 regime soldiers and "
    "800 rebels.",
]


@pytest.mark.parametrize("text", CLAUSE_LABELS)
def test_clause_before_colon_is_no_region(text: str) -> None:
    result = row(text, "2023-01-01")["totals"]
    assert ("regime", 1200, None) in [(t["side"], t["killed"], t.get("region")) for t in result]


def test_region_label_is_still_a_region() -> None:
    text = "Since the start of 2022, the monitor documented the death of 120 regime soldiers, as follows:\nHoms desert: 70"
    assert ("regime", 70, "Homs desert") in [(t["side"], t["killed"], t.get("region")) for t in row(text, "2022-10-01")["totals"]]


WAR_TOLLS = [
    "The war in Syria has killed more than 612,000 people since it started in 2011, the monitor said.",
    "Since the conflict broke out in 2011, at least 230,224 civilians have been killed, the network said.",
    "More than 1,100,000 people have been killed or gone missing since the start of the war, the monitor said.",
]


@pytest.mark.parametrize("text", WAR_TOLLS)
def test_whole_war_tolls_with_thousands_are_background(text: str) -> None:
    assert totals(text, "2024-03-15") == []


# --- periods named "this year", "this week", "the first half of" ----------------------------------------------------

PERIOD_WORDS = [
    ("The fighting has claimed 2,400 lives this year, the monitor said. Its data show that 900 of the dead were "
     "civilians.", "2024-01-01"),
    ("Since the beginning of the week, the monitor has documented the death of 17 SDF members in Deir ez-Zor.",
     "2024-03-11"),
    ("In the first half of 2024, the monitor registered the deaths of 66 regime soldiers in the desert.", "2024-01-01"),
]


@pytest.mark.parametrize(("text", "since"), PERIOD_WORDS)
def test_period_words(text: str, since: str) -> None:
    assert {t["since"] for t in row(text, "2024-03-15")["totals"]} == {since}


def test_later_this_year_is_no_period() -> None:
    text = "Later this year, the monitor said, it will publish its count of the 66 soldiers killed in an ambush in May."
    assert totals(text, "2024-03-15") == []


# --- "Among the total death toll, ..." gives kinds inside the total before, or a sub-total of its own ------------

KINDS_INSIDE = [
    ("Since early 2023, the monitor has documented the death of 140 civilians in explosions of war remnants. Among the "
     "total death toll, 51 children and 17 women were killed.", {"children": 51, "women": 17}),
    ("Since the start of 2022, unexploded ordnance has killed 95 civilians across Syria, the monitor said. Within this "
     "toll, 40 children died.", {"children": 40}),
    ("During 2021, 210 civilians were killed by landmines in the desert. Of the total toll, 62 children and 9 women were "
     "killed.", {"children": 62, "women": 9}),
]


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
    # (round eight: people killed while collecting truffles are civilians, as SCHEMA labels truffle hunters)
    assert totals(text, "2023-12-31") == [("civilians", 120), ("unknown", 700)]


# --- "provides the following toll ...:" heads the lines after it; "since the announcement of ... on DAY" ------------

FOLLOWING = [
    ("In the 50th month since the announcement of the caliphate's end on March 23, 2019, the monitor provides the "
     "following toll of ISIS attacks:\nRegime soldiers: 1,710 killed.\nISIS: 1,300 members killed in airstrikes.",
     [("isis", 1300, "2019-03-23"), ("regime", 1710, "2019-03-23")]),
    ("Since the start of the Turkish operation on October 9, 2019, the monitor has compiled the following statistics:\n"
     "SDF: 512 killed.\nTurkish-backed factions: 287 members killed by SDF fire.",
     [("sdf", 512, "2019-10-09"), ("turkey_factions", 287, "2019-10-09")]),
    ("Since the launch of the offensive on the 5th of February 2020, the network offers the following breakdown:\n"
     "Civilians: 340 killed.\nRegime forces: 215 killed.",
     [("civilians", 340, "2020-02-05"), ("regime", 215, "2020-02-05")]),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOWING)
def test_following_toll_header_and_event_day(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert sorted((t["side"], t["killed"], t["since"]) for t in row(text, "2023-05-01")["totals"]) == expected


def test_following_events_header_is_no_total() -> None:
    text = ("On Monday the monitor documented the following attacks in Daraa:\nGunmen shot dead a former rebel in Nawa.")
    assert totals(text, "2023-05-01") == []


# --- one dated event told right after a total is an incident, not a line of the statistics ------------------------

DATED_EVENTS = [
    "Russian jets carried out 40 airstrikes over the past 24 hours, killing 9 ISIS members in the Homs desert. "
    "Meanwhile, ISIS killed 2 regime soldiers near Sukhnah on Monday.",
    "Since early 2024, ISIS has killed 61 SDF members in Deir ez-Zor. Also, gunmen shot dead a civilian in Diban on "
    "Tuesday.",
    "In 2023, 58 civilians were killed by landmines, the monitor said. In addition, a shepherd was killed yesterday "
    "when a mine exploded near Ithriya.",
]


@pytest.mark.parametrize("text", DATED_EVENTS)
def test_dated_event_after_total_is_incident(text: str) -> None:
    result = row(text, "2024-03-01")
    assert len(result["totals"]) == 1
    assert len([i for i in result["incidents"] if i["killed"]]) == 1


def test_continuation_without_a_day_is_a_total() -> None:
    text = ("Since early 2024, ISIS has killed 61 SDF members in Deir ez-Zor. In addition, 14 civilians were killed in "
            "ISIS attacks in the same areas.")
    assert totals(text, "2024-03-01") == [("civilians", 14), ("sdf", 61)]
