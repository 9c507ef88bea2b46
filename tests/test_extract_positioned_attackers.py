"""Where attackers are positioned or deployed ("militants positioned in the Idlib countryside infiltrated toward a post
near X in Hama") is their ground, not where the post they attacked lies (paragraphs written for these tests). One
construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_militants_positioned_in_one_province_infiltrated_a_post_in_another() -> None:
    assert _govs(
        "Monitor update\n\nOn Sunday militants positioned in the Idlib countryside infiltrated toward an army "
        "post near the town of Morek, killing three soldiers, the monitor said."
    ) == ["Hama"]


def test_fighters_deployed_in_one_province_infiltrated_a_post_in_another() -> None:
    assert _govs(
        "Monitor update\n\nOn Sunday fighters deployed in the Aleppo countryside infiltrated toward a post near "
        "the town of Saraqib, killing two soldiers, the monitor said."
    ) == ["Idleb"]
