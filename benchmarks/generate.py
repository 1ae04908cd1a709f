"""Write a seeded, realistic synthetic activity CSV for benchmarks (streamed, any size).

About 3% of rows mention a proscribed organisation (a third of those misspelt); about
5% name a look-alike organisation ("Socialist Resistance", "Stop the War"); about 7%
use the common words that trap naive matchers ("solidarity", "resist", "appeal",
"the law"); about 1% have a multi-line (quoted) activity field. Names, places,
numbers, dates, phrasing and extra clauses vary, so most activity strings are
distinct (about 90% at 100,000 rows, 80% at 1,000,000), and text comes in the cases
real exports have: sentence case, casual lower case, an all-capitals system export.

Rows are written as they are made: memory does not grow with the file.

    python benchmarks/generate.py 100000 bench-data/100k.csv [SEED] [--json COUNTS]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_SEED = 20261123

FIRST = (
    "Aisha Ben Chloe Dev Ewa Femi Gita Hamza Iona Jack Kemi Liam Maya Niall Omar Priya Rhys Sana "
    "Tom Uma Vik Wren Yusuf Zara Alan Bridget Carys Dafydd Elaine Frank Grace Harpreet Imran "
    "Janet Kwame Lorna Mohammed Nadia Owen Paula Rashid Siobhan Tariq Ursula Winston Yvonne"
).split()
LAST = (
    "Ahmed Brown Clarke Davies Evans Fraser Green Hughes Iqbal Jones Khan Lewis Morgan Nowak "
    "Okafor Patel Quinn Roberts Singh Taylor Walsh Young Bennett Chowdhury Doyle Ellis Foster "
    "Gallagher Hussain Kaur McLeod Murphy O'Brien Price Reid Shaw Thomas Ward Williams Wright"
).split()
PLACES = (
    "Leeds Bristol Hackney Salford Cardiff Norwich Brighton Derby Glasgow Luton Wigan Exeter "
    "Hull Bolton Dundee Stroud Barnsley Croydon Gateshead Ipswich Lambeth Lewisham Oldham "
    "Preston Reading Swansea Stockport Sunderland Walthamstow Wolverhampton Wrexham York "
    "Newport Plymouth Rochdale Sheffield Stoke Tottenham Wakefield Hastings"
).split()
VENUES = [
    "community centre", "library", "town hall", "church hall", "Miners' Welfare",
    "Co-op hall", "leisure centre", "union office", "pub function room", "school hall",
    "mosque", "scout hut", "Quaker meeting house", "cafe", "civic centre",
]  # fmt: skip
TOPICS = [
    "housing", "buses", "the NHS", "schools", "social care", "bin collections", "libraries",
    "rail fares", "energy bills", "rents", "pensions", "childcare", "potholes", "the climate",
    "youth services", "SEND provision", "fly-tipping", "the cost of living", "council tax",
    "sure start", "disability benefits", "local jobs", "air quality", "cycle lanes",
]  # fmt: skip
MONTHS = (
    "January February March April May June July August September October November December".split()
)
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SOURCES = ["membership system", "social media", "complaint", "branch minutes"]

# The proscribed organisations as people write them: names, aliases, abbreviations,
# papers, websites, events (weights: how often each form turns up).
PROSCRIBED = [
    ("Socialist Appeal", 6), ("Soc Appeal", 1), ("socialist.net", 1),
    ("Labour in Exile Network", 3), ("Labour in Exile", 1), ("LIEN", 2),
    ("Labour Against the Witchhunt", 4), ("Labour Against the Witch-hunt", 1), ("LAW", 2),
    ("Resist movement", 2), ("RESIST: Movement for a People's Party", 1),
    ("Festival of Resistance", 1), ("resistmovement.org.uk", 1),
    ("Labour Left Alliance", 4), ("LLA", 2), ("labourleft.org", 1),
    ("Socialist Labour Network", 3), ("SLN", 2),
    ("Alliance for Workers' Liberty", 4), ("AWL", 3), ("workersliberty.org", 1),
    ("Ideas for Freedom", 1),
]  # fmt: skip
# Long names, which a typo leaves recognisable; misspelt forms are made from these.
TYPO_BASES = [
    "Socialist Appeal", "Labour in Exile Network", "Labour Against the Witchhunt",
    "Labour Left Alliance", "Socialist Labour Network", "Alliance for Workers' Liberty",
    "Festival of Resistance",
]  # fmt: skip
# Misspellings people really make (a phonetic or US spelling), beside random typos.
MISSPELT = [
    "Socalist Appeal", "Socialst Appeal", "Labour in Exle Network", "Labor in Exile Network",
    "Labour Aganst the Witchhunt", "Labour Against the Witchunt", "Labour Left Aliance",
    "Labor Left Alliance", "Socialist Labor Network", "Alliance for Workers Libety",
    "Aliance for Workers' Liberty", "Festival of Resistence",
]  # fmt: skip
LOOKALIKES = [
    "Momentum", "Stop the War", "Stop the War Coalition", "the Socialist Party", "the SWP",
    "the Socialist Workers Party", "Left Unity", "the Socialist Labour Party",
    "Jewish Voice for Labour", "Socialist Resistance", "the Socialist Campaign Group",
    "the Labour Representation Committee", "the Workers Party of Britain",
    "Labour Women's Network", "the Revolutionary Communist Party", "Solidarity Federation",
    "Labour Left Network", "the Socialist Alliance",
]  # fmt: skip

SUPPORT = [
    "sold copies of the paper for {org} outside {place} station",
    "paid subs to {org} since {year}",
    "spoke at a {org} meeting in {place} on {topic}",
    "donated £{n} to {org} on {day} {month}",
    "is on the {org} steering committee with {person}",
    "stewarded the {org} conference in {place}",
    "wrote an article for {org} about {topic}",
    "ran the {org} stall at the {place} {venue}",
    "chaired a {org} public meeting on {topic} at the {venue}",
    "set up a standing order of £{n} a month to {org}",
    "signed up {k} people to {org} at the {place} freshers' fair",
    "is the {org} contact for the {place} area, according to {person}",
    "stood as the {org} candidate in {place} ward",
    "hosted a {org} reading group at her flat in {place}",
]  # fmt: skip
NEUTRAL = [
    "liked a post by {org}",
    "debated {org} members at a hustings in {place}",
    "complained about {org} leafleting in {place} on {weekday}",
    "attended a {org} rally in {place} with {person}",
    "volunteered for {org} on {topic}",
    "shared a {org} video about {topic}",
    "was sent an unsolicited {org} leaflet in {month}",
    "criticised {org} in a speech at the {place} {venue}",
    "reported a {org} stall outside the {place} meeting to the regional office",
    "argued with {org} supporters at the {place} picket",
]  # fmt: skip
TRAPS = [
    "stood in solidarity with striking {topic} workers in {place}",
    "urged members to resist the cuts to {topic} in {place}",
    "launched an appeal for volunteers for the {place} food bank",
    "studied the law on {topic} at evening classes in {place}",
    "called the disciplinary process a witch hunt at ward meeting {k}",
    "bought an awl to fix the {place} branch banner",
    "wrote about living in exile from {place} for {k} years",
    "sent a solidarity message to the {place} bin workers",
    "said the branch must resist pressure to close the {place} {venue}",
    "backed a left alliance with the Greens on {place} council",
    "lodged an appeal against the {topic} decision with {person}",
    "organised a solidarity fundraiser raising £{n} for the {place} strikers",
    "said the law is on the tenants' side over {topic} in {place}",
    "joined a network of {place} tenants' unions on {topic}",
    "told {person} to resist the temptation to reply to trolls",
]  # fmt: skip
PLAIN = [
    "canvassed {n} doors in {place} ward",
    "chaired the {place} branch meeting on {topic}",
    "organised a fundraiser for the {place} food bank, raising £{n}",
    "delivered {n} leaflets about {topic} in {place}",
    "joined the picket line at {place} depot with {person}",
    "attended the CLP general meeting; spoke on {topic}",
    "volunteered at the {place} by-election",
    "ran a stall on {topic} at the {place} summer fair",
    "emailed councillor {person} about {topic}",
    "took the minutes at the {place} branch meeting",
    "phone-banked {k} members for the {place} mayoral campaign",
    "drove {person} to the count at {place} {venue}",
    "helped Cllr {person} with casework on {topic}",
    "spoke at the Labour group meeting in {place} about {topic}",
    "was elected branch secretary in {place} at the {month} AGM",
    "hosted a Labour women's forum at the {place} {venue}",
    "attended Young Labour's {topic} day school in {place}",
    "ran a voter registration drive in {place}, {n} sign-ups",
    "organised a {topic} surgery with the MP in {place} on {day} {month}",
    "wrote to the {place} Echo about {topic}",
    "recruited {k} new members at the {place} {venue} coffee morning",
    "delivered the {month} newsletter to {n} houses in {place}",
    "stood as the Labour candidate in {place} ward in {year}",
    "attended the regional conference in {place} with {person}",
    "set up a WhatsApp group for {place} volunteers ({k} members)",
    "led a training session on {topic} for {k} members at the {venue}",
    "paid £{n} towards the {place} campaign office rent",
    "signed the {place} petition on {topic}",
]  # fmt: skip
CLAUSES = [
    "; {person} took the minutes",
    " with {k} other members",
    " on {weekday} {day} {month}",
    " ({k} attended)",
    ", follow-up booked for {weekday}",
    "; thanked by {person}",
    " at {time}",
    "; raised £{n} on the day",
    ", ref {ref}",
    "; reported by {person}",
]  # fmt: skip
HASHTAGS = ["#LabourDoorstep", "#NHS", "#StrikeAction", "#CostOfLivingCrisis", "#solidarity"]
NOTES = [
    "Follow-up: note added by {person}, {day} {month}.",
    "Action: {person} to call back on {weekday}.",
    "Update {day}/{month_number}: no further action.",
    "- leaflets: {n}\n- doors: {k}",
]  # fmt: skip


@dataclass
class Stats:
    """What was written: counts only, so memory stays flat."""

    rows: int = 0
    proscribed: int = 0  # rows that mention a proscribed organisation
    misspelt: int = 0  # ... of which with a misspelt name
    lookalikes: int = 0
    traps: int = 0
    multiline: int = 0


def _typo(rng: random.Random, name: str) -> str:
    """One realistic slip: a letter dropped, doubled, swapped or hit next to."""
    letters = [i for i, c in enumerate(name) if c.isalpha() and i > 0]
    i = rng.choice(letters)
    kind = rng.randrange(4)
    if kind == 0:
        return name[:i] + name[i + 1 :]
    if kind == 1:
        return name[:i] + name[i] + name[i:]
    if kind == 2 and i + 1 < len(name) and name[i + 1].isalpha() and name[i + 1] != name[i]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "l": "k", "n": "m", "r": "t", "t": "y"}
    c = name[i].lower()
    swapped = near.get(c, "e" if c != "e" else "a")
    return name[:i] + swapped + name[i + 1 :]


def _fill(rng: random.Random) -> dict[str, object]:
    month = rng.randrange(12)
    return {
        "place": rng.choice(PLACES),
        "topic": rng.choice(TOPICS),
        "venue": rng.choice(VENUES),
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "n": rng.randint(2, 999),
        "k": rng.randint(2, 60),
        "year": rng.randint(2015, 2025),
        "day": rng.randint(1, 28),
        "month": MONTHS[month],
        "month_number": month + 1,
        "weekday": rng.choice(WEEKDAYS),
        "time": f"{rng.randint(9, 20)}:{rng.choice(['00', '15', '30', '45'])}",
        "ref": f"{rng.choice('ABCDEFGHJK')}{rng.randint(1000, 99999)}",
    }


def _sentence(text: str) -> str:
    """A capital first letter, the rest as written (str.capitalize would lower "LAW")."""
    return text[:1].upper() + text[1:]


_PROSCRIBED_NAMES = [name for name, _w in PROSCRIBED]
_PROSCRIBED_WEIGHTS = [w for _n, w in PROSCRIBED]


def activity(rng: random.Random, stats: Stats, source: str) -> str:
    """One activity text; `stats` counts what kind it is."""
    fill = _fill(rng)
    roll = rng.random()
    if roll < 0.03:
        stats.proscribed += 1
        if rng.random() < 1 / 3:
            stats.misspelt += 1
            org = rng.choice(MISSPELT) if rng.random() < 0.3 else _typo(rng, rng.choice(TYPO_BASES))
        else:
            org = rng.choices(_PROSCRIBED_NAMES, _PROSCRIBED_WEIGHTS)[0]
        text = rng.choice(SUPPORT + NEUTRAL).format(org=org, **fill)
    elif roll < 0.08:
        stats.lookalikes += 1
        text = rng.choice(SUPPORT + NEUTRAL).format(org=rng.choice(LOOKALIKES), **fill)
    elif roll < 0.15:
        stats.traps += 1
        text = rng.choice(TRAPS).format(**fill)
    else:
        text = rng.choice(PLAIN).format(**fill)
        if rng.random() < 0.25:
            text += "; " + rng.choice(PLAIN).format(**_fill(rng))
    if rng.random() < 0.45:
        text += rng.choice(CLAUSES).format(**_fill(rng))
    text = _sentence(text)
    if rng.random() < 0.01:
        stats.multiline += 1
        text += "\n" + rng.choice(NOTES).format(**fill)
    style = rng.random()
    if source == "social media" and style < 0.35:
        text = text.lower()  # casual typing
        if style < 0.05:
            text += " " + rng.choice(HASHTAGS)
    elif source == "membership system" and style < 0.1:
        text = text.upper()  # an old system's all-capitals export
    return text


def _date(rng: random.Random) -> str:
    year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.random()
    if style < 0.2:
        return f"{day:02d}/{month:02d}/{year}"  # a UK spreadsheet's export
    if style < 0.201:
        return ""  # a date nobody filled in
    return f"{year}-{month:02d}-{day:02d}"


def write(rows: int, path: Path, seed: int = DEFAULT_SEED) -> Stats:
    """Write `rows` activity records to `path` (same seed, same file); return the counts."""
    rng = random.Random(seed)
    stats = Stats(rows=rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    members = rows // 5 + 1
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["member_id", "name", "date", "activity", "source"])
        for _ in range(rows):
            source = rng.choice(SOURCES)
            writer.writerow([
                f"M{rng.randint(1, members)}",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                _date(rng),
                activity(rng, stats, source),
                source,
            ])  # fmt: skip
    return stats


def distinct_ratio(path: Path) -> float:
    """The share of activity strings that are distinct (holds one hash per string)."""
    seen: set[int] = set()
    total = 0
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            seen.add(hash(row["activity"]))
            total += 1
    return len(seen) / total if total else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/generate.py", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("rows", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("seed", type=int, nargs="?", default=DEFAULT_SEED)
    parser.add_argument("--json", type=Path, help="also write the counts to this file")
    args = parser.parse_args(argv)
    stats = write(args.rows, args.path, seed=args.seed)
    ratio = distinct_ratio(args.path)
    share = 100 / max(stats.rows, 1)
    print(
        f"{args.path}: {stats.rows} rows; distinct activities {ratio:.1%}; "
        f"proscribed mentions {stats.proscribed * share:.2f}% "
        f"({stats.misspelt / max(stats.proscribed, 1):.0%} misspelt); "
        f"look-alikes {stats.lookalikes * share:.2f}%; traps {stats.traps * share:.2f}%; "
        f"multi-line {stats.multiline * share:.2f}%"
    )
    if args.json:
        counts = {"seed": args.seed, "distinct_activities": round(ratio, 4), **asdict(stats)}
        args.json.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
