import type { PostView } from '@hearth/contract';
import { Link } from 'react-router-dom';
import { countDescendants, DEPTH_CAP } from '../tree';
import { PostItem } from './PostItem';
import type { ReportAction } from './ThreadPage';

interface PostTreeProps {
  parentId: string | null;
  tree: Map<string | null, PostView[]>;
  /** Nesting shown so far on this page (capped at DEPTH_CAP). */
  level: number;
  locked: boolean;
  moderates: boolean;
  onChange: (post: PostView) => void;
  onReply: (post: PostView) => void;
  report?: ReportAction;
}

/** Replies nested as lists; past DEPTH_CAP, a "continue this thread" link opens the branch on its own. */
export function PostTree({ parentId, tree, level, ...rest }: PostTreeProps) {
  const posts = tree.get(parentId) ?? [];
  if (posts.length === 0) {
    return null;
  }
  return (
    <ol className={level === 0 ? 'post-tree' : 'post-tree post-tree-nested'}>
      {posts.map((post) => {
        const replies = tree.get(post.id)?.length ?? 0;
        return (
          <li key={post.id}>
            <PostItem post={post} {...rest} />
            {replies > 0 &&
              (level + 1 < DEPTH_CAP ? (
                <PostTree parentId={post.id} tree={tree} level={level + 1} {...rest} />
              ) : (
                <Link className="continue-link" to={`/threads/${post.threadId}?from=${post.id}`}>
                  Continue this thread ({countDescendants(tree, post.id)} more{' '}
                  {countDescendants(tree, post.id) === 1 ? 'reply' : 'replies'})
                </Link>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
