"""A ranking by region whose next places are told by rank ("second with 512", "came next with 38", "Second came X
with nine"; totals_rank_ordinals), its top in the same sentence or the one before. Paragraphs written for these tests,
judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2023-06-02")
    return {(t["side"], t["killed"]) for t in row["totals"] if t.get("region")}


def test_came_first_then_a_place_second_with_the_verb_left_out() -> None:
    text = ("Desert toll\n"
            "Since the start of 2022, the monitor has documented the deaths of 640 regime soldiers in ISIS attacks in the "
            "Badia. By area, the Raqqa desert came first with 301 of the regime deaths, and the Hama desert second with 188.")
    assert {("regime", 301), ("regime", 188)} <= regional(text)


def test_accounted_for_the_most_at_then_came_next_and_third() -> None:
    text = ("Desert toll\n"
            "In 2022, ISIS cells killed 210 soldiers and militiamen in the Syrian desert, the monitor said. Deir Ezzor "
            "recorded the highest number of regime deaths at 90, Homs came next with 64, and Raqqa ranked third with 20.")
    assert {("regime", 90), ("regime", 64), ("regime", 20)} <= regional(text)


def test_second_came_a_place_in_the_sentence_after_the_top() -> None:
    text = ("Monthly toll\n"
            "At least 30 members of government forces were killed in March 2022 in desert attacks, the monitor said. "
            "The Raqqa desert was the bloodiest area, with 14 fatalities, most of them near Resafa. "
            "Second came the desert of Homs with ten dead.")
    assert {("regime", 14), ("regime", 10)} <= regional(text)


def test_no_area_deadlier_than_then_ranked_places_in_the_next_sentence() -> None:
    text = ("Truffle season\n"
            "Since the start of February, 44 civilians have been killed while gathering truffles, the monitor said. "
            "No area was deadlier than the Homs desert, which accounted for 21 civilian deaths, mostly near Palmyra. "
            "The Hama desert placed second with 15, and the Raqqa desert third with eight.")
    assert {("civilians", 21), ("civilians", 15), ("civilians", 8)} <= regional(text)


def test_a_ranking_of_attacks_by_rank_gives_no_regional_toll() -> None:
    text = ("Desert attacks\n"
            "Since the start of 2022, ISIS cells killed 120 regime soldiers in the Badia, the monitor said. Homs came first "
            "with 40 attacks, and Hama second with 25 attacks.")
    assert not {("regime", 40), ("regime", 25)} & regional(text)


def test_a_place_second_with_no_top_is_no_ranking() -> None:
    text = ("Desert toll\n"
            "In 2022, ISIS cells killed 210 soldiers in the Syrian desert, the monitor said. The Homs desert came second "
            "with 64.")
    assert ("regime", 64) not in regional(text)
