"""Sources named by their standing that tell an outlet what they saw: "a military source told North Press", "A source
in the council told the agency that five ... were killed", "local sources told the website". A source that tells an
outlet its figures gives them as state media or an official does: where the monitor counts the same dead, the
monitor's count wins ("... a local source told the agency. The Observatory put the toll at three").

Not: the monitor's own sources ("SOHR sources told ..." credit the monitor, which figure_source reads first), nor a
source that only speaks ("the source said the attackers fled": no outlet told), nor "told" of anyone but a source."""

from __future__ import annotations

import re

#: "a (military|local|...) source (in the council) told North Press that": up to five words between the source and
#: its telling, one to three naming whom it told, then the told clause.
_SOURCE_TOLD = re.compile(r"\bsources?\b(?:\s+[\w'\u2019()-]+){0,5}?\s+told\s+(?:[\w'\u2019-]+\s+){1,3}?that\b", re.IGNORECASE)


def source_told(span: str, text: str) -> bool:
    """``text`` credits its figures to a source that told an outlet (``span``: the folded text, for the gate)."""
    return "source" in span and " told" in span and _SOURCE_TOLD.search(text) is not None
