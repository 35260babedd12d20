"""Minimal reportlab layout for the corpus/styles2 PDFs: one-column pages, running header and
footer, paragraphs, ruled or whitespace tables, and the synthetic note in the Subject metadata."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)

SUBJECT = ("SYNTHETIC TEST DOCUMENT: invented people, quotes and figures, written to evaluate a "
           "figure and quote extractor. Not a real publication.")

_D = "/usr/share/fonts/truetype/dejavu/"
for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif"), ("Cond", "DejaVuSansCondensed")):
    obl = "Oblique" if fam != "Serif" else "Italic"
    files = {"": base, "-Bold": base + "-Bold", "-Italic": base + "-" + obl,
             "-BoldItalic": base + "-Bold" + obl}
    for suf, f in files.items():
        pdfmetrics.registerFont(TTFont(fam + suf, _D + f + ".ttf"))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-Bold")
    addMapping(fam, 0, 1, fam + "-Italic"); addMapping(fam, 1, 1, fam + "-BoldItalic")


class Doc:
    """Collects flowables, then builds the PDF with a header/footer on every page."""

    def __init__(self, path, title, author, header, footer, font="Sans", size=10,
                 justify=False, page_label="Page {n}", first_header=True, page_offset=0):
        self.path, self.title, self.author = path, title, author
        self.header, self.footer, self.page_label = header, footer, page_label
        self.font, self.size, self.first_header = font, size, first_header
        self.page_offset = page_offset
        self.story = []
        al = TA_JUSTIFY if justify else TA_LEFT
        b = font + "-Bold"
        self.st = {
            "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.38,
                                   alignment=al, spaceAfter=6),
            "h1": ParagraphStyle("h1", fontName=b, fontSize=size + 7, leading=size + 11,
                                 spaceAfter=8, textColor=colors.HexColor("#203864")),
            "h2": ParagraphStyle("h2", fontName=b, fontSize=size + 2, leading=size + 5,
                                 spaceBefore=8, spaceAfter=5, textColor=colors.HexColor("#203864")),
            "h3": ParagraphStyle("h3", fontName=b, fontSize=size, leading=size + 3,
                                 spaceBefore=6, spaceAfter=3),
            "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=size * 1.38,
                                     leftIndent=14, bulletIndent=4, spaceAfter=2),
            "quote": ParagraphStyle("quote", fontName=font + "-Italic", fontSize=size,
                                    leading=size * 1.38, leftIndent=18, rightIndent=18, spaceAfter=6),
            "small": ParagraphStyle("small", fontName=font, fontSize=size - 2.5,
                                    leading=size, textColor=colors.HexColor("#555555"), spaceAfter=3),
            "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=size + 1),
            "cellb": ParagraphStyle("cellb", fontName=b, fontSize=size - 1.5, leading=size + 1),
        }

    def p(self, text, style="body"):
        self.story.append(Paragraph(text, self.st[style]))

    def h1(self, t): self.p(t, "h1")
    def h2(self, t): self.p(t, "h2")
    def h3(self, t): self.p(t, "h3")
    def small(self, t): self.p(t, "small")
    def quote(self, t): self.p(t, "quote")

    def bullet(self, t, mark="\u2022"):
        self.story.append(Paragraph(t, self.st["bullet"], bulletText=mark))

    def space(self, h=8):
        self.story.append(Spacer(1, h))

    def pagebreak(self):
        self.story.append(PageBreak())

    def table(self, rows, widths=None, grid=True, header_rows=1, align_right_from=1):
        data = [[Paragraph(str(c), self.st["cellb" if i < header_rows else "cell"]) for c in r]
                for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if grid:
            cmds += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dde5f0"))]
        else:
            cmds += [("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black)]
        t.setStyle(TableStyle(cmds))
        self.story.append(t)
        self.space(8)

    def _decorate(self, canv, doc):
        canv.saveState()
        canv.setFont(self.font, 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        w, h = A4
        if self.header and (self.first_header or doc.page > 1):
            canv.drawString(56, h - 36, self.header)
        if self.footer:
            canv.drawString(56, 30, self.footer)
        if self.page_label:
            canv.drawRightString(w - 56, 30, self.page_label.format(n=doc.page + self.page_offset))
        canv.restoreState()

    def build(self):
        d = SimpleDocTemplate(self.path, pagesize=A4, leftMargin=56, rightMargin=56,
                              topMargin=56, bottomMargin=52, title=self.title,
                              author=self.author, subject=SUBJECT, creator="corpus/styles2/_src")
        d.build(self.story, onFirstPage=self._decorate, onLaterPages=self._decorate)
        return self.path


class TwoColumnDoc(Doc):
    """Same helpers, laid out in two columns (the reading order is left column, then right)."""

    def build(self):
        from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
        w, h = A4
        gap, lm, bm = 18, 56, 52
        colw = (w - 2 * lm - gap) / 2
        frames = [Frame(lm, bm, colw, h - bm - 56, id="left", leftPadding=0, rightPadding=0),
                  Frame(lm + colw + gap, bm, colw, h - bm - 56, id="right", leftPadding=0, rightPadding=0)]
        d = BaseDocTemplate(self.path, pagesize=A4, title=self.title, author=self.author,
                            subject=SUBJECT, creator="corpus/styles2/_src")
        d.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=self._decorate)])
        d.build(self.story)
        return self.path
