""""N others" hurt after dead whose side only the context gives ("five militiamen were killed, while four others were
injured", after a sentence on Iranian-backed militias): the others share the side the context pass gave the dead, as
they would had the dead named it (``mention_context_passes.context_passes`` runs ``inherit_sides`` again for figures
still without a side once a figure before them got one). Dead of two sides still leave the others of no one side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_after_militiamen_of_the_context() -> None:
    text = ("Drone strike near Mayadin\n\nDrones of unknown origin hit two cars of Iranian-backed militias near Mayadin at "
            "dawn today. According to SOHR sources, five militiamen were killed, while four others were injured.")
    assert killed(text) == {"pro_iran_foreign": 5}
    assert injured(text) == {"pro_iran_foreign": 4}


def test_others_after_militiamen_with_a_nationality_part() -> None:
    text = ("Strike near Albu Kamal\n\nUnidentified aircraft bombed a convoy of Iranian-backed militias near Albu Kamal "
            "on Monday night. Six militiamen were killed, among them two of Afghan nationality, and seven others were "
            "wounded.")
    assert injured(text) == {"pro_iran_foreign": 7}


def test_other_militiamen_wounded_after_the_toll() -> None:
    text = ("Attack in the desert\n\nISIS cells attacked positions of Iranian-backed militias in the desert of Mayadin "
            "on Friday. The attack left three militiamen dead, and eight others were wounded, SOHR said.")
    assert injured(text) == {"pro_iran_foreign": 8}


def test_others_after_dead_of_two_sides_stay_unknown() -> None:
    text = ("Clashes near Mayadin\n\nClashes broke out between ISIS cells and Iranian-backed militias near Mayadin on "
            "Friday. Four militiamen and three ISIS members were killed, while nine others were injured.")
    assert injured(text) == {"unknown": 9}
