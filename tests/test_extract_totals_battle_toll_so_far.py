"""The toll of one battle told "so far" with the battle as its subject ("The clashes have so far left ... dead") is
that battle's incident toll, not a period total, unless the paragraph says the battle began a day or more before
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled


def totals(text: str) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in titled(text, "2020-03-03")["totals"])


def test_battle_of_today_so_far_is_an_incident_toll() -> None:
    row = titled("Heavy fighting erupted at dawn today near Kafr Nabudah in the northern countryside of Hama between "
                 "regime forces and rebel factions. The battles have so far left nine regime soldiers and six rebel "
                 "fighters dead.", "2020-03-03")
    assert row["totals"] == []
    assert sum(sum(i["killed"].values()) for i in row["incidents"]) == 15


def test_ongoing_clashes_so_far_killed_is_an_incident_toll() -> None:
    assert totals("Fierce clashes broke out this morning on the outskirts of Saraqib in the eastern countryside of Idlib "
                  "after the factions attacked regime positions. The ongoing clashes have so far killed 14 regime "
                  "soldiers and ten fighters of the factions.") == []


def test_battle_since_yesterday_so_far_stays_a_total() -> None:
    assert totals("Violent clashes have continued since yesterday evening on the outskirts of Saraqib in the eastern "
                  "countryside of Idlib between regime forces and the factions. The clashes have so far killed 14 "
                  "regime soldiers and ten fighters of the factions.") == [("hts_rebels", 10), ("regime", 14)]


def test_battle_for_the_third_day_so_far_stays_a_total() -> None:
    assert totals("Clashes raged for the third consecutive day on the Kabani axis in the countryside of Latakia between "
                  "regime forces and the factions. The fighting has so far left 21 regime soldiers and 17 fighters of "
                  "the factions dead.") == [("hts_rebels", 17), ("regime", 21)]
