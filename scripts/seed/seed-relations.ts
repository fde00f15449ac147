/**
 * Relations between entities, each with the passage(s) that support it.
 * Kinds and their meaning: docs/seed-annotation.md.
 */
import { span, spanBlock, spanSentence, type Quote, type RelationSpec } from './bundle-types.js';

/** Passages used by several relations. */
const BEIJING_TALKS = spanSentence('On Oct. 5, Choe held vice minister-level talks in Beijing');
const BEIJING_CAPTION = spanSentence('met with Choe Son Hui in Beijing on Friday');
const MOSCOW_PLAN = spanSentence('is holding consecutive bilateral talks');
const TASS_SCHEDULE = spanSentence('quoted the Russian embassy in North Korea');
const TRILATERAL_ATTENDED = spanSentence('The trilateral Moscow talks were attended');
const SIX_PARTY_REPS = spanBlock('b7');
const TWO_CAMPS = spanSentence('Among the participants in the Six-Party Talks');
const BIEGUN_TITLE = span(
  'Steve Biegun, US State Department special representative for North Korea policy and Six-Party Talks senior representative',
);
const BIEGUN_VISIT = spanSentence('who visited South Korea and Japan last month');
const UNSC_DISPUTE = spanSentence('At a UNSC meeting on Sept. 27');
const EASE_SANCTIONS = spanSentence('Beijing and Moscow both maintain');
const MATVIYENKO_VISIT = spanSentence('While visiting South Korea on Oct. 6');

function memberOf(state: string, name: string, ...evidence: Quote[]): RelationSpec {
  return {
    id: `r-${state}-member-of-six-party-talks`,
    kind: 'member-of',
    source: state,
    target: 'six-party-talks',
    label: `${name} takes part in the Six-Party Talks`,
    basis: 'stated',
    evidence,
  };
}

function officialOf(
  short: string,
  person: string,
  body: string,
  label: string,
  ...evidence: Quote[]
): RelationSpec {
  return {
    id: `r-${short}-official-of-${body}`,
    kind: 'official-of',
    source: person,
    target: body,
    label,
    basis: 'stated',
    evidence,
  };
}

const TRILATERAL_NOTE =
  'Oct. 9 is the date TASS gave (via the Russian embassy) for the trilateral meeting; the article, posted on Oct. 8, nevertheless reports the meeting in the past tense (“were attended by … TASS reported”).';

