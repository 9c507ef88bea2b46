"""A person who "lost a leg" (an eye, both hands, one of his arms) is hurt, not dead: "a farmer was killed and his
brother lost a leg", "a shepherd died and his son lost both legs". ``LOST_LIMB`` is the phrase, read as a hurt verb
after a figure's words (``casualties``) and after a kin (``casualty_unnumbered``), but not in a clause of a limb lost
before ("who had lost a leg").
"""

from __future__ import annotations

#: "lost a leg", "lost his left hand", "lost both legs", "lost one of his eyes"; not a limb lost before the event ("a
#: woman who had lost a leg in a previous strike", "who lost a hand years ago": told of one killed now).
LOST_LIMB = (r"(?<!\bwho\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bpreviously\s)(?<!\balready\s)(?<!\bearlier\s)"
             r"lost\s+(?:an?|his|her|their|both|one\s+of\s+(?:his|her|their))\s+(?:(?:left|right)\s+)?"
             r"(?:legs?|limbs?|eyes?|hands?|arms?|feet|foot)")
