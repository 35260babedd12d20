"""Rebuild the five PDFs of this folder from their HTML sources: print each with headless Chromium,
then write the synthetic-document note into the PDF metadata Subject (pypdf). Needs Debian's
`chromium` and a venv outside the repository with `pypdf` (and `pdfplumber` for check.py).
Run: python corpus/holdout/styles5/_src/build_pdfs.py"""
import os
import subprocess
import tempfile

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
PDFS = {
    'p01_hillingdon.html': ('p01_hillingdon_partnership_annual_report_2024_25.pdf', 'Hillingdon Safeguarding Children Partnership Annual Report 2024/25'),
    'p02_cheshire_west.html': ('p02_cheshire_west_and_chester_performance_scorecard_q3.pdf', "Children's Services Performance Scorecard Q3 2025/26"),
    'p03_wandsworth.html': ('p03_wandsworth_scrutiny_minutes.pdf', "Children's Overview and Scrutiny Committee - Minutes - 16 September 2025"),
    'p04_lewisham.html': ('p04_lewisham_rapid_review_lcspr_tracker.pdf', 'Rapid Review and LCSPR Tracker - position at 30 September 2025'),
    'p05_caerphilly.html': ('p05_caerphilly_child_protection_register_2025_26.pdf', 'Child Protection Register Annual Report 2025/26'),
}


def main():
    for src, (out, title) in PDFS.items():
        with tempfile.TemporaryDirectory() as tmp:
            raw = os.path.join(tmp, 'raw.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                            '--print-to-pdf=' + raw, os.path.join(HERE, src)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            w = PdfWriter(clone_from=PdfReader(raw))
            w.add_metadata({'/Title': title, '/Subject': NOTE, '/Author': 'review-records evaluation set (synthetic)'})
            with open(os.path.join(DIR, out), 'wb') as f:
                w.write(f)
        print('wrote', out)


if __name__ == '__main__':
    main()
