"""Text preparation that keeps character offsets: a same-length working copy, language check, sentences.

A long sentence with no clause break that tells two sides' acts joined by "while"/"whereas" ("HTS fighters
targeted regime positions in A with rockets, ..., while regime forces shelled B and C, killing ...") is cut there
too, as a short one is.

A clause led by a town of its own after "while" ("..., while in the town of B, a man was wounded by
gunfire") is cut off as another event, also when it is of the kind told before it.

A site's menu or breadcrumb line ("Home | News | Reports | Statistics | Contact us") is blanked in the
working copy: its words are no period total, section or place of the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from observatory.extract.numbers import number_words
from observatory.extract.text_dash_asides import dash_asides
from observatory.extract.text_described_as import described_as
from observatory.extract.text_numbered_items import lettered_items, numbered_items
from observatory.extract.text_toll_wordings import toll_wordings

_TAG = re.compile(r"<[^<>\n]{0,300}>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u2013": "-", "\u2014": "-",
    "\u2011": "-", "\u2010": "-", "\u2032": "'", "\u00b4": "'", "`": "'", "\t": " ", "\u202f": " ", "\u200b": " ",
    # letters that case-insensitive patterns match as ASCII but str.lower() does not lower to it (long s, dotless i,
    # dotted capital I, Kelvin sign): "on ſaturday" is "on saturday" to every rule and every word table
    "\u017f": "s", "\u0131": "i", "\u0130": "I", "\u212a": "K",
})
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")
#: A list item's marker: a bullet sign or a number ("- ", "• ", "3. ", "2) ").
LIST_MARK = r"(?:[•\-*▪●◦·]|\d{1,2}[.)])"
_BULLET = re.compile(r"^\s*" + LIST_MARK + r"\s+")
#: A stop that ends a sentence inside a span (a stop before a space or the end, or a line break).
#: The monitor named as the one who tells ("SOHR", "the Observatory", "the war monitor"), against a party's word.
MONITOR = re.compile(r"\b(?:SOHR|Observatory|monitor)\b", re.IGNORECASE)
#: The Arabic article before a word of a place's name, assimilated or not: "al-", "el-", "ez-" ("Deir ez-Zor"), "ash-"
#: ("Jisr ash-Shughur"), "an-" ("Maarat an-Numan"), "Ar-" ("Ar-Raqqa"); without the hyphen only the forms that are no
#: English word ("Dayr az Zawr", "Ras al Ain"; not "as", "an", "at").
NAME_ARTICLE = r"(?:(?:[Aa](?:sh|dh|th|[lnrstdz])|[Ee][lzsrd])-|(?:al|el|az|ez|ash|adh|ath|ad|ar)\s+(?=[A-Z]))"
#: One capitalised word of a place's name, with its article ("Zor" of "ez-Zor", "Raqqa" of "ar-Raqqa").
NAME_WORD = rf"{NAME_ARTICLE}?[A-Z][\w'’-]+"
#: "... of them" right after a figure ("four of them"): a share of people told before; ``OF_THEM_OR_WHOM`` also "of whom".
OF_THEM = re.compile(r"\s+of\s+them\b", re.IGNORECASE)
OF_THEM_OR_WHOM = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
#: A full stop before a space or the end, or a line end: where a statistics sentence stops (no "!" or "?" in them).
FULL_STOP = re.compile(r"\.(?:\s|$)|\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(]?[A-Z0-9•])|;\s+(?=[A-Z•])")
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
_ABBREVIATIONS = re.compile(r"(?:\b(?:[A-Z]|U\.S|Mr|Dr|St|No|Lt|Col|Gen|Brig|Maj|approx|etc|vs)\.)$")
_TAIL = 16  # longer than any match of the two patterns above (which see the letter before their start all the same)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the working text: [start, end) offsets, its paragraph and whether it is a heading or bullet."""

    start: int
    end: int
    paragraph: int
    heading: bool = False
    bullet: bool = False
    first_in_paragraph: bool = False
    clause: bool = False  # a later clause of a long sentence that tells of several attacks
    inherits: bool = False  # "... near A in Hama Province and in B in Homs Province": the same action in another province
    recalled: bool = False  # "..., after A accused B of killing X on March 3, 2021": an earlier event of its own day
    listed: bool = False  # an item of a toll listed place by place ("...; 4 civilians in B; ..."): its count is of dead


