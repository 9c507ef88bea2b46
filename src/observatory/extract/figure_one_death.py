"""One death told by its noun: "left one fatality", "documented only one fatality", "caused a death among civilians".

The plural needs no person noun after its number ("three fatalities"); the singular after "a", "an", "one" or "single"
does, so "fatality" and "death" count one person where the noun ends its phrase: punctuation or a word that opens a
phrase of its own follows. Not a compound that names a thing ("a death trap", "a death sentence", "one death toll").
(tests/test_extract_one_fatality.py)"""

from __future__ import annotations

import re
from typing import Final

#: "fatality" / "death" closing the phrase of a one-word number: punctuation, the text's end, or a word that begins a
#: phrase (a preposition, a conjunction, a verb of being).
ONE_DEATH: Final = re.compile(r"\s+(?:fatality|death)(?=\s*(?:[.,;:)]|$)|\s+(?:among|amongst|in|on|at|from|during|when|while|after|"
                              r"and|but|was|is|has|had|so|near|as|of\s+(?:a|an|one)\s))", re.IGNORECASE)

#: Right before the number: the death denied or only feared ("not a single death", "without a death", "risk a death").
DENIED_BEFORE: Final = re.compile(r"\b(?:not|no|nor|never|without|risks?|risking)\s+(?:even\s+)?(?:a\s+)?$", re.IGNORECASE)
