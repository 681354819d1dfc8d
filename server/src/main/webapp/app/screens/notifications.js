// My notification settings (#/notifications): the address mail goes to, and per kind of event
// immediately, in the daily digest, or never (PUT /api/me/notifications/preferences).
import { h, option } from '../dom.js';
import { t } from '../i18n.js';
import { api, get } from '../api.js';
import { act } from '../ui.js';

const DELIVERIES = ['IMMEDIATE', 'DIGEST', 'NEVER'];

export async function render() {
  const prefs = await get('me/notifications/preferences');
  const selects = Object.entries(prefs.kinds).map(([kind, delivery]) => [kind,
    h('select', { id: `pref-${kind.replace(/\W/g, '-')}`, name: kind },
      DELIVERIES.map((d) => option(d, t(`prefs.${d}`), d === delivery)))]);
  const slot = h('div', {});
  const save = h('button', { type: 'submit', id: 'save-preferences' }, t('prefs.save'));
  const form = h('form', { class: 'preferences', onsubmit: (e) => {
    e.preventDefault();
    const kinds = selects.map(([type, select]) => ({ type, delivery: select.value }));
    act(save, slot, () => api('PUT', 'me/notifications/preferences', { body: { kinds } }), { done: t('prefs.saved') });
  } },
  h('table', { class: 'grid' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('prefs.kind')), h('th', { scope: 'col' }, t('prefs.delivery')))),
    h('tbody', {}, selects.map(([kind, select]) => h('tr', {},
      h('th', { scope: 'row' }, h('label', { for: select.id }, t(`kind.${kind}`))), h('td', {}, select))))),
  slot, save);
  return h('div', { class: 'notification-settings' },
    h('h1', {}, t('prefs.title')),
    h('p', {}, prefs.email ? t('prefs.email', { email: prefs.email }) : t('prefs.noEmail')),
    form);
}
