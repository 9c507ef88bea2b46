"""Children told inside an injured toll of people of no stated side, the subject of its own passive verb ("seven
others were wounded, among them a child", "four other people, including two children, were injured"): the children are
the civilians' injured and are taken out of the whole, the rest stay of no side (read by
``casualty_subtracted.incident_figures``). The object of an attack's verb keeps its children inside ("..., wounding four
people, among them a child": four of no side), and so does a toll of a side ("three civilians, including a child, were
injured": a subset already counted), a toll that names its kinds ("10 civilians and fighters, including three children,
were wounded"), women (whose side the text does not give) and a death toll.
"""

from __future__ import annotations

import re

from observatory.extract.mention_sides import INJURED, Mention

#: The whole's own words, people of no kind, and their passive verb after an aside of the parts: "others were
#: wounded", "other people, including a child, were injured".
_PEOPLE = re.compile(r"[^\S\n]+(?:other[^\S\n]+)?(?:people|persons|others)(?:,[^,.;\n]{1,60},)?[^\S\n]+"
                     r"(?:were|have[^\S\n]+been|had[^\S\n]+been)[^\S\n]+(?:\w+ly[^\S\n]+)?(?:wounded|injured|hurt)\b",
                     re.IGNORECASE)


def hurt_children_apart(part: Mention, whole: Mention, text: str, offset: int) -> bool:
    """Whether ``part`` is children told inside the injured ``whole`` of people of no stated side, to be taken out of
    it (``text`` is the sentence, starting at ``offset`` of the figures' positions)."""
    return (part.role == whole.role == INJURED and part.label == "children" and part.side == "civilians"
            and whole.side == "unknown" and not part.quantity.vague and not whole.quantity.vague
            and part.value < whole.value and _PEOPLE.match(text, whole.quantity.end - offset) is not None)
