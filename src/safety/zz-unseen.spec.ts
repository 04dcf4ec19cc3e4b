import { detectCrisis } from './crisis-detector';
import { describePosts, measurePosts } from '../../test/support/crisis-measure';
import { UNSEEN_SUICIDAL_IDEATION } from '../../test/fixtures/crisis/unseen/suicidal-ideation';
import { UNSEEN_SELF_HARM } from '../../test/fixtures/crisis/unseen/self-harm';
import { UNSEEN_OVERDOSE } from '../../test/fixtures/crisis/unseen/overdose';
import { UNSEEN_HARM_TO_OTHERS } from '../../test/fixtures/crisis/unseen/harm-to-others';
it('unseen', () => {
  const all = [UNSEEN_SUICIDAL_IDEATION, UNSEEN_SELF_HARM, UNSEEN_OVERDOSE, UNSEEN_HARM_TO_OTHERS];
  const names = ['SI', 'SH', 'OD', 'HO'];
  console.log(all.map((s, i) => describePosts(`unseen ${names[i]}`, measurePosts(s, detectCrisis))).join('\n'));
  console.log(describePosts('all unseen', measurePosts(all.flat(), detectCrisis), false));
});
