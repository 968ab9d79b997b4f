// Minifies the wasm-bindgen JS glue and the stylesheet in dist/ with esbuild (trunk 0.21's own
// JS minifier cannot parse the glue) and updates the glue's Subresource Integrity hash in
// index.html. Usage: node scripts/minify.mjs [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const tools = join(dirname(fileURLToPath(import.meta.url)), '..', '.tools', 'package.json');
const { transformSync } = createRequire(tools)('esbuild');

const root = process.argv[2] ?? 'dist';
const indexPath = join(root, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const named = (pattern, what) => index.match(pattern)?.[1] ?? fail(`${indexPath}: no ${what}`);
const fail = (message) => {
  throw new Error(message);
};

function minifyFile(name, loader) {
  const source = readFileSync(join(root, name), 'utf8');
  const { code } = transformSync(source, { loader, minify: true, target: 'es2020' });
  writeFileSync(join(root, name), code);
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
  return code;
}

const glue = named(/data-js="\.\/([^"]+\.js)"/, 'data-js attribute naming the wasm-bindgen glue');
const code = minifyFile(glue, 'js');
minifyFile(named(/href="\.\/([^"]+\.css)"/, 'stylesheet link'), 'css');

// The modulepreload link carries the glue's hash; it must match the minified file.
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
const preload = new RegExp(`(href="\\./${glue.replaceAll('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
if (!preload.test(index)) fail(`${indexPath}: no integrity attribute for ${glue}`);
index = index.replace(preload, `$1${integrity}$2`);
writeFileSync(indexPath, index);
