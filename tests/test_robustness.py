"""Robustness: a folder of broken files mixed with good documents goes through `batch`.

The broken files are generated here (nothing hostile is shipped). The good documents' rows must
equal a clean run over the good files alone; every bad file must have an error row naming its
reason (or, for a scan or an empty record, an ok row with the warning); the run exits 1 and
finishes within its timeout.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from extractor.errors import ExtractorError, MissingFile

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOOD = ["dev01_sunderland_notifications.txt", "dev07_portsmouth_rapid_reviews.html",
        "dev12_kirklees_scrutiny_report.pdf"]
NO_TEXT_WARNING = "no text layer: scanned document, OCR not supported"
RUN_TIMEOUT = 420  # seconds for one batch subprocess: a hang fails the test instead of CI
PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
PAGES = [["In 2022/23 the partnership received 41 serious incident notifications."],
         ["Chapter two."],
         ["The panel completed 9 local child safeguarding practice reviews in 2022/23."]]


# ------------------------------------------------------------------ hand-built PDFs

def _rc4(key: bytes, data: bytes) -> bytes:
    from pdfminer.arcfour import Arcfour  # the reader's own RC4, so the test needs no new dependency

    return Arcfour(key).encrypt(data)


def _security(user: str, owner: str, file_id: bytes) -> tuple[bytes, bytes]:
    """The /Encrypt dictionary and file key of the Standard handler, revision 2 (RC4, 40 bit)."""
    padded = (user.encode() + PAD)[:32]
    o_value = _rc4(hashlib.md5((owner.encode() + PAD)[:32]).digest()[:5], padded)
    perms = (-44).to_bytes(4, "little", signed=True)
    key = hashlib.md5(padded + o_value + perms + file_id).digest()[:5]
    u_value = _rc4(key, PAD)
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (
        o_value.hex().encode(), u_value.hex().encode())
    return encrypt, key


def text_pdf(pages: list[list[str]], garbage_page: int | None = None,
             password: tuple[str, str] | None = None) -> bytes:
    """A PDF with one Helvetica line per string; `garbage_page` (0-based) gets a junk content
    stream; `password` (user, owner) encrypts every stream."""
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
                              2: f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
                              3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    streams: dict[int, bytes] = {}
    for i, lines in enumerate(pages):
        objs[4 + 2 * i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                           b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        ops = ["BT /F1 11 Tf 14 TL 72 720 Td", *(f"({line}) Tj T*" for line in lines), "ET"]
        streams[5 + 2 * i] = bytes(range(256)) * 4 if i == garbage_page else "\n".join(ops).encode()
    file_id = hashlib.md5(repr(pages).encode()).digest()
    key = None
    if password is not None:
        objs[max(objs.keys() | streams.keys()) + 1], key = _security(*password, file_id)
    return _assemble(objs, streams, file_id, key)


def _assemble(objs: dict[int, bytes], streams: dict[int, bytes], file_id: bytes,
              key: bytes | None) -> bytes:
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for num in sorted(objs.keys() | streams.keys()):
        offsets[num] = len(out)
        if num in streams:
            data = streams[num]
            if key is not None:  # each object has its own RC4 key (PDF 1.7, 7.6.2)
                data = _rc4(hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10], data)
            out += b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (num, len(data), data)
        else:
            out += b"%d 0 obj\n%s\nendobj\n" % (num, objs[num])
    size, xref = max(offsets) + 1, len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, size))
    ident = file_id.hex().encode()
    trailer = b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, ident, ident)
    if key is not None:
        trailer += b" /Encrypt %d 0 R" % (size - 1)
    return bytes(out + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def image_pdf() -> bytes:
    """A one-page PDF that is only a picture of text (what a scanner makes)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (620, 877), "white")
    ImageDraw.Draw(image).text((60, 80), "In 2022/23 we received 41 notifications.", fill="black")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=75.0)
    return out.getvalue()


