"""Activity dates: ISO, UK day-first or with the month's name; anything else is reported,
never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from exclcheck.dates import DateStatus, parse_date
from exclcheck.normalize import normalize
from exclcheck.textdates import text_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("2022-03-29", dt.date(2022, 3, 29), id="iso"),
        pytest.param("2022-3-9", dt.date(2022, 3, 9), id="iso-single-digits"),
        pytest.param("2022-03-29T10:15:00", dt.date(2022, 3, 29), id="iso-with-time"),
        pytest.param("2022-03-29 10:15", dt.date(2022, 3, 29), id="iso-with-space-and-time"),
        pytest.param("2022-03-29T10:15:00Z", dt.date(2022, 3, 29), id="iso-utc"),
        pytest.param("2022-03-29T23:30:00+01:00", dt.date(2022, 3, 29), id="iso-with-offset"),
        pytest.param("03/04/2022", dt.date(2022, 4, 3), id="uk-is-day-first"),
        pytest.param("29/03/2022", dt.date(2022, 3, 29), id="uk"),
        pytest.param("3/4/2022", dt.date(2022, 4, 3), id="uk-single-digits"),
        pytest.param("29.03.2022", dt.date(2022, 3, 29), id="uk-dots"),
        pytest.param("29-03-2022", dt.date(2022, 3, 29), id="uk-dashes"),
        pytest.param("29/03/2022 10:15", dt.date(2022, 3, 29), id="uk-with-time"),
        pytest.param("  2022-03-29  ", dt.date(2022, 3, 29), id="surrounding-spaces"),
        pytest.param("29/02/2024", dt.date(2024, 2, 29), id="leap-day"),
        pytest.param("2022/03/29", dt.date(2022, 3, 29), id="year-first-slashes"),
        pytest.param("29 March 2022", dt.date(2022, 3, 29), id="month-name"),
        pytest.param("29 Mar 2022", dt.date(2022, 3, 29), id="month-abbreviated"),
        pytest.param("1 Sept 2022", dt.date(2022, 9, 1), id="sept"),
        pytest.param("Tue 29th March, 2022", dt.date(2022, 3, 29), id="weekday-ordinal-comma"),
        pytest.param("29-Mar-2022", dt.date(2022, 3, 29), id="spreadsheet-style"),
        pytest.param("March 29, 2022", dt.date(2022, 3, 29), id="month-first-with-name"),
        pytest.param("Tuesday, March 29th 2022", dt.date(2022, 3, 29), id="long-month-first"),
    ],
)
def test_readable_dates(text: str, expected: dt.date) -> None:
    parsed = parse_date(text)
    assert parsed.status is DateStatus.OK
    assert parsed.value == expected
    assert parsed.text == text  # what the export said, for the report


@pytest.mark.parametrize(
    ("text", "status"),
    [
        pytest.param("", DateStatus.MISSING, id="empty"),
        pytest.param("   ", DateStatus.MISSING, id="blank"),
        pytest.param("31/02/2023", DateStatus.UNREADABLE, id="no-31-february"),
        pytest.param("29/02/2023", DateStatus.UNREADABLE, id="no-leap-day-in-2023"),
        pytest.param("spring 2022", DateStatus.UNREADABLE, id="season"),
        pytest.param("2022-13-05", DateStatus.UNREADABLE, id="month-13"),
        pytest.param("2022-00-10", DateStatus.UNREADABLE, id="month-0"),
        pytest.param("2022", DateStatus.UNREADABLE, id="year-only"),
        pytest.param("29/03/22", DateStatus.UNREADABLE, id="two-digit-year"),
        pytest.param("March 2022", DateStatus.UNREADABLE, id="month-name"),
        pytest.param("31 February 2023", DateStatus.UNREADABLE, id="no-31-february-by-name"),
        pytest.param("29 Marchish 2022", DateStatus.UNREADABLE, id="not-a-month"),
        pytest.param("03/29/2022", DateStatus.UNREADABLE, id="us-order-is-not-guessed"),
        pytest.param("2022-03-29garbage", DateStatus.UNREADABLE, id="trailing-text"),
        pytest.param("n/a", DateStatus.UNREADABLE, id="not-applicable"),
    ],
)
def test_dates_that_cannot_be_tested(text: str, status: DateStatus) -> None:
    parsed = parse_date(text)
    assert parsed.status is status
    assert parsed.value is None
    assert parsed.text == text


@pytest.mark.parametrize(
    ("text", "written", "latest"),
    [
        # A month without a year is that month of the record's own year ...
        ("helped a few times in February", dt.date(2022, 5, 2), [dt.date(2022, 2, 28)]),
        ("went on 10 August", dt.date(2021, 8, 14), [dt.date(2021, 8, 10)]),
        # ... a later month is still to come, never last year's;
        ("standing for them in May", dt.date(2022, 4, 20), [dt.date(2022, 5, 31)]),
        # "may" is a month only after a word that makes it a time, and a year read
        # with it is read once.
        ("she may go", dt.date(2022, 4, 20), []),
        ("in May 2019", dt.date(2022, 4, 20), [dt.date(2019, 5, 31)]),
    ],
)
def test_months_without_a_year(text: str, written: dt.date, latest: list[dt.date]) -> None:
    assert [d.latest for d in text_dates(normalize(text), written)] == latest


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        # The day itself, not the month's last day: "26th of March 2022" is before a
        # ban of 29 March 2022.
        ("went on the 26th of March 2022", [dt.date(2022, 3, 26)]),
        ("went on March 26, 2022", [dt.date(2022, 3, 26)]),
        ("went on Mar. 26th 2022", [dt.date(2022, 3, 26)]),
        ("went on Saturday 26th March, 2022", [dt.date(2022, 3, 26)]),
        ("went on 26-03-2022", [dt.date(2022, 3, 26)]),
        ("went on 2022/03/26", [dt.date(2022, 3, 26)]),
        ("went on Sat 26 March", [dt.date(2022, 3, 26)]),
        # Not dates: a range of rooms, a phone number, a score, an amount.
        ("rooms 10-12 booked", []),
        ("tel 0161-496-0000", []),
        ("won 3-2-1", []),
        ("paid £2022", []),
        # A span of years reaches its last; a handle's digits and a year-month are no span.
        ("back in 2018-19 when it kicked off", [dt.date(2019, 12, 31)]),
        ("in 2016–2019 only", [dt.date(2019, 12, 31)]),
        ("@COLINW1954 posted", []),
        ("the 2019-12 accounts", []),
        # "before" a date ends the day before the span starts, unless "since" makes it
        # an act still going on.
        ("wrote for it before July 2021", [dt.date(2021, 6, 30)]),
        ("wrote for it before 2021", [dt.date(2020, 12, 31)]),
        ("wrote for it before 20 July 2021", [dt.date(2021, 7, 19)]),
        ("have done so since long before 2021", []),
        # A season reaches its last month; winter runs into the next year.
        ("its contact until the spring of 2021", [dt.date(2021, 5, 31)]),
        ("in summer 2021", [dt.date(2021, 8, 31)]),
        ("the autumn of 2020", [dt.date(2020, 11, 30)]),
        ("over the winter of 2020", [dt.date(2021, 2, 28)]),
        ("wrote for it before the summer of 2021", [dt.date(2021, 5, 31)]),
    ],
)
def test_dates_in_the_text_are_read_to_the_day(text: str, latest: list[dt.date]) -> None:
    assert [d.latest for d in text_dates(normalize(text), dt.date(2022, 6, 1))] == latest
