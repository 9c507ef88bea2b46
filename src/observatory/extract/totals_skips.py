"""Figures of a sentence of totals that are no total of their own (used by ``totals.TotalsBuilder._add``), round twelve.

* a kind of people right after "including" that hangs under no figure ("; 31, including ten children, by landmines"):
  a part of a figure the parser did not read (``totals_cues.orphan_part``);
* people told by their trade after a larger total of civilians or people ("... and recorded the killing of one media
  worker") (``totals_shares.trade_part``);
* people still alive where they are ("An estimated 250,000 people remain trapped in the east of the city"), in a
  sentence read as a line of the statistics as much as in one of its own (``totals_claims.alive_figure``).
"""

from __future__ import annotations

from observatory.extract.mention_sides import Mention
from observatory.extract.totals_claims import alive_figure
from observatory.extract.totals_cues import orphan_part
from observatory.extract.totals_shares import trade_part
from observatory.models import CumulativeClaim


def skipped_figure(work: str, m: Mention, claims: list[CumulativeClaim]) -> bool:
    """Whether the figure is no total of its own (see the module's list)."""
    return orphan_part(work, m) or trade_part(work, m, claims) or alive_figure(work, m)
