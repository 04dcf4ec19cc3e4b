import { explainCrisis } from './crisis-detector';
import { normaliseText } from './text-normalise';
const texts = (process.env.T ?? '').split('|');
it('explain', () => {
  for (const t of texts)
    console.log(
      t,
      '\n  ',
      normaliseText(t),
      '\n',
      JSON.stringify(explainCrisis(t).map((h) => [h.patternId, h.matched, h.person, h.suppressedBy, h.level, h.owner])),
    );
});
