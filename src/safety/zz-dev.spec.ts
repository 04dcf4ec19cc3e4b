import { detectCrisis } from './crisis-detector';
import { describePosts, measurePosts } from '../../test/support/crisis-measure';
import { POST_SETS } from '../../test/fixtures/crisis';
it('dev', () => {
  for (const s of POST_SETS.filter((s) => s.name.startsWith('dev')))
    console.log(describePosts(s.name, measurePosts(s.posts, detectCrisis)));
});
