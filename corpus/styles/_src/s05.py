"""Build s05: executive summary of a legacy serious case review (Child R), North Lincolnshire."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s05_north_lincolnshire_child_r_executive_summary.pdf"),
        "Serious Case Review: Child R - Executive Summary", "North Lincolnshire Local Safeguarding Children Board",
        header="North Lincolnshire LSCB \u2013 Serious Case Review: Child R \u2013 Executive Summary",
        footer="OFFICIAL \u2013 Published 17 March 2015", font="Serif", size=10.5, justify=True,
        page_label="{n}", first_header=False)
d.h1("Serious Case Review<br/>Child R")
d.p("<b>Executive Summary</b>")
d.p("North Lincolnshire Local Safeguarding Children Board")
d.p("Lead reviewer: Dr Sunil Marchetti<br/>Date agreed by the Board: 12 February 2015")
d.small("Synthetic test document: the child, family, professionals and all figures in this summary are invented.")
d.h2("1. Introduction")
d.p("1.1 This serious case review (SCR) was commissioned by the Independent Chair of the North Lincolnshire Local "
    "Safeguarding Children Board (LSCB) in January 2014, after the death of a 22-month-old girl, referred to in this "
    "report as Child R. The criteria in Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 were met: "
    "abuse was known to be a factor in her death, and there was cause for concern about the way agencies had worked together.")
d.p("1.2 Child R died in hospital on 9 December 2013, two days after she was admitted with head injuries. Her mother's "
    "partner, referred to as Mr S, was convicted of her murder in October 2014 and sentenced to life imprisonment with a "
    "minimum term of 18 years. Child R's mother was not charged.")
d.p("1.3 Child R had an older brother, Child Q, then aged four, who now lives with his maternal grandparents.")
d.h2("2. Scope and methodology")
d.p("2.1 The review considers the involvement of agencies with Child R, her brother and the adults in the household "
    "between March 2013 and December 2013. Mr S moved into the family home in March 2013. Agencies were also asked to "
    "summarise any significant earlier contact with the family.")
d.p("2.2 Nine agencies provided individual management reviews (IMRs) and chronologies, and a further three agencies "
    "provided short reports. The review panel met on seven occasions between February and November 2014. Thirty-one "
    "practitioners took part in two learning events.")
d.p("2.3 Child R's mother met the lead reviewer twice. Her views are included in section 5. Mr S declined to take part.")
d.p("2.4 The review was expected to be completed within six months, as Working Together to Safeguard Children 2013 "
    "requires. It took 13 months, because the criminal trial had to be completed first.")
d.h2("3. Summary of agency involvement")
d.p("3.1 In the nine months under review, professionals from nine agencies had 47 recorded contacts with the family. "
    "Of these, 19 were with the GP practice and the health visiting service, 11 with the emergency department and the "
    "paediatric ward, and nine with the police.")
d.p("3.2 Child R attended the emergency department four times, on each occasion with an injury that was explained as "
    "accidental. Bruising to her face and ears was seen by professionals on two occasions, in June and October 2013. "
    "On neither occasion was a child protection medical arranged.")
d.p("3.3 Children's social care received two referrals about the family, from the health visitor in June 2013 and from "
    "a nursery in October 2013. Neither progressed to an assessment: each was closed at the front door within "
    "three working days after a telephone conversation with Child R's mother.")
d.p("3.4 Humberside Police attended the family home once, in September 2013, after a neighbour reported shouting. "
    "Officers spoke to Mr S but did not see the children. No referral was made.")
d.h2("4. Findings")
d.p("4.1 The review identified five findings about the way the system worked:")
d.bullet("Finding 1: no agency held the whole picture, and information about Mr S's history of violence, known to "
         "the police and to probation, was not shared with health or children's social care;", "\u2013")
d.bullet("Finding 2: bruising in a child who is not independently mobile was not treated as a possible sign of abuse;", "\u2013")
d.bullet("Finding 3: referrals were closed on the strength of a parent's account, without the referrer being contacted;", "\u2013")
d.bullet("Finding 4: professionals did not ask who else lived in the household; and", "\u2013")
d.bullet("Finding 5: the voice and daily experience of Child R were largely absent from records.", "\u2013")
d.p("4.2 The lead reviewer concluded: \u201cChild R\u2019s death could not have been predicted, but there were at least "
    "three points at which a different response might have changed what happened to her. At each of them, the "
    "professionals involved were busy, well-intentioned and working alone.\u201d")
d.h2("5. The family\u2019s view")
d.p("5.1 Child R\u2019s mother told the reviewer: \u201cEveryone was nice to me. That was the problem. Nobody ever asked "
    "me if I was frightened of him.\u201d")
d.p("5.2 She said that she would have spoken to a health visitor \u201cif she had come on her own\u201d.")
d.h2("6. Recommendations")
d.p("6.1 The review makes 12 recommendations. Five are for the LSCB and seven are for individual agencies. The LSCB "
    "has accepted all of them and has published an action plan with 26 actions. At the time of publication, eight "
    "recommendations had been completed.")
d.p("6.2 Recommendation 3 asks the LSCB to adopt a protocol for bruising in non-mobile babies, under which any bruise "
    "on a baby under six months is referred to children's social care on the same day.")
d.p("6.3 The LSCB will report to the Board on progress against the action plan every three months until all actions are completed.")
d.space(4)
d.p("Rosalind Achterberg<br/>Independent Chair, North Lincolnshire Local Safeguarding Children Board")
d.small("North Lincolnshire LSCB, Church Square House, Scunthorpe DN15 6XQ. Telephone 01632 960781. www.northlincslscb.example")
d.build()
print("built", d.path)
