"""The breakdown rule applied to one incident's figures of a sentence (read by ``core``): a part of another side is
taken out of its whole ("14 members, including 2 Russians" -> 12 of the parent's side and 2 Russians); a part of the
same side is a subset already counted ("including four children"); parts that name the sides of a whole of none stand
for it ("rose to three; a civilian and two fighters"); children and civilians told apart inside a toll are civilians.
"""

from __future__ import annotations

from dataclasses import replace

from observatory.extract.casualties import Mention
from observatory.extract.casualty_bystanders import told_civilian_parts
from observatory.extract.casualty_hurt_children import hurt_children_apart
from observatory.extract.casualty_mixed_wholes import civilian_parts_apart
from observatory.extract.casualty_rescuers import rescuer_in_people


def incident_figures(mentions: tuple[Mention, ...], text: str, offset: int) -> list[Mention]:
    """Apply the breakdown rule: "14 members, including 2 Russians" -> 12 of the parent's side and 2 Russians."""
    out = list(mentions)
    apart = civilian_parts_apart(mentions)  # "ten people, among them three children and two fighters": children apart
    apart |= told_civilian_parts(mentions, text, offset)  # "five others, including a civilian woman": a civilian apart
    for i, told in enumerate(mentions):
        m = out[i] = replace(told, side="civilians", label=None) if i in apart else told
        if m.parent is None:
            continue
        parent = out[m.parent]
        if (parent.side is None or _bare_whole_of_sides(m.parent, mentions, text, offset)) and m.side is not None:
            # "rose to three; a civilian and two fighters": the parts name the sides
            out[m.parent] = replace(parent, parent=-1)
            out[i] = replace(m, parent=None, rose=parent.rose or m.rose)
            continue
        subset = m.side == parent.side or m.label and m.side in (parent.side, "civilians") or (parent.side, m.side) == ("civilians", "unknown")
        subset = subset and not hurt_children_apart(m, parent, text, offset)  # "seven others were wounded, among them a child"
        subset = subset or rescuer_in_people(m, parent, text, offset)  # "wounding four, including a Civil Defence volunteer"
        subset = subset or _syrian_militia_again(m, parent)  # "a young man of Syrian nationality, a member of the Iranian-backed militias"
        if m.side is None or subset or parent.side is None:
            out[i] = replace(m, parent=-1)  # a subset of the parent ("including four children"): already counted
            continue
        out[m.parent] = replace(parent, quantity=replace(parent.quantity, value=max(parent.value - m.value, 0)))
    # "four people, including two soldiers and two fighters": the parts are the whole, no one is left over
    return [m for m, told in zip(out, mentions, strict=True) if m.parent != -1 and (m.value > 0 or told.value == 0)]


def _bare_whole_of_sides(whole: int, mentions: tuple[Mention, ...], text: str, offset: int) -> bool:
    """A figure with no words of its own whose parts add up to it and name two sides or more ("put the death toll at
    five, two fighters and three children"): the parts stand for it, whatever side the sentence lent it."""
    m = mentions[whole]
    if text[max(0, m.quantity.end - offset):max(0, m.group_end - offset)].strip():
        return False
    parts = [p for p in mentions if p.parent == whole]
    sides = {p.side for p in parts}  # (men of no side among them tell no side: "ten civilians: seven children and two men")
    return len(sides) > 1 and not sides & {None, "unknown"} and sum(p.value for p in parts) == m.value


def _syrian_militia_again(part: Mention, whole: Mention) -> bool:
    """The whole is Syrian men of an Iranian-backed militia (the regime's, by the schema) and the part names that
    militia with no nationality of its own: the same men, no foreigners among them."""
    return (whole.side, part.side) == ("regime", "pro_iran_foreign") and part.nationality is None \
        and whole.actor is not None and whole.actor == part.actor
