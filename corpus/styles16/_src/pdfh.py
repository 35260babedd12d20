"""Shared reportlab styles and page decorations for writer h's PDFs (h01-h03)."""
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle, Paragraph

NOTE = 'INVENTED document written for evaluation: people, cases, quotes and figures are made up; only place names are real.'


def styles(accent='#1F4E79'):
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.3, leading=12.2, spaceAfter=5)
    return {
        'body': body,
        'small': ParagraphStyle('s', parent=body, fontSize=7.4, leading=9.2),
        'h1': ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=16, leading=19, textColor=colors.HexColor(accent)),
        'h2': ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11, leading=13.5, textColor=colors.HexColor(accent), spaceBefore=5, spaceAfter=3),
        'card': ParagraphStyle('card', parent=body, fontName='Helvetica-Bold', fontSize=15, leading=18, alignment=1, textColor=colors.white, spaceAfter=0),
        'cardl': ParagraphStyle('cardl', parent=body, fontSize=7.8, leading=9.5, alignment=1, textColor=colors.white, spaceAfter=0),
        'quote': ParagraphStyle('q', parent=body, fontName='Helvetica-Oblique', leftIndent=9 * mm, rightIndent=9 * mm, textColor=colors.HexColor(accent)),
    }


def make_footer(left, header=None):
    def footer(c, doc):
        c.saveState()
        if header:
            c.setFont('Helvetica', 7.5)
            c.setFillColor(colors.grey)
            c.drawString(18 * mm, 287 * mm, header)
        c.setFillColor(colors.black)
        c.setFont('Helvetica', 7.5)
        c.drawString(18 * mm, 12 * mm, left)
        c.drawRightString(192 * mm, 12 * mm, 'Page %d' % doc.page)
        c.setFont('Helvetica-Oblique', 6.5)
        c.drawString(18 * mm, 8 * mm, NOTE)
        c.restoreState()
    return footer


def cards(st, items, accent='#1F4E79', width=174):
    n = len(items)
    t = Table([[Paragraph(a, st['card']) for a, _ in items], [Paragraph(b, st['cardl']) for _, b in items]], colWidths=[width / n * mm] * n)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(accent)), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('LINEAFTER', (0, 0), (-2, -1), 2, colors.white), ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    return t


def table(rows, widths, head='#DCE6F1'):
    t = Table(rows, colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 8.5), ('FONT', (0, 1), (-1, -1), 'Helvetica', 8.5),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head)), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    return t
