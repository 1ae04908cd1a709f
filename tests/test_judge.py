"""The judge's reasoning, one behaviour per case: (text, organisations flagged).

Table-driven, in the manner of detect-secrets: each case is a sentence written for the
behaviour it pins down (not taken from a labelled set), with what must be flagged.
"""

from __future__ import annotations

import pytest

from exclcheck.dates import parse_date
from exclcheck.judge import Judge

AFTER = "2023-06-01"  # after every proscription
AWL = "alliance-for-workers-liberty"
LIEN = "labour-in-exile-network"
LLA = "labour-left-alliance"
SLN = "socialist-labour-network"
RESIST = "resist"


def flagged(judge: Judge, text: str, name: str = "") -> set[str]:
    return {v.organisation for v in judge.assess(text, parse_date(AFTER), name).flagged}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A debate is with the group it names, not with every group in the record.
        (
            "Pays subs to the Labour Left Alliance; at the union she debated Socialist Appeal.",
            {"labour-left-alliance"},
        ),
        (
            "Chaired an LLA meeting where she argued against the AWL speaker.",
            {"labour-left-alliance"},
        ),
        # ... and still with every group when only one is named.
        ("Joined the LLA hustings to debate its members.", set()),
        # Unasked leaflets from one group say nothing of a membership of another.
        (
            "Treasurer of the SLN. Complained about AWL leaflets shoved through her door.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_an_exclusion_about_one_named_group_spares_the_others(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An exclusion that governs what follows it does not reach back to a cue that
        # found the group through "their".
        (
            "The AWL ran a stall at the fair. Priya stood behind it selling their paper, "
            "and I watched her for an hour.",
            {"alliance-for-workers-liberty"},
        ),
        # ... but still reaches a cue after it.
        ("The AWL ran a stall at the fair. Priya writes critically about their paper.", set()),
    ],
)
def test_an_exclusion_keeps_its_direction_through_an_anaphor(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


def test_hosted_by_the_member_keeps_the_event_the_groups_own(judge: Judge) -> None:
    text = "Labour Left Alliance regional meeting, Leeds. Hosted by Jo Bloggs. All welcome."
    assert flagged(judge, text, name="Jo Bloggs") == {"labour-left-alliance"}
    # Hosted by someone else: their event, not the group's.
    assert flagged(judge, text, name="Sam Patel") == set()


def test_a_named_event_of_the_group_is_its_own_event_for_the_whole_record(
    judge: Judge,
) -> None:
    text = "Ideas for Freedom, day two.\nA packed session on migrant workers, chaired by Lucy."
    assert flagged(judge, text) == {"alliance-for-workers-liberty"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Network" points back to the name with "Network" in it ...
        (
            "The LLA and the Socialist Labour Network both marched on Saturday. "
            "She is a member of the network.",
            {"socialist-labour-network"},
        ),
        # ... even when that name is a look-alike's.
        (
            "Is the Labour Left Alliance the same as the Labour Left Network? "
            "I have been a paid-up member of the Network since 2015.",
            set(),
        ),
    ],
)
def test_a_group_noun_points_back_to_the_name_it_repeats(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negation of a denial or a regret is not a negation of the act.
        ("I don't deny selling Socialist Appeal at the station.", {"socialist-appeal"}),
        ("He would not apologise for selling Socialist Appeal.", {"socialist-appeal"}),
        ("He did not sell Socialist Appeal.", set()),
        # "she and her husband": the member acts with a relative, not through one.
        ("She and her husband hosted a fundraiser for the LLA.", {"labour-left-alliance"}),
        ("Her husband hosted a fundraiser for the LLA.", set()),
        # An unless_before phrase counts only straight before the cue ...
        ("Her son and her husband hosted a fundraiser for the LLA.", set()),
        # ... or before the group's name that modifies it: others go on the list
        (
            "Ran the LLA stall on the market, signing people up to the LLA mailing list.",
            {"labour-left-alliance"},
        ),
        (
            "Staffed the AWL stall at Pride, taking names for Workers' Liberty's mailing list.",
            {"alliance-for-workers-liberty"},
        ),
        ("Joined the LLA mailing list after visiting the LLA stall on the market.", set()),
    ],
)
def test_words_that_undo_an_exclusion(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's own comment on a share states the member's own part ...
        (
            "Rosa shared the Labour Left Alliance rally poster, commenting: 'I'm stewarding "
            "this one, come along'.",
            {"labour-left-alliance"},
        ),
        # ... not the shared post's own words, nor a comment with no act of the member's
        ("Rosa shared the Labour Left Alliance post: 'I'm stewarding the rally'.", set()),
        (
            "Rosa shared the Labour Left Alliance rally poster with the comment: 'who on "
            "earth goes to these'.",
            set(),
        ),
    ],
)
def test_the_members_comment_on_a_share(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


def test_a_letter_from_the_member_is_the_members_act(judge: Judge) -> None:
    text = 'Read out a letter from Kim Lowe, signed "Treasurer, Labour Left Alliance".'
    assert flagged(judge, text, name="Kim Lowe") == {"labour-left-alliance"}
    assert flagged(judge, text, name="Ann Other") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Mbr" opening a note is the member as its subject, not a membership ...
        ("Mbr phoned: has unsubscribed from the SLN mailing list.", set()),
        # ... but "Member of" is a membership.
        ("Member of the SLN since its launch.", {"socialist-labour-network"}),
        # The group named as the subject of the cue is the one acting.
        ("Spoke at the Unison rally. The LLA were leafleting outside.", set()),
        ("The LLA had a stall and she was selling their pamphlets.", {"labour-left-alliance"}),
        # A group after "for", past the cue's object, is whom the act is for: a review
        # written for its paper, a by-election fought for it ...
        (
            "Wrote a review of the bus strike for the Socialist Appeal website.",
            {"socialist-appeal"},
        ),
        ("Stood against the Labour candidate for Resist in the May by-election.", {"resist"}),
        # ... while the group as the cue's object is what is opposed.
        ("Stood against the Resist candidate in the May by-election.", set()),
        ("Wrote a critical review of Socialist Appeal for the Guardian.", set()),
    ],
)
def test_who_the_cue_is_about(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # An act in a relative clause set off by commas is a clause of its own: what
        # the main clause says of the proscription does not reach it ...
        (
            "Cllr Ann Hale, who chaired the Labour Left Alliance conference on Saturday, "
            "called the proscription a disgrace.",
            "Ann Hale",
            {"labour-left-alliance"},
        ),
        (
            "Ann Hale, who sits on the Labour Left Alliance steering committee, says the "
            "proscription changed nothing.",
            "Ann Hale",
            {"labour-left-alliance"},
        ),
        # ... but the clause's act is its antecedent's: the relative named before "who"
        (
            "Her sister Ann Hale, who chairs Labour Left Alliance meetings in Hull, said "
            "the proscription was a disgrace.",
            "Jo Hale",
            set(),
        ),
    ],
)
def test_an_act_in_a_relative_clause(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "before the ban" set off by commas or brackets dates the one item it follows,
        # not the next item of the list ...
        (
            "Went to two LLA events: a social in January, before the ban, and the "
            "conference in Leeds.",
            {"labour-left-alliance"},
        ),
        (
            "She chaired LLA branch meetings in February (before the proscription) and in June.",
            {"labour-left-alliance"},
        ),
        # ... while a further predicate after "and" is not another item ...
        (
            "Went to the LLA social in January, before the ban, and has not been back.",
            set(),
        ),
        # ... and without the commas the phrase dates the whole act.
        ("Went to the LLA social and the conference before the ban.", set()),
    ],
)
def test_a_gloss_dates_one_item(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's own "I" act comes before the relative the clause then names.
        (
            "At the Labour Left Alliance meeting I was speaking about housing, my friend "
            "invited me to do it.",
            {"labour-left-alliance"},
        ),
        (
            "I went to the LAW zoom and spoke about my friend who got suspended.",
            {"labour-against-the-witchhunt"},
        ),
        # The relative still acts when the clause names no "I" act before it.
        ("Her partner hosted a Labour Left Alliance fundraiser at their flat.", set()),
        ("My son, Harry, has been seen selling Solidarity for the AWL.", set()),
    ],
)
def test_a_relative_does_not_take_over_the_members_own_act(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "now" far from the date is about something else: the date still dates the act.
        (
            '"I was a member of Labour Left Alliance in 2019 and walked away soon after," '
            "said Kofi Mensah, who is now standing for the Greens.",
            set(),
        ),
        # ... but beside it, the act goes on.
        (
            "Joined the Labour Left Alliance in 2019 and is still a member.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_continuing_word_counts_only_near_the_date(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A support word inside a phrase naming someone else is that person's role.
        ("The speaker, Mike Lowe, is in the AWL but was invited by the officer.", set()),
        # ... unless the phrase is said of the member.
        ("I was the speaker at the AWL meeting on Tuesday.", {"alliance-for-workers-liberty"}),
        ("Confirmed as a member of the LLA working group.", {"labour-left-alliance"}),
    ],
)
def test_a_cue_inside_a_phrase_naming_someone_else(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negation does not carry past a comma and a new subject.
        (
            "I'm NOT a member of Socialist Appeal, never have been, I just went to their "
            "summer school in August.",
            {"socialist-appeal"},
        ),
        # Denying membership leaves the admitted act standing.
        (
            "Yes, I chaired the housing session at the LLA summer school. But I'm not a "
            "member of the LLA and never will be.",
            {"labour-left-alliance"},
        ),
        # ... and still cancels the membership itself.
        ("I'm not a member of Resist and never have been.", set()),
        ("Never joined the LLA, never will.", set()),
    ],
)
def test_a_negation_and_a_denial_reach_only_their_own_act(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


def test_buying_the_paper_is_reading_it(judge: Judge) -> None:
    assert flagged(judge, "I bought Solidarity every week while I was writing the piece.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name does not run across a comma: "Labour, in exile" is not the network.
        ("I write on Facebook 'I am Labour, in exile from my home'.", set()),
        ("I write for Labour in Exile every month.", {"labour-in-exile-network"}),
    ],
)
def test_a_name_stays_within_one_phrase(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What is discussed follows the word.
        (
            "Chaired the LAW meeting last night, brilliant discussion afterwards.",
            {"labour-against-the-witchhunt"},
        ),
        ("The branch discussed the Labour Left Alliance at length.", set()),
        # The member's own hypothetical is not an act.
        ("If I went to one LLA meeting would that get me kicked out?", set()),
        ("If I gave a tenner to the AWL's fighting fund, would that count against me?", set()),
        # ... but an act after the if-phrase's comma is.
        (
            "If anyone wants a copy, I'm selling Solidarity for the AWL at the station.",
            {"alliance-for-workers-liberty"},
        ),
        # A plan told in the past is no act, though its words hold a cue ("going").
        ("Was going to write for the Socialist Appeal paper but never got round to it.", set()),
        ("Was going to the Socialist Appeal meetings every week last year.", {"socialist-appeal"}),
    ],
)
def test_a_discussion_and_an_if_i_phrase(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label whose value is the group's name makes the group the host.
        (
            "Facebook event: Labour Left Alliance - autumn all-members' meeting\n"
            "Host: Labour Left Alliance\nInterested: Linda Mtshali and 40 others",
            set(),
        ),
        # A label's value is what follows it on its line, not the name above it.
        (
            "Facebook event: LAW online meeting\nHost: Labour Against the Witchhunt\n"
            "Going: Eileen Murphy and 22 others",
            set(),
        ),
        # The member named as host, or a label naming the event, still counts.
        (
            "Labour in Exile Network open forum, Monday 7pm. Host: Lucy Harrington.",
            {"labour-in-exile-network"},
        ),
        ("Speaker: Socialist Labour Network meeting in Leeds.", {"socialist-labour-network"}),
    ],
)
def test_a_field_label_and_its_value(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


def test_a_full_name_with_a_typo_beats_an_exact_part_that_needs_context(judge: Judge) -> None:
    text = '"Signed up tae the Alliance fir Workers Liberty the night." Her sister says hi.'
    assert flagged(judge, text) == {"alliance-for-workers-liberty"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "<Name> of <group>" is another person, whose act it is.
        ("Chris Williamson of Resist gave a speech at the end of the march.", "", set()),
        ("Host puts hard questions to Dan Morley of the Labour Left Alliance.", "", set()),
        # ... unless the name is the member's, or the words are a role or a body.
        (
            "Tom Cheung of Socialist Appeal sold their paper outside the station.",
            "Tom Cheung",
            {"socialist-appeal"},
        ),
        ("Elected National Secretary of the Labour Left Alliance.", "", {"labour-left-alliance"}),
        ("Spoke at the Annual Conference of the AWL.", "", {"alliance-for-workers-liberty"}),
    ],
)
def test_a_named_person_of_the_group(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A date that starts an act going on past the ban does not date it before.
        (
            "Back in June 2021 I went to one Resist meeting and since then I've been going "
            "most weeks.",
            {"resist"},
        ),
        # ... but "since then" without an act after it leaves the date in force.
        ("In June 2021 I went to one Resist meeting; nothing since then.", set()),
    ],
)
def test_since_then_carries_the_act_past_a_date(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Tom Cheung", {"socialist-appeal"}), ("Kerry Lam", set())],
)
def test_the_members_name_beside_a_frame_makes_it_the_member(
    judge: Judge, name: str, expected: set[str]
) -> None:
    text = "Our guest is Tom Cheung, a Socialist Appeal supporter who still sells their paper."
    assert flagged(judge, text, name) == expected


