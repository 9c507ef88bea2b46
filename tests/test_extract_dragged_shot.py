"""People dragged out of a car, bus or house and then shot are captives killed: an execution (events_dragged). A car
fired on as it drove is not. Paragraphs written for these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def test_dragged_out_then_shot_is_an_execution() -> None:
    for said in ("Gunmen of the faction pulled the engineer from his car near the village of Kafr Shams and shot him "
                 "and his brother dead on Friday.",
                 "On Tuesday, the activist was dragged from her car at a checkpoint near Tal Tamr and shot dead by "
                 "militiamen.",
                 "Militants forced the passengers off the bus near Sukhnah on Monday and executed three of them.",
                 "Gunmen took him out of his house in the town of Nawa on Sunday and killed him in front of his "
                 "children."):
        hit = event_type(said)
        assert hit is not None and hit[0] == "execution", said
        assert kinds(titled(said)) == ["execution"], said


def test_a_car_fired_on_is_no_execution() -> None:
    for said in ("Unknown gunmen opened fire on a car near the town of Nawa on Sunday, killing its driver.",
                 "Rescuers pulled two bodies from the car after gunmen shot at it near Nawa on Sunday."):
        hit = event_type(said)
        assert hit is None or hit[0] != "execution", said
