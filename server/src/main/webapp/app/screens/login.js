import { h, field } from '../dom.js';
import { t } from '../i18n.js';
import { login } from '../api.js';
import { act } from '../ui.js';
import { applyLanguageAtLogin } from '../language.js';

export function render() {
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none',
    spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const slot = h('div', { class: 'slot' });
  const submit = h('button', { type: 'submit' }, t('login.submit'));
  const form = h('form', { class: 'login-form', onsubmit: (e) => {
    e.preventDefault();
    act(submit, slot, async () => {
      const me = await login(user.value.trim(), password.value);
      password.value = '';
      // The person's own interface language, whatever this browser showed the last person.
      await applyLanguageAtLogin(me);
      location.hash = '#/work';
    }, { failed: () => password.select() });
  } },
  field(t('login.username'), user),
  field(t('login.password'), password),
  slot,
  submit);
  return h('div', { class: 'login' },
    h('h1', {}, t('login.title')),
    h('p', { class: 'lead' }, t('login.intro')),
    form);
}
