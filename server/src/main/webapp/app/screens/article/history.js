// The revisions, and the word diff between any two of them.
import { h, field, option, replace } from '../../dom.js';
import { t, dateTime } from '../../i18n.js';
import { get } from '../../api.js';
import { act, section, diffView } from '../../ui.js';

export function historySection(screen) {
  const { revisions, article } = screen.data;
  const out = h('div', { class: 'diff-out', 'aria-live': 'polite' });
  const numbers = revisions.map((r) => r.number).sort((a, b) => a - b);
  const from = h('select', { name: 'diff-from' }, numbers.map((n) => option(n, t('history.revision', { n }), n === Math.max(1, article.currentRevision - 1))));
  const to = h('select', { name: 'diff-to' }, numbers.map((n) => option(n, t('history.revision', { n }), n === article.currentRevision)));
  const show = h('button', { type: 'submit', class: 'secondary', id: 'show-diff' }, t('history.showDiff'));
  return section(t('history.title'),
    h('ol', { class: 'revisions', reversed: true }, revisions.map((r) => h('li', {},
      t('history.line', { n: r.number, author: r.author, when: dateTime(r.createdAt) }),
      r.note ? [' — ', h('span', { dir: 'auto' }, r.note)] : null))),
    numbers.length > 1 ? h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      act(show, out, async () => {
        const d = await get(`articles/${article.id}/diff?from=${from.value}&to=${to.value}`);
        replace(out, h('p', { class: 'meta' }, t('history.counts', { added: d.wordsAdded, removed: d.wordsRemoved })),
          diffView(d.segments, { lang: article.language, dir: article.direction }));
      });
    } }, field(t('history.from'), from), field(t('history.to'), to), show) : null,
    out);
}
