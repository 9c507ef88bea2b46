"""Lines under a day's country-wide toll that ends in a colon each tell one incident when they give the dead of one
located event (totals_day_lines)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _killed(text: str) -> list[dict[str, int]]:
    return [incident["killed"] for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]]


_DAY_HEAD = (
    "Daily death toll | Nine people killed across Syria on Friday\n"
    "SOHR has documented the deaths of nine people across Syrian territory on Friday, March 8, 2024, as follows:\n"
)


def test_province_lines_under_a_day_toll_are_incidents() -> None:
    text = _DAY_HEAD + (
        "Hasakah: Four SDF fighters were killed in a Turkish drone strike on their car near the town of Amuda.\n"
        "Idlib: Two farmers were killed by regime artillery shelling on the village of al-Bara.\n"
    )
    assert sorted(sum(k.values()) for k in _killed(text)) == [2, 4]


def test_bullets_under_a_day_toll_are_incidents() -> None:
    text = _DAY_HEAD + (
        "- A young man was shot dead by unknown gunmen in the town of Tafas in the western countryside of Daraa.\n"
        "- A girl was killed by the explosion of a war remnant in the town of Maarat Misrin in Idlib countryside.\n"
    )
    assert len(_killed(text)) == 2


def test_tally_lines_under_a_day_toll_stay_with_the_totals() -> None:
    text = _DAY_HEAD + "- 5 civilians killed by regime shelling.\n- 4 fighters of the SDF killed in Turkish strikes.\n"
    assert _killed(text) == []


def test_a_verbless_province_line_under_a_day_toll_is_an_incident() -> None:
    text = _DAY_HEAD + "Hama: three soldiers killed by rebel shelling on the village of Kafr Hud.\n"
    assert _killed(text) == [{"regime": 3}]


def test_fire_on_a_whole_countryside_stays_with_the_totals() -> None:
    text = _DAY_HEAD + (
        "Civilians: 5, including a child:\n"
        "- Three, including a woman, killed by regime shelling on Idlib countryside;\n"
        "- Two killed by Turkish shelling on Al-Hasakah countryside.\n"
    )
    assert _killed(text) == []


def test_a_sides_count_told_without_a_verb_stays_with_the_totals() -> None:
    text = _DAY_HEAD + (
        "Four regime soldiers: three of them were killed in an ISIS attack near the town of Ithriya.\n"
        "Two fighters of HTS killed by regime shelling on the village of Kansafra.\n"
    )
    assert {"hts_rebels": 2} not in _killed(text)