export const RELATIONS: RelationSpec[] = [
  // meets
  {
    id: 'r-choe-meets-kong-beijing',
    kind: 'meets',
    source: 'choe-son-hui',
    target: 'kong-xuanyou',
    label: 'Choe Son-hui met Kong Xuanyou in Beijing',
    when: { start: '2018-10-05', text: 'On Oct. 5' },
    basis: 'stated',
    evidence: [BEIJING_TALKS, BEIJING_CAPTION],
  },
  {
    id: 'r-choe-meets-russia-bilateral',
    kind: 'meets',
    source: 'choe-son-hui',
    target: 'russia',
    label: 'Choe Son-hui holds bilateral talks with Russia in Moscow',
    when: { start: '2018-10-08', text: 'on Oct. 8' },
    basis: 'stated',
    note: 'Scheduled for Oct. 8 (TASS quoting the Russian embassy); the article, posted the same day, says she “is holding” the talks but does not report their outcome. Her Russian counterpart is not named.',
    evidence: [MOSCOW_PLAN, TASS_SCHEDULE],
  },
  {
    id: 'r-choe-meets-morgulov-moscow',
    kind: 'meets',
    source: 'choe-son-hui',
    target: 'igor-morgulov',
    label: 'Choe Son-hui met Igor Morgulov at the trilateral talks in Moscow',
    when: { start: '2018-10-09', text: 'on Oct. 9' },
    basis: 'stated',
    note: TRILATERAL_NOTE,
    evidence: [TRILATERAL_ATTENDED, TASS_SCHEDULE],
  },
  {
    id: 'r-choe-meets-kong-moscow',
    kind: 'meets',
    source: 'choe-son-hui',
    target: 'kong-xuanyou',
    label: 'Choe Son-hui met Kong Xuanyou at the trilateral talks in Moscow',
    when: { start: '2018-10-09', text: 'on Oct. 9' },
    basis: 'stated',
    note: TRILATERAL_NOTE,
    evidence: [TRILATERAL_ATTENDED, TASS_SCHEDULE],
  },
  {
    id: 'r-kong-meets-morgulov-moscow',
    kind: 'meets',
    source: 'kong-xuanyou',
    target: 'igor-morgulov',
    label: 'Kong Xuanyou met Igor Morgulov at the trilateral talks in Moscow',
    when: { start: '2018-10-09', text: 'on Oct. 9' },
    basis: 'stated',
    note: TRILATERAL_NOTE,
    evidence: [TRILATERAL_ATTENDED, TASS_SCHEDULE],
  },

  // represents: a state's senior representative at the Six-Party Talks
  {
    id: 'r-choe-represents-north-korea',
    kind: 'represents',
    source: 'choe-son-hui',
    target: 'north-korea',
    label: 'Choe Son-hui is North Korea’s senior representative at the Six-Party Talks',
    basis: 'stated',
    evidence: [SIX_PARTY_REPS],
  },
  {
    id: 'r-morgulov-represents-russia',
    kind: 'represents',
    source: 'igor-morgulov',
    target: 'russia',
    label: 'Igor Morgulov is Russia’s senior representative at the Six-Party Talks',
    basis: 'stated',
    evidence: [SIX_PARTY_REPS],
  },
  {
    id: 'r-kong-represents-china',
    kind: 'represents',
    source: 'kong-xuanyou',
    target: 'china',
    label: 'Kong Xuanyou is China’s senior representative at the Six-Party Talks',
    basis: 'stated',
    evidence: [SIX_PARTY_REPS],
  },
  {
    id: 'r-biegun-represents-united-states',
    kind: 'represents',
    source: 'steve-biegun',
    target: 'united-states',
    label: 'Steve Biegun is the US senior representative at the Six-Party Talks',
    basis: 'stated',
    evidence: [BIEGUN_TITLE],
  },

  // member-of: the six states taking part in the Six-Party Talks
  memberOf('north-korea', 'North Korea', TWO_CAMPS, SIX_PARTY_REPS),
  memberOf('south-korea', 'South Korea', TWO_CAMPS),
  memberOf('united-states', 'The US', TWO_CAMPS),
  memberOf('china', 'China', TWO_CAMPS, SIX_PARTY_REPS),
  memberOf('russia', 'Russia', TWO_CAMPS, SIX_PARTY_REPS),
  memberOf('japan', 'Japan', TWO_CAMPS),

  // official-of: the state or organisation a person serves (evidence: title + name)
  officialOf(
    'choe',
    'choe-son-hui',
    'north-korea',
    'Choe Son-hui is North Korea’s Vice Foreign Minister',
    span('North Korean Vice Foreign Minister Choe Son-hui', { in: 'b3' }),
  ),
  officialOf(
    'kong',
    'kong-xuanyou',
    'china',
    'Kong Xuanyou is China’s vice minister of foreign affairs',
    span(
      'Kong Xuanyou, China’s vice minister of foreign affairs and special Chinese government representative on Korean peninsular affairs',
    ),
    span('Chinese Vice Foreign Minister Kong Xuanyou'),
  ),
  officialOf(
    'morgulov',
    'igor-morgulov',
    'russia',
    'Igor Morgulov is Russia’s Deputy Foreign Minister',
    span('Russian Deputy Foreign Minister Igor Morgulov'),
  ),
  officialOf(
    'biegun',
    'steve-biegun',
    'us-state-department',
    'Steve Biegun is the US State Department’s special representative for North Korea policy',
    BIEGUN_TITLE,
  ),
  officialOf(
    'lavrov',
    'sergey-lavrov',
    'russia',
    'Sergey Lavrov is Russia’s Foreign Minister',
    span('Russian Foreign Minister Sergey Lavrov'),
  ),
  officialOf(
    'wang-yi',
    'wang-yi',
    'china',
    'Wang Yi is China’s Foreign Minister',
    span('Chinese Foreign Minister Wang Yi'),
  ),
  officialOf(
    'pompeo',
    'mike-pompeo',
    'united-states',
    'Mike Pompeo is the US Secretary of State',
    span('US Secretary of State Mike Pompeo'),
  ),
  officialOf(
    'kim-jong-un',
    'kim-jong-un',
    'north-korea',
    'Kim Jong-un is North Korea’s leader',
    span('North Korean leader Kim Jong-un'),
  ),
  officialOf(
    'putin',
    'vladimir-putin',
    'russia',
    'Vladimir Putin is Russia’s President',
    span('Russian President Vladimir Putin'),
  ),
  officialOf(
    'matviyenko',
    'valentina-matviyenko',
    'russian-federation-council',
    'Valentina Matviyenko chairs the Russian Federation Council',
    span('Russian Federation Council Chairperson Valentina Matviyenko'),
  ),

  // disputes
  {
    id: 'r-lavrov-disputes-pompeo',
    kind: 'disputes',
    source: 'sergey-lavrov',
    target: 'mike-pompeo',
    label:
      'Sergey Lavrov disputed Mike Pompeo’s claim that sanctions must stay until denuclearization',
    when: { start: '2018-09-27', text: 'on Sept. 27' },
    basis: 'stated',
    evidence: [UNSC_DISPUTE],
  },
  {
    id: 'r-wang-yi-disputes-pompeo',
    kind: 'disputes',
    source: 'wang-yi',
    target: 'mike-pompeo',
    label: 'Wang Yi disputed Mike Pompeo’s claim that sanctions must stay until denuclearization',
    when: { start: '2018-09-27', text: 'on Sept. 27' },
    basis: 'stated',
    evidence: [UNSC_DISPUTE],
  },
  {
    id: 'r-china-disputes-united-states',
    kind: 'disputes',
    source: 'china',
    target: 'united-states',
    label: 'China wants North Korea sanctions partly eased; US objections have blocked it',
    basis: 'stated',
    evidence: [EASE_SANCTIONS],
  },
  {
    id: 'r-russia-disputes-united-states',
    kind: 'disputes',
    source: 'russia',
    target: 'united-states',
    label: 'Russia wants North Korea sanctions partly eased; US objections have blocked it',
    basis: 'stated',
    evidence: [EASE_SANCTIONS],
  },

  // visits
  {
    id: 'r-choe-visits-beijing',
    kind: 'visits',
    source: 'choe-son-hui',
    target: 'beijing',
    label: 'Choe Son-hui visited Beijing',
    when: { start: '2018-10-05', text: 'On Oct. 5' },
    basis: 'stated',
    note: 'The date is that of her talks there; the article does not say when the visit began or ended.',
    evidence: [spanSentence('after an earlier visit to Beijing'), BEIJING_TALKS],
  },
  {
    id: 'r-choe-visits-moscow',
    kind: 'visits',
    source: 'choe-son-hui',
    target: 'moscow',
    label: 'Choe Son-hui arrived in Moscow for talks with Russia and China',
    when: { start: '2018-10-06', text: 'on the afternoon of Oct. 6' },
    basis: 'stated',
    note: 'The date is her arrival; the talks were set for Oct. 8–9.',
    evidence: [spanSentence('upon her arrival at Moscow’s'), MOSCOW_PLAN],
  },
  {
    id: 'r-biegun-visits-south-korea',
    kind: 'visits',
    source: 'steve-biegun',
    target: 'south-korea',
    label: 'Steve Biegun visited South Korea',
    when: { start: '2018-09', text: 'last month' },
    basis: 'stated',
    evidence: [BIEGUN_VISIT],
  },
  {
    id: 'r-biegun-visits-japan',
    kind: 'visits',
    source: 'steve-biegun',
    target: 'japan',
    label: 'Steve Biegun visited Japan',
    when: { start: '2018-09', text: 'last month' },
    basis: 'stated',
    evidence: [BIEGUN_VISIT],
  },
  {
    id: 'r-matviyenko-visits-south-korea',
    kind: 'visits',
    source: 'valentina-matviyenko',
    target: 'south-korea',
    label: 'Valentina Matviyenko visited South Korea',
    when: { start: '2018-10-06', text: 'on Oct. 6' },
    basis: 'stated',
    evidence: [MATVIYENKO_VISIT],
  },

  // plans-visit
  {
    id: 'r-kim-jong-un-plans-visit-russia',
    kind: 'plans-visit',
    source: 'kim-jong-un',
    target: 'russia',
    label: 'Kim Jong-un would visit Russia, his first-ever visit there',
    when: { start: '2018-10', end: '2018-12', text: 'within the year' },
    basis: 'stated',
    note: 'Announced by Valentina Matviyenko; Choe Son-hui “remained vague” on it (“I’m not really sure”).',
    evidence: [spanSentence('first-ever Russia visit'), MATVIYENKO_VISIT],
  },
  {
    id: 'r-putin-plans-visit-south-korea',
    kind: 'plans-visit',
    source: 'vladimir-putin',
    target: 'south-korea',
    label: 'Vladimir Putin plans to visit South Korea',
    when: { start: '2019', text: 'next year' },
    basis: 'stated',
    note: 'As reported by Valentina Matviyenko.',
    evidence: [MATVIYENKO_VISIT],
  },

  // reports / quotes
  {
    id: 'r-kcna-reports-beijing-talks',
    kind: 'reports',
    source: 'kcna',
    target: 'choe-son-hui',
    label: 'KCNA reported on Choe Son-hui’s talks with Kong Xuanyou',
    when: { start: '2018-10-07', text: 'on Oct. 7' },
    basis: 'stated',
    evidence: [spanSentence('reported on Oct. 7 that Choe and Kong')],
  },
  {
    id: 'r-tass-reports-trilateral-talks',
    kind: 'reports',
    source: 'tass',
    target: 'choe-son-hui',
    label: 'TASS reported who attended the trilateral Moscow talks',
    basis: 'stated',
    evidence: [TRILATERAL_ATTENDED],
  },
  {
    id: 'r-tass-quotes-russian-embassy',
    kind: 'quotes',
    source: 'tass',
    target: 'russian-embassy-in-north-korea',
    label: 'TASS quoted the Russian embassy in North Korea on Choe Son-hui’s meetings',
    basis: 'stated',
    evidence: [TASS_SCHEDULE],
  },
  {
    id: 'r-yonhap-reports-choe',
    kind: 'reports',
    source: 'yonhap',
    target: 'choe-son-hui',
    label: 'Yonhap News is credited with the photo of Choe Son-hui at Sheremetyevo airport',
    when: { start: '2018-10-06', text: 'on the afternoon of Oct. 6' },
    basis: 'stated',
    evidence: [spanBlock('b1')],
  },
  {
    id: 'r-china-foreign-ministry-reports-beijing-talks',
    kind: 'reports',
    source: 'china-foreign-ministry',
    target: 'kong-xuanyou',
    label: 'China’s foreign ministry supplied the photo of Kong Xuanyou meeting Choe Son-hui',
    when: { start: '2018-10-05', text: 'on Friday' },
    basis: 'stated',
    evidence: [spanBlock('b9')],
  },

  // aligned-with: the two camps among the Six-Party Talks states
  {
    id: 'r-north-korea-aligned-with-china',
    kind: 'aligned-with',
    source: 'north-korea',
    target: 'china',
    label: 'North Korea is building a firmer foundation with China',
    basis: 'stated',
    evidence: [spanBlock('b2'), TWO_CAMPS, spanSentence('confirm their support')],
  },
  {
    id: 'r-north-korea-aligned-with-russia',
    kind: 'aligned-with',
    source: 'north-korea',
    target: 'russia',
    label: 'North Korea is building a firmer foundation with Russia',
    basis: 'stated',
    evidence: [spanBlock('b2'), TWO_CAMPS, spanSentence('confirm their support')],
  },
  {
    id: 'r-china-aligned-with-russia',
    kind: 'aligned-with',
    source: 'china',
    target: 'russia',
    label: 'China and Russia act together on easing North Korea sanctions',
    basis: 'stated',
    evidence: [
      spanSentence('China and Russia undertook a statement'),
      UNSC_DISPUTE,
      EASE_SANCTIONS,
    ],
  },
  {
    id: 'r-united-states-aligned-with-south-korea',
    kind: 'aligned-with',
    source: 'united-states',
    target: 'south-korea',
    label: 'The US is building a firmer foundation with South Korea',
    basis: 'stated',
    evidence: [TWO_CAMPS],
  },
  {
    id: 'r-united-states-aligned-with-japan',
    kind: 'aligned-with',
    source: 'united-states',
    target: 'japan',
    label: 'The US is building a firmer foundation with Japan',
    basis: 'stated',
    evidence: [TWO_CAMPS],
  },
];
