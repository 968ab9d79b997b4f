// @ts-check
// The editor (/editor/): an article in JSON or in ArchieML beside its source text, checked as it
// is typed by the content model's own rules (check.js, this page's own wasm), every problem
// placed in the text, every quote and evidence string held to the source, and the real widget
// previewing the draft (preview.js). Drafts stay in this browser (drafts.js).
import init, {
  check,
  check_archieml as checkArchieml,
  archieml_as_json as archiemlAsJson,
  json_as_archieml as jsonAsArchieml,
  archieml_template as archiemlTemplate,
  allowed_origins as allowedOrigins,
  is_allowed_origin as isAllowedOrigin,
} from './check.js';
import { ARTICLE_DRAFT, SOURCE_DRAFT, MODE_DRAFT, readDraft, keepDraft } from './drafts.js';
import { fetchArticle } from '../../src/load/fetch.js';

/** The element of the page with `id`, of the type the page's HTML gives it.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} type
 * @returns {T} */
function byId(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the editor's page has no ${type.name} #${id}`);
  return found;
}
const article = byId('article', HTMLTextAreaElement);
const source = byId('source', HTMLTextAreaElement);
const summary = byId('summary', HTMLElement);
const problems = byId('problems', HTMLElement);
const list = byId('problem-list', HTMLElement);
const saved = byId('saved', HTMLElement);
const frame = byId('preview', HTMLIFrameElement);
const stage = byId('stage', HTMLElement);
const lines = byId('article-lines', HTMLElement);
/** @param {string} mode */
const modeRadio = (mode) => byId(`mode-${mode}`, HTMLInputElement);

/** A problem as the checks (check.js) list it.
 * @typedef {{ kind: string, line: number, column: number, offset: number, path?: string,
 *   message: string, text?: string, nearest?: string }} Problem */

/** How long typing must pause before the checks run, and before the preview reloads. */
const CHECK_AFTER_MS = 150;
const PREVIEW_AFTER_MS = 600;
/** A section's button is `<section id><SECTION_BUTTON_SUFFIX>`, and the widget's root says its
 * state: shared with the wasm (src/contract.rs is their home; tests/contract.rs holds both equal). */
const SECTION_BUTTON_SUFFIX = '-button';
const ROOT_SELECTOR = 'main.explainer';
const STATE_ATTRIBUTE = 'data-state';

article.value = readDraft(ARTICLE_DRAFT);
source.value = readDraft(SOURCE_DRAFT);

/** What the draft is written in: `json` or `archieml`. */
let mode = readDraft(MODE_DRAFT) === 'archieml' ? 'archieml' : 'json';
modeRadio(mode).checked = true;

/** The draft the preview shows, as JSON. The preview frame (same origin) asks for it here, so
 * that it shows the draft even where this browser keeps none. */
let previewed = mode === 'json' ? article.value : '';
window.previewedDraft = () => previewed;

try {
  await init();
} catch (error) {
  summary.textContent = `The checks could not start (${error}). Reload the page to try again.`;
  throw error;
}

/** The draft as the article JSON it stands for ('' for ArchieML that cannot be read). */
const draftJson = () => (mode === 'archieml' ? archiemlAsJson(article.value) : article.value);

/** Names the text area and says how the draft is written, for the mode it is in. */
function showMode() {
  const archieml = mode === 'archieml';
  byId('article-label', HTMLElement).textContent = archieml ? 'Article in ArchieML' : 'Article JSON';
  byId('article-hint', HTMLElement).textContent = archieml
    ? 'key: value lines, [lists] and {objects}, :end after text of several lines, as in a Google Doc exported as plain text (docs/archieml.md). Choose a problem to go to its place here.'
    : "In the explainer's format (docs/format.md). Choose a problem to go to its place here.";
}
showMode();

/** One text node in an element of `tag` with `className`.
 * @param {string} tag @param {string} className @param {string} text */
function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** A problem as a list item whose button puts the cursor at its place in the JSON.
 * @param {Problem} problem */
