import type { NestExpressApplication } from '@nestjs/platform-express';
import { static as serveStatic } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { clientDist } from './paths';

const API_PATH = /^\/(api|socket\.io)(\/|$)/;

/**
 * Serves the built React client at `/`, with client-side routes falling back to
 * index.html. /api and /socket.io are never touched, so API errors keep their
 * JSON shape. (@nestjs/serve-static turns body-parser errors on excluded routes
 * into 404s, which breaks API.md's 400 for malformed JSON.)
 *
 * Files are named relative to `clientDist`, never by absolute path: Express's
 * `send` refuses a path with a dot segment outside its root, so an install
 * under a hidden folder (`~/.local/share/hearth`) would answer every page 404.
 */
export function serveClient(app: NestExpressApplication): void {
  if (!existsSync(join(clientDist, 'index.html'))) {
    return;
  }
  const hashedAssets = join(clientDist, 'assets') + sep;
  const assets = serveStatic(clientDist, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      // Hashed bundles never change; everything else is revalidated.
      res.setHeader(
        'Cache-Control',
        path.startsWith(hashedAssets) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  // API and socket requests skip the file lookup (a stat() on the disk for every call).
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API_PATH.test(req.path)) {
      next();
      return;
    }
    assets(req, res, next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !API_PATH.test(req.path);
    if (!isPage) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: clientDist });
  });
}