#: The longest first line read as a headline (a longer one is a paragraph of its own).
HEADLINE_MAX = 250


def headline_end(work: str) -> int:
    """Where the report's headline ends (its first line, when that line is a headline, not a sentence); 0 when it opens
    with none."""
    cut = work.find("\n")
    return cut if 0 < cut <= HEADLINE_MAX and not re.search(r"[.!?]\s+[A-Z]", work[:cut]) else 0


def working_copy(text: str) -> str:
    """A copy of ``text`` of exactly the same length with markup blanked and typographic characters simplified."""
    work = text.translate(_SAME_LENGTH)
    if "<" in work:
        work = _TAG.sub(lambda m: " " * len(m.group(0)), work)
    if "&" in work:
        work = _ENTITY.sub(lambda m: " " * len(m.group(0)), work)
    if "#" in work:
        work = _HASHTAG.sub(" ", work)  # "#ISIS mined roads in #DeirEzzor desert": embedded posts
    if "U." in work:
        work = _DOTTED_US.sub(_undotted, work)  # "killing two U.S. soldiers": no stop inside the words
    if work.count("|") >= 3:
        work = _MENU_LINE.sub(lambda m: " " * len(m.group(0)), work)  # "Home | News | Reports | Statistics"
    work = toll_wordings(described_as(work))  # "killing a man whom SOHR sources described as an official of ..."
    return dash_asides(lettered_items(numbered_items(work)))  # "Four members of one family - a woman and her three children - were killed"


#: A site's menu or breadcrumb line: four or more short capitalised items between bars ("Home | News | Reports |
#: Statistics | Contact us"); its words ("Statistics", "Monthly Reports", a province) tell nothing of the report.
_MENU_LINE = re.compile(r"(?m)^[ ]*(?:[A-Z][\w'&-]*(?:[ ]+[\w'&-]+){0,2}[ ]*\|[ ]*){3,}[A-Z][\w'&-]*(?:[ ]+[\w'&-]+){0,2}[ ]*$")


_HASHTAG = re.compile(r"(?<![\w&])#(?=[A-Za-z])")
#: "U.S.", "U.N.", "U.K." written with stops (wire copy): the same letters without them (``_undotted``), so the stops
#: end no sentence and no figure's words ("a U.S. contractor"); not at a line's or the text's end, where the stop may end
#: the sentence too.
_DOTTED_US = re.compile(r"(?<![\w.])U\.([SNK])\.(?![\w.]|[ \t]*(?:\n|$))")


def _undotted(m: re.Match[str]) -> str:
    """"U.S." as "US  " (the letters where they stood: a title may open with them), "  US" before a hyphen ("US-led")."""
    return f"  U{m.group(1)}" if m.string.startswith("-", m.end()) else f"U{m.group(1)}  "


def detect_language(text: str) -> str:
    """'ar' when Arabic letters dominate, 'en' when Latin letters do, 'und' when there are no letters."""
    sample = text[:20000]
    arabic = len(_ARABIC.findall(sample))
    if arabic == 0:  # (no Arabic letter: one Latin letter decides, no need to count them all)
        return "en" if _LATIN.search(sample) else "und"
    latin = len(_LATIN.findall(sample))
    return "ar" if arabic > latin else "en"


def _is_heading(line: str, index: int) -> bool:
    stripped = line.strip()
    if not stripped or _BULLET.match(line):
        return False
    if stripped[-1] in '.!?:;"\'”)':
        return False
    if len(stripped) > 250:
        return False
    return index == 0 or len(stripped) < 90


_CONTINUED = re.compile(r"(?:\b(?:of|the|a|an|and|or|in|on|to|by|for|with|at|from|as|that|who|which|is|are|was|were|has|have|had)|,)\s*$",
                        re.IGNORECASE)


