/**
 * Crisis resources, kept in the client as well as on the server so that they show
 * even when the server cannot be reached.
 */
import type { CrisisResource } from '@hearth/contract';

export const CRISIS_RESOURCES: (CrisisResource & { description: string })[] = [
  {
    name: '988 Suicide & Crisis Lifeline',
    description: 'Call or text 988, any time, or chat online.',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org/chat/',
  },
  {
    name: 'Crisis Text Line',
    description: 'Text HOME to 741741 to reach a trained crisis counselor.',
    sms: '741741',
    smsBody: 'HOME',
  },
  {
    name: 'Emergency services',
    description: 'If you or someone else is in immediate danger, call 911.',
    phone: '911',
  },
];
