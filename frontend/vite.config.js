import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages (the app shell and the login form), built into the jar's static resources.
// `npm run dev` serves them with live reload and hands /api, /login, /logout and /twilio to the app on :8080.
const backend = 'http://127.0.0.1:8080';

export default defineConfig({
  build: {
    outDir: '../target/classes/static',
    emptyOutDir: false,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        login: resolve(import.meta.dirname, 'login.html')
      }
    }
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': backend,
      '/logout': backend,
      '/twilio': backend,
      '/sandbox': backend,
      // the form posts to the app; GET /login (also ?error, ?logout) is the dev login page itself
      '^/login(\\?.*)?$': { target: backend, bypass: req => (req.method === 'GET' ? '/login.html' : undefined) }
    }
  }
});
