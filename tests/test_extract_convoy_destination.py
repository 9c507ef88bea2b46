"""Where a convoy or patrol was going ("a convoy heading toward the observation post in X was hit near Y") is not where
it was hit, when the sentence names that place too (paragraphs written for these tests). One construction per test."""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_convoy_heading_toward_a_post_in_another_province_was_hit_where_the_sentence_says() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday a military convoy heading toward the observation post in Morek was hit "
        "by an airstrike near the town of Saraqib, killing two soldiers, the monitor said."
    ) == ["Idleb"]


def test_a_patrol_on_its_way_to_a_base_in_another_province_was_ambushed_where_the_sentence_says() -> None:
    assert _govs(
        "Monitor update\n\nCells of the Islamic State ambushed an army patrol on its way to the base in "
        "Palmyra near the village of Ithriyah on Friday, killing four soldiers."
    ) == ["Hama"]


def test_a_convoy_heading_toward_a_post_named_alone_is_placed_there() -> None:
    assert _govs(
        "Monitor update\n\nOn Tuesday a military convoy heading toward the observation post in Morek was hit "
        "by an airstrike, killing two soldiers, the monitor said."
    ) == ["Hama"]
