"""One more person told hurt by the state he is left in rather than by a verb of hurt (tests in
tests/test_extract_another_in_hospital.py).

"one fighter was killed and another is in critical condition", "killing a soldier, while another remains in hospital",
"two were killed and a third was rushed to hospital": the bare "another" (or an ordinal) has no verb of hurt of its own,
but being in a critical or serious condition, in hospital, or under treatment after an attack is being hurt. The
phrases are ``casualty_rises.TREATED``, read on a figure's right as an injury word; here they also make "another" a
count (``figures.is_count``), as "another was injured" does.
"""

from __future__ import annotations

import re

from observatory.extract.casualty_rises import TREATED

#: Right after "another" / "a third": the state of the hurt ("is in critical condition", "remains in hospital",
#: "was taken to hospital", "is still receiving treatment"), with no noun between.
_STATE_AFTER = re.compile(rf"\s+(?:one\s+)?(?:(?:was|is|has\s+been|had\s+been|remains|remained)\s+)?(?:also\s+|still\s+|now\s+|left\s+)?(?:{TREATED})\b"
                          r"(?![^.;]{0,60}\b(?:died|succumbed)\b)",  # ("another was rushed to hospital, where he died"): dead, not hurt
                          re.IGNORECASE)
#: Before "another", in its sentence: a part of the hurt told already ("injuring five; two of them were transferred to
#: Turkey and another remains in hospital"): "another" is one more of those parts, no one more hurt.
_PART_OF_HURT = re.compile(r"\bof\s+(?:them|whom|the\s+(?:wounded|injured))\b[^.;!?\n]*$", re.IGNORECASE)


def hurt_state_after(work: str, end: int) -> bool:
    """Whether the words right after a bare "another" ending at ``end`` tell the state of one hurt (see module doc)."""
    return _STATE_AFTER.match(work, end) is not None and _PART_OF_HURT.search(work, max(0, end - 160), end) is None


#: "killing two soldiers and sending five others to hospital": the verb before the figure sends it to hospital, so the
#: figure is hurt, not one more of the dead before it (tests/test_extract_review_r37_rev7.py).
_SENT_LEFT = re.compile(r"\b(?:sending|sent|sends)\s+(?:(?:at\s+least|about|nearly|some|around|more\s+than|another)\s+)?$", re.IGNORECASE)
_TO_HOSPITAL = re.compile(r"(?:\s+(?!to\b)[\w'-]+){0,4}?\s+to\s+(?:a\s+|the\s+)?(?:(?!guard|protect|secure|storm|raid)[\w-]+\s+)?hospitals?\b", re.IGNORECASE)


def sent_to_hospital(work: str, start: int, end: int, limit: int) -> bool:
    """Whether the figure at ``start``..``end`` is sent to hospital by the verb right before it ("sending five others to
    hospital")."""
    return _SENT_LEFT.search(work, max(0, start - 40), start) is not None and _TO_HOSPITAL.match(work, end, limit) is not None
