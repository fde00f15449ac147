/**
 * Every person, country, organisation, news agency and place the article names.
 * Summaries use only what the article says (plus neutral identification such as "capital").
 * Aliases are the exact surface forms the mentions use (see docs/seed-annotation.md for the
 * adjective and capital-for-government rules). Coordinates: docs/gazetteer.md.
 */
import type { Entity } from '../../src/bundle/bundle-schema.js';

const person = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'person', ...e });
const country = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'country', ...e });
const place = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'place', ...e });
const org = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'organization', ...e });
const media = (e: Omit<Entity, 'kind'>): Entity => ({ kind: 'media', ...e });

export const ENTITIES: Entity[] = [
  // People
  person({
    id: 'choe-son-hui',
    name: 'Choe Son-hui',
    aliases: ['Choe', 'Choe Son Hui'],
    summary:
      'North Korean Vice Foreign Minister and North Korea’s senior representative at the Six-Party Talks; held talks in Beijing (Oct. 5) and Moscow (Oct. 8–9).',
    country: 'north-korea',
  }),
  person({
    id: 'kong-xuanyou',
    name: 'Kong Xuanyou',
    aliases: ['Kong'],
    summary:
      'China’s vice minister of foreign affairs, special Chinese government representative on Korean peninsular affairs and China’s senior representative at the Six-Party Talks.',
    country: 'china',
  }),
  person({
    id: 'igor-morgulov',
    name: 'Igor Morgulov',
    aliases: [],
    summary:
      'Russian Deputy Foreign Minister and Russia’s senior representative at the Six-Party Talks; attended the trilateral Moscow talks.',
    country: 'russia',
  }),
  person({
    id: 'steve-biegun',
    name: 'Steve Biegun',
    aliases: [],
    summary:
      'US State Department special representative for North Korea policy and Six-Party Talks senior representative; visited South Korea and Japan in September 2018.',
    country: 'united-states',
  }),
  person({
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    aliases: [],
    summary:
      'Russian Foreign Minister; at a UNSC meeting on Sept. 27 disputed Mike Pompeo’s claims on keeping North Korea sanctions in place.',
    country: 'russia',
  }),
  person({
    id: 'wang-yi',
    name: 'Wang Yi',
    aliases: [],
    summary:
      'Chinese Foreign Minister; at a UNSC meeting on Sept. 27 disputed Mike Pompeo’s claims on keeping North Korea sanctions in place.',
    country: 'china',
  }),
  person({
    id: 'mike-pompeo',
    name: 'Mike Pompeo',
    aliases: [],
    summary:
      'US Secretary of State; claimed that stiff North Korea sanctions must stay in place until denuclearization occurs.',
    country: 'united-states',
  }),
  person({
    id: 'kim-jong-un',
    name: 'Kim Jong-un',
    aliases: ['Kim'],
    summary:
      'North Korean leader; according to Valentina Matviyenko, would make his first-ever visit to Russia within the year.',
    country: 'north-korea',
  }),
  person({
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    aliases: [],
    summary:
      'Russian President; plans to visit South Korea next year, according to Valentina Matviyenko.',
    country: 'russia',
  }),
  person({
    id: 'valentina-matviyenko',
    name: 'Valentina Matviyenko',
    aliases: [],
    summary:
      'Russian Federation Council Chairperson; visiting South Korea on Oct. 6, she spoke of visits by Kim Jong-un to Russia and Vladimir Putin to South Korea.',
    country: 'russia',
  }),
  person({
    id: 'kim-oi-hyun',
    name: 'Kim Oi-hyun',
    aliases: [],
    summary: 'Author of the article: Beijing correspondent (byline).',
  }),

  // Countries: `location` is the capital's coordinates (docs/gazetteer.md).
  country({
    id: 'north-korea',
    name: 'North Korea',
    aliases: ['North Korean', 'NK', 'Pyongyang'],
    summary:
      'Country; building a firmer foundation with China and Russia ahead of a North Korea–US meeting.',
    location: { lat: 39.03, lon: 125.75 },
  }),
  country({
    id: 'south-korea',
    name: 'South Korea',
    aliases: [],
    summary:
      'Country; working with the US and visited by Steve Biegun, Valentina Matviyenko and (planned) Vladimir Putin.',
    location: { lat: 37.57, lon: 126.98 },
  }),
  country({
    id: 'united-states',
    name: 'United States',
    aliases: ['US'],
    summary:
      'Country; building a firmer foundation with South Korea and Japan ahead of a North Korea–US meeting; its objections have blocked easing North Korea sanctions.',
    location: { lat: 38.9, lon: -77.04 },
  }),
  country({
    id: 'china',
    name: 'China',
    aliases: ['Chinese', 'Beijing'],
    summary:
      'Country; with Russia, maintains that North Korea sanctions should be at least partially eased.',
    location: { lat: 39.91, lon: 116.4 },
  }),
  country({
    id: 'russia',
    name: 'Russia',
    aliases: ['Russian', 'Moscow'],
    summary:
      'Country; held bilateral talks with North Korea and trilateral talks with North Korea and China in Moscow.',
    location: { lat: 55.75, lon: 37.62 },
  }),
  country({
    id: 'japan',
    name: 'Japan',
    aliases: [],
    summary: 'Country; working with the US; visited by Steve Biegun in September 2018.',
    location: { lat: 35.69, lon: 139.69 },
  }),

  // Places
  place({
    id: 'pyongyang',
    name: 'Pyongyang',
    aliases: [],
    summary:
      'Capital of North Korea; the article uses the name only for the North Korean government, so this place has no mentions; inferred start of Choe’s trip.',
    country: 'north-korea',
    location: { lat: 39.03, lon: 125.75 },
  }),
  place({
    id: 'beijing',
    name: 'Beijing',
    aliases: [],
    summary: 'Capital of China; where Choe Son-hui and Kong Xuanyou held talks on Oct. 5.',
    country: 'china',
    location: { lat: 39.91, lon: 116.4 },
  }),
  place({
    id: 'moscow',
    name: 'Moscow',
    aliases: [],
    summary:
      'Capital of Russia; venue of Choe Son-hui’s bilateral and trilateral talks on Oct. 8–9.',
    country: 'russia',
    location: { lat: 55.75, lon: 37.62 },
  }),
  place({
    id: 'sheremetyevo-airport',
    name: 'Sheremetyevo International Airport',
    aliases: [],
    summary: 'Moscow airport where Choe Son-hui arrived on the afternoon of Oct. 6.',
    country: 'russia',
    location: { lat: 55.97, lon: 37.41 },
  }),
  place({
    id: 'korean-peninsula',
    name: 'Korean Peninsula',
    aliases: ['Korean peninsular'],
    summary:
      'Region whose political situation Choe Son-hui and Kong Xuanyou discussed, according to KCNA.',
    location: { lat: 38.0, lon: 127.5 },
  }),

  // Organisations
  org({
    id: 'six-party-talks',
    name: 'Six-Party Talks',
    aliases: [],
    summary:
      'Six-party forum on the North Korean nuclear issue; its participants are North Korea, South Korea, the US, China, Russia and Japan.',
  }),
  org({
    id: 'un-security-council',
    name: 'UN Security Council',
    aliases: ['UNSC'],
    summary:
      'UN body at whose level China and Russia made a press statement on easing North Korea sanctions; met on Sept. 27.',
  }),
  org({
    id: 'us-state-department',
    name: 'US State Department',
    aliases: [],
    summary:
      'US government department; Steve Biegun is its special representative for North Korea policy.',
    country: 'united-states',
  }),
  org({
    id: 'china-foreign-ministry',
    name: 'Ministry of Foreign Affairs of the People’s Republic of China',
    aliases: [],
    summary:
      'China’s foreign ministry; supplied the photo of Kong Xuanyou meeting Choe Son-hui in Beijing.',
    country: 'china',
  }),
  org({
    id: 'russian-federation-council',
    name: 'Russian Federation Council',
    aliases: [],
    summary: 'Russian legislative body chaired by Valentina Matviyenko.',
    country: 'russia',
  }),
  org({
    id: 'russian-embassy-in-north-korea',
    name: 'Russian embassy in North Korea',
    aliases: [],
    summary:
      'Russia’s embassy in North Korea; quoted by TASS on Choe Son-hui’s meetings in Moscow.',
    country: 'russia',
  }),
  org({
    id: 'north-korean-embassy',
    name: 'North Korean embassy',
    aliases: [],
    summary:
      'North Korea’s embassy; Choe Son-hui boarded one of its vehicles on arriving at Moscow’s Sheremetyevo airport.',
    country: 'north-korea',
  }),

  // News agencies
  media({
    id: 'tass',
    name: 'TASS',
    aliases: [],
    summary:
      'Russia’s government-run news agency; quoted the Russian embassy in North Korea and reported on the trilateral Moscow talks.',
    country: 'russia',
  }),
  media({
    id: 'kcna',
    name: 'Korean Central News Agency',
    aliases: ['KCNA'],
    summary:
      'North Korea’s state-run news agency; reported on Oct. 7 on Choe Son-hui’s talks with Kong Xuanyou.',
    country: 'north-korea',
  }),
  media({
    id: 'yonhap',
    name: 'Yonhap News',
    aliases: [],
    summary:
      'News agency credited with the photo of Choe Son-hui at Sheremetyevo International Airport.',
  }),
];