def word_file(text: str) -> bytes:
    """A minimal Word (.docx) file: a ZIP holding word/document.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t>"
                   "</w:r></w:p></w:body></w:document>")
    return out.getvalue()


# ------------------------------------------------------------------ the folder

# name -> (bytes, expected): "error:<words in the reason>", "warn:<warning>" or "ok:<figures>"
def broken_files() -> dict[str, tuple[bytes | None, str]]:
    """Every broken-input case of issue 7, as (content, what the batch must record)."""
    half = (CORPUS / "dev16_walsall_scrutiny_minutes.pdf").read_bytes()
    return {
        "missing.pdf": (None, "error:no such file"),  # a dangling symlink
        "empty.txt": (b"", "error:empty file"),
        "error_page.pdf": (b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                           b"<body><h1>Not Found</h1></body></html>", "error:content is html, not pdf"),
        "renamed_word.pdf": (word_file("Minutes of the board"), "error:content is docx, not pdf"),
        "renamed_word.txt": (word_file("Annual report"), "error:content is docx, not txt"),
        "locked.pdf": (text_pdf(PAGES, password=("secret", "owner")), "error:encrypted"),
        "open_encrypted.pdf": (text_pdf(PAGES, password=("", "owner")), "ok:41,9"),
        "scan.pdf": (image_pdf(), "warn:" + NO_TEXT_WARNING),
        "truncated.pdf": (half[: len(half) // 2], "error:damaged PDF"),
        "bad_page.pdf": (text_pdf(PAGES, garbage_page=1), "ok:41,9"),
        "no_article.html": (b"<html><head><title>Search</title></head><body><nav><a href='/'>Home"
                            b"</a> | <a href='/news'>News</a></nav></body></html>", "error:no article text"),
        "undecodable.txt": ("In 2022/23 the board received 41 notifications \u2013 a rise. ".encode("cp1252")
                            + b"\xff\xfe\x81\x8d", "warn:undecodable bytes replaced"),
        "no_findings.txt": (b"The board met on Tuesday and discussed its plans for the coming year.\n",
                            "ok:"),
        # no number, so no parse: a rule that reads a word's sentence must not need one
        "no_findings_words.txt": (b"The board discussed incidents and plans in general terms.\n", "ok:"),
    }


def build(folder: Path, with_broken: bool) -> None:
    folder.mkdir()
    for name in GOOD:
        shutil.copy(CORPUS / name, folder / name)
    if not with_broken:
        return
    for name, (data, _) in broken_files().items():
        if data is None:
            (folder / name).symlink_to(folder / "gone" / name)
        else:
            (folder / name).write_bytes(data)


def run_batch(folder: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), "batch", str(folder), "--db", str(db),
                           "--workers", "1", "--timeout", "120", "--quiet"],
                          capture_output=True, text=True, timeout=RUN_TIMEOUT, cwd=ROOT)


def rows(db: Path) -> dict[str, dict]:
    """Per document path: its documents row and its findings rows (run-specific columns dropped)."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    out = {}
    for doc in con.execute("SELECT * FROM documents"):
        d = {k: doc[k] for k in doc.keys() if k not in ("seconds", "processed_at")}
        for table in ("figures", "mentions", "quotes", "people"):
            found = con.execute(f"SELECT * FROM {table} WHERE document_id = ? ORDER BY id", [doc["id"]])
            d[table] = [dict(r) for r in found]
        out[doc["path"]] = d
    con.close()
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("robustness")
    build(base / "clean", with_broken=False)
    build(base / "mixed", with_broken=True)
    clean = run_batch(base / "clean", base / "clean.db")
    mixed = run_batch(base / "mixed", base / "mixed.db")
    return clean, rows(base / "clean.db"), mixed, rows(base / "mixed.db")


def test_clean_run_succeeds(runs) -> None:  # type: ignore[no-untyped-def]
    clean, clean_rows, _, _ = runs
    assert clean.returncode == 0, clean.stderr
    assert sorted(clean_rows) == sorted(GOOD)
    assert all(r["status"] == "ok" and r["figures"] for r in clean_rows.values())


def test_good_records_unchanged_among_broken_files(runs) -> None:  # type: ignore[no-untyped-def]
    _, clean_rows, mixed, mixed_rows = runs
    for name in GOOD:
        assert mixed_rows[name] == clean_rows[name], name


def test_every_broken_file_recorded_with_its_reason(runs, summary_lines) -> None:  # type: ignore[no-untyped-def]
    _, clean_rows, mixed, mixed_rows = runs
    assert mixed.returncode == 1, mixed.stderr
    expected = broken_files()
    assert sorted(mixed_rows) == sorted([*GOOD, *expected]), "a file was lost"
    problems, reasons = [], Counter()
    for name, (_, want) in expected.items():
        row, (kind, _, detail) = mixed_rows[name], want.partition(":")
        got = row["error"] if row["status"] == "error" else json.loads(row["warnings"])
        if row["status"] == "error":
            reasons[row["error"].split(":")[0]] += 1
        else:
            reasons["ok, " + ("warning: " + got[0].split(" (")[0] if got else "no warning")] += 1
        if not _matches(row, kind, detail):
            problems.append(f"{name}: wanted {want!r}, got {row['status']} {got!r}")
    mixed_errors = sum(r["status"] == "error" for r in mixed_rows.values())
    summary_lines.append(f"robustness: {len(mixed_rows)} files tried ({len(expected)} broken, "
                         f"{len(GOOD)} good), {mixed_errors} error rows, good records "
                         f"unchanged: {all(mixed_rows[n] == clean_rows[n] for n in GOOD)}")
    summary_lines.extend(f"  {n:2d} x {reason}" for reason, n in sorted(reasons.items()))
    assert not problems, "\n".join(problems)


