import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application, NextFunction, Request, Response } from 'express';

/**
 * Only the proxies named in TRUST_PROXY are believed about a client's address
 * (req.ip, which the per-address limits count): anyone else could rotate
 * X-Forwarded-For to pose as many addresses. A forwarded header from an address
 * not named is ignored, and the first one is logged (once): behind a proxy left
 * unnamed every client shares its address, and the limits would lock out the clinic.
 */
export function trustNamedProxies(app: NestExpressApplication, trustProxy: string | undefined): void {
  const proxies = trustProxy?.split(',').map((entry) => entry.trim()) ?? [];
  app.set('trust proxy', proxies.length > 0 ? proxies : false);
  const express = app.getHttpAdapter().getInstance() as Application;
  // Express compiles the setting into this predicate: the same rule req.ip follows.
  const trusted = express.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const logger = new Logger('Proxy');
  let warned = false;
  app.use((req: Request, _res: Response, next: NextFunction) => {
    if (!warned && req.headers['x-forwarded-for'] !== undefined) {
      const from = req.socket.remoteAddress ?? 'an unknown address';
      if (!trusted(from, 0)) {
        warned = true;
        logger.warn(
          `X-Forwarded-For arrived from ${from}, which TRUST_PROXY does not name: it is ignored, so every ` +
            `client behind that proxy counts as ${from} for the per-address limits. If ${from} is your ` +
            `reverse proxy, set TRUST_PROXY to its address.`,
        );
      }
    }
    next();
  });
}
