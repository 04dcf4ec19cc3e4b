import { DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';

/**
 * The demo accounts in a box, printed last at `npm start` (HEARTH_DEMO) so that whoever
 * started Hearth finds them under the log: meant for a person, not for a log pipeline.
 */
export function demoLoginsBox(url: string): string {
  const lines = [
    `Hearth is ready: ${url}`,
    `Demo accounts (HEARTH_DEMO is on), password for all: ${DEMO_PASSWORD}`,
    '',
    ...DEMO_PEOPLE.map((p) => `${p.role.padEnd(12)} ${p.email.padEnd(30)} ${p.displayName}`),
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '─'.repeat(width + 2);
  return ['', `┌${rule}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${rule}┘`, ''].join('\n') + '\n';
}
