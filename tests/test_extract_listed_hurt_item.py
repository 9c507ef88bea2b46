"""A sentence that tells dead and then "N others ... were injured when <event>" tells one event with its wounded,
not a toll listed place by place (incident_units.listed_tolls). Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled


def test_dead_then_others_wounded_when_the_event_happened_is_one_event() -> None:
    for text in (
        "Four civilian workers at the Shaer gas field were killed, and six others, including the driver, were "
        "injured when ISIS cells opened fire at their bus on the road to the field in the Palmyra desert this morning.",
        "Two soldiers at a checkpoint in the town of Jasim were killed, and three others were wounded when gunmen "
        "attacked the checkpoint near the town of Nawa on Monday.",
    ):
        assert kinds(titled(text)) == ["attack"], text


def test_dead_listed_town_by_town_stay_apart() -> None:
    row = titled("Nine civilians were killed by barrel bombs on the town of Kafr Zita on Monday, and six others in "
                 "airstrikes on the village of al-Lataminah.")
    assert len(kinds(row)) == 2
