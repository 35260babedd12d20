"""Print writer B's Chromium sources to PDF and write the synthetic note into the PDF Subject with pypdf, then run
the fpdf2 builder. Adapted from corpus/styles11/_src/build_pdfs.py.
Run: /tmp/pdfgen8/bin/python _src/build_pdfs_b.py [source.html ...]"""
import os
import subprocess
import sys
import tempfile

from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
CHROMIUM = {
    'b02_herefordshire.html': ('b02_herefordshire_childrens_safeguarding_peer_review_letter.pdf',
                               "Children's safeguarding peer review - feedback letter, Herefordshire Council"),
}
SCRIPTS = ['b01_south_gloucestershire.py']


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
        subprocess.run([sys.executable, os.path.join(HERE, s)], check=True)


if __name__ == '__main__':
    main()
