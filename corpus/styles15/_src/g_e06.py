"""e06: local news podcast episode transcript (txt; the document itself is hand-written in the folder, this script
only types the gold). Run: python3 _src/g_e06.py"""
from mk import F, P, Q, gold

NAME = 'e06_aberdeenshire_local_news_podcast_transcript'
per = P('2025-04-01', '2026-03-31', '2025/26')
prev = P('2024-04-01', '2025-03-31', 'the year before')
figs = [
    F(112, 'count', 'child_protection_plans', 'children on the child protection register at the end of March', 'A hundred and twelve.'),
    F(94, 'count', 'child_protection_plans', 'children on the register the year before', 'up from ninety-four the year before', period=prev),
    F(20, 'percent', 'child_protection_plans', 'rise in children on the register', 'a rise of about a fifth', qualifier='about'),
    F(168, 'count', 'child_protection_plans', 'registrations during the year', 'a hundred and sixty-eight registrations'),
    F(150, 'count', 'child_protection_plans', 'de-registrations during the year', 'we took a hundred and fifty children off the register'),
    F(2.7, 'rate_per_1000', 'child_protection_plans', 'child protection register rate', "It's 2.7 per thousand children"),
    F(2.2, 'rate_per_1000', 'child_protection_plans', 'child protection register rate, Scotland', 'The figure for Scotland is 2.2'),
    F(1036, 'count', 'other', 'inter-agency referral discussions (IRDs)', 'We held 1,036 inter-agency referral discussions'),
    F(1000, 'count', 'other', 'IRDs (hedged)', 'which is just over a thousand', qualifier='just over', optional=True),
    F(9, 'percent', 'other', 'increase in IRDs on last year', 'up about 9% on last year', qualifier='about'),
    F(684, 'count', 'other', "children referred to the Children's Reporter on care and protection grounds", "684 children were referred to the Children's Reporter"),
    F(2, 'count', 'lcsprs_published', 'learning reviews published', 'We published two learning reviews this year'),
    F(1, 'count', 'lcsprs_commissioned', 'learning reviews started (ongoing)', 'We started one more, which is ongoing'),
    F(11, 'count', 'recommendations', 'recommendations from the two published reviews', 'they made eleven recommendations'),
    F(7, 'count', 'recommendations', 'recommendations completed', 'Seven are done.'),
    F(4, 'months', 'other', 'age of the baby in one review', 'a four-month-old in the Fraserburgh area', optional=True),
    F(3, 'count', 'other', 'services that each held part of the picture', 'three services each held a piece of the picture', optional=True),
    F(14, 'percent', 'other', "vacancy rate in children's social work", "a vacancy rate of 14% in children's social work"),
    F(210, 'count', 'other', "posts in children's social work", 'a service of around 210 posts', qualifier='around'),
    F(23, 'count', 'other', 'newly qualified social workers recruited since April', 'We have recruited 23 newly qualified social workers'),
    F(640000, 'gbp', 'other', 'grow-your-own social work scheme investment', 'investing \u00a3640,000 in a grow-your-own scheme'),
    F(2, 'years', 'other', 'time before a newly qualified worker takes the hardest cases', 'needs two years before', optional=True),
    F(560, 'count', 'looked_after_children', 'looked-after children in Aberdeenshire', 'There are about 560 looked-after children', qualifier='about'),
    F(20, 'percent', 'looked_after_children', 'looked-after children looked after at home', 'roughly a fifth of them are looked after at home', qualifier='roughly'),
]
notf = ['Episode 87', 'episode 87', '41:52', '19 November 2026', '[00:03:17]', '00:00', '03:10', '01632 960361', 'GRANITE20', '20% off',
        'nought to fifteen', 'under one', 'Baby F', '0800 1111', 'five stars', 'last month', 'since April']
quotes = [
    Q("Who's watching the bairns?", 'The Granite Briefing', ['Granite Briefing'], None, optional=True),
    Q('The increase reflects earlier and better-shared identification of risk, particularly where parental alcohol use and domestic abuse are present.',
      'the report', ['report', 'the annual report', 'Aberdeenshire Child Protection Committee', 'Graham Duthie'], "I'll quote it"),
    Q("We're not drowning, but we're treading water in our jackets and boots.", 'a team manager', ['team manager'], 'said to me'),
    Q('We have recruited 23 newly qualified social workers since April and are investing \u00a3640,000 in a grow-your-own scheme with local universities.',
      'an Aberdeenshire Council spokesperson', ['Aberdeenshire Council', 'spokesperson', 'a spokesperson'], 'said'),
]
people = [{'name': 'Eilidh Strachan', 'role': 'presenter, The Granite Briefing'},
          {'name': 'Graham Duthie', 'role': 'independent chair, Aberdeenshire Child Protection Committee'},
          {'name': 'Anita Roy', 'role': 'social work lecturer'}, {'name': 'Fergus Milne', 'role': 'producer'}]
bp = ['This episode is brought to you by Deeside Larder.', 'Support the show: granitebriefing.example/support.',
      'TRANSCRIPT (auto-generated and lightly edited; may contain errors)', 'Rate us five stars wherever you get your podcasts.']
notes = ("Local news podcast episode transcript (txt), news_article. Speaker turns are labelled ('GRAHAM DUTHIE:') but are NOT in quotation marks, so they are not quotes; only words inside quote marks are (the report read out by the host, cue \"I'll quote it\"; a team manager's words quoted by a guest - the speaker is the team manager, not the guest; a council spokesperson's statement read out by the host). Numbers spoken as words ('A hundred and twelve', 'ninety-four', 'a hundred and sixty-eight', 'eleven', 'Seven'); Scottish register counts, registrations and de-registrations and a rate per 1,000 ('2.7 per thousand children aged nought to fifteen') with a Scotland comparator - child_protection_plans; 'a rise of about a fifth' (20%, hedged); '1,036 ... just over a thousand' (exact required, hedged optional); learning reviews = LCSPR metrics; 'babies under one' is an age band; figures only inside a quote (23 NQSWs, £640,000) are required; looked-after-at-home share keeps looked_after_children. Traps: timestamps, chapter times, episode number and duration, a sponsor read with '20% off' and 'GRANITE20', Childline 0800 1111, 'five stars', a WhatsApp number, the episode title in quotes (optional).")
gold(NAME + '.txt', 'news_article', 'The Granite Briefing, Episode 87: Child protection in Aberdeenshire (transcript)', 'Aberdeenshire',
     'Aberdeenshire Child Protection Committee', per, figs, notf, quotes, people, bp, notes)