def _logical_lines(work: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped lines (no end punctuation, next line in lower case or after a function word) joined;
    in a text wrapped at a fixed width throughout, every line without end punctuation runs on into the next."""
    lines: list[tuple[int, int]] = []
    pos = 0
    wrapped = _hard_wrapped(work)
    for line in work.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if lines and line.strip() and lines[-1][1] == start - 1:
            prev = work[lines[-1][0]:lines[-1][1]].rstrip()
            first = line.lstrip()[:1]
            listed = _BULLET.match(prev) is not None and first.isupper()  # a list item ends at its line's end
            runs_on = (first.islower() or _CONTINUED.search(prev, max(0, len(prev) - _TAIL)) is not None
                       or wrapped and len(lines) > 1 and not listed)
            if prev and prev[-1] not in ".!?:;" and not _BULLET.match(line) and runs_on:
                lines[-1] = (lines[-1][0], end)
                continue
        if line.strip():
            lines.append((start, end))
    return lines


def _hard_wrapped(work: str) -> bool:
    """Many mid-length lines that end without punctuation: a text wrapped at a fixed width."""
    lines = [line.strip() for line in work.split("\n") if line.strip()]
    open_ended = sum(1 for line in lines if 30 <= len(line) <= 100 and line[-1] not in '.!?:;"\')'
                     and not _BULLET.match(line))  # list items end without a stop
    return open_ended >= 6 and open_ended >= len(lines) // 4


def sentences(work: str) -> list[Sentence]:
    """Split into paragraphs (lines) and sentences, keeping offsets into ``work``."""
    result: list[Sentence] = []
    lines = _logical_lines(work)
    for paragraph, (line_start, line_end) in enumerate(lines):
        line = work[line_start:line_end].replace("\n", " ")
        heading = len(lines) > 1 and _is_heading(line, paragraph)
        bullet = bool(_BULLET.match(line))
        first = True
        for s, e in _split_line(line):
            result.append(Sentence(line_start + s, line_start + e, paragraph, heading, bullet, first))
            first = False
    return result


def _split_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        head = line[start:match.start()].rstrip()
        tail = max(0, len(head) - _TAIL)  # (both patterns end the head: only its last letters need trying)
        if _ABBREVIATIONS.search(head, tail) or _MONTH_ABBREVIATION.search(head, tail) and line[match.end():match.end() + 1].isdigit():
            continue  # "Lt. Ahmad", "on Dec. 3": no end of a sentence
        if head.strip():
            spans.append((start, match.start()))
        start = match.end()
    if line[start:].strip():
        spans.append((start, len(line.rstrip())))
    stripped = []
    for s, e in spans:
        while s < e and line[s].isspace():
            s += 1
        stripped.append((s, e))
    return stripped


_CLAUSE_BREAK = re.compile(r",\s+(?=(?:and\s+)?(?:so\s+(?:that\s+)?|where\s+|then\s+|preceded\s+by|followed\s+by|and\s+then\s+)"
                           r"|and\s+(?:attacked|ambushed|targeted|shelled|stormed|bombed)\b|and\s+(?:perhaps\s+)?the\s+(?:latest|last)\s+)",
                           re.IGNORECASE)
_EVENT_VERBS = re.compile(r"\b(?:attack(?:ed|s)?|ambush(?:ed|es)?|targeted|shelled|stormed|bombed|struck)\b", re.IGNORECASE)
LONG_SENTENCE = 250


def clauses(work: str, sent: Sentence) -> list[Sentence]:
    """A long sentence that names several attacks, split at clause breaks (", where it ambushed ...", ", so ..."); a
    sentence of attacks on a list of places, split at each place."""
    text = work[sent.start:sent.end]
    listed = _listed_places(work, sent)
    if len(listed) > 1:
        return listed
    if len(text) < LONG_SENTENCE or len(_EVENT_VERBS.findall(text)) < 2:
        whole = _provinces(work, sent) or _other_strikes(work, sent) or _contrast(work, sent)
        whole = whole if len(whole) > 1 else _as_other_side(work, sent) or whole
        return whole if len(whole) > 1 else _serial(work, sent) or whole
    acts = _serial(work, sent)  # "attacked A on Thursday, ambushed B on Friday, and struck C on Saturday"
    if acts:
        return acts
    parts: list[Sentence] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() - start < 40:
            continue
        parts.append(Sentence(sent.start + start, sent.start + m.start(), sent.paragraph, sent.heading, sent.bullet,
                              sent.first_in_paragraph and not parts, bool(parts)))
        start = m.end()
    if not parts:  # no clause break: two sides' acts joined by "while" ("X shelled A, while Y shelled B") still part
        whole = _contrast(work, sent)
        if len(whole) > 1:
            return whole
    parts.append(Sentence(sent.start + start, sent.end, sent.paragraph, sent.heading, sent.bullet,
                          sent.first_in_paragraph and not parts, bool(parts)))
    return parts


#: "..., and on Wednesday warplanes bombed ...": a day of its own between "and" and the actor of a second event.
_DAY_BETWEEN = (r"(?P<day>(?:on|early|late|later|earlier)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                r"(?:\s+(?:morning|evening|night|afternoon))?|(?:on\s+)?the\s+(?:following|next|previous)\s+day|yesterday|"
                r"(?:at\s+dawn\s+)?today|(?:on\s+)?the\s+day\s+before|(?:two|three|four|a\s+few|several)\s+days\s+(?:before|after)\s+that)"
                r"\s*,?\s+")
#: A clause whose subject is its own victims or its own weapon: "two soldiers were killed ...", "a landmine killed ...".
_OWN_VICTIMS = (r"(?=(?:" + number_words("an?", "the", r"\d+") + r"\s+)(?:[\w'’-]+\s+){0,6}?"
                r"(?:(?:was|were)\s+(?:(?:also|reportedly)\s+)?(?:killed|shot|wounded|injured)|"
                r"(?:land\s?mine|mine|IED|bomb|explosive\s+device|shell|rocket|missile|drone|airstrike)\s+"
                r"(?:killed|wounded|injured|exploded|detonated|went\s+off|hit|struck|blew))\b)")
#: "another raid", "a third strike", "a previous strike": the subject of a clause is one more event of the kind told before.
_ORDINAL_EVENT = (r"(?:another|a\s+(?:second|third|fourth|fifth)|an?\s+(?:previous|earlier))\s+(?:[\w-]+\s+)?(?:strike|airstrike|raid|attack|drone|shell|"
                  r"rocket|missile|explosion|blast|bomb|IED)\b")
_ORDINAL = re.compile(_ORDINAL_EVENT)
#: "..., and clashes continued between the two sides around X", "and fighting resumed on the Y front": the day's fight
#: going on, told after another kind of event in a clause of its own. (Clashes that "broke out" or "raged" after an
#: attack are its course: no break there.)
_FIGHT_GOES = (r"(?:(?:fierce|heavy|violent|intense|sporadic|intermittent)\s+)?(?:clashes|fighting|battles|confrontations)\s+"
               r"(?:also\s+)?(?:continued|(?:were|was)\s+renewed|resumed|went\s+on|(?:are|is)\s+(?:still\s+)?(?:continuing|ongoing))\b")

_FIGHT_GOES_AT = re.compile(_FIGHT_GOES, re.IGNORECASE)
_CONTRAST = re.compile(r"[,;]\s+(?:(?:while|whereas)\s+|and\s+(?:that\s+)?(?:" + _DAY_BETWEEN + r")?(?=(?:(?:the|an?)\s+)?(?:[A-Z][\w-]*\s+)?(?:[\w-]+\s+)?(?:forces|drones?|warplanes|jets|"
                       r"artillery|gunmen|cells|fighters|troops|militias|factions|helicopters|snipers?)"
                       r"(?:\s+of\s+(?:the\s+)?[\"“]?[\w'’ -]{1,40}?[\"”]?(?:\s+(?:operations\s+room|group|faction|brigade))?)?"
                       r"\s+(?:(?:later|subsequently)\s+)?(?:[a-z]+ed|hit|struck|shot|blew)\b)|and\s+(?:" + _DAY_BETWEEN.replace("?P<day>", "?:") + r")?"
                       + _OWN_VICTIMS + r"|and\s+(?=" + _ORDINAL_EVENT + r"|" + _FIGHT_GOES + r"))|;\s+(?=(?:" + _DAY_BETWEEN.replace("?P<day>", "?:") + r")?"
                       + _OWN_VICTIMS + ")")


def _serial(work: str, sent: Sentence) -> list[Sentence]:
    """One actor's acts, each on a day of its own ("attacked A on Saturday, and attacked B on Sunday"): see
    incident_serial."""
    from observatory.extract.incident_serial import serial_days

    return serial_days(work, sent)


#: A kind of event read only from who took part ("gunmen"), and a place named after a locative word.
_ACTOR_ONLY = re.compile(r"gunm[ae]n", re.IGNORECASE)
_LOCATED = re.compile(r"\b(?:in|near|at|on|outside)\s+(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?(?:(?:al|el|ad|ar|as|ash|az)-)?[A-Z]")
#: "..., while another SDF member was killed by a sniper in Dhiban": one more victim, somewhere else.
_ANOTHER_ELSEWHERE = re.compile(r"(?:another|a\s+second|a\s+third|an?\s+(?:previous|earlier)\s+(?=strike|raid|attack|drone))\b[^,;]{0,80}?\b(?:in|near|on|at)\s+(?:the\s+)?"
                                r"(?:(?:town|village|city|area|countryside|outskirts|vicinity)\s+of\s+)?[A-Z]")
#: "..., while in the town of B, a man was shot": the clause set in a town of its own before its subject, another event.
_ELSEWHERE_LEAD = re.compile(r"(?:(?:in|near|at)\s+(?:the\s+)?(?:(?:town|village|city|area|neighbou?rhood|outskirts|vicinity)\s+of\s+)?"
                             rf"(?:Tal\s)?{NAME_WORD}(?:\s+{NAME_WORD})?(?:\s+(?:town|village|city|neighbou?rhood))?)\s*,\s")
_STRAY = re.compile(r"\b(?:stray|random|indiscriminate)\s+(?:bullets?|gunfire|fire|shells?)\b|\bcaught\s+in\s+the\s+crossfire", re.I)


#: "in the blast", "by this attack": the tail's kind of event names the event told before it.
_POINTS_BACK = re.compile(r"\b(?:the|this|that|same)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_EVENT_NOUN = re.compile(r"(?:blast|explosion|attack|assault|shelling|bombardment|strike|air\s?strike|air\s+raid|raid|bombing|"
                         r"clash(?:es)?|fighting|ambush|explosions|attacks|strikes|raids|exchange\s+of\s+(?:fire|gunfire)|"
                         r"fire\s?fights?|gun\s?fights?|confrontations?|battles?)", re.IGNORECASE)


#: "between gunmen of A, backed by B" with no "and" yet: the ", and" that follows names the fight's other party.
_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:(?!\band\b)[^.;])*$")
#: "in the shelling of the nearby village of B": the event named with "the" is placed in a town of its own.
_OWN_TOWN_AFTER = re.compile(r"\s+(?:of|on)\s+(?:the\s+)?(?:nearby\s+)?(?:town|village|city|hamlet)\s+of\s+[A-Z]")


def _contrast(work: str, sent: Sentence) -> list[Sentence]:
    """ "Clashes went on in A, killing three fighters, while a man was killed by an airstrike on B": two kinds of event
    joined by "while" are two incidents; a sentence whose halves tell of the same kind stays whole."""
    from observatory.extract.events import event_type
    from observatory.extract.incident_contrast import quiet_head, tolless_elsewhere, victim_elsewhere
    from observatory.extract.text_while_time import bare_event, own_time

    text = work[sent.start:sent.end]
    m = _CONTRAST.search(text)
    if m is None or m.start() < 30 or len(text) - m.end() < 30:
        return [sent]
    head, tail = event_type(text[:m.start()]), event_type(text[m.end():])
    if tail is None and head is not None and _ORDINAL.match(text, m.end()):  # "..., and a third strike hit B"
        tail = head
    if tail is None and head is not None and m.group(0).strip(",; ").startswith(("while", "whereas")) and \
            own_time(text[:m.start()], text[m.end():]) and bare_event(text[m.end():]):
        tail = head  # "On Tuesday, a drone struck A, while on Thursday a strike on B wounded two": one more of the kind
    if head is not None and head[0] in ("attack", "ambush") and _FIGHT_GOES_AT.match(text, m.end()):
        return [sent]  # "ISIS attacked the posts, and clashes continued until dawn": the attack's own fight
    cut, resume = sent.start + m.start(), sent.start + m.end()
    if head is None and tail is not None and quiet_head(work, sent.start, cut, resume, sent.end):
        head = ("", 0, 0)  # "People protested in A, while gunmen attacked B": the second half is the event
    if head is None or tail is None or head[0] == tail[0] and not m.group("day") and not _ANOTHER_ELSEWHERE.match(text, m.end()) \
            and not (m.group(0).strip(",; ").startswith(("while", "whereas")) and own_time(text[:m.start()], text[m.end():])) \
            and not _ELSEWHERE_LEAD.match(text, m.end()) and not _other_striker(work, cut, resume, sent) \
            and not victim_elsewhere(work, cut, resume, sent.end, sent.start) \
            and not (m.group(0).strip(",; ").startswith("while") and tolless_elsewhere(work, sent.start, cut, resume, sent.end)):
        return [sent]
    if _LATER_AHEAD.match(text, m.end()) and _same_striker(work, cut, resume, sent):
        return [sent]  # "..., and coalition helicopters later struck the house": the same side's raid, carried on
    if m.group(0).lstrip(",; ").startswith("and") and _BETWEEN_OPEN.search(text, 0, m.start()):
        return [sent]  # "clashes between gunmen of A, backed by B, and gunmen of a cell accused of ...": the other party
    if m.group(0).rstrip().endswith(" that") and not _LOCATED.search(text, m.end()):
        return [sent]  # "... said that X fired rockets, and that Y responded by shelling the sources": no place of its own
    if head[0] == "clash" and _STRAY.search(text, m.end()):
        return [sent]  # "clashes ..., while 3 civilians were killed by stray bullets": casualties of the same battle
    tail_text = text[m.end():]
    if _POINTS_BACK.search(tail_text[:tail[1]]) and _EVENT_NOUN.fullmatch(tail_text[tail[1]:tail[2]]) and \
            not _OWN_TOWN_AFTER.match(tail_text, tail[2]):
        return [sent]  # "..., and two soldiers were killed in the blast": the event told in the first half
    if tail[0] == "attack" and _ACTOR_ONLY.fullmatch(tail_text[tail[1]:tail[2]]) and not _LOCATED.search(tail_text):
        return [sent]  # "..., while three local gunmen were wounded": the other side's toll of the same fighting
    return [Sentence(sent.start, sent.start + m.start(), sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph),
            Sentence(sent.start + (m.start("day") if m.group("day") else m.end()), sent.end, sent.paragraph, sent.heading,
                     sent.bullet, False, True, True)]  # the second event took place when the first did, unless it says


def _as_other_side(work: str, sent: Sentence) -> list[Sentence]:
    """ "X shelled A, as Y targeted B, killing two" (text_as_clause): two sides' events, each in its own town, cut
    apart; [] where the clause is no other side's event elsewhere."""
    from observatory.extract.events import event_type
    from observatory.extract.places import place_mentions
    from observatory.extract.text_as_clause import AS_STRIKER

    m = AS_STRIKER.search(work, sent.start, sent.end)
    if m is None or event_type(work[sent.start:m.start()]) is None or event_type(work[m.end():sent.end]) is None:
        return []
    if not _other_striker(work, m.start(), m.end(), sent):
        return []
    before = {p.name.lower() for p in place_mentions(work, sent.start, m.start())}
    if not any(not p.governorate and p.name.lower() not in before for p in place_mentions(work, m.end(), sent.end)):
        return []
    return [Sentence(sent.start, m.start(), sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph),
            Sentence(m.end(), sent.end, sent.paragraph, sent.heading, sent.bullet, False, True, True)]


#: "..., and Russian warplanes later pounded the area": the clause's striker comes later (text after ", and ").
_LATER_AHEAD = re.compile(r"(?:[\w-]+\s+){1,4}?(?:later|subsequently)\s", re.IGNORECASE)


def _striker_sides(work: str, cut: int, resume: int, sent: Sentence) -> tuple[str | None, str | None]:
    """The sides of the strikers the two halves of ``sent`` name (before ``cut``, from ``resume``), None where a half
    names none."""
    from observatory.extract.core import default_lexicon
    from observatory.extract.events import roles

    lexicon = default_lexicon()
    first, second = roles(work, sent.start, cut, lexicon, None).perpetrator, roles(work, resume, sent.end, lexicon, None).perpetrator
    return (None if first is None else first.side), (None if second is None else second.side)


def _same_striker(work: str, cut: int, resume: int, sent: Sentence) -> bool:
    """Both halves name their striker, of the same side: "SDF and coalition forces raided a house ..., and coalition
    helicopters later struck it" carries one operation on (tests/test_extract_review_r33.py)."""
    first, second = _striker_sides(work, cut, resume, sent)
    return first is not None and second is not None and first == second and first != "unknown"


def _other_striker(work: str, cut: int, resume: int, sent: Sentence) -> bool:
    """ "Four civilians were killed in Russian airstrikes on A, while regime helicopters dropped barrel bombs on B": the
    same kind of event by two different sides, each where it struck, is two incidents."""
    first, second = _striker_sides(work, cut, resume, sent)
    return first is not None and second is not None and first != second and "unknown" not in (first, second)


#: Attacks in the plural by fighters on the ground ("launched attacks on ..."), not air or artillery strikes.
_GROUND_ATTACKS = re.compile(r"(?<!air\s)(?<!drone\s)(?<!rocket\s)(?<!missile\s)(?<!artillery\s)\b(?:attacks|assaults|ambushes)\b",
                             re.IGNORECASE)
_LOCATIVE = (r"(?:near|on|in|at|around|outside|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of|in\s+the\s+(?:area|countryside)"
             r"\s+of)\s+(?:the\s+)?(?:(?:town|village|city|area)\s+of\s+)?[A-Z]")
#: ", near B", ", and on the C road", " and around D" in a list of the places attacked; ", in addition to an ambush ...".
_LIST_BREAK = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?={_LOCATIVE})|,?\s+in\s+addition\s+to\s+(?=an?\s)")
_TOLL = re.compile(r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|dead|died)\b", re.IGNORECASE)  # a joint toll: one account
_IN_ADDITION = re.compile(r",?\s+in\s+addition\s+to\s+", re.IGNORECASE)


