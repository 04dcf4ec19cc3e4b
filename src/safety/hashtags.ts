/**
 * Hashtags run words together: "#wanttodie", "#tiredofeverything", "#selfharmrelapse". Each is split
 * into words from a small vocabulary (shortest split wins) and set apart as a fragment of its own, so
 * the rules read "want to die" as they would in a sentence. A tag that cannot be split wholly into
 * known words is left as its letters ("#blessed" stays "blessed").
 */
const VOCABULARY = new Set(
  `i im me my myself you we it its this that a an the of to in on at for with without and or not no never
   can cant cannot do dont will wont would be am is are was been being have has had just so too very all
   every everything nothing anything everyone nobody someone one more last day days night tonight today
   tomorrow week again still anymore forever ever alone lonely sad depressed depression anxiety anxious
   tired exhausted done over broken empty numb lost hopeless hope worthless useless pointless burden help
   please pain hurt hurting hate love life live living alive dead death die dying kill killing end ending
   suicide suicidal selfharm self harm harming cut cutting cutter cuts blood bleed scars scar relapse
   relapsed clean sober recovery recovering sobriety want wanna need go gone leave away disappear sleep
   wake up never goodbye bye why what how who here there better off enough care cares let give giving
   quit quitting fight fighting strong stay stayed alive okay ok fine feel feeling feelings mental health
   health awareness mood vibes happy blessed grateful thankful monday tuesday friday weekend morning
   overdose od pills meds drunk high using use used drugs sh ed ana mia proana thinspo trigger warning tw
   mentalhealth heart heartbroken miss crying cry tears inside outside world home bed no more anymore
   out ready time it now rn sick dark darkness light deserve exist existing existence around`.split(/\s+/),
);
const LONGEST = 11;

/** The words of one tag, or undefined when it is not made wholly of known words. */
export function splitTag(tag: string): string[] | undefined {
  const n = tag.length;
  if (n === 0 || n > 40) {
    return undefined;
  }
  // best[i]: the fewest words covering tag[0, i).
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - LONGEST); start < end; start++) {
      const prefix = best[start];
      const word = tag.slice(start, end);
      if (prefix !== undefined && VOCABULARY.has(word)) {
        const candidate = [...prefix, word];
        const current = best[end];
        if (current === undefined || candidate.length < current.length) {
          best[end] = candidate;
        }
      }
    }
  }
  return best[n];
}

/** Lower-case text with each hashtag as its words, set apart by commas: "#tiredofeverything" → ", tired of everything ,". */
export function expandHashtags(text: string): string {
  if (!text.includes('#')) {
    return text;
  }
  return text.replace(/#([a-z0-9_]+)/g, (_whole, tag: string) => {
    const split = splitTag(tag.replace(/_/g, ''));
    return ` , ${split === undefined ? tag.replace(/_/g, ' ') : split.join(' ')} , `;
  });
}
