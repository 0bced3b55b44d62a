// Every call to the server: same-origin session, X-XSRF-TOKEN from the cookie, JSON both ways.

export function csrfToken() {
  const match = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : '';
}

export class ApiFailure extends Error {
  constructor(status, body) {
    super((body && body.message) || 'Request failed (' + status + ')');
    this.status = status;
    this.body = body || {};
  }
}

export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      'X-XSRF-TOKEN': csrfToken(),
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {})
    },
    body: body !== undefined ? JSON.stringify(body) : undefined
  });
  if (response.status === 401) {
    location.href = '/login';
    throw new ApiFailure(401, { message: 'Please log in again' });
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = { message: text };
  }
  if (!response.ok) {
    throw new ApiFailure(response.status, json);
  }
  return json;
}

/** GET that yields the fallback when the endpoint is not there (yet), so screens degrade instead of breaking. */
export async function optional(path, fallback) {
  try {
    return await api('GET', path);
  } catch (failure) {
    if (failure.status === 404 || failure.status === 405 || failure.status === 403) {
      return fallback;
    }
    throw failure;
  }
}

export function logout() {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  token.value = csrfToken();
  form.append(token);
  document.body.append(form);
  form.submit();
}
