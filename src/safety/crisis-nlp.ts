import winkNLP, { type ItemSentence, type ItsFunction, type PartOfSpeech, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The NLP library behind the crisis detector: wink-nlp with its English lite model,
 * which ships inside its npm package (nothing is downloaded at run time). It gives
 * sentences, tokens, universal part-of-speech tags and lemmas; the detector reads
 * tense and subjects from those (crisis-reading.ts).
 */
export interface TaggedSentence {
  words: string[];
  pos: PartOfSpeech[];
  lemmas: string[];
}

let nlp: WinkMethods | undefined;

// Built on first use (about 0.2 s and 30 MB): a screening thread builds it while it warms up, and the
// main thread, which screens only when there are no threads, never pays for it otherwise.
function instance(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Normalised text (text-normalise.ts) as tagged sentences. */
export function tagSentences(normalised: string): TaggedSentence[] {
  const reader = instance();
  // wink's `its` helpers are plain functions passed by reference (its documented use); they do not use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const pos = reader.its.pos;
  // Its typings give `its.lemma` an older signature than `out` takes; it is a token function all the same.
  const lemma = reader.its.lemma as ItsFunction<string>;
  /* eslint-enable @typescript-eslint/unbound-method */
  const sentences: TaggedSentence[] = [];
  reader
    .readDoc(normalised)
    .sentences()
    .each((sentence: ItemSentence) => {
      const tokens = sentence.tokens();
      sentences.push({
        words: tokens.out(),
        pos: tokens.out(pos) as PartOfSpeech[],
        lemmas: tokens.out(lemma),
      });
    });
  return sentences;
}
