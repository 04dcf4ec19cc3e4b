/**
 * Decides what to do with quoted text before crisis matching. A quote is either
 * *used* (someone's words reported to us: "she texted me 'I'm going to end it'")
 * or *mentioned* (a title, a term, what people say in general). Used quotes stay
 * in the text as their own clause; mentioned quotes are removed.
 */
const MEDIA_BEFORE =
  /\b(song|songs|track|album|band|movie|film|show|series|episode|book|novel|poem|podcast|game|play|musical|article|headline|title|titled|called|named|lyric|lyrics|chapter|quote|meme|sign|shirt|poster|(song|track|lyric|album) of the (day|week|night)|singing|sang|sing|blasting|listening to|humming|screaming|belting|(current )?mood|vibe|on repeat|(the )?(chorus|verse|hook|refrain|lyric|line|song) (goes|says|went|is like)|chorus|refrain)\s*:?\s*$/i;

// Words sung, not said: "'I want to die in your arms tonight' is stuck in my head".
const SUNG_AFTER =
  /^\s*(is |has been |keeps |got )?(stuck in my head|on repeat|playing in my head|going round|hits (different|hard)|by (my|the|this|that|\w+)\b|lyrics?\b|(is )?(such a|a|the best) (banger|song|line|lyric|track)|🎶|🎵|🎧|🎤|♪|♫)/iu;

