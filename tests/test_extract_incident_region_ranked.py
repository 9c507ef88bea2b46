"""A ranking of regions in a period's roundup gives no incident its toll: "The Hama desert was the deadliest, with 17
civilian fatalities, ..., followed by the Homs desert with nine", "The Deir Ezzor desert saw the largest share of
regime fatalities, with 71 dead, while 38 were killed in the Homs desert": every figure of the ranking sentence is a
region's share, and the one incident told after keeps its own toll (``incident_region_shares``). A month ranked ("December
was the deadliest month, with 11 deaths, including three people killed when ...") is no region.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums


def test_deadliest_region_then_the_latest_incident() -> None:
    text = ("Truffle season | 31 civilians killed\n\nSince the beginning of February 2024, SOHR has documented the death "
            "of 31 civilians while collecting truffles in the deserts of Hama, Homs and Deir Ezzor.\nThe Hama desert was "
            "the deadliest, with 17 civilian fatalities, mostly around Ithriyah and Sheikh Hilal, followed by the Homs "
            "desert with nine fatalities, and the Deir Ezzor desert with five.\nThe latest incident was recorded yesterday, "
            "when two truffle hunters were killed by a mine explosion near Sheikh Hilal in the eastern countryside of Hama.")
    assert killed_sums(text) == {"civilians": 2}


def test_largest_share_while_others_elsewhere() -> None:
    text = ("ISIS in the first half of 2024\n\nAccording to SOHR's statistics, since early 2024 and until June 30, the "
            "Badia has witnessed the death of 134 members of regime forces and loyal militias.\nThe Deir Ezzor desert saw "
            "the largest share of regime fatalities, with 71 dead, while 38 were killed in the Homs desert.\nThe deadliest "
            "attack took place on the 12th of April, when ISIS cells ambushed a group of NDF members near al-Kawm in the "
            "eastern Homs desert, killing 22 of them.")
    assert killed_sums(text) == {"regime": 22}


def test_bloodiest_region_followed_by_another() -> None:
    text = ("Daraa in 2023\n\nSOHR documented the death of 120 people in Daraa governorate in 2023.\nThe western "
            "countryside was the bloodiest, with 48 fatalities, most of them around Tafas and Jasim, followed by Daraa city "
            "with 30.\nThe latest incident took place yesterday, when gunmen shot dead three young men near Tafas.")
    assert killed_sums(text) == {"unknown": 3}


def test_region_that_accounted_for_the_biggest_share() -> None:
    text = ("Syrian desert in 2023\n\nSOHR documented the death of 40 soldiers in the Syrian desert in 2023.\nThe Raqqa "
            "desert accounted for the biggest share of the dead, with 19 soldiers killed near al-Rasafa, while 12 were "
            "killed in the Hama desert.\nThe latest attack came on Monday, when ISIS cells killed two soldiers near "
            "al-Rasafa.")
    assert killed_sums(text) == {"regime": 2}


def test_deadliest_month_keeps_its_event() -> None:
    text = ("Suwayda in 2023\n\nThe network documented the deaths of 62 people in Suwayda governorate during 2023.\n"
            "December was the deadliest month, with 11 deaths, including three people killed when an explosive device "
            "went off in front of a house in the city of Suwayda on December 19.")
    assert killed_sums(text) == {"unknown": 3}


def test_topped_the_list_and_the_ranking_told_on() -> None:
    text = ("ISIS attacks kill 28 soldiers in October\n\nAt least 28 members of government forces were killed in October "
            "2021 in ISIS attacks in the Syrian desert, according to a tally compiled from local sources.\nThe desert of "
            "Homs topped the list with 11 dead, most of them near al-Sukhnah, followed by the Deir ez-Zor desert with nine, "
            "including three fighters of the Iranian-backed Liwa Fatemiyoun.\nFive soldiers were killed in the desert of "
            "Hama, near Ithriyah, while three members of the National Defense Forces lost their lives in the desert of "
            "al-Rasafa in Raqqa's countryside.\nOn October 24, a roadside bomb exploded near the town of al-Shola, south of "
            "Deir ez-Zor city, killing four soldiers.")
    assert killed_sums(text) == {"regime": 4}


def test_headed_the_tally_then_a_region_line() -> None:
    text = ("Landmines in 2023\n\nSOHR documented the death of 60 civilians by landmines and war remnants in 2023.\nThe "
            "Hama countryside headed the tally with 21 fatalities, followed by Idlib with 15.\nNine more civilians died in "
            "the Raqqa desert, mostly shepherds.\nOn the 2nd of December, a mine killed two children near Maarat al-Numan.")
    assert killed_sums(text) == {"civilians": 2}

