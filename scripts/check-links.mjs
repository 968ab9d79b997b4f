// Checks the Markdown docs' relative links and images: the file exists, the #fragment names a heading.
// @ts-check
//
// Usage: node scripts/check-links.mjs
//
// Reads README.md, docs/*.md, i18n/README.md and archieml/tests/official-1.0/ORIGIN.md. For
// every `[text](target)`, `![alt](target)` and `[label]: target` outside fenced code blocks and
// inline code, whose target is not http(s) or mailto:
// - the file or folder must exist, relative to the Markdown file (a leading `/` means the
//   repository's root), and inside the repository;
// - a `#fragment` on a Markdown file (or alone, for the same file) must be the GitHub anchor of
//   one of that file's headings, or an `id`/`name` in its HTML;
// - a page must not link to itself without a fragment.
// Prints each problem as `file:line: message` and exits 1 if there is one; else prints one line
// with the counts and exits 0. Needs nothing but Node 20.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Markdown files to check, relative to the repository's root. */
function filesToCheck() {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs, 'i18n/README.md', 'archieml/tests/official-1.0/ORIGIN.md'];
}

/**
 * @typedef {{ line: number, image: boolean, target: string }} Link
 * @typedef {{ file: string, line: number, message: string }} Problem
 */

/** A path relative to the repository's root, with forward slashes, for messages. */
const shown = (/** @type {string} */ path) => relative(ROOT, path).split(sep).join('/');

/**
 * The text with fenced code blocks blanked out (each character but newlines made a space), so
 * that offsets and line numbers stay those of the file. A fence may be indented as deep as a
 * list item puts it.
 * @param {string} text
 * @returns {string}
 */
function blankFences(text) {
  const lines = text.split('\n');
  /** @type {{ char: string, length: number } | null} */
  let fence = null;
  for (let i = 0; i < lines.length; i += 1) {
    const opening = /^[ \t]*(`{3,}|~{3,})/.exec(lines[i]);
    if (fence) {
      const closing = /^[ \t]*(`{3,}|~{3,})\s*$/.exec(lines[i]);
      if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = null;
      lines[i] = ' '.repeat(lines[i].length);
    } else if (opening && !(opening[1][0] === '`' && lines[i].slice(opening[0].length).includes('`'))) {
      fence = { char: opening[1][0], length: opening[1].length };
      lines[i] = ' '.repeat(lines[i].length);
    }
  }
  return lines.join('\n');
}

/**
 * The text with inline code spans blanked out, backticks included. A span closes at the next
 * run of as many backticks before a blank line; a run that never closes is left as it is.
 * @param {string} text
 * @returns {string}
 */
function blankCodeSpans(text) {
  const out = text.split('');
  const runs = /`+/g;
  /** @type {RegExpExecArray | null} */
  let open;
  while ((open = runs.exec(text))) {
    if (open.index > 0 && text[open.index - 1] === '\\') continue;
    const ticks = open[0].length;
    const end = text.slice(open.index + ticks).search(/\n[ \t]*\n/);
    const limit = end < 0 ? text.length : open.index + ticks + end;
    const closing = new RegExp(`(?<!\`)\`{${ticks}}(?!\`)`, 'g');
    closing.lastIndex = open.index + ticks;
    const close = closing.exec(text);
    if (!close || close.index >= limit) continue;
    const stop = close.index + ticks;
    for (let i = open.index; i < stop; i += 1) if (out[i] !== '\n') out[i] = ' ';
    runs.lastIndex = stop;
  }
  return out.join('');
}

/** @param {string} text @param {number} offset */
const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

/**
 * The links, images and link reference definitions of a Markdown text, code left out.
 * @param {string} text
 * @returns {Link[]}
 */
