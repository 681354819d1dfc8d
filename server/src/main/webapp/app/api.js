// The only way the interface talks to the server: the REST API under /api.
import { locale } from './i18n.js';

const TOKEN = 'fd.token';
const USER = 'fd.user';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || { status };
  }
}

export function currentUser() {
  const raw = sessionStorage.getItem(USER);
  return raw ? JSON.parse(raw) : null;
}

export function hasRole(role) {
  const u = currentUser();
  return Boolean(u && u.roles.includes(role));
}

let onLoggedOut = () => {};
export function whenLoggedOut(fn) {
  onLoggedOut = fn;
}

/** Keeps the account as the server last described it (after the person changes their own settings). */
export function rememberUser(user) {
  sessionStorage.setItem(USER, JSON.stringify(user));
}

function forget() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}

function headers(extra) {
  const h = { 'Accept-Language': locale(), 'X-Requested-With': 'factdesk-ui', ...extra };
  const token = sessionStorage.getItem(TOKEN);
  if (token && !h.Authorization) h.Authorization = `Bearer ${token}`;
  return h;
}

/**
 * Calls the API. A plain object body goes as JSON; an ETag given as `etag` goes back in If-Match.
 * Resolves to { data, etag, response }; rejects with ApiError carrying the problem+json body.
 */
export async function api(method, path, options = {}) {
  const extra = { Accept: options.accept || 'application/json' };
  let body = options.body;
  if (body !== undefined && body !== null && !(body instanceof Blob) && typeof body !== 'string') {
    body = JSON.stringify(body);
    extra['Content-Type'] = 'application/json';
  } else if (options.type) {
    extra['Content-Type'] = options.type;
  }
  if (options.etag) extra['If-Match'] = options.etag;
  Object.assign(extra, options.headers);
  if (options.authorization) extra.Authorization = options.authorization;
  const response = await fetch(`/api/${path}`, { method, headers: headers(extra), body, cache: 'no-cache' });
  if (response.status === 401 && !options.authorization) {
    forget();
    onLoggedOut();
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = { status: response.status, title: response.statusText };
    }
    throw new ApiError(response.status, problem);
  }
  const etag = response.headers.get('ETag');
  if (options.raw) return { response, etag };
  const data = response.status === 204 ? null : await response.json();
  return { data, etag, response };
}

export const get = (path, options) => api('GET', path, options).then((r) => r.data);

function basic(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  bytes.forEach((b) => { binary += String.fromCharCode(b); });
  return `Basic ${btoa(binary)}`;
}

/** Exchanges the password for a session token once; the password is not kept. */
export async function login(user, password) {
  const { data } = await api('POST', 'sessions', { authorization: basic(user, password) });
  sessionStorage.setItem(TOKEN, data.token);
  sessionStorage.setItem(USER, JSON.stringify(data.user));
  return data.user;
}

export async function logout() {
  try {
    await api('DELETE', 'sessions/current');
  } finally {
    forget();
  }
}

export function loggedIn() {
  return Boolean(sessionStorage.getItem(TOKEN));
}

/** Fetches a file with the session and hands it to the browser as a download. */
export async function download(path, fallbackName, accept) {
  const { response } = await api('GET', path, { raw: true, accept: accept || '*/*' });
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
  return name;
}
