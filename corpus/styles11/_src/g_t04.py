"""t04: academic research summary / structured abstract on serious case reviews (txt, written by hand here) and its gold."""
import os
from mk import F, P, Q, gold, DIR

DOC = 't04_research_summary_serious_case_reviews.txt'
TEXT = """SYNTHETIC DOCUMENT: invented for evaluation. The study, authors, journal, quotes and figures are made up.

Research summary

Missed chances or hindsight? A mixed-methods analysis of 278 serious case reviews and local child safeguarding practice reviews in England, 2019-2024

Eleanor Baptiste, Tomasz Wrobel and Kemi Adeyinka
Centre for Child Protection Research, University of Northfield (fictional)

Journal of Safeguarding Studies (fictional), 2026, 14(3): 212-239. doi:10.5555/jss.2026.0417
Received 3 March 2026; accepted 18 August 2026; published online 2 October 2026.

ABSTRACT

Background: Reviews of serious child safeguarding incidents are the main way the system learns from children's deaths and serious harm, but little is known about whether their findings change over time.

Methods: We coded all 278 reviews published in England between 1 January 2019 and 31 December 2024 and held in the national repository. Of these, 163 were serious case reviews begun under the pre-2019 arrangements and 115 were local child safeguarding practice reviews. Two researchers coded each review independently (Cohen's kappa 0.81). We also interviewed 14 lead reviewers. Logistic regression was used to test which factors were associated with a child having been known to children's social care.

Results: Of the 278 reviews, 187 (67%) concerned a child who died and 91 a child who was seriously harmed. Children under one year old were the subject of 42% of reviews. The median age of the children was 2 years (interquartile range 0-11). Neglect was identified as a factor in 58% of reviews, domestic abuse in 61%, parental mental ill health in 47% and parental substance misuse in 39%. Sixty-four children (23%) were subject to a child protection plan at the time of the incident, and 71% had been referred to children's social care at least once in the previous 12 months.

Reviews made 2,214 recommendations in total, a median of 7 per review (range 1-31). The median time from incident to publication was 19 months, and 38% of reviews took longer than two years. Domestic abuse was strongly associated with previous referral (odds ratio 2.4, 95% CI 1.6 to 3.7; p < 0.001). There was no significant change in the proportion of reviews citing poor information sharing between the first and second halves of the study period (54% v 51%; p = 0.42).

Conclusions: The same findings recur across six years of reviews. A shift from new recommendations to testing whether earlier ones worked is overdue.

Funding: The study was funded by a grant of £148,000 from the Northfield Children's Trust (fictional), grant ref NCT-2024-117.

PLAIN-LANGUAGE SUMMARY

In interviews, lead reviewers described writing the same recommendations again and again. One told the researchers: "I could have copied my findings from a review I wrote in 2016 and nobody would have noticed."

Lead author Dr Eleanor Baptiste said: "Two in every three reviews were about a child who died, and most of those children were already known to services. The question is no longer what went wrong, but why we keep learning the same lesson."

She added that the team had found "no evidence that information sharing has improved".

Keywords: serious case reviews; child safeguarding practice reviews; neglect; domestic abuse; England

Cite as: Baptiste E, Wrobel T, Adeyinka K (2026). Journal of Safeguarding Studies 14(3): 212-239.
"""


