// Finishes the release build in dist/ after trunk: shorter wasm-bindgen import and export names,
// the loader (src/start/boot.js) merged into the glue, the JS and the stylesheet minified with esbuild
// (trunk 0.21's own JS minifier cannot parse the glue), then integrity hashes and file names
// made to match the bytes served.
// Usage: node scripts/finish-release.mjs [dist]   (wasm-opt on PATH, esbuild in .tools)
import { readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
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
  throw new Error(`scripts/finish-release.mjs: ${message}`);
};
/** `text` as a regular expression that matches exactly it. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
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
const exactly = (pattern, times, what, text = glue, file = glueName) => {
  const found = typeof pattern === 'string' ? text.split(pattern).length - 1 : (text.match(pattern)?.length ?? 0);
  if (found !== times) fail(`${what} appears ${found} times in ${file}, expected ${times}`);
};
const modules = new Set(mapping.imports.map(([module]) => module));
if (modules.size !== 1) fail(`the wasm imports from ${modules.size} modules; the glue provides one`);
const [newModule] = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module);
const moduleKey = `${JSON.stringify([...modules][0])}: import0`;
exactly(moduleKey, 1, moduleKey);
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

// One module instead of two: the loader is appended to the glue, and index.html starts the glue
// itself. That takes a request and a module evaluation off the way to the first render (6 to
// 9 ms here: docs/performance-log.md). `trunk serve` keeps the separate loader (Trunk.toml).
const bootPath = join(root, 'boot.js');
const boot = readFileSync(bootPath, 'utf8');
const bootImport = "const { default: init } = await import(script.dataset.js ?? '');";
exactly(bootImport, 1, 'the import of the glue', boot, 'boot.js');
exactly(/\bexport \{ initSync, __wbg_init as default \};/g, 1, 'the export of __wbg_init');
// A block of its own, so the loader's names cannot clash with the glue's.
glue += `\n{\n${boot.replace(bootImport, 'const init = __wbg_init;')}}\n`;
rmSync(bootPath);
const loaderTag = /<script type="module" src="\.\/boot\.js" data-js="[^"]*"( data-wasm="[^"]*")><\/script>/;
if (!loaderTag.test(index)) fail(`${indexPath} has no boot.js script tag as Trunk.toml writes it`);
index = index.replace(loaderTag, `<script type="module" src="./${glueName}"$1 integrity=""></script>`);
const gluePreload = new RegExp(`<link rel="modulepreload" href="\\./${literal(glueName)}"[^>]*>`);
if (!gluePreload.test(index)) fail(`${indexPath} has no modulepreload link for ${glueName}`);
index = index.replace(gluePreload, '');

function minified(source, loader, name) {
  const { code } = transformSync(source, { loader, minify: true, target: 'es2022' });
  console.log(`minified ${name}: ${source.length} -> ${code.length} bytes`);
  return code;
}
const hashOf = (body) => createHash('sha256').update(body).digest('hex').slice(0, 16);
// The modules the loader imports only when needed, src/live/live.js (live updates, minified),
// src/links/links.js (section links, minified), src/changes/since.js (what changed since a
// reader's last visit, minified) and src/start/stopped.js (after a trap), are
// named after their bytes too, and the loader's import follows, so that they can be cached as
// long as the glue that names them. The bench's empty floor app (bench/floor) has none.
// What those modules load themselves (src/changes/changes.css, live.js's and since.js's: what
// only they show costs the stylesheet every reader loads nothing; src/live/check-worker.js,
// live.js's worker) is minified and named after its bytes first, and the modules' references
// to it follow.
const assets = [['changes.css', 'css'], ['check-worker.js', 'js']]
  .filter(([asset]) => existsSync(join(root, asset)))
  .map(([asset, loader]) => {
    const body = minified(readFileSync(join(root, asset), 'utf8'), loader, asset);
    const hashed = asset.replace(/\.(css|js)$/, `-${hashOf(body)}.$1`);
    rmSync(join(root, asset));
    writeFileSync(join(root, hashed), body);
    // In either quotes: the bundler writes double ones.
    return { asset, hashed, importOf: new RegExp(`new URL\\((["'])${literal(asset)}\\1, import\\.meta\\.url\\)`, 'g'), users: 0 };
  });
for (const [name, minify] of [['live.js', true], ['links.js', true], ['since.js', true], ['stopped.js', false]]) {
  const path = join(root, name);
  if (!existsSync(path)) continue;
  let source = readFileSync(path, 'utf8');
  for (const asset of assets) {
    const found = source.match(asset.importOf)?.length ?? 0;
    if (found === 0) continue;
    exactly(asset.importOf, 1, `${name}'s reference to ${asset.asset}`, source, name);
    source = source.replace(asset.importOf, `new URL('${asset.hashed}', import.meta.url)`);
    asset.users += 1;
  }
  const body = minify ? minified(source, 'js', name) : source;
  const hashed = name.replace(/\.js$/, `-${hashOf(body)}.js`);
  exactly(`new URL('${name}', import.meta.url)`, 1, `the loader's import of ${name}`);
  glue = glue.replace(`new URL('${name}', import.meta.url)`, `new URL('${hashed}', import.meta.url)`);
  rmSync(path);
  writeFileSync(join(root, hashed), body);
}
for (const { asset, users } of assets) if (users === 0) fail(`no module loads ${asset}`);
// The host script is served under its own name (host pages paste it), minified in place; ES5 as
// written, for the hosts' oldest browsers.
const embedPath = join(root, 'embed.js');
if (existsSync(embedPath)) {
  const embed = transformSync(readFileSync(embedPath, 'utf8'), { loader: 'js', minify: true, target: 'es5', legalComments: 'inline' }).code;
  console.log(`minified embed.js to ${embed.length} bytes`);
  writeFileSync(embedPath, embed);
}
const glueCode = minified(glue, 'js', glueName);
const cssCode = minified(readFileSync(join(root, cssName), 'utf8'), 'css', cssName);

// The script tag carries the hash of the glue it starts; it must match the new file.
const glueIntegrity = new RegExp(`(src="\\./${literal(glueName)}"[^>]*integrity=")[^"]*(")`);
if (!glueIntegrity.test(index)) fail(`${indexPath} has no integrity attribute for ${glueName}`);
index = index.replace(glueIntegrity, `$1sha384-${createHash('sha384').update(glueCode).digest('base64')}$2`);
// Trunk also puts one on the wasm's preload, which Chromium ignores for `as="fetch"` and warns
// about on every load (crbug.com/981419); the glue's own request for the wasm has none to match.
const wasmPreloadIntegrity = new RegExp(`(href="\\./${literal(wasmName)}"[^>]*?) integrity="[^"]*"`);
if (!wasmPreloadIntegrity.test(index)) fail(`${indexPath} has no integrity attribute on the preload of ${wasmName}`);
index = index.replace(wasmPreloadIntegrity, '$1');

// Trunk named the files after what it built; they changed since (the loader, the minifiers, the
// tools' versions), so they are renamed after the bytes served. A cache may keep them forever.
// Named once each, except the wasm: by the script tag and by its preload link.
for (const [name, body, mentions] of [[glueName, glueCode, 1], [wasmName, readFileSync(wasmPath), 2], [cssName, cssCode, 1]]) {
  // Trunk writes its hash as a hex number, so one that starts with zeros is shorter than 16 digits.
  const trunkHash = /-[0-9a-f]{1,16}(?=(_bg)?\.(js|wasm|css)$)/;
  if (!trunkHash.test(name)) fail(`${name} has no content hash to replace`);
  const renamed = name.replace(trunkHash, `-${hashOf(body)}`);
  exactly(`"./${name}"`, mentions, `"./${name}"`, index, indexPath);
  index = index.replaceAll(`"./${name}"`, `"./${renamed}"`);
  rmSync(join(root, name));
  writeFileSync(join(root, renamed), body);
}
writeFileSync(indexPath, index);
