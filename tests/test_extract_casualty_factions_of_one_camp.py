"""Fighters killed in a fight inside one camp named once (``casualty_roles.one_label_parties``): "clashes between two
factions of the Turkish-backed National Army", "among rival groups affiliated with the SNA" name the camp of both
parties, so fighters of no side told in it are of that camp. Look-alike: a fight between a camp and another side gives
the fighters no side from it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualty_roles import one_label_parties


def test_two_factions_of_the_national_army() -> None:
    text = ("Clashes in Jinderis\n\nTwo fighters and a civilian were killed in clashes on Monday between two factions of the "
            "Turkish-backed Syrian National Army in Jinderis.")
    assert killed(text) == {"civilians": 1, "turkey_factions": 2}


def test_rival_groups_affiliated_with_the_sna() -> None:
    text = ("Clashes in Al-Bab\n\nThree fighters were killed on Monday in clashes among rival groups affiliated with the SNA "
            "in Al-Bab over the sharing of a crossing's revenues.")
    assert killed(text) == {"turkey_factions": 3}


def test_a_camp_against_another_side_gives_no_camp() -> None:
    # (the one-camp rule itself: since "factions of the ... National Army" name Turkey's factions (``actor_specified``),
    # the whole sum no longer tells it apart from the nearest party's side, which is now Turkey's too)
    text = ("Two fighters were killed in clashes on Monday between factions of the Turkish-backed "
            "National Army and the Manbij Military Council.")
    assert one_label_parties(text, 0, len(text), ActorLexicon.default(), None) is None
