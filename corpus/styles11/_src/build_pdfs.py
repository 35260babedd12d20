"""Print this folder's Chromium sources to PDF and write the synthetic note into the PDF Subject with pypdf.
Adapted from corpus/holdout/styles8/_src/build_pdfs.py. The reportlab / fpdf2 builders set Subject themselves.
Run: /tmp/pdfgen8/bin/python _src/build_pdfs.py [source.html ...]"""
import os
import subprocess
import sys
import tempfile

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
CHROMIUM = {
    'p02_east_ayrshire.html': ('p02_east_ayrshire_joint_inspection_children_at_risk_of_harm.pdf',
                               'Joint inspection of services for children at risk of harm in East Ayrshire'),
}
SCRIPTS = ['p01_islington_trust.py', 'p03_westmorland_furness.py', 'p04_windsor_maidenhead.py', 'p05_commissioner.py']


def main():
    only = sys.argv[1:]
    for src, (out, title) in CHROMIUM.items():
        if only and src not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            raw = os.path.join(tmp, 'raw.pdf')
            subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                            '--user-data-dir=' + os.path.join(tmp, 'prof'),
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
