"""People dragged out of a car, bus or house and then shot: a killing of captives, an execution.

"Fighters of the faction pulled her from her car and shot her and her driver dead", "who was dragged from her car and
shot dead", "gunmen forced the passengers off the bus and executed them", "took him out of his house and killed him":
the victims were taken first, then killed (SCHEMA: execution = killing of captives). Not a car shot at while driving
("opened fire on their car"), nor a body pulled from a car.
"""

from __future__ import annotations

from typing import Final

#: Taken out of where they were, then killed in the same clause chain.
DRAGGED_SHOT: Final = (r"\b(?:dragged|pulled|hauled|took|taken|forced|ordered)\s+(?:(?:him|her|them|the\s+[\w-]+|"
                       r"(?:an?|two|three|four|five|\d+)\s+[\w-]+)\s+)?(?:out\s+of|from|off|down\s+from)\s+(?:his|her|their|"
                       r"the|an?)\s+(?:[\w-]+\s+)?(?:cars?|vehicles?|bus|buses|minibus|trucks?|house|houses|home|homes)\b"
                       r"[^.;]{0,90}?\b(?:and|before|then)\s+(?:then\s+|later\s+|summarily\s+)?(?:shot|killed|gunned|executed|"
                       r"murdered)\b")
#: Every DRAGGED_SHOT match holds one of these (folded).
DRAGGED_STEMS: Final = ("dragged", "pulled", "hauled", "took", "taken", "forced", "ordered")
