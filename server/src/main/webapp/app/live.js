// One live stream of changes (GET /api/events) for the whole interface; screens subscribe to it.
// It reconnects with Last-Event-ID, so nothing is missed while the connection was down.
import { api, loggedIn } from './api.js';
import { parseEvents, reconnectDelay } from './sse.js';

const POSITION = 'fd.live.position';
const RECENT = 200;
const subscribers = new Set();
/** The latest changes received, for screens that subscribe only once their data has loaded. */
const recent = [];
let running = false;
// Kept across reloads of the page, so the stream resumes where it was and a change made meanwhile still arrives.
let lastId = sessionStorage.getItem(POSITION);

/**
 * The id of the newest change this page knows of. A screen takes it before loading its data and
 * passes it to onChange, so a change that lands while it loads is not missed.
 */
export function position() {
  return Number(lastId) || 0;
}

/**
 * Calls fn(change) for each change (see EventStreamResource); with `since`, first for every change
 * already received after that position. Returns the unsubscribe function.
 */
export function onChange(fn, since) {
  subscribers.add(fn);
  if (since !== undefined) recent.filter((c) => c.id > since).forEach(fn);
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
      if (e.id) {
        lastId = e.id;
        sessionStorage.setItem(POSITION, e.id);
      }
      let change;
      try {
        change = JSON.parse(e.data);
      } catch {
        continue;
      }
      recent.push(change);
      if (recent.length > RECENT) recent.shift();
      for (const fn of [...subscribers]) fn(change);
    }
  }
}
