"""Fire told as backing a fight, not as the incident's kind (tests/test_extract_round63_readings.py).

"IS jihadists killed 18 pro-government fighters in an attack ..., while 11 jihadists also died in the fighting and in
Russian air strikes launched in support of the troops": the strikes backed the troops in the attack told before; the
incident stays an attack, though an air strike's kind would otherwise win over a plain attack's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from observatory.extract.drafts import SentenceFacts

#: Right after the kind's words: "launched in support of", "carried out to support", "backing the troops".
_IN_SUPPORT = re.compile(r"\s*(?:(?:launched|carried\s+out|conducted|provided)\s+)?(?:in\s+support\s+of|to\s+support|"
                         r"supporting|backing|to\s+back|as\s+cover\s+for)\b", re.IGNORECASE)


def in_support(f: SentenceFacts) -> bool:
    """Whether the sentence tells its kind of event as fire in support of others."""
    if f.type_hit is None:
        return False
    return _IN_SUPPORT.match(f.sentence_text, f.type_hit[2] - f.sentence.start) is not None
