// The interface's own words, in the user's language; he and ar mirror the whole layout.
import { formatMessage } from './messages.js';

export const LANGUAGES = [
  ['en', 'English'], ['az', 'Azərbaycanca'], ['ru', 'Русский'], ['he', 'עברית'], ['ar', 'العربية'],
];
const RTL = new Set(['he', 'ar']);

let current = 'en';
let messages = {};
let english = {};

async function bundle(lang) {
  const r = await fetch(`/app/i18n/${lang}.json`, { cache: 'no-cache' });
  return r.json();
}

/** The browser's language, used until the person chooses one (their choice is kept on their account). */
export function browserLanguage() {
  const browser = (navigator.language || 'en').slice(0, 2);
  return LANGUAGES.some(([l]) => l === browser) ? browser : 'en';
}

export async function setLocale(lang) {
  const wanted = LANGUAGES.some(([l]) => l === lang) ? lang : browserLanguage();
  const [en, own] = await Promise.all([bundle('en'), wanted === 'en' ? null : bundle(wanted)]);
  english = en;
  messages = own || en;
  current = wanted;
  document.documentElement.lang = wanted;
  document.documentElement.dir = RTL.has(wanted) ? 'rtl' : 'ltr';
}

export function locale() {
  return current;
}

/**
 * The text for key, with {name} placeholders filled in (as text, never markup). Text values are
 * wrapped in directional isolates (FSI … PDI) so an English title inside a Hebrew sentence keeps
 * its own order and does not carry the quotes around it along.
 */
export function t(key, args) {
  const text = messages[key] ?? english[key] ?? key;
  const fill = (v) => (typeof v === 'string' ? `\u2068${v}\u2069` : String(v));
  return formatMessage(text, args, current, fill, number);
}

/** Whether the interface has words for key (else a screen shows the raw value it was given). */
export function has(key) {
  return key in messages || key in english;
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function date(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A language's name in the interface language ("עברית" for he in Hebrew, "Hebrew" in English). */
export function languageName(tag) {
  try {
    return new Intl.DisplayNames([current], { type: 'language' }).of(tag) || tag;
  } catch {
    return tag;
  }
}

export function number(n) {
  return new Intl.NumberFormat(current).format(n);
}
