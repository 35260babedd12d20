"""a02: coroner's Regulation 28 Report to Prevent Future Deaths about a child (reportlab platypus, A4).
Run: /tmp/pdfgen8/bin/python _src/a02_monmouthshire_pfd.py"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'a02_monmouthshire_coroner_prevention_of_future_deaths_report.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, cases, quotes and figures are made up; only place names are real.'
B = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14.2, spaceAfter=6)
HD = ParagraphStyle('h', fontName='Times-Bold', fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
T = ParagraphStyle('t', fontName='Times-Bold', fontSize=15, leading=19, alignment=1, spaceAfter=4)
SM = ParagraphStyle('s', fontName='Times-Italic', fontSize=10, leading=12, alignment=1, spaceAfter=10)
L = ParagraphStyle('l', parent=B, leftIndent=18, firstLineIndent=-18)


def para(t, s=B):
    return Paragraph(t, s)


def footer(c, d):
    c.saveState()
    c.setFont('Times-Roman', 9)
    c.drawString(20 * mm, 14 * mm, 'Regulation 28 - Prevention of Future Deaths report - Ref: 2026-0412')
    c.drawRightString(190 * mm, 14 * mm, 'Page %d' % d.page)
    c.setFont('Helvetica', 6.5)
    c.drawString(20 * mm, 9 * mm, NOTE)
    c.restoreState()


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=22 * mm,
                            title='Regulation 28: Report to Prevent Future Deaths - Ffion Jenkins', subject=NOTE,
                            author='review-records evaluation set (synthetic)')
    s = []
    s.append(para('REGULATION 28: REPORT TO PREVENT FUTURE DEATHS', T))
    s.append(para('NOTE: This form is to be used after an inquest.', SM))
    s.append(para('<b>THIS REPORT IS BEING SENT TO:</b>'))
    for t in ['1. The Chief Executive, Monmouthshire County Council', '2. The Chief Executive, Aneurin Bevan University Health Board',
              '3. The Chief Constable, Gwent Police', '4. The Chair, South East Wales Safeguarding Children Board']:
        s.append(para(t, L))
    s.append(para('1 &nbsp; CORONER', HD))
    s.append(para('I am Gareth Prosser-Evans, Assistant Coroner for the coroner area of Gwent.'))
    s.append(para("2 &nbsp; CORONER'S LEGAL POWERS", HD))
    s.append(para('I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.'))
    s.append(para('3 &nbsp; INVESTIGATION and INQUEST', HD))
    s.append(para('On 19 February 2026 I commenced an investigation into the death of Ffion Mai Jenkins, aged 23 months. The investigation concluded at the end of the inquest on 29 September 2026, which was heard over four days. The medical cause of death was 1a Traumatic brain injury.'))
    s.append(para('The conclusion of the inquest was a narrative conclusion: <i>Ffion died from a head injury inflicted by another person at her home. The decision to remove her from the child protection register seven weeks before her death was made without information held by the police and without an assessment of a new adult in the household. This was a missed opportunity to protect her.</i>'))
    s.append(para('4 &nbsp; CIRCUMSTANCES OF THE DEATH', HD))
    s.append(para("Ffion lived with her mother and, from October 2025, her mother's partner in Abergavenny. She was placed on the child protection register under the category of neglect in April 2025 and removed from it on 11 December 2025. She died on 28 January 2026 at the Grange University Hospital, two days after she was admitted."))
    s.append(para('During the eight months she was on the register Ffion was seen by her allocated social worker on 14 occasions; three planned home visits did not take place. The core group met five times. Gwent Police attended two domestic abuse incidents at the address in November 2025 and January 2026. Neither was known to the review child protection conference that recommended de-registration.'))
    s.append(para("I heard evidence from Mrs Sian Howells, Head of Children's Services, that at the time the Abergavenny family support team had four of its 12 social worker posts vacant and that average caseloads in the team were 21 children, against the council's own standard of 16. She told me the number of children on the council's child protection register had risen to 96 at 31 March 2026, from 71 a year earlier. \"We simply did not have enough experienced social workers for the number of children we were holding,\" she said."))
    s.append(para('The health visiting service told me that it was carrying 2.6 full-time equivalent vacancies in the north of the county and that Ffion was not brought to two developmental reviews, neither of which was followed up. The South East Wales Safeguarding Children Board told me that an extended child practice review has been commissioned and is expected to report in summer 2027.'))
    s.append(para("In a statement read to the inquest, Ffion's mother said: \"Ffion was loud and funny and she loved the ducks at Castle Meadows. I trusted the people who said she was safe.\""))
    s.append(para("5 &nbsp; CORONER'S CONCERNS", HD))
    s.append(para('During the course of the inquest the evidence revealed matters giving rise to concern. In my opinion there is a risk that future deaths will occur unless action is taken. In the circumstances it is my statutory duty to report to you.'))
    s.append(para('The MATTERS OF CONCERN are as follows. -'))
    concerns = [
        '(1) The review child protection conference that removed Ffion from the register was not attended by the police, and no police report was requested. The independent reviewing officer who chaired it, Mr Huw Davies, accepted in evidence that "with hindsight, we de-registered on hope rather than evidence."',
        '(2) Information about the two domestic abuse incidents was not shared with children\'s services within the 24 hours required by the regional information sharing protocol. One notification was sent 19 days later; the other was not sent at all.',
        '(3) There was no process for identifying and assessing a new adult joining the household of a child on the register. Ffion\'s mother\'s partner was never spoken to by children\'s services.',
        '(4) Social work vacancies and caseloads in the team were well above the council\'s own standards, and the evidence was that de-registration was in part driven by the need to reduce caseloads.',
        '(5) Missed developmental reviews for a child on, or recently removed from, the register did not trigger any follow-up by the health visiting service or notification to the social worker.',
    ]
    for t in concerns:
        s.append(para(t, L))
    s.append(para('6 &nbsp; ACTION SHOULD BE TAKEN', HD))
    s.append(para('In my opinion action should be taken to prevent future deaths and I believe you and your organisations have the power to take such action.'))
    s.append(para('7 &nbsp; YOUR RESPONSE', HD))
    s.append(para('You are under a duty to respond to this report within 56 days of the date of this report, namely by 30 November 2026. I, the coroner, may extend the period.'))
    s.append(para('Your response must contain details of action taken or proposed to be taken, setting out the timetable for action. Otherwise you must explain why no action is proposed.'))
    s.append(para('8 &nbsp; COPIES and PUBLICATION', HD))
    s.append(para("I have sent a copy of my report to the Chief Coroner and to the following Interested Persons: Ffion's mother and father; Care Inspectorate Wales; Healthcare Inspectorate Wales. I have also sent it to the Welsh Government, who may find it useful or of interest."))
    s.append(para('I am also under a duty to send a copy of your response to the Chief Coroner and all interested persons who in my opinion should receive it. The Chief Coroner may publish either or both in a complete or redacted or summary form. You may make representations to me, the coroner, at the time of your response, about the release or the publication of your response by the Chief Coroner.'))
    s.append(para('9 &nbsp; Dated: 5 October 2026', HD))
    s.append(para('Gareth Prosser-Evans<br/>Assistant Coroner for Gwent'))
    doc.build(s, onFirstPage=footer, onLaterPages=footer)
    print('wrote', os.path.basename(OUT))


if __name__ == '__main__':
    main()
