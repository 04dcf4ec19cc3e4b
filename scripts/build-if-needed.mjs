// `npm start` builds first only when a source is newer than the last build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A file path, not the URL's pathname: that stays percent-encoded, so under a path with a
// space no source was found and a changed one was never rebuilt.
const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'src',
  'migrations',
  'client/src',
  'client/public',
  'client/index.html',
  'client/vite.config.ts',
  'client/tsconfig.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'package-lock.json',
];
const stamp = join(root, 'dist', '.build-stamp');

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

const built = existsSync(stamp) && existsSync(join(root, 'client', 'dist', 'index.html')) ? statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
if (changed > built) {
  console.log(built ? 'Sources changed since the last build; building…' : 'First start: building server and client…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
