"""What the therapy report shows, gathered by a service so the report never touches storage.

:class:`ReportService` turns a :class:`ReportRequest` (range, notes or not, names or initials,
page size) into a :class:`ReportData`: the partners as they should be named, the analysis of
the range, the daily series, life events, averages per week (month, year for long ranges),
bookmarked days and — only when both partners agreed — notes. With initials on, every name is
replaced by initials everywhere the report prints text, including event titles and notes.

It also remembers the end of the last report (in the encrypted diary's settings) so the next
one can start "since last session".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from connectly.analysis.report import AnalysisResult, analyse
from connectly.analysis.series import DailySeries, daily_series
from connectly.analysis.thresholds import AnalysisSettings
from connectly.domain.checkins import CheckInFilter
from connectly.domain.days import day_number, local_today
from connectly.domain.errors import InvalidDayError, ValidationError
from connectly.domain.events import LifeEvent
from connectly.domain.partners import Partner
from connectly.services.diary import OpenDiary
from connectly.services.insights import lead_in_before, overlapping
from connectly.services.writing import read_session, write_session
from connectly.storage.repositories import SettingRepository

PAGE_SIZES = ("A4", "Letter")
LAST_REPORT_KEY = "report.last_end"


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """What the user asked for: an inclusive day range and the privacy choices."""

    start: dt.date
    end: dt.date
    include_notes: bool = False
    use_initials: bool = False
    page_size: str = "A4"

    def checked(self, today: dt.date | None = None) -> ReportRequest:
        """Validate the request; raise :class:`ValidationError` with a plain sentence."""
        if self.end < self.start:
            raise InvalidDayError("The report’s end date comes before its start date.")
        if self.page_size not in PAGE_SIZES:
            raise ValidationError(f"The page size must be A4 or Letter, not “{self.page_size}”.")
        if self.start > (today or local_today()):
            raise InvalidDayError("The report starts in the future; there is nothing to show yet.")
        return self


@dataclass(frozen=True, slots=True)
class ReportPartner:
    """A partner as the report names them (their name, or initials)."""

    position: int
    label: str
    colour: str

    @property
    def name(self) -> str:
        """Alias of :attr:`label`, so chart builders that expect ``.name`` accept it."""
        return self.label


@dataclass(frozen=True, slots=True)
class PeriodAverage:
    """One partner's mean ratings over one period (None where they never checked in)."""

    days: int
    stress: float | None
    closeness: float | None
    availability: float | None


@dataclass(frozen=True, slots=True)
class PeriodRow:
    """A row of the averages table: the period's first and last day, and both partners."""

    start: dt.date
    end: dt.date
    partners: tuple[PeriodAverage, PeriodAverage]


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One check-in shown in the bookmarked-days section (``note`` only with consent)."""

    partner: str
    position: int
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class BookmarkedDay:
    """A day marked “to discuss”, with its check-ins."""

    day: dt.date
    entries: tuple[DayEntry, ...]


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """A note of one check-in (present only when both partners agreed to include notes)."""

    day: dt.date
    partner: str
    position: int
    text: str


@dataclass(frozen=True, eq=False)
class ReportData:
    """Everything the report prints, as plain data (no storage, no Qt)."""

    request: ReportRequest
    generated_on: dt.date
    partners: tuple[ReportPartner, ReportPartner]
    analysis: AnalysisResult
    series: DailySeries
    events: tuple[LifeEvent, ...]
    period: str
    averages: tuple[PeriodRow, ...]
    overall: tuple[PeriodAverage, PeriodAverage]
    checkins: int
    bookmarks: tuple[BookmarkedDay, ...] = ()
    notes: tuple[NoteEntry, ...] = field(default=())

    @property
    def names(self) -> str:
        """“Sam and Alex” (or “S. and A.”)."""
        return f"{self.partners[0].label} and {self.partners[1].label}"


def partner_labels(partners: Sequence[Partner], use_initials: bool) -> tuple[str, str]:
    """Names or initials in position order; equal initials get the partner number added."""
    ordered = sorted(partners, key=lambda p: p.position)
    if len(ordered) != 2:
        return ("Partner 1", "Partner 2")
    if not use_initials:
        return (ordered[0].name, ordered[1].name)
    first, second = ordered[0].initials, ordered[1].initials
    if first == second:
        return (f"{first} (1)", f"{second} (2)")
    return (first, second)


TextMask = Callable[[str | None], str | None]


def _unchanged(text: str | None) -> str | None:
    return text


class NameMask:
    """Replaces the partners' names (whole words, any case) with their labels in free text."""

    def __init__(self, partners: Sequence[Partner], labels: Sequence[str]) -> None:
        pairs: list[tuple[str, str]] = []
        for partner in sorted(partners, key=lambda p: p.position):
            label = labels[partner.position]
            pairs.append((partner.name, label))
            pairs.extend((part, label) for part in re.split(r"[\s\-]+", partner.name) if len(part) >= 2)
        pairs.sort(key=lambda pair: -len(pair[0]))  # full names before their parts
        self._labels = {name.casefold(): label for name, label in pairs}
        alternatives = "|".join(re.escape(name) for name, _ in pairs)
        self._pattern = re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE) if pairs else None

    def __call__(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._labels[m.group(1).casefold()], text)


