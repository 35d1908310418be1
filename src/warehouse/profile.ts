/**
 * Finds the user's dbt profiles.yml the way dbt does and resolves the target a run uses, with env_var()
 * rendered, so the deploy connects with exactly the credentials dbt uses.
 */
import { readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { readDbtProject } from '../dbt/project.js'
import { settingMention } from '../config/naming.js'
import type { Front } from '../config/settings.js'
import { UserError } from '../errors.js'
import { renderProfileString, renderProfileValue, type EnvVars } from './profile-render.js'
import { pathExists } from '../util/fs.js'
import { isObject } from '../util/object.js'

/** One output of a dbt profile, rendered: the connection dbt would use. */
export interface ProfileTarget {
  /** The adapter type as profiles.yml spells it: `postgres`, `snowflake`, `bigquery`, …. */
  type: string
  profileName: string
  targetName: string
  /** The profiles.yml it came from, for error messages. */
  profilesFile: string
  /** The target's schema (`schema`, or BigQuery's `dataset`), or null when it has none. */
  schema: string | null
  /** Every field of the output after rendering env_var() and applying overrides, keys as dbt spells them. */
  fields: Readonly<Record<string, unknown>>
}

/** `profile "shop", target "prod" (/repo/profiles.yml)`: where a connection came from, for messages. */
export function originOf(target: Pick<ProfileTarget, 'profileName' | 'targetName' | 'profilesFile'>): string {
  return `profile "${target.profileName}", target "${target.targetName}" (${target.profilesFile})`
}

/** Plain values merged over the profile's fields (the action's `connection` input). */
export type ProfileOverrides = Readonly<Record<string, string | number | boolean>>

export interface ProfileRequest {
  projectDir: string
  /** `--profiles-dir` / the `profiles-dir` input. */
  profilesDir: string | null
  /** `--target`; the profile's own `target:` when null. */
  target: string | null
  /** The profile to use; `profile:` of dbt_project.yml when absent. */
  profile?: string
  overrides?: ProfileOverrides
  env?: EnvVars
  homeDir?: string
  /** Whether messages name action inputs or CLI flags; the action when absent. */
  front?: Front
}

/**
 * dbt's search order: `--profiles-dir`, else DBT_PROFILES_DIR, else the project folder when it holds a
 * profiles.yml (dbt looks in its working directory, which is the project folder when dbt runs from there),
 * else ~/.dbt.
 */
export async function locateProfilesFile(
  request: Pick<ProfileRequest, 'projectDir' | 'profilesDir' | 'env' | 'homeDir' | 'front'>
): Promise<string> {
  const env = request.env ?? process.env
  const explicit = request.profilesDir ?? (env.DBT_PROFILES_DIR || null)
  const candidates =
    explicit !== null
      ? [path.resolve(explicit, 'profiles.yml')]
      : [
          path.resolve(request.projectDir, 'profiles.yml'),
          path.join(request.homeDir ?? os.homedir(), '.dbt', 'profiles.yml')
        ]
  for (const candidate of candidates) if (await pathExists(candidate)) return candidate
  const origin =
    request.profilesDir !== null
      ? settingMention('profiles-dir', request.front ?? 'action')
      : explicit !== null
        ? 'DBT_PROFILES_DIR'
        : 'dbt defaults'
  throw new UserError(
    `No profiles.yml found (looked in ${candidates.join(' and ')}, from ${origin}). Commit a profiles.yml that reads ` +
      `its secrets with env_var() and point ${settingMention('profiles-dir', request.front ?? 'action')} at its folder, or write one in an earlier step.`
  )
}

/** Reads profiles.yml, picks the profile and target, renders them and applies the overrides. */
export async function readProfileTarget(request: ProfileRequest): Promise<ProfileTarget> {
  const file = await locateProfilesFile(request)
  const profileName = request.profile ?? (await readDbtProject(request.projectDir, request.front)).profile
  let doc: unknown
  try {
    doc = parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new UserError(`${file} cannot be read as YAML: ${(error as Error).message}`)
  }
  return resolveProfileTarget(doc, {
    file,
    profileName,
    targetName: request.target,
    env: request.env ?? process.env,
    overrides: request.overrides ?? {},
    front: request.front
  })
}

/** The pure part of readProfileTarget: from parsed profiles.yml to the rendered target. */
export function resolveProfileTarget(
  doc: unknown,
  options: {
    file: string
    profileName: string
    targetName: string | null
    env: EnvVars
    overrides: ProfileOverrides
    front?: Front
  }
): ProfileTarget {
  const { file, profileName, env } = options
  const profiles = isObject(doc) ? doc : {}
  const names = Object.keys(profiles).filter(name => name !== 'config')
  const profile = profiles[profileName]
  if (!isObject(profile)) {
    throw new UserError(
      `${file} has no profile "${profileName}" (the \`profile:\` of dbt_project.yml); it has ` +
        `${names.length === 0 ? 'none' : names.map(name => `"${name}"`).join(', ')}. Add it, or fix \`profile:\`.`
    )
  }
  const rawTarget = options.targetName ?? profile.target ?? 'default'
  const targetName = String(
    renderProfileString(String(rawTarget), env, { file, field: `${profileName}.target` })
  )
  const outputs = isObject(profile.outputs) ? profile.outputs : {}
  const output = outputs[targetName]
  if (!isObject(output)) {
    throw new UserError(
      `${file}: profile "${profileName}" has no output "${targetName}"; its outputs are ` +
        `${
          Object.keys(outputs)
            .map(name => `"${name}"`)
            .join(', ') || 'none'
        }. Set ${settingMention('target', options.front ?? 'action')} to one of them.`
    )
  }
  const rendered = renderProfileValue(output, env, {
    file,
    field: `${profileName}.outputs.${targetName}`
  }) as Record<string, unknown>
  const fields = { ...rendered, ...options.overrides }
  if (typeof fields.type !== 'string' || fields.type === '') {
    throw new UserError(
      `${file}: output "${targetName}" of profile "${profileName}" has no \`type\` (postgres, snowflake, …).`
    )
  }
  const schema = fields.schema ?? fields.dataset ?? null
  return {
    type: fields.type,
    profileName,
    targetName,
    profilesFile: file,
    schema: schema === null ? null : String(schema),
    fields
  }
}

const SECRET_FIELD = /password|passphrase|secret|token|credentials|keyfile_json|api_key|^pass$|^private_key$/i

function secretStrings(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (typeof value === 'number') return [String(value)]
  if (Array.isArray(value)) return value.flatMap(secretStrings)
  if (isObject(value)) return Object.values(value).flatMap(secretStrings)
  return []
}

/**
 * The secret values of a target (passwords, private keys, tokens, …) for the caller to mask in logs. A multi-line
 * value (a PEM key) is also returned line by line, since log masking works per line.
 */
export function secretsOf(target: ProfileTarget): string[] {
  return withLines(
    Object.entries(target.fields)
      .filter(([key]) => SECRET_FIELD.test(key))
      .flatMap(([, value]) => secretStrings(value))
  )
}

/** Every value of the `connection` setting, whatever its key: all of them are documented as masked. */
export function connectionSecrets(connection: Record<string, string | number | boolean>): string[] {
  return withLines(Object.values(connection).flatMap(secretStrings))
}

/** The values, and the lines of multi-line ones (PEM keys): log masking works per line. */
function withLines(values: string[]): string[] {
  const lines = values.flatMap(value =>
    value.includes('\n')
      ? value
          .split(/\r?\n/)
          .map(line => line.trim())
          .filter(line => line.length >= 8 && !/^-----(BEGIN|END) /.test(line))
      : []
  )
  return [...new Set([...values, ...lines])]
}
