// What trunk serves as one file but is written in several, bundled into target/ before trunk
// builds (Trunk.toml's hook): the style sheet with each part's styles (style/main.css imports
// them, in the cascade's order); live.js's worker; and the scripts beside the wasm, stopped.js,
// links.js, live.js and since.js, as scripts/i18n.mjs filled them in (Trunk.toml runs that hook first), with the
// modules they import from other rooms (src/i18n/words.js, src/load/fetch.js,
// src/view/open-sections.js, src/changes/changes.js). One file, one request each; finish-release.mjs minifies them for the release.
// Usage: node scripts/bundle-scripts.mjs   (esbuild in .tools, installed by scripts/tools.sh)
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildSync } = createRequire(join(repo, '.tools', 'package.json'))('esbuild');
for (const [entry, out] of [
  [['style', 'main.css'], ['target', 'style', 'main.css']],
]) {
  mkdirSync(join(repo, ...out.slice(0, -1)), { recursive: true });
  buildSync({
    entryPoints: [join(repo, ...entry)],
    outfile: join(repo, ...out),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

// live.js's worker (src/live/check-worker.js) with what it imports, as a classic script: every
// browser starts one.
buildSync({
  entryPoints: [join(repo, 'src', 'live', 'check-worker.js')],
  outfile: join(repo, 'target', 'host', 'check-worker.js'),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  logLevel: 'warning',
});
for (const [folder, name] of [['start', 'stopped.js'], ['links', 'links.js'], ['live', 'live.js'], ['changes', 'since.js']]) {
  const out = join(repo, 'target', 'host', name);
  buildSync({
    stdin: { contents: readFileSync(out, 'utf8'), resolveDir: join(repo, 'src', folder), sourcefile: name },
    outfile: out,
    allowOverwrite: true,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}
