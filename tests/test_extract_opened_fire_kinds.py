"""Fire opened with a word between "opened" and "fire" ("opened machine-gun fire", "opened harassing fire", "opened
heavy fire") is an armed attack like "opened fire": a shooting with no casualties on the same day in another village is
an incident of its own (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: events without
casualties are incidents; `attack` = gunfire by an identified side)."""

from __future__ import annotations

from contract_rows import kinds, place_names, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    hit = event_type(text)
    return hit[0] if hit else None


def test_opened_machine_gun_fire_is_an_attack() -> None:
    assert _kind("Turkish soldiers opened machine-gun fire at farmers in the village of Kafr Nouran.") == "attack"


def test_opened_heavy_and_harassing_fire_are_attacks() -> None:
    assert _kind("The gendarmes opened heavy fire on a group of shepherds near the wall.") == "attack"
    assert _kind("Gunmen opened harassing fire on army posts near the town.") == "attack"
    assert _kind("Border guards opened indiscriminate live fire towards the fields.") == "attack"


def test_opened_the_road_is_no_fire() -> None:
    assert _kind("The army opened the road to traffic after the storm.") is None


def test_a_second_shooting_without_casualties_is_its_own_incident() -> None:
    text = ("A shepherd was shot dead on Monday by Turkish border guards near the village of Tal Hamees, a local source said.\n"
            "On the same day, Turkish troops opened heavy machine-gun fire at farmers in the village of Kherbet Ammo, "
            "west of Amuda, without causing casualties.\n")
    row = titled(text, "2021-05-04")
    assert len(kinds(row)) == 2
    assert any("Kherbet Ammo" in names for names in place_names(row))


def test_harassing_fire_paraphrase_starts_an_incident_too() -> None:
    text = ("A car bomb killed four civilians in the town of Suluk on Sunday, a local source said.\n"
            "Separately, SDF fighters opened sporadic fire on a Turkish post near the village of Umm Ushba, "
            "causing no casualties.\n")
    row = titled(text, "2021-05-04")
    assert len(kinds(row)) == 2
    assert "attack" in kinds(row)
