"""h04: a children's charity press release as a saved web page (HTML), South Tyneside. Writes the page and its gold.
Run: /tmp/pdfgen8/bin/python _src/g_h04.py"""
import os
from mk import F, P, Q, gold

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'h04_south_tyneside_childrens_charity_press_release'
YR = P('2025-04-01', '2026-03-31', 'year to 31 March 2026')
HTML = """<!-- INVENTED document written for evaluation: the charity, people, quotes and figures are made up; only place names are real. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Press release: Children of prisoners in South Tyneside &quot;invisible&quot; to services, charity warns | Harbourlight Children's Charity</title>
<meta name="description" content="Harbourlight supported 214 children with a parent in prison last year.">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Children of prisoners invisible","datePublished":"2026-11-18T07:00:00Z","wordCount":812}</script>
<style>.cookie{position:fixed}.stat b{font-size:2em}</style>
</head>
<body>
<div class="cookie" id="cookie-banner"><p>We use cookies to make this site work and to understand how you use it. We and our 14 partners store and access information on your device.</p><button>Accept all</button> <button>Manage settings</button></div>
<header>
<a href="/" class="logo">Harbourlight <span>Children's Charity</span></a>
<nav><ul><li><a href="/about">About us</a></li><li><a href="/help">Get help</a></li><li><a href="/news">News</a></li><li><a href="/donate" class="btn">Donate</a></li></ul></nav>
</header>
<main>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo; Press releases</nav>
<article>
<p class="kicker">PRESS RELEASE</p>
<p class="embargo"><strong>EMBARGOED until 00:01 on Wednesday 18 November 2026</strong></p>
<h1>Children of prisoners in South Tyneside &ldquo;invisible&rdquo; to services, charity warns</h1>
<p class="standfirst">Harbourlight supported 214 children with a parent in prison in the year to 31 March 2026 &ndash; and says most were never identified by their school, GP or council.</p>
<p class="dateline">Posted 18 November 2026 &middot; 4 minute read &middot; <a href="/news/tag/families">Families</a></p>

<p>A South Tyneside children&rsquo;s charity is calling for every child with a parent in prison to be identified and offered support, after its own figures showed that fewer than one in five of the children it worked with last year had been referred by a statutory service.</p>
<p>Harbourlight Children&rsquo;s Charity, based in South Shields, supported 214 children and young people aged 4 to 18 with a parent or carer in custody in the year to 31 March 2026, up from 152 the year before. Only 39 (18%) were referred by a school, health visitor, social worker or the council&rsquo;s early help service. The rest came through family members, prison visitor centres or found the charity themselves.</p>
<p>Of the 214 children, 23 were subject to a child protection plan when they started with Harbourlight and 61 were children in need. Eleven were in the care of South Tyneside Council.</p>

<div class="stats">
<div class="stat"><b>214</b> children supported</div>
<div class="stat"><b>18%</b> referred by a statutory service</div>
<div class="stat"><b>1,130</b> one-to-one sessions</div>
<div class="stat"><b>9 in 10</b> said they felt less alone</div>
</div>

<p>The charity&rsquo;s caseworkers delivered 1,130 one-to-one sessions during the year and supported 47 children to visit their parent in prison for the first time. In an end-of-support survey, 88% of children said they felt less alone.</p>
<p>Harbourlight chief executive Dr Joanna Ferriday said: &ldquo;These children have done nothing wrong, but they carry the shame and the secret of a parent&rsquo;s sentence into the classroom every day. Too often nobody in that school knows.</p>
<p>&ldquo;We estimate that around 600 children in South Tyneside have a parent in prison at any one time. We are reaching a third of them. The other two-thirds are invisible.&rdquo;</p>
<p>She said a simple question at school admission, and a flag when a parent is sentenced, would &ldquo;change everything for these families&rdquo;.</p>
<p>One 14-year-old supported by the charity, whose father is serving a six-year sentence, said: &ldquo;I didn&rsquo;t tell anyone for two years. I thought I&rsquo;d get moved or put in care. Harbourlight was the first place I could say it out loud.&rdquo;</p>
<p>Councillor Adam Rowlandson, lead member for children, young people and families at South Tyneside Council, welcomed the report. He said: &ldquo;Harbourlight do brilliant work and we want to build on it. Our family hubs will be trained to ask the question, and we&rsquo;ll look at how we can share information safely when a parent is remanded or sentenced.&rdquo;</p>
<p>The charity&rsquo;s report, <em>Out of Sight</em>, makes five recommendations and is launched at an event at South Shields Town Hall today. Harbourlight is also asking supporters to help it raise &pound;75,000 to fund a second caseworker for two years.</p>

<h2>Notes to editors</h2>
<ol>
<li>Harbourlight Children&rsquo;s Charity was founded in 2009 and works across South Tyneside, Gateshead and Sunderland. Figures in this release relate to South Tyneside only.</li>
<li>The estimate of around 600 children is based on Ministry of Justice data and the assumption that 54% of people in prison are parents of children under 18.</li>
<li>For interviews, contact the press office on 020 7946 0381 or press@harbourlight.example. Out of hours: 01632 960512.</li>
</ol>
<p class="ends">ENDS</p>
</article>
<aside class="share"><p>Share: Facebook | X | LinkedIn | Email</p></aside>
<aside class="related"><h3>Related news</h3><ul><li><a href="/news/100">Our 100th sponsored walker crosses the finish line</a></li><li><a href="/news/annual">Trustees&rsquo; report 2024/25 published</a></li></ul></aside>
<aside class="donate"><p>&pound;10 could pay for a child&rsquo;s first prison visit pack. <a href="/donate">Donate now</a></p></aside>
</main>
<footer><p>Harbourlight Children&rsquo;s Charity, 31 Ocean Road, South Shields NE33 2JJ. Registered charity no. 1128847. Company no. 06731190.</p><p>&copy; 2026 Harbourlight. <a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility</a></p></footer>
</body>
</html>
"""


