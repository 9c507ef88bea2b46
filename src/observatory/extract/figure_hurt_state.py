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
_STATE_AFTER = re.compile(rf"\s+(?:one\s+)?(?:(?:was|is|has\s+been|had\s+been|remains|remained)\s+)?(?:also\s+|still\s+|now\s+|left\s+)?(?:{TREATED})\b",
                          re.IGNORECASE)


def hurt_state_after(work: str, end: int) -> bool:
    """Whether the words right after a bare "another" ending at ``end`` tell the state of one hurt (see module doc)."""
    return _STATE_AFTER.match(work, end) is not None
