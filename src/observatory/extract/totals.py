"""Period and running totals ("since 24 March 2019 ... 1,498 regime soldiers"), kept apart from incidents.

A sentence is a total when ``totals_sentences.is_period_total`` says so, or when it continues the statistics before
(``totals_blocks``: "In the same month, ...", "Among combatants, ...", a counted toll right after a period), plus the
documented figures of a roundup that opens "divided as follows". Within totals:

* an overall figure of no side broken down by side ("73 persons, including one civilian"; "3,882 people: 1,505
  civilians, ...") gives its parts, not itself (``totals_parts``); an overall figure of no side equal to the sum of the
  lines after it is dropped; a figure of people broken down only by kind (women, children, men) stays one total;
* "Among them were 11 non-Syrian militiamen" after a total of one side gives that total's ``of_which``; a heading's
  figure that the body repeats is kept once; figures of one sentence that name different periods take their own;
* "combatants"/"military personnel" take the side whose areas the report's statistics cover ("areas controlled by the
  Autonomous Administration" -> sdf), else the side the block has named;
* a running total takes the side named between the previous figure and its own ("..., while the death toll of HTS
  fighters increased to 14") (these two with the other methods that read a total's side: ``totals_builder_sides``; the
  period a total covers, per sentence, clause or figure: ``totals_builder_periods``);
* a stated zero ("left no fatalities among ISIS") is a total of zero;
* roundup lines beyond "Label: N" ("Civilians: 338, including 84 children", "Homs desert: 117" under a header naming the
  side, "Russian forces: three civilians" in a list by perpetrator) are read with ``totals_lines``; "88 by regime
  shelling" after a figure is a total of that figure's side with its perpetrator; "The dead included ..." after a total
  gives its parts. Calendar periods are in ``totals_periods``; "(48) civilians" lines: ``totals_bracket_lists``;
* "Region: N" pairs run on in one sentence ("distributed by region as follows: Homs desert: 71; Hama desert: 30") and a
  ranking by region ("Daraa saw the highest toll, with 24, followed by Aleppo with 19") are regional totals of the side
  the sentence names, else of the figure before; "Russian forces killed three civilians" in a block is a line by
  perpetrator; "Of them, 20 were killed by regime shelling" gives parts of the total before by perpetrator; a figureless
  sub-header ("Military and armed groups:") keeps the block open; a country-wide toll of one day is a total;
* a side's toll split by area takes the side its sentence names ("Regime losses by area: Homs desert 48; ...", "Of the
  regime losses, 12 were killed in ..."), a figureless "Distribution by area:" opens a line of "Area: N" pairs, and a
  figureless "SOHR has documented:" after a period opens a list of that period (``totals_lines``, ``totals_blocks``);
* "Of them, 9 died in mine blasts and two under torture" gives kinds of deaths of the total before (``totals_causes``);
  "Of the dead, 118 are civilians and 25 are soldiers" gives shares; "These attacks left 40 dead:" after a count of
  attacks is a total of that period; a toll the text says was reported before it rose is none;
* "15 ex-rebels who had joined the 5th Corps" take the side they joined, and the people of a running total named by no
  side ("the number of members of the clan ... rises to 46") are of side unknown (``totals_cues``);
* rounds seven and eight: ``totals_bare``, ``totals_claims``, ``totals_regions``, ``totals_subjects``; ``totals_heads``,
  ``totals_groups``, ``totals_pursuits``, ``totals_large``; ``totals_rows``, ``totals_shares``, ``totals_raids``,
  ``totals_when`` (see their docstrings); ``totals_tallies`` (figures counted with no killed word next to them,
  sub-lists under a labelled line, figures of people split by side, "N deaths", "losses", stated zeros by a killer) and
  ``totals_marks`` (the line patterns, moved out of this module); ``totals_rivals``, ``totals_sides``,
  ``totals_narrated`` (see their docstrings); ``totals_skips`` (figures that are no total: orphan "including" parts,
  people told by trade, the living), ``totals_summed`` (a window's toll of events told one by one after it), people
  "whose affiliation is unknown" (``totals_cues``); ``totals_split`` (a long clause's toll split after its colon), "By
  area, ...: 60 in Homs desert, ..." with no figure of people read by area; ``totals_tallies.after_total``
  (``totals_nationals``, ``totals_bracketed``, ``totals_among_dead``), ``totals_killings``, ``totals_all_of_them``,
  ``totals_battles``, ``totals_headlines``, ``totals_attributed``, ``totals_referents``, ``totals_bracket_lists``,
  ``totals_colon_lines``; round 70: a list under one event's rising toll is its dead (``totals_event_list``);
  round 21: ``totals_militia_split`` (Iranian-backed militiamen split into Syrians and non-Syrians); round 22: a
  province's share of a day's toll that holds an event ("In <province>, 23 civilians were killed, among them 11 who died
  when ...") is a regional total (``take_day_share``, ``totals_regions``); a total told again in running text or the
  title is kept once (``totals_heads.restated``); round 23: a line of a list by month or by area that states no deaths
  ("• July: No deaths were documented.", "- Raqqa desert: Four operations left no fatalities.") is a total of zero of
  the list's side (``_none_line``); round 34: a total of a bare "the factions" that the text named as Ankara's before is
  of turkey_factions (``totals_ankara_factions``); the top of a ranking by region told in other words ("The heaviest
  toll was in X with 31, followed by Y with 12", "X was the bloodiest area, with 77, followed by ...") starts the
  ranking (``totals_rank_tops``). round 36: a figure that leaves the incident as a calendar period's count over counted
  events or as a day's count of strikes over provinces is a total of the period it names; an overall of people whose
  breakdown by side follows gives its parts (``totals_window_figures``). Round 49: "Among the dead were 108 truffle
  hunters" after a total: its parts (``totals_member_parts``); parts and causes told after a total are folded into it by
  the methods of ``totals_builder_folds``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from observatory.extract import totals_marks as marks
from observatory.extract import totals_tallies as tallies
from observatory.extract.actors import GENERIC_ALIASES, ActorLexicon
from observatory.extract.casualties import KILLED, Mention, find_mentions
from observatory.extract.dates import MONTH_NAMES
from observatory.extract.numbers import words_to_int
from observatory.extract.segment import STATS_HEADER_RE
from observatory.extract.text import Sentence
from observatory.extract.totals_accounted import accounted_shares
from observatory.extract.totals_ankara_factions import ankara_factions
from observatory.extract.totals_attributed import statistics_word
from observatory.extract.totals_bare import bare_line, how_header, killers_open, opens_bare_lines
from observatory.extract.totals_battles import battle_of_days
from observatory.extract.totals_blocks import (
    another_figure,
    colon_parts,
    combatant_opening,
    counted_list_header,
    counted_toll,
    dead_share_opening,
    deaths_in_events,
    events_toll,
    region_item,
    role_before_colon,
    running_total,
    said_breakdown,
    same_period,
    shares_of_dead,
    whole_of_sides,
    with_running_figure,
    without_comparison,
)
from observatory.extract.totals_bracket_lists import figures_first, unbracketed_line
from observatory.extract.totals_bracket_regions import bracketed_regions
from observatory.extract.totals_builder_folds import TotalsBuilderFolds
from observatory.extract.totals_builder_periods import TotalsBuilderPeriods
from observatory.extract.totals_causes import parts_opening
from observatory.extract.totals_civilian_parties import civilian_toll_by_party
from observatory.extract.totals_colon_lines import colon_list_line, one_figure_line
from observatory.extract.totals_cues import (
    DETAILS,
    INJURED_AFTER,
    LATEST_EVENT,
    WHOLE_WAR,
    ZERO,
    added_dead,
    elsewhere_or_disaster,
    joined_side,
    one_dated_event,
    tally_line,
    title_case,
)
from observatory.extract.totals_day_lines import day_line_event, incidents_header, narrated_day, side_count_head
from observatory.extract.totals_dead_lists import dead_listed
from observatory.extract.totals_elliptic import elliptic_sides, header_side
from observatory.extract.totals_event_list import event_breakdown_header
from observatory.extract.totals_glosses import glosses_set_aside
from observatory.extract.totals_groups import foreign_fighters, listed_parts
from observatory.extract.totals_headed_regions import headed_regions
from observatory.extract.totals_heads import (
    ListHeads,
    located_day_event,
    none_line,
    remainder,
    restated,
    toll_at_pairs,
    zero_line,
)
from observatory.extract.totals_killer_list import add_killer_list
from observatory.extract.totals_killer_shares import split_killer_shares
from observatory.extract.totals_kind_headers import by_cause, by_killer, kind_header
from observatory.extract.totals_large import large_toll
from observatory.extract.totals_lines import (
    BREAKDOWN_OPENING,
    active_doer,
    by_party,
    by_perpetrator,
    by_region,
    is_party_line,
    label_tail,
    opens_list,
    other_parties,
    pair_run,
    region_pairs,
    regional_header,
    subset_label,
)
from observatory.extract.totals_militia_split import militia_nationals
from observatory.extract.totals_month_anaphor import month_total
from observatory.extract.totals_narrated import event_line, narrated_event
from observatory.extract.totals_nests import own_lines
from observatory.extract.totals_opening import opening_carry
from observatory.extract.totals_parallel import parallel_area
from observatory.extract.totals_parts import drop_overall, promote_parts, semicolon_tops, sum_people
from observatory.extract.totals_people_whole import part_of_people
from observatory.extract.totals_periods import calendar_period
from observatory.extract.totals_pursuits import counted_sides, pursued_civilians, share_sides
from observatory.extract.totals_put_toll import put_toll_of_one
from observatory.extract.totals_raids import counted_events_toll, day_bombardment_toll, events_by_area, toll_of_one_raid
from observatory.extract.totals_rank_ordinals import placed_again
from observatory.extract.totals_rank_tops import regions_ranked, victims_named_before
from observatory.extract.totals_region_shares import regional_shares
from observatory.extract.totals_regions import across_sides, day_region_share
from observatory.extract.totals_rows import list_rows
from observatory.extract.totals_sentences import (
    ONE_DAY,
    event_before_toll,
    incident_clause,
    incident_clauses,
    is_period_total,
    nationwide_day,
    toll_clauses,
)
from observatory.extract.totals_share_killers import killer_shares
from observatory.extract.totals_share_sides import side_shares
from observatory.extract.totals_shares import (
    has_toll,
    killers_split,
    late_breakdown,
    named_share_sides,
    printed,
)
from observatory.extract.totals_skips import skipped_figure
from observatory.extract.totals_so_far_answer import so_far_answer
from observatory.extract.totals_split import summed_colon
from observatory.extract.totals_strike_splits import strike_split
from observatory.extract.totals_subjects import bare_figure_side, share_of_dead, with_share_figures
from observatory.extract.totals_summed import drop_told_sums
from observatory.extract.totals_summed_parts import sums_to_last
from observatory.extract.totals_sums import drop_sums
from observatory.extract.totals_syrian_militia import part_label
from observatory.extract.totals_told import no_toll_of_the_monitor, recalled_dead, without_told_events
from observatory.extract.totals_torture_share import fold_torture, torture_tail
from observatory.extract.totals_war_civilians import civilians_figure, one_cause_count, war_civilians
from observatory.extract.totals_when import period_of, period_text, period_words
from observatory.extract.totals_window_figures import breakdown_follows, window_figure_total
from observatory.models import CumulativeClaim, Qualifier, Report, Span

__all__ = ["TotalsBuilder", "calendar_period", "event_before_toll", "incident_clause", "incident_clauses", "is_period_total"]


class TotalsBuilder(TotalsBuilderFolds, TotalsBuilderPeriods):
    """Consumes the sentences that carry period totals and turns them into CumulativeClaims."""

    def __init__(self, report: Report, report_id: str, work: str, lexicon: ActorLexicon) -> None:
        self.report = report
        self.report_id = report_id
        self.work = glosses_set_aside(figures_first(work))
        self.lexicon = lexicon
        self._claims: list[CumulativeClaim] = []
        self._heads = ListHeads()  # the overall figures of people that head a list by side (``totals_heads``)
        self._headed: set[int] = set()  # the claims read from a title or heading line
        self._prose: set[int] = set()  # the claims read from a sentence of running text (not a line of a list)
        self._seen: set[tuple[str, int, str]] = set()
        self._in_stats = False
        self._opening: str | None = None
        self._day_wide = False  # a day's country-wide toll was told: its provinces' shares may follow
        self._since: tuple[date | None, str | None] = (None, None)
        self._until: tuple[date | None, str | None] = (None, None)
        self._paragraph = -1
        self._title_end = max(work.find("\n"), 0)  # (a report's first line is its title)
        self._index = -1
        self._fighters: str | None = None  # the armed side the report's statistics are about ("combatants" lines)
        self._fighters_n = 0
        self._last_total = -2
        self._total_chunk = ""  # the words of that total
        self._last_toll = -2  # the last sentence that told a figure of dead
        self._area_side: str | None = None  # the armed side whose areas the report's statistics cover
        self._details = False  # the lines that follow tell the circumstances of the figure before ("Here are further details")
        self._roundup = False  # the report opens with a figure "divided as follows": its documented figures are its parts
        self._header_side: str | None = None  # the side a figureless list header names ("the toll of regime forces ... as follows:")
        self._by_perpetrator = self._killers = False  # the open list gives the dead by who killed them ("according to the perpetrator parties:")
        self._by_cause = False  # the open list gives the dead by cause ("The fatalities are distributed by cause as follows:")
        self._civilian_parties = False  # the open list gives a civilian-only toll by the armed parties its labels name (``totals_civilian_parties``)
        self._how_list = False  # the lines that follow split the figure before by how they died ("They were killed as follows:")
        self._regional = False  # the open list gives the dead of the total before by area ("Distribution by area:")
        # the period of a figureless total sentence, for the figures of the next ones: (sentence index, period)
        self._carry: tuple[int, tuple[tuple[date | None, str | None], tuple[date | None, str | None]] | None] | None = None

    def take(self, sent: Sentence, chunk: str) -> bool:
        """True when the sentence is a total (or a line of a statistics block) and has been consumed."""
        rows = list_rows(self.work, sent)  # lines of a list that the splitter ran together: one at a time
        if rows:
            return any([self.take(row, self.work[row.start:row.end]) for row in rows])
        if sent.bullet and (head := side_count_head(self.work, sent)) is not None:
            sent, chunk = head, self.work[head.start:head.end]  # ("- Six civilians: two children were killed ...": the count)
        chunk = unbracketed_line(self.work, sent.start, glosses_set_aside(chunk))  # ("(48) civilians, ..." under "they are:": "48 civilians")
        self._index += 1
        if event_breakdown_header(self.work, sent.start, chunk):
            self._in_stats = False  # ("raising the death toll of the drone attack ... to 123 people, as follows:": its dead)
            return False
        self._note_area(sent)
        self._carry = self._carry if self._claims else opening_carry(self.work, sent, chunk, self.report.published, self._index, self._carry)
        if sent.bullet and self._details:
            return True  # a line of "further details of these deaths": a part of the total before, not one of its own
        self._details, self._killers = bool(DETAILS.search(chunk)), killers_open(chunk, sent.bullet, self._killers)  # (``totals_bare``)
        self._how_list = how_header(chunk) or opens_bare_lines(self.work, sent.end, chunk) or self._how_list and (sent.bullet or bare_line(self.work, sent.start, sent.end) is not None)
        self._heads.start(self._claims)
        before = len(self._claims)
        taken = self._take(sent, chunk) or self._last_total == self._index - 1 and deaths_in_events(chunk)  # ("The deaths occurred in 21 attacks.")
        if taken:
            self._toll_at(sent)
            # "Civilians: 1,627, including 321 children:" heads lines that split its figure by how they died ("- 17 by ...")
            self._how_list = self._how_list or len(self._claims) > before and tallies.heads_split(chunk)
        self._heads.see(self._claims, chunk)
        if taken:
            self._last_total, self._total_chunk = self._index, chunk
        self._last_toll = self._index if self._last_total >= self._index - 3 and has_toll(chunk) else self._last_toll
        return taken

    def _stats_line(self, sent: Sentence, chunk: str) -> bool:
        """A line of a list: a bullet, a marked or party line, or (in a statistics block) a doer's or colon line."""
        return (sent.bullet or bool(marks.LINE.match(chunk)) or bool(marks.REGION_LINE.match(chunk) or marks.WORD_LINE.match(chunk)) or is_party_line(chunk)
                or self._in_stats and (active_doer(self.work, sent.start, sent.end) is not None or colon_list_line(self.work, sent)
                                       or bool(marks.EVENT_COUNT.match(chunk))))  # ("Raqqa: one operation, in which a civilian was shot dead.")

    def _enter_stats(self, sent: Sentence, chunk: str) -> None:
        """A header or a total opens a statistics block in its paragraph, save a day's nationwide toll (which never ends
        in a colon: ``nationwide_day``), whose next paragraphs tell its events."""
        day_wide = nationwide_day(chunk) or narrated_day(self.work, chunk, sent.end)  # (``totals_day_lines``)
        self._in_stats = not day_wide
        self._opening = chunk  # (the total that opened the block: a day's toll's lines may each tell one event)
        self._day_wide = self._day_wide or day_wide
        self._paragraph = sent.paragraph

    def _take(self, sent: Sentence, chunk: str) -> bool:
        if self._take_whole_line(sent, chunk) or (self._in_stats or self._claims) and events_by_area(self.work, sent.start, sent.end):
            return True  # ("The operations were distributed as follows: eight in Homs desert, ...": events, not the dead)
        self._killer_paragraph_opens(sent)  # ("Russian forces killed 7 civilians, ..." after a toll of civilians: a line of its list)
        line = self._stats_line(sent, chunk)
        if sent.first_in_paragraph and not line and sent.paragraph != self._paragraph and not marks.SUBHEADER.fullmatch(chunk) \
                and not remainder(chunk):
            self._in_stats = False  # ("Military and armed groups:" inside the block heads its next lines: the block goes on)
        if self._figureless_header(sent, chunk, line) or incidents_header(chunk):
            return True  # ("SOHR documented several incidents over the past hours:": its lines are incidents)
        if self._index <= 3 and marks.list_header(chunk) and marks.DOCUMENTED.search(chunk):
            self._roundup = True  # "the network recorded 1,140 deaths over the month, divided as follows:"
        period, spread = is_period_total(chunk) or month_total(self.work, sent.start, chunk, self.report.published), window_figure_total(self.work, sent.start, sent.end)  # ("96 strikes ... in 2022, killing 87": ``totals_window_figures``)
        own = (period or spread or battle_of_days(self.work, sent) or strike_split(self.work, sent, self.lexicon)) and not (not self._claims and toll_of_one_raid(self.work, sent.start, chunk) or day_bombardment_toll(chunk) and not spread or put_toll_of_one(chunk)
                                                                                                                                              or so_far_answer(self.work, sent.start, chunk))
        follows = self._follows(chunk, own, sent.start) or self._recent() and killers_split(self.work, sent.start, sent.end)
        total = (own or marks.list_header(chunk) or self._roundup and bool(marks.DOCUMENTED.search(chunk))
                 or self._continues(sent, chunk) or follows or large_toll(self.work, sent, self.lexicon, self.report.published, after_total=bool(self._claims)))
        if total and no_toll_of_the_monitor(self.work, sent, chunk, self.lexicon, self.report.published):
            return True  # "ISIS claimed to have killed 210 soldiers during the year": no toll of the monitor's, no incident
        in_block = self._in_stats and (line or sent.paragraph == self._paragraph or chunk.rstrip().endswith(":"))
        if (total or in_block or self._claims) and self._region_pairs(sent, chunk):
            return True
        if not total and (not in_block or line and (event_line(chunk) or day_line_event(self._opening, chunk)) and not tally_line(chunk)):
            return False  # (a bullet that describes one attack is an incident, not a line of statistics)
        if not total and not line and (LATEST_EVENT.match(chunk) and marks.EVENT_VERB.search(chunk) or one_dated_event(chunk)
                                           or located_day_event(self.work, sent) or narrated_event(chunk) or day_line_event(self._opening, chunk)):
            return False  # "In the latest attack, ISIS members ambushed ...": one event after a total, not a part of it
        counted, in_block = (total or in_block) and tallies.counted_figures(chunk), in_block and line  # ("It also counted 1,114 ...")
        if in_block and self._bare_line(sent):
            return True  # "- 41 shot dead by unknown gunmen;" under "They were killed as follows:"
        self._paragraph = sent.paragraph if in_block else self._paragraph  # (a line of the block set in a paragraph of its own: the block goes on there)
        parts_of_before = self._continues(sent, chunk) and bool(BREAKDOWN_OPENING.match(chunk))  # "The dead included ..."
        listed = (in_block or counted or parts_of_before or role_before_colon(chunk) or summed_colon(chunk) or combatant_opening(chunk) or running_total(chunk)
                  or own and (added_dead(chunk) or dead_listed(chunk)) or (follows or self._continues(sent, chunk)) and tallies.deaths_of(chunk))  # ("the deaths of four ... and 11 shepherds")
        parties = self._continues(sent, chunk) and bool(by_party(self.work, sent.start, sent.end))  # "Of them, 8 were executed by ISIS, ..."
        mentions = own_lines(self.work, tallies.without_years(self.work, printed(find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published,
                                                                         default_role=KILLED if listed else None, title_sides=False))))
        mentions = self._running_figures(sent, chunk, one_figure_line(self.work, sent, mentions) if self._in_stats else mentions)
        if parts_of_before and not by_region(self.work, sent.start, sent.end) and self._fold_parts(mentions):
            return True  # "Among them were 11 non-Syrian militiamen": parts of the total of one side before
        if (self._continues(sent, chunk) and parts_opening(chunk) and self._fold_causes(sent)) or fold_torture(self._claims, chunk):
            return True  # "Of them, 9 died in mine blasts and two under torture", "Five of them died under torture": kinds of deaths
        if not in_block:
            mentions = without_told_events(self.work, sent, mentions)  # "A soldier was killed ..., raising the toll to 76"
        header = bool(STATS_HEADER_RE.search(chunk)) or statistics_word(chunk)  # (not "According to SOHR statistics, ...")
        if header:
            self._open_list(sent, chunk, mentions)
            mentions = mentions if counted_events_toll(chunk) else drop_overall(mentions)
        mentions = drop_overall(mentions) if (split := spread and not (period and not day_bombardment_toll(chunk)) and breakdown_follows(self.work, sent.end)) and not header else mentions  # ("... killing 31 people. The fatalities are: 18 ...": its parts)
        if total and not header and all(m.quantity.vague for m in mentions) and not ZERO.search(chunk) and not parties \
                and not (mentions == [] and by_region(self.work, sent.start, sent.end)):  # ("By area, ...: 60 in Homs desert, ...")
            self._carry = (self._index, period_of(period_words(chunk, self.work, sent.end), self.report.published))  # "the number of attacks since early 2023 rose to 11"
            self._open_list(sent, chunk, mentions)
            return recalled_dead(chunk) or split  # no figure to keep as a total ("tens of members were killed"), or only the dead recalled
        self._set_period(period_text(self.work, sent, chunk, self.report.published), total and not sent.bullet and not self._continues(sent, chunk) and not follows, sent.start)
        if header or total and not sent.bullet:
            self._enter_stats(sent, chunk)
        self._add_folding_torture(sent, chunk, mentions)
        return True

    def _add_folding_torture(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        """``_add``, less a last clause "...; 43 of the civilians died under torture", which goes to ``of_which``."""
        mentions, tortured = torture_tail(self.work, sent.start, chunk, mentions)
        self._add(sent, chunk, mentions)
        if tortured is not None:
            fold_torture(self._claims, tortured)

    def take_day_share(self, sent: Sentence) -> int | None:
        """A province's share of the day's country-wide toll (or of a statistics block), told with an event inside it
        ("In <province>, 23 civilians were killed, among them 11 who died when ..."): a regional total of the figure's
        side, taken before the sentence is read as one event's; returns where the figure stands (None: no such share)."""
        if not (self._day_wide or self._in_stats):
            return None
        share = day_region_share(self.work, sent.start, sent.end)
        if share is None:
            return None
        at, region = share
        mentions = find_mentions(self.work, sent.start, sent.end, self.lexicon, self.report.published, default_role=KILLED, title_sides=False)
        head = next((m for m in mentions if m.quantity.start == at), None)
        if head is None or head.side is None:
            return None
        self._claim(head.side, head.value, Span(head.quantity.start, head.quantity.end), region=region)
        return at

    def _running_figures(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> list[Mention]:
        """The mentions, the bare figure of a running total ("... to N", "losses ... have reached 310") read as dead."""
        mentions = with_running_figure(self.work, sent.start, sent.end, mentions, self._sole_named_side) if running_total(chunk) else mentions
        mentions = with_share_figures(self.work, sent.start, sent.end, mentions, self._subject_side) if share_of_dead(chunk) else mentions
        return tallies.with_losses_figure(self.work, sent.start, sent.end, mentions, self._named_side)

    def _subject_side(self, start: int, end: int) -> str | None:
        """The side of the group named last in work[start:end] (the subject of "civilians accounted for 1,627 of the dead")."""
        found = [a for a in self.lexicon.find(self.work, start, end, self.report.published) if a.side is not None]
        return found[-1].side if found else None

    def _take_whole_line(self, sent: Sentence, chunk: str) -> bool:
        """A line the open block takes whole: a label line, a region item, a share or a zero line."""
        if self._in_stats and (self._label_match(chunk) or label_tail(self.work, sent.start, sent.end)) and self.take_label(sent, chunk):
            self._paragraph = sent.paragraph  # what the line's paragraph goes on to say is of the block
            return True
        return bool(self._in_stats and self._region_item(sent) or self._take_share(sent) or self._zero_line(sent, chunk) or self._bracket_regions(sent)
                    or self._last_total >= self._index - 2 and tallies.after_total(self.work, sent, self._claims, self.lexicon, self.report.published))

    def _bracket_regions(self, sent: Sentence) -> bool:
        """"They fell in: the Homs desert (49), the Hama desert (20) ..." after a total: its regional totals (of the group
        the opening names, else of the total before)."""
        hits = bracketed_regions(self.work, sent.start, sent.end) if self._claims and self._last_total >= self._index - 1 else []
        if not hits:
            return False
        side = self._named_side(sent.start, hits[0].by[0]) or self._claims[-1].side
        for hit in hits:
            if (side, hit.value, f"{hit.start}") not in self._seen:
                self._seen.add((side, hit.value, f"{hit.start}"))
                self._claim(side, hit.value, Span(hit.start, hit.end), region=self.work[hit.by[0]:hit.by[1]].strip())
        return True

    def _figureless_header(self, sent: Sentence, chunk: str, line: bool) -> bool:
        """"SOHR has documented:" after a period, or "Distribution by area:" after a total, opens a list ("Daraa: 8; other
        areas: 4" under the latter: regional totals)."""
        if counted_list_header(chunk) and (self._recent() or is_period_total(chunk)) or self._claims and kind_header(chunk) or self._deaths_header(sent, chunk):
            self._set_period(chunk, False)  # the lines after are totals of the period told before
            self._in_stats, self._paragraph, self._header_side = True, sent.paragraph, None
            self._by_perpetrator = by_killer(chunk) if kind_header(chunk) else self._by_perpetrator
            return True
        if regional_header(chunk):
            self._regional = self._in_stats = bool(self._claims)
            self._paragraph, self._header_side = sent.paragraph, self._sole_named_side(sent.start, sent.end)  # ("Regime fatalities by region:")
            return True
        if self._regional and self._in_stats and self._pair_run(sent):
            return True
        self._regional = self._regional and self._in_stats and (line or sent.paragraph == self._paragraph)
        return False

    def _continues(self, sent: Sentence, chunk: str) -> bool:
        """"In addition to 37 members ..." right after a total continues it."""
        late = self._last_total >= self._index - 3 and self._last_toll == self._last_total and late_breakdown(chunk) \
            and (self._last_side() == "unknown" or part_of_people(self.work, self._claims))  # ("... have killed 25 people. <background> The monitor said 10 ... were among the dead")
        late = late or self._last_total >= self._index - 3 and regional_shares(self.work, sent.start, sent.end)  # ("Of the civilian victims, 11 ... in X and eight in Y")
        if self._last_total != self._index - 1 and not late or one_dated_event(chunk) or located_day_event(self.work, sent):
            return False  # ("Meanwhile, ISIS killed two soldiers near X on Monday": one event after the total)
        return bool(late or marks.CONTINUATION.match(chunk) or BREAKDOWN_OPENING.match(chunk) or said_breakdown(chunk) or combatant_opening(chunk) or parts_opening(chunk)
                    or bool(self._claims) and dead_share_opening(chunk)  # ("The monitor said nine of the dead were civilians")
                    or share_of_dead(chunk)  # "The monitor said civilians accounted for 1,627 of the dead, ..."
                    or tallies.counted_after_total(chunk) and not period_of(chunk, self.report.published)  # "It also counted 1,114 fighters, ..."
                    or another_figure(chunk) and not ONE_DAY.search(chunk)
                    or sums_to_last(chunk, self._total_chunk, counted=bool(self._claims)))  # ("Eighteen soldiers and 15 rebels died" after a toll of 33)

    def _follows(self, chunk: str, own: bool, start: int = -1) -> bool:
        """"In the same month, 9 ISIS members died ..." after a total, or "the monitor documented the death of 40 civilians
        ..." (no period of its own) right after a total or a period named without a figure: the period told before's."""
        if (same_period(chunk) or not own and parallel_area(self.work, start, chunk)) and self._claims:
            return True
        return not own and self._recent() and (counted_toll(chunk) or events_toll(chunk)) and not ONE_DAY.search(chunk)

    def _take_share(self, sent: Sentence) -> bool:
        """"1,200 of the dead were civilians, among them 300 children" right after a total (or a period told
        without a figure): a total of the side the predicate names, its labelled parts as ``of_which``."""
        shares = shares_of_dead(self.work, sent.start, sent.end) if self._recent() else []
        sided = [(found[0].side, share) for share in shares
                 if (found := [a for a in self.lexicon.find(self.work, *share.who, self.report.published)
                               if a.alias.lower() not in GENERIC_ALIASES])]
        if not sided:
            return False
        self._set_period(self.work[sent.start:sent.end], False)
        for side, share in sided:  # ("Of the fatalities, 118 are civilians ..., and 25 are soldiers of regime forces")
            self._claim(side, share.value, Span(share.start, share.end), of_which=share.parts)
        self._in_stats, self._paragraph = True, sent.paragraph
        return True

    def _region_item(self, sent: Sentence) -> bool:
        """"- 803 in the Homs desert" in a list after a total: a regional total of that total's side."""
        item = region_item(self.work, sent.start, sent.end)
        side = self._header_side or self._last_side()
        if item is None or side is None or marks.EVENT_WORD.search(self.work, *item.region) or self._label_side(*item.region) is not None:
            return False
        last = self._claims[-1] if self._claims else None
        perpetrator = last.perpetrator if last is not None and last.side == side else None
        if (side, item.value, f"{item.start}") not in self._seen:
            self._seen.add((side, item.value, f"{item.start}"))
            self._claim(side, item.value, Span(item.start, item.end), region=self.work[item.region[0]:item.region[1]].strip(),
                        perpetrator=perpetrator)
        return True

    def _zero_line(self, sent: Sentence, chunk: str) -> bool:
        """"Russian forces: The report did not document any civilian deaths ..." in a list by perpetrator: a zero total."""
        by_party = self._by_perpetrator or self._civilian_parties
        label = zero_line(chunk) if self._in_stats and by_party and self._claims else None
        side = self._label_side(sent.start + label[0], sent.start + label[1]) if label is not None else None
        if side is None and self._in_stats and self._claims and not by_party:
            return self._none_line(sent, chunk)
        if side is None or side == self._claims[-1].side:
            return False
        self._claim(self._header_side or self._claims[-1].side, 0, Span(sent.start, sent.end), perpetrator=side)
        self._paragraph = sent.paragraph
        return True

    def _none_line(self, sent: Sentence, chunk: str) -> bool:
        """"• July: No deaths were documented." or "- Raqqa desert: Four operations left no fatalities." among lines of
        one side by month or by area: a total of zero of that side (a region's where the label is no month)."""
        label = none_line(chunk)
        if label is None or self._label_side(sent.start + label[0], sent.start + label[1]) is not None:
            return False  # (a label that names a party is a line by perpetrator)
        name = chunk[label[0]:label[1]].strip()  # (the label begins with a letter: the bullet is outside it)
        month = re.fullmatch(rf"(?:{MONTH_NAMES})(?:\s+\d{{4}})?", name, re.IGNORECASE) is not None  # (not "Mayadin")
        self._claim(self._header_side or self._claims[-1].side, 0, Span(sent.start, sent.end), region=None if month else name)
        self._paragraph = sent.paragraph
        return True

    def _toll_at(self, sent: Sentence) -> None:
        """"... puts the toll among YPG fighters at 283, among Turkish-backed rebels at 287 and among Turkish soldiers at
        51": each group's figure not read yet is a total of the side the group names."""
        told = {c.span.start for c in self._claims if c.span is not None}
        for who, value, num in toll_at_pairs(self.work, sent.start, sent.end):
            side = self._label_side(*who)
            if side is not None and num[0] not in told and not any(c.killed == value and c.side == side for c in self._claims[-3:]):
                self._claim(side, value, Span(*num))

    def _bare_line(self, sent: Sentence) -> bool:
        """"- four killed in Russian airstrikes;" right after a figure of one side: a total of that side, by the party named."""
        line = bare_line(self.work, sent.start, sent.end) if self._how_list else None
        side = self._last_side()
        if line is None or side is None:
            return False
        found = [a for a in self.lexicon.find(self.work, *line.how, self.report.published) if a.side not in ("civilians", "unknown", side)]
        self._claim(side, line.value, Span(*line.number), of_which=line.of_which, perpetrator=found[0].side if found else None)
        return True

    def _open_list(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        """A list header ("The toll is distributed as follows:") opens a block of lines; the side a figureless one names
        ("By region, the toll of regime forces is ...") is the side of its regional lines."""
        if not opens_list(chunk, marks.list_header(chunk)):
            return
        self._in_stats, self._paragraph, self._regional = True, sent.paragraph, self._regional or regional_header(chunk, closing=True)
        found = [a for a in self.lexicon.find(self.work, sent.start, sent.end, self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown"]
        self._header_side = found[0].side if found and all(m.quantity.vague for m in mentions) else None
        self._by_perpetrator, self._by_cause = by_perpetrator(chunk), by_cause(chunk)
        self._civilian_parties = not self._by_perpetrator and civilian_toll_by_party(  # ("98 civilians ... distributed as follows:")
            self._claims, chunk, found[0].side if found else None, any(not m.quantity.vague for m in mentions))

    def take_label(self, sent: Sentence, chunk: str) -> bool:
        """A short "Label: N" line of a statistics block ("The regime forces: 47"); the label names the side, or the
        line is a region of the side its header named ("Homs desert: 117"). "Label: N, including ..." gives the parts."""
        chunk = glosses_set_aside(chunk)  # ("Label (gloss): N" read as "Label: N")
        m = self._label_match(chunk)
        tail = label_tail(self.work, sent.start, sent.end) if m is None else None
        if self._in_stats and m is None and tail is None and sent.heading and (marks.REGION_LINE.match(chunk) or self._list_line(chunk)):
            return self.take(sent, chunk)  # "Homs desert: 30 soldiers and 5 civilians" set as a line of its own
        if not self._in_stats or m is None and tail is None:
            return False
        label = (sent.start + m.start("label"), sent.start + m.end("label")) if m is not None else tail.label if tail else (0, 0)
        num = (sent.start + m.start("num"), sent.start + m.end("num")) if m is not None else tail.number if tail else (0, 0)
        side, region = self._label_side(*label), None
        if self._by_cause:
            return True  # "- Murders and crimes in different areas: 27." under "... distributed by cause as follows:": a kind of death
        name = self.work[label[0]:label[1]].strip()
        kind = subset_label(name)
        if kind is not None and self._claims and self._claims[-1].side in ("civilians", "regime"):
            last = self._claims[-1]  # "Children: 50" under "Civilians: 200": a part of the line before
            self._claims[-1] = replace(last, of_which=(*last.of_which, (kind, words_to_int(self.work[num[0]:num[1]]) or 0)))
            return True
        under = self._header_side or (self._last_side() if marks.AREA_LABEL.search(name) or self._regional else None)  # ("Homs desert: 70" after a total)
        if side is None and under is not None and not other_parties(name):
            side, region = under, re.sub(r"^[•\-*▪●◦·]\s*", "", name)
        perpetrator = None
        victim = self._header_side or (self._claims[-1].side if self._claims else None)
        if self._civilian_parties and side == "civilians" and region is None:
            self._civilian_parties = False  # ("Civilians: 98" as a line: the list gives each side's own dead)
        killers = self._by_perpetrator or self._civilian_parties and (side is not None or other_parties(name))
        if (killers or self._killers and victim == "civilians") and region is None and victim is not None and victim != side:
            # "Russian forces: 5" in a list of civilians by perpetrator ("Other parties: 30": of no named side)
            side, perpetrator = victim, side or ("unknown" if other_parties(name) else None)
        if side is None or perpetrator is None and self._by_perpetrator and other_parties(name):
            return False
        value = words_to_int(self.work[num[0]:num[1]]) or 0
        parts: list[Mention] = []
        if tail is not None:
            parts = [c for c in find_mentions(self.work, tail.tail[0], tail.tail[1], self.lexicon, self.report.published,
                                              default_role=KILLED, title_sides=False) if not c.quantity.vague]
        of_which = tuple((part_label(self.work, c), c.value) for c in parts) if tail is not None and tail.parts else ()
        self._claim(side, value, Span(*num), region=region, of_which=of_which, perpetrator=perpetrator)
        for c in parts if tail is not None and not tail.parts else []:  # "..., as well as 7 Turkish soldiers"
            if c.parent is None and c.side is not None:
                self._claim(c.side, c.value, Span(c.quantity.start, c.group_end))
        return True

    def _label_match(self, chunk: str) -> re.Match[str] | None:
        """A "Label: N" line, or "Hama desert 22" (no colon) right after a regional total ("... by area: Homs desert 48; ...")."""
        found = marks.LABEL_LINE.match(chunk) or marks.PAREN_LINE.match(chunk)
        if found is None and self._claims and self._claims[-1].region is not None and self._last_total == self._index - 1:
            found = marks.BARE_PAIR.match(chunk)
        return found

    def _list_line(self, chunk: str) -> bool:
        """"22 SDF fighters" set as a line of its own (no full stop) right after a line of an open list."""
        return bool(marks.LINE.match(chunk)) and self._last_total == self._index and not marks.EVENT_VERB.search(chunk)

    def _claim(self, side: str, value: int, span: Span, region: str | None = None, of_which: tuple[tuple[str, int], ...] = (),
               perpetrator: str | None = None) -> None:
        (since, since_text), (until, until_text) = self._since, self._until
        self._claims.append(CumulativeClaim(
            report_id=self.report_id, side=side, killed=value, since=since, until=until, of_which=of_which, span=span,
            region=region, perpetrator=perpetrator, since_text=since_text, until_text=until_text,
        ))

    def _add(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> None:
        war = WHOLE_WAR.search(without_comparison(toll_clauses(chunk))) is not None and not one_cause_count(chunk)  # (the war's toll: its civilians only)
        if war and not war_civilians(chunk) or elsewhere_or_disaster(chunk):
            return  # the war's overall toll, a toll set in Iraq or an earthquake's, is no period total of this report
        self._add_zeros(sent)
        self._add_none_killed(sent)
        mentions, region, perpetrator = self._line_label(sent, chunk, mentions)
        perpetrator = perpetrator or self._active_doer(sent)
        groups = frozenset(a.name for a in self.lexicon.actors if a.side == "unknown" and a.name != "People")
        mentions = militia_nationals(self.work, sum_people(self.work, listed_parts(self.work, colon_parts(self.work, semicolon_tops(
            self.work, mentions))), groups, sent.bullet and self._in_stats))  # ("47 (31 of non-Syrian nationalities and 16 Syrians)")
        sides = [self._top_side(sent, mentions, i) if m.parent is None or mentions[m.parent].side in (None, "unknown") and m.label is None
                 else m.side for i, m in enumerate(mentions)]
        sides = [s if m.label is not None else joined_side(self.work, m, self.lexicon, self.report.published) or s
                 for m, s in zip(mentions, sides, strict=True)]  # ("15 ex-rebels who had joined the 5th Corps")
        for i in whole_of_sides(mentions, sides, self.work) | tallies.people_wholes(self.work, mentions, sides):  # "49 people: 27 civilians ... and 22 soldiers": the parts are the totals
            mentions[i], sides[i] = replace(mentions[i], side=None), None
        mentions, sides = promote_parts(self.work, mentions, sides)
        sides = counted_sides(self.work, mentions, foreign_fighters(self.work, mentions, pursued_civilians(
            self.work, mentions, sides, sent.end)), sent.start, self._named_side)  # (``totals_pursuits``, ``totals_groups``)
        sides = elliptic_sides(self.work, sent.start, mentions, named_share_sides(self.work, mentions, share_sides(  # ("; ISIS killed four;")
            self.work, mentions, sides, sent.start, self._last_side()), sent.start, self._side_named), self._claims[-1] if self._claims else None)
        sides = killer_shares(self.work, sent.start, sent.end, mentions, sides, self.lexicon, self.report.published)  # ("12 of whom were killed when regime forces shelled")
        regional = {hit.start for hit in by_region(self.work, sent.start, sent.end)}
        before = len(self._claims)
        own = self._segment_periods(sent, mentions, sides)
        for i, m in enumerate(mentions):
            if m.parent is not None or m.role != KILLED or m.quantity.vague:
                continue
            if INJURED_AFTER.match(self.work, m.quantity.end) or self._mixed(m) or skipped_figure(self.work, m, self._claims):
                continue  # "88 injured civilians", "N combatants and civilians": not a killed figure of one side
            side = sides[i] if not war or sides[i] == "civilians" and civilians_figure(self.work, m.quantity.start) else None
            if side not in (None, "isis", "civilians", "unknown") and self._in_stats and m.value > self._fighters_n:
                self._fighters, self._fighters_n = side, m.value
            if side is None:
                continue
            key = (side, m.value, chunk if not (sent.bullet or self._in_stats) else f"{m.quantity.start}")  # (one figure, not one per sentence)
            if key in self._seen:
                continue
            self._seen.add(key)
            of_which = tuple((part_label(self.work, c, m), c.value) for c in mentions
                             if c.parent == i and not c.quantity.vague and c.quantity.start not in regional)
            (since, since_text), (until, until_text) = own.get(i) or self._clause_period(sent, m)
            qualifier = Qualifier.AT_LEAST if m.quantity.qualifier is Qualifier.EXACT else m.quantity.qualifier
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=side, killed=m.value, since=since, until=until,
                of_which=of_which, span=Span(m.quantity.start, m.group_end), qualifier=qualifier,
                region=region, perpetrator=perpetrator, since_text=since_text, until_text=until_text,
            ))
        if not war:
            self._add_by_party(sent, mentions, sides, before)
            self._add_by_region(sent, mentions, sides, before)
        self._share_civilians()  # (a party's paragraph after a toll of civilians: ``totals_killer_paragraphs``)
        if sent.heading or title_case(chunk) or sent.start < self._title_end:  # (``claims`` drops a heading's figures that the body repeats)
            self._headed.update(range(before, len(self._claims)))
        if not (sent.bullet or marks.LINE.match(chunk) or marks.REGION_LINE.match(chunk) or marks.WORD_LINE.match(chunk) or is_party_line(chunk)):
            self._prose.update(range(before, len(self._claims)))

    def _line_label(self, sent: Sentence, chunk: str, mentions: list[Mention]) -> tuple[list[Mention], str | None, str | None]:
        """The label of a "Label: N ..." line: the side of its first figure where the figure names none ("ISIS: 1,213
        members killed by ..."), a perpetrator in a list by perpetrator ("Russian forces: three civilians"), else a
        region ("Homs desert: 30 soldiers"). Returns the mentions, the region and the perpetrator."""
        party_line = is_party_line(chunk)
        region_m = marks.REGION.match(chunk) if sent.bullet or marks.REGION_LINE.match(chunk) or marks.WORD_LINE.match(chunk) or party_line \
            or self._in_stats and marks.EVENT_COUNT.match(chunk) else None  # ("Raqqa: one operation, in which ...")
        if region_m is None:
            return mentions, None, None
        region: str | None = region_m.group(1)
        if marks.CLAUSE_LABEL.search(region or ""):
            return mentions, None, None  # "The rest were combatants: 970 ...": a clause before a list, not a label
        label_side = self._label_side(sent.start + region_m.start(1), sent.start + region_m.end(1))
        if label_side is None:
            return mentions, None if party_line or other_parties(region or "") else region, None  # ("Other parties: 57")
        first = next((i for i, m in enumerate(mentions) if m.parent is None), None)
        if first is None:
            return mentions, None, None
        if mentions[first].side in (None, "unknown") or not party_line and self._plain_figure(mentions[first]):
            mentions = list(mentions)
            mentions[first] = replace(mentions[first], side=label_side)
            return mentions, None, None
        return mentions, None, label_side if party_line and mentions[first].side != label_side else None

    def _add_by_region(self, sent: Sentence, mentions: list[Mention], sides: list[str | None], before: int) -> None:
        """"By region, 117 of them were killed in the Homs desert, 98 in the Deir ez-Zor desert ...": regional totals of
        the side of the figure they follow."""
        for hit in by_region(self.work, sent.start, sent.end):
            region = self.work[hit.by[0]:hit.by[1]]
            own = next((k for k in range(before, len(self._claims)) if (span := self._claims[k].span) and span.start == hit.start), None)
            if own is not None:
                self._claims[own] = replace(self._claims[own], region=region)
                continue
            side = next((sides[i] for i in reversed(range(len(mentions))) if mentions[i].quantity.end <= hit.start and mentions[i].parent
                         is None and not mentions[i].quantity.vague and sides[i] is not None), None)
            side = side or self._named_side(sent.start, hit.start) or self._last_side()  # ("Regime losses by region: 63 in ...")
            if side is not None and (side, hit.value, f"{hit.start}") not in self._seen:
                self._seen.add((side, hit.value, f"{hit.start}"))
                self._claim(side, hit.value, Span(hit.start, hit.end), region=region)

    def _pair_run(self, sent: Sentence) -> bool:
        """"Daraa: 8; other areas: 4" under "Distribution by area:": regional totals of the side of the total before."""
        pairs = pair_run(self.work, sent.start, sent.end)
        side = self._header_side or self._last_side()
        if len(pairs) < 2 or side is None:
            return False
        for p in pairs:
            if (side, p.value, f"{p.start}") not in self._seen:
                self._seen.add((side, p.value, f"{p.start}"))
                self._claim(side, p.value, Span(p.start, p.end), region=self.work[p.by[0]:p.by[1]])
        return True

    def _region_pairs(self, sent: Sentence, chunk: str) -> bool:
        """"Regime losses were distributed by region as follows: Homs desert: 71; Hama desert: 30": regional totals of
        the side the sentence names before its pairs, else of the figure before."""
        pairs = [p for p in region_pairs(self.work, sent.start, sent.end) if self._label_side(*p.by) is None]
        ranked = [] if pairs else [p for p in regions_ranked(self.work, sent.start, sent.end)
                                    if self._label_side(*p.by) is None]
        pairs = pairs or (ranked if len(ranked) >= 2 else [])
        head, headed = (sent.start, []) if pairs else headed_regions(self.work, sent.start, sent.end)  # ("The civilians were killed in: 24 in X; ...")
        head_side = self._sole_named_side(sent.start, head) if headed else None  # (a head that names no side leaves its figures to ``_add``)
        pairs = pairs or (headed if head_side is not None else [])
        if not pairs:
            return False
        named = [a for a in self.lexicon.find(self.work, sent.start, victims_named_before(self.work, max(p.end for p in pairs), sent.end) if ranked else pairs[0].by[0], self.report.published)
                 if a.alias.lower() not in GENERIC_ALIASES and a.side != "unknown" and not any(p.by[0] <= a.start < p.by[1] for p in pairs)]
        side = head_side or (named[0].side if named else self._header_side or across_sides(self._claims) or self._last_side())
        if side is None:
            return False
        self._set_period(chunk, False)
        self._in_stats, self._paragraph, self._header_side = True, sent.paragraph, side  # the lines after go on the list
        self._claims = placed_again(self._claims, pairs, sent.start, self.work, self._seen)  # (a top told in the sentence before: now placed)
        for p in pairs:
            if (side, p.value, f"{p.start}") not in self._seen:
                self._seen.add((side, p.value, f"{p.start}"))
                self._claim(side, p.value, Span(p.start, p.end), region=self.work[p.by[0]:p.by[1]])
        return True

    def _last_side(self) -> str | None:
        return (self._regional and across_sides(self._claims) or self._claims[-1].side) if self._claims else None  # (areas of a block of sides: unknown)

    def _add_by_party(self, sent: Sentence, mentions: list[Mention], sides: list[str | None], before: int) -> None:
        """"129 civilians were killed by Russian airstrikes, 88 by regime shelling and 7 by SDF fire": each figure is a
        total of the side of the figure it follows, killed by the side named after "by"; the sentence's totals in its order."""
        for hit in by_party(self.work, sent.start, sent.end):
            perpetrator = next((a.side for a in self.lexicon.find(self.work, hit.by[0], hit.by[1], self.report.published)
                                if a.side not in ("civilians", "unknown")), None)
            own = next((k for k in range(before, len(self._claims)) if (span := self._claims[k].span) and span.start == hit.start), None)
            if own is not None:  # ("..., while Russian forces killed three": of the side of the figure before, not of the killer's)
                fixed = bare_figure_side(self.work, hit.start, hit.end, mentions, sides) or self._claims[own].side
                self._claims[own] = replace(self._claims[own], perpetrator=perpetrator, side=fixed)
                continue
            side = bare_figure_side(self.work, hit.start, hit.end, mentions, sides) or next(
                (sides[i] for i in reversed(range(len(mentions))) if mentions[i].quantity.end <= hit.start
                 and not mentions[i].quantity.vague and sides[i] is not None), None)
            if side is None:  # "the deaths of civilians as follows: eight were killed by ISIS cells; six by ...", else parts of the total before
                side = header_side(self.work, sent.start, hit.start, self.lexicon, self.report.published) or (self._last_side() if self._continues(
                    sent, self.work[sent.start:sent.end]) or self._recent() and killers_split(self.work, sent.start, sent.end) else None)
            if side is not None and (side, hit.value, f"{hit.start}") not in self._seen:
                self._seen.add((side, hit.value, f"{hit.start}"))
                (since, since_text), (until, until_text) = self._since, self._until
                self._claims.append(CumulativeClaim(
                    report_id=self.report_id, side=side, killed=hit.value, since=since, until=until, span=Span(hit.start, hit.end),
                    perpetrator=perpetrator, since_text=since_text, until_text=until_text))
        self._claims[before:] = sorted(self._claims[before:], key=lambda c: c.span.start if c.span else 0)  # (in the text's order)

    def _add_zeros(self, sent: Sentence) -> None:
        """"... left no fatalities among ISIS": a total of zero, when the text states it for a side."""
        for hit in ZERO.finditer(self.work, sent.start, sent.end):
            name = "who" if hit.group("who") else "whom"
            found = [a for a in self.lexicon.find(self.work, hit.start(name), hit.end(name), self.report.published)
                     if a.side != "unknown"]
            if not found:
                continue
            (since, since_text), (until, until_text) = self._since, self._until
            key = (found[0].side, 0, f"{sent.start}")
            if key in self._seen:
                continue
            self._seen.add(key)
            self._claims.append(CumulativeClaim(
                report_id=self.report_id, side=found[0].side, killed=0, since=since, until=until,
                span=Span(hit.start(), hit.end()), since_text=since_text, until_text=until_text))

    def _add_none_killed(self, sent: Sentence) -> None:
        """"Russian forces killed no civilians this month": a total of zero of the victims, with the killer."""
        for killer, victims in tallies.killed_none(self.work, sent.start, sent.end):
            by = [a.side for a in self.lexicon.find(self.work, *killer, self.report.published) if a.side not in ("civilians", "unknown")]
            of = [a.side for a in self.lexicon.find(self.work, *victims, self.report.published)]
            if by and of and (of[0], 0, f"{sent.start}") not in self._seen:
                self._seen.add((of[0], 0, f"{sent.start}"))
                self._claim(of[0], 0, Span(*victims), perpetrator=by[0])

    def claims(self) -> tuple[CumulativeClaim, ...]:
        """The totals, less a heading's figure that the body repeats (same side, figure and period)."""
        def key(c: CumulativeClaim) -> tuple[str, int, date | None, date | None]:
            return (c.side, c.killed, c.since, c.until)
        kept = restated(self._claims, self._heads.kept(self._claims), self._prose, self._headed, self.work)
        body = {key(self._claims[k]) for k in kept if k not in self._headed}
        claims = drop_told_sums(tuple(drop_sums([self._claims[k] for k in kept if k not in self._headed or key(self._claims[k]) not in body],
                                                self.work)), self.work, self.lexicon, self.report.published)
        claims = ankara_factions(claims, self.work, self.lexicon, self.report.published)
        claims = add_killer_list(claims, self.work, self.lexicon, self.report.published)
        claims = side_shares(claims, self.work, self.lexicon, self.report.published)
        return accounted_shares(split_killer_shares(claims, self.work, self.lexicon, self.report.published), self.work, self.lexicon, self.report.published)