def build():
    out = os.path.join(os.path.dirname(HERE), NAME + '.html')
    open(out, 'w', encoding='utf-8').write(HTML)
    figures = [
        F(214, 'count', 'other', 'children with a parent in prison supported by the charity', 'supported 214 children and young people aged 4 to 18'),
        F(152, 'count', 'other', 'children supported the year before', 'up from 152 the year before', period=P('2024-04-01', '2025-03-31', 'the year before (2024/25)')),
        F(39, 'count', 'other', 'children referred by a statutory service', 'Only 39 (18%) were referred'),
        F(18, 'percent', 'other', 'share of children referred by a statutory service', 'Only 39 (18%) were referred', optional=True),
        F(20, 'percent', 'other', 'share referred by a statutory service (hedged: fewer than one in five)', 'fewer than one in five of the children', qualifier='fewer than', optional=True),
        F(23, 'count', 'child_protection_plans', 'supported children subject to a child protection plan', '23 were subject to a child protection plan'),
        F(61, 'count', 'children_in_need', 'supported children who were children in need', '61 were children in need'),
        F(11, 'count', 'looked_after_children', 'supported children in the care of South Tyneside Council', 'Eleven were in the care of South Tyneside Council'),
        F(1130, 'count', 'other', 'one-to-one sessions delivered', 'delivered 1,130 one-to-one sessions'),
        F(47, 'count', 'other', 'children supported to visit a parent in prison for the first time', 'supported 47 children to visit their parent in prison'),
        F(88, 'percent', 'other', 'children who said they felt less alone', '88% of children said they felt less alone'),
        F(90, 'percent', 'other', 'children who said they felt less alone (stat card, rounded: 9 in 10)', '9 in 10', optional=True),
        F(600, 'count', 'other', 'estimated children in South Tyneside with a parent in prison', 'around 600 children in South Tyneside have a parent in prison', qualifier='around'),
        F(33.33, 'percent', 'other', 'share of those children the charity reaches', 'We are reaching a third of them'),
        F(66.67, 'percent', 'other', 'share of those children not reached', 'The other two-thirds are invisible', optional=True),
        F(6, 'years', 'other', "father's prison sentence (case fact)", 'serving a six-year sentence', optional=True),
        F(14, 'years', 'other', 'age of the child quoted', 'One 14-year-old supported by the charity', optional=True),
        F(5, 'count', 'recommendations', "recommendations in the charity's report", 'makes five recommendations'),
        F(75000, 'gbp', 'other', 'fundraising target for a second caseworker', 'raise &pound;75,000 to fund a second caseworker'.replace('&pound;', '£')),
        F(2, 'years', 'other', 'duration of the second caseworker post', 'a second caseworker for two years'),
        F(54, 'percent', 'other', 'people in prison who are parents of children under 18 (assumption)', '54% of people in prison are parents'),
        F(4, 'years', 'other', 'youngest age supported', 'aged 4 to 18', optional=True),
        F(18, 'years', 'other', 'oldest age supported', 'aged 4 to 18', optional=True),
    ]
    quotes = [
        Q("These children have done nothing wrong, but they carry the shame and the secret of a parent’s sentence into the classroom every day. Too often nobody in that school knows.",
          'Joanna Ferriday', ['Dr Joanna Ferriday', 'Dr Ferriday', 'Ferriday'], 'said', role='chief executive, Harbourlight Children’s Charity'),
        Q('We estimate that around 600 children in South Tyneside have a parent in prison at any one time. We are reaching a third of them. The other two-thirds are invisible.',
          'Joanna Ferriday', ['Dr Joanna Ferriday', 'Dr Ferriday', 'Ferriday'], None),
        Q('change everything for these families', 'Joanna Ferriday', ['Dr Joanna Ferriday', 'Dr Ferriday', 'Ferriday'], 'She said'),
        Q('I didn’t tell anyone for two years. I thought I’d get moved or put in care. Harbourlight was the first place I could say it out loud.',
          'a 14-year-old', ['One 14-year-old supported by the charity', 'a young person'], 'said'),
        Q('Harbourlight do brilliant work and we want to build on it. Our family hubs will be trained to ask the question, and we’ll look at how we can share information safely when a parent is remanded or sentenced.',
          'Adam Rowlandson', ['Councillor Adam Rowlandson', 'Cllr Rowlandson', 'Rowlandson'], 'He said', role='lead member for children, young people and families, South Tyneside Council'),
        Q('invisible', 'Harbourlight Children’s Charity', ['Harbourlight', 'charity'], 'warns', optional=True),
    ]
    people = [{'name': 'Dr Joanna Ferriday', 'role': 'chief executive, Harbourlight Children’s Charity'},
              {'name': 'Adam Rowlandson', 'role': 'lead member for children, young people and families, South Tyneside Council'}]
    nf = ['14 partners', '00:01 on Wednesday 18 November 2026', '4 minute read', 'founded in 2009', '020 7946 0381', '01632 960512',
          'children under 18', 'for two years', 'at any one time', 'NE33 2JJ', 'Registered charity no. 1128847', 'Company no. 06731190']
    bp = ['We use cookies to make this site work and to understand how you use it. We and our 14 partners store and access information on your device.',
          'Share: Facebook | X | LinkedIn | Email', 'Our 100th sponsored walker crosses the finish line', 'Trustees’ report 2024/25 published',
          '£10 could pay for a child’s first prison visit pack.', '© 2026 Harbourlight.']
    notes = ("A children's charity's press release as a saved web page (genre new: earlier press releases are councils', partnerships', "
             "police forces' and MPs'); a press release is news_article (corpus/kinds rule) even from a charity; area South Tyneside (the "
             "notes say the figures are South Tyneside only, though the charity works in three areas); partnership null; period the year to "
             "31 March 2026. Traps: stat cards repeat body figures ('214', '18%', '1,130') and round one ('9 in 10' for 88%, optional); "
             "'fewer than one in five' in the lede is the hedged form of '39 (18%)' (count required, both percentages optional); subsets of the "
             "charity's children keep the social-care metric that defines them (child protection plan 23, children in need 61, in care 11); "
             "'a third of them' required but 'The other two-thirds' is its complement (optional); a two-paragraph open quote from the chief "
             "executive (the first paragraph never closes); 'She said ... \"change everything\"' fragment; an anonymous 14-year-old speaker; "
             "'for two years' inside the young person's quote is rhetorical, while 'a second caseworker for two years' is a figure; the 54% "
             "assumption in the notes to editors is a figure; embargo time, cookie partners, phone numbers, "
             "charity and company numbers, the donate box ('£10') and 'Related news' are not figures; the headline scare word 'invisible' (optional).")
    gold(NAME + '.html', 'news_article', 'Children of prisoners in South Tyneside "invisible" to services, charity warns', 'South Tyneside', None, YR,
         figures, nf, quotes, people, bp, notes)


if __name__ == '__main__':
    build()
