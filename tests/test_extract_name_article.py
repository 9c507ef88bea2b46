"""Place names written with the assimilated Arabic article ("Deir ez-Zor", "Jisr ash-Shughur", "Dayr az Zawr") are
read whole by the capitalised-name scans (``text.NAME_WORD``): the scan of a story town's span
(``incident_story_town``), a title's town label (``incident_caps_town``) and the first end of a road
(``incident_road_end``) no longer stop at the first word ("Deir", a village of Idleb in the gazetteer).
Look-alikes: an English "as", "an" or "at" before a capitalised word is no article ("as Ras al-Ain mourned"), and a
bare "Deir" or a name of another governorate still points elsewhere.

Every sentence here was written for these tests; the villages are made up.
"""

from __future__ import annotations

import re

from incident_cases import DAY, TownGeocoder
from observatory.extract.incident_road_end import road_far_end
from observatory.extract.incident_story_town import story_governorate
from observatory.extract.places import governorate_mentions, place_mentions
from observatory.extract.text import NAME_WORD

_GAZETTEER = {"Deir": "Idleb", "Dayr": "Idleb", "Deir ez-Zor": "Deir-ez-Zor", "Dayr az Zawr": "Deir-ez-Zor",
              "Jisr ash-Shughur": "Idleb", "Ras al-Ain": "Al-Hasakeh"}
_FIRST = "Coalition jets struck an arms depot on Tuesday, killing four militiamen. "
_VILLAGE = " On Wednesday, a mine killed two shepherds near the village of Tall Maqrouna."


def _story(middle: str) -> str | None:
    text = _FIRST + middle + _VILLAGE
    places = place_mentions(text, text.index("On Wednesday"), len(text))
    return story_governorate("Deir-ez-Zor", places, text, len(_FIRST), len(text), _GAZETTEER.get)


def test_a_name_with_the_assimilated_article_is_read_whole() -> None:
    names = [m.group() for m in re.finditer(rf"{NAME_WORD}(?:\s+{NAME_WORD})*", "Farmers of Deir ez-Zor, "
                                            "Jisr ash-Shughur, Maarat an-Numan and Dayr az Zawr met.")]
    assert names == ["Farmers", "Deir ez-Zor", "Jisr ash-Shughur", "Maarat an-Numan", "Dayr az Zawr"]


def test_an_english_word_before_a_name_is_no_article() -> None:
    names = [m.group() for m in re.finditer(rf"{NAME_WORD}(?:\s+{NAME_WORD})*", "Traders left as Ras al-Ain "
                                            "mourned, an Idlib man said at Kafr Nabl.")]
    assert names == ["Traders", "Ras al-Ain", "Idlib", "Kafr Nabl"]


def test_story_town_after_deir_ez_zor_keeps_its_governorate() -> None:
    assert _story("Traders from Deir ez-Zor city mourned the dead.") == "Deir-ez-Zor"


def test_story_town_after_dayr_az_zawr_keeps_its_governorate() -> None:
    assert _story("Traders from Dayr az Zawr mourned the dead.") == "Deir-ez-Zor"


def test_look_alike_a_town_of_another_governorate_with_the_article() -> None:
    assert _story("Traders from Jisr ash-Shughur mourned the dead.") is None


def test_look_alike_english_as_before_a_name_of_another_governorate() -> None:
    assert _story("Traders wept as Ras al-Ain mourned the dead.") is None


def test_look_alike_a_bare_deir() -> None:
    assert _story("Traders from Deir mourned the dead.") is None


def test_a_road_from_a_town_with_the_article_to_a_governorate() -> None:
    text = "Gunmen shot dead a driver on the road linking Jisr ash-Shughur to Latakia on Monday."
    far = governorate_mentions(text, 0, len(text))
    assert [p.name for p in far] == ["Latakia"] and road_far_end(far[0], text)


def _title_govs(text: str) -> list[str | None]:
    from observatory.extract import extract_report
    from observatory.models import Report

    extraction = extract_report(Report(text=text, published=DAY), TownGeocoder({"Jisr ash-Shughur": "Idleb"}))
    return [e.location.admin1 for e in extraction.events]


def test_a_title_labelled_with_a_town_with_the_article() -> None:
    text = ("Jisr ash-Shughur | Sniper kills a baker at dawn\nAgency of the North\n\nA sniper fired from the hills at "
            "dawn and killed a baker as he opened his shop.\n\nShops in Jisr ash-Shughur stayed shut all day.")
    assert _title_govs(text) == ["Idleb"]


def test_a_title_town_initial_without_the_assimilated_article() -> None:
    from observatory.extract.incident_caps_town import _initial

    assert _initial("Ar Rastan") == _initial("Rastan") == "r"
    assert _initial("ash-Shaddadi") == "s" and _initial("Ariha") == "a"


def test_a_paragraph_naming_deir_ez_zor_is_not_the_area_of_deir_hafer() -> None:
    from observatory.extract.mention_sides import _same_area

    work = "Fighting near Deir Hafer went on.\nGunmen were killed in Deir ez-Zor on Monday."
    assert not _same_area(work, 0, work.index("Gunmen"))
    again = "Fighting near Deir ez-Zor went on.\nGunmen were killed in Deir ez-Zor on Monday."
    assert _same_area(again, 0, again.index("Gunmen"))


def test_a_clause_led_by_a_town_with_the_article_is_a_scene_of_its_own() -> None:
    from observatory.extract.casualty_backed_referents import _SCENE
    from observatory.extract.text import _ELSEWHERE_LEAD

    found = _SCENE.match("In Deir ez-Zor, gunmen backed by Iran attacked a post.")
    assert found is not None and found.group("place") == "Deir ez-Zor"
    assert _ELSEWHERE_LEAD.match("in the town of Jisr ash-Shughur, a man was shot") is not None


def test_a_bare_list_may_hold_a_name_with_the_article() -> None:
    from observatory.extract.incident_joint_places import _NAMES_ONLY

    assert _NAMES_ONLY.fullmatch(", Tell Abyad, ash-Shaddadi and ") is not None
    assert _NAMES_ONLY.fullmatch(", killing two, as well as ") is None
