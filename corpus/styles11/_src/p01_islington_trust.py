"""p01: NHS trust safeguarding children annual report (reportlab platypus; the training table runs onto page 2
with its header row repeated). Run with a python that has reportlab: /tmp/pdfgen8/bin/python _src/p01_islington_trust.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'p01_islington_nhs_trust_safeguarding_children_annual_report.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'

ROWS = [
    ('Emergency department nursing', '3', '214', '91.6%', '88.2%'),
    ('Emergency department medical', '3', '96', '84.4%', '79.0%'),
    ('Paediatric nursing', '3', '138', '94.2%', '92.7%'),
    ('Paediatric medical', '3', '61', '90.2%', '86.9%'),
    ('Midwifery', '3', '247', '89.1%', '90.3%'),
    ('Obstetric medical', '3', '44', '77.3%', '81.8%'),
    ('Health visiting', '3', '118', '96.6%', '95.1%'),
    ('School nursing', '3', '52', '98.1%', '94.3%'),
    ('Sexual health', '3', '39', '87.2%', '82.4%'),
    ('Adult mental health liaison', '3', '27', '81.5%', '74.1%'),
    ('Adult nursing (wards)', '2', '1,062', '92.4%', '91.0%'),
    ('Allied health professionals', '2', '384', '90.9%', '89.6%'),
    ('Administrative and clerical', '1', '1,415', '95.3%', '94.8%'),
    ('Estates and facilities', '1', '402', '86.6%', '85.1%'),
    ('Trust total', '-', '4,299', '92.0%', '90.9%'),
]


def footer(c, doc):
    c.saveState()
    c.setFont('Helvetica', 7.5)
    c.drawString(20 * mm, 12 * mm, 'Islington Community and Acute NHS Trust | Safeguarding Children Annual Report 2025/26 | Trust Board ref TB 26/041')
    c.drawRightString(190 * mm, 12 * mm, 'Page %d of 2' % doc.page)
    c.setFont('Helvetica-Oblique', 6.5)
    c.drawString(20 * mm, 8 * mm, NOTE)
    c.restoreState()


def main():
    ss = getSampleStyleSheet()
    body = ParagraphStyle('b', parent=ss['BodyText'], fontName='Helvetica', fontSize=9.5, leading=12.5, spaceAfter=5)
    h1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=15, leading=18, textColor=colors.HexColor('#005EB8'))
    h2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=11, leading=14, textColor=colors.HexColor('#005EB8'), spaceBefore=6)
    cell = ParagraphStyle('c', parent=body, fontSize=9, leading=11, spaceAfter=0)
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
                            title='Safeguarding Children Annual Report 2025/26', author='Islington Community and Acute NHS Trust (synthetic)',
                            subject=NOTE)
    s = []
    s.append(Paragraph('Islington Community and Acute NHS Trust', h2))
    s.append(Paragraph('Safeguarding Children Annual Report 2025/26', h1))
    s.append(Paragraph('Report to the Trust Board, 28 May 2026. Executive lead: Rachel Dunmore, Chief Nurse. Authors: Grace Mbatha, Named Nurse for Safeguarding Children, and Dr Owen Pritchard, Named Doctor for Safeguarding Children.', body))
    s.append(Paragraph('1. Summary', h2))
    s.append(Paragraph('This report covers 1 April 2025 to 31 March 2026 and sets out how the trust met its duties under section 11 of the Children Act 2004 and the Intercollegiate Document (2019). The trust is a statutory member of the Islington Safeguarding Children Partnership.', body))
    s.append(Paragraph("Trust staff made 1,284 referrals to children's social care in 2025/26, up from 1,107 in 2024/25, an increase of 16%. Of these, 412 came from the emergency department, 297 from maternity services and 185 from the 0-19 service. A further 164 were pre-birth referrals for unborn babies. The safeguarding advice line took 3,656 calls, and children who were not brought to 2,341 outpatient appointments were followed up by the team.", body))
    s.append(Paragraph('Paediatricians completed 143 child protection medicals, 38 of them on the day of referral. Safeguarding supervision reached 96% of eligible health visitors and school nurses. The safeguarding children team has 4.6 whole-time equivalent posts and a budget of £612,000.', body))
    s.append(Paragraph('2. Reviews', h2))
    s.append(Paragraph('The trust contributed to nine rapid reviews convened by the partnership, each within 15 working days of the notification. Learning for health was identified in seven of the nine. The trust also contributed to three local child safeguarding practice reviews: two were commissioned in the year and one, Child V, was published in February 2026. The Child Death Overview Panel asked the trust for information on 23 child deaths.', body))
    s.append(Paragraph('The Child V review found that "the baby\'s bruising was seen by three professionals on two occasions, and each of them assumed that someone else had made the referral." The trust has accepted all five recommendations addressed to it and completed four by 31 March 2026.', body))
    s.append(Paragraph('3. Training compliance', h2))
    s.append(Paragraph('The trust target is 90% for every staff group. Eleven of the 14 staff groups met the target at 31 March 2026. Compliance by staff group and level:', body))
    data = [['Staff group', 'Level', 'Staff in scope', '2025/26', '2024/25']] + [list(r) for r in ROWS]
    t = Table(data, colWidths=[70 * mm, 16 * mm, 28 * mm, 26 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ('FONT', (0, 0), (-1, 0), 'Helvetica-Bold', 9), ('FONT', (0, 1), (-1, -1), 'Helvetica', 9),
        ('FONT', (0, -1), (-1, -1), 'Helvetica-Bold', 9),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DCE9F7')), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
        ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph('Obstetric medical staff fell furthest below target, at 77.3%, and the lowest figure last year was in adult mental health liaison. A recovery plan for the three groups below target was agreed in March 2026.', body))
    s.append(Paragraph('4. Voice of the child and family', h2))
    s.append(Paragraph('Grace Mbatha said: "Our referral numbers have gone up because staff are more confident, not because children are less safe." She added that the team would "keep asking who else has seen this child."', body))
    s.append(Paragraph('One mother told the team: "The midwife was the first person who asked me what was happening at home, and she waited for the answer."', body))
    s.append(Paragraph('Safeguarding children team, 020 7946 0813, safeguarding.children@icat-nhs.example', body))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
