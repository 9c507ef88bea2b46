"""Two or three people shot dead, told by their number and who they are: "unknown gunmen shot dead two former
fighters", "two brothers were shot dead by unidentified gunmen". The gunmen went for those few people (a targeted
killing), the way they do when they "opened fire on a car, killing two brothers" (assemble._single_target); a number
of the dead told apart from the shooting ("killing two soldiers" after an attack on a post) is not this.
"""

from __future__ import annotations

import re
from typing import Final

from observatory.extract.incident_posts import POST_NAMED

_FEW: Final = r"(?:two|three|2|3)"
#: The people as a few persons told by who they are: "two former opposition fighters", "three members of one family",
#: "two brothers" (not soldiers or officers, more often hit at their posts). Bare "two men", "three people" or "two
#: persons" are left alone: told so, the written sets label the shooting an attack as often as a targeted killing (or
#: a murder, where their bodies were found).
_PERSONS: Final = (r"(?:[\w'’-]+\s+){0,3}?(?:brothers|cousins|sons|fighters|members|rebels|ex-fighters|commanders|officials|"
                   r"dignitaries|notables|traders|merchants)\b")
#: "shot dead two former fighters", "two former rebels were shot dead by unknown gunmen".
_SHOT_FEW: Final = re.compile(
    r"\bshot\s+dead\s+" + _FEW + r"\s+" + _PERSONS + r"|"
    r"\b" + _FEW + r"\s+" + _PERSONS + r"(?:[^.;]{0,80}?)\s+(?:were\s+|was\s+)?shot\s+dead\s+by\s+(?:the\s+)?"
    r"(?:unknown|unidentified|masked)\s+(?:gunm[ae]n|assailants|persons)\b",
    re.IGNORECASE)


#: A robbery told of the shooting ("gunmen who robbed their shop"): a murder for gain, not people picked out.
_ROBBERY: Final = re.compile(r"\b(?:robb(?:ed|ing|ery|ers?)|stole|steal(?:ing)?|theft)\b", re.IGNORECASE)


def few_shot_dead(told: str) -> bool:
    """Two or three people told as shot dead by gunmen by their number ("gunmen shot dead two brothers"), with no
    post of a side named (not "two members of an SDF patrol": the patrol's men)."""
    return _SHOT_FEW.search(told) is not None and POST_NAMED.search(told) is None and _ROBBERY.search(told) is None
