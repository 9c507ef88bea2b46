"""More wordings of a ranking by region after a period total (totals_lines.ranking_from, totals_rank_tops): a top
told "<place> alone accounted for N", "<place> topped the list with N", "<place> was the deadliest, with N" (no noun
after the superlative), and a next place told as a clause of its own ("while 38 were killed in the Homs desert").
Paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2023-06-02")
    return {(t["side"], t["killed"]) for t in row["totals"] if t.get("region")}


def test_a_place_alone_accounted_for_then_followed_by() -> None:
    text = ("Desert statistics\n"
            "Since the start of 2022, SOHR has documented the deaths of 640 regime soldiers and loyalists in attacks by ISIS "
            "cells in the Badia. The Hama desert alone accounted for 301 of those deaths, followed by the Raqqa desert with 188.")
    assert {("regime", 301), ("regime", 188)} <= regional(text)


def test_a_province_by_itself_accounted_for_then_and() -> None:
    text = ("Southern chaos\n"
            "Since January, the monitor has counted 97 civilians killed in the south. Quneitra by itself accounted for 52 of "
            "them, followed by Sweida with 30 and Daraa with 15.")
    assert {("civilians", 52), ("civilians", 30), ("civilians", 15)} <= regional(text)


def test_a_place_topped_the_list_with_a_remark_then_followed_by() -> None:
    text = ("October toll\n"
            "At least 40 members of government forces were killed in October 2022 in attacks in the desert, the monitor said. "
            "The desert of Raqqa topped the list with 19 dead, most of them near the Resafa crossroads, followed by the "
            "Homs desert with 13.")
    assert {("regime", 19), ("regime", 13)} <= regional(text)


def test_a_place_headed_the_tally_then_followed_by() -> None:
    text = ("Weekly toll\n"
            "ISIS gunmen have killed 25 soldiers in the past week, the monitor said. Deir Ezzor headed the tally with 14, "
            "followed by Homs with 11.")
    assert {("regime", 14), ("regime", 11)} <= regional(text)


def test_a_place_was_the_deadliest_with_no_noun_then_followed_by() -> None:
    text = ("Mine season\n"
            "Since the beginning of March 2023, SOHR has documented the deaths of 40 civilians while collecting truffles. "
            "The Homs desert was the deadliest, with 21 civilian fatalities, mostly around Palmyra, followed by the Hama "
            "desert with 12 fatalities, and the Raqqa desert with seven.")
    assert {("civilians", 21), ("civilians", 12), ("civilians", 7)} <= regional(text)


def test_a_next_place_told_as_a_clause_with_while() -> None:
    text = ("Half-year toll\n"
            "Since early 2023, the Badia has witnessed the death of 150 members of regime forces. The Raqqa desert saw the "
            "largest share of regime fatalities, with 66 dead, while 41 were killed in the Homs desert and the rest elsewhere.")
    assert {("regime", 66), ("regime", 41)} <= regional(text)


def test_a_next_place_told_as_a_clause_naming_its_dead() -> None:
    text = ("Badia week\n"
            "Fifteen soldiers were killed over the past week in attacks by ISIS in the Syrian desert, the monitor said. The "
            "Homs desert accounted for nine of the dead, all of them members of the 25th Division, whereas six members of "
            "the NDF lost their lives in the Raqqa desert.")
    assert {("regime", 9), ("regime", 6)} <= regional(text)


def test_people_of_all_sides_after_a_top_are_no_next_place() -> None:
    text = ("Monthly toll\n"
            "The monitor documented the deaths of 230 people in Syria in March, including 80 civilians. Idlib alone accounted "
            "for 45 of the month's deaths, 20 of them civilians, while 51 people died in Aleppo.")
    found = regional(text)
    assert ("civilians", 45) not in found and ("civilians", 51) not in found


def test_the_deadliest_attack_with_a_clause_after_it_is_no_ranking() -> None:
    text = ("Bombings in the north\n"
            "Since the start of May, car bombs have killed 44 people in the north, the monitor said. The market blast in "
            "Azaz was the deadliest, with 17 dead, while 6 were killed in a second blast.")
    assert not {t for t in regional(text) if t[1] in (17, 6)}
