// Bundles the action entry, the CLI and the lazily loaded Snowflake driver into dist/ (or the folder given).
import { build } from 'esbuild'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const outdir = path.resolve(process.argv[2] ?? 'dist')
// esbuild's ESM output needs `require` for CommonJS dependencies; the name is changed because
// @azure/storage-common imports `createRequire` itself.
const requireShim =
  "import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);"

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Loaded at run time only by the runs that need them: see src/warehouse/snowflake/sdk.ts and src/warehouse/pglite.ts.
  external: [
    'snowflake-sdk',
    '@electric-sql/pglite',
    '@electric-sql/pglite/*',
    '@electric-sql/pglite-socket'
  ],
  banner: { js: requireShim }
}

await rm(outdir, { recursive: true, force: true })
await mkdir(outdir, { recursive: true })
// One build with code splitting: the entries load only what a run needs (the action's modes, GitHub and
// warehouse code are separate chunks imported on demand), and the action and the CLI share chunks.
await build({
  ...common,
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]'
})
const cli = path.join(outdir, 'cli.js')
await writeFile(cli, `#!/usr/bin/env node\n${await readFile(cli, 'utf8')}`)
await chmod(cli, 0o755)
// The Snowflake driver is CommonJS and large: it gets its own CommonJS bundle beside the Snowflake chunk, required
// only in Snowflake runs (src/warehouse/snowflake/sdk.ts).
await build({
  entryPoints: { 'snowflake-sdk': 'snowflake-sdk' },
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'error',
  outdir: path.join(outdir, 'chunks')
})
await writeFile(path.join(outdir, 'package.json'), '{ "type": "module" }\n')
