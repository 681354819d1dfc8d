// Staff accounts: roles and the languages translators work into.
import { h, field, option, replace } from '../dom.js';
import { t, languageName } from '../i18n.js';
import { api, get } from '../api.js';
import { act, pager } from '../ui.js';
import { limit } from '../limits.js';

const ROLES = ['ADMIN', 'EDITOR', 'FACT_CHECKER', 'TRANSLATOR'];
const PAGE = 25;

function roleBoxes(prefix, selected) {
  return h('fieldset', { class: 'roles' }, h('legend', {}, t('admin.roles')), ROLES.map((r) => {
    const box = h('input', { type: 'checkbox', id: `${prefix}-${r}`, value: r, checked: selected.includes(r) });
    return h('span', { class: 'check' }, box, h('label', { for: box.id }, t(`userRole.${r}`)));
  }));
}

const checked = (fs) => [...fs.querySelectorAll('input:checked')].map((i) => i.value);
const chosen = (select) => [...select.selectedOptions].map((o) => o.value);
let known = [];

/** Languages as BCP 47 tags picked from the server's list, named in the interface language (no free text). */
function languageSelect(selected, attrs) {
  const tags = [...new Set([...known, ...selected])];
  return h('select', { multiple: true, size: 4, ...attrs },
    tags.map((tag) => option(tag, `${languageName(tag)} (${tag})`, selected.includes(tag))));
}

export async function render() {
  known = (await get('languages').catch(() => [])).map((l) => l.language.tag);
  const results = h('div', { class: 'results' });
  let current = 1;
  async function load(page) {
    current = page;
    const data = await get(`users?page=${page}&size=${PAGE}`);
    replace(results, h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['admin.user', 'admin.roles', 'admin.languages', 'admin.active', 'admin.save']
        .map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, data.items.map((u) => row(u, () => load(current))))),
    data.total > PAGE ? pager(data, load) : null);
  }
  await load(1);
  return h('div', { class: 'admin' }, h('h1', {}, t('admin.title')), results, createForm(() => load(current)));
}

function row(u, reload) {
  const roles = roleBoxes(`u-${u.username}`, u.roles);
  const langs = languageSelect(u.languages, { 'aria-label': t('admin.languagesOf', { user: u.username }) });
  const active = h('input', { type: 'checkbox', checked: u.active, 'aria-label': t('admin.activeOf', { user: u.username }) });
  const slot = h('div', { class: 'slot' });
  const save = h('button', { type: 'button', class: 'secondary', onclick: () => act(save, slot, async () => {
    await api('PATCH', `users/${encodeURIComponent(u.username)}`, { etag: `"${u.version}"`,
      body: { roles: checked(roles), languages: chosen(langs), active: active.checked } });
    await reload();
  }, { done: t('admin.saved', { user: u.username }) }) }, t('admin.save'));
  return h('tr', {},
    h('th', { scope: 'row' }, h('span', { dir: 'auto' }, u.displayName), h('br'), h('code', {}, u.username)),
    h('td', {}, roles), h('td', {}, langs), h('td', {}, active), h('td', {}, save, slot));
}

function createForm(reload) {
  const username = limit(h('input', { name: 'new-username', autocomplete: 'off' }), 'CreateUserRequest.username');
  const name = limit(h('input', { name: 'new-name', dir: 'auto' }), 'CreateUserRequest.displayName');
  const password = limit(h('input', { name: 'new-password', type: 'password', autocomplete: 'new-password' }), 'CreateUserRequest.password');
  const langs = languageSelect([], { name: 'new-languages' });
  const roles = roleBoxes('new', ['EDITOR']);
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit' }, t('admin.create'));
  return h('section', { class: 'panel', 'aria-labelledby': 'new-user-h' }, h('h2', { id: 'new-user-h' }, t('admin.newUser')),
    h('form', { onsubmit: (e) => {
      e.preventDefault();
      const form = e.target;
      act(submit, slot, async () => {
        await api('POST', 'users', { body: { username: username.value.trim(), displayName: name.value, password: password.value,
          roles: checked(roles), languages: chosen(langs) } });
        form.reset();
        await reload();
      }, { done: t('admin.created', { user: username.value }) });
    } },
    h('div', { class: 'row' }, field(t('admin.username'), username), field(t('admin.displayName'), name),
      field(t('admin.password'), password, t('admin.passwordHint'))),
    roles, field(t('admin.languages'), langs, t('admin.languagesPick')), slot, submit));
}
