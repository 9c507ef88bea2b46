""""..., killing him and two of his guards", "wounding her and a man who was with her": the attacker's verb takes the
pronoun and the figure after "and" alike (``casualty_pronoun_and``), and "him" is one more victim beside the figure, of
the side his words name where they are read (``casualty_pronoun_along``); his guards, with or without "his", are of his
side.
Look-alikes: "killing him and wounding two passers-by" (the figure's own verb), "killing him, and two soldiers were
wounded" and "killing him and two soldiers were wounded" (a clause of its own), "injuring him and his wife" (a kin with no
number: read as before).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from mention_rows import mentions


def _total(figures: list[tuple[str, int, str | None]], role: str) -> dict[str | None, int]:
    out: dict[str | None, int] = {}
    for r, value, side in figures:
        if r == role:
            out[side] = out.get(side, 0) + value
    return out


def test_him_and_his_guards_hurt() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, wounding him and two "
            "of his guards.")
    assert _total(mentions(text), "injured") == {"regime": 3}


def test_him_and_guards_killed() -> None:
    text = ("A bomb fixed under the jeep of an SDF commander went off in Shaddadi on Tuesday, killing him and three "
            "guards.")
    assert _total(mentions(text), "killed") == {"sdf": 4}


def test_him_and_a_companion_of_no_side() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, injuring him and a "
            "man who was riding with him.")
    assert _total(mentions(text), "injured") == {"regime": 1, "unknown": 1}


def test_guards_killed_then_him_and_one_more_hurt() -> None:
    text = ("A bomb fixed under the jeep of an SDF commander went off in Shaddadi on Tuesday, killing two of his guards "
            "and injuring him and a third guard.")
    assert _total(mentions(text), "injured") == {"sdf": 2}


def test_look_alike_own_verb_after_and() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, killing him and "
            "wounding two passers-by.")
    figures = mentions(text)
    assert _total(figures, "killed") == {"regime": 1}
    assert sum(_total(figures, "injured").values()) == 2


def test_look_alike_clause_of_its_own() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, killing him, and "
            "two soldiers were wounded.")
    figures = mentions(text)
    assert _total(figures, "injured") == {"regime": 2}
    assert not any(role == "killed" and value >= 2 for role, value, _ in figures)


def test_look_alike_own_passive_after_figure() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, killing him and two "
            "soldiers were wounded.")
    figures = mentions(text)
    assert sum(_total(figures, "injured").values()) == 2
    assert not any(role == "killed" and value >= 2 for role, value, _ in figures)


def test_look_alike_kin_without_number() -> None:
    text = ("A bomb fixed under the jeep of a regime officer went off in Inkhil in Daraa on Tuesday, injuring him and his "
            "wife.")
    assert _total(mentions(text), "injured") == {"regime": 1, "civilians": 1}
