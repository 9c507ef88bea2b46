"""A toll spread over one whole province ("killed 16 soldiers across the province", "across Hama province", "across
Greater Idlib") sums a wave of strikes, however short its day: it is a total, and the strikes told stay incidents
without that toll (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md). Look-alikes that
must not change: a toll in one place of a province, "across the province" in another clause, a convoy or a flock
moving across the province, a governorate line crossed, separate incidents told one by one."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-03-05"))


def test_night_of_strikes_across_the_province_is_a_total() -> None:
    text = ("Government forces answered before dawn: the monitor reported that army rockets and helicopter raids killed "
            "11 opposition fighters across the province.")
    assert totals(text) == [("hts_rebels", 11)]


def test_day_toll_across_a_named_province_is_a_total() -> None:
    text = ("Warplanes kept up their raids on Tuesday, and the monitor counted seven civilians killed in them across "
            "Hama province, three of them in the village of Kafr Nbuda.")
    assert ("civilians", 7) in totals(text)


def test_deaths_across_a_greater_region_are_a_total() -> None:
    text = ("On Sunday evening the monitor recorded the deaths of 14 civilians across Greater Idlib as government jets "
            "pounded its towns.")
    assert ("civilians", 14) in totals(text)


def test_the_strike_told_keeps_no_share_of_the_province_toll() -> None:
    row = titled("On Friday a barrel bomb from a government helicopter hit houses in Kafr Zita. The monitor said "
                 "army shelling and air raids killed 12 civilians across the province that day.", "2024-03-05")
    assert ("civilians", 12) in total_pairs(row)
    assert all(i["killed"].get("civilians") != 12 for i in row["incidents"])


def test_look_alikes_stay_incidents() -> None:
    assert not is_period_total("A roadside bomb went off in Hama province on Sunday, killing four soldiers.")
    assert not is_period_total("Gunmen shot dead two teachers in the town of Nawa on Monday, as unrest spreads across the "
                               "province.")
    assert not is_period_total("Three soldiers were killed when their convoy moving across the province ran over a mine.")
    assert not is_period_total("An ISIS cell killed five herders who had taken their sheep across the governorate line.")
    assert not is_period_total("Four men were shot dead in separate incidents across Quneitra province on Thursday.")
    assert not is_period_total("Air raids killed six civilians across Hama province on Monday, two of them in a strike on "
                               "a car near Taybat al-Imam.")


def test_one_event_or_place_before_the_scope_stays_an_incident() -> None:
    """Review r39 rev6: the dead tied to one place or one event before 'across the province', or the scope hung on
    another verb, are no toll spread over the province (sentences written for this review)."""
    row = titled("Four soldiers were killed at a checkpoint near Al-Sukhnah on Tuesday night by ISIS fighters deployed "
                 "across the province in small cells.", "2024-03-05")
    assert total_pairs(row) == [] and [i["killed"] for i in row["incidents"]] == [{"regime": 4}]
    row = titled("The deaths of three children in a landmine blast on farmland in Busra al-Sham on Friday drew anger "
                 "across the province.", "2024-03-05")
    assert total_pairs(row) == [] and [i["killed"] for i in row["incidents"]] == [{"civilians": 3}]
    assert not is_period_total("Regime shelling killed three civilians in Kafr Nabl in renewed bombardment across the "
                               "province on Monday.")
    assert not is_period_total("Gunmen killed two former rebels in the town of Nawa and fled across the province.")
    assert not is_period_total("A landmine killed two shepherds grazing their flock across the governorate boundaries.")
    assert not is_period_total("Border guards shot dead two smugglers trying to slip across the governorate's border.")


def test_strikes_of_a_nation_before_the_scope_still_spread() -> None:
    assert is_period_total("The monitor said 9 civilians were killed in Russian and regime raids across the province "
                           "on Monday.")
