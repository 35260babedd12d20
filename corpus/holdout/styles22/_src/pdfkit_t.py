"""Small reportlab helpers for writer t PDFs (styles22). Copied from corpus/styles21/_src/pdfkit_q.py (itself from styles20 pdfkit_o.py)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, FrameBreak)

NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
ss = getSampleStyleSheet()


def styles(accent='#2b4a6f', font='Helvetica', size=9.5):
    a = colors.HexColor(accent)
    bold = font + '-Bold' if font == 'Helvetica' else font
    return dict(
        body=ParagraphStyle('b', parent=ss['BodyText'], fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=5),
        small=ParagraphStyle('s', parent=ss['BodyText'], fontName=font, fontSize=7.5, leading=9.5, spaceAfter=3),
        h1=ParagraphStyle('h1', parent=ss['Heading1'], fontName=bold, fontSize=15, leading=18, textColor=a),
        h2=ParagraphStyle('h2', parent=ss['Heading2'], fontName=bold, fontSize=11, leading=14, textColor=a, spaceBefore=6),
        cell=ParagraphStyle('c', parent=ss['BodyText'], fontName=font, fontSize=8.5, leading=10.5, spaceAfter=0),
        accent=a)


def table(rows, widths, accent, header_rows=1, grid='#999999', zebra=None):
    t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    st = [
        ('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor(grid)),
    ]
    if header_rows:
        st += [('FONT', (0, 0), (-1, header_rows - 1), 'Helvetica-Bold', 8.5),
               ('BACKGROUND', (0, 0), (-1, header_rows - 1), accent),
               ('TEXTCOLOR', (0, 0), (-1, header_rows - 1), colors.white)]
    if zebra:
        for r in range(header_rows, len(rows), 2):
            st.append(('BACKGROUND', (0, r), (-1, r), colors.HexColor(zebra)))
    t.setStyle(TableStyle(st))
    return t


def deco_factory(header, footer_left, npages, note=NOTE):
    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7.5)
        c.drawString(20 * mm, 287 * mm, header)
        c.drawString(20 * mm, 12 * mm, footer_left)
        c.drawRightString(190 * mm, 12 * mm, 'Page %d of %d' % (doc.page, npages))
        c.setFont('Helvetica-Oblique', 6.5)
        c.drawString(20 * mm, 8 * mm, note)
        c.restoreState()
    return deco


def build(out, title, author, story, header, footer_left, npages):
    deco = deco_factory(header, footer_left, npages)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title=title, author=author + ' (synthetic)', subject=NOTE)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_two_col(out, title, author, story, header, footer_left, npages, band_h=60):
    """First page: a full-width band (band_h mm) over two columns; later pages: two columns."""
    deco = deco_factory(header, footer_left, npages)
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=22 * mm, title=title, author=author + ' (synthetic)', subject=NOTE)
    W, H = A4
    lm, bm, top = 20 * mm, 22 * mm, H - 18 * mm
    gap = 6 * mm
    cw = (W - 40 * mm - gap) / 2
    band = Frame(lm, top - band_h * mm, W - 40 * mm, band_h * mm, id='band')
    c1 = Frame(lm, bm, cw, top - band_h * mm - bm, id='c1')
    c2 = Frame(lm + cw + gap, bm, cw, top - band_h * mm - bm, id='c2')
    d1 = Frame(lm, bm, cw, top - bm, id='d1')
    d2 = Frame(lm + cw + gap, bm, cw, top - bm, id='d2')
    doc.addPageTemplates([PageTemplate('first', [band, c1, c2], onPage=deco),
                          PageTemplate('later', [d1, d2], onPage=deco)])
    doc.build(story)
