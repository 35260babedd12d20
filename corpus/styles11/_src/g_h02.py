"""Gold for h02 (bilingual Welsh/English council news release, written by hand)."""
from mk import F, P, Q, gold

DOC = 'h02_isle_of_anglesey_bilingual_news_release.html'


def main():
    figs = [
        F(64, 'count', 'child_protection_plans', 'children on the child protection register at 31 March 2026', "There were 64 children on Anglesey's child protection register"),
        F(78, 'count', 'child_protection_plans', 'children on the register a year earlier', 'down from 78 a year earlier', period=P('2024-04-01', '2025-03-31')),
        F(47.4, 'rate_per_10000', 'child_protection_plans', 'register rate', 'This is a rate of 47.4 per 10,000 children'),
        F(52.1, 'rate_per_10000', 'child_protection_plans', 'register rate, Wales', 'compared with 52.1 across Wales'),
        F(97, 'count', 'child_protection_plans', 'registrations', 'During the year 97 children were placed on the register'),
        F(111, 'count', 'child_protection_plans', 'de-registrations', '111 were removed from it'),
        F(402, 'count', 'children_in_need', 'children with a care and support plan', 'At the end of the year 402 children had a care and support plan'),
        F(1942, 'count', 'other', 'contacts to the Teulu Môn early help service', 'The Teulu Môn early help service received 1,942 contacts'),
        F(86, 'percent', 'other', 'contacts with a response within one working day', '86% of them had a response within one working day'),
        F(1, 'days', 'other', 'response standard (working days)', 'within one working day', optional=True),
        F(3, 'count', 'review_referrals', 'cases referred to the regional board for a child practice review', 'The authority referred three cases to the North Wales Safeguarding Board'),
        F(1, 'count', 'lcsprs_commissioned', 'concise child practice review agreed', 'The board agreed to hold one concise review'),
        F(1, 'count', 'lcsprs_published', 'extended child practice review published', 'one extended review from 2024 was published'),
        F(12, 'count', 'other', 'new foster carers recruited', 'We have recruited 12 new foster carers this year'),
        F(20, 'count', 'other', 'foster carers needed', 'but we need at least 20', qualifier='at least'),
        F(250000, 'gbp', 'other', 'extra investment in Teulu Môn in 2026-27', 'invest an extra £250,000 in Teulu Môn in 2026-27', period=P('2026-04-01', '2027-03-31')),
        F(2, 'count', 'other', 'new family workers', 'including two new family workers', period=P('2026-04-01', '2027-03-31')),
        F(18, 'months', 'other', 'duration of the new family worker posts', 'two new family workers for 18 months'),
    ]
    nf = ['2025-26', '2026-27', '31 March 2026', '24.11.2026', '2026/118', '3 December 2026', '2pm', '01632 960552', 'LL77 7TW', 'per 10,000', 'from 2024',
          '31 Mawrth 2026', '3 Rhagfyr 2026']
    quotes = [
        Q('These figures show that early work with families is making a real difference.', 'Sioned Pritchard', ['Pritchard', 'Councillor Sioned Pritchard', 'Cllr Pritchard', 'Y Cynghorydd Sioned Pritchard'], 'said', role="Portfolio Member for Children's Services, Isle of Anglesey County Council"),
        Q('But we are not complacent. Every child on the register is a child who needs us to do better.', 'Sioned Pritchard', ['Pritchard', 'Councillor Sioned Pritchard'], 'She added'),
        Q('We have recruited 12 new foster carers this year, but we need at least 20.', 'Huw Gwilym Owen', ['Owen', 'Mr Owen', 'Huw Owen'], 'said', role='Director of Social Services, Isle of Anglesey County Council'),
        Q("Mae'r ffigurau hyn yn dangos bod gwaith cynnar gyda theuluoedd yn gwneud gwahaniaeth go iawn.", 'Sioned Pritchard', ['Pritchard', 'Y Cynghorydd Sioned Pritchard'], 'Dywedodd', optional=True),
        Q('Ond nid ydym yn hunanfodlon. Mae pob plentyn ar y gofrestr yn blentyn sydd angen i ni wneud yn well.', 'Sioned Pritchard', ['Pritchard'], 'Ychwanegodd', optional=True),
        Q('Rydym wedi recriwtio 12 gofalwr maeth newydd eleni, ond mae angen o leiaf 20 arnom.', 'Huw Gwilym Owen', ['Owen', 'Huw Owen'], 'Dywedodd', optional=True),
    ]
    people = [
        {'name': 'Sioned Pritchard', 'role': "Portfolio Member for Children's Services, Isle of Anglesey County Council"},
        {'name': 'Huw Gwilym Owen', 'role': 'Director of Social Services, Isle of Anglesey County Council'},
    ]
    bp = ['Cymraeg | English | Chwilio / Search | Cysylltu / Contact 01632 960552',
          'Dilynwch ni / Follow us @YnysMonCyngor.example | © Cyngor Sir Ynys Môn / Isle of Anglesey County Council | Llangefni LL77 7TW',
          "Nodiadau i olygyddion: Bydd yr adroddiad yn mynd gerbron y Pwyllgor Sgriwtini Partneriaeth ac Adfywio ar 3 Rhagfyr 2026 am 2pm.",
          'Notes to editors: The report goes to the Partnership and Regeneration Scrutiny Committee on 3 December 2026 at 2pm.']
    notes = ("Bilingual Welsh/English council news release (kind news_article): every paragraph appears in Welsh, then in English. "
             "CONVENTION for this document: each fact is one figure; the Welsh paragraph's number is an extra mention of the same fact, and anchors are in the English text. "
             "Only the English quotes are required; their Welsh versions are optional quotes (same speaker; cues 'Dywedodd' = said, 'Ychwanegodd' = she added), "
             "because a tool may reasonably keep one language or both. Welsh number words ('dri achos' = three cases, 'un adolygiad' = one review, 'dau weithiwr' = two workers, "
             "'un diwrnod gwaith' = one working day) are extra mentions of the English facts. "
             "Wales: the register is child_protection_plans (registrations, 'removed from it' = de-registrations), care and support plans are children_in_need, "
             "concise/extended child practice reviews through the North Wales Safeguarding Board are lcsprs_* (referrals to the board review_referrals). "
             "'within one working day' is a standard inside a timeliness measure (the 86%): optional as a days figure. "
             "Traps: release number '2026/118', the date '24.11.2026', 'from 2024', '2025-26'/'2026-27', 'Mawrth' and 'Rhagfyr' dates, the time '2pm', postcode, phone number. "
             "The 2026-27 investment and family workers carry their own period.")
    gold(DOC, 'news_article', 'Nifer y plant ar y gofrestr amddiffyn plant yn gostwng / Fewer children on the child protection register', 'Isle of Anglesey',
         'North Wales Safeguarding Board', P('2025-04-01', '2026-03-31'), figs, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    main()
