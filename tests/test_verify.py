"""verify: pairing logic on hand-built figures, quote lookup on real report text, and the
corpus pairs (pairs.json) label by label on real extraction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS
from extractor.evaluate import words
from extractor.verify import (all_match, check_figure, check_quote, format_text, report_tokens,
                              same_period, verify)
from test_show import gold_record

PAIRS = json.loads((CORPUS / "pairs.json").read_text(encoding="utf-8"))
Y23 = {"start": "2023-04-01", "end": "2024-03-31"}
Y22 = {"start": "2022-04-01", "end": "2023-03-31"}


def fig(metric: str, value: float, unit: str = "count", period: dict | None = None,
        subject: str = "", confidence: float = 0.9) -> dict[str, Any]:
    out = {"metric": metric, "value": value, "unit": unit, "subject": subject,
           "confidence": confidence, "mentions": [{"text": str(value), "sentence": subject,
                                                   "page": 1, "start": 0, "end": 1}]}
    return {**out, "period": period} if period else out


def record(figures: list[dict], period: dict | None = Y23, quotes: list | None = None) -> dict:
    return {"period": period or {"start": None, "end": None}, "figures": figures,
            "quotes": quotes or []}


REPORT = record([fig("rapid_reviews", 8), fig("rapid_reviews", 11, period=Y22),
                 fig("serious_incident_notifications", 12, period=Y22),
                 fig("recommendations", 17), fig("recommendations", 12),
                 fig("other", 1250000, "gbp", subject="early help family workers")])


@pytest.mark.parametrize("story_fig,status,source_value", [
    (fig("rapid_reviews", 8), "matches", 8),
    (fig("rapid_reviews", 12), "differs", 8),          # 12 is elsewhere in the report: not enough
    (fig("rapid_reviews", 11), "differs", 8),          # last year's value told as this year's
    (fig("rapid_reviews", 11, period=Y22), "matches", 11),
    (fig("serious_incident_notifications", 12), "not_in_source", None),  # only 2022/23 given
    (fig("recommendations", 12), "matches", 12),       # any figure of the metric and period
    (fig("rapid_reviews", 8, "percent"), "not_in_source", None),
    (fig("child_protection_plans", 318), "not_in_source", None),
    (fig("other", 1250000, "gbp", subject="family workers"), "matches", 1250000),
    (fig("other", 900000, "gbp", subject="early help budget"), "differs", 1250000),
    (fig("other", 900000, "gbp", subject="training courses"), "not_in_source", None),
])
def test_figure_pairing(story_fig: dict, status: str, source_value: float | None) -> None:
    row = check_figure(story_fig, record([]), REPORT)
    assert row["status"] == status
    assert (row["source"] or {}).get("value") == source_value


def test_story_without_period_takes_the_report_period() -> None:
    assert check_figure(fig("rapid_reviews", 8), record([], period=None), REPORT)["status"] == "matches"


def test_same_period_tolerates_one_missing_end() -> None:
    assert same_period(("2023-04-01", "2024-03-31"), ("2023-04-01", "2024-03-31"))
    assert same_period((None, "2024-03-31"), ("2023-04-01", "2024-03-31"))
    assert not same_period(("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31"))
    assert not same_period((None, None), ("2023-04-01", "2024-03-31"))


def test_report_tokens_join_line_end_hyphens_and_keep_offsets() -> None:
    text = "Prac-\ntitioners didn’t ‘see’ the multi-agency plan."
    tokens = report_tokens(text)
    assert [t[0] for t in tokens] == ["practitioners", "didn't", "see", "the", "multi", "agency",
                                      "plan"]
    assert text[tokens[0][1]:tokens[0][2]] == "Prac-\ntitioners"
    assert [text[s:e] for _, s, e in tokens[1:3]] == ["didn’t", "see"]


REPORT_TEXT = ("Where a father was part of the household, he was rarely seen and rarely asked about. "
               "I am reassured that partners now come to rapid reviews prepared to be challenged.")


@pytest.mark.parametrize("story_text,status", [
    ("he was rarely seen and rarely asked about,", "in_source"),   # comma for the full stop
    ("I am satisfied that partners now come to rapid reviews prepared to be challenged.", "altered"),
    ("Partners were rarely prepared to be seen by the household.", "not_in_source"),
    ("rarely heard", "not_in_source"),                            # too short to be 'nearly'
])
def test_quote_lookup(story_text: str, status: str) -> None:
    row = check_quote({"text": story_text}, record([]), REPORT_TEXT)
    assert row["status"] == status
    if status != "not_in_source":
        assert words(row["source"]["text"])[0] == words(story_text)[0]
        assert REPORT_TEXT[row["source"]["start"]:row["source"]["end"]] == row["source"]["text"]
    if status == "altered":
        assert row["diff"] == [{"op": "replace", "story": ["satisfied"], "source": ["reassured"]}]


def _expected(pair: dict) -> tuple[dict[str, str], dict[str, str]]:
    return ({f["story_anchor"]: f["expected"] for f in pair["figures"]},
            {q["story_text"]: q["expected"] for q in pair["quotes"]})


@pytest.mark.parametrize("pair", PAIRS, ids=[p["story"] for p in PAIRS])
def test_pairs_on_gold_records(pair: dict) -> None:
    """The rules of corpus-dev 'Verify pairs' applied to the gold figures give every expected label."""
    story, report = gold_record(CORPUS / pair["story"]), gold_record(CORPUS / pair["report"])
    result = verify(story, report, report["source"]["text"])
    figures, quotes = _expected(pair)
    got_f = {r["story"]["mentions"][0]["text"]: r["status"] for r in result["figures"]}
    got_q = {r["story"]["text"]: r["status"] for r in result["quotes"]}
    assert got_f == figures
    assert got_q == quotes
    assert not all_match(result)


def _label_for(entry: dict, anchor_span: tuple[int, int], result: dict) -> str | None:
    """The label of the story figure for a pairs.json entry: by mention place, else by metric."""
    same = [r for r in result["figures"] if abs(float(r["story"]["value"]) - entry["value"]) <= 0.01]
    placed = [r for r in same if any(anchor_span[0] <= m["start"] < anchor_span[1]
                                     for m in r["story"]["mentions"])]
    # a repeated fact may keep only its headline mention, so fall back to value and metric
    rows = placed or [r for r in same if r["story"]["metric"] == entry["metric"]]
    return rows[0]["status"] if rows else None


def _quote_label(text: str, result: dict) -> str | None:
    want = set(words(text))
    best = max(result["quotes"], key=lambda r: len(want & set(words(r["story"]["text"]))),
               default=None)
    return best["status"] if best and len(want & set(words(best["story"]["text"]))) > len(want) / 2 else None


@pytest.fixture(scope="module")
def extracted(nlp: Any) -> dict[str, dict]:
    from extractor.extract import Options, extract_file

    names = {p[k] for p in PAIRS for k in ("story", "report")}
    return {n: extract_file(CORPUS / n, nlp, Options(with_text=True)).to_dict() for n in names}


@pytest.mark.parametrize("pair", PAIRS, ids=[p["story"] for p in PAIRS])
def test_pairs_on_real_extraction(pair: dict, extracted: dict[str, dict]) -> None:
    """Extract both documents, verify, and compare every listed figure and quote label."""
    story, report = extracted[pair["story"]], extracted[pair["report"]]
    result = verify(story, report, report["source"]["text"])
    text = story["source"]["text"]
    wrong = []
    for f in pair["figures"]:
        start = text.find(f["story_anchor"])
        got = _label_for(f, (start, start + len(f["story_anchor"])), result)
        if got != f["expected"]:
            wrong.append(f"figure {f['story_anchor']!r}: expected {f['expected']}, got {got}")
    for q in pair["quotes"]:
        got = _quote_label(q["story_text"], result)
        if got != q["expected"]:
            wrong.append(f"quote {q['story_text'][:40]!r}: expected {q['expected']}, got {got}")
    assert not wrong, "\n".join(wrong) + "\n" + format_text(result)
    assert not all_match(result)


def test_cli_verify_exits_1_and_prints_json(extracted: dict[str, dict], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    pair = PAIRS[1]
    out = tmp_path / "verify.html"
    res = CliRunner().invoke(app, ["verify", str(CORPUS / pair["story"]), "--against",
                                   str(CORPUS / pair["report"]), "--json", "--html", str(out)])
    assert res.exit_code == 1, res.output
    data = json.loads(res.stdout)
    assert {r["status"] for r in data["quotes"]} == {"in_source"}
    assert len(data["figures"]) == len(extracted[pair["story"]]["figures"])
    page = out.read_text(encoding="utf-8")
    assert "<table id=\"vfigures\">" in page
    report_page = out.with_name(Path(pair["report"]).stem + ".review.html")
    assert f'href="{report_page.name}#chars-' in page and report_page.is_file()
    assert data["summary"]["figures"]["differs"] == 1


@pytest.mark.parametrize("a,b,agree", [
    ("Ruth Calloway", "Ms Calloway", True),
    ("Calloway", "Ruth Calloway", True),
    ("the report", "the annual report", True),
    ("the annual report", "Ruth Calloway", True),   # the report does print her words
    ("Ruth Calloway", "the report", False),         # but the report's own words are not hers
    ("Ruth Calloway", "Peter Blake", False),
    ("Councillor Peter Blake", "Helen Marsh", False),
    (None, "Helen Marsh", True),  # the story names nobody: nothing to contradict
])
def test_speakers_agree(a: str | None, b: str | None, agree: bool) -> None:
    from extractor.verify import speakers_agree

    assert speakers_agree(a, b) is agree


SPOKEN = ('The chair opened the meeting. Dr Ann Fox said: "Schools are now at the table when we '
          'review a case." The report adds that schools were rarely asked before.')
_Q = SPOKEN.index("Schools")
SPOKEN_REPORT = record([], quotes=[{"text": "Schools are now at the table when we review a case.",
                                    "speaker": "Ann Fox", "cue": "said", "page": 2, "start": _Q,
                                    "end": _Q + 52}])


@pytest.mark.parametrize("story_quote,status", [
    ({"text": "Schools are now at the table when we review a case.", "speaker": "Dr Fox"}, "in_source"),
    ({"text": "Schools are now at the table when we review a case.", "speaker": "Tom Reed"},
     "misattributed"),
    ({"text": "Schools are now at the table when we look at a case.", "speaker": "Tom Reed"},
     "misattributed"),                                   # nearly her words, still hers
    ({"text": "Schools are now at the table when we review a case.", "speaker": None}, "in_source"),
    ({"text": "schools were rarely asked before", "speaker": "Tom Reed"}, "in_source"),  # report prose
])
def test_quote_given_to_someone_else_is_misattributed(story_quote: dict, status: str) -> None:
    row = check_quote(story_quote, SPOKEN_REPORT, SPOKEN)
    assert row["status"] == status
    if status == "misattributed":
        assert row["source"]["speaker"] == "Ann Fox" and row["source"]["page"] == 2


def test_summary_counts_every_status() -> None:
    from extractor.verify import summary, summary_line

    result = {"figures": [check_figure(fig("rapid_reviews", n), record([]), REPORT) for n in (8, 9, 8)]
              + [check_figure(fig("child_protection_plans", 1), record([]), REPORT)],
              "quotes": [check_quote({"text": t, "speaker": "Tom Reed"}, SPOKEN_REPORT, SPOKEN)
                         for t in ("The chair opened the meeting.",
                                   "Schools are now at the table when we review a case.")]}
    assert summary(result) == {"figures": {"matches": 2, "differs": 1, "not_in_source": 1},
                               "quotes": {"in_source": 1, "altered": 0, "misattributed": 1,
                                          "not_in_source": 0}}
    assert summary_line(result).startswith("Figures: 2 match, 1 differ, 1 not in source. Quotes: 1 in source")
    assert format_text(result).splitlines()[0] == summary_line(result)


def test_table_figure_keeps_its_row_and_column_headers() -> None:
    """Pair 2's report gives LCSPRs in a plain-text table; its 2022/23 column holds the story's 4."""
    from extractor.ingest import load
    from extractor.verify import document_tables, table_cell

    document = load(CORPUS / "pair2_doncaster_report.txt")
    tables = document_tables(document)
    row_start = document.text.index("LCSPRs commissioned")
    line = document.text[row_start:document.text.index("\n", row_start)]
    four = row_start + line.index(" 4 ") + 1
    assert table_cell(tables, four, four + 1) == {"row": "LCSPRs commissioned", "column": "2022/23",
                                                  "page": 1}
    assert table_cell(tables, row_start, row_start + 6) is None  # the row label is no cell value


def test_verify_files_gives_pages_and_table_context() -> None:
    from extractor.verify import verify_files

    pair = PAIRS[1]
    result, story, report, document = verify_files(CORPUS / pair["story"], CORPUS / pair["report"])
    differs = [r for r in result["figures"] if r["status"] == "differs"]
    assert [r["story"]["value"] for r in differs] == [4]
    (row,) = differs
    assert row["source_table"]["column"] == "2023/24" and row["elsewhere"]["value"] == 4
    assert row["elsewhere_table"] == {"row": "LCSPRs commissioned", "column": "2022/23", "page": 1}
    text = format_text(result)
    assert "column \u20182022/23\u2019" in text and "at character" not in text
    assert all(q["source"]["page"] == 1 for q in result["quotes"] if q["source"])
    assert result["summary"]["quotes"]["in_source"] == len(result["quotes"])
