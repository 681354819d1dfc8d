// Every plural message of every interface bundle resolves in its own language (app/messages.js):
// no case is left unchosen, whatever the count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../main/webapp/app/messages.js';

const LANGUAGES = ['en', 'az', 'ru', 'he', 'ar'];
const bundle = (lang) => JSON.parse(readFileSync(new URL(`../../main/webapp/app/i18n/${lang}.json`, import.meta.url), 'utf8'));

for (const lang of LANGUAGES) {
  test(`${lang}: plural messages choose a form for every count`, () => {
    const plurals = Object.entries(bundle(lang)).filter(([, text]) => text.includes(', plural,'));
    assert.ok(plurals.length >= 5, `${lang} has plural messages`);
    for (const [key, text] of plurals) {
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const out = formatMessage(text, { n, user: 'U', revision: 2 }, lang);
        assert.ok(!/plural|\{|\}/.test(out), `${lang} ${key} with ${n}: ${out}`);
      }
    }
  });
}
