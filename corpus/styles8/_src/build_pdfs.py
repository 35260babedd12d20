"""Rebuild this folder's PDFs. Chromium-printed ones (p03, p05) from their HTML sources, then the synthetic note
is written into the PDF Subject with pypdf; p01 (reportlab), p02 (fpdf2), p04 (reportlab) and p06 (fpdf2) are
built by their own scripts, which set the Subject themselves. Needs Debian's `chromium` and a venv outside the
repository with pypdf, reportlab, fpdf2 and pdfplumber (python3 -m venv /tmp/pdfgen8 && /tmp/pdfgen8/bin/pip
install pypdf reportlab fpdf2 pdfplumber). groff was tried first but this machine's groff has no pdf device.
Run: /tmp/pdfgen8/bin/python _src/build_pdfs.py"""
import os
import subprocess
import sys
import tempfile

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
CHROMIUM = {
    'p03_ealing.html': ('p03_ealing_inspection_report_excerpt.pdf', "Ealing: inspection of local authority children's services (excerpt)"),
    'p05_bcp.html': ('p05_bcp_partnership_newsletter_winter_2026.pdf', 'Safeguarding Matters - BCP Safeguarding Children Partnership newsletter, Winter 2026'),
}
SCRIPTS = ['p01_central_bedfordshire.py', 'p02_north_east_lincolnshire.py', 'p04_southend.py', 'p06_flintshire.py']


def main():
    only = sys.argv[1:]
    for src, (out, title) in CHROMIUM.items():
        if only and src not in only:
            continue
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
    for s in SCRIPTS:
        if only and s not in only:
            continue
        if os.path.exists(os.path.join(HERE, s)):
            subprocess.run([sys.executable, os.path.join(HERE, s)], check=True)


if __name__ == '__main__':
    main()