def period_for(n_days: int) -> str:
    """Weeks up to a year, months up to six years, years beyond (a table a therapist can read)."""
    if n_days <= 371:
        return "week"
    if n_days <= 6 * 366:
        return "month"
    return "year"


def _period_starts(start: dt.date, end: dt.date, period: str) -> list[dt.date]:
    if period == "week":
        first = start - dt.timedelta(days=start.weekday())
        return [first + dt.timedelta(weeks=i) for i in range((end - first).days // 7 + 1)]
    if period == "month":
        out, day = [], start.replace(day=1)
        while day <= end:
            out.append(day)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        return out
    return [dt.date(y, 1, 1) for y in range(start.year, end.year + 1)]


def _period_end(first: dt.date, period: str) -> dt.date:
    if period == "week":
        return first + dt.timedelta(days=6)
    if period == "month":
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return dt.date(first.year, 12, 31)


def _mean(values: np.ndarray) -> float | None:
    present = values[~np.isnan(values)]
    return float(present.mean()) if present.size else None


def _average(series: DailySeries, partner: int, lo: int, hi: int) -> PeriodAverage:
    i, j = max(lo - series.start_day, 0), min(hi - series.start_day + 1, series.n_days)
    if j <= i or series.stress.shape[0] != 2:
        return PeriodAverage(0, None, None, None)
    stress = series.stress[partner, i:j]
    return PeriodAverage(
        days=int(np.count_nonzero(~np.isnan(stress))),
        stress=_mean(stress),
        closeness=_mean(series.closeness[partner, i:j]),
        availability=_mean(series.availability[partner, i:j]),
    )


def period_averages(series: DailySeries, start: dt.date, end: dt.date, period: str) -> tuple[PeriodRow, ...]:
    """Each partner's mean ratings per period, clipped to ``start … end``."""
    rows = []
    for first in _period_starts(start, end, period):
        lo, hi = max(first, start), min(_period_end(first, period), end)
        a, b = (_average(series, p, day_number(lo), day_number(hi)) for p in (0, 1))
        rows.append(PeriodRow(lo, hi, (a, b)))
    return tuple(rows)


class ReportService:
    """Builds report data for one open diary, and remembers the last report's end."""

    def __init__(self, diary: OpenDiary, settings: AnalysisSettings | None = None) -> None:
        self._diary = diary
        self._settings = settings or AnalysisSettings()

    def build(self, request: ReportRequest) -> ReportData:
        """Everything the report prints for ``request`` (see module docstring)."""
        request = request.checked()
        journal = self._diary.journal
        partners = journal.partners()
        labels = partner_labels(partners, request.use_initials)
        mask: TextMask = NameMask(partners, labels) if request.use_initials else _unchanged
        colours = {p.position: p.colour for p in partners}
        looks = tuple(ReportPartner(i, labels[i], colours.get(i, "#777777")) for i in (0, 1))
        rows = journal.rating_rows(request.start, request.end)
        series = daily_series(rows, start=day_number(request.start), end=day_number(request.end))
        events = tuple(
            LifeEvent(
                e.id,
                e.uuid,
                e.kind,
                mask(e.title) or e.title,
                e.starts_on,
                e.ends_on,
                mask(e.note) if request.include_notes else None,
            )
            for e in overlapping(self._diary.events.events(), request.start, request.end)
        )
        lead_in = lead_in_before(journal, request.start, self._settings)
        result = analyse(series, events, labels, self._settings, lead_in)
        period = period_for(series.n_days)
        overall = (
            _average(series, 0, series.start_day, series.end_day),
            _average(series, 1, series.start_day, series.end_day),
        )
        return ReportData(
            request=request,
            generated_on=local_today(),
            partners=(looks[0], looks[1]),
            analysis=result,
            series=series,
            events=events,
            period=period,
            averages=period_averages(series, request.start, request.end, period),
            overall=overall,
            checkins=len(rows),
            bookmarks=self._bookmarks(request, partners, labels, mask),
            notes=self._notes(request, partners, labels, mask) if request.include_notes else (),
        )

    def _bookmarks(
        self, request: ReportRequest, partners: Sequence[Partner], labels: Sequence[str], mask: TextMask
    ) -> tuple[BookmarkedDay, ...]:
        journal = self._diary.journal
        position = {p.id: p.position for p in partners}
        days = []
        for day in journal.bookmarked_days(request.start, request.end):
            entries = sorted(journal.day(day), key=lambda c: (position.get(c.partner_id, 0), c.logged_at))
            days.append(
                BookmarkedDay(
                    day,
                    tuple(
                        DayEntry(
                            partner=labels[position.get(c.partner_id, 0)],
                            position=position.get(c.partner_id, 0),
                            stress=c.stress,
                            closeness=c.closeness,
                            availability=c.availability,
                            tags=c.tags,
                            note=mask(c.note) if request.include_notes else None,
                        )
                        for c in entries
                    ),
                )
            )
        return tuple(days)

    def _notes(
        self, request: ReportRequest, partners: Sequence[Partner], labels: Sequence[str], mask: TextMask
    ) -> tuple[NoteEntry, ...]:
        position = {p.id: p.position for p in partners}
        found = self._diary.journal.checkins(CheckInFilter(start=request.start, end=request.end))
        notes = [
            NoteEntry(
                c.day,
                labels[position.get(c.partner_id, 0)],
                position.get(c.partner_id, 0),
                mask(c.note) or "",
            )
            for c in sorted(found, key=lambda c: (c.day, position.get(c.partner_id, 0), c.logged_at))
            if c.note
        ]
        return tuple(notes)

    # -- "since last session" ---------------------------------------------------------

    def last_report_end(self) -> dt.date | None:
        """The end day of the last report made from this diary, if any."""
        with read_session(self._diary.database) as s:
            value = SettingRepository(s).get(LAST_REPORT_KEY)
        try:
            return dt.date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    def remember_report(self, request: ReportRequest) -> None:
        """Store the report's end day so the next report can start the day after."""
        with write_session(self._diary.database) as s:
            SettingRepository(s).set(LAST_REPORT_KEY, request.end.isoformat())

    def presets(self, today: dt.date | None = None) -> tuple[tuple[str, dt.date, dt.date], ...]:
        """Named ranges for the export dialog: since the last report, 4 weeks, 3 months, everything."""
        today = today or local_today()
        out: list[tuple[str, dt.date, dt.date]] = []
        last = self.last_report_end()
        if last is not None and last < today:
            out.append(
                (f"Since the last report (ended {last.day} {last:%b %Y})", last + dt.timedelta(days=1), today)
            )
        out.append(("Last 4 weeks", today - dt.timedelta(days=27), today))
        out.append(("Last 3 months", _months_before(today, 3) + dt.timedelta(days=1), today))
        span = self._diary.journal.day_range()
        if span is not None:
            out.append(("Everything", span[0], max(span[1], today)))
        return tuple(out)

    def default_range(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """The range the CLI uses without ``--from``: since the last report, else the last 4 weeks."""
        today = today or local_today()
        last = self.last_report_end()
        if last is not None and last < today:
            return last + dt.timedelta(days=1), today
        return today - dt.timedelta(days=27), today


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
