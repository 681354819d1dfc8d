// Server-Sent Events text into events (pure; the live stream reads it with fetch, so the session
// token travels in a header, which EventSource cannot send).

/**
 * Splits what has arrived into whole events and the unfinished rest. Each event: { id, event, data }
 * (data lines joined by "\n"); comments (":" lines) are skipped. Lines end in \n, \r\n or \r.
 */
export function parseEvents(text) {
  const events = [];
  const blocks = text.split(/\r\n\r\n|\n\n|\r\r/);
  const rest = blocks.pop();
  for (const block of blocks) {
    const event = { id: null, event: 'message', data: [] };
    for (const line of block.split(/\r\n|\n|\r/)) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') event.data.push(value);
      else if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
    }
    if (event.data.length) events.push({ ...event, data: event.data.join('\n') });
  }
  return { events, rest };
}

/** The wait before reconnect attempt n (1, 2, …): doubling from 1 s up to 30 s. */
export function reconnectDelay(attempt) {
  return Math.min(30000, 1000 * 2 ** Math.max(0, attempt - 1));
}
