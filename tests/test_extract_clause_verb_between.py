"""A figure after the finite verb of the figure before it starts a clause of its own (``casualty_clause_verb``):
"four men who were herding sheep were killed and six others wounded" reads the six as hurt, not as one more item of
the dead's list; "a woman who was inside was wounded and four other men were detained" counts no hurt men.
Look-alikes: a list that goes on past the verb ("were killed, along with ..."), a relative clause that names the harm
itself ("a man who was wounded in ... and two of his sons"), and the plain "were killed and N others were wounded".

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_after_a_relative_clause_and_the_verb_are_hurt() -> None:
    text = ("Mine in Ithriyah\n\nFour men who were herding sheep east of Ithriyah were killed and six others wounded on "
            "Monday when an old landmine went off under their pickup truck.")
    assert killed(text) == {"civilians": 4}
    assert sum(injured(text).values()) == 6


def test_men_detained_after_a_hurt_woman_are_not_hurt() -> None:
    text = ("Raid in Hajin\n\nCoalition helicopters landed near Hajin at dawn on Tuesday and killed a man accused of "
            "running the finances of ISIS cells. A girl who was asleep in the next room was wounded and three other men "
            "were detained and flown away by helicopter.")
    assert sum(injured(text).values()) == 1


def test_the_list_going_on_past_the_verb_keeps_its_role() -> None:
    text = ("Tally in Raqqa\n\nSOHR said 12 members of the Internal Security Forces were killed during the week in "
            "Raqqa, along with nine ISIS members, in a string of night attacks on their posts.")
    assert injured(text) == {}


def test_a_relative_clause_that_names_the_harm_keeps_the_list() -> None:
    text = ("Shelling on Kafr Nabl\n\nRegime shells struck Kafr Nabl on Thursday. A farmer who was wounded in the "
            "shelling and two of his sons were taken to a hospital in Idlib.")
    assert sum(injured(text).values()) == 3


def test_plain_clauses_stay_as_they_were() -> None:
    text = ("Attack near Palmyra\n\nTwo soldiers who were guarding a checkpoint near Palmyra were killed and three "
            "others were wounded late on Monday when ISIS cells attacked them.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {"regime": 3}
