"""a01 gold: Keeping Bristol Safe Partnership executive board slides (PDF built by a01_bristol_slides.py)."""
from mk_a import F, P, Q, gold

DOC = 'a01_bristol_partnership_board_slides_2025_26.pdf'


def main():
    p = P('2025-04-01', '2026-03-31', '2025/26')
    yp = {y: P('%d-04-01' % y, '%d-03-31' % (y + 1), '%d/%02d' % (y, (y + 1) % 100)) for y in (2021, 2022, 2023, 2024, 2026)}
    figs = [
        F(14, 'count', 'serious_incident_notifications', 'serious incident notifications 2025/26', '14 serious incident notifications (2024/25: 11)'),
        F(11, 'count', 'serious_incident_notifications', 'serious incident notifications 2024/25 (also the chart bar)', 'serious incident notifications (2024/25: 11)', period=yp[2024]),
        F(14, 'count', 'rapid_reviews', 'rapid reviews 2025/26', '14 rapid reviews - 12 within 15 working days'),
        F(12, 'count', 'other', 'rapid reviews completed within 15 working days', 'rapid reviews - 12 within 15 working days'),
        F(3, 'count', 'lcsprs_commissioned', 'LCSPRs commissioned', '3 LCSPRs commissioned | 2 published | 4 ongoing'),
        F(2, 'count', 'lcsprs_published', 'LCSPRs published', 'LCSPRs commissioned | 2 published'),
        F(4, 'count', 'lcsprs_ongoing', 'LCSPRs ongoing', '2 published | 4 ongoing'),
        F(1, 'count', 'national_reviews', 'case taken forward by the national Panel', '1 case taken forward by the national Panel'),
        F(587, 'count', 'child_protection_plans', 'children on a child protection plan at 31 March 2026', '587 children on a CP plan at 31 March'),
        F(55.1, 'rate_per_10000', 'child_protection_plans', 'child protection plan rate per 10,000', '(55.1 per 10,000)'),
        F(41.3, 'rate_per_10000', 'child_protection_plans', 'England child protection plan rate (comparator)', 'CP plan rate 41.3 per 10,000'),
        F(0, 'count', 'other', 'reviews overdue for publication by more than 6 months', '0 reviews overdue for publication by more than 6 months', optional=True),
        F(9, 'count', 'serious_incident_notifications', 'notifications 2021/22 (chart bar label)', '9 9', period=yp[2021]),
        F(9, 'count', 'rapid_reviews', 'rapid reviews 2021/22 (chart bar label)', '9 9', period=yp[2021]),
        F(12, 'count', 'serious_incident_notifications', 'notifications 2022/23 (chart bar label)', '12 11 11', period=yp[2022]),
        F(11, 'count', 'rapid_reviews', 'rapid reviews 2022/23 (chart bar label)', '12 11 11', period=yp[2022]),
        F(8, 'count', 'serious_incident_notifications', 'notifications 2023/24 (chart bar label)', '8 8', period=yp[2023]),
        F(8, 'count', 'rapid_reviews', 'rapid reviews 2023/24 (chart bar label)', '8 8', period=yp[2023]),
        F(10, 'count', 'rapid_reviews', 'rapid reviews 2024/25 (chart bar label)', '9 of 14 10', period=yp[2024]),
        F(9, 'count', 'other', 'notifications in which neglect was a factor', 'Neglect a factor in 9 of 14'),
        F(5, 'count', 'other', 'notifications involving babies under one', '5 of the 14 were babies'),
        F(13, 'days', 'other', 'median time to rapid review decision (working days)', 'Median time to decision: 13 working days'),
        F(512000, 'gbp', 'other', 'partnership budget 2026/27', 'partnership budget of £512,000 for 2026/27', period=yp[2026]),
        F(4, 'percent', 'other', 'budget uplift on 2025/26', 'a 4% uplift on 2025/26', period=yp[2026]),
        F(6, 'months', 'other', 'length of the learning review programme', 'Endorse the 6-month learning review programme'),
        F(3, 'count', 'other', 'people a parent told before anything was done', 'I told three different people', optional=True),
    ]
    nf = ['Slide 4 of 12', 'Slide 5 of 12', 'Slide 12 of 12', '4 December 2026', '2021/22 2022/23 2023/24 2024/25 2025/26', 'per 10,000', 'within 15 working days', 'by more than 6 months', 'in five years', 'under one year old', 'March 2027', '01632 960 471', 'at 31 March', '1. Agree', '4. Nominate']
    quotes = [
        Q('I told three different people the same thing before anyone actually did something.', 'a parent', ['Parent', 'parent'], None, role='Parent, rapid review family engagement'),
    ]
    people = [
        {'name': 'Dr Alison Pearce', 'role': 'Independent Scrutineer, Keeping Bristol Safe Partnership'},
        {'name': 'Marcus Lindo', 'role': 'Partnership Business Manager'},
    ]
    bp = ['Keeping Bristol Safe Partnership | Executive Board | 4 December 2026', 'SYNTHETIC document invented for evaluation']
    notes = ("Slide deck exported to PDF (council_report; 16:9 landscape pages, one slide a page; the export holds slides 4, 5 and 12 of a 12-slide deck). "
             "Area is the official name 'Bristol, City of'; the partnership name has no 'Safeguarding' in it ('Keeping Bristol Safe Partnership'). Record period 2025/26. "
             "Slide 4: big-number bullets where the number and its noun are separate text runs ('14' on its own line, then 'serious incident notifications'); "
             "14 is two facts (notifications, rapid reviews); '12 within 15 working days' is a timeliness subset (other; its 15 is not a figure); the zero of reviews overdue 'by more than 6 months' is a subset zero (optional, and '6 months' is inside its definition). "
             "Slide 5: a grouped bar chart whose value labels are figures (each its own year) and whose axis ticks (0, 4, 8, 12, 16) are not; the text interleaves ticks, labels and the right-hand box "
             "('16 What the data says', '12 notifications in five years', '12 11 11', '9 9 - 5 of the 14'); the 2025/26 bars repeat slide 4 (14, 14) and the 2024/25 notifications bar repeats '(2024/25: 11)': extra mentions, no new figures. "
             "'9 of 14' (neglect) and '5 of the 14' (under ones) are feature subsets (other). "
             "Slide 12 'Questions?': numbered asks (list numbers are not figures), the 2026/27 budget and 4% uplift with their own period, a '6-month' programme (months), "
             "a parent's quote with a dash attribution (cue null; 'three different people' optional), contact box with a phone number. Footer 'Slide N of 12' on every page.")
    gold(DOC, 'council_report', 'Keeping Bristol Safe Partnership - Executive Board - annual report 2025/26 (slides extract)', 'Bristol, City of',
         'Keeping Bristol Safe Partnership', p, figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
