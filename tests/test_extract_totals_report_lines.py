"""Totals read from whole reports together with their incidents.

* lists after "killed in those attacks:", "has risen as follows" or "killed during the period:"; a figureless sub-header
  keeps a block open;
* "Region: N" pairs run on in one sentence, a ranking by region, a country-wide toll of one day;
* active-voice lines by perpetrator ("Russian forces killed three civilians"), the other parties' line, an event's
  subject that is no line;
* the Syrian part of a regime total, tribal gunmen of no side, a recalled event's toll that is no total.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import run, totals


def regions(row: dict) -> list[tuple[str, int, str]]:
    return sorted((t["side"], t["killed"], t["region"]) for t in row["totals"] if t.get("region"))


def perpetrators(row: dict) -> list[tuple[str, int, str | None]]:
    return sorted(((t["side"], t["killed"], t.get("perpetrator")) for t in row["totals"]), key=lambda t: (t[0], t[1], t[2] or ""))


@pytest.mark.parametrize(("text", "side", "count"), [
    ("According to SOHR statistics, the number of regime soldiers and loyal militiamen, Syrian and non-Syrian, killed in the "
     "desert since the 24th of March 2019 has risen to 210, including 51 non-Syrian militiamen.", "regime", 210),
    ("The death toll of regime forces and their allied gunmen, Syrians and non-Syrians, who were killed since early 2023 has "
     "reached 88.", "regime", 88),
    ("SOHR said that the number of pro-regime fighters, Syrian and non-Syrian, killed in ISIS attacks since January 2022 "
     "rose to 130.", "regime", 130),
])
def test_syrian_and_non_syrian_stay_in_the_regime_total(text: str, side: str, count: int) -> None:
    assert (side, count) in totals(run(text))


def test_a_list_after_killed_in_those_attacks_colon() -> None:
    row = run("SOHR has documented 310 attacks in the countryside of Daraa since January 2021. The following were killed "
              "in those attacks: 64 civilians, including five children; 98 regime soldiers and members of security services; "
              "40 former rebels, and nine members of Lebanese Hezbollah.")
    got = totals(row)
    for item in (("civilians", 64), ("regime", 98), ("hts_rebels", 40), ("pro_iran_foreign", 9)):
        assert item in got


def test_a_list_after_has_risen_as_follows() -> None:
    row = run("The death toll of the fighting in the countryside of Manbij since it broke out on March 3, 2024 has risen as "
              "follows: 31 members of the SDF, 19 fighters of the Turkish-backed factions and seven civilians.")
    got = totals(row)
    for item in (("sdf", 31), ("turkey_factions", 19), ("civilians", 7)):
        assert item in got


def test_a_list_after_killed_during_the_period_colon() -> None:
    row = run("Since the beginning of 2023, SOHR has monitored 80 ISIS attacks in the Syrian desert. Killed during this "
              "period: 45 regime soldiers; 12 members of Iranian-backed militias; and 17 civilians, most of them truffle hunters.")
    got = totals(row)
    for item in (("regime", 45), ("pro_iran_foreign", 12), ("civilians", 17)):
        assert item in got


@pytest.mark.parametrize(("text", "item"), [
    ("Since the escalation began on June 2, SOHR has documented the death of 40 civilians, including nine children, in "
     "regime shelling on the south of Idlib, as well as 17 fighters of HTS.", ("hts_rebels", 17)),
    ("Since the start of the year, SOHR has documented the death of 25 civilians in Turkish drone strikes on the "
     "countryside of Al-Hasakah, as well as 33 members of the SDF.", ("sdf", 33)),
    ("Since early 2022, SOHR has documented the death of 61 civilians across Daraa province, in addition to 29 regime soldiers.",
     ("regime", 29)),
])
def test_a_figure_after_a_scope_and_as_well_as_shares_the_role(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


@pytest.mark.parametrize(("text", "item"), [
    ("According to SOHR, 21 people have been murdered in Al-Hol camp since the beginning of 2023, including six women "
     "and a member of the Asayish.", ("unknown", 21)),
    ("SOHR has documented the killing of 34 people in the countryside of Daraa since early 2022, including four children "
     "and two members of the Fifth Corps.", ("unknown", 34)),
    ("Since the start of the year, 17 persons have been killed by landmines in Deir Ezzor, including three children and one "
     "member of the SDF.", ("unknown", 17)),
])
def test_a_people_total_with_examples_keeps_its_figure(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


@pytest.mark.parametrize(("text", "item"), [
    ("The death toll of the clashes since they broke out on May 2, 2024 has risen as follows: 15 members of the SDF, "
     "9 gunmen of the tribes and four civilians.", ("unknown", 9)),
    ("Since the fighting erupted on March 1, 2024, SOHR has documented the death of 22 fighters of the Arab tribes and 30 "
     "members of the SDF.", ("unknown", 22)),
])
def test_gunmen_of_the_tribes_are_of_no_side(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


@pytest.mark.parametrize(("text", "kept", "not_total"), [
    ("Since the escalation began on May 3, following the car bomb in Azaz market which killed 40 people, SOHR has documented "
     "the death of 25 civilians in Turkish shelling.", ("civilians", 25), ("unknown", 40)),
    ("Since the offensive began on June 10, after the ambush near Al-Sukhnah that killed 31 soldiers, SOHR has documented "
     "the death of 58 ISIS members in Russian airstrikes.", ("isis", 58), ("regime", 31)),
])
def test_a_recalled_event_toll_is_not_a_total(text: str, kept: tuple[str, int], not_total: tuple[str, int]) -> None:
    got = totals(run(text))
    assert kept in got
    assert not_total not in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the beginning of 2023, 300 people were killed in the desert: 174 regime soldiers and 126 civilians.\n"
     "Regime losses were distributed by region as follows: Homs desert: 71; Deir Ezzor desert: 48; Hama desert: 55.",
     [("regime", 48, "Deir Ezzor desert"), ("regime", 55, "Hama desert"), ("regime", 71, "Homs desert")]),
    ("SOHR documented the deaths of 98 civilians and 40 SDF members since the beginning of 2021.\n"
     "Civilian deaths by province: Afrin (37), al-Bab (24) and Azaz (37).",
     [("civilians", 24, "al-Bab"), ("civilians", 37, "Afrin"), ("civilians", 37, "Azaz")]),
    ("SOHR documented the deaths of 98 civilians since the beginning of 2021. The toll breaks down regionally as "
     "follows: Daraa – 40, Idlib – 33, Aleppo – 25.",
     [("civilians", 25, "Aleppo"), ("civilians", 33, "Idlib"), ("civilians", 40, "Daraa")]),
])
def test_region_pairs_in_one_sentence(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(run(text)) == expected


@pytest.mark.parametrize("text", [
    "The network documented the killing of 96 civilians in Syria in March 2021.\n"
    "The report attributes the deaths to the main perpetrator parties as follows:\n"
    "Syrian regime forces killed 22 civilians, including four children.\n"
    "ISIS killed three civilians.\n"
    "Unidentified gunmen killed 71 civilians.",
    "The network documented the killing of 96 civilians in Syria in March 2021, distributed by perpetrator as follows:\n"
    "- Regime forces killed 22 civilians, including four children.\n"
    "- ISIS has killed three civilians.\n"
    "- Unidentified gunmen killed 71 civilians.",
])
def test_active_lines_by_perpetrator(text: str) -> None:
    assert perpetrators(run(text)) == [("civilians", 3, "isis"), ("civilians", 22, "regime"), ("civilians", 71, "unknown"),
                                       ("civilians", 96, None)]


def test_other_parties_line_has_no_perpetrator() -> None:
    row = run("The network documented the killing of 30 civilians in Syria in May 2022, as follows:\n"
              "Russian forces killed 10 civilians.\nOther parties killed 20 civilians.")
    assert perpetrators(row) == [("civilians", 10, "russia"), ("civilians", 20, None), ("civilians", 30, None)]


def test_subheader_keeps_the_block_open() -> None:
    row = run("SOHR has documented the following fatalities across Syria in October 2022:\n"
              "Civilians: 128, including 27 children and 14 women.\n"
              "Military and armed groups:\n"
              "- 97 members of regime forces and loyal militias of Syrian nationality\n"
              "- 19 non-Syrian Iranian-backed militiamen\n"
              "- 38 ISIS members\n"
              "- 21 unidentified persons")
    assert totals(row) == [("civilians", 128), ("isis", 38), ("pro_iran_foreign", 19), ("regime", 97), ("unknown", 21)]


def test_event_subject_is_no_line_by_perpetrator() -> None:
    row = run("SOHR documented the deaths of 96 civilians in March.\n\n"
              "Regime shelling killed three civilians in Sarmin on Monday.")
    assert perpetrators(row) == [("civilians", 96, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("In March 2022, SOHR documented the deaths of 60 civilians across Syria. Among them, 20 were killed by regime "
     "shelling, 15 by Russian airstrikes and 25 by landmines.",
     [("civilians", 15, "russia"), ("civilians", 20, "regime"), ("civilians", 25, None), ("civilians", 60, None)]),
    ("Since the start of 2023, 60 civilians have been killed in Idlib. Of these, 20 were killed in regime shelling and "
     "40 by Russian warplanes.", [("civilians", 20, "regime"), ("civilians", 40, "russia"), ("civilians", 60, None)]),
    ("SOHR has documented the following fatalities across Syria in October 2022:\n"
     "Civilians: 40, including 7 children. Of them, 23 civilians, including 5 children, were killed by landmines; six "
     "civilians, including two children, were killed by regime shelling; four were killed in Russian airstrikes; and "
     "seven were killed by ISIS cells.",
     [("civilians", 4, "russia"), ("civilians", 6, "regime"), ("civilians", 7, "isis"), ("civilians", 23, None),
      ("civilians", 40, None)]),
])
def test_parts_by_perpetrator_after_a_total(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert perpetrators(run(text)) == expected


@pytest.mark.parametrize("text", [
    "SOHR has documented the death of 17 people across Syrian territory on Thursday: three civilians, among them a woman "
    "and two children; eight members of regime forces; four fighters of HTS; an SDF member; and a man whose affiliation "
    "remains unknown.",
    "On Thursday, the Observatory recorded the deaths of 17 people throughout Syria, namely three civilians, eight regime "
    "soldiers, four HTS fighters, an SDF member and an unidentified man.",
])
def test_country_wide_day_toll(text: str) -> None:
    assert totals(run(text)) == [("civilians", 3), ("hts_rebels", 4), ("regime", 8), ("sdf", 1), ("unknown", 1)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The network documented the killing of 96 civilians in Syria in March 2021. The report notes that Daraa "
     "governorate saw the highest death toll, with 24 civilians killed, followed by Aleppo with 19.",
     [("civilians", 19, "Aleppo"), ("civilians", 24, "Daraa")]),
    ("SOHR documented the deaths of 120 regime soldiers since the start of 2023. Homs desert recorded the highest toll "
     "with 40, followed by Deir ez-Zor desert with 22 and Hama with 9.",
     [("regime", 9, "Hama"), ("regime", 22, "Deir ez-Zor desert"), ("regime", 40, "Homs desert")]),
    ("In 2022, 300 civilians were killed in Syria. Idlib had the largest share of deaths, with 120, then Aleppo (80).",
     [("civilians", 80, "Aleppo"), ("civilians", 120, "Idlib")]),
])
def test_ranking_by_region(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert regions(run(text)) == expected


def test_active_clauses_in_one_sentence() -> None:
    row = run("The network said it documented the deaths of 50 civilians in April 2022. By perpetrator: the regime killed 20 "
              "civilians; Russian forces killed 10 civilians; other parties killed 20 civilians.")
    assert perpetrators(row) == [("civilians", 10, "russia"), ("civilians", 20, None), ("civilians", 20, "regime"),
                                 ("civilians", 50, None)]
