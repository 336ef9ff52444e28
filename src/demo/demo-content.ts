// The demo newsroom a fresh install seeds: The Estuary Courier, a small fictional newspaper for
// the equally fictional town of Port Alder and the Wrenn valley. Every person, organisation,
// place (apart from a couple of big-city datelines), quote and comment here is invented.
import type { DemoContent } from './demo-types.ts';
import {
  doc,
  p,
  h2,
  bold,
  italic,
  link,
  quote,
  bullets,
  numbered,
  image,
  embed,
} from '../domain/articles/document.ts';
import {
  harbourAtDusk,
  councilChamber,
  windFarmOnHills,
  coveredMarket,
  viaductInFog,
  floodedMeadow,
  stadiumAtNight,
  mountainPass,
  riverFerry,
  turbineFromBelow,
  marketStall,
} from './demo-images.ts';

export const demoContent: DemoContent = {
  site: {
    title: 'The Estuary Courier',
    tagline: 'News from Port Alder and the Wrenn valley',
    language: 'en-GB',
    timeZone: 'Europe/London',
  },

  sections: [
    { slug: 'news', name: 'News' },
    { slug: 'business', name: 'Business' },
    { slug: 'environment', name: 'Environment' },
  ],

  people: [
    {
      key: 'marion-teague',
      portrait: true,
      name: 'Marion Teague',
      slug: 'marion-teague',
      bio: 'Marion Teague is the editor of The Estuary Courier. She joined the paper as a courts reporter and spent six years as its political correspondent before taking the chair.',
    },
    {
      key: 'ruth-calloway',
      portrait: true,
      name: 'Ruth Calloway',
      slug: 'ruth-calloway',
      bio: 'Ruth Calloway is the Courier’s chief reporter. She covers the harbour, transport and the courts, and has lived in Port Alder for most of her life.',
    },
    {
      key: 'owen-fairlie',
      portrait: true,
      name: 'Owen Fairlie',
      slug: 'owen-fairlie',
      bio: 'Owen Fairlie is our local democracy reporter. He sits through every meeting of Alder District Council so that you do not have to.',
    },
    {
      key: 'priya-raman',
      portrait: true,
      name: 'Priya Raman',
      slug: 'priya-raman',
      bio: 'Priya Raman is the Courier’s environment correspondent, reporting on energy, farming, flooding and wildlife across the Wrenn valley. She trained as a hydrologist.',
    },
    {
      key: 'tomasz-kielar',
      portrait: true,
      name: 'Tomasz Kielar',
      slug: 'tomasz-kielar',
      bio: 'Tomasz Kielar is business editor. He writes about the port, the high street, property and the people who run local firms.',
    },
    {
      key: 'callum-breck',
      portrait: true,
      name: 'Callum Breck',
      slug: 'callum-breck',
      bio: 'Callum Breck is the Courier’s chief photographer. He has photographed the estuary in every weather for fifteen years.',
    },
    {
      key: 'northgate-wire',
      name: 'Northgate Wire',
      slug: 'northgate-wire',
      bio: 'Northgate Wire is an independent news agency supplying national and international reporting to regional newspapers.',
    },
  ],

  images: [
    {
      key: 'harbour-dusk',
      svg: harbourAtDusk,
      alt: 'Container cranes and a berthed cargo ship silhouetted against an orange dusk sky, with a fishing boat moored in the foreground.',
      caption:
        'Cranes over Eastern Quay at dusk. The harbour board wants to build a deepwater berth to the east of the terminal.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'council-chamber',
      svg: councilChamber,
      alt: 'An empty council chamber with curved rows of wooden desks, green leather chairs and tall arched windows.',
      caption: 'The council chamber at Alder Hall, where members will debate the draft budget.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'wind-farm',
      svg: windFarmOnHills,
      alt: 'Wind turbines on a series of green ridges under a bright sky, with sheep grazing in fields in the foreground.',
      caption:
        'The existing turbines on Carrick Fell. The extension will add eleven larger machines on the ridge to the north.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'covered-market',
      svg: coveredMarket,
      alt: 'Shoppers walking between fruit and vegetable stalls with striped awnings under the arched iron-and-glass roof of a market hall.',
      caption: 'The Corn Street market hall on a Saturday morning.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'viaduct-fog',
      svg: viaductInFog,
      alt: 'A passenger train crossing a tall stone railway viaduct whose far arches disappear into morning fog, with pine trees in the foreground.',
      caption:
        'A morning service crosses Hollin viaduct, which carries the Wrenn Valley line high above the river.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'flooded-meadow',
      svg: floodedMeadow,
      alt: 'A line of pollarded willows standing in floodwater across flat meadows under a grey sky, with two swans and a half-submerged fence.',
      caption:
        'Floodwater over the meadows at Sallow Ings. The willows mark the line of the riverbank.',
      credit: 'Priya Raman',
      mayRedistribute: true,
    },
    {
      key: 'stadium-night',
      svg: stadiumAtNight,
      alt: 'A football match under floodlights seen from high in a stand, with a full stand of supporters behind the far goal.',
      caption: 'Eastfield Park under the floodlights during a midweek league match.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'mountain-pass',
      svg: mountainPass,
      alt: 'A snowplough with an amber beacon on a road that zigzags up a snowy mountainside, while a barrier holds back queuing cars and snow falls.',
      caption:
        'A snowplough on the upper hairpins of the Corvenne Pass after the road was closed to traffic.',
      credit: 'Ines Halloran/Northgate Wire',
      source: 'Northgate Wire',
      mayRedistribute: false,
    },
    {
      key: 'river-ferry',
      svg: riverFerry,
      alt: 'A white passenger ferry crossing blue water in front of a hillside city of pastel houses with terracotta roofs.',
      caption: 'One of the diesel ferries the new battery-electric fleet is due to replace.',
      credit: 'Ines Halloran/Northgate Wire',
      source: 'Northgate Wire',
      mayRedistribute: false,
    },
    {
      key: 'turbine-detail',
      svg: turbineFromBelow,
      alt: 'Looking up at a wind turbine tower, hub and blades against a sunrise sky, with two technicians in orange on top of the nacelle.',
      caption: 'Technicians carry out a routine inspection on one of the Carrick Fell turbines.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
    {
      key: 'market-stall',
      svg: marketStall,
      alt: 'Crates heaped with apples, oranges, lemons and aubergines under a green and cream striped awning, lit by hanging bulbs.',
      caption: 'Fruit and vegetables on a greengrocer’s stall in the market hall.',
      credit: 'Callum Breck',
      mayRedistribute: true,
    },
  ],

  articles: [
    // ---------------------------------------------------------------------------------------------
    {
      section: 'news',
      slug: 'harbour-board-approves-deepwater-berth',
      pinned: true,
      headline: 'Harbour board approves £48m deepwater berth despite fishing fleet’s objections',
      standfirst:
        'The Eastern Quay expansion would let cargo ships twice the size of today’s dock at Port Alder. Skippers say the dredging will drive fish from the mouth of the estuary.',
      dateline: { place: 'PORT ALDER' },
      leadImage: 'harbour-dusk',
      bylines: [{ person: 'ruth-calloway' }, { person: 'owen-fairlie' }],
      tags: ['Port Alder harbour', 'Fishing', 'Shipping', 'Planning'],
      publishedHoursAgo: 6,
      updatedHoursAgo: 3,
      commentsOpen: true,
      body: () =>
        doc(
          p(
            'The Port Alder Harbour Board has approved plans for a £48m deepwater berth at Eastern Quay, clearing the way for cargo ships twice the size of those that use the port today.',
          ),
          p(
            'Board members voted six to two in favour on Tuesday evening after a three-hour meeting. More than forty members of the public, many of them from the town’s fishing fleet, packed into the gallery.',
          ),
          p(
            'The scheme now needs a marine licence for the dredging, which would deepen the approach channel by four metres along a stretch of almost two kilometres.',
          ),
          quote(
            [
              'This is the most important decision this board has taken in a generation. If we stand still, the ships simply go to other ports, and the jobs go with them.',
            ],
            'Helen Marwick, chair of the Port Alder Harbour Board',
          ),
          h2('What the scheme involves'),
          bullets(
            ['A new 320-metre quay wall to the east of the existing container terminal'],
            ['Dredging of the approach channel to a depth of 14 metres'],
            ['Two more ship-to-shore cranes, bringing the total to five'],
            ['An estimated 210 permanent jobs, according to the board’s own figures'],
          ),
          h2('Fishing fleet’s fears'),
          p(
            'Skippers say the dredging will stir up silt across the mouth of the estuary during the spring spawning season, and that bigger ships will push small boats out of the main channel.',
          ),
          p(
            '“They keep telling us there’s room for everyone,” said Sam Treloar, who has fished out of Port Alder for 31 years and skippers the ',
            italic('Morning Wren'),
            '. “There isn’t. Not at the harbour mouth, not on a falling tide, not with a ship that size coming in.”',
          ),
          p(
            'Dr Anika Brandt, a marine ecologist with the Wrenn Estuary Trust, said the board’s environmental assessment relied on ',
            link(
              'survey data that is now eight years old',
              'https://example.org/wrenn-estuary-trust/eastern-quay-response',
            ),
            '. “We are not against the port growing,” she said. “We are asking them to look at the estuary as it is now, not as it was.”',
          ),
          p(
            'The board said it would pay for independent monitoring of fish stocks for the first five years and would limit dredging to the autumn and winter months.',
          ),
          p(
            'A drop-in session on the dredging plans will be held at the Seafarers’ Institute on Saturday from 10am to 2pm. The full planning documents are ',
            link(
              'published on the harbour board’s website',
              'https://example.org/port-alder-harbour/eastern-quay',
            ),
            '.',
          ),
        ),
      comments: [
        {
          name: 'Gwen Pascoe',
          email: 'gwen.pascoe@example.com',
          text: 'My dad fished out of this harbour and so did his. Nobody on that board has ever had to bring a boat in over the bar in a south-westerly. “Room for everyone” is easy to say from an office on the quay.',
          minutesAfterPublish: 22,
          replies: [
            {
              name: 'Martin Hale',
              email: 'm.hale@example.net',
              text: 'With respect, the fleet is a dozen boats now, down from forty when I was a lad. The port has to earn its keep somehow, and 210 jobs is 210 jobs.',
              minutesAfterPublish: 48,
              replies: [
                {
                  name: 'Gwen Pascoe',
                  email: 'gwen.pascoe@example.com',
                  text: 'A dozen boats is still a dozen families, Martin. And plenty of those jobs will be contractors who leave once the quay is built.\n\nI’m not against the port. I just want the fleet to still be here in ten years.',
                  minutesAfterPublish: 71,
                  replies: [
                    {
                      name: 'Martin Hale',
                      email: 'm.hale@example.net',
                      text: 'Fair point about the contractors. If the board actually spends the monitoring money properly, maybe both can work. I’ll believe it when I see it, mind.',
                      minutesAfterPublish: 96,
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          name: 'Ravi Choudhury',
          email: 'ravi.c@example.org',
          url: 'https://example.net/ravi-walks-the-coast',
          text: 'Does anyone know whether the dredged material will be dumped offshore or used for the beach recharge at Wrenmouth? The article doesn’t say and the planning documents run to 400 pages.',
          minutesAfterPublish: 65,
          replies: [
            {
              person: 'ruth-calloway',
              name: 'Ruth Calloway',
              email: 'ruth.calloway@example.org',
              text: 'Thanks, Ravi. The board says most of it would go to a licensed disposal site about six miles offshore, with some sand set aside for beach recharge if tests show it is clean enough. We will have more when the marine licence application is published.',
              minutesAfterPublish: 130,
            },
          ],
        },
        {
          name: 'Elaine Forsyth',
          email: 'elaine.forsyth@example.com',
          text: 'Good to see the estuary trust quoted. Eight years is a long time in an estuary. Surely the survey should have been repeated before anyone voted?',
          minutesAfterPublish: 142,
        },
        {
          name: 'Pete Ormond',
          email: 'pete.ormond@example.net',
          text: 'Every town on this coast would bite your hand off for a scheme like this. We’ll moan about it for ten years and then wonder how we ever managed without it.',
          minutesAfterPublish: 211,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'news',
      slug: 'council-budget-library-saturday-closures',
      headline: 'Libraries face Saturday closures as council searches for £6.2m of savings',
      standfirst:
        'Alder District Council’s draft budget also proposes higher parking charges and a 4.99% rise in council tax. Councillors vote on Thursday.',
      dateline: null,
      leadImage: 'council-chamber',
      bylines: [{ person: 'owen-fairlie' }],
      tags: ['Alder District Council', 'Council budget', 'Libraries', 'Parking'],
      publishedHoursAgo: 20,
      commentsOpen: true,
      body: () =>
        doc(
          p(
            'Libraries in Alder District would close on Saturdays and parking charges would rise by up to 40p an hour under draft budget proposals published by the council on Monday.',
          ),
          p(
            'The council says it must save £6.2m next year after rising costs for adult social care and home-to-school transport opened a gap that its reserves can no longer cover.',
          ),
          p('The main proposals are:'),
          numbered(
            [
              'Closing ',
              bold('four of the district’s seven libraries'),
              ' on Saturdays, saving £310,000',
            ],
            [
              'Raising short-stay parking charges in Port Alder and Kettleby town centres, which would bring in an estimated £540,000',
            ],
            [
              'Cutting grass on verges and in parks monthly rather than fortnightly between April and September',
            ],
            ['Merging the council’s two customer service centres into one, at Alder Hall'],
            ['A council tax rise of 4.99%, the most allowed without a local referendum'],
          ),
          p(
            'For a Band D home, the council tax rise would add about £80 a year to bills, or a little over £1.50 a week.',
          ),
          quote(
            [
              'Nobody becomes a councillor to close libraries on a Saturday. But we have been through every line of this budget, and the alternative is cutting services that vulnerable people rely on every single day.',
            ],
            'Cllr Janet Okoro, leader of Alder District Council',
          ),
          p(
            'Opposition councillors said the administration had left it too late to look for savings elsewhere. “Saturday is the one day working families can get to a library,” said Cllr Rhys Pembury, who leads the opposition group. “This hits exactly the people the council says it wants to protect.”',
          ),
          p(
            'No library jobs would be lost, the council said, although some staff hours would move to weekday evenings.',
          ),
          p(
            'The draft budget will be debated by the full council at Alder Hall on Thursday at 6.30pm. The meeting is open to the public and will be streamed online.',
          ),
          p(
            bold('Have your say: '),
            'residents can comment on the proposals until the end of the month through ',
            link(
              'the council’s budget consultation',
              'https://example.org/alder-district-council/budget-consultation',
            ),
            '.',
          ),
        ),
      comments: [
        {
          name: 'Harriet Vos',
          email: 'harriet.vos@example.org',
          text: 'Saturday is when I take my two to the library. It is the only day we can. Close on a Tuesday morning if you must, but not Saturday.',
          minutesAfterPublish: 35,
          replies: [
            {
              name: 'Colin Marsh',
              email: 'colin.marsh@example.com',
              text: 'I sympathise, but Tuesday mornings are when the older people come in for the computer help sessions. Every option hurts somebody.',
              minutesAfterPublish: 82,
            },
          ],
        },
        {
          name: 'D. Achterberg',
          email: 'd.achterberg@example.net',
          text: 'Another 40p an hour to park in Kettleby will finish off what’s left of the high street. Half the shops are already empty.',
          minutesAfterPublish: 120,
          replies: [
            {
              name: 'Sunita Khatri',
              email: 'sunita.k@example.com',
              url: 'https://example.net/kettleby-traders',
              text: 'Agreed. The traders’ group has written to every councillor about this. Our letter is here if anyone wants to add their name:\n\nhttps://example.net/kettleby-traders/parking-letter',
              minutesAfterPublish: 188,
            },
          ],
        },
        {
          name: 'Bob Tranter',
          email: 'bob.tranter@example.com',
          text: '4.99% again. My pension went up by less than that. I’d like to see the council’s own office costs cut before anything else.\n\nAnd why did it need two customer service centres in the first place?',
          minutesAfterPublish: 302,
        },
        {
          name: 'Leah Morrow',
          email: 'leah.morrow@example.org',
          text: 'To be fair to the council, the gap comes from social care and school transport, which it has a legal duty to provide. The money has to come from somewhere.',
          minutesAfterPublish: 418,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'environment',
      slug: 'carrick-fell-wind-farm-extension-approved',
      headline: 'Carrick Fell wind farm extension approved after three-year inquiry',
      standfirst:
        'Eleven more turbines will be built on the ridge above Ashgill, enough to power about 38,000 homes. Campaigners say the decision will change the valley’s skyline for a generation.',
      dateline: { place: 'ASHGILL' },
      leadImage: 'wind-farm',
      bylines: [{ person: 'priya-raman' }],
      tags: ['Wind power', 'Carrick Fell', 'Planning', 'Energy'],
      publishedHoursAgo: 30,
      updatedHoursAgo: 26,
      commentsOpen: true,
      body: (mediaIdFor) =>
        doc(
          p(
            'An extension to the Carrick Fell wind farm has been approved by the government, ending a three-year planning battle that divided villages on both sides of the ridge.',
          ),
          p(
            'The decision allows the operator, Fellside Renewables, to build eleven turbines up to 150 metres tall alongside the fourteen smaller machines that have stood on the fell since 2009.',
          ),
          p(
            'Together the old and new turbines would generate enough electricity for about 38,000 homes, the company said.',
          ),
          image(
            mediaIdFor('turbine-detail'),
            'Technicians inspect one of the original Carrick Fell turbines. The new machines will be almost half as tall again.',
          ),
          p(
            'The planning inspector accepted that the turbines would be visible from much of the upper Wrenn valley, but concluded that the harm was outweighed by the need for new generating capacity.',
          ),
          quote(
            [
              'This landscape is neither untouched nor fixed. The question is not whether the turbines can be seen, but whether the harm of seeing them outweighs what they bring. I have concluded that it does not.',
            ],
            'Rosalind Hewitt, planning inspector',
          ),
          h2('A fund for the valley'),
          p(
            'Fellside Renewables has agreed to pay £5,000 a year for each megawatt of capacity into a community fund for the parishes around the fell: about £320,000 a year once the extension is running.',
          ),
          bullets(
            [
              'Half of the fund will pay for ',
              bold('home insulation grants'),
              ' in Ashgill, Hollin and Thwaite Bank',
            ],
            ['A quarter will support village halls, sports clubs and the valley bus service'],
            ['The rest will go to projects chosen by a panel of residents'],
          ),
          p(
            'Maggie Lorimer, who chairs the Carrick Fell Landscape Group, said campaigners were “deeply disappointed” and would look at whether there were grounds for a legal challenge. “People moved here for that view,” she said. “Some of them have been looking at it for seventy years.”',
          ),
          p(
            'But Dev Sandhu, an Ashgill parish councillor, said opinion in the village had shifted since the inquiry began. “When energy bills went through the roof, a lot of people started looking at the fell differently,” he said.',
          ),
          p(
            'Construction is expected to take about eighteen months. ',
            link(
              'The inspector’s full report',
              'https://example.org/planning-inspectorate/carrick-fell-extension-decision',
            ),
            ' runs to 212 pages.',
          ),
        ),
      comments: [
        {
          name: 'Alastair Bain',
          email: 'a.bain@example.net',
          text: 'A sad day for the valley. Half the artists in the county have painted those hills, and now they will look like an industrial estate.',
          minutesAfterPublish: 15,
          replies: [
            {
              name: 'Jo Featherstone',
              email: 'jo.f@example.com',
              text: 'Respectfully, they also painted them with quarries, lime kilns and a railway on them. Landscapes change. I would rather look at turbines than at my heating bill.',
              minutesAfterPublish: 41,
              replies: [
                {
                  name: 'Alastair Bain',
                  email: 'a.bain@example.net',
                  text: 'The quarries closed and the grass grew back. These will be up there for thirty years at least. But I take your point about the bills.',
                  minutesAfterPublish: 67,
                },
              ],
            },
          ],
        },
        {
          name: 'Cheryl Anand',
          email: 'cheryl.anand@example.org',
          text: 'The community fund sounds generous until you compare it with what the turbines will earn. Still, insulation grants are exactly the right thing to spend it on.',
          minutesAfterPublish: 90,
        },
        {
          name: 'Ifor Gethin',
          email: 'ifor.gethin@example.com',
          url: 'https://example.net/ifor-on-the-fells',
          text: 'I walk the fell most weekends and the existing turbines have never bothered me much. What bothers me is the access track they built last time, which is still a muddy mess fifteen years later. I hope they do better this time.',
          minutesAfterPublish: 183,
        },
        {
          name: 'Megan Royle',
          email: 'megan.royle@example.net',
          text: 'Does anyone know if the new ones will be lit at night? We can see the red lights on the current turbines from our kitchen window.',
          minutesAfterPublish: 262,
          replies: [
            {
              person: 'priya-raman',
              name: 'Priya Raman',
              email: 'priya.raman@example.org',
              text: 'Hi Megan. The new turbines will need aviation lights, but the operator has agreed to a radar-activated system, so they should only come on when an aircraft is nearby. It is on page 148 of the inspector’s report.',
              minutesAfterPublish: 401,
            },
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'business',
      slug: 'market-hall-traders-late-friday-openings',
      headline: 'Market hall traders sign up for late openings as footfall recovers',
      standfirst:
        'Stallholders in the Corn Street hall will trade until 9pm on Fridays from next month, after visitor numbers returned to their level before the roof was restored.',
      dateline: { place: 'PORT ALDER' },
      leadImage: 'covered-market',
      bylines: [{ person: 'tomasz-kielar' }],
      tags: ['Corn Street market', 'Retail', 'Town centre'],
      publishedHoursAgo: 50,
      commentsOpen: true,
      body: (mediaIdFor) =>
        doc(
          p(
            'Traders in the Corn Street market hall will stay open until 9pm on Fridays from next month, the first regular evening opening in the building’s 140-year history.',
          ),
          p(
            'Footfall in the hall rose by 14% last year, according to figures from the council, returning to the level last seen before a two-year restoration of the glass roof closed half the stalls.',
          ),
          p(
            'Thirty-one of the hall’s thirty-eight stallholders have signed up for a six-month trial.',
          ),
          image(mediaIdFor('market-stall')),
          quote(
            [
              'For two years people walked past the scaffolding and got out of the habit of coming in. Now they are back, and they are younger than before. A lot of them work until six. If we shut at half past five, we never see them.',
            ],
            'Nadia Ferreira, chair of the Corn Street Traders’ Association',
          ),
          p('Under the plans:'),
          bullets(
            ['Stalls will open from 8am to 9pm on Fridays, with normal hours on other days'],
            ['The council will waive the extra service charge for the first three months'],
            ['Two food stalls will be allowed to serve drinks until 8.30pm'],
            ['The Corn Street car park will stay open until 10pm'],
          ),
          p(
            'Ellis Varga, who has run a greengrocer’s stall in the hall for 22 years, said he was cautiously optimistic. “Fridays have been our best day since I started,” he said. “Whether people want to buy leeks at eight o’clock at night, we’ll find out.”',
          ),
          p(
            'The council, which owns the hall, said rents would be frozen for the length of the trial. It will decide in the autumn whether to make the late openings permanent.',
          ),
          p(
            'A ',
            link(
              'map of the stalls taking part',
              'https://example.org/corn-street-market/late-fridays',
            ),
            ' is on the market’s website.',
          ),
        ),
      comments: [
        {
          name: 'Fiona Lusk',
          email: 'fiona.lusk@example.com',
          text: 'Brilliant news. I work in town until six and have never once managed to get to the fishmonger. Friday tea sorted.',
          minutesAfterPublish: 31,
        },
        {
          name: 'Graham Pettit',
          email: 'g.pettit@example.net',
          text: 'I hope it works, but the hall was dead on the late Christmas shopping evenings last year. People want to go home on a Friday, not buy cabbages.',
          minutesAfterPublish: 96,
          replies: [
            {
              name: 'Kemal Aydin',
              email: 'kemal.aydin@example.org',
              url: 'https://example.net/aydin-bakery',
              text: 'Those Christmas evenings were Wednesdays, and half the stalls didn’t bother opening. Fridays are a different story. Come and see us, the first coffee is on me.',
              minutesAfterPublish: 151,
              replies: [
                {
                  name: 'Graham Pettit',
                  email: 'g.pettit@example.net',
                  text: 'Ha, go on then. I will report back.',
                  minutesAfterPublish: 209,
                },
              ],
            },
          ],
        },
        {
          name: 'Lorna Bexley',
          email: 'lorna.bexley@example.org',
          text: 'Please, please sort the toilets out before the evening crowds arrive. That is all I ask.',
          minutesAfterPublish: 402,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'news',
      slug: 'hollin-viaduct-to-close-for-repairs',
      headline:
        'Hollin viaduct to close for eight weeks while engineers repair storm-damaged piers',
      standfirst:
        'Replacement buses will run between Port Alder and Kettleby. The operator says the 150-year-old viaduct is safe but must be repaired before next winter.',
      dateline: { place: 'HOLLIN' },
      leadImage: 'viaduct-fog',
      bylines: [
        { person: 'ruth-calloway' },
        { person: 'priya-raman', credit: 'Additional reporting' },
      ],
      tags: ['Rail', 'Hollin viaduct', 'Transport', 'Storm damage'],
      publishedHoursAgo: 75,
      updatedHoursAgo: 70,
      commentsOpen: true,
      corrections: [
        {
          kind: 'correction',
          text: 'An earlier version of this article said the replacement buses would stop at Wrenn Bridge. They will stop at Wrenn Green.',
          hoursAgo: 70,
        },
      ],
      body: () =>
        doc(
          p(
            'The railway viaduct at Hollin will close for eight weeks from the start of next month so that engineers can repair two piers damaged in the November storms.',
          ),
          p(
            'Wrenn Valley Rail said the structure was safe, but inspections had found that floodwater had scoured away stone and mortar at the base of two of its twenty-three piers.',
          ),
          p(
            'No trains will run between Port Alder and Kettleby during the work. Replacement buses will take about twenty minutes longer than the train for the full journey.',
          ),
          embed(
            'https://video.example.org/wrenn-valley-rail/hollin-viaduct-pier-survey',
            'Drone survey of the damaged piers at Hollin viaduct',
            'Wrenn Valley Rail',
          ),
          p(
            'Drone footage released by the operator shows a cavity roughly the size of a car at the foot of one pier, where the river has undercut the foundations.',
          ),
          p(
            '“The viaduct has stood up to a century and a half of floods, but the last two winters have been something else,” said Alun Prothero, the operator’s head of infrastructure. “We would much rather close it for eight weeks now, on our terms, than for eight months after the next big storm.”',
          ),
          h2('How the replacement service will work'),
          numbered(
            [
              'Buses will leave Port Alder station every thirty minutes from the forecourt on Station Road',
            ],
            ['Trains will run as normal between Kettleby and the upper valley'],
            [
              'Rail tickets, including season tickets, will be accepted on the replacement buses and on town services 41 and 42',
            ],
            ['Cyclists should allow extra time, as each bus can carry only two bikes'],
          ),
          p(
            'Engineers will divert part of the river around the damaged piers behind a temporary dam, pump the area dry and rebuild the foundations in concrete faced with reclaimed stone.',
          ),
          p(
            'Passenger groups welcomed the decision to do the work outside the summer season, but said the operator should have acted sooner. The ',
            link(
              'replacement bus timetable',
              'https://example.org/wrenn-valley-rail/hollin-closure',
            ),
            ' has been published online.',
          ),
        ),
      comments: [
        {
          name: 'Nick Alderton',
          email: 'nick.alderton@example.com',
          text: 'Eight weeks of buses. I commute to Kettleby every day and the bus is already packed at quarter to eight. How will it cope with a trainload of extra people?',
          minutesAfterPublish: 20,
          replies: [
            {
              name: 'Becky Strand',
              email: 'becky.strand@example.net',
              text: 'They are laying on extra buses every thirty minutes, it says so in the article. I’d rather that than the viaduct falling down, to be honest.',
              minutesAfterPublish: 56,
              replies: [
                {
                  name: 'Nick Alderton',
                  email: 'nick.alderton@example.com',
                  text: 'Every thirty minutes is fine if they actually turn up. Last time there were replacement buses, about one in three never appeared. Fingers crossed.',
                  minutesAfterPublish: 88,
                },
              ],
            },
          ],
        },
        {
          name: 'Hywel Rees',
          email: 'hywel.rees@example.org',
          url: 'https://example.net/wrenn-valley-railway-history',
          text: 'For anyone interested, the viaduct was built from stone quarried just upstream, and the piers were patched once before after the floods in the 1940s. Good to see they are facing the repairs with reclaimed stone.',
          minutesAfterPublish: 141,
        },
        {
          name: 'Jenny Ward',
          email: 'jenny.ward@example.com',
          text: 'That drone footage is genuinely alarming. The hole is enormous.',
          minutesAfterPublish: 297,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'environment',
      slug: 'sallow-ings-river-meadows-flooding-plan',
      headline: 'Farmers and wildlife groups divided over plan to let river meadows flood',
      standfirst:
        'The Wrenn Catchment Partnership wants to lower floodbanks at Sallow Ings so the river can spill onto 140 hectares of pasture, easing the risk to homes downstream.',
      dateline: { place: 'KETTLEBY' },
      leadImage: 'flooded-meadow',
      bylines: [{ person: 'priya-raman' }],
      tags: ['Flooding', 'Farming', 'Wildlife', 'River Wrenn'],
      publishedHoursAgo: 110,
      commentsOpen: false,
      body: () =>
        doc(
          p(
            'A plan to let the River Wrenn spill onto 140 hectares of farmland at Sallow Ings every winter has divided farmers and wildlife groups ahead of a public meeting next week.',
          ),
          p(
            'The Wrenn Catchment Partnership wants to lower a two-kilometre stretch of floodbank so that the meadows act as a sponge during heavy rain, holding back water that would otherwise surge towards Kettleby and Port Alder.',
          ),
          p(
            'Modelling published by the partnership suggests the scheme would have lowered the peak of last week’s flood in Kettleby by about 30 centimetres, enough to have kept water out of more than 200 homes.',
          ),
          h2('“Nobody has told me how to farm a lake”'),
          p(
            'Four families farm the land at Sallow Ings, most of it summer grazing for cattle. They say wetter ground would shorten the grazing season and leave the pasture unusable in wet years.',
          ),
          quote(
            [
              'We are being asked to flood our own land to keep water out of other people’s houses. I understand why. But nobody has yet told me how I am supposed to make a living from a lake.',
            ],
            'Tom Aske, who farms 60 hectares at Sallow Ings',
          ),
          p(
            'The partnership has offered annual payments to landowners who take part, and says the meadows could still be grazed from late spring to early autumn in most years.',
          ),
          h2('Hope for wading birds'),
          p(
            'Wildlife groups have largely backed the scheme. Lapwing, redshank and snipe have declined sharply in the valley, and seasonally flooded grassland is one of the habitats they most need, said Kirsty Molloy of the Wrenn Valley Bird Club.',
          ),
          p(
            '“Ten years ago you could hear curlew over Sallow Ings every spring,” she said. “Last year we recorded one pair. This is a chance to bring them back and protect people at the same time.”',
          ),
          p(
            'The public meeting is at Kettleby Memorial Hall next Wednesday at 7pm. ',
            italic('The Courier will report from the meeting.'),
          ),
        ),
      comments: [
        {
          name: 'Diane Holroyd',
          email: 'diane.holroyd@example.net',
          text: 'We were flooded in Kettleby last week for the second time in four years. Thirty centimetres would have been the difference between a wet garden and ripping the kitchen out again. I really hope this goes ahead.',
          minutesAfterPublish: 44,
        },
        {
          name: 'Will Sowerby',
          email: 'w.sowerby@example.com',
          text: 'Nobody wants homes flooded, but the farmers at Sallow Ings are being asked to carry the cost for the whole valley. The payments need to be permanent, not a five-year scheme that quietly disappears.',
          minutesAfterPublish: 131,
          replies: [
            {
              name: 'Diane Holroyd',
              email: 'diane.holroyd@example.net',
              text: 'That is completely fair. I would happily see some of my council tax go to them if it keeps the water out.',
              minutesAfterPublish: 172,
            },
          ],
        },
        {
          name: 'Oliver Penrose',
          email: 'o.penrose@example.org',
          text: 'Curlew over Sallow Ings. I remember that sound from when I was a boy. It would be wonderful to hear it again.',
          minutesAfterPublish: 259,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'business',
      slug: 'eastfield-park-stadium-up-for-sale',
      headline: 'Eastfield Park put up for sale as Alder Athletic weighs move to edge of town',
      standfirst:
        'The ground’s owners are seeking about £20m for the 11,000-capacity site. Supporters fear the club could leave the neighbourhood it has called home since 1908.',
      dateline: { place: 'PORT ALDER' },
      leadImage: 'stadium-night',
      bylines: [{ person: 'tomasz-kielar' }, { person: 'ruth-calloway' }],
      tags: ['Alder Athletic', 'Eastfield Park', 'Property', 'Football'],
      publishedHoursAgo: 150,
      updatedHoursAgo: 141,
      commentsOpen: true,
      body: () =>
        doc(
          p(
            'The owners of Eastfield Park have put the ground up for sale with an asking price of about £20m, raising the prospect that Alder Athletic could leave the site it has played on for more than a century.',
          ),
          p(
            'Brackenridge Estates, which bought the stadium from the club in 2011 and leases it back, said the ten-acre site was being marketed for “mixed residential and commercial use”, subject to planning permission.',
          ),
          p(
            'The club’s lease runs until the end of next season. Athletic’s board confirmed on Wednesday that it had held early talks with the council about a new ground at Marsh Lane, on the eastern edge of town.',
          ),
          quote(
            [
              'Eastfield Park is part of who we are, and nobody on this board wants to leave it. But we have to be realistic about what the club can afford, and a ground that costs us £400,000 a year in rent and repairs is not sustainable.',
            ],
            'Graham Tillotson, Alder Athletic chairman',
          ),
          h2('Supporters fear for the neighbourhood'),
          p(
            'The Athletic Supporters’ Trust said it would apply to have the ground listed as an asset of community value, which would give supporters six months to put together a bid if it is sold.',
          ),
          p(
            '“On a matchday the whole of Eastfield comes alive: the pubs, the chip shops, the lad selling programmes outside the newsagent,” said the trust’s secretary, Bev Harland. “Take the club away and you take the heart out of this part of town.”',
          ),
          p(
            'Businesses near the ground said home matches account for up to a third of their weekly takings during the season.',
          ),
          p(
            'Property agents said the site was likely to attract housebuilders, given its size and its position ten minutes’ walk from the station. Any scheme would need permission from the district council, whose local plan ',
            link(
              'designates the ground as a sports facility',
              'https://example.org/alder-district-council/local-plan/eastfield',
            ),
            '.',
          ),
          p(
            'Brackenridge Estates said it would “welcome proposals that keep a sporting use on part of the site”. Offers are invited by the end of next month.',
          ),
        ),
      comments: [
        {
          name: 'Daz Whitmore',
          email: 'daz.whitmore@example.com',
          text: 'They sold the ground in 2011 to “secure the club’s future” and here we are. Every fan saw this coming.',
          minutesAfterPublish: 12,
          replies: [
            {
              name: 'Paul Kenning',
              email: 'paul.kenning@example.net',
              text: 'To be fair, if they hadn’t sold it the club would have gone under that summer. It bought us thirteen more years.',
              minutesAfterPublish: 40,
              replies: [
                {
                  name: 'Daz Whitmore',
                  email: 'daz.whitmore@example.com',
                  text: 'Bought the owners thirteen years, more like. Anyway, I’ll be signing the trust’s petition.',
                  minutesAfterPublish: 63,
                },
              ],
            },
          ],
        },
        {
          name: 'Marjorie Lund',
          email: 'marjorie.lund@example.org',
          text: 'I have lived on Eastfield Road for 46 years. The noise and the parking on a Saturday drive me up the wall, but I would miss it terribly if it went. Funny, that.',
          minutesAfterPublish: 152,
        },
        {
          name: 'Andy Fenwick',
          email: 'andy.fenwick@example.com',
          url: 'https://example.net/terrace-talk',
          text: 'A new ground at Marsh Lane wouldn’t be the end of the world. Proper facilities, somewhere to park, maybe even a roof on the away end. Clubs that move usually hate the first season and love it by the third.',
          minutesAfterPublish: 318,
          replies: [
            {
              name: 'Sian Holt',
              email: 'sian.holt@example.net',
              text: 'Clubs that move to the edge of town also lose the kids who walk to the match. Half my street goes on foot. Marsh Lane is two buses away.',
              minutesAfterPublish: 397,
            },
          ],
        },
        {
          name: 'Keith Barraclough',
          email: 'k.barraclough@example.org',
          text: 'Asset of community value is the right move. I hope the council backs it.',
          minutesAfterPublish: 905,
        },
      ],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'news',
      slug: 'corvenne-pass-closed-avalanche-warning',
      headline: 'Alpine pass closed as avalanche warning raised to highest level',
      standfirst:
        'Hundreds of drivers were turned back at the Corvenne Pass after more than a metre of snow fell in 36 hours. Forecasters expect more heavy snow before the weekend.',
      dateline: { place: 'GENEVA', dated: true },
      leadImage: 'mountain-pass',
      bylines: [{ person: 'northgate-wire' }],
      tags: ['Weather', 'Alps', 'Snow'],
      publishedHoursAgo: 2,
      commentsOpen: true,
      body: () =>
        doc(
          p(
            'Police closed one of the main road routes across the western Alps on Tuesday after avalanche forecasters raised their warning to the highest level on a five-point scale.',
          ),
          p(
            'More than a metre of fresh snow has fallen on the Corvenne Pass in 36 hours, and strong winds have built deep drifts on the slopes above the road, the regional avalanche service said.',
          ),
          p(
            'Hundreds of lorries and cars were turned back at barriers at the foot of the pass. Drivers were told to use motorway routes through the valleys, adding up to three hours to some journeys.',
          ),
          quote(
            [
              'At level five we expect large avalanches to release on their own, including on slopes that rarely slide. We are asking people to keep off the roads in the high valleys and well away from the backcountry.',
            ],
            'Lukas Brenner, regional avalanche forecasting service',
          ),
          p(
            'Several villages on the southern side of the pass were cut off, although local authorities said residents had power and supplies and there were no reports of injuries.',
          ),
          p(
            'Ski resorts in the area closed their upper lifts, and one mountain railway suspended services as a precaution.',
          ),
          p(
            'Forecasters expect a further 40 to 60 centimetres of snow by Thursday, followed by a colder, drier spell at the weekend. The road is not expected to reopen before then.',
          ),
          p(italic('This story will be updated.')),
        ),
      comments: [],
    },

    // ---------------------------------------------------------------------------------------------
    {
      section: 'business',
      slug: 'ferry-operator-orders-battery-electric-fleet',
      headline: 'Ferry operator orders six battery-electric vessels for river crossings',
      standfirst:
        'The order, worth about €190m, is one of the largest of its kind in Europe and would replace diesel ferries that carry 40,000 commuters a day.',
      dateline: { place: 'LISBON', dated: true },
      leadImage: 'river-ferry',
      bylines: [{ person: 'northgate-wire' }],
      tags: ['Ferries', 'Shipping', 'Decarbonisation'],
      publishedHoursAgo: 190,
      commentsOpen: true,
      body: () =>
        doc(
          p(
            'A ferry operator has ordered six battery-electric vessels for its river crossings, one of the largest orders of its kind in Europe.',
          ),
          p(
            'The contract, worth about €190m, went to a consortium of shipyards, with the first vessel due to enter service in two years’ time.',
          ),
          p(
            'Each ferry will carry up to 600 passengers and recharge in about ten minutes at the quayside while passengers board, drawing power from the grid through shore connections.',
          ),
          p(
            '“Our diesel boats are thirty years old,” said Inês Carvalho, chief executive of the operator, Marlinha Ferries. “We could replace them with newer diesel boats or do something we will not have to undo in ten years. It was not a difficult decision.”',
          ),
          p(
            'The company carries about 40,000 commuters a day across the estuary and says the new fleet will cut its carbon emissions by around 90%.',
          ),
          p(
            'Electric ferries are already common on short crossings in northern Europe, but analysts said this order stood out for the size of the vessels and the number of daily crossings they will make. Details are in the ',
            link(
              'operator’s fleet renewal statement',
              'https://example.com/marlinha-ferries/fleet-renewal',
            ),
            '.',
          ),
        ),
      comments: [
        {
          name: 'Joanna Reid',
          email: 'j.reid@example.com',
          text: 'Recharging in ten minutes while passengers board is clever. Could something like that work on our own crossing to Wrenmouth? Those old ferries belch smoke every morning.',
          minutesAfterPublish: 58,
          replies: [
            {
              name: 'Mark Tuohy',
              email: 'mark.tuohy@example.net',
              text: 'The Wrenmouth crossing is only about 800 metres, so in theory it’s ideal. The problem is the grid connection at the slipway. Someone would have to pay for that.',
              minutesAfterPublish: 139,
            },
          ],
        },
        {
          name: 'Carlos Mendes',
          email: 'carlos.mendes@example.org',
          text: 'I used those ferries for years when I lived there. Noisy, but never late. Quiet boats would be a lovely change.',
          minutesAfterPublish: 404,
        },
      ],
    },
  ],
};
