"""The rest of a toll of people called civilians in the sentence that names its other part (tests in
tests/test_extract_casualty_rest_civil.py).

"A motorcycle bomb killed three people. A fighter of the Hamza Division was among the dead, while the other two were
civilians": the part of a named side is taken out of the whole (``casualty_referents.among_the_dead``), and what the
whole leaves over is of the kind that sentence gives it: "the other two were civilians", "the rest were civilians", "the
remaining victims were all civilians", "and the others were civilians" (SCHEMA: victims the text calls civilians).
"""

from __future__ import annotations

import re

_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
#: "the other two were civilians", "the rest of the dead were civilians", "the remaining victims were all civilians".
_REST_CIVIL = re.compile(rf"\b(?:the\s+(?:other|remaining)(?:\s+{_NUMBER})?(?:\s+(?:victims?|dead|people|persons|ones|fatalities))?|"
                         r"the\s+rest(?:\s+of\s+(?:the|those)\s+(?:victims|dead|killed|fatalities))?|(?:all\s+)?the\s+others)"
                         r"\s+(?:were|was|are|is)\s+(?:all\s+)?"
                         r"(?:(?:local|displaced|Syrian)\s+)?civilians\b", re.IGNORECASE)


def rest_called_civil(work: str, at: int) -> bool:
    """Whether the sentence from ``at`` (the end of the parts named) calls the rest of the whole civilians."""
    ends = [i for i in (work.find(". ", at), work.find("\n", at)) if i >= 0]
    return _REST_CIVIL.search(work, at, min(ends, default=len(work))) is not None
