import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { connectWarehouse } from '../../src/warehouse/connect.js'
import { postgresConnectionFromProfile } from '../../src/warehouse/postgres/profile-connection.js'
import {
  locateProfilesFile,
  readProfileTarget,
  resolveProfileTarget,
  secretsOf
} from '../../src/warehouse/profile.js'
import { describeWithPostgres } from '../helpers/postgres.js'

const PROFILES = `
config:
  send_anonymous_usage_stats: false
shop:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    dev:
      type: postgres
      host: 127.0.0.1
      user: postgres
      password: "{{ env_var('SHOP_PASSWORD', '') }}"
      port: "{{ env_var('SHOP_PORT', '5432') | int }}"
      dbname: test
      schema: analytics_dev
      threads: 4
    prod:
      type: snowflake
      account: "{{ env_var('SF_ACCOUNT') }}"
      user: deployer
      private_key: "{{ env_var('SF_PRIVATE_KEY') }}"
      private_key_path: /keys/rsa.p8
      schema: analytics
other:
  outputs:
    default:
      type: bigquery
      dataset: marts
`

let root: string

async function project(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(root, name)
  await mkdir(dir, { recursive: true })
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dbt-slim-ci-profile-'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('locating profiles.yml like dbt', () => {
  test('the profiles-dir input wins over DBT_PROFILES_DIR and the project folder', async () => {
    const dir = await project('explicit', {
      'profiles.yml': PROFILES,
      'ci/profiles.yml': PROFILES,
      'env/profiles.yml': PROFILES
    })
    const env = { DBT_PROFILES_DIR: path.join(dir, 'env') }
    expect(await locateProfilesFile({ projectDir: dir, profilesDir: path.join(dir, 'ci'), env })).toBe(
      path.join(dir, 'ci', 'profiles.yml')
    )
    expect(await locateProfilesFile({ projectDir: dir, profilesDir: null, env })).toBe(
      path.join(dir, 'env', 'profiles.yml')
    )
  })

  test('without either, the project folder is used when it holds a profiles.yml, else ~/.dbt', async () => {
    const withFile = await project('with-file', { 'profiles.yml': PROFILES })
    const home = await project('home', { '.dbt/profiles.yml': PROFILES })
    const without = await project('without', {})
    expect(
      await locateProfilesFile({ projectDir: withFile, profilesDir: null, env: {}, homeDir: home })
    ).toBe(path.join(withFile, 'profiles.yml'))
    expect(await locateProfilesFile({ projectDir: without, profilesDir: null, env: {}, homeDir: home })).toBe(
      path.join(home, '.dbt', 'profiles.yml')
    )
  })

  test('a missing profiles.yml names where it looked and how to fix it', async () => {
    const without = await project('nothing', {})
    await expect(
      locateProfilesFile({ projectDir: without, profilesDir: null, env: {}, homeDir: without })
    ).rejects.toThrow(
      `No profiles.yml found (looked in ${path.join(without, 'profiles.yml')} and ${path.join(without, '.dbt', 'profiles.yml')}`
    )
  })
})

describe('resolving the target', () => {
  const resolve = (overrides: Partial<Parameters<typeof resolveProfileTarget>[1]> = {}) =>
    resolveProfileTarget(parse(PROFILES), {
      file: '/p/profiles.yml',
      profileName: 'shop',
      targetName: null,
      env: {},
      overrides: {},
      ...overrides
    })

  test("the profile's own target is used, rendered, with env_var() values typed like dbt", () => {
    const target = resolve()
    expect(target).toMatchObject({
      type: 'postgres',
      profileName: 'shop',
      targetName: 'dev',
      schema: 'analytics_dev'
    })
    expect(target.fields).toMatchObject({ port: 5432, password: '', threads: 4, dbname: 'test' })
  })

  test('the target input and the target env var choose another output', () => {
    const env = { SF_ACCOUNT: 'org-acct', SF_PRIVATE_KEY: 'k' }
    expect(resolve({ targetName: 'prod', env }).type).toBe('snowflake')
    expect(resolve({ env: { ...env, DBT_TARGET: 'prod' } }).targetName).toBe('prod')
  })

  test('only the chosen output is rendered, so other outputs may use unset variables', () => {
    expect(() => resolve({ targetName: 'dev' })).not.toThrow()
    expect(() => resolve({ targetName: 'prod' })).toThrow("Env var required but not provided: 'SF_ACCOUNT'")
  })

  test('overrides replace profile fields after rendering', () => {
    expect(resolve({ overrides: { password: 'from-secret', port: 6432 } }).fields).toMatchObject({
      password: 'from-secret',
      port: 6432
    })
  })

  test('an unknown profile or output lists the ones that exist', () => {
    expect(() => resolve({ profileName: 'shopp' })).toThrow(
      'has no profile "shopp" (the `profile:` of dbt_project.yml); it has "shop", "other"'
    )
    expect(() => resolve({ targetName: 'qa' })).toThrow(
      'profile "shop" has no output "qa"; its outputs are "dev", "prod"'
    )
  })

  test('a BigQuery target keeps its dataset as the schema', () => {
    expect(resolve({ profileName: 'other' })).toMatchObject({
      type: 'bigquery',
      targetName: 'default',
      schema: 'marts'
    })
  })

  test('readProfileTarget takes the profile name from dbt_project.yml', async () => {
    const dir = await project('full', {
      'dbt_project.yml': 'name: shop_project\nprofile: shop\n',
      'profiles.yml': PROFILES
    })
    const target = await readProfileTarget({
      projectDir: dir,
      profilesDir: null,
      target: null,
      env: { SHOP_PORT: '5433' }
    })
    expect(target).toMatchObject({
      profileName: 'shop',
      targetName: 'dev',
      profilesFile: path.join(dir, 'profiles.yml')
    })
    expect(target.fields.port).toBe(5433)
  })
})

