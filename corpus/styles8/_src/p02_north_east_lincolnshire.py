"""p02: legacy serious case review executive summary (2017) printed with fpdf2: serif, justified, numbered paragraphs."""
import os
from fpdf import FPDF
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(os.path.dirname(HERE), 'p02_north_east_lincolnshire_scr_child_m_2017.pdf')
NOTE = 'SYNTHETIC document invented for evaluation: people, case, quotes and figures are made up; only place names are real.'

class Doc(FPDF):
    def header(self):
        self.set_font('serif', 'I', 8)
        self.cell(0, 5, 'North East Lincolnshire Local Safeguarding Children Board - Serious Case Review: Child M - Executive Summary', align='C')
        self.ln(9)
    def footer(self):
        self.set_y(-14); self.set_font('serif', '', 8)
        self.cell(0, 4, str(self.page_no()), align='C'); self.ln(4)
        self.set_font('serif', '', 6); self.cell(0, 3, NOTE, align='C')

pdf = Doc(format='A4'); pdf.set_margins(25, 18, 25); pdf.set_auto_page_break(True, 20)
pdf.add_font('serif', '', '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
pdf.add_font('serif', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf')
pdf.add_font('serif', 'I', '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf')
pdf.set_title('Serious Case Review: Child M - Executive Summary'); pdf.set_subject(NOTE); pdf.set_author('review-records evaluation set (synthetic)')
pdf.add_page()
pdf.set_font('serif', 'B', 16); pdf.ln(20)
pdf.multi_cell(0, 9, 'North East Lincolnshire\nLocal Safeguarding Children Board', align='C'); pdf.ln(8)
pdf.set_font('serif', 'B', 20); pdf.multi_cell(0, 10, 'Serious Case Review\nChild M', align='C'); pdf.ln(6)
pdf.set_font('serif', '', 12); pdf.multi_cell(0, 7, 'Executive Summary\n\nLead reviewer: Jennifer Aldous, independent social work consultant\nIndependent Chair of the LSCB: Graham Tolley\n\nPublished: 21 November 2017', align='C')
pdf.ln(30); pdf.set_font('serif', 'I', 9)
pdf.multi_cell(0, 5, 'This review was commissioned under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 and Chapter 4 of Working Together to Safeguard Children 2015.', align='C')
pdf.add_page()
paras = [
 ('H', '1. Introduction'),
 ('P', '1.1 Child M was a boy who died in February 2017, aged 22 months, at the family home in Grimsby. A post-mortem examination found that he had died from a head injury and that he had older injuries, including healing fractures to three ribs. His mother\'s partner was convicted of manslaughter in October 2017 and sentenced to 11 years\' imprisonment.'),
 ('P', '1.2 The North East Lincolnshire LSCB Serious Case Review Panel met on 6 March 2017 and recommended to the Independent Chair that the criteria for a serious case review were met. The Chair agreed on 9 March 2017 and notified Ofsted and the National Panel of Independent Experts on 10 March 2017.'),
 ('H', '2. Scope and methodology'),
 ('P', '2.1 The review examined the involvement of agencies with Child M, his mother and her partner between 1 January 2015 and 14 February 2017, covering the mother\'s pregnancy and Child M\'s life. Earlier history was considered where relevant.'),
 ('P', '2.2 Eleven agencies were asked to provide chronologies and nine of them provided individual management reviews (IMRs). The other two provided short reports because their involvement was limited. The review panel met seven times and two learning events were held with 34 front-line practitioners.'),
 ('P', '2.3 Child M\'s maternal grandmother and his father contributed to the review. His mother declined to take part.'),
 ('H', '3. Summary of agency involvement'),
 ('P', '3.1 Over the 25 months of the scope period agencies recorded 63 contacts with the family. These included 22 health visitor contacts, 14 attendances at the GP practice, six attendances at the emergency department and four contacts from the police about domestic incidents.'),
 ('P', '3.2 Children\'s social care received five referrals. Three were closed at the point of contact with advice, one led to a single assessment, and one, in November 2016, led to a strategy discussion and a section 47 enquiry. The enquiry concluded that the threshold for an initial child protection conference was not met and the family was stepped down to early help after 19 days.'),
 ('P', '3.3 In the last three months of his life Child M was seen by professionals on 11 occasions, and on only two of these was he seen with his mother\'s partner present.'),
 ('H', '4. Findings'),
 ('P', '4.1 The review identified six findings. The lead reviewer concluded: "Each agency held a piece of the picture. No agency held all of it, and no one asked who Child M\'s mother\'s partner was." The review found that the partner\'s history of violence, known to the police and to probation in another area, was not shared at the strategy discussion.'),
 ('P', '4.2 Child M\'s grandmother told the review: "Everyone was kind to her, but nobody ever came when he was there. He was the one they needed to see."'),
 ('P', '4.3 His father said that he had tried to raise concerns twice and "felt like nobody was interested in what a dad had to say".'),
 ('H', '5. Recommendations'),
 ('P', '5.1 The review makes 12 recommendations: seven for the LSCB and five for individual agencies. Single-agency action plans contain a further 31 actions, of which 26 had been completed by the date of publication.'),
 ('P', '5.2 Since 2013 the LSCB has published four serious case reviews, including this one. Two further serious case reviews remain in progress. Since it was established in 2006 the Board has carried out 11 serious case reviews in all.'),
 ('P', '5.3 Graham Tolley, Independent Chair, said: "I am grateful to Child M\'s family. The Board has accepted every recommendation and will report on progress within six months."'),
]
for kind, text in paras:
    if kind == 'H':
        pdf.ln(2); pdf.set_font('serif', 'B', 11); pdf.multi_cell(0, 6, text); pdf.ln(1)
    else:
        pdf.set_font('serif', '', 10); pdf.multi_cell(0, 5.2, text, align='J'); pdf.ln(2.5)
pdf.ln(4); pdf.set_font('serif', '', 8)
pdf.multi_cell(0, 4, 'LSCB Business Unit, Municipal Offices, Town Hall Square, Grimsby DN31 1HU. Telephone 01632 960 503. Ref NEL/SCR/2017/02.')
pdf.output(OUT); print('wrote', OUT)
