// What needs me: every step waiting for this person, overdue first; each row opens its own screen.
import { h, replace } from '../dom.js';
import { t, date, languageName } from '../i18n.js';
import { get, hasRole } from '../api.js';
import { pager, stateBadge, badge, showProblem } from '../ui.js';
import { workLink } from '../links.js';

const PAGE = 25;

export async function render() {
  const results = h('div', { class: 'results', id: 'work-list' });
  async function load(page) {
    try {
      const found = await get(`me/work?page=${page}&size=${PAGE}`);
      replace(results, h('p', { class: 'meta', id: 'work-count' }, t('work.count', { n: found.total })),
        table(found.items), found.total > PAGE ? pager(found, load) : null);
    } catch (e) {
      showProblem(results, e);
    }
  }
  await load(1);
  return h('div', { class: 'work' },
    h('div', { class: 'page-head' }, h('h1', {}, t('work.title')),
      hasRole('EDITOR') ? h('a', { class: 'button', href: '#/new' }, t('nav.new')) : null),
    h('p', { class: 'lead' }, t('work.intro'), ' ', h('a', { href: '#/queue' }, t('work.allAssignments'))),
    results);
}

function table(items) {
  if (!items.length) return h('p', { class: 'empty' }, t('work.empty'));
  return h('table', { class: 'grid' },
    h('caption', { class: 'visually-hidden' }, t('work.title')),
    h('thead', {}, h('tr', {}, ['work.step', 'queue.article', 'queue.state', 'queue.language', 'queue.due']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((w) => h('tr', { class: w.overdue ? 'overdue' : null, 'data-kind': w.kind },
      h('td', {}, h('a', { href: workLink(w), class: 'work-link' }, t(`work.kind.${w.kind}`))),
      h('td', {}, h('span', { dir: 'auto', lang: w.articleLanguage, class: 'title-cell' }, w.title),
        ' ', h('span', { class: 'meta', dir: 'ltr' }, `#${w.articleId}`)),
      h('td', {}, stateBadge(w.state)),
      h('td', {}, languageName(w.language)),
      h('td', {}, w.due ? date(w.due) : '—',
        w.overdue ? [' ', badge('flag', 'overdue', t('queue.overdue'))] : null,
        w.dueSoon ? [' ', badge('flag', 'due-soon', t('work.dueSoon'))] : null)))));
}
