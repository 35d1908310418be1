import { getOctokit } from '@actions/github'
import { UserError } from '../errors.js'

export type Octokit = ReturnType<typeof getOctokit>

type Environment = Record<string, string | undefined>

/**
 * An Octokit for the API the runner points at. The base URL is read here, at call time, rather than by
 * `@actions/github` at module load, so GHES (`https://HOST/api/v3`) and loopback fakes both work.
 */
export function createOctokit(token: string, env: Environment = process.env): Octokit {
  if (token === '') {
    throw new UserError(
      'No GitHub token: set the `github-token` input (its default is `${{ github.token }}`), or use `state-path` ' +
        'to read production state from a folder instead of an artifact.'
    )
  }
  return getOctokit(token, { baseUrl: apiBaseUrl(env) })
}

export function apiBaseUrl(env: Environment = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

/**
 * GitHub Enterprise Server, decided exactly as `@actions/artifact` decides it (from `GITHUB_SERVER_URL`): there
 * the library refuses to work and artifacts must go through the REST API.
 */
export function isGhes(env: Environment = process.env): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toLowerCase()
  return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')
}

/**
 * The workflow file of the running workflow, from `GITHUB_WORKFLOW_REF`
 * (`owner/repo/.github/workflows/ci.yml@refs/heads/main` → `ci.yml`): the default workflow whose runs publish state.
 */
export function currentWorkflowFile(env: Environment = process.env): string | null {
  const ref = env.GITHUB_WORKFLOW_REF
  if (!ref) return null
  const path = ref.split('@')[0]
  const file = path.slice(path.lastIndexOf('/') + 1)
  return file === '' ? null : file
}
