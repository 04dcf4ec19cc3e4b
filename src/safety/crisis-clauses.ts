/**
 * Splits normalised text into clauses. Modifiers (negation, "used to", "if")
 * only reach within their own clause: in "I used to want to die but lately I
 * want to again" the recovery framing must not cover the second half.
 */
export interface Clause {
  text: string;
  sentence: string;
  isQuestion: boolean;
  position: number;
}

// Contrast words start a new thought; "and" does not, so "if I get triggered and want to cut" stays one antecedent.
const CLAUSE_BREAK = /(?<=\s)(?:,|:|but|though|although|however|except|even though|whereas|otherwise)(?=\s)/;

export function splitClauses(normalised: string): Clause[] {
  const clauses: Clause[] = [];
  for (const { sentence, isQuestion } of splitSentences(normalised)) {
    for (const part of ` ${sentence} `.split(CLAUSE_BREAK)) {
      const text = part.trim();
      if (text !== '') {
        clauses.push({ text, sentence, isQuestion, position: clauses.length });
      }
    }
  }
  return clauses;
}

// "I want everything to stop. Permanently." A trailing adverb of finality belongs to the sentence before it.
const AFTERTHOUGHT =
  /^(permanently|forever|for good|for real|for real this time|once and for all|tonight|for ever|(like )?ever|(like )?ever again|never coming back)$/;

function splitSentences(normalised: string): { sentence: string; isQuestion: boolean }[] {
  const sentences: { sentence: string; isQuestion: boolean }[] = [];
  const pattern = /([^.!?;\n]+)([.!?;\n]+|$)/g;
  for (const match of normalised.matchAll(pattern)) {
    const sentence = match[1].trim();
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && AFTERTHOUGHT.test(sentence)) {
      previous.sentence = `${previous.sentence} ${sentence}`;
    } else if (sentence !== '') {
      sentences.push({ sentence, isQuestion: match[2].includes('?') });
    }
  }
  return sentences;
}