def main():
    open(os.path.join(DIR, DOC), 'w', encoding='utf-8').write(TEXT)
    figs = [
        F(278, 'count', 'other', 'reviews published 2019-2024 analysed', 'We coded all 278 reviews published in England'),
        F(163, 'count', 'serious_case_reviews', 'legacy serious case reviews in the sample', '163 were serious case reviews begun under the pre-2019 arrangements'),
        F(115, 'count', 'lcsprs_published', 'LCSPRs in the sample (published 2019-2024)', '115 were local child safeguarding practice reviews'),
        F(14, 'count', 'other', 'lead reviewers interviewed', 'We also interviewed 14 lead reviewers'),
        F(187, 'count', 'child_deaths', 'reviews concerning a child who died', '187 (67%) concerned a child who died'),
        F(67, 'percent', 'child_deaths', 'reviews concerning a child who died', '187 (67%) concerned a child who died', optional=True),
        F(66.67, 'percent', 'child_deaths', 'reviews about a child who died (two in every three)', 'Two in every three reviews were about a child who died', optional=True),
        F(91, 'count', 'serious_harm_cases', 'reviews concerning a child seriously harmed', '91 a child who was seriously harmed'),
        F(42, 'percent', 'other', 'reviews about children under one', 'Children under one year old were the subject of 42% of reviews'),
        F(2, 'years', 'other', 'median age of the children', 'The median age of the children was 2 years', optional=True),
        F(58, 'percent', 'other', 'reviews where neglect was a factor', 'Neglect was identified as a factor in 58% of reviews'),
        F(61, 'percent', 'other', 'reviews where domestic abuse was a factor', 'domestic abuse in 61%'),
        F(47, 'percent', 'other', 'reviews where parental mental ill health was a factor', 'parental mental ill health in 47%'),
        F(39, 'percent', 'other', 'reviews where parental substance misuse was a factor', 'parental substance misuse in 39%'),
        F(64, 'count', 'child_protection_plans', 'children subject to a child protection plan at the time of the incident', 'Sixty-four children (23%) were subject to a child protection plan'),
        F(23, 'percent', 'child_protection_plans', 'children subject to a child protection plan at the time of the incident', 'Sixty-four children (23%)', optional=True),
        F(71, 'percent', 'social_care_referrals', "children referred to children's social care in the previous 12 months", "71% had been referred to children's social care at least once"),
        F(2214, 'count', 'recommendations', 'recommendations made by the reviews', 'Reviews made 2,214 recommendations in total'),
        F(7, 'count', 'recommendations', 'median recommendations per review', 'a median of 7 per review'),
        F(19, 'months', 'other', 'median time from incident to publication', 'The median time from incident to publication was 19 months'),
        F(38, 'percent', 'other', 'reviews taking longer than two years', '38% of reviews took longer than two years'),
        F(54, 'percent', 'other', 'reviews citing poor information sharing, first half of the study period', '(54% v 51%; p = 0.42)'),
        F(51, 'percent', 'other', 'reviews citing poor information sharing, second half of the study period', '(54% v 51%; p = 0.42)'),
        F(148000, 'gbp', 'other', 'research grant', 'funded by a grant of £148,000'),
    ]
    nf = ['2019-2024', '14(3): 212-239', '10.5555/jss.2026.0417', '0417', '3 March 2026', '18 August 2026', '2 October 2026', 'kappa 0.81', '0-11', 'range 1-31',
          'odds ratio 2.4', '95% CI 1.6 to 3.7', 'p < 0.001', 'p = 0.42', 'NCT-2024-117', 'in 2016', 'previous 12 months', 'longer than two years', 'six years of reviews',
          'first and second halves', 'pre-2019']
    quotes = [
        Q('I could have copied my findings from a review I wrote in 2016 and nobody would have noticed.', 'a lead reviewer', ['lead reviewer', 'One', 'reviewer'], 'told'),
        Q('Two in every three reviews were about a child who died, and most of those children were already known to services. The question is no longer what went wrong, but why we keep learning the same lesson.',
          'Eleanor Baptiste', ['Baptiste', 'Dr Baptiste', 'Dr Eleanor Baptiste'], 'said', role='Lead author, Centre for Child Protection Research'),
        Q('no evidence that information sharing has improved', 'Eleanor Baptiste', ['Baptiste', 'Dr Baptiste'], 'She added that'),
    ]
    people = [
        {'name': 'Eleanor Baptiste', 'role': 'Lead author, Centre for Child Protection Research, University of Northfield (fictional)'},
        {'name': 'Tomasz Wrobel', 'role': 'co-author'},
        {'name': 'Kemi Adeyinka', 'role': 'co-author'},
    ]
    bp = ['Journal of Safeguarding Studies (fictional), 2026, 14(3): 212-239. doi:10.5555/jss.2026.0417', 'Received 3 March 2026; accepted 18 August 2026; published online 2 October 2026.',
          'Cite as: Baptiste E, Wrobel T, Adeyinka K (2026). Journal of Safeguarding Studies 14(3): 212-239.',
          'Keywords: serious case reviews; child safeguarding practice reviews; neglect; domestic abuse; England']
    notes = ("Academic research summary with a structured abstract and a plain-language summary (kind other; national: area null, no areas; partnership null; "
             "period = the study period of the reviews analysed, 2019-2024). "
             "The sample (278 reviews analysed, 14 interviews) is other, not lcsprs_published: a research sample, not an area's publications; its split by type takes the type's metric (163 legacy serious case reviews = serious_case_reviews, 115 LCSPRs published in the period = lcsprs_published). 'pre-2019' is not a figure. "
             "Percentages of the sample are figures (other for features; child_deaths / serious_harm_cases / child_protection_plans / social_care_referrals / recommendations take the metric of their defining property). "
             "'187 (67%)' and 'Sixty-four children (23%)': counts required, bracketed percentages optional; the author's 'Two in every three' restates 67% (optional, 66.67). "
             "Statistics are traps, not figures: Cohen's kappa 0.81, the odds ratio 2.4, '95% CI 1.6 to 3.7', 'p < 0.001', 'p = 0.42', interquartile range '0-11', 'range 1-31'. "
             "The median age 2 years is optional. Bibliographic numbers are traps: volume/issue/pages '14(3): 212-239', DOI, dates, grant reference. "
             "'in the previous 12 months', 'longer than two years', 'six years of reviews' are windows/spans inside measures, not figures. "
             "Quotes: an anonymous lead reviewer, the lead author and her fragment after 'She added that the team had found'.")
    gold(DOC, 'other', 'Missed chances or hindsight? A mixed-methods analysis of 278 serious case reviews and local child safeguarding practice reviews in England, 2019-2024',
         None, None, P('2019-01-01', '2024-12-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
