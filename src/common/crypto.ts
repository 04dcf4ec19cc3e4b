import { createHash } from 'node:crypto';

/** For secrets stored only as a digest (refresh tokens, invite codes): high-entropy, so no salt is needed. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
