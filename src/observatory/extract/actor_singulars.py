"""The singular of a lexicon alias that names a side's men by a plural role noun.

"Lebanese fighters", "Iraqi militiamen", "loyal militiamen", "Kurdish fighters" name a side; one of them ("a Lebanese
fighter", "an Iraqi militiaman", "a loyal militiaman", "a Kurdish fighter") names the same side. The lexicon lists such
aliases in the plural, so each alias of two or more words that ends in a plural role noun also stands in the singular.
A single word ("Afghans", "Iraqis") is a nationality, not a role, and is left as written; so is "nationals": "an Iraqi
national" is told of one already named ("an ISIS emir, an Iraqi national"), not of a militia's man."""

from __future__ import annotations

from collections.abc import Iterable

#: Plural role nouns of armed men and their singulars ("nationals" is none: a nationality, not a role).
_SINGULAR = {
    "militiamen": "militiaman", "gunmen": "gunman", "fighters": "fighter", "members": "member",
    "soldiers": "soldier", "officers": "officer", "commanders": "commander",
}


def singular_alias(alias: str) -> str | None:
    """"Lebanese fighters" -> "Lebanese fighter"; None for an alias of one word or not ending in a plural role noun."""
    head, _, last = alias.rpartition(" ")
    singular = _SINGULAR.get(last.lower()) if head.strip() else None
    if singular is None:
        return None
    return f"{head} {singular.upper() if last.isupper() else singular}"


def with_singulars(aliases: Iterable[str]) -> tuple[str, ...]:
    """The aliases, each plural role alias followed by its singular where the list lacks it."""
    given = tuple(aliases)
    known = {a.lower() for a in given}
    out: list[str] = []
    for alias in given:
        out.append(alias)
        singular = singular_alias(alias)
        if singular is not None and singular.lower() not in known:
            known.add(singular.lower())
            out.append(singular)
    return tuple(out)
