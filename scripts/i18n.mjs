// The interface languages (i18n/) into the build, run by trunk's hooks (Trunk.toml):
//   pre  (before trunk builds): checks every language file against i18n/en.json, writes each
//        without its layout into target/i18n/ (served as i18n/<tag>.json), and src/start/boot.js,
//        src/start/stopped.js and src/links/links.js into target/host/ with the language list
//        and English's words filled in;
//   post (on trunk's staging folder, TRUNK_STAGING_DIR): the noscript line in every language on
//        the root page, and every language in the embed-code page's list.
// Usage: node scripts/i18n.mjs pre|post
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  console.error(`scripts/i18n.mjs: ${message}`);
  process.exit(1);
};
const read = (path) => readFileSync(join(repo, path), 'utf8');
/** `text` with `marker` replaced by `value`, which must appear exactly once. */
function filled(text, marker, value, file) {
  const found = text.split(marker).length - 1;
  if (found !== 1) fail(`${file} has ${found} of ${JSON.stringify(marker)}, expected 1`);
  return text.replace(marker, () => value);
}

const list = JSON.parse(read('i18n/languages.json'));
const tags = Object.keys(list.languages);
const files = Object.fromEntries(tags.map((tag) => [tag, JSON.parse(read(`i18n/${tag}.json`))]));
const english = files.en ?? fail('i18n/languages.json does not list en');
for (const [alias, tag] of Object.entries(list.aliases)) {
  if (!files[tag]) fail(`the alias ${alias} stands for ${tag}, which i18n/languages.json does not list`);
}

/** Where a language file differs in shape from English: keys, arrays' lengths, plural forms. */
function problems(tag, file) {
  const found = [];
  if (file.lang !== tag) found.push(`"lang" is ${JSON.stringify(file.lang)}, not "${tag}"`);
  for (const key of Object.keys(english)) if (!(key in file)) found.push(`"${key}" is missing`);
  for (const key of Object.keys(file)) if (!(key in english)) found.push(`"${key}" is not a key of en.json`);
  for (const [key, value] of Object.entries(english)) {
    const own = file[key];
    if (own === undefined) continue;
    if (Array.isArray(value) && (!Array.isArray(own) || own.length !== value.length)) {
      found.push(`"${key}" must be a list of ${value.length}`);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      const forms = typeof own === 'object' && own && !Array.isArray(own) ? Object.keys(own) : [];
      const wanted = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      if (forms.sort().join() !== [...wanted].sort().join()) {
        found.push(`"${key}" must have the plural forms ${wanted.join(', ')} (has ${forms.join(', ') || 'none'})`);
      }
    } else if (typeof value === 'string' && typeof own !== 'string') {
      found.push(`"${key}" must be text`);
    }
  }
  return found;
}

const mode = process.argv[2];
if (mode === 'pre') {
  const found = tags.flatMap((tag) => problems(tag, files[tag]).map((problem) => `i18n/${tag}.json: ${problem}`));
  if (found.length) fail(`\n  ${found.join('\n  ')}`);
  const out = join(repo, 'target', 'i18n');
  mkdirSync(out, { recursive: true });
  for (const tag of tags) writeFileSync(join(out, `${tag}.json`), JSON.stringify(files[tag]));
  const languages = JSON.stringify({ tags, aliases: list.aliases });
  const host = join(repo, 'target', 'host');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'boot.js'), filled(read('src/start/boot.js'), '/* i18n/languages.json */ null', languages, 'src/start/boot.js'));
  const words = JSON.stringify({ lang: 'en', dir: 'ltr', stopped_before: english.stopped_before, stopped_after: english.stopped_after, reload: english.reload });
  writeFileSync(join(host, 'stopped.js'), filled(read('src/start/stopped.js'), '/* i18n/en.json */ null', words, 'src/start/stopped.js'));
  const linkWords = JSON.stringify({ link_to_section: english.link_to_section, link_copied: english.link_copied });
  writeFileSync(join(host, 'links.js'), filled(read('src/links/links.js'), '/* i18n/en.json */ null', linkWords, 'src/links/links.js'));
  // The scripts that say what changed: English's words for it (and since.js's own).
  const { CHANGE_WORD_KEYS } = await import('../src/changes/changes.js');
  const { SINCE_WORD_KEYS } = await import('../src/changes/since.js');
  const { LIVE_WORD_KEYS } = await import('../src/live/live.js');
  const englishOf = (/** @type {string[]} */ keys) => JSON.stringify(Object.fromEntries(keys.map((key) => [key, english[key]])));
  writeFileSync(join(host, 'live.js'), filled(read('src/live/live.js'), '/* i18n/en.json */ null', englishOf(LIVE_WORD_KEYS), 'src/live/live.js'));
  writeFileSync(join(host, 'since.js'), filled(read('src/changes/since.js'), '/* i18n/en.json */ null', englishOf([...CHANGE_WORD_KEYS, ...SINCE_WORD_KEYS]), 'src/changes/since.js'));
} else if (mode === 'post') {
  const staging = process.env.TRUNK_STAGING_DIR ?? fail('TRUNK_STAGING_DIR is not set: run by trunk');
  // Only the widget's pages (index.html, index.test.html) copy the embed-code page in; another
  // page built with this Trunk.toml (the bench's floor app) has neither list to fill.
  if (!existsSync(join(staging, 'embed-code'))) process.exit(0);
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // Without a script the page cannot know the reader's language: it says so in every one.
  const index = join(staging, 'index.html');
  const lines = tags.map((tag) => `<p lang="${tag}" dir="${files[tag].dir}">${escape(files[tag].noscript)}</p>`);
  const noscript = `<p lang="en">${escape(english.noscript)}</p>`;
  writeFileSync(index, filled(readFileSync(index, 'utf8'), noscript, lines.join('\n        '), 'index.html'));
  const embedCode = join(staging, 'embed-code', 'index.html');
  const options = tags.map((tag) => `<option value="${tag}" lang="${tag}">${escape(list.languages[tag])}</option>`);
  const english_option = '<option value="en">English</option>';
  writeFileSync(embedCode, filled(readFileSync(embedCode, 'utf8'), english_option, options.join('\n              '), 'embed-code/index.html'));
} else {
  fail('usage: node scripts/i18n.mjs pre|post');
}
