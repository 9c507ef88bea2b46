"""A party's claim that tells the incident once more, after the monitor's account gave its toll
(``incident_twice_told.drop_twice_told``): the claim's figures yield to the monitor's, and what is left of it (the same
kind of event, in a place the first account names, by the same party or by none named) is no second incident. Near
misses: a claim of another kind, of another place, by another party, or told as a new event, stays apart.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from contract_rows import contract
from contract_rows import killed_sums as killed
from observatory.extract.drafts import Draft
from observatory.extract.incident_twice_told import drop_twice_told
from observatory.extract.places import PlaceMention


def test_claim_of_the_same_sniping_is_no_second_incident() -> None:
    text = ("Sniper fire on the Kabani front\n\nThree regime soldiers were killed by sniper fire of Hayat Tahrir al-Sham "
            "on the Kabani axis in the northern countryside of Latakia on Monday, SOHR reported.\n\n"
            "For its part, the group's media outlet claimed that its snipers had killed \"seven soldiers\" on the Kabani "
            "front, a figure that SOHR could not verify.")
    assert killed(text) == {"regime": 3}
    assert len(contract(text)["incidents"]) == 1


def test_claim_of_the_same_raid_with_its_agency_is_no_second_incident() -> None:
    text = ("Checkpoint attack near Thiban\n\nSOHR activists reported that ISIS cells attacked a checkpoint of the SDF "
            "near Thiban in the eastern countryside of Deir Ezzor on Tuesday night, killing two SDF members.\n\n"
            "In turn, the organisation claimed through its agency that its fighters had killed \"ten apostates\" near "
            "Thiban.")
    assert killed(text) == {"sdf": 2}
    assert len(contract(text)["incidents"]) == 1


def _draft(text: str, start: int, end: int, kind: str, towns: list[str], counted: bool) -> Draft:
    places = [PlaceMention(t, text.index(t, start), text.index(t, start) + len(t)) for t in towns]
    counts = cast("dict[tuple[str, str], tuple[Any, int]]", {("killed", "regime"): (None, 0)} if counted else {})
    return Draft(0, 0, start, end, type_hit=(kind, start, start), places=places, counts=counts)


_FIRST = "Three soldiers were killed by sniper fire on the Kabani axis on Monday. "


def _kept(later: str, kind: str = "attack", towns: tuple[str, ...] = ("Kabani",), counted: bool = True) -> int:
    text = _FIRST + later
    first = _draft(text, 0, len(_FIRST), "attack", ["Kabani"], counted)
    second = _draft(text, len(_FIRST), len(text), kind, list(towns), False)
    return len(drop_twice_told([first, second], text))


def test_claim_told_again_is_dropped() -> None:
    assert _kept("The group claimed its snipers killed seven soldiers on the Kabani front.") == 1


def test_near_misses_stay() -> None:
    assert _kept("The group claimed its snipers killed seven soldiers near Kafr Nabudah.", towns=("Kafr Nabudah",)) == 2
    assert _kept("The group claimed its snipers struck again on the Kabani front on Tuesday.") == 2
    assert _kept("The group claimed a mine it planted killed soldiers on the Kabani front.", kind="ied_landmine") == 2
    assert _kept("Snipers of the group fired on soldiers on the Kabani front.") == 2  # no claim: maybe another event
    assert _kept("The group claimed its snipers killed seven soldiers on the Kabani front.", counted=False) == 2


def test_claim_dated_on_another_day_stays_apart() -> None:
    # near miss: the claimed attack is dated weeks after the one whose toll was told
    text = ("Attack near Thiban\n\nISIS cells attacked a checkpoint of the SDF near Thiban in the eastern countryside of "
            "Deir Ezzor on May 3, killing two SDF members.\n\nOn May 20, ISIS claimed an attack on an SDF checkpoint near "
            "Thiban.")
    assert len(contract(text, date(2023, 5, 25))["incidents"]) == 2
