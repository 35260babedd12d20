"""Build s11: a council committee finance outturn paper with a GBP000 table and accounting brackets."""
import os
from pdfkit import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
d = Doc(os.path.join(HERE, "..", "s11_cheshire_east_children_finance_outturn.pdf"),
        "Children and Families Committee - Final Outturn 2024/25", "Cheshire East Council",
        header="OPEN", footer="Children and Families Committee \u2013 16 June 2025", font="Sans", size=10,
        page_label="Page {n}", page_offset=20, first_header=True)
d.h1("Children and Families Committee")
d.p("<b>16 June 2025</b>")
d.p("<b>Final Outturn 2024/25</b>")
d.table([["Report of:", "Director of Finance and Customer Services (Section 151 Officer)"],
         ["Report Reference No:", "CF/04/2025-26"],
         ["Ward(s) Affected:", "All wards"],
         ["For Decision or Scrutiny:", "Scrutiny"]], widths=[130, 353], grid=False, header_rows=0)
d.h2("Purpose of Report")
d.p("1. This report sets out the final outturn position for 2024/25 for the services within the remit of the "
    "Children and Families Committee. The Committee had a revised net revenue budget of \u00a389.0m for the year.")
d.h2("Executive Summary")
d.p("2. The Committee\u2019s services finished the year with a net overspend of \u00a36.116m, or 6.9% of the "
    "budget. This is \u00a30.3m lower than the forecast reported at the third quarter review (\u00a36.4m), but higher "
    "than the forecasts at the first quarter (\u00a34.2m) and at mid-year (\u00a35.3m).")
d.p("3. The largest pressure is in placements for children in care, which overspent by \u00a34.493m. The number "
    "of children in care rose from 586 at 31 March 2024 to 624 at 31 March 2025, and the number in external "
    "residential placements rose by 27 over the same period. The average weekly cost of an external residential "
    "placement was \u00a35,870 in March 2025.")
d.h2("Recommendations")
d.p("The Children and Families Committee is recommended to:")
d.p("1. Note the final outturn position of a \u00a36.116m overspend for 2024/25.")
d.p("2. Note the use of \u00a31.8m from the children\u2019s services earmarked reserve to part-fund the overspend.")
d.p("3. Note the savings of \u00a32.65m delivered against a target of \u00a33.40m (78%).")
d.h2("Financial position")
d.p("4. Table 1 shows the revised budget, the outturn and the variance for each service. Figures are in "
    "\u00a3000. Variances in brackets are underspends.")
d.p("Table 1: Children and Families revenue outturn 2024/25 (\u00a3000)", "h3")
d.table([["Service", "Revised budget", "Outturn", "Variance", "Variance %"],
         ["Children\u2019s social care \u2013 placements", "38,412", "42,905", "4,493", "11.7%"],
         ["Children\u2019s social care \u2013 fieldwork and staffing", "21,360", "22,118", "758", "3.5%"],
         ["Early help and prevention", "6,245", "5,725", "(520)", "(8.3%)"],
         ["Education, SEND and home to school transport", "19,870", "21,402", "1,532", "7.7%"],
         ["Safeguarding partnership and quality assurance", "1,146", "1,090", "(56)", "(4.9%)"],
         ["Directorate management", "2,004", "1,913", "(91)", "(4.5%)"],
         ["Total", "89,037", "95,153", "6,116", "6.9%"]],
        widths=[190, 75, 65, 65, 70])
d.p("5. <b>Placements.</b> The \u00a34.493m overspend reflects both the number of children and the cost of "
    "placements. 71 children were placed in external residential homes at the year end, compared with 44 a year "
    "earlier. Agency social workers also remained high, at an average of 62 full-time equivalent posts during the year.")
d.p("6. <b>Early help.</b> The underspend of \u00a30.520m is the result of vacancies held while the service was "
    "redesigned. Eleven posts were vacant for most of the year.")
d.p("7. <b>Home to school transport.</b> Demand for SEND transport continued to grow: 2,314 children were "
    "transported at a cost of \u00a312.9m, an average of \u00a35,575 per child.")
d.h2("Reserves")
d.p("8. The children\u2019s services earmarked reserve stood at \u00a33.1m on 1 April 2024. After the drawdown of "
    "\u00a31.8m described above, \u00a31.3m remains.")
d.h2("Implications")
d.p("9. <b>Legal.</b> The Council has a duty under section 22G of the Children Act 1989 to take steps to secure "
    "sufficient accommodation for children in its care.")
d.p("10. <b>Financial.</b> The overspend will be met from the general reserve after the use of earmarked reserves. "
    "The Medium-Term Financial Strategy 2025-2029 includes growth of \u00a35.0m for placements in 2025/26.")
d.h2("Access to Information")
d.table([["Contact Officer:", "Lydia Brannigan, Finance Manager, Children and Families"],
         ["Telephone:", "01632 960741"],
         ["Email:", "lydia.brannigan@cheshireeast.example"],
         ["Appendices:", "Appendix 1 \u2013 Capital programme outturn; Appendix 2 \u2013 Savings delivery"]],
        widths=[110, 373], grid=False, header_rows=0)
d.small("Synthetic test document: all figures and names in this report are invented.")
d.build()
print("built", d.path)
