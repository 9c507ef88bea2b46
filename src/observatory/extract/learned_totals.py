"""Period totals the rules missed, found by a learned role for each casualty number.

Every casualty-like number of a report (digits and number words; vague ones, years and dates, and numbers with no
casualty word in reach left out) is a *candidate*. A multinomial logistic regression over context features gives
each candidate a role: the killed or injured figure of one incident, a period or running total's killed, or none.
The weights (`observatory/data/role_weights.json`) were trained by `bench/train_role_model.py` on the labelled
written sets of bench/data, with labels matched from their gold values, never from the rules; the rules' own role
for the candidate is one of the features.

The model only ever adds. A candidate becomes one more `CumulativeClaim` (side, killed, its span; no period: the rules
read periods) when the rules booked nothing on it nor told its value elsewhere, the model calls it a total with
probability at least the file's `min_conf`, and it is none of what the rules keep out of the totals on purpose: a
figure of the title, a single person, a part of a figure told before it ("including ...", "38 of whom", "Of the total,
..."), a party's claim, a sentence of wounded only, the war's whole toll or a toll abroad, a list's line (the rules read
lists), a number whose twin of the same value in its sentence the rules booked (one more item of a list they read);
its side is the one the noun group after it names ("1,344 IS members", "359 civilians"; "people" of no side are left
alone). Everything the rules booked stays.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from observatory.extract.actors import ActorLexicon
from observatory.extract.incident_trailers import link_line
from observatory.extract.numbers import find_quantities
from observatory.extract.totals_causes import cause_led
from observatory.extract.totals_cues import ABROAD, WHOLE_WAR
from observatory.extract.totals_skips import DAY_AFTER
from observatory.models import CumulativeClaim, Extraction, Qualifier, Span

ROLES = ("incident_killed", "incident_injured", "total_killed", "none")
LOOKBACK = 300  # a casualty word must occur in the number's sentence or this many characters before it
WEIGHTS = "role_weights.json"
NEIGHBOURS = 40  # candidates on each side that a number's arithmetic features look at

# the word lists of the features (bench/bench_role_model.py, the round-32 pilot, reads them too)
CASUALTY_WORD = re.compile(r"kill|dead|death|die[ds]?\b|dying|wound|injur|toll|casualt|martyr|lives|bodies|body|"
                           r"fatalit|perish|slain|execut|succumb|\blost\b|losses", re.IGNORECASE)
MONTH_WORDS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                         "sept", "oct", "nov", "dec"))
PERSON_WORDS = frozenset({"member", "soldier", "civilian", "child", "man", "woman", "fighter", "militiaman", "gunman",
                          "officer", "conscript", "person", "boy", "girl", "young", "youth", "shepherd", "worker",
                          "leader", "commander", "militant", "citizen", "teenager", "elderly", "farmer", "driver",
                          "policeman", "guard", "trooper", "personnel", "third", "fourth", "fifth", "sixth", "seventh",
                          "eighth", "ninth", "tenth", "dead", "wounded", "injured"})
CUES = ("since", "toll", "rise", "rises", "risen", "rose", "rising", "bringing", "brings", "brought", "according",
        "claimed", "claim", "claims", "said", "says", "announced", "reported", "total", "totals", "overall",
        "past", "far", "month", "months", "year", "years", "week", "weeks", "hours", "days", "yesterday",
        "including", "among", "them", "whom", "documented", "statistics", "sources", "sana", "amaq", "ministry",
        "agency", "killed", "wounded", "injured", "dead", "died", "succumbed", "captured", "arrested",
        "kidnapped", "missing", "another", "other", "others", "more", "further", "additional", "both",
        "beginning", "start", "previous", "earlier", "last", "same", "period", "monthly", "annual", "roundup",
        "all", "while", "whereas", "also", "number", "bodies", "executed", "civilians", "children", "women")
BIGRAMS = ("death toll", "according to", "in the past", "so far", "since the", "the number", "number of",
           "rises to", "risen to", "rose to", "bringing the", "of them", "among them", "of whom", "in total",
           "the total", "a total", "the same", "in addition", "at least", "the beginning", "last month",
           "this year", "last year", "on the other")
_PRE = ("since", "toll", "according", "claimed", "said", "including", "among", "total", "rise", "risen", "rose",
        "bringing", "of them", "past")
_QUALS = ("at", "about", "nearly", "more", "over", "around", "almost", "some", "up", "approximately")
_NG_STOP = frozenset({"were", "was", "are", "is", "have", "has", "had", "in", "on", "at", "by", "and", "of", "from",
                      ",", ".", ";", ":", "(", ")", "-", "killed", "wounded", "injured", "died", "dead", "who",
                      "which", "that", "to"})
# the tokeniser of the features (bench/bench_side_model.py and bench_role_model.py, the earlier pilots, read it too)
NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                       "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                       "ninety", "hundred", "dozen", "dozens", "hundreds", "tens"})
TOKEN = re.compile(r"[A-Za-z]+(?:['\-][A-Za-z]+)*|\d[\d,.]*|[^\sA-Za-z\d]")
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])|\n+")
_LEAD_QUAL = re.compile(r"^(?:at least|about|nearly|more than|over|around|almost|some|up to|approximately)\s+",
                        re.IGNORECASE)
# a part of a figure told before it in its clause: "..., including 17 children and five women", "119 of them", "-: 44"
_PART_OF = re.compile(r"\b(?:including|includ\w*|among\s+(?:them|whom|those|the\s+(?:civilians|dead|victims|fatalities))|of\s+(?:whom|them|these|those)|"
                      r"as\s+well\s+as)\b[^;.|:\n]*$|:\s*$", re.IGNORECASE)
# where the noun group after a number ends: a verb, a preposition, a clause break ("14 were killed by ISIS", "5 by
# unknown gunmen": no noun of the victims' own, so no side)
_GROUP_END = re.compile(r"[;,.:()\n\u2013\u2014]|\s-\s|\b(?:and|while|whereas|by|in|at|on|from|during|since|as|to|"
                        r"were|was|are|is|have|has|had|been|being|who|which|that|killed|died|lost|fell|perished)\b",
                        re.IGNORECASE)
# the number is itself a part of a figure told just before it or of the whole ("38 of whom", "131 of the civilians",
# "Of the total, 23 were ...")
_HEADS_LIST = re.compile(r"\b(?:as\s+follows|they\s+are)\s*:\s*$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|whom|these|those|the)\b|"
                         r"\s+(?:[\w'-]+\s+){0,2}?among\s+(?:them|whom)\b", re.IGNORECASE)  # ("at least two Russians among them")
_OF_THE_TOTAL = re.compile(r"\bof\s+(?:the|this|that)\s+(?:total|toll|figure|number|dead|victims)\b[^;.|\n]*$",
                           re.IGNORECASE)
_CIVIL_GROUP = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:civilians?|children|women|shepherds|truffle|"
                          r"workers)\b", re.IGNORECASE)
# a list's line: the number right after a bullet or a dash
_BULLET_BEFORE = re.compile(r"(?:^|\s)[\u2022*\u2013\u2014-]\s*$")
# a party's claim told before the number in its sentence ("the group claimed that its units had killed 170 troops",
# "Ankara said it had neutralised 9 ..."): a claim, which SCHEMA.md keeps out of the totals
_CLAIMED = re.compile(r"\bclaim(?:ed|ing|s)?\b|\bboast|\balleg|\bneutrali[sz]", re.IGNORECASE)
_KILL_WORD = re.compile(r"kill|dead|death|died|\bdie\b|slain|lives|perish|martyr|fatalit|toll|executed", re.IGNORECASE)
_HURT_WORD = re.compile(r"wound|injur|hurt", re.IGNORECASE)
#: A fate other than death told before a number: "the kidnapping of 63 civilians", "arrested 40 young men".
_OTHER_FATE = re.compile(r"\b(?:kidnap|abduct|arrest|detain|detention|captur|disappear)\w*\b[^.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """One casualty-like number of a report and the sentence around it."""

    value: int
    start: int
    end: int
    text: str
    sent_start: int
    sent_end: int


@dataclass(frozen=True)
class SentenceBreaks:
    """The sentence breaks of a text, searched by bisection (a 1 MB report has thousands of candidates)."""

    starts: tuple[int, ...]  # where each break begins
    ends: tuple[int, ...]  # where each break ends (the next sentence begins)
    length: int

    @classmethod
    def of(cls, text: str) -> SentenceBreaks:
        found = [(m.start(), m.end()) for m in SENTENCE_BREAK.finditer(text)]
        return cls(tuple(a for a, _ in found), tuple(b for _, b in found), len(text))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start)  # breaks that end at or before the number's start
        s = self.ends[i - 1] if i else 0
        j = bisect_left(self.starts, max(end, start))
        return s, self.starts[j] if j < len(self.starts) else self.length

    def index(self, start: int) -> int:
        """How many breaks end at or before ``start`` (the number's sentence index)."""
        return bisect_right(self.ends, start)


def date_or_year(text: str, start: int, end: int, raw: str, value: int) -> bool:
    """Whether a number is a year ("2019") or a day of the month told beside its month ("on 3 March", "June 14")."""
    if re.fullmatch(r"(?:19|20)\d\d", raw.strip()):
        return True
    if value > 31:
        return False
    before = text[max(0, start - 12):start].lower().split()
    after = text[end:end + 12].lower().replace(",", " ").split()
    return any(w.strip(".,") in MONTH_WORDS for w in before[-1:] + after[:1])


def _person_follows(text: str, end: int) -> bool:
    words = text[end:end + 30].lower().split()[:3]
    return any(w.strip(".,;") in PERSON_WORDS or w.strip(".,;").rstrip("s") in PERSON_WORDS for w in words)


def candidates(text: str, breaks: SentenceBreaks | None = None) -> list[Candidate]:
    """The casualty-like numbers of a text, in order (``breaks``: its sentence breaks, when the caller has them)."""
    out: list[Candidate] = []
    breaks = breaks or SentenceBreaks.of(text)
    for q in find_quantities(text):
        if q.vague or q.value <= 0:
            continue
        num = _LEAD_QUAL.sub("", q.text.strip())
        if date_or_year(text, q.start, q.end, num, q.value):
            continue
        s0, s1 = breaks.sentence(q.start, q.end)
        if not CASUALTY_WORD.search(text[max(0, s0 - LOOKBACK):s1]):
            continue
        if num.lower() in ("a", "an", "another", "single", "both") and not _person_follows(text, q.end):
            continue
        out.append(Candidate(q.value, q.start, q.end, q.text, s0, s1))
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass(frozen=True)
class RuleSpans:
    """The spans of what the rules booked: incident figures' claims first, then totals (a role each), by start."""

    spans: tuple[tuple[int, int, int, str], ...]  # (start, end, rank, role): rank 0 for figures, 1 for totals
    starts: tuple[int, ...]
    longest: int

    @classmethod
    def of(cls, ex: Extraction) -> RuleSpans:
        found = [(c.span.start, c.span.end, 0, "incident_killed" if c.field.startswith("killed.") else "incident_injured")
                 for c in ex.claims if c.field.startswith(("killed.", "injured.")) and c.qualifier is not Qualifier.VAGUE]
        found += [(t.span.start, t.span.end, 1, "total_killed") for t in ex.totals if t.span is not None]
        found.sort()
        return cls(tuple(found), tuple(f[0] for f in found), max((b - a for a, b, _, _ in found), default=0))

    def role(self, cand: Candidate) -> str:
        """A booked figure's claim over the candidate's words, else a total's span over them, else none."""
        lo = bisect_left(self.starts, cand.start - self.longest)
        hi = bisect_left(self.starts, cand.end)
        over = [(rank, role) for a, b, rank, role in self.spans[lo:hi] if _overlap(cand.start, cand.end, a, b)]
        return min(over)[1] if over else "none"


def _booked_values(cands: Sequence[Candidate], booked: RuleSpans) -> set[tuple[int, int]]:
    """(sentence start, value) of the numbers the rules booked: a second number of that value in that sentence ("They
    are 14 soldiers, 16 Afghans, 11 Iraqis and 16 militiamen") is one more item of a list the rules read, summed there
    (round 66)."""
    return {(c.sent_start, c.value) for c in cands if booked.role(c) != "none"}


def _size(v: int) -> str:
    return "1" if v == 1 else "2-4" if v < 5 else "5-9" if v < 10 else "10-49" if v < 50 else "50-199" if v < 200 \
        else "200-999" if v < 1000 else "1000+"


def norm_token(tok: str, masked: bool) -> str:
    """A token as a feature: a place mention masked, a number (digits or a word) as <num>, else lower case."""
    if masked:
        return "<place>"
    t = tok.lower()
    return "<num>" if t[0].isdigit() or t in NUMBER_WORDS else t


def _window(text: str, c: Candidate, places: Sequence[tuple[int, int]]) -> list[str]:
    """Words left and right of the number in its sentence, the noun group after it, size and qualifier."""
    toks = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text, c.sent_start, c.sent_end)]

    def norm(t: str, a: int, b: int) -> str:
        return norm_token(t, any(_overlap(a, b, ps, pe) for ps, pe in places))

    left = [norm(t, a, b) for t, a, b in toks if b <= c.start][::-1]
    right = [norm(t, a, b) for t, a, b in toks if a >= c.end]
    f = ["bias", f"size={_size(c.value)}", f"digits={c.text.strip()[-1:].isdigit()}"]
    qual = c.text.lower().split()[0] if len(c.text.split()) > 1 else ""
    if qual in _QUALS:
        f.append(f"qual={qual}")
    for tag, words in (("L", left[:5]), ("R", right[:5])):
        for i, t in enumerate(words):
            f += [f"{tag}:{t}"] + ([f"{tag}{i + 1}:{t}"] if i < 2 else [])
        if len(words) >= 2:
            f.append(f"{tag}12:{words[0]}_{words[1]}")
    ng = list(itertools.takewhile(lambda t: t not in _NG_STOP, right[:6]))
    return f + [f"NG:{t}" for t in ng[:4]] + ([f"NGlast:{ng[-1]}"] if ng else ["NG:none"])


