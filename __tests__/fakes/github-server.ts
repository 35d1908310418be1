import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  findOperation,
  requestProblems,
  responseProblems,
  shaped,
  type MatchedOperation
} from './github-openapi.js'

/**
 * A loopback stand-in for what the real `@actions/github` Octokit and `@actions/artifact` talk to: the REST API
 * (workflow runs and one run, run artifacts, artifact zip download, issue comments, /user, /repos), the artifact Twirp
 * service and Azure-style blob storage. State is plain data the test arranges; failures are scripted.
 *
 * Kept honest by GitHub's OpenAPI description: every REST request must be an operation GitHub has (path, method,
 * query parameters, `per_page` ≤ 100, body) and every REST answer must have the documented shape. A mismatch is
 * recorded in `violations`, and `reset()` and `close()` throw while any is recorded, failing the test run.
 */

export interface FakeRun {
  id: number
  workflow: string
  head_branch: string
  head_sha: string
  event: string
  status: 'completed' | 'in_progress'
  conclusion: 'success' | 'failure' | 'timed_out' | 'cancelled' | null
  created_at: string
  /** owner/name of the repository the run's commit comes from. */
  headRepository: string
}

export interface FakeArtifact {
  id: number
  runId: number
  name: string
  zip: Buffer
  expired: boolean
  created_at: string
  /** What the REST listing says; defaults to the sha256 of `zip`. */
  digest?: string
  /** Bytes the blob URL serves instead of `zip` (a damaged transfer). */
  served?: Buffer
  /** false: listed while its upload is not finalized; downloading it gets 404. */
  finalized?: boolean
}

export interface FakePullRequest {
  headSha: string
  /** Branch and repository the pull request's commits come from; the base repository by default. */
  headRef?: string
  headRepository?: string
  /** A locked conversation: GitHub refuses new comments (403). */
  locked?: boolean
  /** `closed` with `merged` for a merged pull request; open by default. */
  state?: 'open' | 'closed'
  merged?: boolean
  /** When it was closed (and merged, if merged); now by default for a closed pull request. */
  closedAt?: string
}

export interface FakeComment {
  id: number
  issue: number
  body: string
  login: string
  type: 'Bot' | 'User'
  created_at: string
}

export interface FakeToken {
  login: string
  type: 'Bot' | 'User'
  /** GET /user answers for PATs only; GITHUB_TOKEN and App installation tokens get 403. */
  canReadUser: boolean
  /** Fork pull requests get a token that cannot write comments. */
  canWrite: boolean
  /** `checks: write`; as `canWrite` when unset. */
  canWriteChecks?: boolean
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  details_url: string | null
  title: string
  summary: string
  /** Every annotation received, over the create request and the updates. */
  annotations: Record<string, unknown>[]
  /** How many annotations each request carried. */
  batches: number[]
}

export interface ScriptedFailure {
  method?: string
  path: RegExp
  status: number
  headers?: Record<string, string>
  message: string
  /** A raw body instead of GitHub's JSON error (GitHub's edge answers 502 with HTML). */
  rawBody?: string
  /** How many matching requests fail; then requests pass again. */
  times: number
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  userAgent: string
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

export class FakeGitHub {
  defaultBranch = 'main'
  runs: FakeRun[] = []
  /** Workflow files on the default branch; a run's workflow counts. GitHub answers 404 for the runs of others. */
  workflows = new Set<string>()
  artifacts: FakeArtifact[] = []
  comments: FakeComment[] = []
  checkRuns: FakeCheckRun[] = []
  /** Pull requests by number, with the commit at their head. */
  pullRequests = new Map<number, FakePullRequest>()
  tokens = defaultTokens()
  readonly requests: RecordedRequest[] = []
  /** Requests or answers GitHub's OpenAPI description does not allow. */
  readonly violations: string[] = []
  private failures: ScriptedFailure[] = []
  private nextId = 1000
  private blobs = new Map<string, Buffer>()
  private blocks = new Map<string, Buffer>()
  private pendingUploads = new Map<string, { runId: number; name: string }>()
  private createBarrier: { size: number; waiting: (() => void)[] } | null = null

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly owner: string,
    readonly repo: string
  ) {}