function problemItem(problem) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'problem';
  const where = `Line ${problem.line}, column ${problem.column}${problem.path ? ` · ${problem.path}` : ''}`;
  button.append(element('span', 'problem__where', where), element('span', 'problem__what', problem.message));
  if (problem.kind === 'verbatim') {
    // In a code style and without added quotation marks, so that a straight quote written for a
    // curly one (or the reverse) shows as it is.
    const written = element('span', 'problem__quote', 'Written: ');
    written.append(element('code', '', problem.text ?? ''));
    const nearest = element('span', 'problem__quote', 'Nearest passage in the source: ');
    nearest.append(element('code', '', problem.nearest ?? ''));
    button.append(written, nearest);
  }
  button.addEventListener('click', () => goTo(problem));
  const item = document.createElement('li');
  item.dataset.kind = problem.kind;
  item.append(button);
  return item;
}

/** Focuses the JSON with the cursor at `offset`, its line scrolled into view near the top.
 * @param {Problem} problem */
function goTo({ offset, line }) {
  article.focus();
  article.setSelectionRange(offset, offset);
  showCaret();
  const lineHeight = parseFloat(getComputedStyle(article).lineHeight);
  article.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Shows where the cursor is in the JSON, in the problems' terms (columns in characters). */
function showCaret() {
  const before = article.value.slice(0, article.selectionStart);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  byId('caret', HTMLElement).textContent = `Line ${line}, column ${[...before.slice(lineStart)].length + 1}`;
}
for (const type of ['input', 'keyup', 'click', 'select', 'focus']) article.addEventListener(type, showCaret);

/** The lines of the JSON that have a problem, as last checked.
 * @type {Set<number>} */
let problemLines = new Set();
let numbered = '';
/** Numbers the JSON's lines in the gutter beside it, those with a problem marked. */
function numberLines() {
  const count = article.value.split('\n').length;
  const key = `${count} ${[...problemLines]}`;
  if (key !== numbered) {
    numbered = key;
    /** @type {(string | Node)[]} */
    const parts = [];
    let run = '';
    for (let line = 1; line <= count; line += 1) {
      if (line > 1) run += '\n';
      if (!problemLines.has(line)) {
        run += line;
        continue;
      }
      parts.push(run, element('span', 'code__problem', String(line)));
      run = '';
    }
    lines.replaceChildren(...parts, run);
  }
  lines.scrollTop = article.scrollTop;
}
article.addEventListener('input', numberLines);
article.addEventListener('scroll', () => {
  lines.scrollTop = article.scrollTop;
});

/** @param {number} count @param {string} one @param {string} many */
const plural = (count, one, many) => `${count} ${count === 1 ? one : many}`;

/** What the problems come to, in a sentence (the summary is a polite live region).
 * @param {Problem[]} found */
function summarize(found) {
  const verbatim = found.filter((problem) => problem.kind === 'verbatim').length;
  const format = found.length - verbatim;
  if (found.length === 0) {
    return source.value.trim()
      ? 'No problems: the article follows the format, and every quote and evidence string is in the source word for word.'
      : 'No problems in the format. Paste the source text to check the quotes and evidence against it.';
  }
  const parts = [];
  if (format) parts.push(`${format} in the format`);
  if (verbatim) parts.push(`${plural(verbatim, 'quote or evidence string', 'quotes or evidence strings')} not word for word in the source`);
  return `${plural(found.length, 'problem', 'problems')}: ${parts.join('; ')}.`;
}

/** The draft's language (`inLanguage`), so that the preview speaks as its published page will. */
function draftLanguage() {
  try {
    const language = JSON.parse(draftJson())?.inLanguage;
    return typeof language === 'string' ? language : 'en';
  } catch {
    return 'en'; // a broken draft: the preview shows the widget's error, in English
  }
}

/** The preview's address: the draft, in its language and the theme chosen, with the sections `open`.
 * @param {string[]} open */
function previewAddress(open = []) {
  const theme = document.querySelector('input[name="theme"]:checked');
  const query = new URLSearchParams({
    src: 'draft.json',
    lang: draftLanguage(),
    theme: theme instanceof HTMLInputElement ? theme.value : 'auto',
  });
  if (open.length) query.set('open', open.join(','));
  return `preview.html?${query}`;
}

let keptScroll = 0;
/** Reloads the preview with the sections it had open, and its scroll position once it shows. */
function reloadPreview() {
  const shown = frame.contentDocument;
  const open = [...(shown?.querySelectorAll('button[aria-controls][aria-expanded="true"]') ?? [])];
  keptScroll = frame.contentWindow?.scrollY ?? 0;
  frame.src = previewAddress(open.map((button) => button.id.slice(0, -SECTION_BUTTON_SUFFIX.length)));
}
frame.addEventListener('load', () => {
  const scroll = keptScroll;
  keptScroll = 0;
  const shown = frame.contentDocument;
  if (!scroll || !shown) return;
  // The widget renders after its wasm starts, which is after the frame's load event, and its
  // open sections fill in over a few frames: the position is set again as the page grows, for
  // a second at most.
  const view = /** @type {Window & typeof globalThis} */ (frame.contentWindow);
  const growing = new view.ResizeObserver(() => {
    if (shown.querySelector(`${ROOT_SELECTOR}[${STATE_ATTRIBUTE}="ready"]`)) view.scrollTo(0, scroll);
  });
  growing.observe(shown.documentElement);
  view.setTimeout(() => growing.disconnect(), 1000);
});

/** @type {number | undefined} */
let previewTimer;
/** Reloads the preview once typing pauses, when the draft has changed since it last showed. */
function previewSoon() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    const json = draftJson();
    if (previewed === json) return;
    previewed = json;
    reloadPreview();
  }, PREVIEW_AFTER_MS);
}