def _cues(text: str, c: Candidate) -> list[str]:
    sent = text[c.sent_start:c.sent_end]
    low = sent.lower()
    words = {m.group(0).lower() for m in TOKEN.finditer(sent)}
    pre = text[c.sent_start:c.start].lower()
    return [*(f"cue:{w}" for w in CUES if w in words), *(f"cue2:{b}" for b in BIGRAMS if b in low),
            *(f"pre:{w}" for w in _PRE if w in pre)]


def _in_first_line(text: str, at: int) -> bool:
    """Whether no line break stands between the text's first non-empty line and ``at`` (line breaks right before
    ``at`` not counted), searched only as far as the first break."""
    lead = len(text) - len(text.lstrip("\n"))
    end = at
    while end > lead and text[end - 1] == "\n":
        end -= 1
    return text.find("\n", lead, end) == -1


def _position(text: str, c: Candidate, breaks: SentenceBreaks) -> list[str]:
    s0 = c.sent_start
    return [f"sent={min(breaks.index(c.start), 6)}", f"relpos={min(int(5 * c.start / max(len(text), 1)), 4)}",
            f"para_open={s0 == 0 or text[max(0, s0 - 1):s0] == chr(10)}",
            f"first_line={_in_first_line(text, c.start)}",
            f"in_quote={text[s0:c.start].count(chr(34)) % 2 == 1}"]


