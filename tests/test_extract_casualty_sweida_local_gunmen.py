"""Local gunmen of Sweida (``casualty_local_druze``): the Druze armed men of As-Suwayda have no side label, so their dead
and wounded are ``unknown``; the local gunmen of Daraa stay the local factions (hts_rebels). The province is the one
named last before or in the paragraph, in any spelling (As-Suwayda, Al-Sweida, Suwaidaa).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_local_gunmen_in_suwayda_are_unknown() -> None:
    text = ("Clashes in Shahba\n\nClashes broke out on Monday between local gunmen and a gang affiliated with the Air Force "
            "Intelligence in Shahba city in the northern countryside of As-Suwayda, leaving three local gunmen and two "
            "members of the gang dead.")
    assert killed(text) == {"regime": 2, "unknown": 3}


def test_province_named_in_the_title_only() -> None:
    text = ("Sweida | Gunfight near Qanawat\n\nTwo local gunmen were wounded on Monday in a gunfight with members of a "
            "regime checkpoint near Qanawat.")
    assert injured(text) == {"unknown": 2}


def test_breakdown_of_a_risen_toll() -> None:
    text = ("Death toll of clashes in Al-Sweida rises to 12\n\nThe death toll of the clashes between local gunmen and a group "
            "affiliated with the Military Security in Atil has risen to 12. They are five local gunmen, six members of the "
            "group and a civilian hit by a stray bullet.")
    assert killed(text) == {"civilians": 1, "regime": 6, "unknown": 5}


def test_local_gunmen_of_daraa_stay_rebels() -> None:
    text = ("Clashes near Tafas\n\nClashes broke out on Monday between local gunmen and regime forces near Tafas in the "
            "western countryside of Daraa, leaving three local gunmen dead.")
    assert killed(text) == {"hts_rebels": 3}


def test_local_gunmen_called_a_faction_stay_rebels() -> None:
    text = ("Clashes near Shahba\n\nA local gunman from a faction of Shahba city and a member of a gang affiliated with the "
            "Air Force Intelligence were killed on Monday in clashes near Shahba in the northern countryside of As-Suwayda, "
            "while two local gunmen were injured.")
    assert injured(text) == {"hts_rebels": 2}
