import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The web app lives in web/ but imports the API contract and typed client from src/, so the dev
// server must be allowed to read the whole project, not only its root.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    fs: { allow: [projectRoot] },
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
