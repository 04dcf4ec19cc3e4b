import type { CrisisResource } from '../contract';

/** Crisis resources shown at once to a person whose words read as a crisis (PRODUCT.md, Safety). */
export const CRISIS_RESOURCES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline (call, text or chat)',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org/chat/',
  },
  { name: 'Crisis Text Line: text HOME to 741741', sms: '741741', smsBody: 'HOME' },
  { name: 'Emergency services', phone: '911' },
];
