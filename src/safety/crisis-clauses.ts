import { tagSentences, type TaggedSentence } from './crisis-nlp';
import { tenseOf, type Tense } from './crisis-tense';

/**
 * Splits normalised text into sentences (the NLP library's, also cut at ";", which stands
 * around quoted words, and at line breaks) and sentences into clauses. Modifiers (negation,
 * "used to", "if") only reach within their own clause: in "I used to want to die but lately
 * I want to again" the recovery framing must not cover the second half.
 */
export interface Clause {
  text: string;
  sentence: string;
  isQuestion: boolean;
  position: number;
  /** When the clause's own verb puts it, from its part-of-speech tags and lemmas. */
  tense: Tense;
  /** No subject: "suicidal again", "wearing long sleeves so no one sees", which can only be about the writer. */
  fragment: boolean;
}

interface Sentence {
  text: string;
  isQuestion: boolean;
  tagged: TaggedSentence;
}

// Contrast words start a new thought; "and" does not, so "if I get triggered and want to cut" stays one antecedent.
const CLAUSE_BREAK = new Set([',', ':', 'but', 'though', 'although', 'however', 'except', 'whereas', 'otherwise']);
const END = /^[.!?]+$/;
// A pronoun, a name or a determiner brings a subject; a verb makes a statement.
const FRAGMENT_BREAKERS = new Set(['PRON', 'PROPN', 'DET', 'AUX', 'VERB']);

export function splitClauses(normalised: string): Clause[] {
  const clauses: Clause[] = [];
  for (const { text: sentence, isQuestion, tagged } of splitSentences(normalised)) {
    let start = 0;
    const { words } = tagged;
    for (let i = 0; i <= words.length; i++) {
      if (i < words.length && !isClauseBreak(words, i)) {
        continue;
      }
      const text = words.slice(start, i).join(' ');
      if (text !== '') {
        const slice = (list: readonly string[]): string[] => list.slice(start, i);
        const pos = slice(tagged.pos);
        const tense = tenseOf(slice(words), pos, slice(tagged.lemmas));
        // A clause that starts with an -ing verb ("wearing long sleeves so no one sees") drops its "I" as texting does;
        // a past one ("overdosed twice") more often tells a story.
        const fragment =
          !pos.some((tag) => FRAGMENT_BREAKERS.has(tag)) || (pos[0] === 'VERB' && words[start].endsWith('ing'));
        clauses.push({ text, sentence, isQuestion, position: clauses.length, tense, fragment });
      }
      // The break word starts the next clause ("but lately i want to again"), as punctuation does not.
      start = /^[,:]$/.test(words[i] ?? '') ? i + 1 : i;
    }
  }
  return clauses;
}

function isClauseBreak(words: readonly string[], i: number): boolean {
  const word = words[i];
  if (word === 'even') {
    return words[i + 1] === 'though';
  }
  return CLAUSE_BREAK.has(word) && !(word === 'though' && words[i - 1] === 'even') && i > 0;
}

// "I want everything to stop. Permanently." A trailing adverb of finality belongs to the sentence before it.
const AFTERTHOUGHT =
  /^(permanently|forever|for good|for real|for real this time|once and for all|tonight|for ever|(like )?ever|(like )?ever again|never coming back|with (all of it|it all|everything|life|all of this))$/;

function splitSentences(normalised: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Line breaks and the ";" that stands around quoted words end a sentence as a full stop does.
  for (const tagged of tagSentences(normalised.replace(/[;\n]/g, ' . '))) {
    const keep = tagged.words.map((word) => !END.test(word));
    const words = tagged.words.filter((_, i) => keep[i]);
    if (words.length === 0) {
      continue;
    }
    const sentence: Sentence = {
      text: words.join(' '),
      isQuestion: tagged.words.some((word) => END.test(word) && word.includes('?')),
      tagged: {
        words,
        pos: tagged.pos.filter((_, i) => keep[i]),
        lemmas: tagged.lemmas.filter((_, i) => keep[i]),
      },
    };
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && AFTERTHOUGHT.test(sentence.text)) {
      previous.text = `${previous.text} ${sentence.text}`;
      previous.tagged = {
        words: [...previous.tagged.words, ...words],
        pos: [...previous.tagged.pos, ...sentence.tagged.pos],
        lemmas: [...previous.tagged.lemmas, ...sentence.tagged.lemmas],
      };
    } else {
      sentences.push(sentence);
    }
  }
  return sentences;
}
