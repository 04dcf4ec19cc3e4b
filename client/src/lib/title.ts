import { useEffect } from 'react';

/** Tab titles stay neutral: a generic page word, never a group, program or condition. */
export type PageTitle =
  | 'Sign in'
  | 'Join'
  | 'Terms'
  | 'Staff'
  | 'Status'
  | 'Get help'
  | 'Boards'
  | 'Search'
  | 'Notifications'
  | 'Review queue'
  | 'Alerts'
  | 'Dashboard'
  | 'Audit log'
  | 'Appeals'
  | 'Watched words'
  | 'Moderation history'
  | 'Blocked people'
  | 'Group'
  | 'Security'
  | 'Privacy'
  | 'Settings'
  | 'Signed out'
  | 'People'
  | 'Care team'
  | 'Care lines'
  | 'Concerns'
  | 'Chat'
  | 'Profile'
  | 'Reset password'
  | 'My posts';

export function useTitle(page?: PageTitle): void {
  useEffect(() => {
    document.title = page ? `${page} · Hearth` : 'Hearth';
  }, [page]);
}
