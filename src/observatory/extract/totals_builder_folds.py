"""How ``totals.TotalsBuilder`` folds figures told after a total into it: the methods it inherits from
``TotalsBuilderFolds``.

* parts of another side or of a kind ("Among them were 11 non-Syrian militiamen", "They included 31 children",
  "Among the dead were 108 truffle hunters": ``totals_member_parts``) go into the total's ``of_which``
  (``_fold_parts``);
* figures by a cause of death with no actor (mines, torture) likewise (``_fold_causes``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from observatory.extract import totals_marks as marks
from observatory.extract.casualties import KILLED, Mention, find_mentions
from observatory.extract.text import Sentence
from observatory.extract.totals_builder_sides import TotalsBuilderSides
from observatory.extract.totals_causes import cause_parts
from observatory.extract.totals_member_parts import member_parts
from observatory.extract.totals_shares import trade_of

#: "Among the civilians were ...": the parts of a total of civilians.
_AMONG_CIVILIANS = re.compile(r"\bAmong\s+the\s+civilians\s+(?:were|are)\s+$")


class TotalsBuilderFolds(TotalsBuilderSides):
    """The folding methods of ``TotalsBuilder`` (which sets the attributes ``TotalsBuilderSides`` declares)."""

    def _fold_parts(self, mentions: list[Mention]) -> bool:
        """"Among them were 11 non-Syrian militiamen" (another side inside it) or "They included 31 children" (a kind)
        after a total of one side, "The dead include 14 children and five women" after one of people: parts of that
        total (its ``of_which``)."""
        last = self._claims[-1] if self._claims else None
        tops = [m for m in mentions if m.parent is None and m.role == KILLED and not m.quantity.vague]
        if last is None or not tops or sum(m.value for m in tops) > last.killed:
            return False
        if _AMONG_CIVILIANS.search(self.work, max(0, tops[0].quantity.start - 40), tops[0].quantity.start):
            if last.side != "civilians":
                return False  # ("Among the civilians were 21 children": parts of the civilians' total only)
            told = {k for k, _ in last.of_which}  # (all of them civilians, whatever their words: their kinds are its parts)
            self._claims[-1] = replace(last, of_which=(*last.of_which, *((m.label, m.value) for m in tops if m.label and m.label not in told)))
            return True
        members = member_parts(self.work, tops, last.side)  # ("Among the dead were 108 truffle hunters")
        if last.side == "unknown" and not (all(m.label in ("children", "women") for m in tops) or members):
            return False
        if not members and not all(m.label is not None or (last.side, m.side) in marks.INSIDE
                                   or m.side == last.side and trade_of(self.work, m) for m in tops):
            return False  # ("Among this toll, 49 truffle pickers ...": a total of its own within the one before)
        told = {k for k, _ in last.of_which}  # ("including 93 children" told first stays: a child named after is one of them)
        added = [(m.label or marks.PART_KEY.get((last.side, m.side), m.side or "unknown"), m.value)
                 for m in tops if m.label is not None or m.side != last.side]
        self._claims[-1] = replace(last, of_which=(*last.of_which, *((k, n) for k, n in added if k not in told and k != "unknown")))
        return True

    def _fold_causes(self, sent: Sentence) -> bool:
        """Figures of the total's side before, each by a cause of death with no actor (mines, torture): its ``of_which``."""
        last = self._claims[-1] if self._claims else None
        if last is None:
            return False
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published, default_role=KILLED,
                                 title_sides=False)
        parts = cause_parts(self.work, sent.end, mentions, last.side, self._actor_in if last.side == "unknown" else None)
        if parts is None or sum(n for _, n in parts) > last.killed:
            return False
        told = {k for k, _ in last.of_which}
        self._claims[-1] = replace(last, of_which=(*last.of_which, *((k, n) for k, n in parts if k and k not in told)))
        return True
