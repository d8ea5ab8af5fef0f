// A production build as an application would make it; the output directory comes from the test.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  context: dirname(fileURLToPath(import.meta.url)),
  entry: './main.js',
  output: { path: process.env.WEBPACK_OUT, filename: 'main.js', clean: true },
  performance: { hints: false },
};
