"""Print writer B's Chromium source (b07) to PDF, write the synthetic note into the PDF Subject with pypdf, then run the
reportlab (b01) and fpdf2 (b02) builders. Adapted from corpus/styles11/_src/build_pdfs.py.
Run: /tmp/pdfgen8/bin/python _src/build_pdfs_b.py"""
import os
import subprocess
import sys
import tempfile

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
CHROMIUM = {'b07_west_berkshire.html': ('b07_west_berkshire_dph_annual_report_children_safety.pdf',
                                        'Director of Public Health Annual Report 2026 - Chapter 4: Keeping children safe')}
SCRIPTS = ['b01_luton.py', 'b02_cardiff.py']


def main():
    for src, (out, title) in CHROMIUM.items():
        with tempfile.TemporaryDirectory() as tmp:
            raw = os.path.join(tmp, 'raw.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                            '--user-data-dir=' + os.path.join(tmp, 'prof'), '--print-to-pdf=' + raw, os.path.join(HERE, src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            w = PdfWriter(clone_from=PdfReader(raw))
            w.add_metadata({'/Title': title, '/Subject': NOTE, '/Author': 'review-records evaluation set (synthetic)'})
            with open(os.path.join(DIR, out), 'wb') as f:
                w.write(f)
        print('wrote', out)
    for s in SCRIPTS:
        subprocess.run([sys.executable, os.path.join(HERE, s)], check=True)


if __name__ == '__main__':
    main()
