"""Bare soldiers after the Turkish army's troops or places are Turkey's; a regime place named nearer keeps the regime."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def _sides(text: str, key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for incident in to_contract("t", extract_report(Report(text=text)))["incidents"]:
        for side, n in incident[key].items():
            out[side] = out.get(side, 0) + n
    return out


def test_wounded_soldiers_after_turkish_dead() -> None:
    text = ("Regime artillery struck a Turkish observation post near Atarib on Monday, killing three Turkish soldiers "
            "and wounding four soldiers.")
    assert _sides(text, "injured") == {"turkey_factions": 4}


def test_soldiers_killed_at_a_turkish_base() -> None:
    text = "Kurdish fighters attacked a Turkish army base near Marea on Monday, killing two soldiers."
    assert _sides(text, "killed") == {"turkey_factions": 2}


def test_regime_position_named_nearer_keeps_regime() -> None:
    text = "Turkish drones struck a regime position near Atarib on Monday, killing three soldiers and wounding four others."
    assert _sides(text, "killed") == {"regime": 3}


def test_soldiers_without_any_turkish_mention_stay_regime() -> None:
    text = "ISIS cells attacked an army checkpoint near al-Sukhnah on Friday, killing five soldiers and wounding two soldiers."
    assert _sides(text, "killed") == {"regime": 5}


def test_turkish_drones_on_army_positions_keep_regime() -> None:
    text = "Turkish drones shelled army positions near Tal Tamr on Monday, killing three soldiers."
    assert _sides(text, "killed") == {"regime": 3}


def test_curly_apostrophe_names_turkey() -> None:
    text = "Kurdish fighters shelled Turkey’s observation post near Marea on Monday, killing two soldiers."
    assert _sides(text, "killed") == {"turkey_factions": 2}
