import { Outlet } from 'react-router-dom';
import { ForumHelpProvider } from '../features/forums/help';
import type { ForumHelp } from '../features/forums/help';
import { PostedHelp } from '../features/safety';
import { DraftSafety } from './DraftSafety';

// The safety feature's help, composed into the forums (which do not import it), as ChatRoutes does for chat.
const HELP: ForumHelp = {
  draft: (text) => <DraftSafety draft={text} />,
  posted: (signpost, close) => <PostedHelp signpost={signpost} what="post" onClose={close} className="card" />,
};

/** The forum pages (boards, threads, search) with help while typing and after posting. */
export function ForumRoutes() {
  return (
    <ForumHelpProvider value={HELP}>
      <Outlet />
    </ForumHelpProvider>
  );
}
