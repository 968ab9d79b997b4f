// Shrinks the release build in dist/ after trunk: shorter wasm-bindgen import and export names,
// then the JS (glue and loader) and the stylesheet minified with esbuild (trunk 0.21's own JS
// minifier cannot parse the glue), then the Subresource Integrity hashes in index.html updated.
// Usage: node scripts/minify.mjs [dist]   (wasm-opt on PATH, esbuild in .tools)
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const { transformSync } = createRequire(join(repo, '.tools', 'package.json'))('esbuild');

const root = process.argv[2] ?? 'dist';
const indexPath = join(root, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const fail = (message) => {
  throw new Error(`scripts/minify.mjs: ${message}`);
};
const named = (pattern, what) => index.match(pattern)?.[1] ?? fail(`${indexPath} has no ${what}`);
const glueName = named(/data-js="\.\/([^"]+\.js)"/, 'data-js attribute naming the wasm-bindgen glue');
const wasmName = named(/data-wasm="\.\/([^"]+\.wasm)"/, 'data-wasm attribute naming the wasm');
const cssName = named(/href="\.\/([^"]+\.css)"/, 'stylesheet link');
let glue = readFileSync(join(root, glueName), 'utf8');

// wasm-bindgen names every import `__wbg_<method>_<16 hex digits>` and closure exports by their
// full Rust types, and writes each name twice, in the wasm and in the glue: about 7 KB of names,
// and random hex does not compress. Binaryen renames them all to one or two letters and prints
// the mapping, which the glue then follows. The wasm features are trunk's (index.html).
const features = (readFileSync(join(repo, 'index.html'), 'utf8').match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '')
  .split(/\s+/)
  .filter((param) => param.startsWith('--enable-'));
const wasmPath = join(root, wasmName);
const mapping = JSON.parse(
  execFileSync('wasm-opt', [...features, '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' }),
);
const exactly = (pattern, times, what) => {
  const found = glue.match(pattern)?.length ?? 0;
  if (found !== times) fail(`${what} appears ${found} times in ${glueName}, expected ${times}`);
};
const modules = new Set(mapping.imports.map(([module]) => module));
if (modules.size !== 1) fail(`the wasm imports from ${modules.size} modules; the glue provides one`);
const [newModule] = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module);
const moduleKey = `${JSON.stringify([...modules][0])}: import0`;
exactly(new RegExp(moduleKey.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g'), 1, moduleKey);
glue = glue.replace(moduleKey, `${JSON.stringify(newModule)}: import0`);
for (const [, name, short] of mapping.imports) {
  const key = new RegExp(`\\b${name}(?=: function)`, 'g');
  exactly(key, 1, `the import ${name}`);
  glue = glue.replace(key, JSON.stringify(short));
}
for (const [name, short] of mapping.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`);
}
exactly(/\bwasm\.[A-Za-z_$]/g, 0, 'an export left unrenamed');

function minified(source, loader, name) {
  const { code } = transformSync(source, { loader, minify: true, target: 'es2022' });
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
  return code;
}
const glueCode = minified(glue, 'js', glueName);
writeFileSync(join(root, glueName), glueCode);
writeFileSync(join(root, cssName), minified(readFileSync(join(root, cssName), 'utf8'), 'css', cssName));
const boot = join(root, 'boot.js'); // index.html's loader, copied as written
writeFileSync(boot, minified(readFileSync(boot, 'utf8'), 'js', 'boot.js'));

// The preload links carry hashes of the files they fetch; they must match the new files.
for (const [name, body] of [[glueName, glueCode], [wasmName, readFileSync(wasmPath)]]) {
  const link = new RegExp(`(href="\\./${name.replaceAll('.', '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!link.test(index)) fail(`${indexPath} has no integrity attribute for ${name}`);
  index = index.replace(link, `$1sha384-${createHash('sha384').update(body).digest('base64')}$2`);
}
writeFileSync(indexPath, index);
