"""A toll of one event told as rising with "bringing the number of ... to N" / "bringing to N the number of ...", the
dead tied to one spot ("at the checkpoint", "there") or one event ("in the explosion"), is that event's latest toll,
not a period total; a rise of "people" after the dead of one side takes their side, after several sides it adds only
the rest. Dead counted on a day or by a doer over an area stay totals (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_a_rise_at_the_same_checkpoint_is_the_event_s_toll() -> None:
    row = titled("Gunmen stopped a minibus at a checkpoint near Kisweh on Monday and executed its driver and two farmers. "
                 "Four more farmers were shot dead at that checkpoint too, raising the number of farmers executed "
                 "at the checkpoint to seven.")
    assert killed_per_incident(row) == [{"civilians": 7}]
    assert total_pairs(row) == []


def test_a_rise_of_people_executed_there_replaces_the_figure_before() -> None:
    row = titled("Masked men stopped a truck of olive pickers on a farm road outside Inkhil on Friday and shot three of them "
                 "dead. Two more pickers were killed later at the same spot, raising the number of people executed there to five.")
    assert killed_per_incident(row) == [{"unknown": 5}]
    assert total_pairs(row) == []


def test_a_rise_of_people_takes_the_side_told_before_it() -> None:
    row = titled("Gunmen opened fire on a wheat field near Busra on Saturday and killed four farmers. Three more farmers "
                 "were shot at the same spot, bringing the number of people killed there to seven.")
    assert killed_per_incident(row) == [{"civilians": 7}]
    assert total_pairs(row) == []


def test_the_figure_before_the_counted_dead_of_one_explosion() -> None:
    row = titled("A roadside bomb tore through a pickup carrying farmhands near Tal Hamis on Sunday, killing one of them. "
                 "A second farmhand succumbed to his wounds at dawn, bringing to two the number of farmhands killed in the explosion.")
    assert killed_per_incident(row) == [{"unknown": 2}]
    assert total_pairs(row) == []


def test_people_after_dead_of_two_sides_add_only_the_rest() -> None:
    row = titled("Gunmen stormed a checkpoint near Inkhil on Friday, killing two soldiers and three farmers, bringing the "
                 "number of people killed in the checkpoint attack to six.")
    assert killed_per_incident(row) == [{"civilians": 3, "regime": 2, "unknown": 1}]
    assert total_pairs(row) == []


def test_dead_counted_on_a_day_across_a_province_stay_a_total() -> None:
    row = titled("A drone hit a fuel market near Sarmada on Monday, killing six civilians. Two more civilians died in the "
                 "evening, bringing to 40 the number of civilians killed yesterday across the province.")
    assert killed_per_incident(row) == [{"civilians": 6}]
    assert ("civilians", 40) in total_pairs(row)


def test_dead_counted_by_a_doer_over_a_province_stay_a_total() -> None:
    row = titled("A drone hit a fuel market near Sarmada on Monday, killing six civilians. Two more civilians died in the "
                 "evening, bringing the number of civilians killed by Russian jets in the province to 50.")
    assert killed_per_incident(row) == [{"civilians": 6}]
    assert total_pairs(row) == [("civilians", 50)]
