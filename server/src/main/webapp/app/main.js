// Start-up, the top bar and the router (#/queue, #/articles/7, …).
import { h, replace } from './dom.js';
import { setLocale, t, LANGUAGES, locale, browserLanguage } from './i18n.js';
import { currentUser, hasRole, loggedIn, logout, whenLoggedOut } from './api.js';
import { chooseLanguage, startLanguage } from './language.js';
import { problemBox } from './ui.js';
import { mayLeave } from './leave.js';
import { loadLimits } from './limits.js';
import { bell, rememberLanguage } from './bell.js';

// [pattern, screen, name, roles that may open it (none: everyone logged in)]
const routes = [
  [/^#\/login$/, () => import('./screens/login.js'), 'login'],
  [/^#\/work$/, () => import('./screens/work.js'), 'work'],
  [/^#\/queue$/, () => import('./screens/queue.js'), 'queue'],
  [/^#\/articles$/, () => import('./screens/articles.js'), 'articles', ['EDITOR', 'ADMIN']],
  [/^#\/new$/, () => import('./screens/editor.js'), 'create', ['EDITOR']],
  [/^#\/articles\/(\d+)\/edit$/, () => import('./screens/editor.js'), 'edit', ['EDITOR']],
  [/^#\/articles\/(\d+)$/, () => import('./screens/article/index.js'), 'article'],
  [/^#\/articles\/(\d+)\/claims\/(\d+)$/, () => import('./screens/article/index.js'), 'article'],
  [/^#\/translations\/(\d+)$/, () => import('./screens/translation.js'), 'translation'],
  [/^#\/admin$/, () => import('./screens/admin.js'), 'admin', ['ADMIN']],
  [/^#\/search(?:\?.*)?$/, () => import('./screens/search.js'), 'search'],
  [/^#\/notifications$/, () => import('./screens/notifications.js'), 'notifications'],
];
let shown = location.hash;


const main = document.getElementById('main');
let rendering = 0;

function topbar() {
  const bar = document.getElementById('topbar');
  const user = currentUser();
  const langSelect = h('select', { id: 'language', onchange: async (e) => {
    await chooseLanguage(e.target.value);
    rememberLanguage();
    route();
  } },
    LANGUAGES.map(([code, name]) => h('option', { value: code, lang: code, selected: code === locale() }, name)));
  const nav = [];
  if (user && loggedIn()) {
    nav.push(h('a', { href: '#/work' }, t('nav.work')));
    nav.push(h('a', { href: '#/queue' }, t('nav.queue')));
    if (hasRole('EDITOR') || hasRole('ADMIN')) nav.push(h('a', { href: '#/articles' }, t('nav.articles')));
    if (hasRole('EDITOR')) nav.push(h('a', { href: '#/new' }, t('nav.new')));
    if (hasRole('ADMIN')) nav.push(h('a', { href: '#/admin' }, t('nav.admin')));
  }
  for (const a of nav) {
    if (location.hash.startsWith(a.getAttribute('href'))) a.setAttribute('aria-current', 'page');
  }
  const find = user && loggedIn() ? searchForm() : null;
  replace(bar,
    h('a', { class: 'brand', href: loggedIn() ? '#/work' : '#/login' }, 'Factdesk'),
    nav.length ? h('nav', { 'aria-label': t('nav.label') }, nav) : null,
    find,
    h('div', { class: 'topbar-end' },
      h('label', { for: 'language', class: 'visually-hidden' }, t('nav.language')),
      langSelect,
      user && loggedIn() ? bell() : null,
      user && loggedIn() ? h('span', { class: 'who', dir: 'auto' }, user.displayName) : null,
      user && loggedIn() ? h('button', { type: 'button', class: 'secondary', id: 'logout', onclick: async () => {
        await logout();
        await setLocale(browserLanguage());
        location.hash = '#/login';
      } }, t('nav.logout')) : null));
  document.querySelector('.skip-link').textContent = t('nav.skip');
}

/** The search box of the top bar ("/" focuses it); submitting opens #/search. */
function searchForm() {
  const input = h('input', { type: 'search', id: 'topbar-search', name: 'q', dir: 'auto', placeholder: t('search.placeholder') });
  return h('form', { role: 'search', class: 'topbar-search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = `#/search?${new URLSearchParams({ q: input.value })}`;
  } }, h('label', { for: 'topbar-search', class: 'visually-hidden' }, t('search.label')), input);
}

document.addEventListener('keydown', (e) => {
  const typing = e.target.closest && e.target.closest('input, textarea, select, [contenteditable]');
  if (e.key === '/' && !typing && document.getElementById('topbar-search')) {
    e.preventDefault();
    document.getElementById('topbar-search').focus();
  }
});

export async function route() {
  const ticket = ++rendering;
  let hash = location.hash;
  if (!loggedIn() && hash !== '#/login') hash = '#/login';
  if (loggedIn() && (hash === '' || hash === '#/' || hash === '#/login')) hash = '#/work';
  if (hash !== location.hash) {
    history.replaceState(null, '', hash);
  }
  shown = hash;
  const found = routes.find(([re]) => re.test(hash));
  topbar();
  if (!found) {
    if (hash.startsWith('#/')) replace(main, h('h1', { tabindex: '-1' }, t('error.notFound')));
    return;
  }
  const [re, load, name, roles] = found;
  const params = re.exec(hash).slice(1);
  if (roles && !roles.some(hasRole)) {
    replace(main, h('h1', { tabindex: '-1' }, t('error.notForRole')), h('p', {}, t('error.notForRoleText')),
      h('p', {}, h('a', { href: '#/work' }, t('nav.work'))));
    main.querySelector('h1').focus();
    return;
  }
  try {
    // The forms' limits (limits.js) come with the first screen, read in parallel with its module.
    const [screen] = await Promise.all([load(), loadLimits()]);
    const view = await screen.render(name, ...params);
    if (ticket !== rendering) return;
    replace(main, view);
    if (!performance.getEntriesByName('fd:first-screen').length) performance.mark('fd:first-screen');
  } catch (e) {
    if (ticket !== rendering) return;
    replace(main, h('h1', { tabindex: '-1' }, t('error.title')), problemBox(e));
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Factdesk` : 'Factdesk';
  // A screen may name where focus belongs (the claim a link opened); else the heading.
  const wanted = main.firstElementChild && main.firstElementChild.dataset.focus;
  const target = (wanted && document.getElementById(wanted)) || heading;
  if (target) {
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: false });
  }
}

document.querySelector('.skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
whenLoggedOut(() => {
  if (location.hash !== '#/login') location.hash = '#/login';
});
// Leaving a screen with unsaved work asks first; staying puts the address back.
window.addEventListener('hashchange', () => {
  if (location.hash !== shown && !mayLeave()) {
    history.replaceState(null, '', shown);
    return;
  }
  shown = location.hash;
  route();
});

await startLanguage();
route();
