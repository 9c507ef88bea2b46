"""A toll that rises over an incident whose dead were told side by side.

* "15 people were killed: 11 civilians and four militiamen ... With the new bodies, both of them civilians, the toll
  rises to 17": 17 is the overall toll, not the civilians'; the two more dead are added to the civilians.
* "Twelve people were killed ... The toll later rose to 15: ten civilians and five fighters": the sides of the risen
  toll replace the earlier count of "people"; so do the sides of a later breakdown that adds up to it ("killing four
  people. The dead included two fighters and two civilians").
* "Nine policemen were killed ... The monitor put the toll at 11, saying two civilians were also killed": the risen
  toll holds the dead told before and the new dead of another side told with it, so it adds no figure of its own
  (``_new_side_also``; tests/test_extract_casualty_toll_and_said_hurt.py).
"""

from __future__ import annotations

from dataclasses import replace

from observatory.extract.mention_sides import KILLED, Mention

Counts = dict[tuple[str, str], tuple[Mention, int]]


def rise_over_sides(counts: Counts, figures: list[Mention], index: int, also: bool = False) -> list[Mention]:
    """Apply a sentence's rising toll to an incident's figures by side (``counts``, changed in place); returns the
    figures still to be taken in the usual way. ``also``: the sentence tells of more dead ("also", "another")."""
    _people_told_by_side(counts, figures, index, also)
    rises = [m for m in figures if m.rose and m.role == KILLED and not m.quantity.vague]
    sided_rises = [m for m in rises if m.side not in (None, "unknown")]
    if len(sided_rises) >= 2:  # the risen toll broken down by side: the earlier count of "people" gives way
        people = counts.get((KILLED, "unknown"))
        if people is not None and people[0].value < sum(m.value for m in sided_rises):
            del counts[(KILLED, "unknown")]
        return figures
    if len(rises) != 1:
        return figures
    rise = rises[0]
    newly = [m for m in figures if m is not rise and not m.rose and m.role == KILLED and m.side in (None, "unknown") and not m.quantity.vague]
    counted = sum(m.value for (role, _), (m, _) in counts.items() if role == KILLED)
    if newly and rise.side in (None, "unknown") and counted and counted + sum(m.value for m in newly) == rise.value:
        return [m for m in figures if not any(m is n for n in newly)]  # "a man ... died of his wounds, raising the toll to five": one of the five (round 72)
    alike = sum(m.value for m in figures if m is not rise and not m.rose and m.role == KILLED and m.side == rise.side and m.parent is None)
    if newly and alike and rise.side not in (None, "unknown") and all(m.quantity.end < rise.quantity.start for m in newly) and \
            counted + alike + sum(m.value for m in newly) <= rise.value:  # "a man and a child ... died of their wounds, raising
        return [m for m in figures if not any(m is n for n in newly)]  # the death toll to 11 civilians": of the 11 (round 73)
    sided = {side: m.value for (role, side), (m, _) in counts.items() if role == KILLED and side != "unknown"}
    more = rise.value - sum(sided.values())
    if also and more > 0 and (rest := _new_side_also(figures, rise, sided, more)) is not None:
        return rest
    if len(sided) < 2 or more <= 0:
        return figures
    told = [m for m in figures if m is not rise and not m.rose and m.role == KILLED and m.side in sided and m.value == more]
    if len(told) != 1 or told[0].side is None:
        return figures
    key = (KILLED, told[0].side)
    before = counts[key][0]
    counts[key] = (replace(before, quantity=replace(before.quantity, value=before.value + more)), index)
    people = counts.get((KILLED, "unknown"))
    if people is not None and people[0].value <= more:  # "the bodies of two more people were found": these two
        del counts[(KILLED, "unknown")]
    return [m for m in figures if m is not rise and m is not told[0]]


def _people_told_by_side(counts: Counts, figures: list[Mention], index: int, also: bool) -> None:
    """ "killing four people. The dead included two SDF fighters and two civilians", "the body of a woman was found ...
    the woman, a refugee, ...": a later sentence whose dead by side add up to an earlier count of people says who they
    were; the count of people gives way."""
    people = counts.get((KILLED, "unknown"))
    sided = [m for m in figures if m.role == KILLED and m.side not in (None, "unknown") and not m.quantity.vague]
    if people is None or people[1] == index or not sided or also or any(m.side == "unknown" for m in figures):
        return
    if any((KILLED, m.side) in counts for m in sided):
        return  # sides told before as well: more dead, not the same ones told again
    if sum(m.value for m in sided) == people[0].value:
        del counts[(KILLED, "unknown")]


def _new_side_also(figures: list[Mention], rise: Mention, sided: dict[str, int], more: int) -> list[Mention] | None:
    """The sentence's figures less the risen toll of no side, where its dead of sides not told before ("two civilians
    were also killed") make up exactly what the toll adds to the dead told before; None where they do not."""
    if rise.side not in (None, "unknown") or not sided:
        return None
    new = [m for m in figures if m is not rise and m.role == KILLED and m.parent is None and not m.rose
           and not m.quantity.vague and m.side not in (None, "unknown") and m.side not in sided]
    if not new or sum(m.value for m in new) != more:
        return None
    return [m for m in figures if m is not rise]
