// Which language the interface speaks: the person's own, kept on their account (issue 15).
import { setLocale, browserLanguage } from './i18n.js';
import { api, currentUser, loggedIn, rememberUser } from './api.js';

const CHOSEN = 'fd.lang.chosen';

/**
 * The interface language, kept on the account (it follows the person to any browser, and the next
 * person at this browser gets their own). Chosen before logging in, it is saved at login.
 */
export async function chooseLanguage(lang) {
  await setLocale(lang);
  if (loggedIn()) {
    const { data } = await api('PATCH', 'me', { body: { uiLanguage: lang } }).catch(() => ({ data: null }));
    if (data) rememberUser(data);
  } else {
    sessionStorage.setItem(CHOSEN, lang);
  }
}

/** At login: a language chosen on the login screen becomes the account's; else the account's own applies. */
export async function applyLanguageAtLogin(user) {
  const chosen = sessionStorage.getItem(CHOSEN);
  sessionStorage.removeItem(CHOSEN);
  if (chosen) {
    const { data } = await api('PATCH', 'me', { body: { uiLanguage: chosen } }).catch(() => ({ data: null }));
    if (data) rememberUser(data);
    return;
  }
  await setLocale(user.uiLanguage || browserLanguage());
}

/** At start-up: the logged-in person's language, else one chosen on the login screen, else the browser's. */
export function startLanguage() {
  return setLocale(loggedIn() && currentUser() ? currentUser().uiLanguage : sessionStorage.getItem(CHOSEN));
}
