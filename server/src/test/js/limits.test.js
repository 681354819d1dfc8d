// The forms' limits read from the OpenAPI document (app/limits.js): what is required, how long, counted
// as the server counts (code points), run by `node --test` (UiLogicTest runs it in mvn verify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitsFrom, length, problem } from '../../main/webapp/app/limits.js';

const DOC = {
  components: {
    schemas: {
      FlagClaimRequest: {
        type: 'object',
        required: ['exact', 'reason'],
        properties: {
          exact: { type: 'string', maxLength: 20 },
          prefix: { type: 'string', maxLength: 8 },
          reason: { type: 'string', maxLength: 10 },
          note: { type: 'string' },
        },
      },
      CreateUserRequest: {
        type: 'object',
        required: ['username'],
        properties: { username: { type: 'string', minLength: 2, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]{1,63}$' } },
      },
      Problem: { type: 'object', properties: { title: { type: 'string' } } },
    },
  },
};

test('rules keep only what the schema sets: required, lengths, pattern', () => {
  const rules = limitsFrom(DOC);
  assert.deepEqual(rules.FlagClaimRequest, {
    exact: { required: true, maxLength: 20 },
    prefix: { maxLength: 8 },
    reason: { required: true, maxLength: 10 },
  });
  assert.equal(rules.Problem, undefined, 'a schema with no limits gives no rules');
  assert.deepEqual(limitsFrom({}), {});
});

test('length counts code points, as the server does: an emoji or a supplementary letter is one', () => {
  assert.equal(length('نموًا'), 5); // the tanwin is its own code point
  assert.equal(length('📈𝔘'), 2);
  assert.equal('📈𝔘'.length, 4, 'UTF-16 would count four');
});

test('a text at the limit passes, one more code point is too long, blank optional text is fine', () => {
  const rule = limitsFrom(DOC).FlagClaimRequest.reason;
  assert.equal(problem('a'.repeat(10), rule), null);
  assert.equal(problem('📈'.repeat(10), rule), null, 'ten emoji are ten characters, not twenty');
  assert.deepEqual(problem('a'.repeat(11), rule), { code: 'tooLong', args: { count: 11, max: 10 } });
  assert.deepEqual(problem('   ', rule), { code: 'required', args: {} });
  assert.equal(problem('  ', limitsFrom(DOC).FlagClaimRequest.prefix), null);
  assert.equal(problem(`  ${'a'.repeat(10)}  `, rule), null, 'surrounding spaces are stripped by the server too');
});

test('minimum length and pattern', () => {
  const rule = limitsFrom(DOC).CreateUserRequest.username;
  assert.deepEqual(problem('a', rule), { code: 'tooShort', args: { count: 1, min: 2 } });
  assert.deepEqual(problem('Ann', rule), { code: 'pattern', args: {} });
  assert.equal(problem('ann.lee', rule), null);
});
