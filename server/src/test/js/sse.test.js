// Server-Sent Events parsing for the live stream (app/sse.js), run by `node --test` (UiLogicTest runs it in mvn verify).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvents, reconnectDelay } from '../../main/webapp/app/sse.js';

test('whole events come out with id, name and data; the unfinished rest waits', () => {
  const { events, rest } = parseEvents('id: 7\nevent: change\ndata: {"a":1}\n\nid: 8\ndata: {"a"');
  assert.deepEqual(events, [{ id: '7', event: 'change', data: '{"a":1}' }]);
  assert.equal(rest, 'id: 8\ndata: {"a"');
  const next = parseEvents(rest + ':2}\n\n');
  assert.deepEqual(next.events, [{ id: '8', event: 'message', data: '{"a":2}' }]);
  assert.equal(next.rest, '');
});

test('comments (keep-alives) are skipped, CRLF lines and multi-line data are read', () => {
  const { events } = parseEvents(': keep-alive\n\nid:9\r\ndata: one\r\ndata: two\r\n\r\n');
  assert.deepEqual(events, [{ id: '9', event: 'message', data: 'one\ntwo' }]);
});

test('reconnects wait 1 s, then twice as long each time, never over 30 s', () => {
  assert.deepEqual([1, 2, 3, 6, 20].map(reconnectDelay), [1000, 2000, 4000, 30000, 30000]);
});
