"""The top of a ranking by region told in other words than "<place> saw the highest toll, with N": "The heaviest toll
was in <place> with N, followed by ...", "<place> was the bloodiest area, with N, followed by ...", "<place> accounted
for the largest share with N, followed by ..." (totals_rank_tops): each place is a regional total. Paragraphs written
for these tests, judged by ../shared/data/sohr/SCHEMA.md; look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled


def regional(text: str) -> set[tuple[str, int]]:
    row = titled(text, "2023-06-02")
    return {(t["side"], t["killed"]) for t in row["totals"] if t.get("region")}


def test_the_heaviest_toll_was_in_a_place_then_the_places_after_it() -> None:
    text = ("Shelling on southern villages\n"
            "Regime rocket fire on the western countryside of Daraa since Saturday has killed 52 civilians, including 14 "
            "children, the monitor said. The heaviest toll was in Tafas with 31 dead, followed by Jasim with 12 and Nawa with 9.")
    found = regional(text)
    assert {("civilians", 31), ("civilians", 12), ("civilians", 9)} <= found


def test_a_place_that_was_the_bloodiest_area_then_the_places_after_it() -> None:
    text = ("Desert statistics\n"
            "SOHR counted 150 people dead in the Badia since the start of 2023. Over that period, the Hama desert was the "
            "bloodiest area, with 77 fatalities, followed by the Raqqa desert with 40 and the Homs desert with 33.")
    found = regional(text)
    assert {("unknown", 77), ("unknown", 40), ("unknown", 33)} <= found


def test_a_place_that_accounted_for_the_largest_share_then_the_places_after_it() -> None:
    text = ("Security chaos in the south\n"
            "Since January, 190 people have been killed in the south of the country, the monitor said. Daraa accounted for "
            "the largest share with 140 fatalities, followed by Quneitra with 25 and Sweida with 25.")
    found = regional(text)
    assert ("unknown", 140) in found and ("unknown", 25) in found


def test_a_lone_superlative_with_no_place_after_it_is_no_ranking() -> None:
    text = ("Shelling on southern villages\n"
            "Regime rocket fire on the western countryside of Daraa since Saturday has killed 52 civilians, the monitor "
            "said. The heaviest toll was in Tafas with 31 dead.")
    assert ("civilians", 31) not in regional(text)


def test_the_deadliest_attack_followed_by_another_is_no_ranking_by_place() -> None:
    text = ("Bombings in the north\n"
            "Since the start of May, car bombs have killed 44 people in the north, the monitor said. The market blast in "
            "Azaz was the deadliest attack, with 17 dead, followed by a roadside bomb near Afrin with 6.")
    found = regional(text)
    assert ("unknown", 17) not in found and ("civilians", 17) not in found
