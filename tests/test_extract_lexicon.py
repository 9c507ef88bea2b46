"""The actor lexicon (aliases, time windows, user files) and the geocoder hook of extraction."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from observatory.errors import InputError
from observatory.extract import ActorLexicon, extract_report
from observatory.models import Report


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.default()


@pytest.mark.parametrize(("phrase", "side"), [
    ("regime forces", "regime"), ("the NDF", "regime"), ("loyal gunmen", "regime"), ("Liwa al-Quds", "regime"),
    ("the Fatemiyoun", "pro_iran_foreign"), ("Hezbollah", "pro_iran_foreign"), ("Iranian-backed militias", "pro_iran_foreign"),
    ("the Organization", "isis"), ("ISIS cells", "isis"), ("Daesh", "isis"), ("the SDF", "sdf"),
    ("Turkish-backed factions", "turkey_factions"), ("HTS", "hts_rebels"), ("Russian forces", "russia"),
    ("the US-led coalition", "coalition"), ("shepherds", "civilians"), ("unknown gunmen", "unknown"),
])
def test_aliases_map_to_sides(lexicon: ActorLexicon, phrase: str, side: str) -> None:
    found = lexicon.find(phrase)
    assert found, phrase
    assert found[0].side == side


def test_short_capital_aliases_are_case_sensitive(lexicon: ActorLexicon) -> None:
    assert [m.side for m in lexicon.find("It is what it is.")] == []
    assert [m.side for m in lexicon.find("IS fighters and SDF-held areas")] == ["isis", "sdf"]


def test_the_longest_alias_wins(lexicon: ActorLexicon) -> None:
    assert [m.alias for m in lexicon.find("Turkish soldiers and Russian warplanes")] == ["Turkish soldiers", "Russian warplanes"]


def test_time_windows_choose_the_actor_valid_on_the_day(lexicon: ActorLexicon) -> None:
    # (the "Free Syrian Army" is told by its scene instead: tests/test_extract_actor_audit.py)
    before = lexicon.find("fighters of Jaysh al-Islam", on=date(2016, 5, 1))
    after = lexicon.find("fighters of Jaysh al-Islam", on=date(2019, 5, 1))
    assert before[0].side == "hts_rebels"
    assert after[0].side == "turkey_factions"


def test_a_syrian_iranian_backed_militia_is_regime() -> None:
    row = extract_report(Report(text="A landmine killed three Syrian Iranian-backed militiamen near the town of Mayadin."))
    assert row.events[0].casualties[0].side == "regime"


def test_user_file_rows_override_default_rows(tmp_path: Path) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("name,aliases,side\nLocal Shield,Daesh,unknown\n", encoding="utf-8")
    assert ActorLexicon.default(extra).find("Daesh")[0].side == "unknown"


def test_missing_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read actor file"):
        ActorLexicon.default(tmp_path / "absent.csv")


def test_bad_dates_in_a_user_file_name_the_line(tmp_path: Path) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text("name,aliases,side,nationality,patron,valid_from,valid_to\nX,X,regime,,,2020-13-01,\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"mine.csv:2"):
        ActorLexicon.default(extra)


class _BrokenGeocoder:
    """A geocoder that fails in an unexpected way: extraction must still return a result."""

    def geocode(self, name: str, context: object = None) -> object:
        raise RuntimeError("gazetteer is corrupt")


class _FixedGeocoder:
    """Resolves every place to one point in Homs governorate."""

    def geocode(self, name: str, context: object = None) -> object:
        from observatory.geo.result import GeocodeResult

        return GeocodeResult(name=name, matched=name, lat=34.9, lon=38.9, admin1="Homs", precision=1, score=1.0)


def test_a_failing_geocoder_gives_a_reason_not_an_exception() -> None:
    report = Report(text="ISIS cells attacked an army post near the town of Arak, killing two soldiers.")
    extraction = extract_report(report, _BrokenGeocoder())
    assert extraction.events == ()
    assert extraction.reason == "extraction failed: RuntimeError: gazetteer is corrupt"


def test_the_geocoder_gives_coordinates_and_the_governorate() -> None:
    report = Report(text="ISIS cells attacked an army post near the town of Arak, killing two soldiers.")
    event = extract_report(report, _FixedGeocoder()).events[0]
    assert (event.location.lat, event.location.lon, event.location.admin1) == (34.9, 38.9, "Homs")
    assert event.location.name == "Arak"