function linksOf(text) {
  const prose = blankCodeSpans(blankFences(text));
  /** @type {Link[]} */
  const links = [];
  // `[text](target "title")`; the text may hold one level of brackets (an image in a link) and
  // run over lines, but not over a blank line. The target is `<…>` or has no spaces.
  const inline = /(!?)\[((?:[^[\]\\]|\\.|\[[^[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  /** @param {string} part @param {number} base */
  const scan = (part, base) => {
    for (const m of part.matchAll(inline)) {
      const at = base + (m.index ?? 0);
      if (at > 0 && prose[at - 1] === '\\') continue;
      if (/\n[ \t]*\n/.test(m[2])) continue;
      const target = m[3].startsWith('<') ? m[3].slice(1, -1) : m[3];
      links.push({ line: lineAt(text, at), image: m[1] === '!', target });
      // An image inside a link's text: `[![alt](image)](target)`.
      if (m[2].includes('](')) scan(m[2], at + m[1].length + 1);
    }
  };
  scan(prose, 0);
  // `[label]: target`, but not a footnote's `[^1]: text`.
  const definition = /^ {0,3}\[(?!\^)((?:[^[\]\\]|\\.)+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
  for (const m of prose.matchAll(definition)) {
    const target = m[2].startsWith('<') ? m[2].slice(1, -1) : m[2];
    links.push({ line: lineAt(text, m.index ?? 0), image: false, target });
  }
  return links.sort((a, b) => a.line - b.line);
}

/**
 * GitHub's anchor for a heading's Markdown text: its text as rendered (code, links, images and
 * emphasis reduced to their words, HTML tags dropped), lowercased, every character that is not a
 * letter, a digit, a space, `-` or `_` removed, each space made a `-`.
 * @param {string} heading
 * @returns {string}
 */
function slug(heading) {
  const words = heading
    .split(/(`+[^`]*`+)/)
    .map((part, i) => {
      if (i % 2 === 1) return part.replace(/^`+|`+$/g, '');
      return part
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/\\(.)/g, '$1')
        .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1');
    })
    .join('');
  return words
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** @type {Map<string, Set<string>>} */
const anchorCache = new Map();

/**
 * The anchors a Markdown file offers: its headings' GitHub anchors (repeats numbered `-1`, `-2`,
 * … as GitHub numbers them) and the `id` and `name` attributes of its HTML.
 * @param {string} path absolute
 * @returns {Set<string>}
 */
function anchorsOf(path) {
  const cached = anchorCache.get(path);
  if (cached) return cached;
  const lines = blankFences(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n')).split('\n');
  /** @type {Set<string>} */
  const anchors = new Set();
  /** @param {string} text */
  const add = (text) => {
    const base = slug(text);
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n += 1) anchor = `${base}-${n}`;
    anchors.add(anchor);
  };
  for (let i = 0; i < lines.length; i += 1) {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]);
    if (atx) add(atx[1] ?? '');
    const previous = lines[i - 1] ?? '';
    if (
      i > 0 &&
      /^ {0,3}(?:=+|-+)[ \t]*$/.test(lines[i]) &&
      previous.trim() !== '' &&
      !/^ {0,3}(?:#|>|[-*+][ \t]|\d+[.)][ \t]|\||(?:[-*_][ \t]*){3,}$)/.test(previous)
    ) {
      add(previous.trim());
    }
    for (const m of lines[i].matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(m[1]);
  }
  anchorCache.set(path, anchors);
  return anchors;
}

/**
 * The problems with one Markdown file's links.
 * @param {string} file relative to the repository's root
 * @returns {{ problems: Problem[], links: number }}
 */
function checkFile(file) {
  const path = join(ROOT, file);
  /** @type {Problem[]} */
  const problems = [];
  /** @param {number} line @param {string} message */
  const problem = (line, message) => problems.push({ file, line, message });
  let text;
  try {
    text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  } catch (error) {
    problem(1, `cannot read the file (${error instanceof Error ? error.message : String(error)})`);
    return { problems, links: 0 };
  }
  let checked = 0;
  for (const { line, image, target } of linksOf(text)) {
    const what = image ? 'image' : 'link';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target);
    if (scheme) {
      if (!['http', 'https', 'mailto'].includes(scheme[1].toLowerCase())) {
        problem(line, `${what} to ${target}: only http(s) and mailto links are allowed to leave the repository`);
      }
      continue;
    }
    if (target.startsWith('//')) continue;
    checked += 1;
    if (target === '') {
      problem(line, `${what} with an empty target`);
      continue;
    }
    const hash = target.indexOf('#');
    const rawPath = (hash < 0 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
    const fragment = hash < 0 ? null : target.slice(hash + 1);
    let decoded;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      problem(line, `${what} to ${target}: the path is not valid percent-encoding`);
      continue;
    }
    const resolved = decoded === '' ? path : decoded.startsWith('/') ? join(ROOT, decoded) : resolve(dirname(path), decoded);
    const inRepo = relative(ROOT, resolved);
    if (inRepo === '..' || inRepo.startsWith(`..${sep}`)) {
      problem(line, `${what} to ${target}: points outside the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      problem(line, `${what} to ${target}: ${shown(resolved)} does not exist`);
      continue;
    }
    if (resolved === path && (fragment === null || fragment === '')) {
      problem(line, `${what} to ${target}: the page links to itself with no #fragment`);
      continue;
    }
    if (fragment === null) continue;
    if (fragment === '') {
      problem(line, `${what} to ${target}: empty #fragment`);
      continue;
    }
    // A folder's fragment is its README's, as GitHub shows it.
    const page = statSync(resolved).isDirectory() ? join(resolved, 'README.md') : resolved;
    if (extname(page).toLowerCase() !== '.md' || !existsSync(page)) continue;
    let name;
    try {
      name = decodeURIComponent(fragment);
    } catch {
      name = fragment;
    }
    const anchors = anchorsOf(page);
    if (!anchors.has(name)) {
      const near = [...anchors].find((a) => a.toLowerCase() === name.toLowerCase());
      const hint = near ? ` (did you mean #${near}?)` : '';
      problem(line, `${what} to ${target}: no heading in ${shown(page)} has the anchor #${name}${hint}`);
    }
  }
  return { problems, links: checked };
}

const files = filesToCheck();
/** @type {Problem[]} */
const problems = [];
let links = 0;
for (const file of files) {
  const result = checkFile(file);
  problems.push(...result.problems);
  links += result.links;
}
for (const { file, line, message } of problems) console.log(`${file}:${line}: ${message}`);
if (problems.length > 0) {
  console.log(`${problems.length} broken link(s) in ${new Set(problems.map((p) => p.file)).size} of ${files.length} files`);
  process.exit(1);
}
console.log(`${links} relative links in ${files.length} Markdown files: all resolve`);
