// Shown when the wasm has stopped (a trap: the release build aborts at once on a panic) or could
// not start, so that the reader never faces a frozen widget. Loaded by boot.js only then, so it
// costs the first render nothing. It needs nothing from the app, which may be what stopped.
//
// Before the first render: data-state="error", "could not start" and a Reload button. After it:
// the content stays, data-state="stopped", and a notice at the top says the interactive parts
// stopped working, also in the live region. The frame's height is still posted: the widget's
// own ResizeObserver reports the notice (e2e/specs/stopped.spec.mjs checks).

/** The words, by language: a language the widget speaks (src/i18n) has its entry here too. */
const WORDS = {
  en: {
    before: 'This explainer could not start.',
    after: 'The interactive parts of this explainer stopped working. What is shown stays readable.',
    reload: 'Reload',
  },
  fr: {
    before: 'Cette explication n’a pas pu démarrer.',
    after: 'Les parties interactives de cette explication ne fonctionnent plus. Ce qui est affiché reste lisible.',
    reload: 'Recharger',
  },
  uk: {
    before: 'Не вдалося запустити це пояснення.',
    after: 'Інтерактивні частини цього пояснення перестали працювати. Показаний вміст і далі можна читати.',
    reload: 'Перезавантажити',
  },
};

/** The widget's interface language if it rendered, else the one asked for, else the browser's. */
function language(main) {
  const wanted = [main.lang, new URL(location.href).searchParams.get('lang'), ...navigator.languages];
  return wanted.map((tag) => (tag ?? '').split('-')[0].toLowerCase()).find((tag) => WORDS[tag]) ?? 'en';
}

export function show() {
  let main = document.querySelector('main.explainer');
  const rendered = Boolean(main) && main.dataset.state !== 'loading';
  if (!main) {
    main = document.createElement('main');
    main.className = 'explainer';
    document.body.append(main);
  }
  const lang = language(main);
  const words = WORDS[lang];
  const notice = document.createElement('div');
  notice.className = 'error-panel stopped';
  notice.lang = lang;
  const text = document.createElement('p');
  text.textContent = rendered ? words.after : words.before;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', () => location.reload());
  notice.append(text, reload);
  main.dataset.state = rendered ? 'stopped' : 'error';
  if (rendered) {
    main.prepend(notice);
    // Said where the widget says everything else: one live region only.
    const status = main.querySelector('[role=status]');
    if (status) status.textContent = text.textContent;
  } else {
    main.replaceChildren(notice);
    main.lang = lang;
    notice.setAttribute('role', 'alert');
  }
}
