import { detectCrisis } from './crisis-detector';
import { describePosts, measurePosts } from '../../test/support/crisis-measure';
import { DEV_POSTS } from '../../test/fixtures/crisis/posts.dev';
it('dev', () => {
  console.log(describePosts('dev posts', measurePosts(DEV_POSTS, detectCrisis)));
});
