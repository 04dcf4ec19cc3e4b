import { mkdirSync, writeFileSync } from 'node:fs';
const dist = new URL('../dist/', import.meta.url);
mkdirSync(dist, { recursive: true });
writeFileSync(new URL('.build-stamp', dist), `${new Date().toISOString()}\n`);
