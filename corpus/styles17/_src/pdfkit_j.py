"""Small reportlab helpers for writer j (styles17), copied from corpus/styles16/_src/pdfkit_g.py."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
ss = getSampleStyleSheet()


def styles(accent='#2b4a6f'):
    a = colors.HexColor(accent)
    return dict(
        body=ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5),
        small=ParagraphStyle('s', parent=ss['BodyText'], fontName='Helvetica', fontSize=7.5, leading=9.5, spaceAfter=3),
        h1=ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=15, leading=18, textColor=a),
        h2=ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11, leading=14, textColor=a, spaceBefore=6),
        cell=ParagraphStyle('c', parent=ss['BodyText'], fontName='Helvetica', fontSize=8.5, leading=10.5, spaceAfter=0),
        accent=a)


def table(rows, widths, accent, header_rows=1):
    t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    t.setStyle(TableStyle([
        ('FONT', (0, 0), (-1, -1), 'Helvetica', 8.5),
        ('FONT', (0, 0), (-1, header_rows - 1), 'Helvetica-Bold', 8.5),
        ('BACKGROUND', (0, 0), (-1, header_rows - 1), accent),
        ('TEXTCOLOR', (0, 0), (-1, header_rows - 1), colors.white),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
    ]))
    return t


def build(out, title, author, story, header, footer_left, npages):
    def deco(c, doc):
        c.saveState()
        c.setFont('Helvetica', 7.5)
        c.drawString(20 * mm, 287 * mm, header)
        c.drawString(20 * mm, 12 * mm, footer_left)
        c.drawRightString(190 * mm, 12 * mm, 'Page %d of %d' % (doc.page, npages))
        c.setFont('Helvetica-Oblique', 6.5)
        c.drawString(20 * mm, 8 * mm, NOTE)
        c.restoreState()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title=title, author=author + ' (synthetic)', subject=NOTE)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
