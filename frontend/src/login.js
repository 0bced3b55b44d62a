import './style.css';
import { csrfToken } from './api.js';

// The server issues the XSRF-TOKEN cookie with this page; the form sends it back as _csrf.
document.getElementById('rf-csrf').value = csrfToken();
document.querySelector('form').addEventListener('submit', () => {
  document.getElementById('rf-csrf').value = csrfToken();
});
const params = new URLSearchParams(location.search);
document.getElementById('rf-login-error').hidden = !params.has('error');
document.getElementById('rf-login-logout').hidden = !params.has('logout');
