"""Writer r, r02: the National Medical Examiner's annual report (England and Wales; national), PDF, two columns."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR
from pdfkit_r import styles, table, build_two_col, Paragraph, Spacer, mm, colors, Table, TableStyle, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle

DOC = 'r02_national_medical_examiner_annual_report_england_and_wales.pdf'
S = styles('#005eb8', size=9)
B, H2, SM, H1 = S['body'], S['h2'], S['small'], S['h1']
A = S['accent']
TITLE = ParagraphStyle('t', parent=H1, fontSize=19, leading=23, textColor=colors.white)
SUB = ParagraphStyle('sub', parent=B, textColor=colors.white, fontSize=10)
PQ = ParagraphStyle('pq', parent=B, fontName='Helvetica-Oblique', leftIndent=6, borderPadding=0, textColor=A)


def p(t):
    return Paragraph(t, B)


band = Table([[[Paragraph('National Medical Examiner', SUB),
                Paragraph('Annual Report: the medical examiner system in England and Wales', TITLE),
                Paragraph('Published 14 July 2026 by the Office of the National Medical Examiner', SUB)]]],
             colWidths=[170 * mm], rowHeights=[40 * mm])
band.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), A), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                          ('LEFTPADDING', (0, 0), (-1, -1), 8)]))

rt = table([['Region', 'Deaths', 'Child deaths'],
            ['East of England', '56,210', '341'],
            ['London', '47,980', '486'],
            ['Midlands', '91,340', '612'],
            ['North East and Yorkshire', '74,160', '468'],
            ['North West', '66,020', '421'],
            ['South East', '78,930', '404'],
            ['South West', '60,870', '290'],
            ['Wales', '36,830', '192'],
            ['England and Wales', '512,340', '3,214']], [38, 22, 20], A, zebra='#e8f0f8')

story = [
    band,
    FrameBreak(),
    NextPageTemplate('later'),
    Paragraph('Foreword', H2),
    p('When the statutory system began on 9 September 2024 we promised bereaved people that an independent doctor would '
      'look at every death not investigated by a coroner. This report shows how far we have come. I want to thank every '
      'medical examiner and medical examiner officer for the care they take in every conversation with a family.'),
    Paragraph('Dr Alan Whitcombe, National Medical Examiner', SM),
    Paragraph('1. Scope of this report', H2),
    p('This report covers the period 1 April 2025 to 31 March 2026, the first full financial year of the statutory '
      'medical examiner system. Figures are drawn from the quarterly returns of medical examiner offices and are '
      'provisional.'),
    Paragraph('2. Scrutiny of deaths', H2),
    p('Medical examiners scrutinised 512,340 deaths in England and Wales, compared with 468,900 in 2024-25, or around '
      '97% of all deaths registered. Of these, 118,400 were notified to a coroner. Bereaved people raised a concern about '
      'care in 14,620 cases, and medical examiners made 2,870 referrals to clinical governance teams.'),
    p('The median time from death to the issue of a Medical Certificate of Cause of Death was 4 days (2024-25: 5 days). '
      'In England 76% of deaths were registered within five days, the registration standard; in Wales the figure was 81%.'),
    p('Medical examiners sent 4,118 notifications to the Learning from Lives and Deaths (LeDeR) programme for people with '
      'a learning disability or autistic people.'),
    Paragraph('3. Deaths of children', H2),
    p('Medical examiners scrutinised 3,214 deaths of children under 18. Of these, 1,904 (59%) were deaths of babies in '
      'their first year. The rate of child deaths was 31.4 per 100,000 children in England and 29.8 in Wales.'),
    p('Every child death is also reviewed by a child death overview panel. Medical examiners notified the relevant panel '
      'within 2 working days in 93% of cases, against a standard of 100%.'),
    p('Medical examiners identified a possible safeguarding concern in 286 child deaths. In 71 of these the medical '
      'examiner referred the death to the local safeguarding partnership for consideration of a rapid review, up from 52 '
      'in 2024-25.'),
    Paragraph('Table 1: Deaths scrutinised by region, 2025-26', SM),
    rt,
    Spacer(1, 2 * mm),
    p('A paediatric medical examiner in the North West told us the new joint pathway with the CDOP had changed practice: '
      '"We used to find out weeks later that a death had been a safeguarding case. Now the conversation happens on the '
      'first working day, and the family is not asked the same questions three times."'),
    Paragraph('4. Workforce and funding', H2),
    p('At 31 March 2026 there were 1,112 medical examiners and 1,486 medical examiner officers working in 128 offices. '
      'The Department of Health and Social Care provided £108.6 million to NHS trusts in England; the Welsh Government '
      'funded the NHS Wales service with £6.2 million.'),
    p('Dr Priya Raman, the Royal College of Pathologists\' lead for medical examiners, said: "The system is now part of '
      'the way the NHS learns. The next test is whether families see that learning."'),
    Paragraph('5. Priorities for 2026-27', H2),
    p('We will publish quarterly data by trust from October 2026, reach 95% of panel notifications within 2 working days, '
      'and train a further 200 medical examiner officers.'),
    Paragraph('Office of the National Medical Examiner, Wellington House, London. Enquiries: 020 7946 0381 or '
              'nme@nationalmedicalexaminer.example', SM),
]

if __name__ == '__main__':
    out = os.path.join(DIR, DOC)
    build_two_col(out, 'National Medical Examiner Annual Report', 'Office of the National Medical Examiner', story,
                  'National Medical Examiner  |  Annual Report 2025-26', 'Office of the National Medical Examiner', 1, band_h=45)
    PY = P('2024-04-01', '2025-03-31', '2024-25')
    figs = [
        F(512340, 'count', 'other', 'deaths scrutinised by medical examiners', 'Medical examiners scrutinised 512,340 deaths'),
        F(468900, 'count', 'other', 'deaths scrutinised, 2024-25', 'compared with 468,900 in 2024-25', period=PY),
        F(97, 'percent', 'other', 'share of all registered deaths scrutinised', 'around 97% of all deaths registered', qualifier='around'),
        F(118400, 'count', 'other', 'deaths notified to a coroner', '118,400 were notified to a coroner'),
        F(14620, 'count', 'other', 'cases where bereaved people raised a concern about care', 'in 14,620 cases'),
        F(2870, 'count', 'other', 'referrals to clinical governance teams', 'made 2,870 referrals to clinical governance'),
        F(4, 'days', 'other', 'median time from death to issue of the MCCD', 'Cause of Death was 4 days'),
        F(5, 'days', 'other', 'median time from death to MCCD, 2024-25', '(2024-25: 5 days)', period=PY),
        F(76, 'percent', 'other', 'deaths in England registered within five days', 'In England 76% of deaths were registered'),
        F(5, 'days', 'other', 'registration standard', 'registered within five days'),
        F(81, 'percent', 'other', 'deaths in Wales registered within five days', 'in Wales the figure was 81%'),
        F(4118, 'count', 'other', 'notifications to the LeDeR programme', 'sent 4,118 notifications'),
        F(3214, 'count', 'child_deaths', 'deaths of children under 18 scrutinised', 'scrutinised 3,214 deaths of children under 18'),
        F(1904, 'count', 'other', 'deaths of babies in their first year', '1,904 (59%) were deaths of babies'),
        F(59, 'percent', 'child_deaths', 'share of child deaths that were babies in their first year', '1,904 (59%)', optional=True),
        F(31.4, 'rate_per_100000', 'child_deaths', 'child death rate, England', '31.4 per 100,000 children in England'),
        F(29.8, 'rate_per_100000', 'child_deaths', 'child death rate, Wales', 'and 29.8 in Wales'),
        F(2, 'days', 'other', 'timescale for notifying the child death overview panel', 'within 2 working days in 93% of cases'),
        F(93, 'percent', 'other', 'child deaths notified to the panel within 2 working days', 'in 93% of cases'),
        F(100, 'percent', 'other', 'standard for panel notifications', 'against a standard of 100%', optional=True),
        F(286, 'count', 'other', 'child deaths with a possible safeguarding concern', 'safeguarding concern in 286 child deaths'),
        F(71, 'count', 'review_referrals', 'child deaths referred to the local safeguarding partnership for consideration of a rapid review', 'In 71 of these the medical examiner referred the death'),
        F(52, 'count', 'review_referrals', 'child deaths referred for consideration of a rapid review, 2024-25', '52 in 2024-25', period=PY),
    ]
    regions = [('East of England', 56210, 341, '56,210'), ('London', 47980, 486, '47,980'), ('Midlands', 91340, 612, '91,340'),
               ('North East and Yorkshire', 74160, 468, '74,160'), ('North West', 66020, 421, '66,020'),
               ('South East', 78930, 404, '78,930'), ('South West', 60870, 290, '60,870'), ('Wales', 36830, 192, '36,830')]
    for name, d, c, ds in regions:
        figs.append(F(d, 'count', 'other', 'deaths scrutinised, %s' % name, '%s %s %d' % (name, ds, c)))
        figs.append(F(c, 'count', 'child_deaths', 'child deaths scrutinised, %s' % name, '%s %s %d' % (name, ds, c)))
    figs += [
        F(3, 'count', 'other', 'times a family is asked the same questions (rhetorical)', 'the same questions three times', optional=True),
        F(1112, 'count', 'other', 'medical examiners', 'there were 1,112 medical examiners'),
        F(1486, 'count', 'other', 'medical examiner officers', '1,486 medical examiner officers'),
        F(128, 'count', 'other', 'medical examiner offices', 'working in 128 offices'),
        F(108600000, 'gbp', 'other', 'DHSC funding to NHS trusts in England', '£108.6 million to NHS trusts in England'),
        F(6200000, 'gbp', 'other', 'Welsh Government funding for the NHS Wales service', 'with £6.2 million'),
        F(95, 'percent', 'other', 'priority: panel notifications within 2 working days', 'reach 95% of panel notifications', optional=True),
        F(200, 'count', 'other', 'priority: further medical examiner officers to train', 'train a further 200 medical examiner officers', optional=True),
    ]
    quotes = [
        Q('We used to find out weeks later that a death had been a safeguarding case. Now the conversation happens on the first working day, and the family is not asked the same questions three times.',
          'a paediatric medical examiner', ['paediatric medical examiner', 'medical examiner'], 'told us',
          role='Paediatric medical examiner, North West'),
        Q('The system is now part of the way the NHS learns. The next test is whether families see that learning.',
          'Priya Raman', ['Raman', 'Dr Raman', 'Dr Priya Raman'], 'said',
          role="Royal College of Pathologists' lead for medical examiners"),
    ]
    gold(DOC, 'other', 'National Medical Examiner Annual Report: the medical examiner system in England and Wales', None, None,
         P('2025-04-01', '2026-03-31', '1 April 2025 to 31 March 2026'), figs,
         ['9 September 2024', '14 July 2026', '31 March 2026', 'October 2026', '020 7946 0381', 'under 18',
          'first full financial year', 'first working day', '2026-27', 'first year'],
         quotes,
         [{'name': 'Alan Whitcombe', 'role': 'National Medical Examiner'},
          {'name': 'Priya Raman', 'role': "Royal College of Pathologists' lead for medical examiners"}],
         ['Office of the National Medical Examiner, Wellington House, London.', 'Page 1 of 1'],
         'SYNTHETIC. A national statutory office\'s annual report (kind other, a national body\'s report; area and partnership '
         'null; England and Wales). Period from the scope sentence only (the running header says 2025-26). Band over two '
         'columns (gold assumes the column reading). Child deaths scrutinised are child_deaths (count and rates per 100,000 '
         'with a Wales comparator); babies in the first year are an age-defined subset (other, count required, share optional); '
         'deaths referred to the local partnership for consideration of a rapid review are review_referrals. Timescales '
         'inside shares required (2 working days, five days). Table 1 by region: 16 cells, the total row repeats the prose. '
         'The foreword is not a quote. The rapid-review referral sentence crosses from the left to the right column (up from | 52).')
