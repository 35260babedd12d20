"""Shared reportlab helpers for writer f's PDFs (styles15). Not the tool."""
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, NextPageTemplate)
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ss = getSampleStyleSheet()
BODY = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
SMALL = ParagraphStyle('s', parent=BODY, fontSize=7.5, leading=9.5)
H1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=16, leading=19, spaceAfter=6)
H2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle('c', parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
SYN = 'SYNTHETIC test document - invented for evaluation; not a real publication.'


def P(t, st=BODY):
    return Paragraph(t, st)


def table(rows, widths, head_bg=colors.HexColor('#1f4e79'), zebra=True):
    data = [[P(str(c), CELL) if not isinstance(c, Paragraph) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
          ('BACKGROUND', (0, 0), (-1, 0), head_bg), ('TEXTCOLOR', (0, 0), (-1, 0), colors.white),
          ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    t.setStyle(TableStyle(st))
    for r in range(len(rows)):
        pass
    # header text white: rebuild header paragraphs
    hdr = ParagraphStyle('hh', parent=CELL, textColor=colors.white, fontName='Helvetica-Bold')
    t._cellvalues[0] = [P(str(c), hdr) for c in rows[0]]
    return t


def cards(items, width):
    """stat cards: list of (big, small)."""
    big = ParagraphStyle('big', parent=BODY, fontName='Helvetica-Bold', fontSize=17, leading=20, alignment=1,
                         textColor=colors.HexColor('#1f4e79'), spaceAfter=0)
    sm = ParagraphStyle('sm', parent=CELL, alignment=1)
    cells = [[P(b, big), P(s, sm)] for b, s in items]
    n = len(items)
    t = Table([[Table([[c[0]], [c[1]]]) for c in cells]], colWidths=[width / n] * n)
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.grey), ('INNERGRID', (0, 0), (-1, -1), 0.5, colors.white),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e8f0f8')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def build(name, story, title, header, footer_left, two_col_after_first=False, author='', landscape=False, first='one'):
    path = os.path.join(OUT, name)
    W, H = A4
    def deco(c, d):
        c.saveState()
        c.setFont('Helvetica', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(18 * mm, H - 12 * mm, header)
        c.drawRightString(W - 18 * mm, 10 * mm, 'Page %d' % d.page)
        c.drawString(18 * mm, 10 * mm, footer_left)
        c.setFont('Helvetica-Oblique', 6.5)
        c.drawString(18 * mm, 6 * mm, SYN)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title=title, author=author, subject=SYN)
    fw = W - 36 * mm
    full = Frame(18 * mm, 16 * mm, fw, H - 34 * mm, id='full')
    gap = 6 * mm
    cw = (fw - gap) / 2
    left = Frame(18 * mm, 16 * mm, cw, H - 34 * mm, id='l')
    right = Frame(18 * mm + cw + gap, 16 * mm, cw, H - 34 * mm, id='r')
    tps = [PageTemplate('one', [full], onPage=deco), PageTemplate('two', [left, right], onPage=deco)]
    if first == 'two':
        tps.reverse()
    doc.addPageTemplates(tps)
    doc.build(story)
    return path


def gold(name, g):
    with open(os.path.join(OUT, name), 'w') as f:
        json.dump(g, f, indent=1, ensure_ascii=False)
        f.write('\n')