def _listed_places(work: str, sent: Sentence) -> list[Sentence]:
    """ "ISIS launched attacks near A, in the vicinity of B, and on the C road, in addition to an ambush near D": one
    incident per place attacked (the later ones inherit the first's kind and day). An attack followed by "in addition
    to" another kind of event in another place splits the same way."""
    from observatory.extract.events import event_type
    from observatory.extract.places import place_mentions

    text = work[sent.start:sent.end]
    cuts = [m for m in _LIST_BREAK.finditer(text) if m.start() > 20]
    listing = _GROUND_ATTACKS.search(text, 0, cuts[0].start()) is not None and not _TOLL.search(text) if cuts else False
    cuts = [m for m in cuts if listing or _IN_ADDITION.match(m.group(0))]
    if not cuts:
        return []
    bounds = [0] + [m.start() for m in cuts] + [len(text)]
    starts = [0] + [m.end() for m in cuts]
    parts: list[Sentence] = []
    for k, (a, b) in enumerate(zip(starts, bounds[1:], strict=True)):
        own = [p for p in place_mentions(work, sent.start + max(a - 4, 0), sent.start + b) if not p.governorate]
        if not own or k > 0 and _IN_ADDITION.match(text, bounds[k]) and event_type(text[a:b]) is None:
            return []  # a part without a town of its own, or "in addition to" something other than an event
        parts.append(Sentence(sent.start + a, sent.start + b, sent.paragraph, sent.heading, sent.bullet,
                              sent.first_in_paragraph and k == 0, k > 0, k > 0))
    return parts


