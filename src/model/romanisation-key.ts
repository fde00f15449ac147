/**
 * Folds the spelling differences between romanisations of Korean and Chinese names, so that
 * "Choi", "Choe" and "Chwe", "Son-hui", "Sun-hui", "Seon-hee" and "Sonhui", "Kim" and "Gim",
 * "Zhou" and "Chou", "Xi" and "Hsi" give the same key. Input: a normalised name with its spaces
 * removed ("choesonhui"). The key is only ever compared with other keys; it is never shown.
 *
 * The rules are deliberately coarse (u/o and the plain/aspirated consonant pairs merge): a key
 * match ranks below an exact or prefix match of the spelling typed, so the looseness can only
 * add a result under the ones a reader meant, never push them down.
 */
const RULES: [RegExp, string][] = [
  [/hs/g, 'x'], // Wade–Giles hsi → pinyin xi
  [/zh|ch|j|q|tch/g, 'j'], // zhou/chou/jou; Korean ch/j; Wade–Giles ch' = pinyin q
  [/ts|tz|z|c/g, 's'], // tsao/cao/zao
  [/k|g/g, 'g'], // kim/gim, kong/gong
  [/p|b/g, 'b'], // pak/bak
  [/t|d/g, 'd'], // tae/dae
  [/r(?=[^aeiouy]|$)/g, ''], // park → pak, the English r of Korean surnames
  [/ee|ui|uy|y(?=$|[^aeiou])/g, 'i'], // hee/hui/hi
  [/eo|u|w(?=[aeiou])/g, 'o'], // seon/sun/son; chwe → choe
  [/oi|oe|we/g, 'oe'], // choi/choe
  [/h(?=[^aeiou]|$)/g, ''], // aspiration marks left after the letters above
  [/(.)\1+/g, '$1'], // doubled letters
];

export function romanisationKey(joined: string): string {
  let key = joined;
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
