// @ts-check
// The editor (/editor/): an article in JSON or in ArchieML beside its source text, checked as it
// is typed by the content model's own rules (check.js, this page's own wasm), every problem
// placed in the text (problems.js), every quote and evidence string held to the source, and the
// real widget previewing the draft (preview-frame.js). Drafts stay in this browser (drafts.js);
// they come in and go out through files.js. This module keeps the draft and its mode.
import init, { check, check_archieml as checkArchieml, archieml_as_json as archiemlAsJson, json_as_archieml as jsonAsArchieml } from './check.js';
import { ARTICLE_DRAFT, SOURCE_DRAFT, MODE_DRAFT, readDraft, keepDraft } from './drafts.js';
import { byId } from './page.js';
import { showProblems, showStopped } from './problems.js';
import { preview } from './preview-frame.js';
import { files } from './files.js';

/** How long typing must pause before the checks run. */
const CHECK_AFTER_MS = 150;

const article = byId('article', HTMLTextAreaElement);
const source = byId('source', HTMLTextAreaElement);
const problems = byId('problems', HTMLElement);
const saved = byId('saved', HTMLElement);
/** @param {string} mode */
const modeRadio = (mode) => byId(`mode-${mode}`, HTMLInputElement);

article.value = readDraft(ARTICLE_DRAFT);
source.value = readDraft(SOURCE_DRAFT);

/** What the draft is written in: `json` or `archieml`. */
let mode = readDraft(MODE_DRAFT) === 'archieml' ? 'archieml' : 'json';
modeRadio(mode).checked = true;

/** The draft as the article JSON it stands for ('' for ArchieML that cannot be read). */
const draftJson = () => (mode === 'archieml' ? archiemlAsJson(article.value) : article.value);
// Started before the checks' wasm, which the frame does not wait for: ArchieML waits for it.
const previewed = preview(draftJson, mode === 'json' ? article.value : '');

try {
  await init();
} catch (error) {
  showStopped(`The checks could not start (${error}). Reload the page to try again.`);
  throw error;
}

/** Puts the editor in `next` mode: the radios, the text area's name and hint.
 * @param {string} next */
function setMode(next) {
  mode = next;
  modeRadio(mode).checked = true;
  const archieml = mode === 'archieml';
  byId('article-label', HTMLElement).textContent = archieml ? 'Article in ArchieML' : 'Article JSON';
  byId('article-hint', HTMLElement).textContent = archieml
    ? 'key: value lines, [lists] and {objects}, :end after text of several lines, as in a Google Doc exported as plain text (docs/archieml.md). Choose a problem to go to its place here.'
    : "In the explainer's format (docs/format.md). Choose a problem to go to its place here.";
}
setMode(mode);

/** Keeps the drafts, checks them, lists the problems and refreshes the preview. */
function update() {
  const kept = keepDraft(ARTICLE_DRAFT, article.value) && keepDraft(SOURCE_DRAFT, source.value) && keepDraft(MODE_DRAFT, mode);
  saved.textContent = kept ? '' : 'This browser does not keep drafts: download the article before you leave the page.';
  let found;
  try {
    const checks = mode === 'archieml' ? checkArchieml : check;
    found = JSON.parse(checks(article.value, source.value));
  } catch (error) {
    // A trap in the checks' wasm (a bug of ours): say so, rather than go on showing stale results.
    showStopped(`The checks stopped (${error}). Your draft is kept: reload the page to check it again.`);
    throw error;
  }
  showProblems(found);
  problems.setAttribute('aria-busy', 'false');
  previewed.soon();
}

/** @type {number | undefined} */
let checkTimer;
for (const text of [article, source]) {
  text.addEventListener('input', () => {
    // Until the checks have run on this text, the list is stale (and its summary not announced).
    problems.setAttribute('aria-busy', 'true');
    clearTimeout(checkTimer);
    checkTimer = window.setTimeout(update, CHECK_AFTER_MS);
  });
}
update();

files({
  text: () => article.value,
  mode: () => mode,
  json: draftJson,
  replace(text, next) {
    setMode(next);
    article.value = text;
    update();
  },
  saved,
});

// Switching modes rewrites the draft in the other form, or says why it cannot and stays.
for (const radio of document.querySelectorAll('input[name="mode"]')) {
  if (!(radio instanceof HTMLInputElement)) continue;
  radio.addEventListener('change', () => {
    const next = radio.value;
    // Nothing written yet: nothing to rewrite, the mode simply switches.
    if (!article.value.trim()) {
      setMode(next);
      update();
      saved.textContent = `Write the article in ${next === 'archieml' ? 'ArchieML' : 'JSON'}.`;
      return;
    }
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
