import { h, append, field, option, replace } from '../dom.js';
import { t, date, languageName } from '../i18n.js';
import { get, hasRole } from '../api.js';
import { pager, stateBadge, badge, showProblem } from '../ui.js';
import { changedBy } from '../changed.js';
import { position } from '../live.js';

const STATES = ['DRAFT', 'IN_REVIEW', 'FACT_CHECK', 'TRANSLATION', 'APPROVED'];
const PAGE = 20;

export async function render() {
  const filters = { state: '', language: '', overdue: false, page: 1 };
  const results = h('div', { class: 'results' });
  const stateSel = h('select', { name: 'state' }, option('', t('queue.anyState')),
    STATES.map((s) => option(s, t(`state.${s}`))));
  const languages = (await get('languages').catch(() => [])).map((l) => l.language.tag);
  const lang = h('select', { name: 'language' }, option('', t('queue.anyLanguage')),
    languages.map((tag) => option(tag, `${languageName(tag)} (${tag})`)));
  const overdue = h('input', { type: 'checkbox', name: 'overdue', id: 'overdue-only' });

  async function load() {
    const q = new URLSearchParams({ page: filters.page, size: PAGE });
    if (filters.state) q.set('state', filters.state);
    if (filters.language) q.set('language', filters.language);
    if (filters.overdue) q.set('overdue', 'true');
    try {
      const page = await get(`me/queue?${q}`);
      replace(results, table(page.items), page.total > PAGE ? pager(page, (p) => { filters.page = p; load(); }) : null);
    } catch (e) {
      showProblem(results, e);
    }
  }

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    Object.assign(filters, { state: stateSel.value, language: lang.value, overdue: overdue.checked, page: 1 });
    load();
  } },
  field(t('queue.state'), stateSel),
  field(t('queue.language'), lang),
  h('div', { class: 'field check' }, overdue, h('label', { for: overdue.id }, t('queue.overdueOnly'))),
  h('button', { type: 'submit', class: 'secondary' }, t('queue.filter')));

  const since = position();
  await load();
  const root = h('div', { class: 'queue' });
  // Work that lands on people (notifiable changes) may change this queue: say who, offer to reload.
  return append(root, [h('div', { class: 'page-head' }, h('h1', {}, t('queue.title')),
    hasRole('EDITOR') ? h('a', { class: 'button', href: '#/new' }, t('nav.new')) : null),
  changedBy(root, (c) => c.notifiable, load, since), form, results]);
}

function table(items) {
  if (!items.length) return h('p', { class: 'empty' }, t('queue.empty'));
  return h('table', { class: 'grid' },
    h('caption', { class: 'visually-hidden' }, t('queue.title')),
    h('thead', {}, h('tr', {}, ['queue.article', 'queue.state', 'queue.role', 'queue.language', 'queue.due']
      .map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((item) => {
      const a = item.article;
      const as = item.assignment;
      return h('tr', { class: item.overdue ? 'overdue' : null },
        h('td', {}, h('a', { href: `#/articles/${a.id}`, dir: 'auto', lang: a.language }, a.title)),
        h('td', {}, stateBadge(a.state)),
        h('td', {}, t(`role.${as.role}`)),
        h('td', {}, languageName(as.language || a.language)),
        h('td', {}, as.due ? date(as.due) : '—', item.overdue ? [' ', badge('flag', 'overdue', t('queue.overdue'))] : null));
    })));
}
