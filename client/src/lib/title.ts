import { useEffect } from 'react';

/** Tab titles stay neutral: a generic page word, never a group, program or condition. */
export function useTitle(
  page?: 'Sign in' | 'Join' | 'Terms' | 'Staff' | 'Status' | 'Get help' | 'Boards' | 'Search' | 'Notifications',
): void {
  useEffect(() => {
    document.title = page ? `${page} · Hearth` : 'Hearth';
  }, [page]);
}
