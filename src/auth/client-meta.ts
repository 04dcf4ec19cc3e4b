import type { Request } from 'express';
import type { ClientMeta } from './auth.service';

export function clientMeta(req: Request): ClientMeta {
  const agent = req.headers['user-agent'];
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: typeof agent === 'string' ? agent : undefined,
  };
}