// "People say 'kys' like it's nothing" talks about words; it states no one's intent.
const MENTION_BEFORE =
  /\b((people|someone|somebody|anyone|everyone|nobody|you|they) (\w+ )?(say|says|use|uses|joke|type)|(do not|don't|dont|never|stop|quit) (say|saying|use|using)|the (word|words|phrase|term|expression|joke|line|slang)|words like|phrases like|saying|like)\s*:?\s*$/i;

// Music named anywhere later in the same sentence: "'goodbye cruel world' pink floyd hits different",
// "'and i want to die' from the song, so good".
const MUSIC_LATER =
  /^[^.!?\n]{0,60}?\b(song|songs|track|album|band|lyrics?|chorus|verse|playlist|spotify|banger|on repeat|stuck in my head|hits (different|hard)|(from|by|off) (the|that|this|my|his|her|their) (song|album|band|track|record|ep)|cover|concert|singing|sang|bop|tune|catchy)\b/iu;

// Round 11: music named earlier in the same sentence: "my spotify wrapped was all sad songs, top one was '...'".
const MUSIC_EARLIER =
  /\b(song|songs|album|lyrics?|chorus|verse|playlist|spotify|wrapped|karaoke|on repeat|singing|sang|tune|banger|bop|vinyl)\b[^.!?\n]{0,60}$/i;
// ...unless someone's words are reported in that sentence: "my friend texted me after band practice '...'".
const REPORTING =
  /\b(texted|text|txted|messaged|wrote|posted|said|says|told|tells|sent|dmd|called|rang|screamed|shouted)\b/i;

function musicEarlier(lead: string): boolean {
  const sentence = lead.split(/[.!?\n]/).pop() ?? '';
  return MUSIC_EARLIER.test(sentence) && !REPORTING.test(sentence);
}

// Review of round 11: words the writer thinks, says to themself, whispers or types are their own, whatever music is
// named beside them ("listening to the same playlist and i keep saying to myself '...'", "had the radio on and i
// typed into my notes app '...'", "'...' i keep repeating by myself"). Straight after such a verb a quote is never sung.
const OWN_WORDS_BEFORE =
  /\b(thinking|thought|think|thinks|typed|typing|whispered|whispering|whisper|muttered|mumbled|repeating|saying|said|say|telling myself|told myself|to myself|by myself|decided|sobbed|cried|prayed|wrote( down)?|write( down)?|writing( down)?|journal\w*|notes app|diary)\b[^.!?\n'"]{0,30}$/i;
const OWN_WORDS_AFTER =
  /^\s*(and )?i (just |keep |kept |have been |was |am )?(\w+ )?(thinking|thought|think|typed|typing|whispered|whispering|muttered|mumbled|repeating|repeat|saying|said|say|sobbed|cried|screamed|wrote|write|telling myself|told myself)\b/i;

function ownWords(before: string, rest: string): boolean {
  return OWN_WORDS_BEFORE.test(before) || OWN_WORDS_AFTER.test(rest);
}

// A title and its artist after the quote: "'...' hurt by johnny cash is a masterpiece" (not "said by my brother").
const TITLE_BY_ARTIST =
  /^\s*(?!(said|written|sent|texted|posted|told|typed|screamed|shouted|whispered)\b)([a-z']+ ){1,4}by (?!(my|his|her|their|me|him|them|you|a|the|someone|somebody|myself|yourself|tonight|morning|then|now|hand|midnight|friday|the time)\b)[a-z]+/i;

// A third person's words reported just before the quote: "she texted me", "my brother said".
const REPORTED_BY =
  /\b(she|he|they|my \w+|his \w+|her \w+) (just |then |also |later |again |finally |literally )?(texted|text|txted|messaged|wrote|posted|said|says|told me|tells me|keeps saying|sent me|snapchatted|dmd|dm'd)( me| to me| us)?( (?!(and|but|so|then|i|to|write|journal|be|post|share)\b)[a-z0-9']+){0,5}?\s*:?\s*$/i;

function inThirdPerson(words: string, speaker: string): string {
  const s = speaker.toLowerCase();
  const [subject, object, reflexive] =
    s === 'she' ? ['she', 'her', 'herself'] : s === 'he' ? ['he', 'him', 'himself'] : ['they', 'them', 'themselves'];
  const own = subject === 'she' ? 'her' : subject === 'he' ? 'his' : 'their';
  return words
    .replace(/\b(i'm|im|i am)\b/gi, subject === 'they' ? 'they are' : `${subject} is`)
    .replace(/\bi\b/gi, subject)
    .replace(/\bme\b/gi, object)
    .replace(/\bmyself\b/gi, reflexive)
    .replace(/\bmy\b/gi, own);
}

const QUOTE = /(^|[\s([:])(["'])(.+?)\2(?=$|[\s.,!?;:)\]])/g;
// Lines set between musical notes are sung: "♪ take me away ♪".
const SUNG = /[♪♫🎵🎶]\s*[^♪♫🎵🎶]+?\s*[♪♫🎵🎶]/gu;

export function resolveQuotes(text: string): string {
  return text
    .replace(SUNG, ' quoted ')
    .replace(QUOTE, (_whole: string, lead: string, _mark: string, inner: string, offset: number, all: string) => {
      const before = all.slice(Math.max(0, offset - 60), offset + lead.length);
      const rest = all.slice(offset + _whole.length);
      if (
        isMention(before, inner) ||
        (!ownWords(before, rest) &&
          (SUNG_AFTER.test(rest) ||
            MUSIC_LATER.test(rest) ||
            TITLE_BY_ARTIST.test(rest) ||
            musicEarlier(all.slice(Math.max(0, offset - 100), offset + lead.length))))
      ) {
        return `${lead} quoted `;
      }
      // A quoted word inside a sentence is a term, not speech: "I carved 'fat' into my stomach".
      if (!/\s/.test(inner.trim()) && /\w\s*$/.test(before) && /^\s+\w/.test(all.slice(offset + _whole.length))) {
        return `${lead}${inner}`;
      }
      // Reported words become a clause of their own. Someone else's words keep their speaker: in "she texted
      // me 'i want to die'" the "i" is hers, so it is read in the third person.
      const speaker = REPORTED_BY.exec(before);
      return `${lead}; ${speaker === null ? inner : inThirdPerson(inner, speaker[1])} ;`;
    });
}

function isMention(before: string, inner: string): boolean {
  return MEDIA_BEFORE.test(before) || MENTION_BEFORE.test(before) || isTitleCase(inner);
}

// "Suicide Blonde", "Kill Bill": capitalised words read as a title, not a statement.
function isTitleCase(inner: string): boolean {
  const words = inner.split(/\s+/).filter((word) => /^\p{L}{2,}/u.test(word));
  if (words.length < 2 || inner === inner.toUpperCase()) {
    return false;
  }
  return words.every((word) => /^\p{Lu}/u.test(word));
}
