"""Writer t, t04: a Metropolitan Police safer neighbourhood team's ward e-mail newsletter, October round-up (Hackney), txt."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import F, Q, P, gold, DIR

DOC = 't04_hackney_central_neighbourhood_policing_newsletter_october_2026.txt'

TXT = '''SYNTHETIC document invented for evaluation (styles22, writer t): people, incidents, quotes and figures are made up; only the place names are real.

Hackney Alerts | Message from Metropolitan Police
Sent: Thursday 6 November 2026, 16:42

METROPOLITAN POLICE - HACKNEY CENTRAL SAFER NEIGHBOURHOOD TEAM
Ward newsletter: October 2026 round-up

Hello everyone,

Welcome to the October round-up from your local team. As always, thank you to everyone who came to a street briefing, sent us information or stopped us for a chat on Mare Street. Please keep it coming.

YOUR TEAM
Your ward team is one sergeant, two police constables and three police community support officers (PCSOs), with a dedicated ward officer for the Pembury and Nightingale estates. You can e-mail us at HackneyCentral.SNT@met.example or call the team mobile on 020 7946 0318 (not monitored 24 hours; in an emergency always dial 999).

OCTOBER IN NUMBERS
* Arrests in the ward: 23 (September: 17)
* Residential burglaries: 14 (September: 21)
* Robberies reported: 19, of which 11 were phone snatches by riders on e-bikes or mopeds
* Stop and search: 64 searches, 18% of which led to an arrest or another positive outcome
* Weapons sweeps of parks and estates: 9, recovering 3 knives
* E-bikes seized: 6

BURGLARY AND ROBBERY
Burglaries fell from 21 in September to 14 in October after we targeted the streets around Hackney Downs with extra patrols and crime prevention visits. We knocked on 340 doors and gave out 210 free window alarms and door chains.

Phone snatches are still our biggest problem. Of the 19 robberies reported in October, 11 were snatches by riders on e-bikes or mopeds, mostly between Hackney Central station and the Narrow Way. We seized 6 e-bikes and recovered stolen phones and other goods worth about £2,400.

"We know phone snatches make people feel unsafe walking through the middle of Hackney, and it is the first thing residents raise with us," said Sergeant Dean Okonkwo, who leads the team.

"We have changed our patrol times to match when the snatches happen, and we are working with Hackney Council on CCTV. Four new cameras went live on the Narrow Way in October."

KNIVES
Knife crime offences in the ward are down 22% from January to October compared with the same months last year. On 14 October officers stopped a 15-year-old boy on Amhurst Road who was found with a kitchen knife; he was arrested and has since been referred to the youth justice service. A dispersal order covered the area around the Nightingale estate for 48 hours on the weekend of 24 and 25 October.

KEEPING CHILDREN SAFE
Much of what neighbourhood officers do is never seen. In October:
* Officers submitted 31 Merlin reports (the Met's record of a child who has come to police notice because they may be at risk). Every Merlin report is shared with Hackney Children and Families Service.
* Police protection powers were used twice, keeping 3 children safe while a place to stay was found for them.
* Schools received 27 Operation Encompass notifications, telling a school the next morning that police had attended a domestic incident at a pupil's home.
* There were 12 reports of children missing from home or care in the ward. All 12 were found safe.

Our PCSOs visited 11 primary and secondary schools in October and spoke to about 1,900 pupils about knife crime, online safety and staying safe on the way home.

Angela Frimpong, head teacher at a primary school on the ward, said the visits had made "a real difference to how our older children see the police".

YOU SAID, WE DID
At the ward panel in July residents chose three priorities for the autumn: phone snatches, drug dealing in the Pembury estate stairwells, and anti-social driving on Dalston Lane. On drug dealing, we executed 2 search warrants in October and arrested 4 people, and the Pembury estate's housing team has fitted new door entry systems to 5 blocks.

Councillor Rosa Lindqvist, one of the ward councillors, told the ward panel: "Residents are seeing officers on the estates more than at any time I can remember. That has to continue through the winter, not stop when the clocks go back."

One resident at our street briefing on Clarence Road told officers: "I've lived here 30 years and this is the first time I've known the names of my local police."

HOW ARE WE DOING?
The Met's Public Attitude Survey for the year to June 2026 found that 71% of Hackney residents agree the police deal with the things that matter to their community, compared with 64% across London.

NEXT WARD PANEL
Tuesday 18 November, 6.30pm to 8pm, at the Round Chapel community room. Everyone is welcome.

Stay safe,
Sgt Dean Okonkwo and the Hackney Central team

To report a crime call 101 or report online at met.example/report. Always call 999 in an emergency. To give information anonymously, contact Crimestoppers.

You are receiving this message because you registered with Hackney Alerts. Unsubscribe or change your alert preferences at hackneyalerts.example. Please do not reply directly to this message.
'''
open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TXT)

per = P('2026-10-01', '2026-10-31', 'October 2026 round-up')
sep = P('2026-09-01', '2026-09-30', 'September')
ytd = P('2026-01-01', '2026-10-31', 'from January to October')
pas = P('2025-07-01', '2026-06-30', 'the year to June 2026')
figs = [
    F(1, 'count', 'other', 'sergeants in the ward team', 'Your ward team is one sergeant', optional=True),
    F(2, 'count', 'other', 'police constables in the ward team', 'two police constables'),
    F(3, 'count', 'other', 'PCSOs in the ward team', 'three police community support officers'),
    F(23, 'count', 'other', 'arrests in the ward in October', 'Arrests in the ward: 23'),
    F(17, 'count', 'other', 'arrests in the ward in September', '(September: 17)', period=sep),
    F(14, 'count', 'other', 'residential burglaries in October', 'from 21 in September to 14 in October'),
    F(21, 'count', 'other', 'residential burglaries in September', 'Burglaries fell from 21 in September', period=sep),
    F(19, 'count', 'other', 'robberies reported', 'Of the 19 robberies reported in October'),
    F(11, 'count', 'other', 'robberies that were phone snatches by riders on e-bikes or mopeds', '11 were snatches by riders'),
    F(64, 'count', 'other', 'stop and searches', '64 searches'),
    F(18, 'percent', 'other', 'searches leading to an arrest or other positive outcome', '18% of which led to an arrest'),
    F(9, 'count', 'other', 'weapons sweeps of parks and estates', 'Weapons sweeps of parks and estates: 9'),
    F(3, 'count', 'other', 'knives recovered in weapons sweeps', 'recovering 3 knives'),
    F(6, 'count', 'other', 'e-bikes seized', 'We seized 6 e-bikes'),
    F(340, 'count', 'other', 'doors knocked on for crime prevention visits', 'We knocked on 340 doors'),
    F(210, 'count', 'other', 'window alarms and door chains given out', 'gave out 210 free window alarms'),
    F(2400, 'gbp', 'other', 'value of stolen goods recovered', 'worth about \u00a32,400', qualifier='about'),
    F(4, 'count', 'other', 'new CCTV cameras on the Narrow Way', 'Four new cameras went live'),
    F(22, 'percent', 'other', 'fall in knife crime offences in the ward, January to October', 'down 22% from January to October', period=ytd),
    F(15, 'years', 'other', 'age of the boy found with a knife', 'a 15-year-old boy on Amhurst Road', optional=True),
    F(31, 'count', 'social_care_referrals', 'Merlin reports shared with Hackney Children and Families Service', 'Officers submitted 31 Merlin reports'),
    F(2, 'count', 'police_protection', 'uses of police protection powers', 'Police protection powers were used twice'),
    F(3, 'count', 'police_protection', 'children kept safe under police protection', 'keeping 3 children safe'),
    F(27, 'count', 'other', 'Operation Encompass notifications to schools', 'Schools received 27 Operation Encompass notifications'),
    F(12, 'count', 'other', 'reports of children missing from home or care', 'There were 12 reports of children missing'),
    F(12, 'count', 'other', 'missing children found safe', 'All 12 were found safe', optional=True),
    F(11, 'count', 'other', 'schools visited by PCSOs', 'Our PCSOs visited 11 primary and secondary schools'),
    F(1900, 'count', 'other', 'pupils PCSOs spoke to', 'spoke to about 1,900 pupils', qualifier='about'),
    F(2, 'count', 'other', 'search warrants executed', 'we executed 2 search warrants'),
    F(4, 'count', 'other', 'people arrested for drug dealing', 'arrested 4 people'),
    F(5, 'count', 'other', 'blocks fitted with new door entry systems', 'new door entry systems to 5 blocks'),
    F(71, 'percent', 'other', 'Hackney residents agreeing the police deal with the things that matter', 'found that 71% of Hackney residents', period=pas),
    F(64, 'percent', 'other', 'London residents agreeing the police deal with the things that matter', 'compared with 64% across London', period=pas),
    F(30, 'years', 'other', 'years the resident has lived on the street', 'I\'ve lived here 30 years', optional=True),
]
quotes = [
    Q('We know phone snatches make people feel unsafe walking through the middle of Hackney, and it is the first thing residents raise with us,',
      'Dean Okonkwo', ['Okonkwo', 'Sergeant Okonkwo', 'Sgt Okonkwo', 'Sergeant Dean Okonkwo', 'Sgt Dean Okonkwo'], 'said',
      role='Sergeant, leads the Hackney Central Safer Neighbourhood Team'),
    Q('We have changed our patrol times to match when the snatches happen, and we are working with Hackney Council on CCTV. Four new cameras went live on the Narrow Way in October.',
      'Dean Okonkwo', ['Okonkwo', 'Sergeant Okonkwo', 'Sgt Okonkwo', 'Sergeant Dean Okonkwo', 'Sgt Dean Okonkwo'], None),
    Q('a real difference to how our older children see the police',
      'Angela Frimpong', ['Frimpong', 'Ms Frimpong', 'Mrs Frimpong'], 'said the visits had made',
      role='head teacher at a primary school on the ward'),
    Q('Residents are seeing officers on the estates more than at any time I can remember. That has to continue through the winter, not stop when the clocks go back.',
      'Rosa Lindqvist', ['Lindqvist', 'Cllr Lindqvist', 'Councillor Lindqvist', 'Councillor Rosa Lindqvist'], 'told the ward panel',
      role='ward councillor'),
    Q('I\'ve lived here 30 years and this is the first time I\'ve known the names of my local police.',
      'a resident', ['resident', 'one resident'], 'told officers', role='resident at a street briefing on Clarence Road'),
]
gold(DOC, 'other', 'Ward newsletter: October 2026 round-up', 'Hackney', None, per, figs,
     ['6 November 2026', '16:42', '020 7946 0318', '24 hours', '999', '101', '14 October', '48 hours', '24 and 25 October',
      'the next morning', 'three priorities', 'Tuesday 18 November', '6.30pm to 8pm'],
     quotes,
     [{'name': 'Dean Okonkwo', 'role': 'Sergeant, Hackney Central Safer Neighbourhood Team'},
      {'name': 'Angela Frimpong', 'role': 'head teacher at a primary school on the ward'},
      {'name': 'Rosa Lindqvist', 'role': 'ward councillor'}],
     ['Hackney Alerts | Message from Metropolitan Police', 'Sent: Thursday 6 November 2026, 16:42',
      'To report a crime call 101 or report online at met.example/report.',
      'You are receiving this message because you registered with Hackney Alerts.',
      'Please do not reply directly to this message.'],
     'SYNTHETIC document invented for evaluation (writer t, styles22). A Metropolitan Police safer neighbourhood team\'s ward '
     'e-mail newsletter sent through a community alert system (kind other: a police force\'s own document, kinds README round '
     '26; a newsletter, not a press release). Period from the title ("October 2026 round-up"); September comparisons, the '
     'January-October knife crime change and the Public Attitude Survey year carry their own periods. Partnership null (no '
     'safeguarding partnership is named). The "OCTOBER IN NUMBERS" bullets repeat the prose (mentions: 23 and 17 are anchored '
     'in the bullets, where alone they appear). Merlin reports shared with children\'s services are police referrals to '
     'children\'s social care (social_care_referrals, as styles14 d05); police protection used "twice" (2 uses) and for 3 '
     'children are two police_protection facts; missing reports and Encompass notifications other. Team staffing: two PCs and '
     'three PCSOs required, "one sergeant" optional (a single post). "All 12 were found safe" optional (the same children, found safe). '
     'Ages and the resident\'s 30 years optional. Hours (24 hours, 48 hours) and times are not figures; "three priorities" is '
     'not a figure. Quotes: the sergeant (said; second paragraph an open quote with no cue), the head teacher\'s fragment in '
     'reported speech (required), the ward councillor (told the ward panel), a resident (told officers).')
