"""An evaluation as text for a rule author, or as JSON for tools."""

from __future__ import annotations

from typing import Any

from exclcheck.evaluate import Evaluation, Score


def _score_dict(score: Score) -> dict[str, Any]:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "true_positives": score.true_positives,
        "false_positives": score.false_positives,
        "false_negatives": score.false_negatives,
    }


def evaluation_dict(result: Evaluation) -> dict[str, Any]:
    return {
        "records": _score_dict(result.records),
        "members": _score_dict(result.members),
        "per_organisation": {o: _score_dict(s) for o, s in result.per_organisation.items()},
        "false_flags": [
            {"row": m.row, "member_id": m.member_id, "organisation": m.organisation,
             "activity": m.activity, "explanation": m.explanation}
            for m in result.misses if not m.expected
        ],
        "misses": [
            {"row": m.row, "member_id": m.member_id, "organisation": m.organisation,
             "activity": m.activity, "explanation": m.explanation}
            for m in result.misses if m.expected
        ],
    }  # fmt: skip


def _line(label: str, score: Score) -> str:
    return (
        f"{label:<32} precision {score.precision:.3f}  recall {score.recall:.3f}  "
        f"F1 {score.f1:.3f}  (tp {score.true_positives}, fp {score.false_positives}, "
        f"fn {score.false_negatives})"
    )


def evaluation_text(result: Evaluation) -> str:
    lines = [
        _line("per record and organisation", result.records),
        _line("per member and organisation", result.members),
        "",
    ]
    lines += [_line(f"  {org}", score) for org, score in result.per_organisation.items()]
    for title, expected in (("false flags", False), ("misses", True)):
        chosen = [m for m in result.misses if m.expected is expected]
        lines += ["", f"{title} ({len(chosen)}):"]
        for m in chosen:
            lines.append(f"  row {m.row} member {m.member_id} {m.organisation}: {m.activity!r}")
            lines.append(f"      {m.explanation}")
    return "\n".join(lines)
