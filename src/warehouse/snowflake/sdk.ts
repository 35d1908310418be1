import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

export type SnowflakeSdk = typeof import('snowflake-sdk')

let loaded: Promise<SnowflakeSdk> | undefined

/**
 * Loads snowflake-sdk on first use, so runs without Snowflake never pay for it (it is large and probes cloud
 * metadata endpoints when loaded). The bundled action ships it as dist/chunks/snowflake-sdk.cjs next to the chunk holding this module
 * (see scripts/build.mjs); source and test runs import the installed package.
 */
export function loadSnowflakeSdk(): Promise<SnowflakeSdk> {
  loaded ??= load()
  return loaded
}

async function load(): Promise<SnowflakeSdk> {
  // The driver's platform detection only feeds its telemetry; skip its metadata-service probes.
  process.env.SNOWFLAKE_DISABLE_PLATFORM_DETECTION ??= 'true'
  const bundled = fileURLToPath(new URL('./snowflake-sdk.cjs', import.meta.url))
  const sdk: SnowflakeSdk = existsSync(bundled)
    ? createRequire(import.meta.url)(bundled)
    : ((await import('snowflake-sdk')) as unknown as { default: SnowflakeSdk }).default
  // Without this the driver logs at INFO to stdout and writes ./snowflake.log into the workspace.
  sdk.configure({ logLevel: 'ERROR', customLogger: quietLogger })
  return sdk
}

/** Driver errors reach the caller as rejected queries; its error log lines go to stderr for debugging. */
const quietLogger = {
  error: (message: string) => process.stderr.write(`snowflake-sdk: ${message}\n`),
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  trace: () => undefined
}
