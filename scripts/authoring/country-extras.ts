/**
 * What world-countries does not give and news writing uses: short forms, abbreviations with dots,
 * old and informal names, and adjective forms it lacks. Keyed by ISO 3166-1 alpha-2. Names only
 * (whole words are matched case-sensitively), so "US" stays out: "us" would be the pronoun in a
 * headline set in capitals.
 */
export const COUNTRY_EXTRAS: Record<
  string,
  { name?: string; aliases?: string[]; adjectives?: string[] }
> = {
  US: { aliases: ['U.S.', 'U.S.A.', 'USA', 'America'], adjectives: ['U.S.'] },
  GB: { aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'], adjectives: ['British'] },
  KR: { aliases: ['Republic of Korea', 'ROK', 'S. Korea'], adjectives: ['South Korean'] },
  KP: { aliases: ['DPRK', 'D.P.R.K.', 'N. Korea'], adjectives: ['North Korean'] },
  CN: { aliases: ["People's Republic of China", 'PRC', 'P.R.C.'], adjectives: ['Chinese'] },
  RU: { aliases: ['Russian Federation'], adjectives: ['Russian'] },
  TW: { adjectives: ['Taiwanese'] },
  AE: { aliases: ['UAE', 'U.A.E.'], adjectives: ['Emirati'] },
  CD: {
    aliases: ['Democratic Republic of the Congo', 'DRC', 'DR Congo', 'Congo-Kinshasa'],
    adjectives: ['Congolese'],
  },
  CG: { aliases: ['Republic of the Congo', 'Congo-Brazzaville'] },
  CZ: { aliases: ['Czech Republic'], adjectives: ['Czech'] },
  NL: { aliases: ['Holland'], adjectives: ['Dutch'] },
  VA: { aliases: ['Holy See', 'Vatican'] },
  CI: { aliases: ["Côte d'Ivoire", 'Ivory Coast'], adjectives: ['Ivorian'] },
  MM: { aliases: ['Burma'], adjectives: ['Burmese', 'Myanmar'] },
  IR: { adjectives: ['Iranian'] },
  SA: { adjectives: ['Saudi'] },
  PH: { adjectives: ['Filipino', 'Philippine'] },
  NZ: { adjectives: ['New Zealand'] },
  TR: { name: 'Turkey', aliases: ['Türkiye'], adjectives: ['Turkish'] },
  UA: { adjectives: ['Ukrainian'] },
  DE: { adjectives: ['German'] },
  FR: { adjectives: ['French'] },
  JP: { adjectives: ['Japanese'] },
  IL: { adjectives: ['Israeli'] },
  PS: { aliases: ['Palestinian territories'], adjectives: ['Palestinian'] },
  VN: { aliases: ['Viet Nam'], adjectives: ['Vietnamese'] },
  LA: { aliases: ['Laos'], adjectives: ['Lao', 'Laotian'] },
  SY: { adjectives: ['Syrian'] },
  MK: { aliases: ['Macedonia'] },
  SZ: { aliases: ['Swaziland'] },
  CV: { aliases: ['Cape Verde'] },
  TL: { aliases: ['East Timor'] },
  FM: { aliases: ['Micronesia'] },
};

/**
 * English names of cities that GeoNames lists under another name (or under which a small town
 * elsewhere would win): the English name, then the GeoNames name and country it means.
 */
export const CITY_EXONYMS: [string, string, string][] = [
  ['Washington', 'Washington, D.C.', 'US'],
  ['Washington, DC', 'Washington, D.C.', 'US'],
  ['New York', 'New York City', 'US'],
  ['Geneva', 'Genève', 'CH'],
  ['Cologne', 'Köln', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'],
  ['Frankfurt', 'Frankfurt am Main', 'DE'],
  ['Hanover', 'Hannover', 'DE'],
  ['Seville', 'Sevilla', 'ES'],
  ['Antwerp', 'Antwerpen', 'BE'],
  ['Gothenburg', 'Göteborg', 'SE'],
  ['Ulaanbaatar', 'Ulan Bator', 'MN'],
  ['Astana', 'Nur-Sultan', 'KZ'],
  ['Kiev', 'Kyiv', 'UA'],
  ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Rangoon', 'Yangon', 'MM'],
  ['Bombay', 'Mumbai', 'IN'],
  ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'],
  ['Peking', 'Beijing', 'CN'],
  ['Canton', 'Guangzhou', 'CN'],
  ['The Hague', 'The Hague', 'NL'],
  ['Den Haag', 'The Hague', 'NL'],
  ['Nampo', 'Namp’o', 'KP'],
  ['Wien', 'Vienna', 'AT'],
];
