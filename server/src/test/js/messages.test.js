// Plural messages and placeholders (app/messages.js): Intl.PluralRules picks the form per language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../main/webapp/app/messages.js';

const claims = '{n, plural, =0 {no claims} one {# claim} other {# claims}} in this block';

test('English: one, other and an exact zero', () => {
  assert.equal(formatMessage(claims, { n: 1 }, 'en'), '1 claim in this block');
  assert.equal(formatMessage(claims, { n: 3 }, 'en'), '3 claims in this block');
  assert.equal(formatMessage(claims, { n: 0 }, 'en'), 'no claims in this block');
});

test('Russian and Arabic get their own forms', () => {
  const ru = '{n, plural, one {# утверждение} few {# утверждения} many {# утверждений} other {# утверждения}}';
  assert.equal(formatMessage(ru, { n: 21 }, 'ru'), '21 утверждение');
  assert.equal(formatMessage(ru, { n: 3 }, 'ru'), '3 утверждения');
  assert.equal(formatMessage(ru, { n: 5 }, 'ru'), '5 утверждений');
  const ar = '{n, plural, zero {لا ادعاءات} one {ادعاء واحد} two {ادعاءان} few {# ادعاءات} many {# ادعاءً} other {# ادعاء}}';
  assert.equal(formatMessage(ar, { n: 2 }, 'ar'), 'ادعاءان');
  const digits = (n) => new Intl.NumberFormat('ar-EG').format(n);
  assert.equal(formatMessage(ar, { n: 4 }, 'ar', String, digits), `${digits(4)} ادعاءات`, 'the count as the language writes it');
});

test('placeholders are filled through fill, plurals and names together', () => {
  const text = '{who} flagged {n, plural, one {# claim} other {# claims}}';
  assert.equal(formatMessage(text, { who: 'Dana', n: 2 }, 'en', (v) => `[${v}]`), '[Dana] flagged 2 claims');
  assert.equal(formatMessage('Hello {name}', undefined, 'en'), 'Hello {name}', 'no arguments, no change');
});
