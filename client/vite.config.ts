import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = process.env.HEARTH_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // The wire contract shared with the server: the one thing the client takes from ../src.
  resolve: { alias: { '@hearth/contract': fileURLToPath(new URL('../src/contract/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': server,
      '/socket.io': { target: server, ws: true },
    },
  },
});
