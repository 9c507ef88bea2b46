"""A day's toll told town by town, each item led by its town ("In Misraba, 10 civilians died, and in Hamouriyah, raids
killed nine members of one family", "At Saqba, 4 were killed, while in Kafr Batna, shells killed three people"): one
incident per town with its own toll (paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: one
same-day bombardment of several villages is one incident only when it is reported with one toll)."""

from __future__ import annotations

from contract_rows import killed_per_incident, place_names, titled
from observatory.extract.incident_units import listed_tolls
from observatory.extract.text import sentences


def _items(text: str) -> list[str]:
    return [text[s.start:s.end] for s in listed_tolls(text, sentences(text)[0])]


def test_items_led_by_their_towns_are_cut() -> None:
    text = "In Misraba, 10 civilians died, and in Hamouriyah, raids killed nine members of one family sheltering in a basement."
    assert _items(text) == ["In Misraba, 10 civilians died", "in Hamouriyah, raids killed nine members of one family "
                                                            "sheltering in a basement."]


def test_town_led_items_with_while_paraphrase() -> None:
    text = "At Saqba, 4 civilians were killed in the raids, while in the town of Kafr Batna, shells killed three people."
    assert len(_items(text)) == 2


def test_a_town_led_clause_without_a_toll_is_no_item() -> None:
    text = "In Misraba, 10 civilians died, and in Hamouriyah, rescuers searched the rubble through the night."
    assert _items(text) == []


def test_each_town_is_an_incident_with_its_toll() -> None:
    text = ("Regime warplanes pounded the towns of Eastern Ghouta on Thursday, the Syrian Observatory said.\n"
            "In Misraba, 10 civilians died, and in Hamouriyah, raids killed nine members of one family sheltering in "
            "their basement.\n")
    row = titled(text, "2018-02-09")
    assert {"civilians": 10} in killed_per_incident(row) and {"civilians": 9} in killed_per_incident(row)
    assert any(names[:1] == ["Hamouriyah"] for names in place_names(row))
