/**
 * Every mention of every entity, block by block in reading order.
 * Each row: [entity id, the exact words, options?]. Words are matched as whole words inside the
 * block; `within` picks one of several identical words by a longer unique passage around it.
 *
 * Rules (docs/seed-annotation.md): names, short forms, acronyms and nationality adjectives are
 * mentions; a capital standing for its government is a mention of the country, the city itself
 * is the place; an organisation's full designation is one mention (no nesting); pronouns and
 * possessive endings are not marked.
 */
import { mentionsIn, type MentionSpec } from './bundle-types.js';

export const MENTIONS: MentionSpec[] = [
  // b1, photo caption
  ...mentionsIn('b1', [
    ['north-korea', 'North Korean'],
    ['choe-son-hui', 'Choe Son-hui'],
    ['moscow', 'Moscow'],
    ['sheremetyevo-airport', 'Sheremetyevo International Airport'],
    ['yonhap', 'Yonhap News'],
  ]),
  // b2, headline
  ...mentionsIn('b2', [
    ['north-korea', 'North Korea'],
    ['china', 'China'],
    ['russia', 'Russia'],
    ['north-korea', 'NK'],
    ['united-states', 'US'],
  ]),
  // b3
  ...mentionsIn('b3', [
    ['north-korea', 'North Korean'],
    ['choe-son-hui', 'Choe Son-hui'],
    ['russia', 'Russia', { within: 'bilateral talks with Russia' }],
    ['russia', 'Russia', { within: 'trilateral talks with Russia' }],
    ['china', 'China'],
    ['moscow', 'Moscow'], // the city: "in Moscow on Oct. 8–9"
    ['beijing', 'Beijing'], // the city: "an earlier visit to Beijing"
  ]),
  // b4
  ...mentionsIn('b4', [
    ['choe-son-hui', 'Choe'],
    ['north-korean-embassy', 'North Korean embassy'],
    ['moscow', 'Moscow'],
    ['sheremetyevo-airport', 'Sheremetyevo International Airport'],
  ]),
  // b5
  ...mentionsIn('b5', [
    ['russia', 'Russia', { within: 'Russia’s government-run' }],
    ['tass', 'TASS'],
    ['russian-embassy-in-north-korea', 'Russian embassy in North Korea'],
    ['choe-son-hui', 'Choe'],
    ['russia', 'Russia', { within: 'meetings with Russia on' }],
    ['china', 'China'],
    ['russia', 'Russia', { within: 'and Russia on Oct. 9' }],
  ]),
  // b6
  ...mentionsIn('b6', [
    ['choe-son-hui', 'Choe', { within: 'On Oct. 5, Choe held' }],
    ['beijing', 'Beijing'], // the city: "talks in Beijing"
    ['kong-xuanyou', 'Kong Xuanyou'],
    ['china', 'China'],
    ['china', 'Chinese'],
    ['korean-peninsula', 'Korean peninsular'],
    ['north-korea', 'North Korea', { within: 'North Korea’s state-run' }],
    ['kcna', 'Korean Central News Agency'],
    ['kcna', 'KCNA'],
    ['choe-son-hui', 'Choe', { within: 'that Choe and Kong' }],
    ['kong-xuanyou', 'Kong', { within: 'Choe and Kong had' }],
    ['korean-peninsula', 'Korean Peninsula'],
    ['north-korea', 'North Korea', { within: '[North Korea’s]' }],
  ]),
  // b7
  ...mentionsIn('b7', [
    ['moscow', 'Moscow'], // the city: "The trilateral Moscow talks"
    ['choe-son-hui', 'Choe'],
    ['russia', 'Russian'],
    ['igor-morgulov', 'Igor Morgulov'],
    ['kong-xuanyou', 'Kong'],
    ['tass', 'TASS'],
    ['six-party-talks', 'Six-Party Talks'],
    ['north-korea', 'North Korean'],
  ]),
  // b8
  ...mentionsIn('b8', [
    ['choe-son-hui', 'Choe'],
    ['steve-biegun', 'Steve Biegun'],
    ['us-state-department', 'US State Department'],
    ['north-korea', 'North Korea', { within: 'for North Korea policy' }],
    ['six-party-talks', 'Six-Party Talks', { within: 'Six-Party Talks senior representative' }],
    ['south-korea', 'South Korea', { within: 'visited South Korea' }],
    ['japan', 'Japan', { within: 'and Japan last month' }],
    ['six-party-talks', 'Six-Party Talks', { within: 'participants in the Six-Party Talks' }],
    ['north-korea', 'North Korea', { within: 'North Korea is working' }],
    ['china', 'China'],
    ['russia', 'Russia'],
    ['north-korea', 'North Korea', { within: 'a North Korea-US meeting' }],
    ['united-states', 'US', { within: 'North Korea-US meeting' }],
    ['united-states', 'US', { within: 'the US does' }],
    ['south-korea', 'South Korea', { within: 'with South Korea and Japan.' }],
    ['japan', 'Japan', { within: 'with South Korea and Japan.' }],
  ]),
  // b9, photo caption
  ...mentionsIn('b9', [
    ['china', 'Chinese'],
    ['kong-xuanyou', 'Kong Xuanyou'],
    ['choe-son-hui', 'Choe Son Hui'],
    ['beijing', 'Beijing'], // the city: "in Beijing on Friday"
    ['china-foreign-ministry', 'Ministry of Foreign Affairs of the People’s Republic of China'],
  ]),
  // b10
  ...mentionsIn('b10', [
    ['choe-son-hui', 'Choe'],
    ['north-korea', 'Pyongyang'], // the government: "Pyongyang’s position"
    ['china', 'Beijing'], // the government: "to Beijing and Moscow … confirm their support"
    ['russia', 'Moscow'], // the government, as above
    ['north-korea', 'North Korea', { within: 'the North Korea-US summit' }],
    ['united-states', 'US'],
    ['china', 'China'],
    ['russia', 'Russia'],
    ['un-security-council', 'UN Security Council'],
    ['north-korea', 'North Korea', { within: 'North Korea sanctions' }],
  ]),
  // b11
  ...mentionsIn('b11', [
    ['un-security-council', 'UNSC'],
    ['russia', 'Russian'],
    ['sergey-lavrov', 'Sergey Lavrov'],
    ['china', 'Chinese'],
    ['wang-yi', 'Wang Yi'],
    ['united-states', 'US', { within: 'US Secretary of State' }],
    ['mike-pompeo', 'Mike Pompeo'],
    ['north-korea', 'North Korean'],
    ['china', 'Beijing'], // the government: "Beijing and Moscow both maintain"
    ['russia', 'Moscow'], // the government, as above
    ['north-korea', 'Pyongyang'], // the government: "Pyongyang has adopted … measures"
    ['united-states', 'US', { within: 'US objections' }],
  ]),
  // b12
  ...mentionsIn('b12', [
    ['choe-son-hui', 'Choe'],
    ['north-korea', 'North Korean'],
    ['kim-jong-un', 'Kim Jong-un'],
    ['russia', 'Russia', { within: 'first-ever Russia visit' }],
    ['russia', 'Russia', { within: 'bilateral talks with Russia.' }],
    ['south-korea', 'South Korea', { within: 'While visiting South Korea' }],
    ['russian-federation-council', 'Russian Federation Council'],
    ['valentina-matviyenko', 'Valentina Matviyenko'],
    ['kim-jong-un', 'Kim', { within: 'said Kim would' }],
    ['russia', 'Russia', { within: 'visiting Russia within the year' }],
    ['russia', 'Russian', { within: 'Russian President' }],
    ['vladimir-putin', 'Vladimir Putin'],
    ['south-korea', 'South Korea', { within: 'plans to visit South Korea' }],
  ]),
  // b13
  ...mentionsIn('b13', [
    ['choe-son-hui', 'Choe'],
    ['kim-jong-un', 'Kim'], // "Kim’s visit": Kim Jong-un, from the preceding paragraph
  ]),
  // b14 (“I’m not really sure,” she said.) names no one.
  // b15, byline
  ...mentionsIn('b15', [
    ['kim-oi-hyun', 'Kim Oi-hyun'], // the author, not Kim Jong-un
    ['beijing', 'Beijing'], // the city where the correspondent is based
  ]),
  // b16, contact line: no names.
];
