/** One country as New story knows it: names to find in the text and a point to draw. */
export interface CountryRow {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 numeric, as world-atlas ids its outlines ('' when it has none). */
  n3: string;
  name: string;
  /** Other names: official, short forms, abbreviations ("U.S."). */
  aliases: string[];
  /** Adjective forms ("Japanese"), marked as mentions of the country. */
  adjectives: string[];
  /** The capital's point (the format's rule for a country's location), degrees. */
  lat: number;
  lon: number;
}

/**
 * The place gazetteer, columnar to stay small: row i is names.split('\n')[i], country
 * cc.slice(2i, 2i+2), latitude coords[2i]/100 and longitude coords[2i+1]/100. Rows are in order
 * of preference (English exonyms, then by population), so the first match wins a tie.
 */
export interface GazetteerData {
  names: string;
  cc: string;
  coords: number[];
}