_OTHER_STRIKES = re.compile(r",?\s+and\s+(?:\w+\s+)?(?:other|more|further|additional)\s+(?:air\s?strikes|strikes|raids|attacks|"
                            r"shells|rockets|missiles|drone\s+strikes)\s+(?=(?:on|targeting|at|in|near)\s)", re.IGNORECASE)


def _other_strikes(work: str, sent: Sentence) -> list[Sentence]:
    """ "jets executed three airstrikes on A and two other airstrikes on B": strikes counted apart on two places are
    two incidents (the second inherits the first's kind and day)."""
    from observatory.extract.places import place_mentions

    m = _OTHER_STRIKES.search(work, sent.start, sent.end)
    if m is None or not place_mentions(work, sent.start, m.start()) or \
            not any(not p.governorate for p in place_mentions(work, m.end(), sent.end)):
        return []
    return [Sentence(sent.start, m.start(), sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph),
            Sentence(m.start(), sent.end, sent.paragraph, sent.heading, sent.bullet, False, True, True)]


_PAIR_WINDOW = 600  # a sentence that tells of one action in two provinces names them within this many characters
_AND_IN = re.compile(r",?\s+and\s+(?:also\s+)?(?:(?:in|near|at|on)\s+(?=(?:the\s+)?[A-Z\w])|"
                     r"(?=(?:the\s+)?(?:area|village|town|city|desert|region)\s+of\s+[A-Z]))")