def _matches(row: dict, kind: str, detail: str) -> bool:
    """Whether a documents row is what the broken-file table expects."""
    if kind == "error":
        return row["status"] == "error" and detail.lower() in row["error"].lower()
    if row["status"] != "ok":
        return False
    if kind == "warn":
        return any(detail in w for w in json.loads(row["warnings"]))
    values = sorted(f["value"] for f in row["figures"])
    wanted = sorted(float(v) for v in detail.split(",") if v)
    return all(v in values for v in wanted) and (wanted or not row["figures"]) and (wanted or not row["quotes"])


def test_error_lines_name_the_file(runs) -> None:  # type: ignore[no-untyped-def]
    """stderr names every failed file with its reason, one line each."""
    _, _, mixed, mixed_rows = runs
    for name, row in mixed_rows.items():
        if row["status"] == "error":
            assert any(name in line and row["error"][:40] in line for line in mixed.stderr.splitlines()), \
                (name, mixed.stderr[-2000:])


def test_missing_path_passed_directly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from extractor.extract import extract_all

    link = tmp_path / "dangling.pdf"
    link.symlink_to(tmp_path / "nowhere.pdf")
    results = list(extract_all([tmp_path / "absent.txt", link]))
    assert [type(e) for _, r, e in results] == [MissingFile, MissingFile]
    assert all(r is None and isinstance(e, ExtractorError) for _, r, e in results)


def test_one_page_with_bad_mediabox_keeps_the_other_pages() -> None:
    from extractor.ingest import load

    data = text_pdf(PAGES)
    good = b"/MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R"
    assert data.count(good) == 1
    document = load("bad_box.pdf", data.replace(good, good.replace(b"612 792]", b"612]    ")))
    assert "41 serious incident" in document.text and "9 local child" in document.text


# ------------------------------------------------------------------ third-party files

PDF_SAMPLE, EXTRACT_SAMPLE, SEED = 30, 25, 7  # the full sweep is benchmarks/external_sweep.py


def external_files(shared: Path) -> list[Path]:
    from extractor.extract import iter_inputs

    return list(iter_inputs([shared / "external"]))


def test_external_ingest_raises_only_extractor_errors(shared_dir, summary_lines) -> None:  # type: ignore[no-untyped-def]
    """Every non-PDF and a seeded sample of the PDFs: a Document or an ExtractorError."""
    from extractor.ingest import load

    files = external_files(shared_dir)
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    chosen = [p for p in files if p.suffix.lower() != ".pdf"]
    chosen += random.Random(SEED).sample(pdfs, min(PDF_SAMPLE, len(pdfs)))
    errors, pages = Counter(), 0
    for path in chosen:
        try:
            pages += load(path).source.pages or 1
        except ExtractorError as exc:
            errors[f"{type(exc).__name__}: {exc.reason.split(':')[0]}"] += 1
    assert len(chosen) > 100 and pages > len(chosen)
    summary_lines.append(f"external ingest: {len(chosen)} files, {pages} pages, "
                         f"{sum(errors.values())} errors: {dict(errors)}")


def test_external_extract_never_raises_uncaught(shared_dir, nlp, summary_lines) -> None:  # type: ignore[no-untyped-def]
    """Full extraction of a seeded sample of the third-party files: no internal errors."""
    from extractor.extract import extract_all

    files = external_files(shared_dir)
    sample = sorted(random.Random(SEED).sample(files, min(EXTRACT_SAMPLE, len(files))))
    internal, ok = [], 0
    for path, record, error in extract_all(sample, nlp):
        assert (record is None) != (error is None), path
        ok += record is not None
        if error is not None and error.reason.startswith("internal error"):
            internal.append(str(error))
    summary_lines.append(f"external extract: {len(sample)} files, {ok} records, "
                         f"{len(internal)} internal errors")
    assert not internal, "\n".join(internal)
