"""The domain brief's hazards, org by org: every way of writing a name must be found in
a plain act of support, and every common-word trap and look-alike must stay unflagged.

Written from `../shared/domain.md` ("Hazards a matcher must survive"), not from any
labelled file: a grid of spellings × sentences, so a change that loses one spelling
for one group shows up by name.
"""

from __future__ import annotations

import pytest

from exclcheck.dates import parse_date
from exclcheck.judge import Judge

AFTER = parse_date("2023-06-01")  # after every proscription

SPELLINGS = {
    "socialist-appeal": [
        "Socialist Appeal", "Socalist Appeal", "SOCIALIST APPEAL",
        "Sociаlist Appeal",  # a Cyrillic а
        "Social\u00adist Appeal", "Socialist  Appeal", "Socialist\u00a0Appeal",
        "#SocialistAppeal", "socialist.net", "Ｓｏｃｉａｌｉｓｔ Ａｐｐｅａｌ",
    ],
    "labour-in-exile-network": [
        "Labour in Exile Network", "Labour-in-Exile Network", "LIEN", "Labour in Exile",
        "labour in exile network", "#LabourInExile", "labour-in-exile.org",
        "Labour In Exile Netwrok", "Labour\u2011in\u2011Exile Network",
    ],
    "labour-against-the-witchhunt": [
        "Labour Against the Witchhunt", "Labour Against the Witch-hunt",
        "Labour Against the Witch Hunt", "LAW", "LAtW", "LATW",
        "#LabourAgainstTheWitchhunt", "labouragainstthewitchhunt.org",
        "Labour Against the Wtichhunt", "labour against the witchhunt",
    ],
    "resist": [
        "Resist", "RESIST: Movement for a People's Party",
        "Resist: Movement for a People’s Party", "resistmovement.org.uk",
        "the Resist movement",
    ],
    "labour-left-alliance": [
        "Labour Left Alliance", "LLA", "labourleft.org", "LABOUR LEFT ALLIANCE",
        "labour left alliance", "Labour Left Aliance", "#LabourLeftAlliance",
        "Labor Left Alliance",
    ],
    "socialist-labour-network": [
        "Socialist Labour Network", "SLN", "socialist-labour-network.org.uk",
        "Socialist Labour Netwrok", "socialist labour network", "#SocialistLabourNetwork",
    ],
    "alliance-for-workers-liberty": [
        "Alliance for Workers' Liberty", "Alliance for Workers’ Liberty",
        "Alliance for Workers Liberty", "AWL", "Workers' Liberty", "workersliberty.org",
        "Alliance for Workers Libety", "ＡＷＬ", "#WorkersLiberty",
        "alliance for workers liberty",
    ],
}  # fmt: skip
ACTS = [
    "She joined the {} in 2023.",
    "Spoke at a {} meeting in Leeds.",
    "I pay subs to {} every month.",
    "she's a member of {} now",
]


@pytest.mark.parametrize(
    ("organisation", "text"),
    [
        (organisation, act.format(spelling))
        for organisation, spellings in SPELLINGS.items()
        for spelling in spellings
        for act in ACTS
    ],
)
def test_every_spelling_is_found(judge: Judge, organisation: str, text: str) -> None:
    assert organisation in {v.organisation for v in judge.assess(text, AFTER).flagged}


@pytest.mark.parametrize(
    "text",
    [
        "Joined the picket in solidarity with the nurses.",
        "Donated to the strike fund as an act of solidarity.",
        "She joined a socialist appeal to the council for more housing.",
        "Joined the campaign to resist the cuts to libraries.",
        "Paid off the lien on her house last year.",
        "Joined a left alliance with the Greens on the council.",
        "Volunteered for the law centre's advice line.",
        "Donated £20 to Liberty, the human rights group.",
        "Joined the Socialist Party in 2023.",
        "Joined the Socialist Workers Party and sold Socialist Worker.",
        "Paid subs to the Socialist Labour Party for years.",
        "Joined Momentum and the Labour Left Network.",
        "Donated to Stop the War Coalition.",
        "She joined the Solidarity Federation.",
        "Canvassing for labour in the local elections, resist the tories!",
        "Joined the Revolutionary Communist Party and sells The Communist.",
        "Paid for an awl and a hammer at the hardware shop.",
        "Joined the living in exile support group for refugees.",
        "Donated to Scotland's Solidarity party.",
        "Joined Finland's Left Alliance while living in Helsinki.",
        "Went to the Marxism festival run by the SWP.",
        "Joined the labour against austerity campaign.",
        "Joined Socialist Resistance and the Socialist Alliance.",
        "Volunteers with Left Unity and the Labour Women's Network.",
        "Joined Workers Party of Britain as a member.",
        "Sold copies of Solidarność history pamphlets at the Polish club.",
        "Donated to the socialist appeal launched by the Unite branch for the strikers.",
        "She joined the socialist appeal for a new swimming pool.",
        # capitals for stress in a text with small letters
        "Says she is a member of the bar and keeps quoting THE LAW at us.",
    ],
)
def test_common_words_and_look_alikes_are_not_flagged(judge: Judge, text: str) -> None:
    assert judge.assess(text, AFTER).flagged == ()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A two-word name in lower case may be an ordinary phrase: it counts only with a
        # group word after it or "<member> of" before it ...
        ("Spoke at a socialist appeal meeting in Leeds.", True),
        ("She's a member of socialist appeal now.", True),
        # ... not after an act alone ("joined the socialist appeal for a new pool").
        ("I pay subs to socialist appeal every month.", False),
        # A longer one counts with any context word near it.
        ("I pay subs to labour left alliance every month.", True),
        # In a text all in lower case, after "a" it is words unless a group word follows.
        ("ian made a real socialist appeal to the workers in his may day speech", False),
        ("ian is a proud socialist appeal member, sells the paper every week", True),
        # A clause after "but", or after a quotation's end, is no sentence opened in
        # lower case: the text still capitalises names.
        (
            "Sent round a call for volunteers with 'a socialist appeal!' in the subject "
            "line. A joke, but it's not funny.",
            False,
        ),
    ],
)
def test_a_short_name_in_lower_case(judge: Judge, text: str, flagged: bool) -> None:
    assert bool(judge.assess(text, AFTER).flagged) == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A writer who capitalises no word may write initials in lower case too, with
        # a group word beside them ...
        ("volunteer note: ravi helping on the lla stall at the TUC demo, signed people up", True),
        # ... but not without one, nor where the text capitalises its words.
        ("volunteer note: ravi said the lla were a joke at the TUC demo", False),
        ("Volunteer note: Ravi helping on the lla stall at the TUC demo.", False),
        # A guess followed by a second one is a doubt, not a statement.
        ("volunteer note - mike was on the lla stall at pride? or was it the LRC stall", False),
    ],
)
def test_initials_in_lower_case_where_no_word_is_capitalised(
    judge: Judge, text: str, flagged: bool
) -> None:
    assert bool(judge.assess(text, AFTER).flagged) == flagged


@pytest.mark.parametrize(
    "text",
    [
        "MBR IS A MEMBER OF THE LAW SOCIETY AND SITS ON ITS COUNCIL.",
        "Volunteers at the Law Centre in Bolton on Saturdays; a member since 2019.",
        "Joined Resist Deportations as a member and marched with them.",
    ],
)
def test_institutions_that_share_a_groups_word(judge: Judge, text: str) -> None:
    assert judge.assess(text, AFTER).flagged == ()
