"""A background event dated by a month ("In May last year, a car bomb went off in X, killing 9 civilians") whose toll is
a participle after a main clause that tells one event (one bomb, one target hit) is an incident, not a period total;
several events with one toll, and a period's toll, stay totals (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2022-10-04"))


_LEAD = "A roadside bomb wounded two soldiers near a checkpoint in the north of the province on Sunday. "


def test_month_dated_bomb_with_participle_toll_is_no_total() -> None:
    text = _LEAD + "In May, an explosive device went off near a bakery in the town, killing nine civilians."
    assert ("civilians", 9) not in totals(text)


def test_last_year_strike_on_one_target_is_no_total() -> None:
    text = _LEAD + ("In early June last year, Israeli missiles struck a gathering of militiamen near the airport, leaving "
                    "14 Hezbollah fighters dead.")
    assert not [p for p in totals(text) if p[1] == 14]


def test_attacks_of_a_month_with_one_toll_stay_a_total() -> None:
    text = _LEAD + "In May, ISIS cells carried out 17 attacks on army posts, killing 23 soldiers."
    assert ("regime", 23) in totals(text)


def test_a_period_toll_stays_a_total() -> None:
    text = _LEAD + "Since May, ISIS cells have killed 23 soldiers in the desert."
    assert ("regime", 23) in totals(text)