  /** A repository `acme/analytics` unless named: tests on a shared warehouse name their own. */
  static async start(repository: { owner?: string; repo?: string } = {}): Promise<FakeGitHub> {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const fake = new FakeGitHub(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      repository.owner ?? 'acme',
      repository.repo ?? 'analytics'
    )
    server.on('request', (request, response) => {
      fake.handle(request, response).catch(error => send(response, 500, { message: String(error) }))
    })
    return fake
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise(resolve => this.server.close(resolve))
    this.assertHonest()
  }

  /** Throws when a request or answer did not match GitHub's description since the last check. */
  assertHonest(): void {
    if (this.violations.length === 0) return
    const found = this.violations.splice(0)
    throw new Error(`The loopback GitHub saw what real GitHub would not:\n${found.join('\n')}`)
  }

  /** Back to an empty repository, for the next test. */
  reset(): void {
    this.assertHonest()
    this.defaultBranch = 'main'
    this.runs = []
    this.workflows = new Set()
    this.artifacts = []
    this.comments = []
    this.checkRuns = []
    this.pullRequests = new Map()
    this.tokens = defaultTokens()
    this.requests.length = 0
    this.failures = []
    this.createBarrier = null
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  /** A run of `workflow` (default `deploy.yml`) created `hoursAgo` hours before now, successful unless said. */
  addRun(fields: Partial<FakeRun> & { hoursAgo?: number } = {}): FakeRun {
    const { hoursAgo = 1, ...rest } = fields
    const run: FakeRun = {
      id: this.nextId++,
      workflow: 'deploy.yml',
      head_branch: this.defaultBranch,
      head_sha: createHash('sha1').update(String(this.nextId)).digest('hex'),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      created_at: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      headRepository: this.fullName,
      ...rest
    }
    this.runs.push(run)
    this.workflows.add(run.workflow)
    return run
  }

  addArtifact(runId: number, name: string, zip: Buffer, fields: Partial<FakeArtifact> = {}): FakeArtifact {
    const run = this.runs.find(candidate => candidate.id === runId)
    const artifact: FakeArtifact = {
      id: this.nextId++,
      runId,
      name,
      zip,
      expired: false,
      created_at: run?.created_at ?? new Date().toISOString(),
      ...fields
    }
    this.artifacts.push(artifact)
    return artifact
  }

  addComment(
    issue: number,
    body: string,
    login = 'github-actions[bot]',
    type: 'Bot' | 'User' = 'Bot'
  ): FakeComment {
    const comment = { id: this.nextId++, issue, body, login, type, created_at: new Date().toISOString() }
    this.comments.push(comment)
    return comment
  }

  /** The next `times` requests matching `path` (and `method`) get this status instead of an answer. */
  fail(failure: Omit<ScriptedFailure, 'times'> & { times?: number }): void {
    this.failures.push({ times: 1, ...failure })
  }

  /** GitHub's secondary rate limit on the next `times` matching requests: 403 with `retry-after`. */
  secondaryRateLimit(path: RegExp, retryAfterSeconds: number, times = 1): void {
    this.fail({
      path,
      status: 403,
      times,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4999' },
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    })
  }

  /** GitHub's edge failing: 502 with an HTML page, `times` times. */
  badGateway(path: RegExp, times = 1): void {
    this.fail({
      path,
      status: 502,
      times,
      message: 'Bad Gateway',
      rawBody: '<html><body><h1>502 Bad Gateway</h1></body></html>'
    })
  }

  /** Holds comment creations until `size` of them are waiting, then answers all: forces two runs to race. */
  holdCommentCreationsUntil(size: number): void {
    this.createBarrier = { size, waiting: [] }
  }

  /** A JWT-shaped ACTIONS_RUNTIME_TOKEN whose `scp` claim names the run the uploads belong to. */
  runtimeToken(runId: number, jobId = 'job-1'): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}` })}.sig`
  }

  /** The environment variables the libraries read, pointing at this fake (GITHUB_SERVER_URL left unset). */
  environment(runId: number): Record<string, string> {
    return {
      GITHUB_API_URL: this.url,
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: this.runtimeToken(runId)
    }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const method = request.method ?? 'GET'
    const body = await readBody(request)
    this.requests.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      userAgent: request.headers['user-agent'] ?? ''
    })
    const rest = !url.pathname.startsWith('/blob/') && !url.pathname.startsWith(TWIRP)
    if (rest) this.violations.push(...requestProblems(method, url, body))
    const reply = this.replier(rest ? findOperation(method, url.pathname) : null, response)
    const failure = this.failures.find(
      f => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === method)
    )
    if (failure) {
      failure.times--
      if (failure.rawBody !== undefined) {
        response
          .writeHead(failure.status, { 'content-type': 'text/html', ...failure.headers })
          .end(failure.rawBody)
        return
      }
      return reply(failure.status, githubError(failure.message, failure.status), failure.headers)
    }
    if (url.pathname.startsWith('/blob/')) return this.blob(method, url, body, response)
    if (url.pathname.startsWith(TWIRP)) return this.twirp(url.pathname.slice(TWIRP.length), body, response)
    const token = this.tokens.get((request.headers.authorization ?? '').replace(/^(token|bearer) /i, ''))
    if (!token) return reply(401, githubError('Bad credentials', 401))
    return this.rest(method, url, body, token, reply)
  }

  /** Sends an answer, first checking it against what GitHub documents for the operation. */
  private replier(operation: MatchedOperation | null, response: ServerResponse): Reply {
    return (status, body, headers = {}) => {
      if (operation) this.violations.push(...responseProblems(operation, status, body ?? undefined))
      if (body === null) {
        response.writeHead(status, headers).end()
        return
      }
      send(response, status, body, headers)
    }
  }

  private async rest(method: string, url: URL, body: Buffer, token: FakeToken, reply: Reply) {
    const repoPrefix = `/repos/${this.owner}/${this.repo}`
    const path = url.pathname
    const route = (pattern: string) => new RegExp(`^${repoPrefix}${pattern}$`).exec(path)
    let match: RegExpExecArray | null
    if (method === 'GET' && path === '/user') {
      if (!token.canReadUser) return reply(403, githubError('Resource not accessible by integration', 403))
      return reply(
        200,
        shaped('public-user', { ...this.userJson(token.login, token.type), user_view_type: 'public' })
      )
    }
    if (method === 'GET' && path === repoPrefix) {
      return reply(
        200,
        shaped('full-repository', {
          name: this.repo,
          full_name: this.fullName,
          default_branch: this.defaultBranch,
          owner: this.userJson(this.owner, 'Organization')
        })
      )
    }
    if (method === 'GET' && (match = route('/actions/workflows/([^/]+)/runs'))) {
      const workflow = decodeURIComponent(match[1])
      if (![...this.workflows].some(file => file === workflow || String(this.workflowId(file)) === workflow))
        return reply(404, notFound('actions/workflow-runs#list-workflow-runs-for-a-workflow'))
      return this.page(
        url,
        reply,
        'workflow_runs',
        this.listRuns(decodeURIComponent(match[1]), url.searchParams)
      )
    }
    if (method === 'GET' && (match = route('/actions/runs/(\\d+)'))) {
      const run = this.runs.find(r => r.id === Number(match![1]))
      if (!run) return reply(404, notFound('actions/workflow-runs#get-a-workflow-run'))
      return reply(200, this.runJson(run))
    }
    if (method === 'GET' && (match = route('/actions/runs/(\\d+)/artifacts'))) {
      const name = url.searchParams.get('name')
      const artifacts = this.artifacts
        .filter(a => a.runId === Number(match![1]) && (name === null || a.name === name))
        .map(a => this.artifactJson(a))
      return this.page(url, reply, 'artifacts', artifacts)
    }
    if (method === 'GET' && (match = route('/actions/artifacts/(\\d+)/zip'))) {
      const artifact = this.artifacts.find(a => a.id === Number(match![1]))
      if (!artifact || artifact.finalized === false)
        return reply(404, notFound('actions/artifacts#download-an-artifact'))
      if (artifact.expired) return reply(410, githubError('Artifact has expired', 410))
      return reply(302, null, { location: `${this.url}/blob/artifacts/${artifact.id}.zip?sig=fake` })
    }
    if (method === 'GET' && (match = route('/pulls/(\\d+)'))) {
      const number = Number(match[1])
      const pull = this.pullRequests.get(number)
      if (!pull) return reply(404, notFound('pulls/pulls#get-a-pull-request'))
      return reply(200, this.pullJson(number, pull))
    }
    if (method === 'GET' && (match = route('/issues/(\\d+)/comments'))) {
      const issue = Number(match[1])
      const comments = this.comments.filter(c => c.issue === issue).sort((a, b) => a.id - b.id)
      return this.page(
        url,
        reply,
        null,
        comments.map(c => this.commentJson(c))
      )
    }
    if (method === 'POST' && (match = route('/issues/(\\d+)/comments'))) {
      if (!token.canWrite) return reply(403, githubError('Resource not accessible by integration', 403))
      if (this.pullRequests.get(Number(match[1]))?.locked)
        return reply(403, githubError('Unable to create comment because issue is locked.', 403))
      const text = String(JSON.parse(body.toString()).body)
      if (text.length > 65_536) return reply(422, bodyTooLong())
      const comment = this.addComment(Number(match[1]), text, token.login, token.type)
      await this.waitAtCreateBarrier()
      return reply(201, this.commentJson(comment))
    }
    if ((method === 'PATCH' || method === 'DELETE') && (match = route('/issues/comments/(\\d+)'))) {
      if (!token.canWrite) return reply(403, githubError('Resource not accessible by integration', 403))
      const comment = this.comments.find(c => c.id === Number(match![1]))
      if (!comment) return reply(404, notFound('issues/comments'))
      if (method === 'DELETE') {
        this.comments = this.comments.filter(c => c !== comment)
        return reply(204, null)
      }
      if (this.pullRequests.get(comment.issue)?.locked)
        return reply(403, githubError('Unable to update comment because issue is locked.', 403))
      const text = String(JSON.parse(body.toString()).body)
      if (text.length > 65_536) return reply(422, bodyTooLong())
      comment.body = text
      return reply(200, this.commentJson(comment))
    }
    if (method === 'POST' && route('/check-runs')) {
      if (!(token.canWriteChecks ?? token.canWrite))
        return reply(403, githubError('Resource not accessible by integration', 403))
      const request = JSON.parse(body.toString()) as Record<string, unknown>
      const output = (request.output ?? {}) as Record<string, unknown>
      const annotations = (output.annotations ?? []) as Record<string, unknown>[]
      if (annotations.length > 50) return reply(422, tooManyAnnotations())
      const check: FakeCheckRun = {
        id: this.nextId++,
        name: String(request.name),
        head_sha: String(request.head_sha),
        status: String(request.status ?? 'queued'),
        conclusion: typeof request.conclusion === 'string' ? request.conclusion : null,
        details_url: typeof request.details_url === 'string' ? request.details_url : null,
        title: String(output.title ?? ''),
        summary: String(output.summary ?? ''),
        annotations: [...annotations],
        batches: [annotations.length]
      }
      this.checkRuns.push(check)
      return reply(201, this.checkRunJson(check))
    }
    if (method === 'PATCH' && (match = route('/check-runs/(\\d+)'))) {
      if (!(token.canWriteChecks ?? token.canWrite))
        return reply(403, githubError('Resource not accessible by integration', 403))
      const check = this.checkRuns.find(c => c.id === Number(match![1]))
      if (!check) return reply(404, notFound('checks/runs#update-a-check-run'))
      const output = ((JSON.parse(body.toString()) as Record<string, unknown>).output ?? {}) as Record<
        string,
        unknown
      >
      const annotations = (output.annotations ?? []) as Record<string, unknown>[]
      if (annotations.length > 50) return reply(422, tooManyAnnotations())
      check.annotations.push(...annotations)
      check.batches.push(annotations.length)
      check.title = String(output.title ?? check.title)
      check.summary = String(output.summary ?? check.summary)
      return reply(200, this.checkRunJson(check))
    }
    reply(404, githubError('Not Found', 404))
  }

  private checkRunJson(check: FakeCheckRun): object {
    return shaped('check-run', {
      id: check.id,
      name: check.name,
      head_sha: check.head_sha,
      status: check.status,
      conclusion: check.conclusion,
      details_url: check.details_url,
      html_url: `https://github.com/${this.fullName}/runs/${check.id}`,
      url: `${this.url}/repos/${this.fullName}/check-runs/${check.id}`,
      output: {
        title: check.title,
        summary: check.summary,
        text: null,
        annotations_count: check.annotations.length,
        annotations_url: `${this.url}/repos/${this.fullName}/check-runs/${check.id}/annotations`
      }
    })
  }

  private listRuns(workflow: string, query: URLSearchParams): object[] {
    const branch = query.get('branch')
    const status = query.get('status')
    const event = query.get('event')
    const created = query.get('created')
    const inclusive = created?.startsWith('>=') ?? false
    const after = created?.startsWith('>') ? Date.parse(created.replace(/^>=?/, '')) : null
    return this.runs
      .filter(run => run.workflow === workflow || String(this.workflowId(run.workflow)) === workflow)
      .filter(run => branch === null || run.head_branch === branch)
      .filter(run => event === null || run.event === event)
      .filter(run => status === null || run.status === status || run.conclusion === status)
      .filter(
        run =>
          after === null ||
          Date.parse(run.created_at) > after ||
          (inclusive && Date.parse(run.created_at) === after)
      )
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
      .map(run => this.runJson(run))
  }

  private runJson(run: FakeRun): object {
    return shaped('workflow-run', {
      id: run.id,
      name: run.workflow,
      workflow_id: this.workflowId(run.workflow),
      path: `.github/workflows/${run.workflow}`,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      created_at: run.created_at,
      updated_at: run.created_at,
      html_url: `https://github.com/${this.fullName}/actions/runs/${run.id}`,
      head_repository: this.repositoryJson(run.headRepository),
      repository: this.repositoryJson(this.fullName)
    })
  }

  private workflowId(file: string): number {
    return 7000 + [...file].reduce((sum, char) => sum + char.charCodeAt(0), 0)
  }

  private artifactJson(artifact: FakeArtifact): object {
    const run = this.runs.find(r => r.id === artifact.runId)
    const finalized = artifact.finalized !== false
    return shaped('artifact', {
      id: artifact.id,
      name: artifact.name,
      size_in_bytes: finalized ? artifact.zip.length : 0,
      expired: artifact.expired,
      created_at: artifact.created_at,
      updated_at: artifact.created_at,
      expires_at: new Date(Date.parse(artifact.created_at) + 90 * 86_400_000).toISOString(),
      digest: finalized
        ? (artifact.digest ?? `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`)
        : null,
      archive_download_url: `${this.url}/repos/${this.fullName}/actions/artifacts/${artifact.id}/zip`,
      workflow_run: {
        id: artifact.runId,
        repository_id: 1,
        head_repository_id: 1,
        head_branch: run?.head_branch ?? this.defaultBranch,
        head_sha: run?.head_sha ?? '0'.repeat(40)
      }
    })
  }

  private commentJson(comment: FakeComment): object {
    return shaped('issue-comment', {
      id: comment.id,
      body: comment.body,
      user: this.userJson(comment.login, comment.type),
      created_at: comment.created_at,
      updated_at: comment.created_at,
      html_url: `https://github.com/${this.fullName}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${this.url}/repos/${this.fullName}/issues/${comment.issue}`
    })
  }

  private userJson(login: string, type: string): Record<string, unknown> {
    const page = login.endsWith('[bot]') ? `apps/${login.slice(0, -'[bot]'.length)}` : login
    return shaped('simple-user', { login, type, html_url: `https://github.com/${page}` })
  }

  private repositoryJson(fullName: string): Record<string, unknown> {
    const [owner, name] = fullName.split('/')
    return shaped('minimal-repository', {
      name,
      full_name: fullName,
      owner: this.userJson(owner, 'Organization')
    })
  }

  private pullJson(number: number, pull: FakePullRequest): object {
    const headRepository = pull.headRepository ?? this.fullName
    const closedAt = pull.state === 'closed' ? (pull.closedAt ?? new Date().toISOString()) : null
    return shaped('pull-request', {
      number,
      state: pull.state ?? 'open',
      closed_at: closedAt,
      merged: pull.merged === true,
      merged_at: pull.merged === true ? closedAt : null,
      locked: pull.locked === true,
      html_url: `https://github.com/${this.fullName}/pull/${number}`,
      head: {
        sha: pull.headSha,
        ref: pull.headRef ?? `feature-${number}`,
        label: `${headRepository.split('/')[0]}:${pull.headRef ?? `feature-${number}`}`,
        repo: shaped('repository', { name: headRepository.split('/')[1], full_name: headRepository }),
        user: this.userJson(headRepository.split('/')[0], 'User')
      },
      base: {
        sha: '0'.repeat(40),
        ref: this.defaultBranch,
        label: `${this.owner}:${this.defaultBranch}`,
        repo: shaped('repository', { name: this.repo, full_name: this.fullName }),
        user: this.userJson(this.owner, 'Organization')
      }
    })
  }

  /** One page of a list, with GitHub's Link header; `key` null for bare-array endpoints. */
  private page(url: URL, reply: Reply, key: string | null, items: object[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const links: string[] = []
    const linkTo = (target: number, rel: string) => {
      const next = new URL(url)
      next.searchParams.set('page', String(target))
      links.push(`<${next.href}>; rel="${rel}"`)
    }
    if (page < last) linkTo(page + 1, 'next')
    if (page < last) linkTo(last, 'last')
    const slice = items.slice((page - 1) * perPage, page * perPage)
    reply(
      200,
      key === null ? slice : { total_count: items.length, [key]: slice },
      links.length ? { link: links.join(', ') } : {}
    )
  }

  private async waitAtCreateBarrier(): Promise<void> {
    const barrier = this.createBarrier
    if (!barrier) return
    await new Promise<void>(resolve => {
      barrier.waiting.push(resolve)
      if (barrier.waiting.length >= barrier.size) {
        this.createBarrier = null
        barrier.waiting.forEach(release => release())
      }
    })
  }

  private twirp(method: string, body: Buffer, response: ServerResponse): void {
    const request = JSON.parse(body.toString() || '{}') as Record<string, string>
    const runId = Number(request.workflow_run_backend_id)
    switch (method) {
      case 'CreateArtifact': {
        if (this.artifacts.some(a => a.runId === runId && a.name === request.name)) {
          return send(response, 409, {
            code: 'already_exists',
            msg: 'an artifact with this name already exists on the workflow run'
          })
        }
        const key = `upload-${this.nextId++}`
        this.pendingUploads.set(key, { runId, name: request.name })
        return send(response, 200, { ok: true, signed_upload_url: `${this.url}/blob/${key}?sig=fake` })
      }
      case 'FinalizeArtifact': {
        const entry = [...this.pendingUploads.entries()].find(
          ([, u]) => u.runId === runId && u.name === request.name
        )
        const zip = entry ? this.blobs.get(entry[0]) : undefined
        if (!entry || !zip) return send(response, 404, { code: 'not_found', msg: 'no such upload' })
        this.pendingUploads.delete(entry[0])
        const artifact = this.addArtifact(runId, request.name, zip)
        return send(response, 200, { ok: true, artifact_id: String(artifact.id) })
      }
      case 'ListArtifacts': {
        const artifacts = this.artifacts
          .filter(a => a.runId === runId && (!request.name_filter || a.name === request.name_filter))
          .map(a => ({
            workflow_run_backend_id: String(a.runId),
            workflow_job_run_backend_id: 'job-1',
            database_id: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            created_at: a.created_at
          }))
        return send(response, 200, { artifacts })
      }
      case 'DeleteArtifact': {
        const artifact = this.artifacts.find(a => a.runId === runId && a.name === request.name)
        if (!artifact) return send(response, 404, { code: 'not_found', msg: 'no such artifact' })
        this.artifacts = this.artifacts.filter(a => a !== artifact)
        return send(response, 200, { ok: true, artifact_id: String(artifact.id) })
      }
      case 'GetSignedArtifactURL': {
        const artifact = this.artifacts.find(a => a.runId === runId && a.name === request.name)
        if (!artifact) return send(response, 404, { code: 'not_found', msg: 'no such artifact' })
        return send(response, 200, { signed_url: `${this.url}/blob/artifacts/${artifact.id}.zip?sig=fake` })
      }
      default:
        return send(response, 404, { code: 'bad_route', msg: `no method ${method}` })
    }
  }

  private blob(method: string, url: URL, body: Buffer, response: ServerResponse): void {
    const key = url.pathname.slice('/blob/'.length)
    const comp = url.searchParams.get('comp')
    if (method === 'PUT' && comp === 'block') {
      this.blocks.set(`${key}/${url.searchParams.get('blockid')}`, body)
      response.writeHead(201, { 'x-ms-request-id': 'fake' }).end()
      return
    }
    if (method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
        m => m[1]
      )
      this.blobs.set(key, Buffer.concat(ids.map(id => this.blocks.get(`${key}/${id}`) ?? Buffer.alloc(0))))
      response.writeHead(201, { etag: '"fake"', 'last-modified': new Date().toUTCString() }).end()
      return
    }
    if (method === 'PUT') {
      this.blobs.set(key, body)
      response.writeHead(201, { etag: '"fake"' }).end()
      return
    }
    const artifactMatch = /^artifacts\/(\d+)\.zip$/.exec(key)
    const artifact = artifactMatch ? this.artifacts.find(a => a.id === Number(artifactMatch[1])) : undefined
    if (method === 'GET' && artifact) {
      const bytes = artifact.served ?? artifact.zip
      response
        .writeHead(200, { 'content-type': 'application/zip', 'content-length': bytes.length })
        .end(bytes)
      return
    }
    send(response, 404, { message: 'BlobNotFound' })
  }
}

/** `ghs_actions` behaves like the job's GITHUB_TOKEN. */
function defaultTokens(): Map<string, FakeToken> {
  return new Map([
    ['ghs_actions', { login: 'github-actions[bot]', type: 'Bot', canReadUser: false, canWrite: true }]
  ])
}

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void

function notFound(docs: string): object {
  return { message: 'Not Found', documentation_url: `https://docs.github.com/rest/${docs}`, status: '404' }
}

function githubError(message: string, status: number): object {
  return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }
}

function tooManyAnnotations(): object {
  return {
    message: 'Invalid request.\n\nOnly 50 annotations are allowed per request.',
    documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
    status: '422'
  }
}

function bodyTooLong(): object {
  return {
    message: 'Validation Failed',
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)'
      }
    ],
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '422'
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body))
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
