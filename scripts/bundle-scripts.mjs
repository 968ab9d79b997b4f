// The browser scripts that import a module of another room, bundled into target/host/ before
// trunk builds (Trunk.toml's hook): live.js with the shared article request (src/load/fetch.js),
// so that it stays one file and one request. finish-release.mjs minifies it for the release.
// Usage: node scripts/bundle-scripts.mjs   (esbuild in .tools, installed by scripts/tools.sh)
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildSync } = createRequire(join(repo, '.tools', 'package.json'))('esbuild');
const out = join(repo, 'target', 'host');
mkdirSync(out, { recursive: true });
buildSync({
  entryPoints: [join(repo, 'src', 'live', 'live.js')],
  outfile: join(out, 'live.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
