""""Two drivers were killed": drivers counted as such are men told by their work, civilians as SCHEMA's workers are
(``casualty_drivers``); so are drivers "working for" a firm. Look-alikes: drivers told with escorts, drivers of a named
unit, one vehicle's driver.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_counted_drivers_are_civilians() -> None:
    text = ("Convoy attacked\n\nThree drivers died on Tuesday night when masked men sprayed their lorries with bullets "
            "on the road south of Deir Hafer.")
    assert killed(text) == {"civilians": 3}


def test_drivers_killed_as_object_are_civilians() -> None:
    text = ("Convoy attacked\n\nA cell of the organisation killed four drivers after stopping a column of grain "
            "lorries east of Maskanah on Friday.")
    assert killed(text) == {"civilians": 4}


def test_drivers_working_for_a_firm_are_civilians() -> None:
    text = ("Convoy attacked\n\nTwo drivers working for a private haulage company were killed when a roadside bomb "
            "struck their tankers near Ma'adan on Sunday.")
    assert killed(text) == {"civilians": 2}


def test_drivers_and_escorts_stay_of_no_side() -> None:
    # look-alike: drivers told in one phrase with armed escorts
    text = ("Convoy attacked\n\nFive drivers and escorts were killed when masked men stopped a fuel column near Khanasser "
            "on Monday.")
    assert killed(text) == {"unknown": 5}


def test_drivers_of_a_unit_keep_its_side() -> None:
    # look-alike: drivers of a named army unit
    text = ("Convoy attacked\n\nTwo drivers of the Fourth Division were killed when their lorries struck a mine near "
            "Arak on Sunday.")
    assert killed(text) == {"regime": 2}


def test_one_vehicles_driver_is_not_read() -> None:
    # look-alike: "its driver" is the vehicle's, not counted drivers
    text = "Strike near Mayadin\n\nAn unidentified drone struck a van outside Mayadin on Monday, killing its driver."
    assert killed(text) == {"unknown": 1}


def test_drivers_then_numbered_escorts() -> None:
    # "three drivers and two members of the NDF": the escorts are a figure of their own, the drivers workers
    text = ("Attack near Ithriyah\n\nISIS cells attacked a convoy of trucks on the Ithriyah road in Hama on Monday, "
            "killing three drivers and two members of the NDF who were escorting the convoy.")
    assert killed(text) == {"civilians": 3, "regime": 2}


def test_tankers_of_a_company() -> None:
    # a firm's tankers ("belonging to the Qaterji company") are no armed group's vehicles
    text = ("Attack near Ithriyah\n\nISIS cells attacked fuel tankers belonging to the Qaterji company near Ithriyah "
            "on Monday, killing two drivers.")
    assert killed(text) == {"civilians": 2}


def test_drivers_and_unnumbered_escorts_stay() -> None:
    text = ("Attack near Ithriyah\n\nISIS cells attacked a convoy of trucks on the Ithriyah road in Hama on Monday, "
            "killing seven drivers and escorts.")
    assert killed(text) == {"unknown": 7}