def _is_sum2(value: int, others: Counter[int]) -> bool:
    return any(value - a in others and (value - a != a or others[a] > 1) for a in others)


def _arithmetic(cands: Sequence[Candidate], k: int) -> list[str]:
    """The number against the report's other numbers (the NEIGHBOURS before and after it: all of them in a report
    of ordinary length)."""
    c = cands[k]
    near = cands[max(0, k - NEIGHBOURS):k + NEIGHBOURS + 1]
    in_sent = [x for x in near if (x.sent_start, x.sent_end) == (c.sent_start, c.sent_end)]
    others = Counter(x.value for x in near if x is not c)
    same = [x.value for x in in_sent if x is not c]
    return [f"n_in_sent={min(len(in_sent), 4)}", f"order_in_sent={min(in_sent.index(c), 3)}",
            f"repeat={min(others[c.value], 2)}", f"is_max={c.value >= max(others, default=0)}",
            f"is_sum2={_is_sum2(c.value, others)}", f"sum_of_sent={bool(same) and sum(same) == c.value}",
            f"bigger_than_sent_sum={bool(same) and c.value > sum(same)}"]


def features(text: str, cands: Sequence[Candidate], k: int, places: Sequence[tuple[int, int]], rule: str,
             breaks: SentenceBreaks | None = None) -> list[str]:
    """The candidate's features: context words, cues, position, arithmetic with the report's other numbers, and the
    rules' role with a few crosses (``breaks``: the text's sentence breaks, computed once by the caller)."""
    c = cands[k]
    breaks = breaks or SentenceBreaks.of(text)
    base = [*_window(text, c, places), *_cues(text, c), *_position(text, c, breaks), *_arithmetic(cands, k)]
    crossed = [x for x in base if x.startswith(("NGlast:", "cue2:", "pre:", "sent="))]
    return [*base, f"rule={rule}", *(f"rule|{x}" for x in crossed)]


