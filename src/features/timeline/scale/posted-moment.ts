/**
 * Where the posting rule stands, in days: the posting day plus its time of day in the article's
 * own offset ("2018-10-08T17:06:00+09:00" → 8 Oct + 17:06), the day the article's readers saw.
 */
export function postedMoment(published: string, day: number): number {
  const m = /T(\d{2}):(\d{2})/.exec(published);
  return m ? day + (Number(m[1]) * 60 + Number(m[2])) / 1440 : day + 0.5;
}
