"""The event a sentence says the incident came after or answered is typed by its own words ("The US strikes came in
response to a drone attack launched by the militias on the base": a drone strike, not the strikes named first); fire
answered with a quoted adverb ("responded \"firmly\" to the sources of fire") is shelling. Paragraphs written for
these tests."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def test_strikes_in_response_to_a_drone_attack_tell_a_drone_strike() -> None:
    row = titled(
        "US warplanes struck positions of Iranian-backed militias near the town of Kansafra last night, killing six "
        "militiamen, the monitor said. The US strikes came in response to a drone attack launched by the militias on "
        "Sunday evening on the US base at the Tanf garrison, which caused no casualties."
    )
    assert kinds(row) == ["airstrike", "drone_strike"]


def test_shelling_that_came_after_gunmen_attacked_posts_tells_an_attack() -> None:
    row = titled(
        "Regime artillery shelled the village of Kansafra on Monday, killing two civilians, the monitor said. The "
        "shelling came hours after gunmen of a local militia stormed army posts near the village of Kafr Nabl, "
        "sparking clashes that left three soldiers dead."
    )
    assert kinds(row) == ["shelling", "attack"]


def test_forces_that_responded_firmly_to_the_sources_of_fire_shelled() -> None:
    found = event_type('The SDF said its forces "responded firmly" to the sources of fire in the town of Kansafra.')
    assert found is not None and found[0] == "shelling"