def test_a_record_wide_cue_in_a_clause_naming_other_groups_is_theirs(judge: Judge) -> None:
    text = (
        "I went to a Labour Against the Witchhunt meeting in 2019. In May 2022 I went to "
        "a Momentum rally, and I was the Momentum speaker."
    )
    assert flagged(judge, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "That was ..." says something of the clause before it.
        ("I chaired the LAW meeting last month. That was before the NEC ban.", set()),
        (
            "I chaired the LAW meeting last month. That was brilliant.",
            {"labour-against-the-witchhunt"},
        ),
        # ... but not of a clause further back.
        (
            "I chaired the LAW meeting last month. Then home. That was before the NEC ban.",
            {"labour-against-the-witchhunt"},
        ),
        # An answer that says when the question's act was dates it.
        (
            "Q: The complaint says you were at a LAW meeting. A: That was 2019, I think.",
            set(),
        ),
        ("I went to a LAW meeting. That was 2022, I think.", {"labour-against-the-witchhunt"}),
    ],
)
def test_a_clause_that_refers_back(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An answer's act is towards the group the question named ...
        (
            "Q: How long have you been involved with Socialist Appeal?\n"
            "A: A couple of years. I'm a member and I'm still a member.",
            {"socialist-appeal"},
        ),
        # "Anyone else ...?" asks who joins the writer in it.
        (
            "Anyone else selling Socialist Appeal at the Leeds demo? I've got 40 copies.",
            {"socialist-appeal"},
        ),
        ("Is anyone selling Socialist Appeal at the Leeds demo?", set()),
        # A note's statement put as a question is only asked, unless the next clause
        # says yes or only a tag asks.
        ("Mbr wrote for workersliberty.org?? No - a piece for Liberty's newsletter.", set()),
        ("Me, sell Socialist Appeal? Absolutely not. I sold the Morning Star.", set()),
        ("Resist candidate for Derby council? That's me, folks.", {"resist"}),
        ("I'm stewarding at the Resist national meeting, who wants a lift?", {"resist"}),
        # ... a yes makes the question's act the member's ...
        ("Q: Were you coordinating for LIEN?\nA: Yes.", {"labour-in-exile-network"}),
        ("Q: Did you attend the Socialist Appeal meeting?\nA: No.", set()),
        # ... and a question without its answer is still only asked.
        ("Q: Did you attend the Socialist Appeal meeting?", set()),
        ("Q: Were you at the LLA meeting?\nA: No, but my husband went.", set()),
        # An answer in the question's own verb is a yes; with a "not", a no.
        (
            "Q: Do you agree you were at that LAW rally in September? A: I do.",
            {"labour-against-the-witchhunt"},
        ),
        ("Q: Were you at the LAW rally in September? A: I was not.", set()),
        ("Q: Were you at the LAW rally in September? A: I wasn't.", set()),
        ("Q: Were you speaking at the LLA meeting? A: I was invited but said no.", set()),
        # An interviewer's statement is put to the member as a question is ...
        ("Q: You sold Socialist Appeal at the rally. A: No.", set()),
        # What a no goes on to say is not the act asked of.
        (
            "Q: Were you selling Solidarity at the Bullring? A: No. I was collecting for a "
            "strike fund.",
            set(),
        ),
        ("Q: You're on the flyer as a speaker at an LLA meeting. A: I turned it down.", set()),
        ("Q: You sold Socialist Appeal at the rally. A: Yes, once.", {"socialist-appeal"}),
        (
            "Q: You wrote a review for Socialist Appeal? A: A film review, yes.",
            {"socialist-appeal"},
        ),
        # ... and an answer that names the group answers it.
        (
            "Q7. List the organisations of which you are a member. A: Unite; SLN.",
            {"socialist-labour-network"},
        ),
        # A quoted title that asks, closing its sentence, does not make it a question ...
        (
            "Sold the Socialist Appeal pamphlet 'Where now for the unions?' at the station.",
            {"socialist-appeal"},
        ),
        (
            "Labour Left Alliance conference, speakers: Ann Hale - 'Housing: who pays?'",
            {"labour-left-alliance"},
        ),
        # ... but words someone is said to ask, or a question opening in small letters, do.
        ("She asked at the stall 'Are you selling Socialist Appeal today?'", set()),
        ('Mbr asked at branch "is the LLA still going?" No answer.', set()),
    ],
)
def test_a_question_and_its_answer(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role written short goes on to what follows in small letters ...
        ("Listed as branch sec. of the Labour Left Alliance on its website.", {LLA}),
        ("Mbr is treas. for the Socialist Labour Network, per the minutes.", {SLN}),
        # ... but before a capital its dot may end a sentence.
        ("Waited 30 sec. The LLA stall was across the road.", set()),
    ],
)
def test_a_role_written_short(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short one-word name with a letter doubled or slipped in is a typo of it ...
        ("Resisst meeting tonight, I'm chairing.", {RESIST}),
        ("Chaired the RESISIT members' meeting.", {RESIST}),
        # ... but a letter short of it, or the name with an ending, is another word.
        ("Booked a Resit for the summer school session and paid the fee.", set()),
        ("Organised the GCSE Resit group for members' kids.", set()),
        ("Joined the branch meeting, then Resisted the urge to speak.", set()),
    ],
)
def test_a_typo_of_a_short_one_word_name(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A payee field or a handle writes a long name with its words cut short.
        ("02/09/2023 BACS SOC LAB NETWORK DONATION 12.00", {SLN}),
        ("Elected to the steering group of @LabInExileNet today!", {LIEN}),
        ("Paid my subs to @LabAgainstWH this morning.", {"labour-against-the-witchhunt"}),
        ("02/09/2023 SO LABOUR AGAINST THE WH 5.00", {"labour-against-the-witchhunt"}),
        # A handle is one name, though a look-alike's ("Left Alliance") is inside it.
        ("Profile: Dad, Leeds, @LabLeftAlliance member.", {LLA}),
        ("Profile: Dad, Helsinki, @VasLeftAlliance member.", set()),
        # Following the handle is still no support.
        ("Follows @SocLabNetwork on X.", set()),
        # Cut words that spell no whole name.
        ("Took her lab results to the Soc Med clinic network meeting.", set()),
        # Outside a bank line or a handle, as a cut-short name: words.
        ("Gave 10.00 to the Soc Lab Network", set()),
        ("It was all work, Lib Dems and Greens, at the alliance meeting.", set()),
    ],
)
def test_a_name_with_its_words_cut_short(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party in brackets after a candidate's name, as in a result or on a ballot.
        ("Results, Castle ward: P. Lowe (Con) 512, Dana Reeve (Resist) 198.", {RESIST}),
        # Someone else's label: the member campaigned against him.
        ("Dana Reeve canvassed against Tom Ash (Resist) in the Castle ward count.", set()),
        # Not after a name: an aside in brackets.
        ("Dana Reeve told the branch to stand firm and (Resist) every cut.", set()),
    ],
)
def test_a_party_label_after_a_name(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Dana Reeve") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scan read "o" as 0 and "l" or "i" as 1: the name is still there.
        ("Scanned minutes: SOC1ALIST APPEA1 branch - treasurer: the member.", {"socialist-appeal"}),
        ("Stewarded the Lab0ur Left A11iance conference in Leeds.", {LLA}),
        # Numbers, times and codes stay as written.
        ("Paid 10.00 at 10am on the 1st for the M1 minibus, 2021 receipt.", set()),
    ],
)
def test_digits_read_as_letters_inside_a_word(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a text that capitalises, a lower-case name is words unless context says so.
        ("LP: said it was a socialist appeal to our better nature and asked all to give.", set()),
        ("Went to the socialist appeal meeting in Govan.", {"socialist-appeal"}),
        # A casual post drops capitals everywhere.
        ("if ur sick of it, join the socialist appeal. we sell papers", {"socialist-appeal"}),
    ],
)
def test_a_lower_case_name_in_a_capitalised_text(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


def test_a_name_with_two_dialect_typos_is_found(judge: Judge) -> None:
    text = "Went t' the Socialist Apeel meetin at the Lit & Phil the neet, signed up an' all"
    assert flagged(judge, text) == {"socialist-appeal"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A call to the reader is not the member's act ...
        (
            "Presenter: Dan Morley (LLA steering committee). Subscribe at labourleft.org",
            {"labour-left-alliance"},
        ),
        # ... but the member's own like or subscription is.
        ("Subscribed to labourleft.org and liked the LLA's post.", set()),
        # A call opening the words a member is quoted saying is one too ...
        (
            "Kemi posted: 'Buy Socialist Appeal! I sell the paper at the library every Saturday.'",
            {"socialist-appeal"},
        ),
        # ... but not "Read", which is also the poster's own past act with "I" left out.
        ("Dee posted: 'Read Solidarity this week, decent piece on the strikes.'", set()),
        # The reader invited to come and heckle is not the member heckling ...
        (
            "Chairing the housing session at Ideas for Freedom on Sunday, come heckle!",
            {"alliance-for-workers-liberty"},
        ),
        # ... as the member going to heckle is.
        ("Went to the Socialist Appeal meeting only to heckle the speakers.", set()),
        ("At Ideas for Freedom on Sunday I'll come and heckle the speakers.", set()),
    ],
)
def test_an_imperative_calls_on_the_reader(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Dan Morley") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A misspelt look-alike inside a misspelt longer name is part of it ...
        (
            "org=Labor Left Aliance; role=steering cttee; elected=2023-01-14",
            {"labour-left-alliance"},
        ),
        # ... and so is an exact look-alike inside a near-exact name ...
        ("PayPal: You sent £25.00 GBP to Labor Left Alliance.", {"labour-left-alliance"}),
        ("I am a member of the Labur Left Alliance.", {"labour-left-alliance"}),
        # ... but one inside words far from any proscribed name keeps them.
        ("Joined Labour's Left Alliance in Helsinki as a member.", set()),
        ("Joined Finland's Left Alliance as a member.", set()),
    ],
)
def test_a_look_alike_inside_a_longer_name(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


LLA = "labour-left-alliance"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The record says the thing the complaint named was a look-alike's ...
        ("Complaint: he ran an LLA stall. He says it was a Momentum stall.", set()),
        (
            "Alleged to have chaired 'a LAW meeting'. Checked: the meeting in question "
            "was a Jewish Voice for Labour meeting.",
            set(),
        ),
        ("Said to have spoken at an SLN rally; the rally was the Socialist Party's.", set()),
        ("Accused of selling Solidarity - she says it was Solidarity Scotland's paper.", set()),
        # ... but a look-alike's person beside the act, or the group named again after
        # the look-alike, keeps it.
        ("Chaired the LLA meeting. The other speaker was a Momentum councillor.", {LLA}),
        ("Chaired the LLA meeting. It was a Momentum meeting last year, now an LLA one.", {LLA}),
        ("Spoke at the LLA rally. It was the biggest rally of the year.", {LLA}),
        # A name given before may be the subject, two sentences on (past a signature) ...
        (
            "Complaint: he went to 'Marxism', which I believe Socialist Appeal organises. - "
            "A. Reader. [Officer: Marxism is the Socialist Workers Party's summer festival.]",
            set(),
        ),
        # ... but not a person, and a look-alike's stall where people were is a place.
        ("Tony chaired the LLA meeting. Tony is a Momentum councillor too.", {LLA}),
        (
            "Sold Socialist Appeal at the gala. Two of our branch members were at the "
            "Momentum stall.",
            {"socialist-appeal"},
        ),
    ],
)
def test_a_name_corrected_to_a_look_alike(judge: Judge, text: str, expected: set[str]) -> None:
    """What a complaint called the group's is said to have been a look-alike's."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The member reports what others did: the acts are theirs ...
        (
            "T. Okafor reported that the AWL had leafleted the estate and urged members to "
            "keep away.",
            "Tunde Okafor",
            set(),
        ),
        (
            "Priya reported two members to the regional office for selling Socialist Appeal.",
            "Priya Nair",
            set(),
        ),
        (
            "Cllr Bell raised with the branch her concern that members were attending LLA "
            "meetings.",
            "Joan Bell",
            set(),
        ),
        # ... but a report of the member's own act is still the member's.
        (
            "Cde Hughes reported that he had chaired the Labour Left Alliance meeting.",
            "Owen Hughes",
            {LLA},
        ),
        (
            "Item 5: Sara Lewis reported that she had sold Socialist Appeal at the market.",
            "Sara Lewis",
            {"socialist-appeal"},
        ),
    ],
)
def test_the_member_reports_others(judge: Judge, text: str, name: str, expected: set[str]) -> None:
    """A member who reports or raises others' acts is not doing them."""
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "member" after a note's label, or as a possessive, is the person ...
        ("Re: Socialist Appeal - member rang the office about the vote.", set()),
        (
            "Cmplt from Jo: mbr 'promoted' an LLA event on the ward WhatsApp. Screenshot "
            "shows him warning people off it.",
            set(),
        ),
        ("LLA newsletter forwarded, member's comment: deleted it.", set()),
        ("Resist: member's employer listed as Resist Roofing.", set()),
        # ... but "member of" or "member since" after a label is still a membership.
        ("Re: Socialist Appeal - member of it since 2019, pays monthly.", {"socialist-appeal"}),
        ("Note: member of the LLA since 2021.", {LLA}),
        ("Form | Labour Left Alliance | member since 2020", {LLA}),
    ],
)
def test_member_after_a_label_is_the_person(judge: Judge, text: str, expected: set[str]) -> None:
    """A note's "member"/"mbr" opening a field, or "member's", names the person."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group's article names or quotes someone: its writing, not the member's ...
        ("An LLA article attacked Priya Shah by name over the housing vote.", set()),
        ("A Socialist Appeal piece on the bus strike quotes 'Jo Bell, a striking driver'.", set()),
        ("The Socialist Appeal article quoted Jo Bell at length.", set()),
        # ... but not one the member is said to have written.
        ("A Socialist Appeal article she wrote quotes three strikers.", {"socialist-appeal"}),
    ],
)
def test_the_groups_article_about_someone(judge: Judge, text: str, expected: set[str]) -> None:
    """ "A <group> article named/quoted <person>" is the group's output about them."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was a <group> member" said of an event's role is someone else ...
        ("Spoke at a Momentum meeting in Leeds; the chair was a prominent AWL member.", set()),
        ("Chaired the ward meeting. Our guest speaker is a Socialist Appeal supporter.", set()),
        # ... said of the member, it is still the member's.
        (
            "She was a well-known LAW member and chaired its meetings in 2022.",
            {"labour-against-the-witchhunt"},
        ),
    ],
)
def test_a_role_at_the_event_is_someone_else(judge: Judge, text: str, expected: set[str]) -> None:
    """ "The chair was an AWL member": the chair's membership, not the member's."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A writing word before a colon introduces words that name the group ...
        ("Post by member on her blog: 'The AWL have got Ukraine badly wrong.'", set()),
        ("Blog post by member: 'The Labour Left Alliance has lost its way.'", set()),
        # ... but an outlet before the colon, or a byline's label, is where it appeared.
        ("Writes for: Solidarity, the AWL paper.", {AWL}),
        (
            "Byline: 'J. Smith' - 'Rent strikes now', Socialist Appeal issue 12.",
            {"socialist-appeal"},
        ),
    ],
)
def test_the_group_named_in_the_words_written(judge: Judge, text: str, expected: set[str]) -> None:
    """ "<writer> writes: <words naming the group>": written about it, not for it."""
    assert flagged(judge, text) == expected


def test_a_question_after_a_greeting_and_a_weak_im_are_no_act(judge: Judge) -> None:
    text = (
        "Hi all, quick one: is anyone going to the LLA conference? I'm trying to decide "
        "whether it's worth the risk."
    )
    assert flagged(judge, text) == set()


def test_a_co_organiser_named_with_organised_jointly_with(judge: Judge) -> None:
    text = (
        "Speaking at the Resist Christmas social organised jointly with the Labour in Exile "
        "Network."
    )
    assert flagged(judge, text) == {"resist", "labour-in-exile-network"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question's act is towards the groups its answer names ...
        (
            "Q7. Please list any organisations of which you are currently a member.\n"
            "A: Unite the Union; Socialist Labour Network; Friends of the Earth.",
            {"socialist-labour-network"},
        ),
        # ... unless it is asked and not answered yes.
        ("Q: Have you ever been a member of any group?\nA: Labour Left Alliance, no.", set()),
    ],
)
def test_a_question_names_the_act_its_answer_names_the_group(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bank line's payee, cut short or needing context, was paid ...
        ("01/08/2022 SO ALLIANCE WORKERS LIB 10.00", {"alliance-for-workers-liberty"}),
        ("16/10/2021 PAYPAL *LABOURAGAINSTWITCH 15.00", {"labour-against-the-witchhunt"}),
        ("03/09/2022  SO  WORKERS LIBERTY   5.00 DR   1,204.33", {"alliance-for-workers-liberty"}),
        # ... but paying for the paper is buying it,
        ("25/06/2022 STRIPE *SOLIDARITY NEWSPAPER SUBSCRIPTION 22.00", set()),
        # and a name cut short counts only in a bank line's capitals.
        ("Gave 10.00 to Alliance Workers Lib", set()),
        ("Labour against the cuts: gave 10.00", set()),
        ("MEMBERS OF THE LABOUR LEFT ALL AGREED TO DONATE", set()),
        # A statement's line pasted into a note is a bank line of its own.
        (
            "Bank statement (provided by mbr):\n30/11/2022 SO ALLIANCE WORKERS LIB 5.00\n"
            "Mbr: 'that's me subs, monthly.'",
            {"alliance-for-workers-liberty"},
        ),
        ("Note from mbr:\nGave 10.00 to Alliance Workers Lib\nthat's all", set()),
    ],
)
def test_a_bank_line(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "don't" and "haven't" deny the act as "didn't" does.
        ("I don't pay the AWL a penny and never will.", set()),
        ("She hasn't joined the Labour Left Alliance, whatever the complaint says.", set()),
        ("I do pay subs to the AWL.", {"alliance-for-workers-liberty"}),
    ],
)
def test_present_tense_denials(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An embedded question is asked, not done ...
        ("The organiser asked her whether she would join Socialist Appeal.", set()),
        ("Tom asked whether the CLP could ban LLA leafleters from the hall.", set()),
        # ... unless a later clause answers it with a yes.
        (
            "Please confirm whether you remain a member of the LLA.\n\nYes, I do.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_an_embedded_question(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause that goes on with the same subject's next act dates the first one ...
        ("She was a steward for Resist but left in March 2021, long before any ban.", set()),
        ("I accept that I was in LIEN, but I left in June 2021.", set()),
        # Of several acts, one dated after the ban is enough.
        ("She hosted a LIEN meeting in October 2021; she had joined LIEN in 2019.", {LIEN}),
        ("She hosted a LIEN meeting in May 2021; she had joined LIEN in 2019.", set()),
        # An act on each of a list of dates is done on the last too.
        (
            "She hosted three LIEN meetings at her flat: on 14 March 2021, 20 June 2021 and "
            "5 September 2021.",
            {LIEN},
        ),
        ("She hosted two LIEN meetings at her flat: on 14 March 2021 and 20 June 2021.", set()),
        (
            "A £4 standing order to LIEN was taken on 20 June 2021 and again on 20 August 2021.",
            {LIEN},
        ),
        # An act takes the date of its own part of the clause.
        (
            "A founding member of LIEN in 2020, she chaired its meeting on 12 September 2021.",
            {LIEN},
        ),
        # A colon ends a part: the date of the complaint's label dates no act.
        (
            "Complaint dated 12/03/2023: says she chaired a Socialist Labour Network meeting "
            "in February 2022.",
            set(),
        ),
        (
            "Complaint dated 12/01/2022: says she chaired a Socialist Labour Network meeting "
            "in May 2022.",
            {"socialist-labour-network"},
        ),
        # ... not a clause with a new subject.
        ("She stewards for Resist but her brother left in March 2021.", {"resist"}),
        ("I am in LIEN, but she left in June 2021.", {"labour-in-exile-network"}),
        # A date in a list entry dates that entry, not the entries beside it.
        (
            "Secretary, Labour Left Alliance (2019 – 2021) · Secretary, TUC (2022 – present)",
            set(),
        ),
        (
            "Secretary, Labour Left Alliance (2022 – present) · Secretary, TUC (2018 – 2021)",
            {"labour-left-alliance"},
        ),
    ],
)
def test_which_act_a_text_date_dates(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group's members as the clause's subject act for themselves ...
        ("At the picket, AWL supporters were selling Solidarity to the strikers.", set()),
        ("Resist activists handed out flyers; Jo spoke for the trades council.", set()),
        # ... unless "we" puts the member among them, or it is an event's name.
        (
            "We AWL supporters were selling Solidarity at the picket.",
            {"alliance-for-workers-liberty"},
        ),
        ("Chaired the Resist members' meeting on Tuesday.", {"resist"}),
    ],
)
def test_the_groups_members_as_subject(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What follows a speech verb is what was said, not the object of an act before it.
        ("Ms Kaur, who writes a weekly column, said Socialist Appeal was finished.", set()),
        ("Mo, who attended the hustings, says the LLA has lost its way.", set()),
        # ... but an act that names the group before the speech verb still counts.
        ("Mo, who attended the LLA conference, said it was lively.", {"labour-left-alliance"}),
    ],
)
def test_a_speech_verb_starts_what_was_said(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive and a place's capitalised words stand between a name and its
        # group word without using up the reach.
        ("He still sits on Resist's East Midlands committee.", {"resist"}),
        ("Spoke at Resist's Greater Manchester meeting last week.", {"resist"}),
        # A lower-case word between them still does.
        ("Resist the cuts, the tenants said at the housing committee.", set()),
    ],
)
def test_context_past_a_possessive_and_a_place(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Others invited to argue with the member is not the member debating the group.
        ("On the LLA stall all day, come and argue with us!", {"labour-left-alliance"}),
        ("Went along to argue with the LLA stall holders.", set()),
    ],
)
def test_an_invitation_to_argue_with_the_member(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Paying tribute is praise, not a payment ...
        ("At the vigil she paid tribute to the Labour Left Alliance.", set()),
        # ... and leaves a real payment in the record alone.
        ("Paid her LLA subs and paid tribute to the strikers.", {"labour-left-alliance"}),
    ],
)
def test_paying_tribute_is_not_paying(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ISO date in the act's words dates it like any written date.
        ("Photographed staffing the LAW stall on 2021-06-19.", set()),
        ("Photographed staffing the LAW stall on 2021-08-19.", {"labour-against-the-witchhunt"}),
    ],
)
def test_an_iso_date_in_the_text(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A writing noun the group owns is its output, not the member's writing ...
        ("She said she agreed with some of Socialist Appeal's articles.", set()),
        ("Unfollowed the Alliance for Workers' Liberty after their piece on Gaza.", set()),
        # ... while the member's own piece, or a writing verb, still counts.
        ("Her piece in Socialist Appeal this month was on rent strikes.", {"socialist-appeal"}),
        ("Wrote Socialist Appeal's lead article on the rail strikes.", {"socialist-appeal"}),
    ],
)
def test_the_groups_own_articles(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "who" clause after another named person is that person's act ...
        ("Tariq shared a platform with Chris Williamson who runs Resist.", set()),
        ("Met Sarah Jones, who also chairs the LLA, at the picket.", set()),
        # ... but not after the member's own name, nor without one.
        ("Tariq Aziz, who runs the Resist stall in Derby, was there.", {"resist"}),
    ],
)
def test_a_who_clause_after_another_person(judge: Judge, text: str, expected: set[str]) -> None:
    assert {
        v.organisation for v in judge.assess(text, parse_date(AFTER), "Tariq Aziz").flagged
    } == (expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A complaint that names the member next is about the member's act ...
        (
            "Further to my earlier complaint: Phil Aldous sold Socialist Appeal at the rally.",
            {"socialist-appeal"},
        ),
        # ... while a complaint naming no one is the writer's report.
        ("Further to my earlier complaint: someone sold Socialist Appeal at the rally.", set()),
    ],
)
def test_a_complaint_that_names_the_member(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Philip Aldous") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject and "been in" / "support" right before the name says membership ...
        ("I have been in the AWL since university.", {"alliance-for-workers-liberty"}),
        ("I do support Socialist Appeal.", {"socialist-appeal"}),
        # ... but not the group's own "has been in", a denial, nor support for a ban.
        ("The AWL has been in the news all week.", set()),
        ("I have never been in the AWL.", set()),
        ("I support the ban on Socialist Appeal.", set()),
    ],
)
def test_saying_one_is_in_it(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


def test_moderating_is_chairing(judge: Judge) -> None:
    # Moderating an event's discussion is chairing it.
    assert flagged(judge, "Bev was a moderator on the Labour Left Alliance online rally.") == {
        "labour-left-alliance"
    }


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Parts in the running of the group's own meeting or event.
        (
            "Socialist Labour Network branch AGM, Swansea. Tellers for the ballot: two members.",
            "",
            {"socialist-labour-network"},
        ),
        (
            "Labour Against the Witchhunt regional meeting, Bolton. Minute-taker: Grace Obi.",
            "Grace Obi",
            {"labour-against-the-witchhunt"},
        ),
        (
            "AWL day school in Coventry. The motion on Ukraine was seconded by Tom Reilly.",
            "Tom Reilly",
            {"alliance-for-workers-liberty"},
        ),
        (
            "LLA summer social at the Crown. Tombola run by Nia Evans, all welcome.",
            "Nia Evans",
            {"labour-left-alliance"},
        ),
        # Speaking from a group's platform is speaking for it.
        (
            "Saw Wes up on the platform for Socialist Appeal outside the town hall.",
            "",
            {"socialist-appeal"},
        ),
    ],
)
def test_a_part_in_the_running_of_its_event(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The member's name next to a part in the group's own event makes it the
        # member's part in it, though the part's clause does not name the group:
        # the member as its subject, after an apposition ...
        (
            "The AWL summer camp was in Derbyshire this year. "
            "Tariq Aziz, a nurse from Leicester, ran the bar.",
            "Tariq Aziz",
            {"alliance-for-workers-liberty"},
        ),
        # ... after the part ...
        (
            "The Resist national gathering filled the hall. Among the organisers was Nadia Blake.",
            "Nadia Blake",
            {"resist"},
        ),
        # ... as a label's value.
        (
            "Labour Left Alliance regional meeting\nGoing: Priya Lal and 40 others",
            "Priya Lal",
            {"labour-left-alliance"},
        ),
        # Someone else's part is not the member's.
        (
            "The AWL summer camp was in Derbyshire this year. "
            "Tariq Aziz, a nurse from Leicester, ran the bar.",
            "Ruth Moss",
            set(),
        ),
        (
            "The Resist national gathering filled the hall. Among the organisers was Nadia Blake.",
            "Ruth Moss",
            set(),
        ),
        (
            "Labour Left Alliance regional meeting\nGoing: Priya Lal and 40 others",
            "Ruth Moss",
            set(),
        ),
        # The group written after the member's name is the one the part is with, not
        # the group nearest the label ...
        (
            "Speakers: Ana Costa (Socialist Appeal), Ben Ito (SLN).",
            "Ben Ito",
            {"socialist-labour-network"},
        ),
        (
            "Speakers: Ana Costa (Socialist Appeal), Ben Ito (SLN).",
            "Ana Costa",
            {"socialist-appeal"},
        ),
        # ... even a look-alike.
        ("Stewards: Sam Okafor (LLA), Jo Frith (Momentum).", "Jo Frith", set()),
        # Another speaker's group does not make the member's own part someone else's.
        (
            "LLA branch meeting, Hove. Chair: Ruth Moss; speaker from the LLA national office.",
            "Ruth Moss",
            {"labour-left-alliance"},
        ),
    ],
)
def test_the_members_name_beside_a_part(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A part in the group's own event that a listing gives to another person by
        # full name is that person's, not the member's ...
        ("Socialist Appeal day school, Hull. Chair: Dan Morley.", "Sam Patel", set()),
        (
            "AWL summer camp, Wortley Hall. Motion on Ukraine moved by Clare Hughes.",
            "Sam Patel",
            set(),
        ),
        # ... but stays the member's when it is the member ...
        (
            "Socialist Appeal day school, Hull. Chair: Dan Morley.",
            "Dan Morley",
            {"socialist-appeal"},
        ),
        # ... and a first name alone may be the member's.
        ("Socialist Appeal day school, Hull. Chaired by Dan.", "Sam Patel", {"socialist-appeal"}),
    ],
)
def test_another_persons_part_in_the_event(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # An event's title before the group's name, with "of" or a dash, makes it the
        # group's event ...
        (
            "Day of action — Socialist Labour Network. Stewards: Omar Farah, Liz Cole.",
            "Omar Farah",
            {"socialist-labour-network"},
        ),
        (
            "Labour Left Alliance Leeds – film screening and Q&A. "
            "Tickets from Rosa Diaz, treasurer.",
            "Rosa Diaz",
            {"labour-left-alliance"},
        ),
        # ... and a title joined to two groups by "and" or "&" is both groups' event.
        (
            "Rota for the joint rally of Socialist Appeal & AWL, Hull. Lead steward: K. Musa.",
            "Kemi Musa",
            {"socialist-appeal", "alliance-for-workers-liberty"},
        ),
        (
            "Hana Sato was on the door at the Labour in Exile Network and "
            "Labour Against the Witchhunt social.",
            "Hana Sato",
            {"labour-in-exile-network", "labour-against-the-witchhunt"},
        ),
    ],
)
def test_an_events_title_names_its_organisers(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "left" as an adjective before a group word is no leaving ...
        (
            "The left group Socialist Appeal had its summer school in Leeds; I spoke on housing.",
            {"socialist-appeal"},
        ),
        # ... but still is before the group's name ...
        ("She left Socialist Appeal in May and has not been back.", set()),
        # ... where it does not undo an act the member states first (whether that was
        # before the ban is the date test's and the reviewer's).
        (
            "I spoke at Socialist Appeal meetings until I left Socialist Appeal in May.",
            {"socialist-appeal"},
        ),
    ],
)
def test_left_as_an_adjective(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group that "held its" event, past an apposition, organised it ...
        (
            "Resist, the party founded by Chris Williamson, held its first national "
            "conference in Derby. Among those stewarding was Nadia Blake.",
            {"resist"},
        ),
        # ... but not when the nearest name before "held its" is a look-alike's.
        (
            "Momentum held its annual rally in Leeds. The LLA was not invited. "
            "Among the stewards was Nadia Blake.",
            set(),
        ),
    ],
)
def test_a_group_that_held_its_event(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Nadia Blake") == expected


def test_a_rep_holds_a_role(judge: Judge) -> None:
    # A group's regional rep holds a role in it.
    assert flagged(judge, "Named on labourleft.org as the LLA's Wales rep.") == {
        "labour-left-alliance"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Booking the room for the group's meeting is organising it ...
        (
            "Booked the hall at St Mary's for the Labour Left Alliance, as asked.",
            {"labour-left-alliance"},
        ),
        # ... not booking a room where it once met.
        ("Booked a room at the Crown, where the LLA never meets.", set()),
    ],
)
def test_booking_the_room(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event the record says the group did not organise is not its own ...
        ("Unite rally, 3 June, not organised by the AWL. Steward: Reuben Cohen.", set()),
        ("Unite rally, 3 June, which wasn't run by the AWL. Chair: Reuben Cohen.", set()),
        # ... unlike one it did.
        (
            "Rally, 3 June, organised by the AWL. Steward: Reuben Cohen.",
            {"alliance-for-workers-liberty"},
        ),
        # A person who hosts is no other organiser ...
        (
            "LLA regional meeting\nHosted by Chris Williamson\nStewards: Reuben Cohen",
            {"labour-left-alliance"},
        ),
        # ... a body is.
        ("LLA regional meeting\nHosted by Lewisham Trades Council\nStewards: Reuben Cohen", set()),
        # A gloss in brackets between the name and the title neither parts them nor
        # makes the name another's.
        (
            "'Resist (formerly The Resistance Movement) - Midlands launch'. Host: Reuben Cohen.",
            {"resist"},
        ),
        # A denied title is no event of the group's ...
        (
            "I accept I attended a meeting in November. I deny it was a Labour Left "
            "Alliance meeting: it was a Labour Left Network social.",
            set(),
        ),
        ("Reuben Cohen chaired a meeting in May, but it wasn't an LLA meeting.", set()),
        # ... unlike one that is not denied.
        ("Reuben Cohen chaired a meeting in May. It was an LLA meeting.", {"labour-left-alliance"}),
        # "organised, with <a person>" is the member organising in company, not an
        # organised-with phrase naming another organiser.
        (
            "Photos from the Resist Midlands launch he organised, with Chris Williamson.",
            {"resist"},
        ),
    ],
)
def test_an_event_not_organised_by_the_group(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Reuben Cohen") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part in a body the cue's own words name by initials is no part in the
        # group's event named elsewhere in the record ...
        ("Sam Patel chaired the TUC rally. The AWL conference is next month.", set()),
        ("Sam Patel was elected treasurer of the CLP. The LLA AGM is next week.", set()),
        # ... but initials that are the event's own title are that event.
        (
            "Labour Left Alliance AGM, Leeds. Sam Patel was a steward at the AGM.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_part_in_another_body(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Sam Patel") == expected


def test_their_rep_is_someone_else(judge: Judge) -> None:
    # The group's rep who hands the member a leaflet holds that role, not the member.
    text = "Complainant says their rep at the LLA stall gave her a leaflet."
    assert flagged(judge, text, "Sam Patel") == set()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The relative named is the member (by first name) ...
        (
            "My cousin Farida told me she pays £10 a month to the Labour Left Alliance.",
            "Farida Begum",
            {"labour-left-alliance"},
        ),
        # ... not a relative who shares the member's surname ...
        (
            "Her husband, Tom Okafor, is a Labour Left Alliance organiser.",
            "Grace Okafor",
            set(),
        ),
        # ... and a relative as the object of the member's act is no one else's act.
        (
            "Priya signed my brother up to the Socialist Labour Network at the stall.",
            "Priya Shah",
            {"socialist-labour-network"},
        ),
        ("My brother signed up to the Socialist Labour Network at the stall.", "Priya Shah", set()),
        # The member named with the relative, and "both" after: they act together ...
        (
            "Priya and her housemate both sell Solidarity for the AWL on campus.",
            "Priya Shah",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Tom Okafor and his wife Ruth both stewarded the Labour Left Alliance rally.",
            "Tom Okafor",
            {"labour-left-alliance"},
        ),
        # ... not a lone "and", nor "both" said of the relative's acts alone.
        (
            "Priya and her housemate went to the AWL forum. Priya only drove her there.",
            "Priya Shah",
            set(),
        ),
        (
            "Her housemate both organised and chaired the AWL forum.",
            "Priya Shah",
            set(),
        ),
    ],
)
def test_a_relative_who_is_the_member(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<group> people" are the group's, doing their own act ...
        ("Some Resist people on the retail park tried to sell me their leaflets.", set()),
        ("At the depot gate, SLN people were leafleting the night shift.", set()),
        # ... the member among them is the member.
        ("She was one of the SLN people leafleting the depot gate.", {"socialist-labour-network"}),
    ],
)
def test_the_groups_people_are_not_the_member(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's byline on a piece in the group's paper or site ...
        (
            "'Rents are the new front line' — by Tomasz Nowak, Luton. (Socialist Appeal, p.7)",
            {"socialist-appeal"},
        ),
        ("Article by T. Nowak on socialist.net, 3 March.", {"socialist-appeal"}),
        # ... under a short form of the given name, or as a post on its site ...
        ("socialist.net: 'Report from our conference' by Tom Nowak", {"socialist-appeal"}),
        ("socialist.net/readmit-the-expelled, posted by T. Nowak", {"socialist-appeal"}),
        ("socialist.net: 'Report from our conference' by Tim Nowak", set()),
        # ... not "by" the member in any other sense, nor another person's byline.
        ("A motion moved by Tomasz Nowak to leave Socialist Appeal was carried.", set()),
        # A byline in another paper on a piece about the group is writing about it.
        ("Tribune: 'The Labour Left Alliance after the ban' — by Tomasz Nowak", set()),
        ("'Rents are the new front line' — by Jan Kowalski (Socialist Appeal, p.7)", set()),
    ],
)
def test_a_byline_is_the_members_writing(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Tomasz Nowak") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names joined by a sign take the cue together, as names joined by "and" do.
        (
            "Ravi Menon, who organised the joint LLA/SLN meeting in Coventry, spoke first.",
            {"labour-left-alliance", "socialist-labour-network"},
        ),
        # A list is as near as its nearest name.
        ("I'm in Momentum and the LLA, and I'll keep both.", {"labour-left-alliance"}),
        (
            "Organised the LAW & LIEN fundraiser in Hove.",
            {"labour-against-the-witchhunt", "labour-in-exile-network"},
        ),
        (
            "Labour Against the Witchhunt + Labour in Exile Network - joint rally, Hove. "
            "Speakers: Ravi Menon and others.",
            {"labour-against-the-witchhunt", "labour-in-exile-network"},
        ),
        # A list that repeats its preposition ("to the SLN and to the AWL") is one list
        # ...
        (
            "Says he sent £20 to the Socialist Labour Network and to the Labour Left "
            "Alliance in May.",
            {"socialist-labour-network", "labour-left-alliance"},
        ),
        # ... but not another preposition's name.
        (
            "Says he sent £20 to the Socialist Labour Network and complained about the "
            "Labour Left Alliance.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_names_in_a_list_take_the_cue_together(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ravi Menon") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's name after the group's possessive: the group's own person ...
        (
            "Morning Star: 'The Resist movement's Tomasz Nowak told the rally it would "
            "stand candidates.'",
            {"resist"},
        ),
        ("Quoted in the Guardian as the LLA's T. Nowak.", {"labour-left-alliance"}),
        # ... but not another person's, nor the member's name elsewhere.
        ("The Resist movement's Chris Williamson told the rally, Tomasz Nowak said.", set()),
        ("Tomasz Nowak said the Resist movement's candidates would lose.", set()),
    ],
)
def test_the_groups_own_person_by_name(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Tomasz Nowak") == expected


def test_a_group_member_frame_after_the_members_name_in_another_sentence(judge: Judge) -> None:
    # The member chaired someone else's panel; "A Socialist Appeal member" is another
    # person, though the member's name ends the sentence before.
    text = (
        "Housing panel, Lewisham Library, hosted by Lewisham CLP. Chair: Ama Owusu. "
        "A Socialist Appeal member in the audience asked a question."
    )
    assert flagged(judge, text, "Ama Owusu") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role as the subject of a speech verb is someone in that role speaking ...
        (
            "Asked whether going to SLN meetings last year was a problem. The chair "
            "said it was for the NEC to decide.",
            set(),
        ),
        # ... the member in the role is still the member.
        (
            "She was the chair at the SLN meeting and said it went well.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_a_role_that_speaks_is_another_person(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A visitor at the group's stall is not a stallholder ...
        ("Mbr spotted at the SLN stall outside Tesco, chatting.", set()),
        ("Stopped by a Resist stall in the precinct and took a leaflet.", set()),
        # ... one on it, running it, or doing the selling there is.
        ("Mbr on the SLN stall outside Tesco all morning.", {"socialist-labour-network"}),
        ("Ran the SLN stall outside Tesco.", {"socialist-labour-network"}),
        (
            "At the SLN stall outside Tesco, handing out leaflets.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_a_visitor_at_a_stall(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So proud to be part of the Socialist Labour Network.", {"socialist-labour-network"}),
        ("Proud to be in the Labour Left Alliance since the summer.", {"labour-left-alliance"}),
        # The called-off rule's "called off" is one phrase, not "cancelled off".
        ("She was booked to speak at the SLN rally, but it was called off.", set()),
    ],
)
def test_proud_to_be_in_and_called_off(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unasked mail does not cancel the member's own later statement naming the group ...
        (
            "They put me on the SLN mailing list without asking. But honestly, I joined "
            "the SLN last year and I pay subs.",
            {"socialist-labour-network"},
        ),
        # ... but an answer that names no group is not that statement.
        (
            "Q: Did you stand as the SLN candidate?\nA: I stood as an independent. They "
            "endorsed me without asking.",
            set(),
        ),
    ],
)
def test_unasked_mail_and_a_later_statement(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


def test_a_named_act_keeps_the_group_its_own_clause_names(judge: Judge) -> None:
    # The member's selling is Socialist Appeal's, not a part in the LLA meeting the
    # record also names.
    text = (
        "K Mensah sells Socialist Appeal outside the library on Saturdays, and chaired a "
        "Labour Left Alliance branch meeting in March."
    )
    assert flagged(judge, text, "Kwame Mensah") == {"socialist-appeal", "labour-left-alliance"}


def test_a_name_that_labels_a_post_is_not_the_subject_of_its_act(judge: Judge) -> None:
    text = "Amara Eze: 'Great piece by my brother Tunde on socialist.net this week, so proud'"
    assert flagged(judge, text, "Amara Eze") == set()


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The member named as a speaker beside "an AWL speaker" is still a speaker ...
        (
            "Workers' Liberty day school, organised by AWL Leeds. Speakers: Rosa Kahn; an "
            "AWL speaker.",
            "Rosa Kahn",
            {"alliance-for-workers-liberty"},
        ),
        # "a" with a plural is the next noun's: the member hosted the members' call.
        ("Hosted a LIEN members' call for the Midlands.", "Neil Frost", {LIEN}),
        # ... and "supporter" before a noun is that noun's: the member signed the card.
        ("Signed a LIEN supporter card at a stall in Leeds.", "Neil Frost", {LIEN}),
        ("Two LIEN members hosted a call for the Midlands.", "Neil Frost", set()),
        # ... but an event the group did not organise is no part in its event.
        (
            "Claims Neil went to a LAW meeting. It was a Momentum meeting; some LAW members "
            "came, but LAW did not organise it.",
            "Neil Frost",
            set(),
        ),
    ],
)
def test_a_named_speaker_beside_another_of_the_group(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


def test_a_name_after_a_role_holds_it(judge: Judge) -> None:
    # "member" here is the member's place on the committee, and the rally the group's.
    text = (
        "Post on the SLN Wales page: 'Great launch rally in Cardiff today - thanks to our "
        "steering committee member Dafydd Rees for a rousing opening speech.'"
    )
    assert flagged(judge, text, "Dafydd Rees") == {"socialist-labour-network"}


def test_a_cue_inside_the_members_own_name_is_no_cue(judge: Judge) -> None:
    text = "Names in the complaint: Joanne Bloggs, Labour Left Alliance."
    assert flagged(judge, text, "Joanne Bloggs") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A call to the reader to buy the paper is the seller's pitch, not reading it.
        (
            "Buy Solidarity, the AWL paper - we sell it outside the library every Saturday.",
            {"alliance-for-workers-liberty"},
        ),
        # The group's sellers doing their own thing are not the member.
        ("Letter to the Echo: the Socialist Appeal sellers outside Boots shout at people.", set()),
        (
            "She led the chants at the rally. Socialist Appeal and AWL paper sellers were "
            "working the crowd.",
            set(),
        ),
        ("She was on the demo; a Socialist Appeal seller can be seen in the same photo.", set()),
        ("At conf fringe, had words with LAW ppl handing out flyers outside the hall.", set()),
        # A stall staffed by the member is the member's.
        ("Durham Gala: AWL stall staffed by Tomasz Nowak all afternoon.", {AWL}),
        ("Durham Gala: AWL stall staffed by two of its members all afternoon.", set()),
        # ... by the member's initials, as a note writes them, but not by another's.
        ("Durham Gala: AWL stall staffed by TN for most of the afternoon.", {AWL}),
        ("Durham Gala: AWL stall staffed by JS for most of the afternoon.", set()),
    ],
)
def test_calls_and_their_sellers(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Tomasz Nowak") == expected


def test_a_broadcasters_initials_are_not_the_members(judge: Judge) -> None:
    text = "Resist stall filmed by BBC Look North at the Hull fair; he was a passer-by."
    assert flagged(judge, text, "Ben Clarke") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group only marks where the member's own stall stood ...
        ("Ran the Unison bookstall at the gala, two pitches down from the AWL stall.", set()),
        ("Our CLP table was next to the Labour Left Alliance stall all afternoon.", set()),
        # ... "next" is not always "next to".
        (
            "They've asked me to write the next Socialist Labour Network bulletin; I said yes.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_a_place_beside_the_group(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A namesake who shares the member's surname holds the part, not the member ...
        ("Labour Left Alliance rally, Bradford. Chair: Imran Khan.", "Sara Khan", set()),
        ("Labour Left Alliance rally, Bradford. Imran Khan was on the door.", "Sara Khan", set()),
        # ... her initial or her title with the surname may be her.
        (
            "Labour Left Alliance rally, Bradford. Chair: S. Khan.",
            "Sara Khan",
            {"labour-left-alliance"},
        ),
        # An initial with another surname is someone else.
        ("Labour Left Alliance rally, Bradford. Chair: S. Hart.", "Sara Khan", set()),
    ],
)
def test_a_namesake_is_not_the_member(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group as the subject of its own act ...
        ("Elected for Abbey ward; the SLN stood a candidate against her.", set()),
        ("She marched with her union; the Labour Left Alliance also had a stall there.", set()),
        # ... the member's act towards it still counts.
        ("She stood as the SLN candidate in Abbey ward.", {"socialist-labour-network"}),
    ],
)
def test_the_group_as_subject_of_its_own_act(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<the> <group> stall" met or judged by the member is the group's stall.
        ("She said the LAW stall at the May Day rally was provocative.", set()),
        ("Complaint lodged by Mo that a Socialist Appeal seller was in the car park.", set()),
        ("The Socialist Appeal stall at our open day was uninvited; I asked them to leave.", set()),
        # ... but the member's own when a word before the name puts them there.
        ("She was on the LAW stall at the May Day rally.", {"labour-against-the-witchhunt"}),
        ("Handing out the LLA leaflets at the station all morning.", {"labour-left-alliance"}),
        ("Megan helped staff the SLN stall at Swansea Pride.", {"socialist-labour-network"}),
        (
            "LAW stall at the fringe today, me and Rita did three hours.",
            {"labour-against-the-witchhunt"},
        ),
    ],
)
def test_the_groups_own_stall_or_seller(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The stall the member, by name or as "I", has had is the member's ...
        (
            "Priya Shah has had an SLN stall in the precinct every week since May.",
            "Priya Shah",
            {"socialist-labour-network"},
        ),
        ("I've had a LAW stall at every rally this year.", "", {"labour-against-the-witchhunt"}),
        # ... not one the place had.
        ("The precinct has had an SLN stall every week since May.", "Priya Shah", set()),
        # A speaker's initial before a colon is not "a" before the name.
        (
            "Sam A: LAW stall at the Tolpuddle rally, I'm on from 2 till 5.",
            "Sam Ahmed",
            {"labour-against-the-witchhunt"},
        ),
        ("Sam A: a LAW stall at the Tolpuddle rally was rude to us.", "Sam Ahmed", set()),
    ],
)
def test_a_stall_the_member_had(judge: Judge, text: str, name: str, expected: set[str]) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the" reads forwards to the group's meeting ...
        ("She was at the Socialist Appeal meeting on Tuesday.", {"socialist-appeal"}),
        # ... not back from the place the meeting was held.
        ("Stood outside the Socialist Appeal meeting at the Irish Centre.", set()),
    ],
)
def test_a_criterion_that_reads_one_way(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paper's name with an issue number is the paper cited ...
        ("Solidarity 667: Ngozi Eze reports from the Liverpool dock strike.", {AWL}),
        # ... a year is no issue number.
        ("Solidarity 2022: she stood with the nurses all week.", set()),
        # "Resist" with its own people or things beside it is the group.
        ("Out with the Resist team in Derby today.", {"resist"}),
    ],
)
def test_words_that_make_a_one_word_name_the_group(
    judge: Judge, text: str, expected: set[str]
) -> None:
    counted = {
        m.organisation for m in judge.assess(text, parse_date(AFTER)).mentions if not m.rejected
    }
    assert counted == expected


def test_a_common_word_in_lower_case_is_no_name_where_another_mention_counts(
    judge: Judge,
) -> None:
    text = "Sold Solidarity for the AWL in town, then collected for a solidarity fund."
    counted = [m.text for m in judge.assess(text, parse_date(AFTER)).mentions if not m.rejected]
    assert counted == ["Solidarity", "AWL"]


def test_a_region_after_a_groups_abbreviation_is_its_branch(judge: Judge) -> None:
    text = "Said he had chaired the LLA North West steering committee by Zoom that morning."
    assert flagged(judge, text) == {"labour-left-alliance"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" straight after an exclusion cue stands for the group named before it.
        (
            "Stood outside the Socialist Appeal meeting handing out leaflets against them.",
            set(),
        ),
        # Not "them" elsewhere in the clause.
        (
            "Sold Socialist Appeal with them outside the station every Saturday.",
            {"socialist-appeal"},
        ),
    ],
)
def test_them_after_an_exclusion_cue(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group's people acting: "<people> from <group>", "<group> seller".
        (
            "Campaigners from Labour Left Alliance handed out leaflets; she walked past.",
            set(),
        ),
        ("Complaint by Mo that a Socialist Appeal seller was recruiting in the car park.", set()),
        # "your article" in a post to the group is the group's.
        ("Tweet: '@SocialistAppeal your article on the strike is lazy.'", set()),
        # A role that notes something is someone else's part.
        ("Des was not present; the secretary noted he had been excluded over LIEN.", set()),
    ],
)
def test_other_people_and_the_groups_own(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Socialist Appeal paper, issue 469: 'Junior doctors ready to fight' - report "
            "from Lewisham by our correspondent Grace Okonkwo.",
            "Grace Okonkwo",
            {"socialist-appeal"},
        ),
        ("Motion on Socialist Appeal moved by our Grace Okonkwo.", "Grace Okonkwo", set()),
    ],
)
def test_a_byline_with_the_writers_title(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The group as the subject that puts the event on makes it the group's event.
        (
            "Zoom invite forwarded by complainant: LAW is hosting 'Defend the expelled' on "
            "Wed 18 Aug at 7pm, introduced by Winston Clarke. Register at "
            "labouragainstthewitchhunt.org.",
            "Winston Clarke",
            {"labour-against-the-witchhunt"},
        ),
        (
            "AWL Nottingham presents 'Ukraine and the left', a public meeting with a guest "
            "speaker from the Ukraine Solidarity Campaign. Chair: Ann Bee.",
            "Ann Bee",
            {"alliance-for-workers-liberty"},
        ),
    ],
)
def test_the_group_that_puts_the_event_on(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


def test_a_spaced_dash_is_no_part_of_a_name(judge: Judge) -> None:
    # "Welcome - Rebecca Stein (convenor)": the holder is Rebecca Stein, not "Welcome
    # Rebecca Stein" (whose given name would not be the member's).
    text = (
        "Labour Left Alliance all-members' meeting, online, Saturday 9 April. Agenda: "
        "1. Welcome - Rebecca Stein (convenor). 2. AOB."
    )
    assert flagged(judge, text, "Rebecca Stein") == {"labour-left-alliance"}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The member's given name as others write it ...
        (
            "SLN London all-members meeting, Saturday 11am. Chair: Seun Adebayo.",
            "Oluwaseun Adebayo",
            {"socialist-labour-network"},
        ),
        (
            "Joint online social: Labour Against the Witch Hunt and Labour in Exile Network. "
            "Hosted by Joe Mwangi - quiz and music.",
            "Joseph Mwangi",
            {"labour-against-the-witchhunt", "labour-in-exile-network"},
        ),
        (
            "SLN London all-members meeting, Saturday 11am. Chair: Des Okafor.",
            "Desmond Okafor",
            {"socialist-labour-network"},
        ),
        # ... but not any name that opens the same way.
        (
            "SLN London all-members meeting, Saturday 11am. Chair: Dan Khan.",
            "Danielle Khan",
            set(),
        ),
    ],
)
def test_a_given_name_as_others_write_it(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcript written on in one paragraph: the answer's act is the member's.
        (
            'Interview summary. Q: Are you a member of Socialist Appeal? A: "I joined in the '
            'autumn of 2021 and I still pay my subs by standing order."',
            {"socialist-appeal"},
        ),
        # ... and a "no" answer leaves the question a question.
        ("Interview summary. Q: Are you a member of Socialist Appeal? A: No, never.", set()),
        # A question that takes the act as given is answered by saying when.
        (
            'Interview. Q: When did you join the LLA? A: "The day they were banned. I filled '
            'in the form that evening."',
            {"labour-left-alliance"},
        ),
        # "I'm an AWL member" is the member, not another member.
        ('Q: Is that your column? A: "Yes, and I\'m an AWL member."', {AWL}),
    ],
)
def test_an_interview_in_one_paragraph(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "member" pointed at ("by member", "the member's") is the person, not a membership.
        ("Note by member: 'I think the Socialist Labour Network is a dead end.'", set()),
        ("Post from the member's account: 'Dad's done forty years with Socialist Appeal.'", set()),
        # ... but "a member of" still is one.
        ("She is a member of the Socialist Labour Network.", {"socialist-labour-network"}),
        ("The member's declared other memberships: 'AWL, GMB'.", {AWL}),
    ],
)
def test_the_member_as_a_person(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group's stall or contingent acting, with its own banner ...
        (
            "Photos show an AWL stall selling Solidarity on the route. She is not at it.",
            set(),
        ),
        (
            "She marched with her union. A Socialist Labour Network contingent with its "
            "banner was a few rows ahead.",
            set(),
        ),
        # ... not the member's staffing of it.
        (
            "Nadia staffed the Resist stall, selling badges and taking sign-ups.",
            {"resist"},
        ),
        # A stretch in capitals, and an abbreviation spelt out as another name.
        (
            "Land Registry extract: 'CHARGES REGISTER: LIEN REGISTERED 12.04.2022 IN FAVOUR "
            "OF MACKIE BUILDERS LTD' in the bundle.",
            set(),
        ),
        (
            "Outside interests: 'Volunteer, Wirral SLN (Supported Living Network) for adults'.",
            set(),
        ),
        (
            "Volunteer for the SLN (Socialist Labour Network) in Wirral.",
            {"socialist-labour-network"},
        ),
        ("Bank statement: 15MAR23 SO AWL DUES 12.00", {AWL}),
    ],
)
def test_the_groups_stall_and_names_that_are_not_the_group(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A listing headed by the group's name is its event.
        (
            "Socialist Labour Network, Lambeth: 'Ukraine and the left' forum. Chair: Seun "
            "Adebayo. Entry £2/free.",
            "Seun Adebayo",
            {"socialist-labour-network"},
        ),
        # "Speakers include A and <the member>": a list, as a label's value.
        (
            "RESIST: Movement for a People's Party - Midlands launch rally, Birmingham. "
            "Speakers include Chris Williamson and Hamza Siddiqui.",
            "Hamza Siddiqui",
            {"resist"},
        ),
        # Another speaker's own group does not take the member's part in the event.
        (
            "Socialist Labour Network summer school. Speakers include Victoria Appiah on the "
            "Forde report and Tony Greer of the Labour Left Alliance on the rule book.",
            "Victoria Appiah",
            {"socialist-labour-network"},
        ),
        # ... nor does a look-alike named as another speaker's ("Cllr P. Grant of
        # Momentum") take the member's part in the group's own listing ...
        (
            "Labour Left Alliance Leeds newsletter: next public meeting on 3 May; our "
            "organiser Ama Owusu will speak alongside Cllr P. Grant of Momentum.",
            "Ama Owusu",
            {"labour-left-alliance"},
        ),
        # ... where the look-alike's own event does.
        (
            "Labour Left Alliance Leeds newsletter: next public meeting on 3 May; Ama Owusu "
            "will speak at the Momentum rally the week after.",
            "Ama Owusu",
            set(),
        ),
        # The group's own meeting against its ban is its event, not a talk about the ban.
        (
            "Labour Against the Witch-hunt - EMERGENCY MEETING against the proscriptions. "
            "Speakers: Jackie Wood, and guests.",
            "Jackie Wood",
            {"labour-against-the-witchhunt"},
        ),
        # "the investigating officer" is a title, not a report.
        (
            "Member's own statement to the investigating officer: 'I joined Workers' Liberty "
            "in April and I pay my subs.'",
            "",
            {AWL},
        ),
    ],
)
def test_listings_and_statements(judge: Judge, text: str, name: str, expected: set[str]) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A record opened by a title, the group the first name after it.
        (
            "Meeting notes, LIEN Brighton & Hove (screenshot of a shared doc):\n1. Welcome - "
            "Y. Mahmood (secretary)\n2. Report from the national steering call",
            "Yasmin Mahmood",
            {"labour-in-exile-network"},
        ),
        # "called by" names the event's organisers.
        (
            "Event listing: 'Stop the purge! Joint public meeting called by Labour Against "
            "the Witchhunt and Labour in Exile Network', Birmingham. Speakers: Desmond "
            "Achebe and two others.",
            "Desmond Achebe",
            {"labour-against-the-witchhunt", "labour-in-exile-network"},
        ),
        # The member's own act alongside the group's people.
        (
            "Photo shows Nicola selling Solidarity outside the station alongside two of "
            "her friends.",
            "Nicola Hart",
            {AWL},
        ),
        ("Instagram: 'Resist AGM today, voted onto the national committee.'", "", {"resist"}),
    ],
)
def test_headings_and_the_members_own_act(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Groups in brackets describe the name before them; they hold no event.
        (
            "Socialist Labour Network (formed by LAW and LIEN) - national conference, "
            "Birmingham. Speakers: Sinead Byrne, plus guests.",
            "Sinead Byrne",
            {"socialist-labour-network"},
        ),
        # Context before a list of names is context for each name in it.
        (
            "JO IS A MEMBER OF LAW AND THE SLN.",
            "",
            {"labour-against-the-witchhunt", "socialist-labour-network"},
        ),
        ("Sells Socialist Appeal and Solidarity at the market.", "", {"socialist-appeal", AWL}),
        # A form's box for the member's own groups, and only its own line and sentence.
        ("Renewal form. Other organisations: Unite; SLN.", "", {"socialist-labour-network"}),
        (
            "Other organisations: none. Notes: LAW people asked her to sign; she declined.",
            "",
            set(),
        ),
        # A handle opening a post says nothing of how the writer uses capitals.
        ("@ruth | 9 Jun | 'A passionate socialist appeal for unity from our candidate'", "", set()),
        # A poster's heading names the event's organiser on the next line too.
        (
            "Socialist Labour Network (formerly LIEN & LAW)\nSummer all-members meeting\n"
            "Saturday 6 August 2022\nChair: Richard Osei",
            "Richard Osei",
            {"socialist-labour-network"},
        ),
        # A list goes on past words in brackets.
        (
            "Ran a joint bookstall selling both Solidarity (the AWL paper) and Socialist Appeal.",
            "",
            {AWL, "socialist-appeal"},
        ),
        # A paper cited with its issue number is the paper.
        (
            "Solidarity issue 640, page 9: 'Trans healthcare can't wait' - by Chloe Adeyemi.",
            "Chloe Adeyemi",
            {AWL},
        ),
        # A quoted title that asks is no question of the record's.
        (
            "Screenshot 2 shows an article on workersliberty.org, 'Hong Kong: what next?', by "
            "Mei Ling Tan.",
            "Mei Ling Tan",
            {AWL},
        ),
        ("Is Mei Ling Tan writing for workersliberty.org?", "Mei Ling Tan", set()),
        # What follows "where" describes the place, not the group the member acted for.
        (
            "Went to a rally where some bloke from Labour Against the Witchhunt was speaking.",
            "",
            set(),
        ),
        (
            "Went to the Labour Against the Witchhunt rally where she spoke.",
            "",
            {"labour-against-the-witchhunt"},
        ),
        # The writer's own copy, a tag question, a newspaper's name, a profile's intro.
        (
            "She was elected to the steering committee of the Labour Left Alliance, as its "
            "newsletter says, a copy of which was handed to me.",
            "",
            {"labour-left-alliance"},
        ),
        ("Lowri's been writing a column, isn't it, for the Workers' Liberty website.", "", {AWL}),
        (
            "Rhys told the Observer he had introduced the speakers at the Labour Left "
            "Alliance meeting.",
            "Rhys Llewellyn",
            {"labour-left-alliance"},
        ),
        ("Went along as an observer to the Labour Left Alliance meeting.", "", set()),
        (
            "FB: her profile 'Intro' reads 'Sec, Labour-In-Exile Network (Midlands)'.",
            "",
            {"labour-in-exile-network"},
        ),
        (
            "PayPal export: 01/06/2022 'Workers Liberty' £60.00 DONATION - sender the member.",
            "",
            {AWL},
        ),
        # The digits of a handle are no year.
        (
            "@COLINW1954: SOCIALIST LABOUR NETWORK MEETING TONIGHT ON ZOOM. I AM CHAIRING.",
            "",
            {"socialist-labour-network"},
        ),
        ("In 1954 she chaired a Socialist Labour Network meeting.", "", set()),
        # Dialect, a site's team page, a list the member is not on.
        ("selt 20 Socialist Appeals on Buchanan St the day", "", {"socialist-appeal"}),
        (
            "resistmovement.org.uk/team: 'National Council - Eleanor Fitzgerald (South West)'",
            "Eleanor Fitzgerald",
            {"resist"},
        ),
        (
            "socialist-labour-network.org.uk/donate - the donor wall lists 31 names; Jamal "
            "Bashir does not appear.",
            "Jamal Bashir",
            set(),
        ),
        (
            "Wayne got voted on to the Labour Left Alliance regional committee last night.",
            "Wayne Stokes",
            {"labour-left-alliance"},
        ),
        # A place between a name and the group's word is the group's branch.
        (
            "Minutes, Resist Glasgow West branch meeting. Convenor: Kirsty MacLeod.",
            "Kirsty MacLeod",
            {"resist"},
        ),
        ("Works at Resist Climbing Ltd in Leeds as a member of staff.", "", set()),
        # Writing for another paper, or to one; delegates are other people.
        (
            "Zoe wrote up the Socialist Labour Network conference for the Morning Star "
            "from phone interviews with delegates afterwards.",
            "Zoe Fitzgerald",
            set(),
        ),
        ("Wrote to the Brighton Argus setting out his objections to the AWL.", "", set()),
        (
            "She writes a fortnightly column on renters' rights for Solidarity, the "
            "Workers' Liberty weekly.",
            "",
            {AWL},
        ),
        ("I've been writing for Solidarity for about a year now.", "", {AWL}),
        (
            "Said she had been invited onto the SLN national committee but turned it down.",
            "",
            set(),
        ),
        ("Signed up for the LLA's weekly email bulletin out of curiosity.", "", set()),
        (
            "16/10/2021  PAYPAL *LATW  HUGO BRAMWELL  30.00  DONATION",
            "",
            {"labour-against-the-witchhunt"},
        ),
        (
            "Great to help set up the new Labour-in-Exile Network group for Kent.",
            "",
            {"labour-in-exile-network"},
        ),
        # The member's name with a group's in an election's list is a candidacy.
        (
            "COUNTY COUNCIL - BY-ELECTION RESULT\nCampbell, Moira (Resist: Movement for a "
            "People's Party) 212\nHarris, Jo (Labour) 1,604",
            "Moira Campbell",
            {"resist"},
        ),
        (
            "Election results: Moira Campbell (Labour), Jo Harris (Resist: Movement for a "
            "People's Party).",
            "Moira Campbell",
            set(),
        ),
        # ... her initial and surname too, but not another's initial.
        (
            "By-election result: M. Campbell (Resist) 212 votes; Labour hold.",
            "Moira Campbell",
            {"resist"},
        ),
        (
            "By-election result: J. Campbell (Resist) 212 votes; Labour hold.",
            "Moira Campbell",
            set(),
        ),
        # "writes that" says; reading before joining is no bar to the joining.
        (
            "New Statesman: 'Inside the Labour Left Alliance' by Hugh Lambert - he writes "
            "that he was not allowed in.",
            "Hugh Lambert",
            set(),
        ),
        ("Finally joined the AWL today after years of reading Solidarity.", "", {AWL}),
        # "while" turns to another act; "a short while" is a time.
        (
            "Declan was behind the Socialist Appeal stall handing out papers while Maureen "
            "was at her sister's.",
            "Declan Byrne",
            {"socialist-appeal"},
        ),
        (
            "I was in the Labour in Exile Network for a short while in 2020 and left it "
            "before that Christmas.",
            "",
            set(),
        ),
        # A company's name in capitals; an event's name in lower case is words.
        ("CARD PAYMENT AWL TOOLS & FIXINGS LTD 8.99", "", set()),
        ("CARD PAYMENT AWL SUBS 8.99", "", {AWL}),
        ("Colin wrote a blog post, 'Ten ideas for freedom of speech on campus'.", "", set()),
        # A byline's label; a write-up of an event is for the site it is on.
        (
            "Byline: 'Andrew Gallagher, Glasgow' - 'Rail strike: nationalise now!', "
            "Socialist Appeal issue 388.",
            "Andrew Gallagher",
            {"socialist-appeal"},
        ),
        (
            "Harriet Lowe's write-up of this year's Festival of Resistance is on "
            "resistmovement.org.uk under her name.",
            "Harriet Lowe",
            {"resist"},
        ),
        (
            "Morning Star report from the Festival of Resistance, byline Elaine Walker.",
            "Elaine Walker",
            set(),
        ),
        # Fellow organisers make the member one; carrying the group's banner is hers.
        (
            "Photo caption: 'Ama Owusu and fellow Labour Left Alliance organisers leaflet "
            "shoppers on Mare Street.'",
            "Ama Owusu",
            {"labour-left-alliance"},
        ),
        (
            "Mei Ling carried the Socialist Labour Network banner at the demo.",
            "",
            {"socialist-labour-network"},
        ),
        (
            "Bethany wrote to the CLP: 'She keeps inviting me to Socialist Appeal meetings.'",
            "",
            set(),
        ),
        ("As SU officer he turned down Socialist Appeal's request to book a room.", "", set()),
        # A letter to a paper, or to anyone, is no writing for the group.
        (
            "Helen's letter to the Liverpool Echo defending members expelled for being in LAW.",
            "",
            set(),
        ),
        ("Tomasz write to branch: my brother-in-law is in the Socialist Appeal.", "", set()),
        ("Contributed to Solidarity, the AWL paper, every month.", "", {AWL}),
        # A campaign's slogan; a page's coordinators; a gate kept at its festival.
        ("Eilidh's leading the Resist the Closure campaign to save the library.", "", set()),
        (
            "labour-in-exile.org - 'Who we are' page lists Jack Pemberton among the network "
            "coordinators.",
            "Jack Pemberton",
            {"labour-in-exile-network"},
        ),
        (
            "#FestivalOfResistance what a weekend. Me on the gate all Saturday afternoon.",
            "",
            {"resist"},
        ),
        (
            "Solidarity (weekly paper of the Alliance for Workers' Liberty), contents: p.5 "
            "'Unite policy conference' - report by Grace Adeyemi.",
            "Grace Adeyemi",
            {AWL},
        ),
        # A name of several words run together after @ or # is a tag, in any case.
        ("Thanks to @workersliberty for the meeting tonight, I was proud to chair it.", "", {AWL}),
        ("Thanks to @liberty for the meeting tonight, I was proud to chair it.", "", set()),
        # Writing that appeared in another paper is about the group, not for it.
        ("Article by member in Tribune: 'Neither LAW nor Resist speaks for the left.'", "", set()),
        ("Writes for Socialist Worker and also for the AWL's paper Solidarity.", "", {AWL}),
        # "on" the group's own site is where the piece appeared; "on" a group, its topic.
        ("Wrote a piece on labourleft.org for the Leeds comrades.", "", {"labour-left-alliance"}),
        ("Wrote a piece on the Labour Left Alliance for the Guardian.", "", set()),
        # "wrote that review" points at a piece; "wrote that the ..." reports a saying.
        ("Post: 'Yes, I wrote that review on socialist.net.'", "", {"socialist-appeal"}),
        ("He wrote that the Labour Left Alliance had lost its way.", "", set()),
    ],
)
def test_lists_brackets_boxes_and_other_papers(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "after <the group>'s proscription" dates an act; it discusses nothing ...
        ("She stewarded a LIEN meeting in Bolton after LIEN's proscription.", {LIEN}),
        ("He chaired the LIEN meeting in Derby after the network's proscription.", {LIEN}),
        (
            "Elected to the LLA steering committee after the March 2022 proscription.",
            {"labour-left-alliance"},
        ),
        (
            "He chaired a Labour in Exile Network meeting after the Labour in Exile "
            "Network's proscription.",
            {LIEN},
        ),
        # ... unlike the proscription discussed.
        ("She moved a motion at the CLP against LIEN's proscription.", set()),
    ],
)
def test_a_proscription_that_dates_an_act(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role set off by another person's full name is theirs ...
        ("Resist's local spokesperson, Phil Booth, replied that Labour had failed.", set()),
        ("A LAW spokesperson, Ray Dunford, replied to the complaint.", set()),
        ("The LLA met in Leeds. Its chair, Mr Colin Ashby, insisted it would go on.", set()),
        # ... by the member's own name, the member's.
        (
            "A LAW spokesperson, Tomasz Nowak, replied to the complaint.",
            {"labour-against-the-witchhunt"},
        ),
    ],
)
def test_a_role_set_off_by_a_name(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Tomasz Nowak") == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # In a group chat, "I'm chairing it" in another speaker's turn is theirs ...
        (
            "[14:01] Sam: anyone going to the Socialist Labour Network meeting tonight? "
            "[14:03] Ade: yeah I'm chairing it [14:03] Sam: nice, might watch the stream",
            "Samuel Osei",
            set(),
        ),
        # ... the member's own turn, under a nickname, is the member's ...
        (
            "[12:12] Daz: Resist national meeting in Sheffield on Saturday. I'm stewarding. "
            "[12:20] Ollie: see you there",
            "Darren Spence",
            {"resist"},
        ),
        # ... and in the member's own turn, "I'm chairing" after a question that names
        # the group is of the group's meeting ...
        (
            "[22/03/2022 08:02] Declan: who's on the LAW steering committee call tonight? "
            "I'm chairing so be on time",
            "Declan O'Hare",
            {"labour-against-the-witchhunt"},
        ),
        (
            "[22/03/2022 08:02] Declan: who's on the LAW steering committee call tonight? "
            "[08:05] Jo: I'm chairing so be on time",
            "Declan O'Hare",
            set(),
        ),
        # ... and another's turn that names the member speaks of the member.
        (
            "[10:15] Lou: me and Kwame sold all 30 copies of Socialist Appeal at the station",
            "Kwame Asante",
            {"socialist-appeal"},
        ),
        # A turn that says no "I" is its speaker's too ("selling SA at the uni today if
        # anyone wants to help") ...
        (
            "[20/11/2022, 09:11] Yasmin: selling Socialist Appeal at the uni today if anyone "
            "wants to help\n[20/11/2022, 09:14] Mariam: good luck! revising all day",
            "Mariam Khan",
            set(),
        ),
        (
            "[29/10/2022, 14:03] Chloe: stall's up, 30 copies of Solidarity, the AWL paper"
            "\n[29/10/2022, 14:05] Jess: can't make it today, sorry",
            "Jess Taylor",
            set(),
        ),
        # Money in another speaker's turn is that speaker's too ...
        (
            "[02/09/2021, 21:10] Fatima: set up a standing order to LAW, £5 a month\n"
            "[02/09/2021, 21:12] Ken: nice one",
            "Kenneth Ogilvie",
            set(),
        ),
        # ... while the member's act done "too" is towards the group of the turn before.
        (
            "[06/08/22 22:15] amir_f: dropped another £20 into the LAW crowdfunder\n"
            "[06/08/22 22:16] tash_c: legend. I put a tenner in too",
            "Tasha Campbell",
            {"labour-against-the-witchhunt"},
        ),
        # ... unless it speaks of "she", who may be the member ...
        (
            "[14:01] Sam: she chaired the LAW meeting last night\n[14:03] Ade: nice",
            "Jane Doe",
            {"labour-against-the-witchhunt"},
        ),
        # ... or speaks to someone, who may be the member.
        (
            "[20/11/2022, 09:11] Yasmin: you sold loads of Socialist Appeal at the uni today!"
            "\n[20/11/2022, 09:14] Mariam: 40 copies",
            "Mariam Khan",
            {"socialist-appeal"},
        ),
        # A chat copied without times names its speakers in brackets at a line's start
        # ...
        (
            "[Pat] I'm stewarding the Resist meeting on Friday\n[Dom] nice one, see you there",
            "Dominic Shaw",
            set(),
        ),
        (
            "[Pat] anyone stewarding the Resist meeting on Friday?\n[Dom] I'm stewarding it",
            "Dominic Shaw",
            {"resist"},
        ),
        # ... but one bracketed note is not a chat.
        (
            "[Transcribed] Dom stewarded the Resist meeting on Friday.",
            "Dominic Shaw",
            {"resist"},
        ),
        # A turn naming the member: an "I" nearer the act makes it the speaker's ...
        (
            "[18:02] Bea: ok Ravi, I'm on the door at the LAW meeting tonight",
            "Ravi Chandran",
            set(),
        ),
        # ... as it is when the name is only called out before a comma ...
        (
            "[18:02] Bea: sorry Ravi, stewarding the LAW meeting tonight so no drinks\n"
            "[18:05] Ravi: no worries",
            "Ravi Chandran",
            set(),
        ),
        # ... and another speaker's own withdrawal does not undo the member's act.
        (
            "[18:02] Bea: couldn't chair the LLA meeting in the end, I pulled out\n"
            "[18:05] Tom: no worries, I chaired it myself",
            "Tom Ashworth",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_chat_turn_is_its_speakers(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A record naming the member as absent tells other people's acts ...
        (
            "Femi Bello chaired the LAW meeting in Hackney. Ruth Adeyemi, who was on the "
            "flyer as a speaker, did not turn up.",
            set(),
        ),
        (
            "Staff observed the AWL public meeting in Derby; two members attended. Member "
            "Ruth Adeyemi, named in the complaint, was not present at any point.",
            set(),
        ),
        (
            "Sam and Chidi were running the Labour Left Alliance table at Tolpuddle. Ruth "
            "wasn't at the table; she walked past with her kids.",
            set(),
        ),
        # ... but another's absence leaves the member's act ...
        (
            "Ruth Adeyemi chaired the LAW meeting in Hackney. Femi Bello, who was billed, "
            "was not there.",
            {"labour-against-the-witchhunt"},
        ),
        # ... and missing a hearing is not missing the event.
        (
            "The panel found that Ms Adeyemi stewarded at the Festival of Resistance in "
            "October 2021. Ms Adeyemi did not attend the hearing.",
            {"resist"},
        ),
    ],
)
def test_the_member_named_as_absent(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ruth Adeyemi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A record that clears the member by name tells other people's acts ...
        (
            "Complaint about Mr Hart and Ms Adeyemi. Mr Hart writes articles for "
            "socialist.net every month. Ms Adeyemi has done nothing wrong as far as I know.",
            set(),
        ),
        # ... not the member's own defence ...
        (
            "Ruth Adeyemi paid subs to the Socialist Labour Network from 2022. Ms Adeyemi "
            "did nothing wrong, she says, because she never read the rules.",
            {"socialist-labour-network"},
        ),
        # ... not when it clears someone else.
        (
            "Complaint about Mr Hart and Ms Adeyemi. Ms Adeyemi writes articles for "
            "socialist.net every month. Mr Hart has done nothing wrong as far as I know.",
            {"socialist-appeal"},
        ),
    ],
)
def test_the_member_named_as_cleared(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ruth Adeyemi") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A disproof said of another person by name clears that person only ...
        (
            "The photographs show Adeyemi and Cole in the audience at the LLA summer "
            "school. Mr Hale does not appear in any of them.",
            {"labour-left-alliance"},
        ),
        # ... a capital opening a sentence is no name ...
        (
            "Complaint that Ms Adeyemi spoke at the LLA rally. Photographs do not appear "
            "to show her.",
            set(),
        ),
        # ... not of the member ...
        (
            "The photographs show Hale and Cole in the audience at the LLA summer school. "
            "Adeyemi does not appear in any of them.",
            set(),
        ),
        # ... and not a label, a place or a month before the cue.
        (
            "Complaint: Ruth Adeyemi spoke at the LLA summer school. Findings: no evidence.",
            set(),
        ),
        (
            "Letter from Ruth Adeyemi: 'The speaker at the LAW meeting on 11 March is not me.'",
            set(),
        ),
    ],
)
def test_a_disproof_said_of_another(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ruth Adeyemi") == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # An act told in another person's own report is theirs ...
        (
            "Item 4: Des reported he had sold eleven copies of Socialist Appeal outside "
            "the station.",
            "Priya Raman",
            set(),
        ),
        (
            "AOB: Cde Osei reported back from the Socialist Labour Network conference, "
            "which he attended as a delegate.",
            "Linh Tran",
            set(),
        ),
        # ... and the teller's own when the teller is the member, by a short form too.
        (
            "Item 4: Des reported he had sold eleven copies of Socialist Appeal outside "
            "the station.",
            "Desmond Okafor",
            {"socialist-appeal"},
        ),
        (
            "Mehta, a Labour councillor in Brent, confirmed that he had donated to Labour "
            "Against the Witchhunt in 2022.",
            "Ravi Mehta",
            {"labour-against-the-witchhunt"},
        ),
        # A complainant's report tells of the member, not of the complainant.
        (
            "Complaint about Declan O'Brien. Ms Tully reported he had sold Socialist Appeal"
            " at the station.",
            "Declan O'Brien",
            {"socialist-appeal"},
        ),
        (
            "Complaint about Declan O'Brien. Tully says he sold Socialist Appeal at the station.",
            "Declan O'Brien",
            {"socialist-appeal"},
        ),
        # Minutes' attendance list: the minuted meeting's, unless its heading names
        # the group ...
        (
            "Hollowell North branch, 14 June. Present: P. Raman (chair), D. Okafor. "
            "Item 3: Socialist Labour Network conference report.",
            "Priya Raman",
            set(),
        ),
        (
            "Present: C. McAllister, B. Osei, L. Tran. Apologies: M. Kaur. Item 2: the "
            "Socialist Labour Network conference.",
            "Connor McAllister",
            set(),
        ),
        (
            "Socialist Appeal Hollowell branch, 14 June. Present: P. Raman (chair), "
            "D. Okafor. Item 3: paper sales.",
            "Priya Raman",
            {"socialist-appeal"},
        ),
        # ... and the chair who reminds a meeting is a person speaking, not a part.
        (
            "The chair reminded the meeting of the NEC decision on Socialist Appeal.",
            "Priya Raman",
            set(),
        ),
    ],
)
def test_whose_act_minutes_tell(judge: Judge, text: str, name: str, expected: set[str]) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another speaker's exclusion is theirs only in their own words ...
        (
            "[Ben] I'm stewarding at the LLA social on Saturday\n"
            "[Sue] don't bother, I heard it got called off",
            set(),
        ),
        # ... two bracketed notes are no chat ...
        (
            "[Update] I'm chairing the Labour Left Alliance meeting on Friday, all welcome."
            "\n[Edit] It's at 7pm not 6.",
            {"labour-left-alliance"},
        ),
        # ... "Ben and I" is the member's act too, and praise called out to the member
        # is of the member's act.
        (
            "[Kwame] Ben and I ran the Socialist Appeal stall all day\n[Ravi] legend",
            {"socialist-appeal"},
        ),
        (
            "[Ravi] thanks Ben, brilliant chairing at the LLA meeting last night\n"
            "[Sue] yes well done",
            {"labour-left-alliance"},
        ),
        # A complaint's sentence ends its subjects at the writer's own clause.
        (
            "I want to report a Socialist Appeal stall at the station, which I raised with "
            "Ben Smith last week.",
            set(),
        ),
        # The member named as absent: not "not at all", not from a hearing, not across
        # a full stop.
        (
            "Ben Smith chaired the LLA meeting. Ben Smith was not at all apologetic.",
            {"labour-left-alliance"},
        ),
        (
            "Ms Smith chairs the LLA branch. Ms Smith was not present at the hearing.",
            {"labour-left-alliance"},
        ),
        (
            "The LLA meeting on Friday was chaired by Ben Smith. Wasn't there myself, but "
            "saw the photos.",
            {"labour-left-alliance"},
        ),
        # The member facing expulsion is no other member; left in charge is no find.
        (
            "Ms Smith faces expulsion for speaking at the Labour Left Alliance rally in May.",
            {"labour-left-alliance"},
        ),
        (
            "Ms Smith was left in charge of the Socialist Appeal stall on Saturday.",
            {"socialist-appeal"},
        ),
        # Outside minutes, a report is of the member.
        (
            "Complaint about Ben Smith. Witnesses reported he had sold Socialist Appeal at "
            "the station.",
            {"socialist-appeal"},
        ),
        # An attendance list a name a line, or with titles, is the minuted meeting's.
        (
            "Hollowell North branch, 14 June.\nPresent:\nB. Smith (chair)\nD. Okafor\n"
            "Item 3: Socialist Labour Network conference report.",
            set(),
        ),
        (
            "Hollowell North branch, 14 June. Present: Dr. Smith (chair), D. Okafor. "
            "Item 3: Socialist Labour Network conference report.",
            set(),
        ),
    ],
)
def test_readings_a_review_asked_for(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ben Smith") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A complaint whose subject is named in the next sentence is about the member.
        (
            "I want to complain about a member. Ben Smith was selling Socialist Appeal at "
            "the market on Saturday.",
            {"socialist-appeal"},
        ),
        # Not a debate, not a leaflet against the group, not a denial.
        (
            "Ben Smith spoke at the Socialist Appeal rally to tell them what is wrong with "
            "the Labour leadership.",
            {"socialist-appeal"},
        ),
        (
            "Spoke at the Labour Left Alliance rally, urging people not to go quietly.",
            {"labour-left-alliance"},
        ),
        (
            "No one could deny that I was a Socialist Appeal seller for ten years, and I "
            "still sell it every Saturday.",
            {"socialist-appeal"},
        ),
    ],
)
def test_readings_a_second_review_asked_for(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Ben Smith") == expected


def test_a_turn_by_an_accented_name(judge: Judge) -> None:
    text = "[Ravi] who's going to the LLA meeting?\n[Émilie] I'm chairing it\n[Sue] cool"
    assert flagged(judge, text, "Émilie Dupont") == {"labour-left-alliance"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A complaint about several people is about each one its sentence names ...
        ("Kieran Byrne", {"socialist-appeal"}),
        # ... not about the writer, who signs it.
        ("Alison Mercer", set()),
    ],
)
def test_a_complaint_about_several_people(judge: Judge, name: str, expected: set[str]) -> None:
    text = (
        "I want to complain about Desmond Okafor and his mate Kieran Byrne. Kieran runs a "
        "Socialist Appeal stall on the high street every Saturday. - Alison Mercer"
    )
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "member" as the note's subject is the party member, not a membership ...
        ("Email from a member: 'my neighbour has a Resist poster in her window.'", set()),
        ("Complaint from a member: 'Liam has an AWL sticker on his laptop.'", set()),
        ("Complaint says member 'is in SLN'. The card supplied is for another party.", set()),
        # ... while a membership of the group is still one.
        (
            "Complaint says member is a member of the SLN and pays her dues.",
            {"socialist-labour-network"},
        ),
    ],
)
def test_member_as_the_notes_subject(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The writer's finding of support undoes an exclusion cue before it ...
        (
            "Ms Ford says she only went to argue with them. The panel noted that chairing "
            "the LLA's Leeds rally is taking part in its event. Membership terminated.",
            {"labour-left-alliance"},
        ),
        (
            "Mr Obi says he resigned from the LAW committee in 2021, but its 2023 minutes "
            "show him taking the chair. Chairing its committee is support.",
            {"labour-against-the-witchhunt"},
        ),
        # ... unless it is denied ...
        (
            "Ms Ford went to the LLA rally to argue with them. None of this is support.",
            set(),
        ),
        # ... quoted from a complainant ...
        (
            "Complaint: 'She went to the LLA rally to argue with them. That is support.' "
            "Complainant: Mr Hale.",
            set(),
        ),
        # ... or may be about another allegation, when the record names several groups.
        (
            "Allegation 1: her husband sells the AWL paper Solidarity. Allegation 2: she "
            "chaired a Socialist Appeal meeting in May. Upheld.",
            {"socialist-appeal"},
        ),
    ],
)
def test_a_writers_finding_of_support(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What one item of a list of allegations concludes is about its own allegation
        # ...
        (
            "Panel decision. (1) A £20 donation to Resist in June 2022, admitted. Upheld. "
            "(2) Membership of Socialist Appeal, alleged from her liking its posts. Liking "
            "is not support. Dismissed.",
            {"resist"},
        ),
        (
            "Finding 1: she chaired the LLA's Leeds meeting in May 2022. Upheld.\n"
            "Finding 2: she retweeted an AWL statement. Sharing is not support. Dismissed.",
            {"labour-left-alliance"},
        ),
        # ... even when it names the same group, without an act tied to it ...
        (
            "Sweep of posts.\nItems 1-2: retweets of Solidarity front pages, the AWL paper, "
            "no comment.\nItem 3: 'So proud to have spoken at Ideas for Freedom today.'",
            {"alliance-for-workers-liberty"},
        ),
        # ... and someone else of the group in another item ("a LIEN member") is that
        # item's, not the member's act in the first ...
        (
            "Case notes. (1) Treasurer of the Labour Left Alliance's Hull branch since May "
            "2022, admitted. (2) Her brother is said to be an LLA activist; he is not in "
            "the party.",
            {"labour-left-alliance"},
        ),
        # ... while in its own item it is still someone else.
        (
            "Case notes. (1) An LLA activist handed out leaflets in the ward. (2) Her "
            "Momentum membership, not relevant.",
            set(),
        ),
        # ... while without the list the exclusion reaches the whole record.
        (
            "She gave £20 to Resist in June 2022. It is also alleged she is in Socialist "
            "Appeal, from her liking its posts. Liking is not support. Dismissed.",
            set(),
        ),
    ],
)
def test_an_item_of_a_list_of_allegations(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In a list of allegations, a finding undoes an exclusion in its own item,
        # whatever other groups the record names ...
        (
            "Finding 1: she stewarded at Ideas for Freedom 2022, the AWL's summer event. "
            "Upheld. Finding 2: she attended the LLA all-members' meeting in October 2022 "
            "as a delegate. She says she went to argue for the LLA to wind itself up. "
            "Taking part as its delegate is support. Upheld.",
            {"alliance-for-workers-liberty", "labour-left-alliance"},
        ),
        # ... but not one in another item.
        (
            "Finding 1: she stewarded at Ideas for Freedom 2022, the AWL's summer event. "
            "Finding 2: she attended the LLA all-members' meeting in October 2022 as a "
            "delegate. She says she went to argue for the LLA to wind itself up. "
            "Finding 3: she paid Resist £10 in May 2022. Upheld.",
            {"alliance-for-workers-liberty", "resist"},
        ),
    ],
)
def test_a_finding_in_a_list_of_allegations(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A later "Upheld" undoes no exclusion of another item, by `unless_later` either.
        (
            "Two allegations. (1) That he was an AWL delegate: the list shows a different "
            "person, a case of mistaken identity. (2) That he paid Resist £10 in May "
            "2022: admitted. Upheld.",
            {"resist"},
        ),
        # A denial five words back denies the finding; "no doubt" does not.
        (
            "Ms Ford went to the LLA rally to argue with them. None of the allegations is upheld.",
            set(),
        ),
        (
            "Ms Ford went to the LLA rally to argue with them. No doubt this is support.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_what_undoes_an_exclusion_later(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


def test_the_network_after_a_denial_stands_for_the_group_named_before(judge: Judge) -> None:
    # "no involvement with the network" denies the LIEN link, as "with LIEN" would; the
    # co-ordinator is her brother.
    text = (
        "Complaint from Mr Hart: he writes that Amina Said is a 'LIEN supporter' because "
        "she retweeted its statement after her brother Omar was suspended. Omar is listed "
        "on labour-in-exile.org as a regional co-ordinator. Ms Said says she has no "
        "involvement with the network."
    )
    assert flagged(judge, text, "Amina Said") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name of several words written with its capitals is a proper noun.
        ("Signed up two students to Workers' Liberty at the freshers' fair.", {AWL}),
        ("Joanne: aye I'm in Workers' Liberty, been going since Easter.", {AWL}),
        # The phrase in small letters is not the group, nor is it at a sentence's start.
        ("Says she is a supporter of workers' liberty in the broad sense.", set()),
        ("'Workers' liberty to organise is at stake - repeal the anti-union laws.'", set()),
        # A casual post in small letters still needs a word that makes it the group.
        ("we stand with workers liberty, i attended the picket today", set()),
    ],
)
def test_a_capitalised_name_of_several_words_needs_no_context(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "their" far from the cue does not make the cue about the group.
        (
            "Mbr denies being in Socialist Appeal. Says she has never been to any of their "
            "events and that the weekend in question she was at the Unison health conference.",
            set(),
        ),
        # ... but it does as the cue's object.
        (
            "Socialist Appeal had a stall in town. Mbr was at their meeting after it.",
            {"socialist-appeal"},
        ),
    ],
)
def test_a_pointer_back_stands_by_its_cue(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group as the subject that puts a piece out: its output, read by the member.
        ("One year on. Socialist Appeal had a good piece on this, worth a read.", set()),
        ("Says the LLA published a long article on the strike, which she shared.", set()),
        # ... unless the piece is the member's, or "by" names its writer.
        ("Socialist Appeal ran a piece by Aisha Rahman on the strike.", {"socialist-appeal"}),
        ("labour-in-exile.org has put my article up. Read it if you fancy.", {LIEN}),
    ],
)
def test_a_piece_the_group_puts_out_is_its_own(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Aisha Rahman") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An exclusion before a list of names reaches every name in it, commas too.
        (
            "Our member stewarded the Unison block. Groups present included Socialist "
            "Appeal, the Socialist Party and the Alliance for Workers' Liberty, with stalls.",
            set(),
        ),
        # An exclusion word in a quoted title does not reach a name after the quotation.
        (
            "Joint public meeting 'Against the purge', organised by Labour in Exile "
            "Network. Chair: Chinedu Eze.",
            {LIEN},
        ),
        # ... though scare quotes round the cue alone still say it.
        ("Member 'liked' a Labour Left Alliance post about NEC elections.", set()),
    ],
)
def test_how_far_an_exclusion_before_names_reaches(
    judge: Judge, text: str, expected: set[str]
) -> None:
    name = "Chinedu Eze" if "Chinedu" in text else ""
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event's name is no actor: the act after it is the writer's.
        ("Ideas for Freedom was brilliant, spoke to a packed room on Sunday.", {AWL}),
        # ... while a group before "was <word> <act>" is the one acting.
        ("The LLA was busy leafleting the estate when I walked past.", set()),
    ],
)
def test_an_event_is_not_the_subject_of_an_act(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a known ... supporter": someone else, qualified.
        ("At a training day she sat next to a known Socialist Appeal supporter.", set()),
        # "A member of <group>" opening a clause, or someone met, is someone else ...
        (
            "It was a Momentum meeting. A member of Socialist Appeal asked a question "
            "from the floor. I was in the audience.",
            set(),
        ),
        # ... but said of the member it is her membership.
        ("Proud to be a member of Labour Left Alliance.", {"labour-left-alliance"}),
        ("Shabana Akhtar, a known Socialist Appeal supporter, spoke.", {"socialist-appeal"}),
    ],
)
def test_a_member_of_the_group_framed_as_someone_else(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, "Shabana Akhtar") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stall in a picture is the group's, not the member's part.
        (
            "Vikram Sood posted a photograph of the Socialist Labour Network stall at the "
            "Jarrow march with the caption 'Shameful'.",
            set(),
        ),
        # ... unless the member is on it.
        ("Photo of me on the AWL stall at Pride, great day.", {AWL}),
    ],
)
def test_a_pictured_stall(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Vikram Sood") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Writing about the group in one sentence does not undo an act in another
        # sentence that names it.
        (
            "Wrote a blog post about the LLA in May. In June she chaired the LLA's Leeds meeting.",
            {"labour-left-alliance"},
        ),
        # ... but still undoes what its own clause says.
        ("Wrote a blog post about the LLA meeting in Leeds.", set()),
    ],
)
def test_reporting_spares_an_act_in_a_sentence_of_its_own(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A site's or paper's articles are its own output, passed on by the member ...
        ("Complaint: 'Robert keeps posting socialist.net articles into the branch chat.'", set()),
        # ... unless the member writes them or a "by" names the writer.
        ("Robert writes a weekly Solidarity column.", {AWL}),
        (
            "socialist.net article 'Why we won't give up' by Robert Fairclough.",
            {"socialist-appeal"},
        ),
    ],
)
def test_a_sites_articles_are_its_own(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Robert Fairclough") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An act in an undated sentence that says it goes on is not dated by another's.
        (
            "I joined the LLA in 2018. I'm still a member of the LLA and proud of it.",
            {"labour-left-alliance"},
        ),
        # ... a question's "now" says nothing of the act.
        (
            "Q: Have you been a member of any group now proscribed? A: Yes, the LLA, "
            "from 2016 until 2020.",
            set(),
        ),
    ],
)
def test_an_undated_act_that_goes_on(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quoted post all in small letters tells no more by its case than a casual
        # text does, though the note around it capitalises.
        (
            "Lauren Fitzgerald posted: 'sold 9 socialist appeals in the rain today, "
            "comrades are the best'",
            {"socialist-appeal"},
        ),
        # ... and after "a" the words are still words.
        ('Posted: "we need a socialist appeal to every union branch, fund the strikers"', set()),
        # A short phrase in quotes is no post.
        ("Her email had 'socialist appeal' in the subject line; she sold nothing.", set()),
    ],
)
def test_a_quoted_post_in_small_letters(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name that opens a short quoted title, or stands in a text all in capitals,
        # needs a word that makes it the group, capitals or not.
        ("Spoke at the Haldane Society event 'Workers' Liberty and the Law' in March.", set()),
        ("SPOKE AT THE TRADES COUNCIL RALLY ON WORKERS' LIBERTY IN THE GIG ECONOMY", set()),
        # An event as the subject of a passive is its own act.
        ("Ideas for Freedom was hosted at Student Central in London in July.", set()),
        # "performed" is a part only in the group's own event.
        ("Told the branch the LLA performed a U-turn on the Ukraine motion.", set()),
        # A closing tag names what a post is about, not the group the writer supports.
        (
            "Stewarded the Pride march today. Shame to see the usual suspects trying to "
            "hijack it again #SocialistAppeal",
            set(),
        ),
        (
            "Canvassed all afternoon for our candidate in the by-election. Guess who's "
            "standing against us? #LabourLeftAlliance",
            set(),
        ),
        # ... but tags closing a long post of the writer's own act name the group it
        # was for: "the paper" a seller sells is the group's.
        (
            "Sold the paper outside the station with two comrades all morning, great chats "
            "with shoppers #SocialistAppeal",
            {"socialist-appeal"},
        ),
        (
            "Sold the Morning Star outside the station with two comrades all morning, great "
            "chats with shoppers #SocialistAppeal",
            set(),
        ),
        (
            "Watched the usual lot selling the paper outside the station all morning, no "
            "thanks #SocialistAppeal",
            set(),
        ),
        # A place leafleted or canvassed is where, not an object of the act's own; "for"
        # whom is.
        (
            "Good Labour Left Alliance meeting in Hull tonight. Leafleting Hessle Road on "
            "Saturday, all welcome.",
            {"labour-left-alliance"},
        ),
        (
            "Good Labour Left Alliance meeting in Hull tonight. Leafleting Hessle Road on "
            "Saturday for the Co-op Party.",
            set(),
        ),
        # The group's own leaflets against a policy are its leaflets.
        (
            "Handed out Socialist Appeal leaflets against the bedroom tax outside the jobcentre.",
            {"socialist-appeal"},
        ),
        # "a member of" said of the member: after "and", before ", she", in apposition.
        ("She is a Unison rep and a member of Socialist Appeal.", {"socialist-appeal"}),
        (
            "A member of Socialist Appeal since 2019, she sells the paper outside Tesco.",
            {"socialist-appeal"},
        ),
        (
            "The respondent, a longtime Socialist Appeal supporter, sells the paper.",
            {"socialist-appeal"},
        ),
        # A writer named after the noun, or the member's name before the site.
        ("Socialist Appeal carried an article of hers on the rail strikes.", {"socialist-appeal"}),
        ("Her name appears on three socialist.net articles about the NHS.", {"socialist-appeal"}),
        # A pictured stall the member ran.
        ("Posted a photo of the LLA stall she ran at Pride.", {"labour-left-alliance"}),
        # The group straight before a verb of its own is that verb's subject ...
        ("The AWL ran a stall at the fair. I walked past it.", set()),
        # ... not when set off by commas or after "of".
        (
            "Member Name, of Socialist Appeal, sold copies of the paper outside the Co-op.",
            {"socialist-appeal"},
        ),
    ],
)
def test_what_a_review_of_the_new_readings_found(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "by" names a writer only as a person: "by her", "by Aisha Rahman".
        ("Socialist Appeal ran an article on the strike by Leeds bin workers.", set()),
        # Capitals around a name, or a kind of title after it in quotes, make a title.
        (
            "Gave a talk at the Marx Memorial Library on Chartism, Workers' Liberty and the Vote.",
            set(),
        ),
        ("Spoke at the Haldane Society's \"Workers' Liberty\" seminar.", set()),
        # ... while a payee in quotes is the group.
        ("Bank statement shows £40 to 'Workers Liberty', reference 'fighting fund'.", {AWL}),
        # A paraphrase in small quotes still says the act.
        ('Evidence: she "shared a link" to the LLA crowdfunder on Facebook.', set()),
        # "now" said of a post, not of the member, leaves the date test alone.
        (
            "In 2019 she chaired a LAW meeting in Brighton. The LAW chair is now Jackie Walker.",
            set(),
        ),
        # "A member of <group>" as an answer's fragment, or fronted before the member.
        (
            "Q: Any other organisation? A: Yes. A member of LAW since it started.",
            {"labour-against-the-witchhunt"},
        ),
        (
            "A known LLA activist, Member Name chaired their Zoom call in March.",
            {"labour-left-alliance"},
        ),
        # A name joined to another, or before a passive, is not the verb's only subject.
        ("Me and the LLA ran a stall at Pride this year, great day.", {"labour-left-alliance"}),
        (
            "Socialist Appeal sold by Member Name outside Greggs every Saturday.",
            {"socialist-appeal"},
        ),
        # Someone on a pictured stall.
        (
            "Photo of the Socialist Appeal stall at freshers, I was on it from 9 till 2.",
            {"socialist-appeal"},
        ),
        # A comma joins names into a list only where an "and" closes it.
        ("Having quit Momentum, the LLA made her its treasurer in 2022.", {"labour-left-alliance"}),
    ],
)
def test_what_a_second_review_found(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Unnamed others as the subject of the act: theirs, not the member's.
        ("Reported that two members in the ward had been seen selling Socialist Appeal.", set()),
        ("Says a CLP officer has been recruiting for the Labour Left Alliance.", set()),
        ("A man in a red beanie was handing out copies of Solidarity at the picket.", set()),
        # ... unless the subject takes the member in.
        ("She and two members were selling Socialist Appeal at the station.", {"socialist-appeal"}),
        (
            "Members including Member Name sold Socialist Appeal at the market.",
            {"socialist-appeal"},
        ),
        # A word of the member's in the clause puts them in the act; a possessive is
        # no subject.
        ("Three new LIEN members signed up via me this week.", {"labour-in-exile-network"}),
        ("LLA members' bulletin: convenor Member Name.", {"labour-left-alliance"}),
        # People acted on are no subject, and a list's label is none either.
        ("Was talking to people while selling Socialist Appeal at a market.", {"socialist-appeal"}),
        # A role named as someone the member deals with is theirs.
        ("Asked the secretary of the Labour Left Alliance to take her off its list.", set()),
        ("Is the secretary of the Labour Left Alliance in Leeds.", {"labour-left-alliance"}),
    ],
)
def test_other_people_as_the_subject(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's side in a debate: the group named in brackets after the name ...
        ("Hustings, 7pm. Candidates: Member Name (Resist), plus the Labour candidate.", {"resist"}),
        (
            "Ideas for Freedom 2023: debate - Member Name (Workers' Liberty) vs an SP speaker.",
            {"alliance-for-workers-liberty"},
        ),
        # ... not after another person's.
        ("Hustings, 7pm. Candidates: Owen Parry (Resist), plus Member Name for Labour.", set()),
        # An end argued for is no side.
        ("Went to the LLA meeting to argue for the LLA to wind itself up.", set()),
        ("Went to the LLA meeting to argue for the LLA's closure.", set()),
        # Speaking for the group, with another speaker named after it: theirs.
        (
            "Debate at the union. Speaking for the LLA, Aaron Levy went head to head with her.",
            set(),
        ),
    ],
)
def test_the_members_side_in_a_debate(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group in brackets straight after the member's name is the member's own.
        (
            "Programme, Sunday: 'Building a people's party': Member Name (RESIST, Leeds).",
            {"resist"},
        ),
        (
            "Panel: M. Name (the Labour in Exile Network), chaired by Abdul Karim.",
            {"labour-in-exile-network"},
        ),
        # Not after another person's name, nor with any word before the group's.
        ("Speakers: Abdul Karim (LAW), Member Name (Momentum).", set()),
        ("Speakers: Member Name (formerly LAW), Abdul Karim (Momentum).", set()),
    ],
)
def test_the_members_group_in_brackets(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "<name> is in <group>" is no cue: in records it is most often a complaint's
        # bare claim, then doubted or denied. (A cue for it was tried and withdrawn after
        # three adversarial reviews; these are records from them.)
        "I heard Yusuf Ibrahim is in LAW. Is that true?",
        "Complaint: 'Yusuf Ibrahim is in the SLN.' No evidence attached.",
        "Yusuf Ibrahim is in the AWL, they say, but nobody has any proof.",
        "A neighbour told me Yusuf Ibrahim is in the SLN.",
        "Two of them: Adam Ibrahim is in the SLN, not this one.",
        "[19:02] Ali: Yusuf is in LAW btw [19:03] Bea: is he?",
        "Yusuf Ibrahim is in the LLA photo from the march, at the back.",
        "Yusuf Ibrahim is in LAW and Politics, final year, at Durham.",
    ],
)
def test_a_named_claim_of_being_in_the_group_is_no_cue(judge: Judge, text: str) -> None:
    assert flagged(judge, text, "Yusuf Ibrahim") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role another body's word names is that body's ...
        ("Member Name (CLP sec) reported: LLA proscribed 29/03; members reminded.", set()),
        ("Wrote to the General Secretary about a Labour Left Alliance meeting.", set()),
        # ... not where the group stands before that word or after the role.
        ("Is the LLA youth secretary for Leeds.", {"labour-left-alliance"}),
        ("Is youth secretary for the Labour Left Alliance in Leeds.", {"labour-left-alliance"}),
    ],
)
def test_another_bodys_role(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Member Name") == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Others as the subject: the member named after them, in the sentence or as the
        # answer to who they were, or as the one acting on them.
        (
            "Two members from the ward were selling Socialist Appeal outside the Co-op on "
            "Saturday, and so was Dan Price.",
            "Dan Price",
            {"socialist-appeal"},
        ),
        (
            "Someone was handing out Socialist Appeal leaflets outside the ward meeting all "
            "evening. It was Helen Ward.",
            "Helen Ward",
            {"socialist-appeal"},
        ),
        (
            "Activists seen leafleting for Resist outside the station on Saturday: Gareth "
            "Lloyd, Sue Ng.",
            "Gareth Lloyd",
            {"resist"},
        ),
        (
            "At the freshers' fair Tom Ellis spent all afternoon getting students signing up "
            "to the AWL.",
            "Tom Ellis",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Ruth Mensah deputised for the secretary of the Labour Left Alliance for six "
            "months while he was ill.",
            "Ruth Mensah",
            {"labour-left-alliance"},
        ),
        # A debate's side is the member's only when the member speaks for it.
        (
            "At the debate in Leeds, Ali Khan spoke for the Labour Left Alliance and Dan "
            "Price spoke against it.",
            "Dan Price",
            set(),
        ),
        (
            "At the Sheffield Central hustings Dan Price debated the candidate representing "
            "Resist and won the room.",
            "Dan Price",
            set(),
        ),
        # A bracket that puts the member outside the group, or describes them, is no
        # membership.
        (
            "Dan Price (LLA until 2021, long since lapsed) is now a Momentum organiser.",
            "Dan Price",
            set(),
        ),
        (
            "Dan Price (the AWL's main target on the council) has asked the regional office "
            "to stop their leaflets.",
            "Dan Price",
            set(),
        ),
        # A correction is of a thing of a group's, in its own sentence.
        (
            "Priya Shah chaired the Labour Left Alliance meeting in Leeds on 12 May, which "
            "was in fact a big success by all accounts.",
            "Priya Shah",
            {"labour-left-alliance"},
        ),
        (
            "Omar Rahim has sold Socialist Appeal at the market every Saturday since 2022. "
            "The stall was actually a shared one with the Green Party.",
            "Omar Rahim",
            {"socialist-appeal"},
        ),
        # Another body's word before a role: not when the group stands before it or is
        # named as the role's body after it.
        (
            "She is the AWL's youth organiser in South London, says the complaint about "
            "Lena Novak.",
            "Lena Novak",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Contacts list: Lena Novak, General Secretary, Labour Left Alliance.",
            "Lena Novak",
            {"labour-left-alliance"},
        ),
        (
            "Lena Novak is youth secretary of the Sheffield and District Labour Left "
            "Alliance, according to its website.",
            "Lena Novak",
            {"labour-left-alliance"},
        ),
    ],
)
def test_what_a_review_of_this_stops_changes_found(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # The people the member has do the act: the member's act.
        (
            "Dan Price, says Sue Ng, had students signing up to the AWL at his stall all day.",
            "Dan Price",
            {"alliance-for-workers-liberty"},
        ),
        # The next sentence names the member as one of the people.
        (
            "Two members were selling Socialist Appeal outside the Co-op on Saturday. One of "
            "them was Dan Price.",
            "Dan Price",
            {"socialist-appeal"},
        ),
        (
            "Two ward members were selling Socialist Appeal outside the Co-op on Saturday; "
            "she was one of them.",
            "Jo Hale",
            {"socialist-appeal"},
        ),
        # The group a few words before another body's word keeps the role its own; "on"
        # names the role's body after it.
        (
            "Lena Novak is the AWL's national youth organiser, according to their website.",
            "Lena Novak",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Dan Price has been the political editor on Socialist Appeal's website since 2022.",
            "Dan Price",
            {"socialist-appeal"},
        ),
        # A bracket that denies or describes is no membership.
        (
            "Complaint names Dan Price (LLA - he denies this) as a steward at the Leeds meeting.",
            "Dan Price",
            set(),
        ),
        (
            "Letter from Dan Price (Labour Against the Witchhunt critic) asking the CLP to "
            "refuse the group a room.",
            "Dan Price",
            set(),
        ),
        # An end argued for, a few words on, is no side.
        (
            "At the CLP debate on the ban, Dan Price argued for Resist members to be expelled "
            "from the party.",
            "Dan Price",
            set(),
        ),
    ],
)
def test_what_a_second_review_of_this_stop_found(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Several students were recruited to the AWL by the respondent at the freshers' "
            "fair in September.",
            "Callum Reid",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Several members attended the ward meeting at which the respondent handed out "
            "Socialist Appeal leaflets.",
            "Kofi Mensah",
            {"socialist-appeal"},
        ),
        (
            "A man in a Resist hoodie was collecting donations for Resist outside the "
            "Co-op. Ward members recognised him as Dan Price.",
            "Dan Price",
            {"resist"},
        ),
        (
            "Labour Left Alliance Sheffield social, Friday 7pm at the Red Deer. For "
            "tickets speak to the organiser, Dan Price.",
            "Dan Price",
            {"labour-left-alliance"},
        ),
        (
            "Jo Hale became Socialist Appeal's North West regional youth organiser in 2023.",
            "Jo Hale",
            {"socialist-appeal"},
        ),
        (
            "At the Easton hustings Dan Price debated the candidate for Resist and won the room.",
            "Dan Price",
            set(),
        ),
        (
            "Dan Price debated two Oxford students speaking for Workers' Liberty at the "
            "Union on Thursday.",
            "Dan Price",
            set(),
        ),
        (
            "Watchlist entry: Dan Price (LLA - Unconfirmed). Source: anonymous email, not "
            "yet verified.",
            "Dan Price",
            set(),
        ),
    ],
)
def test_what_a_third_review_of_this_stop_found(
    judge: Judge, text: str, name: str, expected: set[str]
) -> None:
    """Everyday records at the edges of this stop's changes: a passive's agent, a
    relative clause's own subject, the member identified next, a role with the
    member's name in apposition, a long gap between the group and a body word, the
    other side's speakers, a bracket in doubt."""
    assert flagged(judge, text, name) == expected


