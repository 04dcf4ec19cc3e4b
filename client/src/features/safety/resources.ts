import type { CrisisResource } from '@hearth/contract';

/**
 * Shown when the server's list is not at hand (offline, or before it answers): the
 * same services as the server's `src/crisis/resources.ts`. Help must never wait on a request.
 */
export const FALLBACK_RESOURCES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline (call, text or chat)',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org/chat/',
  },
  { name: 'Crisis Text Line: text HOME to 741741', sms: '741741', smsBody: 'HOME' },
  { name: 'Emergency services', phone: '911' },
];
