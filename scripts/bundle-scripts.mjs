// What trunk serves as one file but is written in several, bundled into target/ before trunk
// builds (Trunk.toml's hook): live.js with the modules it imports from other rooms
// (src/load/fetch.js, src/view/open-sections.js), the style sheet with each part's styles
// (style/main.css imports them, in the cascade's order), and the loader with the links' script
// (src/links/links.js) before it, in a block of its own, so that it listens from the start.
// One file, one request each; finish-release.mjs minifies them for the release.
// Usage: node scripts/bundle-scripts.mjs   (esbuild in .tools, installed by scripts/tools.sh)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { buildSync } = createRequire(join(repo, '.tools', 'package.json'))('esbuild');
for (const [entry, out] of [
  [['src', 'live', 'live.js'], ['target', 'host', 'live.js']],
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

// The loader as scripts/i18n.mjs wrote it (Trunk.toml runs that hook first), the links before it.
const boot = join(repo, 'target', 'host', 'boot.js');
const links = readFileSync(join(repo, 'src', 'links', 'links.js'), 'utf8');
if (/^\s*(import|export)\b/m.test(links)) throw new Error('src/links/links.js must neither import nor export: it runs inside the loader');
writeFileSync(boot, `{\n${links}}\n${readFileSync(boot, 'utf8')}`);
