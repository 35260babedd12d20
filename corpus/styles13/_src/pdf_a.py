"""Small reportlab (platypus) helper for the a-series PDFs: running header/footer, synthetic note on every page,
synthetic note in the metadata Subject. DejaVu Sans."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BODY = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.6, spaceAfter=5)
H1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
H2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
SMALL = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10, spaceAfter=3)
BUL = ParagraphStyle('bu', parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2)
QUOTE = ParagraphStyle('q', parent=BODY, fontName='DVI', leftIndent=18, rightIndent=18, textColor=colors.HexColor('#203864'))
CELL = ParagraphStyle('c', fontName='DV', fontSize=8.3, leading=10)
CELLB = ParagraphStyle('cb', fontName='DVB', fontSize=8.3, leading=10)


def P(t, st=BODY):
    return Paragraph(t, st)


def B(t):
    return Paragraph(t, BUL, bulletText='\u2022')


def table(rows, widths, head_bg='#D9E2F3'):
    data = [[Paragraph(str(c), CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head_bg)),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def build(name, title, header, footer_left, story, author='', pagesize=A4):
    path = os.path.join(OUT, name)

    def deco(c, doc):
        w, h = pagesize
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(18 * mm, h - 11 * mm, header)
        c.drawString(18 * mm, 13 * mm, footer_left)
        c.drawRightString(w - 18 * mm, 13 * mm, 'Page %d' % doc.page)
        c.setFont('DV', 6)
        c.drawString(18 * mm, 8 * mm, NOTE)
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=17 * mm,
                            bottomMargin=20 * mm, title=title, author=author, subject=NOTE)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    print('wrote', path)
