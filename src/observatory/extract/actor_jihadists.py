"""Bare "jihadists" named as a doer: the jihadist group the text named just before them.

"Islamic State group jihadists attacked a security complex ...", "the jihadists attacked positions of the National
Defence Forces" after "IS kills 22 pro-regime fighters": wire reports call the group they have named "the jihadists",
which the lexicon reads on their own as HTS and its allies (the word's use on the Idlib fronts). A doer named only so
takes the side of the last jihadist group named by name before it in the same paragraph, or, where the paragraph names
none, of the one jihadist group the text named before (ISIS or HTS; none where it named both).

Tests: tests/test_extract_casualty_attackers_jihadists.py.
"""

from __future__ import annotations

from datetime import date

from observatory.extract.actors import ActorLexicon, ActorMatch

#: The words that name jihadists by kind only.
BARE_JIHADISTS = frozenset({"jihadists", "jihadist"})
#: The jihadist groups by name.
_JIHADIST_SIDES = frozenset({"isis", "hts_rebels"})


def jihadist_named(doer: ActorMatch, work: str, lexicon: ActorLexicon, on: date | None) -> ActorMatch:
    """The group bare "jihadists" (``doer``) stand for: the last jihadist group named before them (see module doc);
    any other doer is returned as it is."""
    if doer.alias.lower() not in BARE_JIHADISTS:
        return doer
    paragraph = work.rfind("\n", 0, doer.start) + 1
    named = groups_named(work, paragraph, doer.start, lexicon, on) or groups_named(work, 0, doer.start, lexicon, on, one_only=True)
    return named[-1] if named else doer


def groups_named(work: str, begin: int, end: int, lexicon: ActorLexicon, on: date | None, one_only: bool = False) -> list[ActorMatch]:
    """The jihadist groups (ISIS, HTS and its allies) work[begin:end] names by a name of their own, not as bare
    "jihadists"; with ``one_only``, none unless they are all of one side (the one group a text is about)."""
    named = [a for a in lexicon.find(work, begin, end, on) if a.side in _JIHADIST_SIDES and a.alias.lower() not in BARE_JIHADISTS]
    return named if not one_only or len({a.side for a in named}) == 1 else []
