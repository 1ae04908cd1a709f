"""The rules loader: the shipped rules, and every way a hand-edited file can go wrong.

A rule author must be told where each problem is, as `path:line:col: message`, and a
hostile file (code tags, alias bombs, huge files) must end in a RulesError, never in
code run, memory exhausted or a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from exclcheck import rules as rules_module
from exclcheck.rules import (
    MAX_RULES_BYTES,
    RULES_ENV,
    RulesError,
    default_rules_path,
    load_rules,
    rules_paths,
)
from exclcheck.ruleset import AliasKind, RuleSet
from exclcheck.yamlfile import MAX_NODES, YamlFileError, compose

from .conftest import RULES_DIR

SHIPPED = RULES_DIR / "labour-nec.yaml"

# A small valid file; cases below add to it or break one line of it.
BASE = """\
version: 1
organisations:
  - id: alpha
    name: Alpha Group
    proscribed_on: 2021-07-20
criteria:
  - id: membership
    cues: [member]
"""


def write(folder: Path, text: str, name: str = "rules.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(paths: list[Path]) -> list[str]:
    """The problems load_rules reports, as the lines a rule author reads."""
    with pytest.raises(RulesError) as caught:
        load_rules(paths)
    lines = [str(p) for p in caught.value.problems]
    assert str(caught.value) == "\n".join(lines)
    return lines


# --- the shipped rules ------------------------------------------------------------


@pytest.mark.parametrize(
    ("org_id", "proscribed_on"),
    [
        ("socialist-appeal", dt.date(2021, 7, 20)),
        ("labour-in-exile-network", dt.date(2021, 7, 20)),
        ("labour-against-the-witchhunt", dt.date(2021, 7, 20)),
        ("resist", dt.date(2021, 7, 20)),
        ("labour-left-alliance", dt.date(2022, 3, 29)),
        ("socialist-labour-network", dt.date(2022, 3, 29)),
        ("alliance-for-workers-liberty", dt.date(2022, 3, 29)),
    ],
)
def test_shipped_organisation_proscription_dates(
    rules: RuleSet, org_id: str, proscribed_on: dt.date
) -> None:
    assert rules.organisation(org_id).proscribed_on == proscribed_on


def test_shipped_rules_hold_exactly_seven_organisations(rules: RuleSet) -> None:
    assert [org.id for org in rules.organisations] == [
        "socialist-appeal",
        "labour-in-exile-network",
        "labour-against-the-witchhunt",
        "resist",
        "labour-left-alliance",
        "socialist-labour-network",
        "alliance-for-workers-liberty",
    ]
    assert rules.sources == (str(SHIPPED),)
    assert len(rules.sha256) == 64
    assert rules.criteria
    assert rules.exclusions


def test_shipped_law_abbreviation_is_case_sensitive(rules: RuleSet) -> None:
    law = rules.organisation("labour-against-the-witchhunt")
    by_text = {alias.text: alias for alias in law.aliases}
    assert by_text["LAW"].kind is AliasKind.ABBREVIATION
    assert by_text["LAW"].case_sensitive is True
    assert by_text["LAW"].threshold == 100.0
    # The full name is matched without regard to case.
    assert by_text["Labour Against the Witchhunt"].kind is AliasKind.NAME
    assert by_text["Labour Against the Witchhunt"].case_sensitive is False


def test_shipped_sln_merged_from_law_and_lien(rules: RuleSet) -> None:
    sln = rules.organisation("socialist-labour-network")
    assert sln.merged_from == ("labour-against-the-witchhunt", "labour-in-exile-network")
    assert sln.successor_of == ()
    assert "SLN" in {alias.text for alias in sln.aliases}


def test_default_rules_are_the_shipped_ones(
    rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(RULES_ENV, raising=False)
    assert rules_paths([]) == [default_rules_path()]
    default = load_rules(rules_paths([]))
    assert [org.id for org in default.organisations] == [org.id for org in rules.organisations]
    assert default.sha256 == rules.sha256


# --- one problem, at its line -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        pytest.param(
            BASE.replace("    proscribed_on", "    aliass: [Alpha]\n    proscribed_on"),
            5,
            5,
            "unknown key 'aliass' in an organisation; did you mean 'aliases'? (expected: ",
            id="unknown-key-with-hint",
        ),
        pytest.param(
            BASE.replace("version: 1", "version: 1\nsetings: {}"),
            2,
            1,
            "unknown key 'setings' in the rules file; did you mean 'settings'?",
            id="unknown-top-key-with-hint",
        ),
        pytest.param(
            BASE.replace("criteria:", "  - id: alpha\n    name: Alpha Again\ncriteria:"),
            6,
            5,
            "duplicate organisation id 'alpha' (first at {path}:3)",
            id="duplicate-organisation-id",
        ),
        pytest.param(
            BASE.replace("    name: Alpha Group", "    name: Alpha Group\n    name: Alpha"),
            5,
            5,
            "duplicate key 'name' in an organisation",
            id="duplicate-key",
        ),
        pytest.param(
            BASE.replace("    cues: [member]", "    cues: [member]\n    direction: forwards"),
            9,
            16,
            "direction must be one of before, after, either, not 'forwards'",
            id="criterion-direction",
        ),
        pytest.param(
            BASE.replace("2021-07-20", "2021-13-01"),
            5,
            20,
            "proscribed_on: month must be in 1..12",
            id="impossible-date",
        ),
        pytest.param(
            BASE.replace("2021-07-20", "last July"),
            5,
            20,
            "proscribed_on must be a date as YYYY-MM-DD, not 'last July'",
            id="date-in-words",
        ),
        pytest.param(
            BASE.replace("Alpha Group", '""'),
            4,
            11,
            "the name of 'alpha' must not be empty",
            id="empty-name",
        ),
        pytest.param(
            BASE.replace("Alpha Group", "'   '"),
            4,
            11,
            "the name of 'alpha' must not be empty",
            id="blank-name",
        ),
        pytest.param(
            BASE.replace("    name: Alpha Group\n", ""),
            3,
            5,
            "an organisation is missing 'name'",
            id="missing-name",
        ),
        pytest.param(
            BASE.replace("[member]", "[]"),
            8,
            11,
            "the cues of 'membership' must list at least one item",
            id="empty-cues",
        ),
        pytest.param(
            BASE.replace(" [member]", ""),
            8,
            10,
            "the cues of 'membership' must list at least one item",
            id="null-cues",
        ),
        pytest.param(
            BASE.replace("version: 1", "version: 2"),
            1,
            10,
            "version 2 is not supported (this exclcheck reads version 1)",
            id="unsupported-version",
        ),
        pytest.param(
            BASE.replace("    cues: [member]", "    cues: [member\n  - id: other"),
            9,
            7,
            "YAML syntax: expected ',' or ']', but got ':'",
            id="yaml-syntax-unclosed-flow",
        ),
        pytest.param(
            BASE.replace("    name: Alpha Group", "   name: Alpha Group"),
            4,
            4,
            "YAML syntax: ",
            id="yaml-syntax-bad-indent",
        ),
        pytest.param(
            BASE.replace("Alpha Group", '!!python/object/apply:os.system "touch pwned"'),
            4,
            11,
            "could not determine a constructor for the tag "
            "'tag:yaml.org,2002:python/object/apply:os.system' (only plain YAML values",
            id="python-tag-on-scalar",
        ),
        pytest.param(
            BASE.replace("Alpha Group", '!!python/object/apply:os.system ["touch pwned"]'),
            4,
            11,
            "the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed",
            id="python-tag-on-sequence-where-value-expected",
        ),
        pytest.param(
            BASE.replace(
                "criteria:", "  - id: beta\n    name: Beta\n    successor_of: alpa\ncriteria:"
            ),
            6,
            5,
            "'beta' links to unknown organisation 'alpa'; did you mean 'alpha'?",
            id="successor-of-unknown-with-hint",
        ),
        pytest.param(
            BASE.replace(
                "criteria:",
                "  - id: beta\n    name: Beta\n    merged_from: [zzzzzz]\ncriteria:",
            ),
            6,
            5,
            "'beta' links to unknown organisation 'zzzzzz'",
            id="merged-from-unknown",
        ),
        pytest.param(
            BASE.replace("    proscribed_on: 2021-07-20\n", ""),
            3,
            5,
            "'alpha' has no proscribed_on (and is no successor of one that has)",
            id="no-date-anywhere",
        ),
        pytest.param(
            BASE.replace("[member]", '[member, "couldn t|could not make it"]'),
            8,
            20,
            "cue 'couldn t|could not make it' splits a contraction: 'a|b' offers one word "
            "for another",
            id="cue-splits-a-contraction",
        ),
        pytest.param(
            BASE + "findings: []\n",
            9,
            11,
            "findings must list at least one item",
            id="empty-findings",
        ),
        pytest.param(
            BASE + "findings: [is support, [upheld]]\n",
            9,
            24,
            "an item of findings must be a single value, not a list or mapping",
            id="findings-item-not-a-string",
        ),
        pytest.param(
            BASE
            + "exclusions:\n  - id: reporting\n    scope: clause\n    cues: [about]\n"
            + '    unless_later: [she attended, "he|she chaired"]\n',
            13,
            34,
            "unless_later phrase 'he|she chaired' is plain words",
            id="unless-phrase-with-alternatives",
        ),
        pytest.param(
            BASE
            + "exclusions:\n  - id: debate\n    scope: record\n    cues: [took on]\n"
            + "    unless_object: [rota, creche rota]\n",
            13,
            27,
            "unless_object 'creche rota' is one word",
            id="unless-object-of-two-words",
        ),
        pytest.param(
            BASE.replace("    proscribed_on", "    threshold: 101\n    proscribed_on"),
            5,
            16,
            "threshold must be between 0 and 100, not 101",
            id="threshold-out-of-range",
        ),
        pytest.param(
            BASE.replace(
                "    proscribed_on",
                "    aliases:\n      - {text: Alpha Beta, needs_context: true, context: [member],"
                " party_label: true}\n    proscribed_on",
            ),
            6,
            81,
            "party_label is for a one-word name that needs context, not 'Alpha Beta'",
            id="party-label-of-two-words",
        ),
    ],
)
def test_a_problem_is_reported_at_its_line(
    tmp_path: Path, text: str, line: int, column: int, message: str
) -> None:
    path = write(tmp_path, text)
    [problem] = problems_of([path])
    prefix = f"{path}:{line}:{column}: "
    assert problem.startswith(prefix), problem
    assert message.format(path=path) in problem.removeprefix(prefix)


def test_a_broken_item_puts_no_later_phrase_out_of_step(tmp_path: Path) -> None:
    text = (
        BASE + "exclusions:\n  - id: reporting\n    scope: clause\n    cues: [about]\n"
        '    unless_later: [12, referred, "upheld|proven"]\n'
    )
    path = write(tmp_path, text)
    problems = problems_of([path])
    assert any(
        p.startswith(f"{path}:13:34: ") and "'upheld|proven' is plain words" in p for p in problems
    ), problems


def test_a_python_tag_runs_no_code(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = BASE.replace("Alpha Group", f'!!python/object/apply:os.system "touch {marker}"')
    with pytest.raises(RulesError):
        load_rules([write(tmp_path, text)])
    assert not marker.exists()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            BASE.replace("[member]", '!!python/object/apply:os.system ["touch pwned"]'),
            id="on-the-cues-list",
        ),
        pytest.param(
            BASE.replace("  - id: alpha", "  - !!python/object/apply:os.system\n    id: alpha"),
            id="on-an-organisation-mapping",
        ),
    ],
)
def test_a_python_tag_on_a_collection_is_refused(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    [problem] = problems_of([path])
    assert "python/object/apply" in problem


def test_successor_links_forming_a_cycle(tmp_path: Path) -> None:
    text = BASE.replace(
        "criteria:",
        "  - id: beta\n    name: Beta\n    successor_of: gamma\n"
        "  - id: gamma\n    name: Gamma\n    successor_of: [beta]\n"
        "criteria:",
    )
    path = write(tmp_path, text)
    assert problems_of([path]) == [
        f"{path}:6:5: successor links of 'beta' form a cycle",
        f"{path}:9:5: successor links of 'gamma' form a cycle",
    ]


def test_a_successor_of_itself_is_a_cycle(tmp_path: Path) -> None:
    text = BASE.replace("    proscribed_on", "    successor_of: alpha\n    proscribed_on")
    path = write(tmp_path, text)
    assert problems_of([path]) == [f"{path}:3:5: successor links of 'alpha' form a cycle"]


def test_a_successor_without_a_date_inherits_its_predecessors(tmp_path: Path) -> None:
    text = BASE.replace(
        "criteria:",
        "  - id: beta\n    name: Beta\n    successor_of: alpha\n"
        "  - id: gamma\n    name: Gamma\n    successor_of: [beta]\n"
        "  - id: delta\n    name: Delta\n    proscribed_on: 2023-01-02\n"
        "  - id: epsilon\n    name: Epsilon\n    successor_of: [delta, gamma]\n"
        "  - id: zeta\n    name: Zeta\n    successor_of: alpha\n    proscribed_on: 2024-05-06\n"
        "criteria:",
    )
    rules = load_rules([write(tmp_path, text)])
    dates = {org.id: org.proscribed_on for org in rules.organisations}
    assert dates == {
        "alpha": dt.date(2021, 7, 20),
        "beta": dt.date(2021, 7, 20),  # from alpha
        "gamma": dt.date(2021, 7, 20),  # from alpha, through beta
        "delta": dt.date(2023, 1, 2),
        "epsilon": dt.date(2021, 7, 20),  # the earlier of its predecessors'
        "zeta": dt.date(2024, 5, 6),  # its own date wins
    }
    assert rules.organisation("gamma").successor_of == ("beta",)


def test_several_problems_are_reported_together(tmp_path: Path) -> None:
    text = """\
    version: 1
    organisations:
      - id: alpha
        name: Alpha Group
        aliass: [Alpha]
        proscribed_on: 2021-07-20
      - id: beta
        name: Beta
        proscribed_on: sometime
      - id: gamma
        name: ""
        proscribed_on: 2021-07-20
    criteria:
      - id: membership
        cues: []
      - id: role
        cues: [officer]
        reach: lots
    """
    path = write(tmp_path, text)
    problems = problems_of([path])
    assert [p.split(": ", 1)[0] for p in problems] == [
        f"{path}:5:5",
        f"{path}:9:20",
        f"{path}:11:11",
        f"{path}:15:11",
        f"{path}:18:12",
    ]
    assert "unknown key 'aliass'" in problems[0]
    assert "not 'sometime'" in problems[1]
    assert "must not be empty" in problems[2]
    assert "must list at least one item" in problems[3]
    assert "reach must be a number, not str 'lots'" in problems[4]


def test_problems_in_several_files_are_reported_together(tmp_path: Path) -> None:
    broken_syntax = write(tmp_path, "version: 1\norganisations: [\n", "a.yaml")
    unknown_key = write(tmp_path, BASE.replace("cues:", "cuez:"), "b.yaml")
    problems = problems_of([broken_syntax, unknown_key])
    assert len(problems) == 3
    assert problems[0].startswith(f"{broken_syntax}:3:1: YAML syntax: ")
    assert problems[1].startswith(f"{unknown_key}:8:5: unknown key 'cuez' in a criterion")
    assert "did you mean 'cues'?" in problems[1]
    assert problems[2] == f"{unknown_key}:7:5: a criterion is missing 'cues'"


# --- hostile files ----------------------------------------------------------------


def test_a_billion_laughs_is_refused(tmp_path: Path) -> None:
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    text = "version: 1\nbomb:\n" + "".join(f"  {level}\n" for level in levels)
    text += "organisations: *i\ncriteria: *i\nlookalikes: *i\n"
    with pytest.raises(RulesError):
        load_rules([write(tmp_path, text)])


def test_an_alias_bomb_the_reader_would_walk_is_refused(tmp_path: Path) -> None:
    # organisations x aliases x context words: each level is 70 aliases of the last,
    # so a 1.3 kB file would expand to 70**3 = 343,000 nodes.
    width = 70
    context = "[&w word" + ", *w" * (width - 1) + "]"
    aliases = "[&al {text: Alpha Beta, context: " + context + "}" + ", *al" * (width - 1) + "]"
    text = (
        "version: 1\norganisations:\n"
        "  - &org\n    id: alpha\n    name: Alpha Group\n    proscribed_on: 2021-07-20\n"
        f"    aliases: {aliases}\n"
        + "  - *org\n" * width
        + "criteria:\n  - id: membership\n    cues: [member]\n"
    )
    assert width**3 > MAX_NODES
    path = write(tmp_path, text)
    assert path.stat().st_size < 2_000
    problems = problems_of([path])
    assert problems
    assert all(
        p.endswith(f"too many YAML nodes (over {MAX_NODES}); aliases expanding?") for p in problems
    )


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"version: 1\n" + b"#" * (MAX_RULES_BYTES - 10))
    size = MAX_RULES_BYTES + 1
    assert path.stat().st_size == size
    assert problems_of([path]) == [
        f"{path}:1:1: rules file is too large ({size} bytes; limit {MAX_RULES_BYTES})"
    ]


@pytest.mark.parametrize(("below_size", "refused"), [(0, False), (1, True)])
def test_the_size_limit_is_inclusive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, below_size: int, refused: bool
) -> None:
    path = write(tmp_path, BASE)
    monkeypatch.setattr(rules_module, "MAX_RULES_BYTES", path.stat().st_size - below_size)
    if refused:
        [problem] = problems_of([path])
        assert "rules file is too large" in problem
    else:
        assert [org.id for org in load_rules([path]).organisations] == ["alpha"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"version: 1\nname: caf\xe9\n", "not UTF-8 text (byte 20)"),
        (b"", "the rules file is empty"),
        (b"# only a comment\n", "the rules file is empty"),
        (b"- just\n- a list\n", "the rules file must be a mapping of keys to values"),
    ],
)
def test_unusable_files_are_refused_at_their_start(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "rules.yaml"
    path.write_bytes(data)
    assert problems_of([path]) == [f"{path}:1:1: {message}"]


def test_a_missing_file_is_a_rules_error(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    assert problems_of([path]) == [f"{path}:1:1: no such rules file"]


# --- folders and the environment --------------------------------------------------


def test_a_folder_merges_its_yaml_files_in_sorted_order(tmp_path: Path) -> None:
    later = BASE.replace("alpha", "beta").replace("membership", "role")
    later = later.replace("version: 1", "version: 1\nsettings:\n  fuzzy_threshold: 95")
    write(tmp_path, later, "20-more.yaml")
    write(tmp_path, BASE, "10-base.yaml")
    write(tmp_path, "not: yaml rules", "notes.txt")
    rules = load_rules([tmp_path])
    assert rules.sources == (str(tmp_path / "10-base.yaml"), str(tmp_path / "20-more.yaml"))
    assert [org.id for org in rules.organisations] == ["alpha", "beta"]
    assert [criterion.id for criterion in rules.criteria] == ["membership", "role"]
    assert rules.settings.fuzzy_threshold == 95.0  # the later file's settings win


def test_the_findings_of_a_folders_files_are_merged_once_each(tmp_path: Path) -> None:
    write(tmp_path, BASE + "findings: [is support, upheld]\n", "10-base.yaml")
    more = BASE.replace("alpha", "beta").replace("membership", "role")
    write(tmp_path, more + "findings: [upheld, membership terminated]\n", "20-more.yaml")
    rules = load_rules([tmp_path])
    assert rules.findings == ("is support", "upheld", "membership terminated")


def test_the_same_id_in_two_files_of_a_folder_is_a_duplicate(tmp_path: Path) -> None:
    first = write(tmp_path, BASE, "a.yaml")
    second = write(tmp_path, BASE.replace("membership", "role"), "b.yaml")
    assert problems_of([tmp_path]) == [
        f"{second}:3:5: duplicate organisation id 'alpha' (first at {first}:3)"
    ]


def test_a_folder_without_yaml_files_is_a_rules_error(tmp_path: Path) -> None:
    write(tmp_path, BASE, "rules.txt")
    assert problems_of([tmp_path]) == [f"{tmp_path}:1:1: no *.yaml rules files in this folder"]


def test_environment_variable_names_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(tmp_path, BASE, "first.yaml")
    second = write(tmp_path, BASE.replace("alpha", "beta").replace("membership", "role"), "b.yaml")
    monkeypatch.setenv(RULES_ENV, f"{first}{os.pathsep}{second}")
    assert rules_paths([]) == [first, second]
    # --rules given on the command line wins over the environment.
    assert rules_paths([str(second)]) == [second]
    assert [org.id for org in load_rules(rules_paths([])).organisations] == ["alpha", "beta"]


@pytest.mark.parametrize("value", ["", "   "])
def test_a_blank_environment_variable_means_the_shipped_rules(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(RULES_ENV, value)
    assert rules_paths([]) == [default_rules_path()]


# --- anything at all --------------------------------------------------------------


def _yaml_printable(char: str) -> bool:
    """Characters YAML allows in a stream (the test below covers the rest)."""
    return (
        char in "\t\n\r\x85"
        or " " <= char <= "~"
        or "\xa0" <= char <= "\ud7ff"
        or "\ue000" <= char <= "\ufffd"
        or char >= "\U00010000"
    )


SHIPPED_LINES = SHIPPED.read_text(encoding="utf-8").splitlines()
PRINTABLE = st.characters().filter(_yaml_printable)
RULES_TEXT = st.one_of(
    st.text(PRINTABLE),
    # Lines of the real file, dropped, repeated and shuffled: reaches the validation.
    st.lists(st.sampled_from(SHIPPED_LINES)).map("\n".join),
    st.lists(st.one_of(st.sampled_from(SHIPPED_LINES), st.text(PRINTABLE, max_size=12))).map(
        "\n".join
    ),
)


def _load_or_error(path: Path) -> RuleSet | RulesError:
    """load_rules, with a RulesError returned; any other exception propagates."""
    try:
        return load_rules([path])
    except RulesError as error:
        return error


@settings(max_examples=300, deadline=None)
@given(text=RULES_TEXT)
def test_any_text_gives_a_ruleset_or_a_rules_error(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    result = _load_or_error(path)
    if isinstance(result, RulesError):
        assert result.problems
        assert all(str(p).startswith(f"{path}:") for p in result.problems)
    else:
        assert isinstance(result, RuleSet)
        assert result.organisations
        assert result.criteria


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("\x00", id="nul"),
        pytest.param("version: 1\nnotes: \x1b[31m\n", id="escape-character"),
        pytest.param("version: 1 \x7f", id="delete-character"),
        pytest.param("version: 1 \ufffe", id="non-character"),
    ],
)
def test_unprintable_text_gives_a_rules_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError):
        load_rules([path])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[" * 5000, id="flow-lists"),
        pytest.param("- " * 5000 + "x", id="block-lists"),
        pytest.param("{a: " * 5000, id="flow-mappings"),
    ],
)
def test_deeply_nested_text_gives_a_rules_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError):
        load_rules([path])


def _shape(node: yaml.Node) -> list[tuple[object, ...]]:
    """Every node's kind, tag, value and marks, in order (not its style, which only
    the C loader fills in)."""
    found: list[tuple[object, ...]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        marks = (item.start_mark.line, item.start_mark.column, item.end_mark.line)
        value = item.value if isinstance(item.value, str) else None
        found.append((type(item).__name__, item.tag, value, *marks))
        if isinstance(item, yaml.MappingNode):
            stack.extend(n for pair in reversed(item.value) for n in reversed(pair))
        elif isinstance(item, yaml.SequenceNode):
            stack.extend(reversed(item.value))
    return found


@pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")
def test_the_fast_loader_composes_what_the_pure_one_does() -> None:
    """compose() takes libyaml's loader when it can: every node of the shipped rules,
    with its line and column, must be what the pure-Python loader makes."""
    text = (RULES_DIR / "labour-nec.yaml").read_text(encoding="utf-8")
    fast, loader = compose("rules.yaml", text)
    pure = yaml.SafeLoader(text).get_single_node()
    assert isinstance(loader, yaml.CSafeLoader)
    assert fast is not None
    assert pure is not None
    assert _shape(fast) == _shape(pure)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("organisations: [\n", "rules.yaml:2:1: YAML syntax: expected the node content"),
        ("a: 1\n\x07b: 2\n", "rules.yaml:2:1: character 7 is not allowed in YAML"),
    ],
)
def test_a_file_the_fast_loader_refuses_gets_the_pure_loaders_message(
    text: str, message: str
) -> None:
    with pytest.raises(YamlFileError) as raised:
        compose("rules.yaml", text)
    assert str(raised.value.problems[0]).startswith(message)
