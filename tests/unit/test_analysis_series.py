"""Daily series: the input contract between storage and analysis."""

from __future__ import annotations

import numpy as np
import pytest

from connectly.analysis.series import daily_series
from connectly.domain.checkins import Measure
from connectly.domain.errors import InvalidDayError, InvalidRatingError, UnknownPartnerError

ROWS = [
    # day, position, stress, closeness, availability — unsorted, two check-ins on day 102
    (102, 1, 4, 6, 5),
    (100, 0, 2, 8, 7),
    (102, 0, 6, 3, 2),
    (102, 0, 3, 6, 5),
    (104, 1, 10, 0, 10),
]


def test_daily_mean_per_partner_and_missing_days_are_nan() -> None:
    s = daily_series(ROWS)
    assert s.start_day == 100
    assert s.n_days == 5
    assert s.end_day == 104
    assert s.days.dtype == np.int64
    assert s.days.tolist() == [100, 101, 102, 103, 104]
    assert s.stress.shape == (2, 5)
    assert s.stress.dtype == np.float64
    np.testing.assert_array_equal(s.stress[0], [2, np.nan, 4.5, np.nan, np.nan])
    np.testing.assert_array_equal(s.closeness[0], [8, np.nan, 4.5, np.nan, np.nan])
    np.testing.assert_array_equal(s.availability[1], [np.nan, np.nan, 5, np.nan, 10])
    # Zero is a rating, not "missing".
    assert s.closeness[1, 4] == 0
    assert s.measure(Measure.STRESS) is s.stress


def test_paired_mask_and_slice() -> None:
    s = daily_series(ROWS)
    assert s.paired_mask().tolist() == [False, False, True, False, False]
    assert s.paired_days == 1
    part = s.slice(101, 200)
    assert (part.start_day, part.n_days) == (101, 4)
    np.testing.assert_array_equal(part.stress[0], s.stress[0, 1:])
    part.stress[0, 1] = 99  # a slice is a copy
    assert s.stress[0, 2] == 4.5
    assert s.slice(300, 400).n_days == 0


def test_requested_range_clips_and_pads() -> None:
    s = daily_series(ROWS, start=98, end=102)
    assert s.days.tolist() == [98, 99, 100, 101, 102]
    assert np.isnan(s.stress[:, :2]).all()
    assert s.stress[1, 4] == 4  # day 104 left out, day 102 kept
    assert np.count_nonzero(~np.isnan(s.stress)) == 3


def test_numpy_rows_give_the_same_series() -> None:
    a = daily_series(ROWS)
    b = daily_series(np.array(ROWS, dtype=np.int64))
    np.testing.assert_array_equal(a.closeness, b.closeness)


def test_empty_input() -> None:
    s = daily_series([])
    assert s.n_days == 0
    assert s.stress.shape == (2, 0)
    assert s.paired_days == 0
    padded = daily_series([], start=10, end=12)
    assert padded.n_days == 3
    assert np.isnan(padded.stress).all()


@pytest.mark.parametrize(
    ("rows", "error"),
    [
        ([(1, 2, 3, 3, 3)], UnknownPartnerError),
        ([(1, 0, 11, 3, 3)], InvalidRatingError),
        ([(1, 0, 3, -1, 3)], InvalidRatingError),
        ([(0, 0, 3, 3, 3), (10**7, 0, 3, 3, 3)], InvalidDayError),
    ],
)
def test_bad_rows_are_refused(rows: list[tuple[int, ...]], error: type[Exception]) -> None:
    with pytest.raises(error):
        daily_series(rows)  # type: ignore[arg-type]


def test_end_before_start_is_refused() -> None:
    with pytest.raises(InvalidDayError):
        daily_series(ROWS, start=5, end=4)


def test_matches_a_plain_loop_on_random_check_ins() -> None:
    rng = np.random.default_rng(3)
    table = np.column_stack(
        [rng.integers(0, 60, 500), rng.integers(0, 2, 500), rng.integers(0, 11, (500, 3))]
    )
    s = daily_series(table)
    for day in range(s.start_day, s.end_day + 1):
        for position in (0, 1):
            mine = table[(table[:, 0] == day) & (table[:, 1] == position)]
            got = s.closeness[position, day - s.start_day]
            if mine.size == 0:
                assert np.isnan(got)
            else:
                assert got == pytest.approx(mine[:, 3].mean())


def test_joining_a_series_to_the_one_after_it_keeps_every_day_in_place() -> None:
    rows = [(10, 0, 1, 2, 3), (12, 1, 4, 5, 6), (13, 0, 7, 8, 9), (15, 1, 2, 2, 2)]
    whole = daily_series(rows, start=10, end=15)
    joined = whole.slice(10, 12).joined(whole.slice(13, 15))
    assert joined.start_day == 10 and joined.days.tolist() == list(range(10, 16))
    for measure in ("stress", "closeness", "availability"):
        np.testing.assert_array_equal(getattr(joined, measure), getattr(whole, measure))
    assert whole.slice(10, 9).joined(whole) is whole  # an empty lead-in changes nothing
    with pytest.raises(ValueError, match="day after"):
        whole.slice(10, 11).joined(whole.slice(13, 15))
