"""Gold for b07 (council YouTube 'Ask the Director' live Q&A transcript, Torfaen; written by hand)."""
from mk_b import F, P, Q, gold

DOC = 'b07_torfaen_ask_the_director_transcript.txt'
NOW = P(None, None, 'at the moment (November 2026)')
NEXT = P('2026-04-01', '2027-03-31', 'this year')


def main():
    figs = [
        F(131, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', 'we had 131 children on the child protection register'),
        F(69, 'rate_per_10000', 'child_protection_plans', 'child protection register rate', 'a rate of about 69 per 10,000 children', qualifier='about'),
        F(45, 'rate_per_10000', 'child_protection_plans', 'child protection register rate, Wales', 'higher than the Wales figure of 45'),
        F(188, 'count', 'child_protection_plans', 'children registered in 2025-26', 'we registered 188 children'),
        F(203, 'count', 'child_protection_plans', 'children removed from the register in 2025-26', 'removed 203 from the register'),
        F(7, 'percent', 'child_protection_plans', 're-registrations within 12 months', '7 per cent had been on the register before'),
        F(342, 'count', 'looked_after_children', 'children looked after', 'We look after 342 children at the moment', period=NOW),
        F(165, 'rate_per_10000', 'looked_after_children', 'children looked after rate', 'which is a rate of 165 per 10,000', period=NOW),
        F(371, 'count', 'looked_after_children', 'children looked after two years ago', 'two years ago it was 371', period=P(None, None, 'two years ago')),
        F(14000, 'gbp', 'other', 'weekly cost of a residential placement', 'can cost up to £14,000 a week', qualifier='up to'),
        F(3100000, 'gbp', 'other', "forecast children's services overspend this year", "overspend in children's services of £3.1 million this year", period=NEXT),
        F(96, 'count', 'other', 'in-house fostering households', 'We have 96 in-house fostering households'),
        F(14, 'count', 'other', 'new fostering households approved last year', 'Last year we approved 14 new ones'),
        F(20, 'count', 'other', 'target for new fostering households', 'against our target of 20'),
        F(9, 'count', 'other', 'fostering households lost', 'and we lost nine'),
        F(6120, 'count', 'social_care_referrals', 'contacts about children to the IAA service', 'took 6,120 contacts about children in 2025-26'),
        F(33.33, 'percent', 'social_care_referrals', 'contacts needing a social worker (around a third)', 'Around a third of those', qualifier='about', optional=True),
        F(2047, 'count', 'social_care_referrals', 'contacts needing a look from a social worker', '2,047, needed a proper look from a social worker'),
        F(1040, 'count', 'other', 'strategy discussions', 'We held 1,040 strategy discussions'),
        F(610, 'count', 'section_47_enquiries', 'section 47 enquiries', '610 of those led to section 47 enquiries'),
        F(640, 'count', 'children_in_need', 'children with a care and support plan', 'about 640 children have a care and support plan', qualifier='about'),
        F(3, 'count', 'review_referrals', 'cases referred to the board for a child practice review', 'we referred three cases to the Gwent Safeguarding Board'),
        F(1, 'count', 'lcsprs_commissioned', 'concise child practice review agreed', 'The board agreed one concise review'),
        F(1, 'count', 'lcsprs_published', 'extended child practice review published', 'published one extended review'),
        F(8, 'count', 'recommendations', 'recommendations of the extended review', 'That extended review made eight recommendations'),
        F(5, 'count', 'recommendations', 'recommendations completed', 'we have completed five of them'),
        F(18, 'percent', 'other', 'social worker posts filled by agency staff', 'Eighteen per cent of our social worker posts'),
        F(31, 'percent', 'other', 'agency share of social worker posts in 2023', 'down from 31 per cent in 2023', period=P('2023-01-01', '2023-12-31', '2023')),
        F(2500, 'gbp', 'other', 'retention payment', 'a £2,500 retention payment'),
        F(22, 'count', 'other', 'students qualifying through the grow-our-own scheme', '22 students are qualifying'),
        F(17, 'count', 'other', 'average caseload in the child protection teams', 'Average caseloads in the child protection teams are 17'),
        F(16, 'years', 'other', "young person's age", "She's 16", optional=True),
        F(5, 'years', 'other', 'years the young person has been in care', "she's been in care for five years", optional=True),
    ]
    nf = ['1,208 views', '24 Nov 2026', '46 likes', '[00:00:04]', '[00:06:49]', '31 March 2026', 'per 10,000', 'within the previous 12 months', 'over the next three years',
          'in October', '23 February 2027', '01632 960418', '999', '0:31 The register', '6:02 Young people', '#AskTheDirector', 'every year']
    quotes = [
        Q("My neighbour's kids were taken into care and nobody ever explained why. Is it just about saving money?", 'Gareth', ['Gareth, watching from Blaenavon'], 'says',
          role='viewer on the live chat, Blaenavon'),
        Q('Each agency did what was asked of it. No agency asked what the child needed.', 'the reviewer', ['The reviewer', 'reviewer', 'the extended review'], 'wrote'),
        Q("I don't need a new social worker every year. I need one who stays long enough to know what I'm like when I'm fine.", 'a young person',
          ['one of our young people', 'young person'], 'said'),
    ]
    people = [
        {'name': 'Rhian Mostyn', 'role': 'Director of Social Services, Torfaen County Borough Council'},
        {'name': 'Ffion Rees', 'role': "communications team, Torfaen County Borough Council (host)"},
    ]
    bp = ['46 likes | Subscribe | Share | Save', 'Transcript (auto-generated captions, corrected by the council', '[END OF STREAM]',
          'Chapters: 0:00 Welcome | 0:31 The register', 'Comments are turned off for this video.']
    notes = ("Transcript of a council's live-streamed YouTube 'Ask the Director' Q&A (kind other; Wales). Record period 2025-26 (the year whose figures the director "
             "gives; the register snapshot is 31 March 2026). Speaker labels only for the host and the director; audience questions are unlabelled paragraphs after a "
             "time stamp. The director's answers are prose without quote marks: not quotes, but their figures are figures. Required quotes only where quote marks are: "
             "a viewer's chat message read out by the host ('Gareth ... says:'), a line the director reads from a child practice review ('The reviewer wrote:') and a "
             "young person's words she reports ('she said:', anonymous). Welsh vocabulary: the child protection register, 'registered' and 'removed from the register' "
             "are child_protection_plans; care and support plans are children_in_need; strategy discussions other; concise review agreed = lcsprs_commissioned, "
             "extended review published = lcsprs_published; the Gwent Safeguarding Board is named only as the board reviews are referred to (partnership null). "
             "Looked-after figures 'at the moment' and 'two years ago' carry text-only periods; the overspend 'this year' is 2026-27. 'about 69' and 'about 640' "
             "carry the qualifier; 'Around a third' restates 2,047 of 6,120 (optional); 'up to £14,000 a week'. Ages and years in care of the young person are "
             "optional. Traps: view and like counts, time stamps, chapter list times, 'within the previous 12 months' (window), 'over the next three years', the "
             "Welsh greeting, a phone number and 999.")
    gold(DOC, 'other', "Ask the Director: children's social services in Torfaen - live Q&A", 'Torfaen', None,
         P('2025-04-01', '2026-03-31', '2025-26'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