@dataclass(frozen=True)
class RoleModel:
    """The trained weights: one row of len(ROLES) per feature, and the probability a new total needs."""

    weights: dict[str, tuple[float, ...]]
    min_conf: float

    @classmethod
    def from_json(cls, raw: str) -> RoleModel:
        data = json.loads(raw)
        if tuple(data["roles"]) != ROLES:
            raise ValueError(f"role weights name roles {data['roles']}, expected {list(ROLES)}")
        return cls({k: tuple(v) for k, v in data["weights"].items()}, float(data["min_conf"]))

    def probs(self, feats: Sequence[str]) -> list[float]:
        z = [0.0] * len(ROLES)
        for x in set(feats):
            row = self.weights.get(x)
            if row is not None:
                z = [a + b for a, b in zip(z, row, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]


@lru_cache(maxsize=1)
def default_model() -> RoleModel:
    """The weights shipped with the package."""
    return RoleModel.from_json(resources.files("observatory.data").joinpath(WEIGHTS).read_text(encoding="utf-8"))


def _side_after(text: str, c: Candidate, lexicon: ActorLexicon) -> str | None:
    """The side the noun group after the number names: an actor of the lexicon, else civilians by their nouns."""
    seg = text[c.end:c.end + 70]
    stop = _GROUP_END.search(seg)
    seg = seg[:stop.start()] if stop else seg
    found = [m.side for m in lexicon.find(seg) if m.side != "unknown"]
    if found:
        return found[0]
    return "civilians" if _CIVIL_GROUP.match(seg) else None


def _kept_out(text: str, c: Candidate) -> bool:
    """What the rules keep out of the totals on purpose: a sentence of wounded only, the war's whole toll or a toll
    abroad (background), a list's line (the rules read lists), a part of a figure told before it or of a whole (also
    a share by a cause of death that opens its sentence), people taken rather than killed, a link to another story, a party's claim,
    and the dead of an event told in a clause dated against the sentence's time (", a day after ..."), or counted hours
    after the event the report tells ("in the first hours after the strikes")."""
    sentence = text[c.sent_start:c.sent_end]
    if _HURT_WORD.search(sentence) and not _KILL_WORD.search(sentence) or WHOLE_WAR.search(sentence) \
            or ABROAD.search(sentence) or _BULLET_BEFORE.search(text, max(0, c.start - 4), c.start) or _HEADS_LIST.search(sentence):
        return True  # (a list's header: "... the death of 39 people across X, as follows:" is the sum the rules split)
    before = text[max(c.sent_start, c.start - 120):c.start]
    if cause_led(text[c.start:c.sent_end]) and not text[c.sent_start:c.start].strip(" \"“-–•*"):
        return True  # "Four civilians died under torture ..., while 13 ...": a share by cause, which the rules fold
    if _OTHER_FATE.search(before) and not _KILL_WORD.search(sentence):
        return True  # "documented the kidnapping of 63 civilians": people taken, not killed
    line_end = text.find("\n", c.start)
    if link_line(text[text.rfind("\n", 0, c.start) + 1:len(text) if line_end < 0 else line_end]):
        return True  # "Related: Bombardment kills 11 civilians in Idlib": another story's headline
    return bool(_PART_OF.search(before) or _OF_THE_TOTAL.search(before) or _PART_AFTER.match(text, c.end)
                or _CLAIMED.search(text, c.sent_start, c.start) or DAY_AFTER.search(before)  # (", a day after the jihadists killed eight")
                or _HOURS_AFTER_IT.search(sentence))  # ("nine civilians ... in the first hours after the strikes": the strikes' toll)


#: "in the first hours after the strikes", "hours after the explosion": the dead of the event the report tells (round 73).
_HOURS_AFTER_IT = re.compile(r"\b(?:in\s+the\s+first\s+(?:few\s+)?hours|(?:minutes|hours|shortly|immediately))\s+after\s+the\s+"
                             r"(?:strikes?|airstrikes?|air\s+strikes?|attack|explosion|blast|bombing|massacre|shelling|raid)\b", re.IGNORECASE)


def complete_totals(ex: Extraction, text: str, lexicon: ActorLexicon, model: RoleModel | None = None) -> Extraction:
    """The extraction with the totals the model finds and the rules missed added (see the module's docstring)."""
    breaks = SentenceBreaks.of(text)
    cands = candidates(text, breaks)
    if not cands:
        return ex
    model = model or default_model()
    places = [(c.span.start, c.span.end) for c in ex.claims if c.field in ("place", "governorate")]
    have = {(t.side, t.killed) for t in ex.totals}
    told = {t.killed for t in ex.totals} | {int(c.value) for c in ex.claims if c.field.startswith("killed.")
                                             and c.value.isdigit()}
    first_break = text.find("\n", len(text) - len(text.lstrip("\n")))
    title_end = len(text) if first_break < 0 else first_break
    booked = RuleSpans.of(ex)
    added: list[CumulativeClaim] = []
    twins = _booked_values(cands, booked)
    for k, c in enumerate(cands):
        if c.value in told or c.value == 1 or c.start < title_end:
            continue  # a figure the rules told already (a title restating it), a single person, the title's own
        rule = booked.role(c)
        if rule != "none" or _kept_out(text, c) or (c.sent_start, c.value) in twins:
            continue  # (a second number of its value in a sentence whose first the rules booked: one more item of a list)
        side = _side_after(text, c, lexicon)
        if side is None or (side, c.value) in have:
            continue
        p = model.probs(features(text, cands, k, places, rule, breaks))  # the dearest step, for what is left
        if max(p) < model.min_conf or ROLES[p.index(max(p))] != "total_killed":
            continue
        have.add((side, c.value))
        qualifier = Qualifier.AT_LEAST if _LEAD_QUAL.match(c.text.strip()) else Qualifier.EXACT
        added.append(CumulativeClaim(ex.report_id, side, c.value, span=Span(c.start, c.end), qualifier=qualifier))
    return replace(ex, totals=(*ex.totals, *added)) if added else ex
