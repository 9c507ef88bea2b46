""""the execution by ISIS of 35 people", "the killing by the cells of two shepherds": the doer named between the
killing noun and "of" (``casualties._LEFT_KILL``); the doer is not the victims' side, also when its name is quoted
("the "Islamic State" executes 20 tribesmen").
Look-alike: "the execution of N people" keeps its reading.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_execution_by_the_doer_of_people() -> None:
    text = ("Executions near al-Kishkiyah\n\nSOHR documented on Friday the execution by the \"Islamic State\" of 20 "
            "people from a local tribe in the desert near al-Kishkiyah.")
    assert killed(text) == {"unknown": 20}


def test_killing_by_the_cells_of_shepherds() -> None:
    text = ("Shepherds killed near Hajin\n\nSOHR activists reported the killing by ISIS cells of two shepherds in the "
            "desert near Hajin on Sunday.")
    assert killed(text) == {"civilians": 2}


def test_quoted_doer_in_title_is_not_the_victims_side() -> None:
    text = ("\"Islamic State\" executes 20 tribesmen near al-Kishkiyah\n\nSOHR documented on Friday the execution by "
            "the \"Islamic State\" of 20 people from a local tribe in the desert near al-Kishkiyah.")
    assert killed(text) == {"unknown": 20}


def test_execution_of_people_unchanged() -> None:
    text = ("Executions near al-Kishkiyah\n\nSOHR documented the execution of 20 people by ISIS in the desert near "
            "al-Kishkiyah on Friday.")
    assert killed(text) == {"unknown": 20}
