"""Build u15: an LCSPR executive summary (St Helens, 'Child W'): a scope section, a key-episode list and findings."""
import os
from styles3_src import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "u15_st_helens_child_w_lcspr_summary.pdf"),
        "Local Child Safeguarding Practice Review: Child W - Executive Summary", "St Helens Safeguarding Children Partnership",
        header="St Helens Safeguarding Children Partnership \u2013 LCSPR Child W \u2013 Executive Summary",
        footer="Published 21 October 2025", font="Sans", size=10, justify=False, page_label="Page {n}")
d.h1("Local Child Safeguarding Practice Review")
d.p("<b>Child W</b><br/>Executive Summary<br/>Independent Reviewer: Dr Fenella Achterberg-Moore<br/>October 2025")
d.h2("1. Why this review was undertaken")
d.p("Child W was 16 when she was admitted to hospital in March 2024 after being found with serious injuries in a flat in "
    "another borough, where she had been staying with adults who were exploiting her. She survived. The St Helens "
    "Safeguarding Children Partnership notified the Child Safeguarding Practice Review Panel within five working days "
    "and held a rapid review, which concluded that the criteria for a local child safeguarding practice review were met.")
d.h2("2. Scope")
d.p("The review considered the involvement of agencies with Child W and her family between 1 September 2022 and 31 "
    "March 2024, a period of 19 months. Eleven agencies provided chronologies and eight practitioners took part in a "
    "learning event. Child W and her mother were both invited to contribute; her mother met the reviewer twice.")
d.h2("3. Key episodes")
d.bullet(mark="\u2013", t="September 2022: Child W, then 14, is excluded from school for five days; it is the first of four fixed-term "
         "exclusions in the school year.")
d.bullet(mark="\u2013", t="January 2023: she is reported missing for the first time. Over the next 14 months she is reported missing "
         "37 times, on 12 occasions overnight.")
d.bullet(mark="\u2013", t="June 2023: a strategy discussion is held and a section 47 enquiry concludes that she is at risk of criminal "
         "exploitation. She is made subject to a child protection plan, which lasts seven months.")
d.bullet(mark="\u2013", t="February 2024: the plan ends; she is stepped down to a child in need plan.")
d.h2("4. Findings")
d.p("The review identified four findings. In summary, the reviewer found that agencies treated each missing episode "
    "as a separate event; that the return home interviews were completed for fewer than half of those episodes; that "
    "the decision to end the child protection plan was made when the risk had not reduced; and that Child W's own "
    "account was rarely recorded in her words.")
d.p("The reviewer writes: \u201cAt no point did anyone add up what was happening to her. Thirty-seven missing episodes "
    "is not thirty-seven small problems. It is one very large one.\u201d")
d.h2("5. Recommendations")
d.p("The review makes six recommendations to the partnership. The partnership has accepted all six and will report on "
    "progress to its Executive Board in April 2026. The partnership's Independent Scrutineer, Mr Olusegun "
    "Havergal-Pierce, said the review was \u201cuncomfortable, and necessary\u201d.")
d.small("Synthetic test document: all people, figures and quotes are invented. St Helens Safeguarding Children "
        "Partnership, Example Road, St Helens WA10 1XX; 01632 960283.")
d.build()
print("built", d.path)
