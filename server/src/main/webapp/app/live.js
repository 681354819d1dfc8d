// One live stream of changes (GET /api/events) for the whole interface; screens subscribe to it.
// It reconnects with Last-Event-ID, so nothing is missed while the connection was down.
import { api, loggedIn } from './api.js';
import { parseEvents, reconnectDelay } from './sse.js';

const subscribers = new Set();
let running = false;
let lastId = null;

/** Calls fn(change) for each change (see EventStreamResource); returns the unsubscribe function. */
export function onChange(fn) {
  subscribers.add(fn);
  start();
  return () => subscribers.delete(fn);
}

async function start() {
  if (running || !loggedIn()) return;
  running = true;
  let attempt = 0;
  while (loggedIn() && subscribers.size) {
    try {
      const headers = lastId ? { 'Last-Event-ID': lastId } : {};
      const { response } = await api('GET', 'events', { raw: true, accept: 'text/event-stream', headers });
      attempt = 0;
      await read(response.body.getReader());
    } catch (e) {
      if (e && e.status === 401) break;
    }
    await new Promise((resolve) => { setTimeout(resolve, reconnectDelay(++attempt)); });
  }
  running = false;
}

async function read(reader) {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    const { events, rest } = parseEvents(buffer + decoder.decode(value, { stream: true }));
    buffer = rest;
    for (const e of events) {
      if (e.id) lastId = e.id;
      let change;
      try {
        change = JSON.parse(e.data);
      } catch {
        continue;
      }
      for (const fn of [...subscribers]) fn(change);
    }
  }
}