/** Keeps the drafts, checks them, lists the problems and refreshes the preview. */
function update() {
  const kept = keepDraft(ARTICLE_DRAFT, article.value) && keepDraft(SOURCE_DRAFT, source.value) && keepDraft(MODE_DRAFT, mode);
  saved.textContent = kept ? '' : 'This browser does not keep drafts: download the article before you leave the page.';
  /** @type {Problem[]} */
  let found;
  try {
    const checks = mode === 'archieml' ? checkArchieml : check;
    found = JSON.parse(checks(article.value, source.value));
  } catch (error) {
    // A trap in the checks' wasm (a bug of ours): say so, rather than go on showing stale results.
    list.replaceChildren();
    summary.textContent = `The checks stopped (${error}). Your draft is kept: reload the page to check it again.`;
    throw error;
  }
  list.replaceChildren(...found.map(problemItem));
  problemLines = new Set(found.map((problem) => problem.line));
  numberLines();
  const sentence = summarize(found);
  if (summary.textContent !== sentence) summary.textContent = sentence;
  problems.setAttribute('aria-busy', 'false');
  previewSoon();
}

/** @type {number | undefined} */
let checkTimer;
for (const text of [article, source]) {
  text.addEventListener('input', () => {
    // Until the checks have run on this text, the list is stale (and its summary not announced).
    problems.setAttribute('aria-busy', 'true');
    clearTimeout(checkTimer);
    checkTimer = setTimeout(update, CHECK_AFTER_MS);
  });
}
update();

// Loading replaces the draft; the draft from before the last load can be brought back.
const undoLoad = byId('undo-load', HTMLButtonElement);
let draftBeforeLoad = '';
let modeBeforeLoad = mode;
undoLoad.addEventListener('click', () => {
  article.value = draftBeforeLoad;
  setMode(modeBeforeLoad);
  update();
  undoLoad.hidden = true;
  byId('load-status', HTMLElement).textContent = 'The draft from before the load is back.';
  article.focus();
});
// Any edit after a load makes the loaded text the draft: there is no load to undo any more.
article.addEventListener('input', () => {
  undoLoad.hidden = true;
});

