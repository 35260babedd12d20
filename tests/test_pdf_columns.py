"""Pages of two and three text columns are read column by column: a full-width heading (one that
breaks at the gutter with a word space too), a full-width strip between two bands of columns, a
last column that ends short. Each page's record (figures and quotes, through the production
path) equals the record of the same paragraphs set in one column. Single-column pages and a
table without rules find no gutter. Invented pages: written here word by word in Helvetica
(the way fpdf2 and reportlab place text), and one printed by chromium from CSS columns."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

import pdfplumber
import pytest
from pdfminer.fontmetrics import FONT_METRICS

from extractor.extract import extract_document
from extractor.ingest import load
from extractor.ingest.pdf_columns import gutters
from extractor.ingest.pdf_layout import layout_page

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 50.0
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}

PARAGRAPHS = [
    "1.1 During 2024/25 the partnership received 14 serious incident notifications, up from 11 "
    "the year before, and held 9 rapid reviews to decide what should happen next.",
    "1.2 In three of those rapid reviews the partners agreed that a local child safeguarding "
    "practice review should be commissioned. Two reviews were published during the year and "
    "four remain in progress.",
    "2.1 At 31 March 2025 there were 318 children on a child protection plan, compared with 296 "
    "a year earlier, and 476 children were looked after by the council.",
    "2.2 The independent scrutineer, Rosalind Achterberg, said: \"Partners have kept their nerve "
    "in a demanding year, and the learning from our reviews now shows in everyday practice "
    "across every agency.\"",
    "3.1 Multi-agency training reached 2,930 practitioners across 84 courses, and most of those "
    "who gave feedback said they would recommend the training to a colleague.",
    "3.2 The front door received 6,812 contacts during the year, and 2,145 of them became "
    "referrals to children's social care, fewer than in the year before.",
    "4.1 The partnership will publish its next annual report in September 2026 and will ask "
    "young people which priorities matter most to them.",
]
STRIP = "In numbers: 14 notifications, 9 rapid reviews, 2 reviews published, 2,930 practitioners trained"
HEADING = "Northshire Safeguarding Children Partnership Annual Report 2024/25"


def _width(text: str, size: float, font: str = "F1") -> float:
    widths = FONT_METRICS[FONTS[font]][1]
    return sum(widths.get(c, 556) for c in text) * size / 1000


@dataclass
class _Page:
    """Runs of text placed on one page: (x, top, size, font, text, extra space per word space)."""

    runs: list[tuple[float, float, float, str, str, float]]

    def put(self, x: float, top: float, size: float, text: str, font: str = "F1", tw: float = 0.0) -> None:
        self.runs.append((x, top, size, font, text, tw))

    def pdf(self) -> bytes:
        ops = []
        for x, top, size, font, text, tw in self.runs:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"BT /{font} {size} Tf {tw:.3f} Tw 1 0 0 1 {x:.2f} {PAGE_H - top - size:.2f} Tm "
                       f"({esc}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:.0f} {PAGE_H:.0f}] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".encode(),
                b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
        objs += [f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode()
                 for name in FONTS.values()]
        out, offsets = bytearray(b"%PDF-1.4\n"), []
        for i, body in enumerate(objs, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
        return bytes(out)


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and _width(lines[-1] + " " + word, size) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _put_line(page: _Page, x: float, top: float, size: float, line: str, width: float, justify: bool) -> None:
    """One line of a column, justified with word spacing (Tw) as PDF writers do."""
    spaces = line.count(" ")
    tw = (width - _width(line, size)) / spaces if justify and spaces else 0.0
    page.put(x, top, size, line, tw=tw)


def _flow(page: _Page, paragraphs: list[str], top: float, cols: int, gutter: float, size: float,
          rows: int, justify: bool) -> float:
    """Set the paragraphs in `cols` columns of at most `rows` lines each, filled one after the
    other (the last column ends short); returns the bottom of the band."""
    colw = (PAGE_W - 2 * MARGIN - (cols - 1) * gutter) / cols
    lead = size * 1.3
    items: list[str | None] = []  # lines, None for the space between paragraphs
    for p in paragraphs:
        lines = _wrap(p, colw, size)
        items += [*(f"\x00{ln}" for ln in lines[:-1]), lines[-1], None]
    col = row = 0
    for item in items:
        if item is None:
            row += 0.6 if row else 0  # paragraph space, none at the head of a column
            continue
        if row + 1 > rows:
            col, row = col + 1, 0
        full = item.startswith("\x00")
        x = MARGIN + col * (colw + gutter)
        _put_line(page, x, top + row * lead, size, item.lstrip("\x00"), colw, justify and full)
        row += 1
    return top + rows * lead


def _heading(page: _Page, top: float, size: float, cols: int, gutter: float) -> None:
    """A full-width bold heading with a word space in the middle of a gutter."""
    colw = (PAGE_W - 2 * MARGIN - (cols - 1) * gutter) / cols
    words, space = HEADING.split(), _width(" ", size, "F2")
    for g in range(1, cols):
        centre = MARGIN + g * colw + (g - 0.5) * gutter
        for k in range(1, len(words)):
            left, right = " ".join(words[:k]), " ".join(words[k:])
            x0 = centre - space / 2 - _width(left, size, "F2")
            if x0 >= MARGIN and centre + space / 2 + _width(right, size, "F2") <= PAGE_W - MARGIN:
                page.put(x0, top, size, left, "F2")
                page.put(centre + space / 2, top, size, right, "F2")
                return
    raise AssertionError("the heading does not fit")


def _rows(paragraphs: list[str], cols: int, gutter: float, size: float) -> float:
    colw = (PAGE_W - 2 * MARGIN - (cols - 1) * gutter) / cols
    return sum(len(_wrap(p, colw, size)) + 0.6 for p in paragraphs)


# (columns, gutter, body size, a full-width strip between two bands, justified, last column short)
LAYOUTS = [
    (2, 18.0, 9.5, False, True, False),
    (2, 24.0, 10.0, False, False, True),
    (2, 14.0, 9.0, True, True, False),
    (2, 20.0, 10.5, True, False, True),
    (3, 16.0, 8.5, False, True, True),
    (3, 20.0, 9.0, False, False, False),
    (3, 14.0, 8.0, True, True, True),
    (3, 18.0, 8.5, True, False, False),
]


def _column_page(cols: int, gutter: float, size: float, strip: bool, justify: bool,
                 short: bool) -> bytes:
    """The paragraphs in columns under a heading and a dateline; with `strip`, the first
    three paragraphs in a band of columns, a full-width strip, the rest in a second band; with
    `short`, the columns are filled a quarter fuller, so the last one ends short."""
    page = _Page([])
    _heading(page, 50, 13, cols, gutter)
    page.put(MARGIN, 78, 9, "Report to the partnership board, 12 June 2025")
    fuller = 1.25 if short else 1.0

    def band(paragraphs: list[str], top: float) -> float:
        return _flow(page, paragraphs, top, cols, gutter, size,
                     int(fuller * _rows(paragraphs, cols, gutter, size) / cols) + 1, justify)

    if not strip:
        band(PARAGRAPHS, 100)
    else:
        bottom = band(PARAGRAPHS[:3], 100)
        page.put(MARGIN, bottom + 8, 9, STRIP, "F2")
        band(PARAGRAPHS[3:], bottom + 30)
    page.put(PAGE_W / 2 - 60, PAGE_H - 40, 7, "Invented test page - Northshire")
    return page.pdf()


def _one_column_page() -> bytes:
    page = _Page([])
    page.put(MARGIN, 50, 15, HEADING, "F2")
    page.put(MARGIN, 78, 9, "Report to the partnership board, 12 June 2025")
    _flow(page, PARAGRAPHS, 100, 1, 0, 10, 60, False)
    return page.pdf()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _record(path) -> dict:
    return extract_document(load(path)).to_dict()


def _facts(record: dict) -> tuple[set, list]:
    figures = {(f["value"], f["metric"]) for f in record["figures"]}
    quotes = [(q["text"], q["speaker"]) for q in record["quotes"]]
    return figures, quotes


@pytest.fixture(scope="module")
def one_column(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("one") / "one.pdf"
    path.write_bytes(_one_column_page())
    return _record(path)


@pytest.mark.parametrize("cols, gutter, size, strip, justify, short", LAYOUTS)
def test_columns_read_one_after_another(tmp_path, one_column, cols, gutter, size, strip,
                                        justify, short) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(_column_page(cols, gutter, size, strip, justify, short))
    with pdfplumber.open(path) as pdf:
        assert len(gutters(layout_page(pdf.pages[0], 1))) == cols - 1
    text = norm(load(path).text)
    at = [text.find(norm(p)) for p in PARAGRAPHS]
    assert all(i >= 0 for i in at), [p[:30] for p, i in zip(PARAGRAPHS, at) if i < 0]
    assert at == sorted(at)
    assert text.startswith(HEADING)
    if strip:
        assert at[2] < text.find(STRIP) < at[3]
    figures, quotes = _facts(_record(path))
    expected_figures, expected_quotes = _facts(one_column)
    assert quotes == expected_quotes and quotes and quotes[0][1] == "Rosalind Achterberg"
    assert figures == expected_figures


def test_one_column_reference_is_read_whole(one_column) -> None:
    figures, quotes = _facts(one_column)
    assert (14.0, "serious_incident_notifications") in figures
    assert (318.0, "child_protection_plans") in figures
    assert quotes and quotes[0][1] == "Rosalind Achterberg"


# single-column pages and tables without rules: no gutter, every line read whole
ROSTER = [("Name", "Role", "Agency"), ("Amira Okafor", "Independent chair", "Northshire partnership"),
          ("Tom Bexley", "Designated nurse", "Integrated care board"),
          ("Priya Lund", "Detective inspector", "Northshire police"),
          ("Callum Reid", "Head of service", "Children's social care"),
          ("Ines Varga", "Education lead", "Schools forum"),
          ("Owen Pryce", "Named doctor", "Acute hospital trust"),
          ("Lena Marsh", "Business manager", "Northshire partnership"),
          ("Joel Hart", "Youth voice lead", "Young people's panel"),
          ("Ruth Amos", "Safeguarding lead", "Probation service")]


def _roster_page() -> bytes:
    page = _Page([])
    page.put(MARGIN, 50, 14, "Board membership", "F2")
    page.put(MARGIN, 75, 10, "The board met six times during the year; its members at 31 March 2025 were:")
    for i, row in enumerate(ROSTER):
        for x, cell in zip((MARGIN, MARGIN + 170, MARGIN + 330), row):
            page.put(x, 100 + i * 14, 10, cell, "F2" if i == 0 else "F1")
    _flow(page, PARAGRAPHS[:3], 260, 1, 0, 10, 40, True)
    return page.pdf()


@pytest.mark.parametrize("make", [_one_column_page, _roster_page])
def test_single_column_pages_find_no_gutter(tmp_path, make) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(make())
    with pdfplumber.open(path) as pdf:
        assert gutters(layout_page(pdf.pages[0], 1)) == []
    text = load(path).text
    for p in PARAGRAPHS[:3]:
        assert norm(p) in norm(text)
    if make is _roster_page:
        lines = [norm(ln) for ln in text.split("\n")]
        assert all(any(all(c in ln for c in row) for ln in lines) for row in ROSTER[1:])


# three CSS columns under a strip of statistic cards, printed by chromium: the cards stay one
# line each and the columns are read one after another
_CARD = ('<div style="flex:1;text-align:center"><b style="font-size:18pt;display:block">{n}</b>'
         '<span style="font-size:7.5pt">{label}</span></div>')


def test_three_css_columns_under_a_card_strip(tmp_path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("chromium is not installed")
    cards = [("6,812", "contacts received"), ("2,145", "referrals to children's social care"),
             ("318", "children on a child protection plan"), ("476", "children looked after"),
             ("9", "rapid reviews held"), ("2,930", "practitioners trained")]
    strip = "".join(_CARD.format(n=n, label=label) for n, label in cards)
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = ("<html><body style='font-family:Arial;font-size:9pt'><h1>Northshire Safeguarding Matters</h1>"
            "<p>The newsletter of the Northshire partnership, winter 2025</p>"
            f"<div style='display:flex;gap:3mm'>{strip}</div>"
            f"<div style='column-count:3;column-gap:7mm'>{body}</div></body></html>")
    src, out = tmp_path / "p.html", tmp_path / "p.pdf"
    src.write_text(html, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", str(src)], check=True, capture_output=True, timeout=60)
    text = load(out).text
    lines = [norm(ln) for ln in text.split("\n")]
    for n, label in cards:
        assert f"{n} {label}" in lines
    flat = norm(text)
    at = [flat.find(norm(p)) for p in PARAGRAPHS]
    assert all(i >= 0 for i in at) and at == sorted(at)


# numbered paragraphs: a line that ends a sentence, then a line opening with a paragraph number,
# starts a new paragraph even when the lines are flush and close; a number that carries a
# sentence on ('rose to' / '4.5 per 1,000') does not
NUMBERED = [
    ("846 children had a care and support plan at 31 March, down from 871.",
     "3.2 Initial conferences were held within 15 working days in most cases.", True),
    ("The board met six times during the year and agreed its new priorities.",
     "4.1 The board received three referrals for a child practice review this year.", True),
    ("The partners agreed three changes to the way that plans are reviewed:",
     "2.1.3 Of the children placed on a plan, 26 were registered for a second time.", True),
    ("The revised threshold document was agreed by the executive in March.",
     "12. The committee is asked to note the report and the priorities for next year.", True),
    ("Over the same period the rate of children looked after in Westshire rose to",
     "4.5 per 1,000 children by the end of the year, above the national rate.", False),
    ("The share of contacts that led to a referral was 31.2 per cent, compared with",
     "3.2 per cent the year before, the lowest share for five years in the county.", False),
    ("The partners set out their priorities for the coming year as agreed in paragraph",
     "5.1 of the plan, and each agency named a lead for every one of them.", False),
    ("The number of children subject to a second plan in Eastshire fell from 12",
     "2.5 years ago to 7 at the end of March, the fewest since the count began.", False),
]


def _numbered_page(before: str, after: str) -> bytes:
    page = _Page([])
    width = PAGE_W - 2 * MARGIN
    lines = ["1.1 This report sets out the work of the Northshire partnership over the year to",
             before, after, "and it will be reviewed by the board at its next meeting."]
    for i, line in enumerate(lines):
        _put_line(page, MARGIN, 60 + i * 13, 10, line, width, i < len(lines) - 1)
    return page.pdf()


@pytest.mark.parametrize("before, after, new_paragraph", NUMBERED)
def test_numbered_paragraph_starts_a_paragraph(tmp_path, before: str, after: str, new_paragraph: bool) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(_numbered_page(before, after))
    lines = [norm(ln) for ln in load(path).text.split("\n")]
    if new_paragraph:
        assert any(ln.endswith(before) for ln in lines) and any(ln.startswith(after) for ln in lines)
    else:
        assert any(f"{before} {after}" in ln for ln in lines)


# a table across the columns whose caption is set in the first column only, below the end of
# the other columns: the caption is read after the columns, just before its table
TABLE_ROWS = [("Measure", "2022/23", "2023/24", "2024/25"),
              ("Children on a plan at 31 March", "341", "296", "318"),
              ("Rate per 10,000 children", "45.1", "39.2", "41.2"),
              ("Registrations during the year", "204", "188", "231"),
              ("Children looked after at 31 March", "488", "471", "476")]
CAPTIONS = [(2, 18.0, ["Table 1: Child protection in Northshire"]),
            (2, 24.0, ["Table 1: Child protection in Northshire, 2022/23 to 2024/25"]),
            (2, 14.0, ["Table 1: Child protection in Northshire,", "three years to 31 March 2025"]),
            (2, 20.0, ["Figure 2 (table): plans and children looked after"]),
            (3, 16.0, ["Table 1: Child protection"]),
            (3, 20.0, ["Table 1: Child protection,", "2022/23 to 2024/25"]),
            (3, 14.0, ["Table 3: Plans and care"]),
            (3, 18.0, ["Key figures,", "Northshire,", "2022/23 to 2024/25"])]


def _captioned_table_page(cols: int, gutter: float, caption: list[str]) -> bytes:
    page = _Page([])
    page.put(MARGIN, 50, 13, "Northshire Safeguarding Children Partnership", "F2")
    size = 9.0
    bottom = _flow(page, PARAGRAPHS[:4], 80, cols, gutter, size,
                   int(_rows(PARAGRAPHS[:4], cols, gutter, size) / cols) + 2, True)
    top = bottom + 30
    for i, line in enumerate(caption):
        page.put(MARGIN, top + i * 12, 9, line, "F2")
    top += len(caption) * 12 + 10
    for i, row in enumerate(TABLE_ROWS):
        page.put(MARGIN, top + i * 14, 9, row[0], "F2" if i == 0 else "F1")
        for x, cell in zip((330, 410, 490), row[1:]):
            page.put(x - _width(cell, 9), top + i * 14, 9, cell, "F2" if i == 0 else "F1")
    return page.pdf()


@pytest.mark.parametrize("cols, gutter, caption", CAPTIONS)
def test_caption_in_one_column_is_read_before_its_table(tmp_path, cols: int, gutter: float,
                                                        caption: list[str]) -> None:
    path = tmp_path / "page.pdf"
    path.write_bytes(_captioned_table_page(cols, gutter, caption))
    document = load(path)
    text = norm(document.text)
    at = [text.find(norm(p)) for p in PARAGRAPHS[:4]]
    assert all(i >= 0 for i in at) and at == sorted(at)
    cap = text.find(norm(" ".join(caption)))
    assert at[-1] < cap < text.find("Children on a plan at 31 March")
    assert document.tables and [c.text for c in document.tables[0].rows[1]] == list(TABLE_ROWS[1])
