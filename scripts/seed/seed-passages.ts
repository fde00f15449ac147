/**
 * Passages of the article cited as evidence by several relations, events and legs.
 * spanSentence(quote) = the whole sentence in which the quote occurs.
 */
import { span, spanBlock, spanSentence } from './bundle-types.js';

export const P = {
  /** b1: photo caption, Choe at Sheremetyevo (Yonhap News). */
  arrivalCaption: spanBlock('b1'),
  /** b2: the headline. */
  headline: spanBlock('b2'),
  /** b3: bilateral and trilateral talks in Moscow on Oct. 8–9, after an earlier visit to Beijing. */
  moscowPlan: spanSentence('is holding consecutive bilateral talks'),
  /** b4: arrival at Sheremetyevo on the afternoon of Oct. 6. */
  arrival: spanSentence('upon her arrival at Moscow’s'),
  /** b4: “come for trilateral negotiations.” */
  arrivalRemark: spanSentence('come for trilateral negotiations'),
  /** b5: TASS quoting the Russian embassy: meetings on Oct. 8 and Oct. 9. */
  tassSchedule: spanSentence('quoted the Russian embassy in North Korea'),
  /** b6: the Beijing talks on Oct. 5. */
  beijingTalks: spanSentence('On Oct. 5, Choe held vice minister-level talks in Beijing'),
  /** b6: KCNA's report of Oct. 7. */
  kcnaReport: spanSentence('reported on Oct. 7 that Choe and Kong'),
  /** b7, first sentence: who attended the trilateral Moscow talks (TASS). */
  trilateralAttended: spanSentence('The trilateral Moscow talks were attended'),
  /** b7, both sentences: the three are their countries' Six-Party Talks senior representatives. */
  sixPartyReps: spanBlock('b7'),
  /** b8: Biegun's title. */
  biegunTitle: span(
    'Steve Biegun, US State Department special representative for North Korea policy and Six-Party Talks senior representative',
  ),
  /** b8: Biegun's visits last month. */
  biegunVisit: spanSentence('who visited South Korea and Japan last month'),
  /** b8: the two camps among the Six-Party Talks participants. */
  twoCamps: spanSentence('Among the participants in the Six-Party Talks'),
  /** b9: photo caption, Kong meets Choe in Beijing on Friday (photo: China's foreign ministry). */
  beijingCaption: spanBlock('b9'),
  /** b9, first sentence: Kong met Choe in Beijing on Friday. */
  beijingCaptionMeeting: spanSentence('met with Choe Son Hui in Beijing on Friday'),
  /** b10: Choe to articulate Pyongyang's position to Beijing and Moscow and confirm their support. */
  confirmSupport: spanSentence('confirm their support'),
  /** b10: the June 12 summit and the China–Russia statement at UNSC level. */
  unscStatement: spanSentence('China and Russia undertook a statement'),
  /** b11: the UNSC meeting on Sept. 27. */
  unscDispute: spanSentence('At a UNSC meeting on Sept. 27'),
  /** b11: Beijing and Moscow want sanctions eased; US objections. */
  easeSanctions: spanSentence('Beijing and Moscow both maintain'),
  /** b12: Choe to discuss Kim's first-ever Russia visit in the bilateral talks. */
  kimVisitTopic: spanSentence('first-ever Russia visit'),
  /** b12: Matviyenko in South Korea on Oct. 6; Kim's and Putin's visits. */
  matviyenko: spanSentence('While visiting South Korea on Oct. 6'),
  /** b13 + b14: Choe vague on Kim's visit. */
  choeVague: spanBlock('b13'),
  notSure: spanBlock('b14'),
};

export const TRILATERAL_NOTE =
  'Oct. 9 is the date TASS gave (quoting the Russian embassy) for the trilateral meeting; yet the article, posted on Oct. 8, reports it in the past tense (“were attended by … TASS reported”).';
