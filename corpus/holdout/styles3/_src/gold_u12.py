from styles3_src import *
Y = {2022: FY(2022), 2023: FY(2023), 2024: FY(2024)}
S = {y: P("%d-03-31" % (y + 1), "%d-03-31" % (y + 1), "31 March %d" % (y + 1)) for y in Y}
def row(label, metric, vals, snap=False, subj=None):
    out = []
    txt = " ".join(vals)
    for y, v in zip((2022, 2023, 2024), vals):
        yy = "%d/%02d" % (y, (y + 1) % 100)
        out.append(F(float(v.replace(",", "")) if "." in v else int(v.replace(",", "")), "count", metric,
                     "%s, %s (table)" % (subj or label, yy), label + " " + txt, period=(S[y] if snap else Y[y])))
    return out
figs = []
figs += row("On child protection register at 31 March", "child_protection_plans", ["583", "596", "611"], snap=True, subj="children on the child protection register at 31 March")
figs += row("Registrations during year", "child_protection_plans", ["482", "509", "527"], subj="registrations to the child protection register")
figs += row("De-registrations during year", "child_protection_plans", ["471", "496", "512"], subj="de-registrations from the child protection register")
figs += row("Article 66 investigations", "section_47_enquiries", ["1,402", "1,388", "1,455"], subj="child protection investigations under Article 66")
figs += row("Looked after at 31 March", "looked_after_children", ["1,017", "1,049", "1,093"], snap=True, subj="children looked after at 31 March")
figs += [
    F(5, "count", "lcsprs_commissioned", "Case Management Reviews convened over the three years with the Trust participating", "convened five Case Management Reviews in which the Trust was a participating agency"),
    F(2, "count", "lcsprs_commissioned", "CMRs convened in 2022/23", "two in 2022/23", period=Y[2022]),
    F(0, "count", "lcsprs_commissioned", "CMRs convened in 2023/24", "none in 2023/24", period=Y[2023]),
    F(3, "count", "lcsprs_commissioned", "CMRs convened in 2024/25", "three in 2024/25", period=Y[2024]),
    F(2, "count", "lcsprs_published", "CMRs published (of the five)", "Of the five, two have been published"),
    F(3, "count", "lcsprs_ongoing", "CMRs ongoing (the remaining three)", "The remaining three are ongoing"),
]
write(
    "u12_belfast_trust_foi_disclosure.html", "other",
    "FOI/2025/1187 - Child protection register, Article 66 investigations and Case Management Reviews",
    "Belfast Health and Social Care Trust", None, P("2022-04-01", "2025-03-31", "the last three financial years"),
    figs,
    ["FOI/2025/1187", "22 September 2025", "17 October 2025", "Article 66 of the Children (Northern Ireland) Order 1995", "questions 1 to 3", "Question 4", "figures under 5", "within 40 working days", "028 9649 6054", "PDF, 96 KB", "© Belfast Health and Social Care Trust 2025"],
    [],
    [],
    ["Belfast Health and Social Care Trust", "About us › Freedom of Information › Disclosure log", "Download response (PDF, 96 KB)", "© Belfast Health and Social Care Trust 2025"],
    "Northern Ireland trust FOI disclosure log (kind other, like the FOI response in corpus/styles s21): the trust is the area, no partnership (the SBNI is only the convening body), period = 'the last three financial years' (2022/23 to 2024/25), and every figure carries its own year, or its 31 March snapshot for the register and looked-after rows. The caption gives the unit ('number of children'); row headers (`<th scope=\"row\">`) carry the metric. "
    "Register, registrations and de-registrations = child_protection_plans; Article 66 investigations = section_47_enquiries (as in corpus/styles2 t16); CMRs = lcsprs_*: 'convened five ... two in 2022/23, none in 2023/24 and three in 2024/25' (ellipsis with a required zero for 2023/24), 'Of the five, two have been published', 'The remaining three are ongoing'. "
    "Traps: the request's numbered questions, 'Order 1995', 'figures under 5' (a disclosure threshold), 'within 40 working days' (an appeal window in boilerplate, not a figure), the file size, dates and phone number. No quotes and no named people."
)
