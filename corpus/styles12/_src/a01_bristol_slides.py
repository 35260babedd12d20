"""a01: safeguarding partnership board slide deck exported to PDF (reportlab canvas, one 16:9 slide a page).
Run: /tmp/pdfgen8/bin/python _src/a01_bristol_slides.py"""
import os
from reportlab.pdfgen import canvas
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'a01_bristol_partnership_board_slides_2025_26.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
W, H = 960, 540
NAVY = colors.HexColor('#1B2A4A')
CORAL = colors.HexColor('#E4572E')
TEAL = colors.HexColor('#17A398')
GREY = colors.HexColor('#6B6B6B')


def frame(c, n, title):
    c.setFillColor(NAVY)
    c.rect(0, H - 88, W, 88, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 34)
    c.drawString(48, H - 60, title)
    c.setFillColor(CORAL)
    c.rect(0, H - 94, W, 6, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont('Helvetica', 10)
    c.drawString(48, 26, 'Keeping Bristol Safe Partnership  |  Executive Board  |  4 December 2026')
    c.drawRightString(W - 48, 26, 'Slide %d of 12' % n)
    c.setFont('Helvetica', 6.5)
    c.drawString(48, 12, NOTE)


def bullets(c, x, y, items, size=20, lead=38):
    for big, rest in items:
        c.setFillColor(CORAL)
        c.circle(x + 5, y + 6, 4, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont('Helvetica-Bold', size + 6)
        c.drawString(x + 20, y, big)
        wbig = c.stringWidth(big, 'Helvetica-Bold', size + 6)
        c.setFont('Helvetica', size)
        c.setFillColor(colors.black)
        c.drawString(x + 28 + wbig, y, rest)
        y -= lead
    return y


def slide4(c):
    frame(c, 4, '2025/26 at a glance')
    y = bullets(c, 56, 400, [
        ('14', 'serious incident notifications (2024/25: 11)'),
        ('14', 'rapid reviews - 12 within 15 working days'),
        ('3', 'LCSPRs commissioned  |  2 published  |  4 ongoing'),
        ('1', 'case taken forward by the national Panel'),
        ('587', 'children on a CP plan at 31 March (55.1 per 10,000)'),
        ('0', 'reviews overdue for publication by more than 6 months'),
    ])
    c.setFillColor(TEAL)
    c.roundRect(640, 90, 270, 110, 10, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(656, 176, 'England comparator')
    c.setFont('Helvetica', 12)
    c.drawString(656, 154, 'CP plan rate 41.3 per 10,000')
    c.drawString(656, 134, 'Source: LA return, 2025/26')
    c.drawString(656, 114, '(provisional - not yet published)')


def slide5(c):
    frame(c, 5, 'Notifications and rapid reviews, 2021/22 to 2025/26')
    years = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']
    sin = [9, 12, 8, 11, 14]
    rr = [9, 11, 8, 10, 14]
    x0, y0, ph, top = 110, 110, 280, 16
    c.setFont('Helvetica', 11)
    for t in range(0, 17, 4):
        y = y0 + ph * t / top
        c.setStrokeColor(colors.HexColor('#DDDDDD'))
        c.setLineWidth(0.5)
        c.line(x0, y, 620, y)
        c.setFillColor(GREY)
        c.drawRightString(x0 - 8, y - 4, str(t))
    for i, yr in enumerate(years):
        x = x0 + 18 + i * 100
        for j, (vals, col) in enumerate(((sin, NAVY), (rr, TEAL))):
            v = vals[i]
            bh = ph * v / top
            c.setFillColor(col)
            c.rect(x + j * 36, y0, 32, bh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont('Helvetica-Bold', 13)
            c.drawCentredString(x + j * 36 + 16, y0 + bh + 5, str(v))
        c.setFont('Helvetica', 11)
        c.setFillColor(GREY)
        c.drawCentredString(x + 34, y0 - 18, yr)
    c.setFillColor(NAVY)
    c.rect(x0, 62, 12, 12, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont('Helvetica', 11)
    c.drawString(x0 + 18, 64, 'Serious incident notifications')
    c.setFillColor(TEAL)
    c.rect(x0 + 220, 62, 12, 12, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawString(x0 + 238, 64, 'Rapid reviews held')
    c.setFillColor(NAVY)
    c.setFont('Helvetica-Bold', 18)
    c.drawString(660, 380, 'What the data says')
    c.setFont('Helvetica', 15)
    c.setFillColor(colors.black)
    lines = ['- Highest number of', '  notifications in five years', '- Neglect a factor in 9 of 14', '- 5 of the 14 were babies', '  under one year old', '- Median time to decision:', '  13 working days']
    y = 348
    for ln in lines:
        c.drawString(660, y, ln)
        y -= 26


def slide12(c):
    frame(c, 12, 'Questions?')
    c.setFillColor(NAVY)
    c.setFont('Helvetica-Bold', 20)
    c.drawString(56, 400, 'Asks of the Board')
    c.setFont('Helvetica', 17)
    c.setFillColor(colors.black)
    y = 366
    for ln in ['1. Agree the neglect strategy refresh (launch March 2027)',
               '2. Note the partnership budget of £512,000 for 2026/27',
               '   - a 4% uplift on 2025/26',
               '3. Endorse the 6-month learning review programme',
               '4. Nominate a lead for the under-ones thematic review']:
        c.drawString(56, y, ln)
        y -= 32
    c.setFillColor(colors.HexColor('#F3F3F3'))
    c.roundRect(56, 70, 560, 86, 8, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.setFont('Helvetica-Oblique', 15)
    c.drawString(74, 124, '"I told three different people the same thing before anyone')
    c.drawString(74, 104, 'actually did something."')
    c.setFont('Helvetica', 12)
    c.drawString(74, 82, '- Parent, rapid review family engagement, 2025/26')
    c.setFillColor(TEAL)
    c.roundRect(650, 70, 260, 290, 10, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont('Helvetica-Bold', 14)
    c.drawString(666, 330, 'Contact')
    c.setFont('Helvetica', 12)
    y = 306
    for ln in ['Dr Alison Pearce', 'Independent Scrutineer', '', 'Marcus Lindo', 'Partnership Business Manager',
               'kbsp@bristol-partnership.example', '01632 960 471']:
        c.drawString(666, y, ln)
        y -= 20


def main():
    c = canvas.Canvas(OUT, pagesize=(W, H))
    c.setTitle('Keeping Bristol Safe Partnership - Executive Board - annual report 2025/26 (extract)')
    c.setSubject(NOTE)
    c.setAuthor('review-records evaluation set (synthetic)')
    for f in (slide4, slide5, slide12):
        f(c)
        c.showPage()
    c.save()
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
