// The sandbox's web API (/api/sandbox/**, admins only). POSTs carry the CSRF token from the XSRF-TOKEN cookie.

function csrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : null;
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    const token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message = json && (json.message || (json.errors && json.errors.map((e) => e.message).join(', ')));
    throw new Error(message || `HTTP ${response.status}`);
  }
  return json;
}

export const sandboxApi = {
  placeCall: (from, to) => request('POST', '/api/sandbox/calls', { from, to }),
  getCall: (id) => request('GET', `/api/sandbox/calls/${encodeURIComponent(id)}`),
  press: (id, digits) => request('POST', `/api/sandbox/calls/${encodeURIComponent(id)}/press`, { digits }),
  answer: (id, client) => request('POST', `/api/sandbox/calls/${encodeURIComponent(id)}/answer`, { client }),
  decline: (id, client) => request('POST', `/api/sandbox/calls/${encodeURIComponent(id)}/decline`, { client }),
  hangup: (id, party) => request('POST', `/api/sandbox/calls/${encodeURIComponent(id)}/hangup`, party ? { party } : {}),
  sendText: (from, to, body) => request('POST', '/api/sandbox/texts', { from, to, body })
};