def _provinces(work: str, sent: Sentence) -> list[Sentence]:
    """ "ISIS struck positions near A in Hama Province and in the B region in Homs Province": one action in two
    provinces, each named with a province word, is told as two incidents (the second inherits the first's kind)."""
    from observatory.extract.places import governorate_mentions, place_mentions

    for m in _AND_IN.finditer(work, sent.start, min(sent.end, sent.start + _PAIR_WINDOW)):
        head = {g.governorate for g in governorate_mentions(work, sent.start, m.start()) if g.strong}
        tail = {g.governorate for g in governorate_mentions(work, m.end(), min(sent.end, m.end() + _PAIR_WINDOW)) if g.strong}
        if len(head) == 1 and len(tail) == 1 and head != tail and \
                any(not p.governorate for p in place_mentions(work, m.end() - 4, sent.end)):  # a place of its own there
            return [Sentence(sent.start, m.start(), sent.paragraph, sent.heading, sent.bullet, sent.first_in_paragraph),
                    Sentence(m.end(), sent.end, sent.paragraph, sent.heading, sent.bullet, False, True, True)]
    return []


_RUN_ON_BREAK = re.compile(r",\s+(?=(?:where|while|whereas|and\s+with|and\s+(?:the\s+)?(?:Syrian\s+Observatory|SOHR)|"
                           r"and\s+(?:it|they)\s+(?:monitored|documented|learned|published))\b)|"
                           # "...; on Saturday, they stormed ...; and yesterday, they ambushed ...": a day of its own
                           r";\s+(?=(?:and\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
                           r"today|last\s+night)\b)", re.IGNORECASE)