// Loading: only from the addresses the widget itself loads from (src/load/address.rs): an
// http(s) address of an origin that `article::is_allowed_origin` allows.
byId('load', HTMLFormElement).addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = byId('load-status', HTMLElement);
  let address;
  try {
    address = new URL(byId('address', HTMLInputElement).value.trim(), location.href);
  } catch {
    status.textContent = 'That is not a web address.';
    return;
  }
  if (!['http:', 'https:'].includes(address.protocol) || !isAllowedOrigin(address.origin, location.origin)) {
    status.textContent = `The explainer does not load articles from ${address.origin}. It loads them from ${allowedOrigins(location.origin)}.`;
    return;
  }
  status.textContent = `Loading ${address.href}…`;
  try {
    const { text } = await fetchArticle(address, { cache: 'no-cache' });
    if (text === null) throw new Error('the server answered 304 to a request that was not conditional');
    draftBeforeLoad = article.value;
    modeBeforeLoad = mode;
    // An .aml address is ArchieML; anything else is read as JSON, as the widget reads it.
    setMode(address.pathname.toLowerCase().endsWith('.aml') ? 'archieml' : 'json');
    article.value = text;
    update();
    status.textContent = `Loaded ${address.href} in place of the draft.`;
    undoLoad.hidden = false;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    status.textContent = `Could not load ${address.href}: ${why}.`;
  }
});

/** Puts the editor in `next` mode (the radios, the text area's name and hint).
 * @param {string} next */
function setMode(next) {
  mode = next;
  modeRadio(mode).checked = true;
  showMode();
}

// Switching modes rewrites the draft in the other form, or says why it cannot and stays.
for (const radio of document.querySelectorAll('input[name="mode"]')) {
  if (!(radio instanceof HTMLInputElement)) continue;
  radio.addEventListener('change', () => {
    const next = radio.value;
    let text;
    if (next === 'archieml') {
      const answer = JSON.parse(jsonAsArchieml(article.value));
      if (answer.problem) {
        setMode('json');
        saved.textContent = `The draft stays JSON: ${answer.problem}.`;
        return;
      }
      text = answer.archieml;
    } else {
      text = archiemlAsJson(article.value);
      if (!text) {
        setMode('archieml');
        saved.textContent = 'The draft stays ArchieML: fix the problem listed first.';
        return;
      }
    }
    setMode(next);
    article.value = text;
    update();
    saved.textContent = `The draft is now written in ${next === 'archieml' ? 'ArchieML' : 'JSON'}.`;
  });
}

// The Paris article in ArchieML, to start from (Undo load brings the draft before it back).
byId('template', HTMLButtonElement).addEventListener('click', () => {
  draftBeforeLoad = article.value;
  modeBeforeLoad = mode;
  setMode('archieml');
  article.value = archiemlTemplate();
  update();
  byId('load-status', HTMLElement).textContent = 'The Paris article in ArchieML is in place of the draft.';
  undoLoad.hidden = false;
  article.focus();
});

/** Saves `text` as the file `name`, made in the browser.
 * @param {string} text @param {string} name @param {string} type */
function save(text, name, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href));
}

/** The article's id for a file name, from the draft's JSON; `article` when it has none yet.
 * @param {string} json */
function fileName(json) {
  try {
    const id = JSON.parse(json)?.id;
    if (typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return id;
  } catch {
    // Not JSON yet: the generic name.
  }
  return 'article';
}

// Download: the draft as JSON and as ArchieML, whichever it is written in, named after its id.
byId('download', HTMLButtonElement).addEventListener('click', () => {
  const json = mode === 'archieml' ? archiemlAsJson(article.value) : article.value;
  if (mode === 'archieml' && !json) {
    saved.textContent = 'No JSON to download: the ArchieML cannot be read yet (see the problems).';
    return;
  }
  save(json, `${fileName(json)}.json`, 'application/json');
});
byId('download-aml', HTMLButtonElement).addEventListener('click', () => {
  let text = article.value;
  if (mode === 'json') {
    const answer = JSON.parse(jsonAsArchieml(article.value));
    if (answer.problem) {
      saved.textContent = `No ArchieML to download: ${answer.problem}.`;
      return;
    }
    text = answer.archieml;
  }
  save(text, `${fileName(draftJson())}.aml`, 'text/plain');
});

// The preview's width and theme.
for (const radio of document.querySelectorAll('input[name="width"]')) {
  if (!(radio instanceof HTMLInputElement)) continue;
  radio.addEventListener('change', () => {
    stage.dataset.width = radio.value;
  });
}
for (const radio of document.querySelectorAll('input[name="theme"]')) radio.addEventListener('change', reloadPreview);
