/** Someone as others see them: no email, no role. */
export interface PersonRef {
  id: string;
  displayName: string;
}

/**
 * Where a message, thread or post stands. Words of hidden and removed content
 * reach only the staff who moderate its space; pending content only its author
 * and those staff.
 */
export type ContentStatus = 'visible' | 'pending' | 'hidden' | 'removed';