describe('secrets of a target', () => {
  test('passwords, keys and tokens are returned, multi-line keys also line by line; paths and names are not', () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----'
    const target = resolveProfileTarget(parse(PROFILES), {
      file: '/p/profiles.yml',
      profileName: 'shop',
      targetName: 'prod',
      env: { SF_ACCOUNT: 'org-acct', SF_PRIVATE_KEY: key },
      overrides: { token: 'oauth-token', private_key_passphrase: 'pass-phrase' }
    })
    expect(secretsOf(target).sort()).toEqual(
      [key, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7', 'oauth-token', 'pass-phrase'].sort()
    )
  })
})

describe('the Postgres connection of a target', () => {
  const target = (fields: Record<string, unknown>) => ({
    type: 'postgres',
    profileName: 'shop',
    targetName: 'dev',
    profilesFile: '/p/profiles.yml',
    schema: 'analytics',
    fields: { type: 'postgres', ...fields }
  })

  test("dbt-postgres' defaults and aliases apply", () => {
    expect(
      postgresConnectionFromProfile(
        target({ host: 'db', user: 'u', pass: 'pw', database: 'wh', keepalives_idle: 30 })
      )
    ).toEqual({
      host: 'db',
      port: 5432,
      user: 'u',
      password: 'pw',
      database: 'wh',
      sslMode: 'prefer',
      sslRootCert: null,
      sslCert: null,
      sslKey: null,
      connectTimeoutMs: 10_000,
      role: null,
      keepAliveIdleMs: 30_000,
      applicationName: 'dbt-slim-ci',
      origin: 'profile "shop", target "dev" (/p/profiles.yml)'
    })
  })

  test('a missing host, a bad port or an unknown sslmode names the field and the profile', () => {
    expect(() => postgresConnectionFromProfile(target({ user: 'u', dbname: 'd' }))).toThrow(
      '/p/profiles.yml: output "dev" of profile "shop": `host` is missing'
    )
    expect(() =>
      postgresConnectionFromProfile(target({ host: 'h', user: 'u', dbname: 'd', port: 'x' }))
    ).toThrow('`port`')
    expect(() =>
      postgresConnectionFromProfile(target({ host: 'h', user: 'u', dbname: 'd', sslmode: 'on' }))
    ).toThrow('use one of disable, allow, prefer')
  })
})

describe('connecting to the warehouse of a target', () => {
  test('a target of another adapter type is refused with the supported ones', async () => {
    const target = resolveProfileTarget(parse(PROFILES), {
      file: '/p/profiles.yml',
      profileName: 'other',
      targetName: null,
      env: {},
      overrides: {}
    })
    await expect(connectWarehouse(target)).rejects.toThrow(
      'is a bigquery target; blue/green deploys support postgres and snowflake'
    )
  })

  test('a Snowflake target is handed to the Snowflake adapter, which checks its fields', async () => {
    const target = resolveProfileTarget(parse(PROFILES), {
      file: '/p/profiles.yml',
      profileName: 'shop',
      targetName: 'prod',
      env: { SF_ACCOUNT: '', SF_PRIVATE_KEY: 'k' },
      overrides: {}
    })
    await expect(connectWarehouse(target, { dryRun: true })).rejects.toThrow(/account/)
  })
})

describeWithPostgres('connecting through profiles.yml to the Postgres test server', () => {
  test('the rendered dev target opens a working Postgres warehouse with sslmode prefer', async () => {
    const dir = await project('connect', {
      'dbt_project.yml': 'name: shop\nprofile: shop\n',
      'profiles.yml': PROFILES
    })
    const target = await readProfileTarget({ projectDir: dir, profilesDir: null, target: null, env: {} })
    const warehouse = await connectWarehouse(target)
    try {
      expect(warehouse.kind).toBe('postgres')
      expect(await warehouse.containerExists({ level: 'schema', database: 'test', name: 'pg_catalog' })).toBe(
        true
      )
    } finally {
      await warehouse.close()
    }
  })
})
