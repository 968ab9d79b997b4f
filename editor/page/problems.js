// @ts-check
// The problems the checks find in the draft: listed, each a button to its place in the text,
// summed up in a sentence (a polite live region), and marked in the gutter of line numbers.
import { byId, element } from './page.js';

/** A problem as the checks (check.js) list it.
 * @typedef {{ kind: string, line: number, column: number, offset: number, path?: string,
 *   message: string, text?: string, nearest?: string }} Problem */

const article = byId('article', HTMLTextAreaElement);
const source = byId('source', HTMLTextAreaElement);
const summary = byId('summary', HTMLElement);
const list = byId('problem-list', HTMLElement);
const lines = byId('article-lines', HTMLElement);

/** Shows `found`: the list, its summary (announced only when it changes) and the gutter.
 * @param {Problem[]} found */
export function showProblems(found) {
  list.replaceChildren(...found.map(problemItem));
  problemLines = new Set(found.map((problem) => problem.line));
  numberLines();
  const sentence = summarize(found);
  if (summary.textContent !== sentence) summary.textContent = sentence;
}

/** Says the checks cannot be trusted any more, with why, and lists nothing.
 * @param {string} sentence */
export function showStopped(sentence) {
  list.replaceChildren();
  summary.textContent = sentence;
}

/** A problem as a list item whose button puts the cursor at its place in the text.
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

/** Focuses the text with the cursor at `offset`, its line scrolled into view near the top.
 * @param {Problem} problem */
function goTo({ offset, line }) {
  article.focus();
  article.setSelectionRange(offset, offset);
  showCaret();
  const lineHeight = parseFloat(getComputedStyle(article).lineHeight);
  article.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Shows where the cursor is in the text, in the problems' terms (columns in characters). */
function showCaret() {
  const before = article.value.slice(0, article.selectionStart);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  byId('caret', HTMLElement).textContent = `Line ${line}, column ${[...before.slice(lineStart)].length + 1}`;
}
for (const type of ['input', 'keyup', 'click', 'select', 'focus']) article.addEventListener(type, showCaret);

/** The lines of the text that have a problem, as last checked.
 * @type {Set<number>} */
let problemLines = new Set();
let numbered = '';
/** Numbers the text's lines in the gutter beside it, those with a problem marked. */
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

/** What the problems come to, in a sentence.
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