def run_on_clauses(work: str, sent: Sentence) -> list[Sentence]:
    """A long run-on sentence (SOHR's "..., where ..., while ..., and the Syrian Observatory published ...") cut at
    its clause breaks; a short sentence stays whole. Every part after the first is marked as a clause."""
    text = work[sent.start:sent.end]
    if len(text) < LONG_SENTENCE:
        return [sent]
    cuts = [0] + [m.start() + 1 for m in _RUN_ON_BREAK.finditer(text) if m.start() > 40] + [len(text)]
    parts: list[Sentence] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        if b > a:
            parts.append(Sentence(sent.start + a, sent.start + b, sent.paragraph, sent.heading, sent.bullet,
                                  sent.first_in_paragraph and not parts, bool(parts)))
    return parts


def sentence_around(work: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``work[start:end]``: from the ``SENTENCE_STOP`` before it to the one after it
    (or the text's ends)."""
    head = work.rfind("\n", 0, start) + 1  # (a line end is a stop: none before it can end later)
    for stop in SENTENCE_STOP.finditer(work, head, start):
        head = stop.end()
    tail = SENTENCE_STOP.search(work, end)
    return head, tail.start() if tail else len(work)


def stop_before(work: str, at: int) -> int:
    """Where the sentence holding ``work[at]`` opens: right after the last ". " or line break before it (0 for none)."""
    return max(work.rfind(". ", 0, at), work.rfind("\n", 0, at)) + 1


def line_around(work: str, at: int) -> tuple[int, int]:
    """The bounds of the line (a paragraph of the working copy) holding ``work[at]``, without its newline."""
    end = work.find("\n", at)
    return work.rfind("\n", 0, at) + 1, len(work) if end < 0 else end


#: A list item's marker at the start of a line.
_ITEM_MARK = re.compile(r"[ \t]*" + LIST_MARK + r"[ \t]+")


def list_header(work: str, line_start: int, reach: int | None = None) -> str:
    """The line above a list whose item starts at ``line_start``: the nearest line before it that is neither an item
    nor a short section heading ("Idlib:"); with ``reach``, looked for only that many characters back; "" for none."""
    end = line_start
    while end > 0 and (reach is None or line_start - end < reach):
        start = work.rfind("\n", 0, end - 1) + 1
        if len(work[start:end].strip()) > 40 and not _ITEM_MARK.match(work, start):
            return work[start:end]
        end = start
    return ""


def full_stop_after(work: str, at: int) -> int:
    """Where the statistics sentence holding ``at`` stops (its ``FULL_STOP``), or the end of the text."""
    stop = FULL_STOP.search(work, at)
    return stop.start() if stop else len(work)
