// "Checked before": earlier claims with verdicts like the words being flagged, asked as the checker
// types or selects (debounced), shown beside the flag form and on an open claim.
import { h, replace } from './dom.js';
import { t, date, languageName } from './i18n.js';
import { get } from './api.js';

const WAIT_MS = 350;

/** The list of matches: "Checked before: False, 3 Nov 2026", the earlier quote, its rationale, its article. */
export function matchList(matches) {
  if (!matches.length) return h('p', { class: 'hint' }, t('similar.none'));
  return h('ul', { class: 'similar-list' }, matches.map((m) => h('li', {},
    h('strong', {}, t('similar.checkedBefore', { verdict: t(`verdict.${m.verdict}`),
      date: m.resolvedAt ? date(m.resolvedAt) : '—' })),
    ' ', h('a', { href: `#/articles/${m.articleId}` }, t('similar.inArticle', { id: m.articleId })),
    ' ', h('span', { class: 'hint' }, m.languages.map(languageName).join(', ')),
    h('blockquote', { dir: 'auto' }, m.quote),
    m.rationale ? h('p', { dir: 'auto', class: 'rationale' }, m.rationale) : null)));
}

/**
 * A box that follows a text input: after each pause in typing, earlier claims like its text.
 * Returns { element, update(text) } so a selection can feed it too.
 */
export function similarBox(input) {
  const list = h('div', { class: 'similar', 'aria-live': 'polite' });
  const element = h('section', { class: 'similar-box', 'aria-label': t('similar.title') },
    h('h4', {}, t('similar.title')), list);
  let timer = null;
  let asked = '';
  function update(text) {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const words = (text || '').trim();
      if (words === asked) return;
      asked = words;
      if (words.length < 8) { replace(list); return; }
      try {
        const matches = await get(`claims/similar?${new URLSearchParams({ text: words, size: 3 })}`);
        if (asked === words) replace(list, matchList(matches));
      } catch (e) {
        replace(list); // a hint only: the flag form works without it
      }
    }, WAIT_MS);
  }
  input.addEventListener('input', () => update(input.value));
  return { element, update };
}
