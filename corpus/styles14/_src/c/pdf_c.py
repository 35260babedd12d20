"""Writer c (styles14): small reportlab helpers shared by the three PDFs: running header, footer with the
synthetic note on every page, stat-card rows and ruled tables. Run the c0N_*.py builders, not this file."""
import os
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle, Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(os.path.dirname(HERE))
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
SS = getSampleStyleSheet()


def styles(accent, font='Helvetica', size=9.4):
    bold = font + '-Bold' if font in ('Helvetica', 'Times') else font + 'B'
    if font == 'Times':
        font, bold = 'Times-Roman', 'Times-Bold'
    return {
        'body': ParagraphStyle('b', parent=SS['BodyText'], fontName=font, fontSize=size, leading=size * 1.32, spaceAfter=5),
        'small': ParagraphStyle('s', parent=SS['BodyText'], fontName=font, fontSize=7.4, leading=9.2, spaceAfter=2),
        'h1': ParagraphStyle('h1', parent=SS['Heading1'], fontName=bold, fontSize=17, leading=21, textColor=accent, spaceAfter=4),
        'h2': ParagraphStyle('h2', parent=SS['Heading2'], fontName=bold, fontSize=11.5, leading=14, textColor=accent, spaceBefore=7, spaceAfter=3),
        'quote': ParagraphStyle('q', parent=SS['BodyText'], fontName=font + ('-Oblique' if font == 'Helvetica' else ''), fontSize=size + 1,
                                leading=(size + 1) * 1.3, leftIndent=14, rightIndent=14, textColor=accent, spaceBefore=4, spaceAfter=2),
        'cell': ParagraphStyle('c', parent=SS['BodyText'], fontName=font, fontSize=8.2, leading=10),
        'cellb': ParagraphStyle('cb', parent=SS['BodyText'], fontName=bold, fontSize=8.2, leading=10),
        'num': ParagraphStyle('n', parent=SS['BodyText'], fontName=bold, fontSize=19, leading=22, alignment=1, textColor=accent),
        'lab': ParagraphStyle('l', parent=SS['BodyText'], fontName=font, fontSize=7.8, leading=9.5, alignment=1),
    }


def page_deco(header_left, header_right, footer_left, accent, total=None):
    def deco(c, doc):
        c.saveState()
        w, h = doc.pagesize
        c.setFont('Helvetica', 7.6)
        c.setFillColor(accent)
        c.drawString(18 * mm, h - 11 * mm, header_left)
        c.drawRightString(w - 18 * mm, h - 11 * mm, header_right)
        c.setStrokeColor(accent)
        c.setLineWidth(0.5)
        c.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
        c.setFillColor(colors.black)
        c.drawString(18 * mm, 12 * mm, footer_left)
        c.drawRightString(w - 18 * mm, 12 * mm, ('Page %d of %d' % (doc.page, total)) if total else str(doc.page))
        c.setFont('Helvetica-Oblique', 6.3)
        c.setFillColor(colors.grey)
        c.drawString(18 * mm, 8 * mm, NOTE)
        c.restoreState()
    return deco


def cards(items, st, accent, width):
    """items: [(number, label)] printed as a row of stat cards."""
    row1 = [Paragraph(n, st['num']) for n, _ in items]
    row2 = [Paragraph(l, st['lab']) for _, l in items]
    t = Table([row1, row2], colWidths=[width / len(items)] * len(items))
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, accent), ('INNERGRID', (0, 0), (-1, -1), 0.6, colors.white),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F2F5F7')),
                           ('LINEAFTER', (0, 0), (-2, -1), 0.6, accent), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    return t


def table(rows, st, accent, widths, header_rows=1):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(x), st['cellb'] if i < header_rows else st['cell']) for x in r])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9AA5AE')),
                           ('BACKGROUND', (0, 0), (-1, header_rows - 1), colors.HexColor('#E3EAF0')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 2.5),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
    return t
