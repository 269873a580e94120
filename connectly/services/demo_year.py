"""A realistic, seeded year of two partners' check-ins for ``connectly --demo``.

Pure: stdlib ``random`` and the domain only, no storage, no numpy. The storage layer writes
the returned dataclasses into a throwaway diary. The story is built so that every view has
something to show:

* stress with a weekly rhythm (weekdays higher), Sam's work deadlines every five to seven
  weeks, a health scare for Alex, and the strain of a move and of Alex's new job;
* closeness that tends to dip 0–3 days after a stress spike — in the stressed person
  (spillover) and, a little more often, in the other partner (crossover) — so the analysis
  finds links well above chance;
* availability that falls with stress and, when high, softens the dip (the buffer);
* a relocation and a career change as life events, and a calm, event-free stretch in late
  spring in which closeness slowly drifts down (the "stability" pattern), then recovers;
* one or two check-ins per person on most days, some missed days, tags from
  ``DEFAULT_TAGS`` and short, kind, first-person notes on about 15 % of check-ins.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from connectly.domain.checkins import RATING_MAX, RATING_MIN
from connectly.domain.days import day_number
from connectly.domain.events import LifeEventDraft, LifeEventKind
from connectly.domain.partners import DEFAULT_COLOURS

DEMO_DAYS = 365
NOTE_SHARE = 0.15

# Day offsets (from the first day) of the story's fixed points.
MOVE_DAY, MOVE_LENGTH = 60, 14
HEALTH_SCARE_DAY = 118
CALM_FIRST, CALM_LAST = 150, 218
NEW_JOB_DAY = 290
WEEKDAY_STRESS = (0.8, 0.6, 0.5, 0.6, 0.2, -1.0, -0.7)  # Monday … Sunday
LAG_WEIGHTS = (0.25, 0.4, 0.2, 0.15)  # days 0–3 between a spike and the dip it brings

_NOTES = {
    "work": (
        "I felt stretched thin after the deadline.",
        "Deadline week. I had little left for us tonight.",
        "I felt tense all day; work took most of me.",
    ),
    "health": (
        "I felt scared waiting for the test results.",
        "I felt shaky after the appointment and glad {other} was there.",
    ),
    "move": (
        "I felt overwhelmed by boxes, but we laughed about it later.",
        "I felt unsettled in the new place today.",
    ),
    "job": ("I felt nervous but excited about the new job.", "I felt drained after a long first week."),
    "distant": (
        "I felt a bit far from {other} this evening and missed our usual chat.",
        "I felt shut out today; I know {other} is under a lot of pressure.",
    ),
    "close": (
        "I felt close to {other} on our walk.",
        "I felt really connected at dinner tonight.",
        "I felt looked after today.",
    ),
    "calm": (
        "Quiet week. I felt we were a little on autopilot.",
        "I felt fine, just a bit distant; we should plan something together.",
    ),
    "plain": (
        "I felt calm today.",
        "I felt rested after a good night’s sleep.",
        "An ordinary day; I felt okay.",
    ),
}


@dataclass(frozen=True, slots=True)
class DemoPartner:
    """One of the two demo partners."""

    position: int
    name: str
    colour: str


@dataclass(frozen=True, slots=True)
class DemoCheckIn:
    """One demo check-in; ``day`` is the local calendar day, ``logged_at_utc`` an aware UTC time."""

    position: int
    day: dt.date
    logged_at_utc: dt.datetime
    stress: int
    closeness: int
    availability: int
    tags: tuple[str, ...]
    note: str | None


@dataclass(frozen=True, slots=True)
class DemoYear:
    """A year of demo data from ``start`` to ``end`` (inclusive)."""

    start: dt.date
    end: dt.date
    partners: tuple[DemoPartner, DemoPartner]
    checkins: tuple[DemoCheckIn, ...]
    events: tuple[LifeEventDraft, ...]

    def analysis_rows(self) -> list[tuple[int, int, int, int, int]]:
        """The check-ins as ``(day_number, position, stress, closeness, availability)`` rows."""
        return [(day_number(c.day), c.position, c.stress, c.closeness, c.availability) for c in self.checkins]


@dataclass(slots=True)
class _Day:
    """The latent state of one partner on one day, before check-in noise."""

    stress: float
    closeness: float
    availability: float
    context: str


def _clip(value: float) -> int:
    return max(RATING_MIN, min(RATING_MAX, round(value)))


def _stress_plan(rng: random.Random) -> tuple[dict[int, tuple[float, str]], dict[int, tuple[float, str]]]:
    """Extra stress per day offset, with its context, for Sam (0) and Alex (1)."""
    sam: dict[int, tuple[float, str]] = {}
    alex: dict[int, tuple[float, str]] = {}
    day = rng.randint(10, 25)
    while day < DEMO_DAYS - 2:
        if not CALM_FIRST - 5 <= day <= CALM_LAST + 3:
            for offset, boost in enumerate((3.5, 4.8, 1.5)):
                sam[day - 1 + offset] = (boost, "work")
        day += rng.randint(34, 48)
    for offset, boost in enumerate((5.0, 4.5, 2.5)):
        alex[HEALTH_SCARE_DAY + offset] = (boost, "health")
    for _ in range(8):
        crunch = rng.randint(5, DEMO_DAYS - 5)
        if not CALM_FIRST - 5 <= crunch <= CALM_LAST + 3 and crunch not in alex:
            alex[crunch] = (4.6, "work")
            alex.setdefault(crunch + 1, (3.6, "work"))
    for offset in range(MOVE_LENGTH):
        boost = 4.0 if offset in (0, 1) else 1.2
        sam.setdefault(MOVE_DAY + offset, (boost, "move"))
        alex.setdefault(MOVE_DAY + offset, (boost, "move"))
    for offset in range(14):
        alex.setdefault(NEW_JOB_DAY + offset, (4.0 if offset == 0 else 1.3, "job"))
    return sam, alex


def _latent_days(rng: random.Random, start: dt.date) -> list[list[_Day]]:
    """Latent stress, closeness and availability of both partners on every day."""
    plans = _stress_plan(rng)
    base_stress, base_closeness = (3.6, 3.1), (7.2, 6.9)
    dips: list[dict[int, float]] = [{}, {}]
    noise = [0.0, 0.0]
    days: list[list[_Day]] = [[], []]
    for i in range(DEMO_DAYS):
        weekday = (start + dt.timedelta(days=i)).weekday()
        calm = CALM_FIRST <= i <= CALM_LAST
        for who in (0, 1):
            noise[who] = 0.55 * noise[who] + rng.gauss(0, 0.6)
            boost, context = plans[who].get(i, (0.0, "calm" if calm else "plain"))
            stress = base_stress[who] + WEEKDAY_STRESS[weekday] + noise[who] + boost - (0.8 if calm else 0)
            availability = 6.6 - 0.5 * (stress - base_stress[who]) + rng.gauss(0, 0.8)
            availability += 0.7 if weekday >= 5 else 0.0
            if boost >= 3.5:
                _plan_dips(rng, dips, who, i, boost)
            days[who].append(_Day(stress, 0.0, availability, context))
    for i in range(DEMO_DAYS):
        drift = -2.4 * (i - CALM_FIRST) / (CALM_LAST - CALM_FIRST) if CALM_FIRST <= i <= CALM_LAST else 0.0
        drift -= _adapting(i)
        weekend = 0.4 if (start + dt.timedelta(days=i)).weekday() >= 5 else 0.0
        for who in (0, 1):
            day = days[who][i]
            # Everyday stress goes with lower closeness; availability softens it (the buffer).
            everyday = -0.3 * (day.stress - base_stress[who]) * max(0.2, 1.25 - 0.1 * day.availability)
            dip = dips[who].get(i, 0.0) * max(0.5, 1.3 - 0.07 * day.availability)
            day.closeness = base_closeness[who] + weekend + drift + everyday - dip + rng.gauss(0, 0.45)
            if dip and day.context == "plain":
                day.context = "distant"
    return days


def _adapting(day: int) -> float:
    """Some distance while the couple settles after the move and the new job, fading out."""
    for first, size, length in ((MOVE_DAY, 0.9, 60), (NEW_JOB_DAY, 0.6, 45)):
        if first <= day < first + length:
            return size * (1 - (day - first) / length)
    return 0.0


def _plan_dips(rng: random.Random, dips: list[dict[int, float]], who: int, day: int, boost: float) -> None:
    """A stress spike tends to bring a closeness dip 0–3 days later, in either partner."""
    for partner, chance in ((1 - who, 0.8), (who, 0.6)):
        if rng.random() < chance:
            lag = rng.choices(range(len(LAG_WEIGHTS)), weights=LAG_WEIGHTS)[0]
            target = day + lag
            dips[partner][target] = max(dips[partner].get(target, 0.0), rng.uniform(3.2, 4.4) + 0.1 * boost)


def _tags(rng: random.Random, day: _Day, closeness: int, weekday: int) -> tuple[str, ...]:
    tags = {
        "work": ["work"],
        "job": ["work"],
        "health": ["health"],
        "move": ["travel", "money"],
        "distant": ["conflict"] if rng.random() < 0.3 else [],
    }.get(day.context, [])
    if closeness >= 8 and rng.random() < 0.5:
        tags.append("quality time")
    if closeness >= 8 and rng.random() < 0.2:
        tags.append("physical intimacy")
    if weekday >= 5 and rng.random() < 0.15:
        tags.append("family")
    if rng.random() < 0.08:
        tags.append("sleep")
    return tuple(dict.fromkeys(tags))[:3]


def _note(rng: random.Random, context: str, closeness: int, other: str) -> str | None:
    if rng.random() >= NOTE_SHARE:
        return None
    pool = context if context in ("work", "health", "move", "job", "distant", "calm") else "plain"
    if pool == "plain" and closeness >= 8:
        pool = "close"
    return rng.choice(_NOTES[pool]).format(other=other)


def generate_demo_year(
    end: dt.date, seed: int = 7, *, utc_offset: dt.timedelta = dt.timedelta(0)
) -> DemoYear:
    """A year of check-ins for Sam and Alex ending on ``end``, the same for the same ``seed``.

    ``utc_offset`` is the local time zone's offset from UTC, used to turn the local check-in
    times (mornings and evenings) into ``logged_at_utc``.
    """
    rng = random.Random(seed)
    start = end - dt.timedelta(days=DEMO_DAYS - 1)
    partners = (DemoPartner(0, "Sam", DEFAULT_COLOURS[0]), DemoPartner(1, "Alex", DEFAULT_COLOURS[1]))
    latent = _latent_days(rng, start)
    checkins: list[DemoCheckIn] = []
    for i in range(DEMO_DAYS):
        day = start + dt.timedelta(days=i)
        for who in (0, 1):
            if rng.random() < (0.07, 0.1)[who]:
                continue  # a missed day
            state = latent[who][i]
            times = [dt.time(21, rng.randint(0, 59))]
            if rng.random() < 0.35:
                times.insert(0, dt.time(7, rng.randint(30, 59)))
            for at in times:
                local = dt.datetime.combine(day, at)
                closeness = _clip(state.closeness + rng.gauss(0, 0.5))
                checkins.append(
                    DemoCheckIn(
                        position=who,
                        day=day,
                        logged_at_utc=(local - utc_offset).replace(tzinfo=dt.UTC),
                        stress=_clip(state.stress + rng.gauss(0, 0.5)),
                        closeness=closeness,
                        availability=_clip(state.availability + rng.gauss(0, 0.5)),
                        tags=_tags(rng, state, closeness, day.weekday()),
                        note=_note(rng, state.context, closeness, partners[1 - who].name),
                    )
                )
    events = (
        LifeEventDraft.create(
            kind=LifeEventKind.RELOCATION,
            title="Moved to a new flat",
            starts_on=start + dt.timedelta(days=MOVE_DAY),
            ends_on=start + dt.timedelta(days=MOVE_DAY + MOVE_LENGTH - 1),
            note="We moved across town to be nearer Sam’s work.",
        ),
        LifeEventDraft.create(
            kind=LifeEventKind.CAREER,
            title="Alex started a new job",
            starts_on=start + dt.timedelta(days=NEW_JOB_DAY),
        ),
    )
    return DemoYear(start=start, end=end, partners=partners, checkins=tuple(checkins), events=events)
