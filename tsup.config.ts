import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

// Two entries: the library (pure, no Node built-ins) and the CLI (a thin shell over it).
export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts'},
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: {entry: {index: 'src/index.ts'}},
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  define: {__DECHROME_VERSION__: JSON.stringify(version)}
})
