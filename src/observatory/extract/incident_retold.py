"""Sentences that tell the incident being assembled once more, as a source's account of it, although the split rules
read them as another event.

Constructions handled:

* the event's weapon or kind as the subject of a source's account, with "also" before a harm verb ("The monitor said
  the shells landed on the villages of A and B, also wounding three civilians", "Activists reported that the strike
  also killed a child"): "also" adds victims or places to the event told, it does not mark another event;
* a source's account of the same killing whose victim is pointed back to by a pronoun or a definite noun ("A local
  network said unknown gunmen opened fire on the commander's car, killing him and his two guards", "Relatives told
  the agency that masked men shot the man dead"): the victim told before, with no place or day of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from observatory.extract.incident_sameness import ANOTHER
from observatory.extract.incident_time_shift import refers_back
from observatory.extract.numbers import number_words

if TYPE_CHECKING:
    from observatory.extract.drafts import Draft, SentenceFacts

#: "also" right before a harm verb: more victims of the event named as the subject.
_ALSO_HARM = re.compile(r"\b(?:also|as\s+well)\s+(?=(?:wound|kill|injur|leav|hurt|claim)\w*\b)", re.IGNORECASE)
#: "X said (that)", "X told the agency that", "according to X,": an account given by a source.
_ACCOUNT = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?|reported|added|stated|explained|confirmed)\b|"
                      r"^\s*According\s+to\b", re.IGNORECASE)
#: The victim pointed back to: "killing him", "shot them dead", "the commander's car", "the man's house".
_VICTIM_BACK = re.compile(r"\b(?:killing|killed|shooting|shot|wounding|wounded|executing|executed|slaying|murdering|"
                          r"murdered)\s+(?:him|her|them)\b|\bthe\s+(?:[\w-]+\s+)?(?:commander|man|woman|victim|officer|"
                          r"leader|official|notable|dignitary|mukhtar|sheikh|fighter|soldier|member|activist|doctor|"
                          r"teacher)'s\s+(?:car|vehicle|house|home|motorcycle|convoy|office|shop)\b", re.IGNORECASE)
#: A victim brought in by this sentence ("a man", "two young men"): whoever the pronoun names is new here.
_NEW_VICTIM = re.compile(r"\b" + number_words("an?", r"\d+") + r"\s+(?:[\w-]+\s+)?(?:man|men|woman|women|civilians?|"
                         r"soldiers?|members?|fighters?|youths?|persons?|people|child(?:ren)?|boys?|girls?|shepherds?|"
                         r"farmers?|workers?|villagers?|residents?|brothers?|sons?|officers?|militiam[ae]n|relatives?)\b",
                         re.IGNORECASE)
_SHOOTINGS = frozenset({"attack", "assassination", "ambush", "execution", "other"})
_KILLINGS = frozenset({"assassination", "execution"})


def retold(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """Whether the sentence is another account of the incident being assembled, not another event."""
    if f.dates or f.sentence.recalled or f.sentence.inherits or f.sentence.clause:
        return False
    same_kind = f.type_hit is None or draft.type_hit is not None and f.type_hit[0] == draft.type_hit[0]
    if same_kind and _ALSO_HARM.search(text) and refers_back(_ALSO_HARM.sub("", text)):
        return True  # (not "the drones also wounded 90 people" after a shelling: another kind, told as a statistic)
    return _victim_told_back(draft, f, text)


def _victim_told_back(draft: Draft, f: SentenceFacts, text: str) -> bool:
    """A source's account of a shooting whose victim is the one told before: no place of its own, no new victim."""
    if any(not p.governorate for p in f.places) or draft.type_hit is None or draft.type_hit[0] not in _SHOOTINGS:
        return False
    if f.type_hit is not None and f.type_hit[0] not in _SHOOTINGS:
        return False
    if draft.type_hit[0] not in _KILLINGS and not any(role == "killed" for role, _, _ in draft.figures()) and \
            not any(m.role == "killed" for m, _ in draft.generic):
        return False  # no one killed told before: no victim to point back to
    account = _ACCOUNT.search(text)
    back = _VICTIM_BACK.search(text)
    if account is None or back is None or account.start() > back.start():
        return False
    if ANOTHER.search(text, 0, back.start()):
        return False  # "gunmen also opened fire on two farmers, killing them": another shooting
    return _NEW_VICTIM.search(text, account.end(), back.start()) is None