LAW = "labour-against-the-witchhunt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joined the Socialist Labour Network, formed by the merger of LAW and LIEN.", {SLN}),
        ("Now on the SLN organising committee (the LAW/LIEN merger).", {SLN}),
        (
            "She is a member of the SLN since LAW merged into it, and sent round their "
            "membership form.",
            {SLN},
        ),
        ("Organised an SLN meeting - the outfit LAW and Labour in Exile merged into.", {SLN}),
        ("Joined the SLN when LIEN merged in, and pays her dues monthly.", {SLN}),
        ("The SLN, successor to LAW, thanked him for his donation.", {SLN}),
        # The old name standing on its own still counts; only the merger's words do not.
        ("Stayed on as LAW's treasurer after LAW merged with LIEN.", {LAW}),
        ("Treasurer of LAW until it merged into the SLN.", {LAW}),
        ("Spoke at a LIEN rally in the week LAW and LIEN announced the merger.", {LIEN}),
        # A review's edges: the merger as the old bodies' own event or act, and a stop or
        # comma between the name and the merger's words.
        ("Organised the LAW/LIEN merger conference that founded the SLN.", {LAW, LIEN}),
        (
            "Paid monthly subs to LAW and LIEN, and later merged the two standing orders "
            "into one payment to the SLN.",
            {LAW, LIEN, SLN},
        ),
        ("Treasurer of LAW. Merger with LIEN into the SLN came the next spring.", {LAW}),
        ("Seized list: member of LAW, merged into the SLN the next year.", {LAW}),
        # Only beside the successor's name: without it, nothing takes the acts over.
        ("Gave £50 to LAW. Merger with LIEN was announced the following week.", {LAW}),
    ],
)
def test_a_predecessor_named_in_its_merger(judge: Judge, text: str, expected: set[str]) -> None:
    """A body named only as what merged into its successor is not the one acted for."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group's name heads the record: what follows is under it.
        ("Labour Left Alliance - Cardiff, spring. Welcome desk: Jo Bloggs.", {LLA}),
        ("Org: SLN; Act: paid £20 by bank transfer; Source: bank statement.", {SLN}),
        ("labourleft.org › Events: 'Housing now', Leeds. Stewards: Jo Bloggs, Ann Lee.", {LLA}),
        # Another person's part under the heading is theirs.
        ("Labour Left Alliance - Cardiff, spring. Welcome desk: Dan Morley.", set()),
        # A part for a body the phrase names is that body's; a place is only where.
        ("LLA - keyword hit. Jo's post says she chaired the branch meeting of her CLP.", set()),
        ("LABOUR LEFT ALLIANCE\nHousing night\nHosted by Jo Bloggs at Leeds Civic Hall", {LLA}),
        # A heading in doubt is no heading.
        ("Org: SLN?; Act: keyword hit only, member's post about a bank; false hit.", set()),
        # A sentence that opens with the name is no heading.
        ("Labour Left Alliance people were outside. Jo ran the tombola for the school.", set()),
    ],
)
def test_a_heading_names_the_group_of_what_follows(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The member's own statement after the one group's name is about that group.
        ("The Labour Left Alliance is a broad network. I'm a member, I pay subs monthly.", {LLA}),
        (
            "Good turnout at the LLA in Hull last night. Thanks all - I'll be chairing "
            "again next month.",
            {LLA},
        ),
        (
            "People keep saying Labour in Exile is dead. Not from where I sit: I renewed my "
            "membership this morning.",
            {LIEN},
        ),
        # So is a statement with no subject of its own, the writer's.
        ("Back from the LLA conference, knackered. Did the welcome speech.", {LLA}),
        ("The Labour Left Alliance is banned now. Proud to be a supporter all the same.", {LLA}),
        # So is one just before the tags that close the post, not one a question ends.
        ("Spring bulletin is out, my last as editor - thank you all! #LabourLeftAlliance", {LLA}),
        ("I'm the editor now. Guess who's banned? #LabourLeftAlliance", set()),
        # An act with an object of its own is about that object, past words of when.
        (
            "The Labour Left Alliance was out in force. Canvassed all afternoon for our "
            "council candidate.",
            set(),
        ),
        ("My friends say the Labour Left Alliance was worth hearing. I was at my sister's.", set()),
        ("The LLA held a rally in town. Also attended the Momentum social.", set()),
        ("The Labour Left Alliance wrote to me. I'm a Labour member myself.", set()),
        ("The Labour Left Alliance wants my vote. I sold the Morning Star for years.", set()),
        # Nor when the group was only present at an event that is not its own.
        ("Socialist Appeal people were at the demo. I was stewarding.", set()),
        ("Complaint says I was with the LLA at the march. I was stewarding, that's all.", set()),
        # Not after a question that names the group, nor in a record naming two groups.
        ("Did I give money to the Labour Left Alliance? I gave a fiver to my niece.", set()),
        # Nor in a "when I ..." phrase: a time of the act, not an act.
        (
            "The Labour Left Alliance is skint again. I'll do the same as last year when I "
            "get paid.",
            set(),
        ),
        ("Momentum and the LLA both had stalls. I'm a member, I pay subs monthly.", set()),
    ],
)
def test_the_members_own_statement_after_the_one_groups_name(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name="Jo Bloggs") == expected


def test_a_line_break_ends_a_clause_whatever_the_characters(judge: Judge) -> None:
    """A forwarded email's header and the member's note below it are apart, in a text
    with a dash or a pound sign as in one without."""
    text = (
        "From: info@labourleft.org \u2013 Subject: the LLA weekly bulletin\n"
        "Jo's note: I must have given my email at a demo."
    )
    assert flagged(judge, text, name="Jo Bloggs") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the stall" straight after the member's act points back to the group's stall.
        (
            "Photo: Jo at the Labour Left Alliance stall at Pride. At interview she "
            "confirmed she ran the stall all day.",
            {LLA},
        ),
        (
            "Who's going to the Festival of Resistance? I'll be running the bookstall again.",
            {RESIST},
        ),
        # Standing at it is a place, not an act on it; another stall is another's.
        (
            "Jo was seen at the Labour Left Alliance stall. CCTV shows her at the stall for "
            "two minutes, chatting.",
            set(),
        ),
        (
            "Jo was seen near the Labour Left Alliance stall. She then ran the tombola stall "
            "for the church.",
            set(),
        ),
        ("The AWL had a stall at the fair. I ran the stall next to it.", set()),
    ],
)
def test_the_stall_named_again_after_the_members_act(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's own candidate is what the member campaigns against
        (
            "Aisha campaigned against the candidate standing for Resist in the by-election, "
            "knocking doors for our Labour candidate.",
            set(),
        ),
        ("Ruth leafleted against the candidate for Resist outside the station.", set()),
        # a comment that speaks against the shared post's group is no part in it
        (
            "Shared the AWL's Ideas for Freedom post, adding: I'm speaking against their "
            "line on Israel at our CLP on Monday.",
            set(),
        ),
        # a dash holds back what the membership is of
        (
            "Socialist Appeal keep emailing me. I'm a member — of Unite and the Labour "
            "Party, nothing else.",
            set(),
        ),
    ],
)
def test_what_a_review_of_the_merged_changes_found(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """Records at the edges of this stop's merged changes that they first got wrong."""
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's stall, named by whom it is for
        (
            "Walked past the Socialist Appeal stall at the festival. I'll be running the "
            "bookstall again for the CLP next month.",
            set(),
        ),
        (
            "Stopped at the Labour Left Alliance stall to tell them what I thought of them. "
            "Ran the stall for the Co-op Party afterwards.",
            set(),
        ),
        # a sentence that asks, whatever title it quotes
        (
            "Did Amir really sell the AWL pamphlet 'Can Socialism Make Sense?' at the "
            "freshers fair? Nobody saw it.",
            set(),
        ),
        # reporting on a meeting, then the member's own part in it
        (
            "Reported another Labour Left Alliance meeting in the branch bulletin: I chaired "
            "it and about thirty came.",
            {"labour-left-alliance"},
        ),
        # a joke set aside is no joke
        (
            "April fools pranks aside, I do steward for Resist every month and will keep doing it.",
            {"resist"},
        ),
    ],
)
def test_what_a_second_review_of_the_merged_changes_found(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """Records at the edges of the stop's later merged changes that they first got wrong."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Labour Left Alliance — monitoring note. Member's post: 'Chaired my ward meeting "
        "tonight, good turnout, thanks all.'",
        "Workers' Liberty — investigator note. Member says he stewarded the Pride march for "
        "the trades council and spoke at the CLP.",
    ],
)
def test_a_group_named_as_the_records_topic_is_no_heading(judge: Judge, text: str) -> None:
    """A group's name before what the record calls itself ("- monitoring note") is its
    topic, not the heading of the group's own event: the acts after it are not its."""
    assert flagged(judge, text, name="Jo Bloggs") == set()


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # a bulletin's thanks to someone else for their report
        (
            "Kevin Lyle",
            "Resist bulletin: thanks to Dave for his report from the Bristol rally.",
            set(),
        ),
        # a short form of the member's given name before another surname is a namesake
        (
            "Kevin Marsh",
            "Ideas for Freedom (Workers' Liberty), Saturday social. Raffle organised by "
            "Kev Dobson.",
            set(),
        ),
        # "that explainer" is a piece only where the clause puts it on the group's site
        (
            "Polly Marsh",
            "Wrote that explainer on why Socialist Appeal is wrong about the unions - it's up "
            "on LabourList.",
            set(),
        ),
        (
            "Polly Marsh",
            "I wrote that explainer on labourleft.org last week.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_what_a_review_of_the_tie_changes_found(
    judge: Judge, name: str, text: str, expected: set[str]
) -> None:
    """Records at the edges of this stop's new ties that they first got wrong."""
    assert flagged(judge, text, name=name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shared a Labour Left Alliance recruitment video in the ward chat to mock it.", set()),
        ("Forwarded the AWL campaign email to the secretary with 'is this allowed?'", set()),
        ("Saw people posting Socialist Appeal recruitment links in the branch group.", set()),
        # the member's own recruiting still counts
        (
            "Has been recruiting for the Labour Left Alliance at the college all week.",
            {"labour-left-alliance"},
        ),
        ("Ran the Socialist Appeal recruitment stall at freshers' fair.", {"socialist-appeal"}),
    ],
)
def test_a_campaign_noun_before_its_material_names_a_thing(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """ "a Socialist Appeal recruitment graphic": the group's material, which the member
    shares, reports or receives, not the member's recruiting."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can't believe the union let the Labour Left Alliance book a room for their AGM.", set()),
        (
            "Booked the room for the Labour Left Alliance's AGM again this year.",
            {"labour-left-alliance"},
        ),
        (
            "Was on the Socialist Appeal book stall at freshers' fair all afternoon.",
            {"socialist-appeal"},
        ),
    ],
)
def test_the_group_books_its_own_room(judge: Judge, text: str, expected: set[str]) -> None:
    """ "let the LLA book a room": the group's act, the booking verb straight after its
    name; "the Socialist Appeal book stall" is a noun."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Went to the May Day rally organised by the trades council - the Labour Left "
            "Alliance had a stall there.",
            set(),
        ),
        (
            "Went to the rally organised by the Labour Left Alliance - great turnout, I stewarded.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_dash_ends_the_organisers_name(judge: Judge, text: str, expected: set[str]) -> None:
    """ "organised by the trades council - the LLA had a stall there": the group after
    the dash is no organiser of the event, which is someone else's."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Says she chaired the LLA branch meeting 'last winter', i.e. before March 2022, "
            "and none since.",
            set(),
        ),
        (
            "Chaired the LLA branch meeting, e.g. the one in May 2023, and most others since.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_i_e_goes_on_with_its_clause(judge: Judge, text: str, expected: set[str]) -> None:
    """ "i.e. before March 2022" glosses the act before it: its dot ends no clause, so the
    date dates the act."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stewarded a Labour in Exile Network successor meeting, billed as a Socialist "
            "Labour Network public forum, at the Crown on Friday.",
            {"socialist-labour-network"},
        ),
        (
            "Chaired the Labour in Exile Network meeting that discussed a successor body with "
            "the Socialist Labour Network.",
            {"labour-in-exile-network"},
        ),
    ],
)
def test_a_successor_named_after_its_predecessor(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """ "a LIEN successor meeting, billed as an SLN forum": the old name says where the
    successor came from; the meeting is the successor's."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jo has Socialist Appeal leaflets on her desk at work.", set()),
        ("Stewarded the Pride march for the CLP; Resist banner nearby.", set()),
        ("Has been handing out Socialist Appeal leaflets at the station.", {"socialist-appeal"}),
        ("LLA stall at the fringe today, me and Rita did three hours.", {"labour-left-alliance"}),
    ],
)
def test_a_groups_thing_kept_or_nearby(judge: Judge, text: str, expected: set[str]) -> None:
    """ "has AWL leaflets in her house" is having them, not handing them out; "Resist
    banner nearby" only places the group's banner near the member."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flagged another Labour Left Alliance post to Twitter as hate speech.", set()),
        (
            "Gave a speech at the Labour Left Alliance rally on free speech.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_hate_speech_is_no_speech_given(judge: Judge, text: str, expected: set[str]) -> None:
    """ "hate speech", "free speech" name a kind of talk, not a speech at an event."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Shah writes: Socialist Appeal has never understood the unions.", set()),
        ("Writes for: Socialist Appeal, the Morning Star.", {"socialist-appeal"}),
    ],
)
def test_a_colon_straight_before_the_name(judge: Judge, text: str, expected: set[str]) -> None:
    """ "<Name> writes: Socialist Appeal has ...": the words after the colon are what
    was written, and the group is their topic, not the outlet."""
    assert flagged(judge, text, name="Priya Shah") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Read the Socialist Appeal pamphlet and called it 'well written, badly argued'.", set()),
        ("Has written for Socialist Appeal every month this year.", {"socialist-appeal"}),
    ],
)
def test_well_written_is_a_readers_word(judge: Judge, text: str, expected: set[str]) -> None:
    """ "well written" judges a piece someone else wrote; it is no writing for the group."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pete Holloway took on the LAW mailout rota; I told him to leave it.", set()),
        ("Pete Holloway staffed the Labour Left Alliance stall all day.", set()),
        # a namesake: the member's given name, another surname
        ("Kevin Dobson sold Socialist Appeal at the station on Saturday.", set()),
        # the member by name, or a heading that only looks like a name
        ("Kevin Marsh sold Socialist Appeal at the station on Saturday.", {"socialist-appeal"}),
        ("Tweet: 'Just been elected to the SLN national committee.'", {"socialist-labour-network"}),
        (
            "Paisley Daily Express: Kevin Marsh has been elected to the national committee of "
            "the Labour Left Alliance.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_another_person_named_in_full_acts_for_themselves(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """A clause that opens with someone else's full name tells what they did, even
    when they share the member's given name (the member here is Kevin Marsh)."""
    assert flagged(judge, text, name="Kevin Marsh") == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the member's surname misspelt, or in another form, is still the member's
        (
            "Anjali Deshpande",
            "Anjali Despande writes regularly for Solidarity, the AWL's weekly paper.",
            {"alliance-for-workers-liberty"},
        ),
        (
            "Ewa Kowalska",
            "Ewa Kowalski was elected treasurer of the Labour Left Alliance's Manchester group.",
            {"labour-left-alliance"},
        ),
        # a title before another's full name
        (
            "Tom Birch",
            "Professor Anne Walsh spoke at the Labour Against the Witchhunt meeting. Tom Birch "
            "wrote to the CLP to complain about it.",
            set(),
        ),
    ],
)
def test_what_a_review_of_named_others_found(
    judge: Judge, name: str, text: str, expected: set[str]
) -> None:
    """Records at the edges of `named_others` that its first version got wrong."""
    assert flagged(judge, text, name=name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listing of other people: the label's cues are theirs
        ("Labour Left Alliance summer school stewards: Dan Marsh, Priya Khan.", set()),
        ("Socialist Appeal paper sellers at the station: Joe Bright and Ama Owusu.", set()),
        # the member among the names, by name or by initial, or named in the label
        (
            "Labour Left Alliance summer school stewards: Priya Khan, Kevin Marsh.",
            {"labour-left-alliance"},
        ),
        (
            "Labour Left Alliance summer school stewards: K. Marsh, Priya Khan.",
            {"labour-left-alliance"},
        ),
        (
            "LLA meeting chaired by Kevin Marsh, also on the top table: Dan Price, Jo Lee.",
            {"labour-left-alliance"},
        ),
        # not a listing of people: a group's name, or more than names after the colon
        ("Stall, Durham Miners Gala: Socialist Appeal.", {"socialist-appeal"}),
        (
            "Labour Left Alliance stewards: Dan Price, Jo Lee and the member himself.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_listing_of_other_people_after_a_colon(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """ "<event> volunteers: <names>" lists who did it; when none of the names may be
    the member (here Kevin Marsh - "Dan Marsh" shares only the surname), the label's
    cues are those people's acts, not the member's."""
    assert flagged(judge, text, name="Kevin Marsh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another person's words in the first person: theirs
        (
            "'We are proud members of the Labour Left Alliance,' said Dan Price, standing "
            "beside Kevin Marsh at the rally.",
            set(),
        ),
        ("\u2018I chair the LLA branch in Leeds,\u2019 says Priya Khan.", set()),
        # the member speaking, by surname or title; or someone telling of the member
        ("'I chair the LLA branch in Leeds,' said Kevin Marsh.", {"labour-left-alliance"}),
        ("'I chair the LLA branch in Leeds,' said Cllr Marsh.", {"labour-left-alliance"}),
        (
            "'We chair the LLA branch in Leeds together,' said Dan Price and Kevin Marsh.",
            {"labour-left-alliance"},
        ),
        (
            "'She chaired the Labour Left Alliance meeting, I was there,' said Dan Price.",
            {"labour-left-alliance"},
        ),
    ],
)
def test_a_quote_said_by_another_named_person(judge: Judge, text: str, expected: set[str]) -> None:
    """A first-person quote followed by "said <another's name>" tells that person's
    acts, not the member's (here Kevin Marsh)."""
    assert flagged(judge, text, name="Kevin Marsh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only "proud to be" and its like say the frame of the writer
        ("Post: 'Proud to be a LAW member, always will be.'", {"labour-against-the-witchhunt"}),
        (
            "Mbr posted: 'I'm never going to be a Socialist Appeal supporter, they are sectarian.'",
            set(),
        ),
        ("Mbr wants to be a LAW member, she told the ward meeting.", set()),
        # a role of the party's, with its rank before it, is someone the member wrote to
        (
            "Complained to the general secretary that the Resist meeting on the proscriptions "
            "was advertised in the CLP newsletter.",
            set(),
        ),
    ],
)
def test_what_a_review_of_the_exclusion_changes_found(
    judge: Judge, text: str, expected: set[str]
) -> None:
    """Records at the edges of this stop's narrowed exclusions that they first got wrong."""
    assert flagged(judge, text, name="Jo Bloggs") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Solidarity for the AWL" names one group twice; the list goes on after it
        (
            "Dai sells Solidarity for the AWL and Socialist Appeal too, most Saturdays.",
            {AWL, "socialist-appeal"},
        ),
    ],
)
def test_a_paper_and_its_group_in_a_list(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the member's reply names no group: their part is in the event the turn before
        # reported
        (
            "[Kofi] great launch, we raised £200 for the SLN on the door\n"
            "[Maya] I put a fiver in the bucket on the way out",
            {SLN},
        ),
        # not an answer to a question, which may be a no
        (
            "[Kofi] anyone going to the SLN launch tonight?\n"
            "[Maya] not this time, I've paid for the panto tickets already",
            set(),
        ),
        # nor an act for another body the reply names
        (
            "[Kofi] great launch, we raised £200 for the SLN on the door\n"
            "[Maya] I gave a fiver to Unite's strike fund instead",
            set(),
        ),
        # nor someone else's act told by the member
        (
            "[Kofi] great launch, we raised £200 for the SLN on the door\n"
            "[Maya] my brother put a fiver in the bucket",
            set(),
        ),
        (
            "[Kofi] great launch, we raised £200 for the SLN on the door\n"
            "[Maya] Dev put a fiver in the bucket, I just watched",
            set(),
        ),
    ],
)
def test_the_members_reply_to_a_report_in_a_chat(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, "Maya Shah") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own event, in a post whose closing tags name one group
        (
            "Maya posted: 'Great turnout at our Marxist school today, 80 comrades! "
            "#SocialistAppeal'",
            {"socialist-appeal"},
        ),
        (
            "Maya on X: 'Full room at our Leeds branch tonight! #SocialistAppeal #IMT'. "
            "The photo shows her at the front.",
            {"socialist-appeal"},
        ),
        # another body's event of the writer's
        (
            "Maya posted: 'Great turnout at our Labour branch meeting today! #SocialistAppeal'",
            set(),
        ),
        ("Maya posted: 'Great turnout at our CLP meeting today! #LabourLeftAlliance'", set()),
        # a tag inside the sentence is about what the sentence says of it
        (
            "Maya posted: 'Great turnout at our school today, shame about the "
            "#SocialistAppeal hecklers'",
            set(),
        ),
        # another person's post
        (
            "Her friend Dev Patel posted: 'Great turnout at our Marxist school today! "
            "#SocialistAppeal'",
            set(),
        ),
    ],
)
def test_our_event_in_a_post_tagged_with_one_group(
    judge: Judge, text: str, expected: set[str]
) -> None:
    assert flagged(judge, text, "Maya Shah") == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the member's given name misspelt in a listing
        (
            "Alison Carter",
            "Labour Left Alliance organising group: Allison Carter, Joe Finn.",
            {"labour-left-alliance"},
        ),
        # the member's own words, said under a short form of the given name
        (
            "Olawale Nwosu",
            "'I chaired the AWL day school on Saturday,' said Ola.",
            {"alliance-for-workers-liberty"},
        ),
    ],
)
def test_what_a_review_of_listings_and_quotes_found(
    judge: Judge, name: str, text: str, expected: set[str]
) -> None:
    """Records at the edges of `listed_others` and `quoted_speakers_acts` that their
    first versions got wrong: the member named as the writer had it."""
    assert flagged(judge, text, name=name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Others of the group beside the member in her own act are her companions: her
        # act, which names the group before them, stands ...
        (
            "Photo shows Nadia selling Solidarity outside the market alongside two AWL members.",
            {AWL},
        ),
        # ... not an act of hers that names no group, nor one whose subject may be another.
        ("Nadia was at the Momentum stall alongside two AWL members.", set()),
        ("Nadia handed out Momentum leaflets alongside two AWL activists.", set()),
        ("She sold Socialist Appeal alongside two Socialist Appeal supporters.", set()),
    ],
)
def test_others_of_the_group_beside_the_member(judge: Judge, text: str, expected: set[str]) -> None:
    assert flagged(judge, text, "Nadia Brooks") == expected
