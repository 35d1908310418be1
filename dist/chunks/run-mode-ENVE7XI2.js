import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  COMMENT_LIMIT,
  DEFAULT_MAX_STATE_FILE_BYTES,
  DbtRunner,
  DefaultArtifactClient,
  GitHubApi,
  GitHubApiError,
  STATE_FILES,
  SUMMARY_LIMIT,
  apiBaseUrl,
  connectSettingsWarehouse,
  createOctokit,
  currentWorkflowFile,
  downloadStateArtifact,
  findProductionState,
  isGhes,
  prSchemaOf,
  productionSchemaOf,
  renderMarkdown,
  resolvedStateOf,
  runCleanup,
  runDefer,
  runDeploy,
  runRollback,
  stateRecordJson
} from "./chunk-6YFWROCP.js";
import {
  group,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-7JZ7V7OG.js";
import {
  ArtifactError,
  UserError
} from "./chunk-YLXNN6N4.js";

// src/action/run-mode.ts
import { mkdir, mkdtemp as mkdtemp3, writeFile as writeFile3 } from "node:fs/promises";
import os from "node:os";
import path2 from "node:path";

// src/github/comment-body.ts
var MAX_COMMENT_LENGTH = 65536;
var DEFAULT_COMMENT_ID = "comment";
var FENCE_CLOSE = "\n```";
var TRUNCATION_NOTE = "\n\n\u2026 *(comment truncated: the full report is in the job summary)*";
function commentMarker(id = DEFAULT_COMMENT_ID) {
  return `<!-- dbt-slim-ci:${id} -->`;
}
function startsWithMarker(body, marker) {
  if (!body) return false;
  const newline = body.indexOf("\n");
  return (newline === -1 ? body : body.slice(0, newline)).trim() === marker;
}
function commentBody(markdown, marker) {
  const head = `${marker}
`;
  const full = head + markdown;
  if (full.length <= MAX_COMMENT_LENGTH) return full;
  let cut = markdown.slice(0, MAX_COMMENT_LENGTH - head.length - TRUNCATION_NOTE.length - FENCE_CLOSE.length);
  const lastLine = cut.lastIndexOf("\n");
  if (lastLine > cut.length / 2) cut = cut.slice(0, lastLine);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return head + closeOpenFence(cut) + TRUNCATION_NOTE;
}
function closeOpenFence(markdown) {
  const fences = markdown.match(/^```/gm)?.length ?? 0;
  return fences % 2 === 1 ? markdown + FENCE_CLOSE : markdown;
}

// src/github/pull-request-comments.ts
var PullRequestComments = class _PullRequestComments {
  constructor(api, pullRequest, options = {}) {
    this.api = api;
    this.pullRequest = pullRequest;
    this.marker = commentMarker(options.id);
    this.author = options.author ?? null;
  }
  api;
  pullRequest;
  marker;
  author;
  static forToken(token, pullRequest, options = {}, env = process.env, clock) {
    return new _PullRequestComments(
      new GitHubApi(createOctokit(token, env), apiBaseUrl(env), clock),
      pullRequest,
      options
    );
  }
  async upsert(markdown) {
    try {
      return await this.upsertOrThrow(commentBody(markdown, this.marker));
    } catch (error) {
      if (error instanceof GitHubApiError && error.status === 403 && !error.rateLimited) {
        return { posted: false, reason: this.forbiddenReason(error) };
      }
      throw error;
    }
  }
  async upsertOrThrow(body) {
    this.author ??= await this.authenticatedLogin();
    const existing = await this.ourComments();
    if (existing.length > 0) {
      const [keep, ...duplicates] = existing;
      await this.deleteAll(duplicates);
      if (keep.body === body) return this.result("unchanged", keep, duplicates.length);
      return this.result("updated", await this.update(keep.id, body), duplicates.length);
    }
    const created = await this.create(body);
    this.author = created.user?.login ?? this.author;
    const [oldest, ...others] = await this.ourComments();
    if (oldest === void 0 || oldest.id === created.id) {
      await this.deleteAll(others);
      return this.result("created", created, others.length);
    }
    await this.deleteAll(others);
    return this.result("updated", await this.update(oldest.id, body), others.length);
  }
  result(action, comment, removed) {
    return { posted: true, action, commentId: comment.id, url: comment.html_url, removedDuplicates: removed };
  }
  /** The token's login where GitHub tells it (PATs, user tokens); null for GITHUB_TOKEN and App installation tokens. */
  async authenticatedLogin() {
    try {
      const { data } = await this.api.call(
        this.operation("read the identity of the token", "none"),
        (octokit) => octokit.rest.users.getAuthenticated()
      );
      return data.login;
    } catch (error) {
      if (error instanceof GitHubApiError && (error.status === 403 || error.status === 404) && !error.rateLimited) {
        return null;
      }
      throw error;
    }
  }
  /** Our marked comments, oldest first. Without a known login, bot authors count: GITHUB_TOKEN and Apps post as bots. */
  async ourComments() {
    const list = this.api.octokit.paginate.iterator(this.api.octokit.rest.issues.listComments, {
      owner: this.pullRequest.owner,
      repo: this.pullRequest.repo,
      issue_number: this.pullRequest.number,
      per_page: 100
    });
    const ours = [];
    const operation = this.operation("list the comments", "pull-requests: read");
    for await (const page of this.api.pages(operation, list)) {
      ours.push(...page.filter((comment) => this.isOurs(comment)));
    }
    return ours.sort((a, b) => a.id - b.id);
  }
  isOurs(comment) {
    if (!startsWithMarker(comment.body, this.marker)) return false;
    return this.author !== null ? comment.user?.login === this.author : comment.user?.type === "Bot";
  }
  async create(body) {
    const { owner, repo, number } = this.pullRequest;
    const { data } = await this.api.call(
      this.operation("create the report comment", "pull-requests: write"),
      (octokit) => octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
    );
    return data;
  }
  async update(commentId, body) {
    const { owner, repo } = this.pullRequest;
    const { data } = await this.api.call(
      this.operation("update the report comment", "pull-requests: write"),
      (octokit) => octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })
    );
    return data;
  }
  async deleteAll(comments) {
    const { owner, repo } = this.pullRequest;
    for (const comment of comments) {
      try {
        await this.api.call(
          this.operation("delete a duplicate report comment", "pull-requests: write"),
          (octokit) => octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id })
        );
      } catch (error) {
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
    }
  }
  operation(action, permission) {
    const { owner, repo, number } = this.pullRequest;
    return {
      description: `${action} on pull request #${number} of ${owner}/${repo}`,
      permission,
      notFoundHint: `Check that pull request #${number} exists in ${owner}/${repo}.`
    };
  }
  forbiddenReason(error) {
    return `The report comment was not posted on pull request #${this.pullRequest.number}: GitHub refused (HTTP 403: ${error.githubMessage}). Pull requests from forks get a read-only token; elsewhere add \`permissions: pull-requests: write\` to the job. The report is in the job summary.`;
  }
};

// src/github/report-artifact.ts
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var REPORT_FILE = "report.json";
async function uploadReport(artifact, folder, report, env = process.env) {
  const file = join(folder, REPORT_FILE);
  await writeFile(file, JSON.stringify(report));
  const uploaded = await new DefaultArtifactClient().uploadArtifact(artifact, [file], folder, {
    retentionDays: 30
  });
  const {
    GITHUB_SERVER_URL: server = "https://github.com",
    GITHUB_REPOSITORY: repository,
    GITHUB_RUN_ID: runId
  } = env;
  return uploaded.id !== void 0 && repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${uploaded.id}` : null;
}
async function downloadReport(lookup, env = process.env) {
  const api = new GitHubApi(createOctokit(lookup.token, env), apiBaseUrl(env));
  const { owner, repo, runId } = lookup;
  const { data } = await api.call(
    { description: `list the artifacts of run ${runId}`, permission: "actions: read" },
    (octokit) => octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: runId,
      name: lookup.artifact,
      per_page: 100
    })
  );
  const stored = data.artifacts.find((a) => a.name === lookup.artifact && !a.expired);
  if (!stored) return null;
  const folder = await mkdtemp(join(tmpdir(), "dbt-slim-ci-report-"));
  try {
    await downloadStateArtifact(
      api,
      {
        token: lookup.token,
        owner,
        repo,
        runId,
        artifactId: stored.id,
        artifactName: stored.name,
        digest: stored.digest ?? null,
        destination: folder,
        maxFileBytes: DEFAULT_MAX_STATE_FILE_BYTES,
        files: [REPORT_FILE]
      },
      env
    );
    const file = join(folder, REPORT_FILE);
    const report = JSON.parse(await readFile(file, "utf8").catch(() => "null"));
    const pullRequest = report?.context?.pullRequest;
    if (!report || typeof pullRequest !== "number") {
      throw new ArtifactError(
        `artifact ${lookup.artifact} of run ${runId}`,
        `holds no ${REPORT_FILE} with a pull request number.`
      );
    }
    const { data: pr } = await api.call(
      { description: `read pull request #${pullRequest}`, permission: "pull-requests: read" },
      (octokit) => octokit.rest.pulls.get({ owner, repo, pull_number: pullRequest })
    );
    if (lookup.headSha && pr.head.sha !== lookup.headSha) {
      throw new UserError(
        `The stored report names pull request #${pullRequest}, whose head is not the commit run ${runId} built: not posting it.`
      );
    }
    return { report, pullRequest };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// src/action/action-environment.ts
import path from "node:path";

// src/github/state-publish.ts
import { copyFile, mkdtemp as mkdtemp2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
async function publishProductionState(publication, env = process.env) {
  if (isGhes(env)) {
    throw new UserError(
      `Publishing production state needs \`@actions/artifact\`, which GitHub Enterprise Server does not support. Upload ${Object.values(STATE_FILES).join(", ")} with \`actions/upload-artifact@v3\` as artifact \`${publication.artifact}\` in the deploy job instead.`
    );
  }
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new UserError(
      "Publishing production state only works inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Outside Actions, keep the deploy target folder and pass it as `state-path`."
    );
  }
  const staging = await mkdtemp2(join2(tmpdir2(), "dbt-slim-ci-state-"));
  try {
    const files = [join2(staging, STATE_FILES.manifest), join2(staging, STATE_FILES.record)];
    await copyFile(publication.manifestPath, files[0]);
    await writeFile2(files[1], stateRecordJson(publication.record));
    const optional = [
      [publication.runResultsPath, STATE_FILES.runResults],
      [publication.previousManifestPath, STATE_FILES.previousManifest]
    ];
    for (const [source, name] of optional) {
      if (source === null) continue;
      files.push(join2(staging, name));
      await copyFile(source, join2(staging, name));
    }
    const uploaded = await new DefaultArtifactClient().uploadArtifact(publication.artifact, files, staging, {
      retentionDays: publication.retentionDays > 0 ? publication.retentionDays : void 0,
      compressionLevel: 9
    }).catch((error) => {
      throw new UserError(
        `Uploading the production state artifact \`${publication.artifact}\` failed: ${error.message}. An artifact name can be used once per run: give each deploy job its own \`state-artifact\`.`
      );
    });
    if (uploaded.id === void 0) {
      throw new UserError(
        `Uploading artifact \`${publication.artifact}\` returned no artifact id; re-run the job.`
      );
    }
    return {
      artifactName: publication.artifact,
      artifactId: uploaded.id,
      size: uploaded.size ?? 0,
      digest: uploaded.digest ? `sha256:${uploaded.digest}` : null,
      files: files.map((file) => file.slice(staging.length + 1))
    };
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
}

// src/action/action-environment.ts
var actionsLog = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  group: (name, fn) => group(name, fn)
};
function actionEnvironment(settings, event, mode, workDir) {
  const [owner, repo] = (event.repository ?? "/").split("/");
  const runUrl = event.repository && event.runId ? `${event.serverUrl}/${event.repository}/actions/runs/${event.runId}` : null;
  return {
    settings,
    run: {
      repository: event.repository ?? "local",
      runId: event.runId,
      runUrl,
      pullRequest: event.pullRequest?.number ?? null,
      commitSha: event.pullRequest?.headSha ?? event.sha
    },
    workDir,
    log: actionsLog,
    dbt: new DbtRunner({ ...settings.dbt, env: {} }, (line) => info(line)),
    now: () => /* @__PURE__ */ new Date(),
    async resolveState() {
      const workflow = settings.state.workflow ?? currentWorkflowFile();
      if (!settings.state.path && !workflow) {
        throw new UserError(
          "Cannot tell which workflow publishes production state: set the `state-workflow` input (e.g. `deploy.yml`)."
        );
      }
      const found = await findProductionState({
        token: settings.githubToken,
        owner,
        repo,
        artifact: settings.state.artifact,
        workflow: workflow ?? "",
        branch: settings.state.branch,
        maxRuns: settings.state.maxRuns,
        path: settings.state.path,
        maxAgeHours: settings.state.maxAgeHours,
        destination: path.join(workDir, "state")
      });
      const resolved = await resolvedStateOf(found);
      for (const warning2 of resolved.provenance.warnings) warning(warning2.message);
      return resolved;
    },
    async publishState(state) {
      const published = await publishProductionState({
        artifact: settings.state.artifact,
        retentionDays: settings.state.retentionDays,
        manifestPath: state.manifestPath,
        runResultsPath: state.runResultsPath,
        previousManifestPath: state.previousManifestPath,
        record: state.record
      });
      return `artifact ${published.artifactName} (id ${published.artifactId})`;
    },
    connectWarehouse: () => connectSettingsWarehouse(
      settings,
      `dbt-slim-ci:${mode}:${event.runId ?? "local"}`,
      (secret) => setSecret(secret)
    ),
    productionSchema: () => productionSchemaOf(settings)
  };
}

// src/action/run-mode.ts
var FLOWS = { defer: runDefer, deploy: runDeploy, cleanup: runCleanup, rollback: runRollback };
async function runMode(mode, settings, event) {
  if (mode === "comment") return postStoredReport(settings, event);
  const workDir = await mkdtemp3(path2.join(process.env.RUNNER_TEMP ?? os.tmpdir(), "dbt-slim-ci-"));
  const env = actionEnvironment(settings, event, mode, workDir);
  const report = await FLOWS[mode](env);
  await publishReport(report, settings, event, env, workDir);
  return { failure: report.status === "failure" ? failureMessage(report) : null };
}
async function publishReport(report, settings, event, env, workDir) {
  await setOutputs(report, env);
  const reportDir = path2.join(workDir, "report");
  await mkdir(reportDir, { recursive: true });
  if (settings.reportArtifact) {
    const url = await uploadReport(settings.reportArtifact, reportDir, report).catch((error) => {
      warning(`Could not upload the full report: ${error.message}`);
      return null;
    });
    report.fullReportUrl = url ?? report.fullReportUrl;
  }
  const summary2 = renderMarkdown(report, { target: "summary", budget: SUMMARY_LIMIT });
  const summaryPath = path2.join(reportDir, "report.md");
  await writeFile3(summaryPath, summary2);
  setOutput("report-path", summaryPath);
  await summary.addRaw(summary2).write();
  if (settings.comment.enabled && event.pullRequest && report.mode !== "deploy" && report.mode !== "rollback") {
    await postComment(report, settings, event.pullRequest.number, event);
  }
}
async function postComment(report, settings, pullRequest, event) {
  const [owner, repo] = (event.repository ?? "/").split("/");
  const comments = PullRequestComments.forToken(
    settings.githubToken,
    { owner, repo, number: pullRequest },
    { id: settings.comment.id }
  );
  const budget = COMMENT_LIMIT - commentMarker(settings.comment.id).length - 1;
  const result = await comments.upsert(renderMarkdown(report, { target: "comment", budget }));
  if (result.posted) info(`PR comment ${result.action}: ${result.url}`);
  else warning(`No PR comment: ${result.reason} The report is in the job summary.`);
}
async function postStoredReport(settings, event) {
  const runId = settings.reportRunId ?? event.workflowRun?.id;
  if (!runId || !settings.reportArtifact) {
    throw new UserError(
      "Comment mode posts the report of another run: run it on workflow_run, or set `report-run-id`, and set `report-artifact`."
    );
  }
  const [owner, repo] = (event.repository ?? "/").split("/");
  const stored = await downloadReport({
    token: settings.githubToken,
    owner,
    repo,
    artifact: settings.reportArtifact,
    runId,
    headSha: event.workflowRun?.headSha ?? null
  });
  if (!stored) {
    info("The triggering run stored no report: nothing to post.");
    return { failure: null };
  }
  await postComment(stored.report, settings, stored.pullRequest, event);
  return { failure: null };
}
async function setOutputs(report, env) {
  setOutput("status", report.status);
  const plan = report.plan;
  if (plan) {
    setOutput("selector", plan.selector);
    setOutput("selected-count", plan.selected.length);
    setOutput("selected", JSON.stringify(plan.selected));
    setOutput(
      "modified",
      JSON.stringify(plan.changes.filter((c) => c.status !== "removed").map((c) => c.uniqueId))
    );
  }
  const results = {};
  for (const invocation of report.invocations)
    for (const r of invocation.results ?? []) results[r.uniqueId] = r.status;
  setOutput("results", JSON.stringify(results));
  if (report.mode === "defer" || report.mode === "cleanup")
    setOutput("pr-schema", await prSchemaOf(env).catch(() => ""));
  const state = report.state;
  setOutput("state-run-id", state.runId ?? "");
  setOutput("state-run-url", state.runUrl ?? "");
  setOutput("state-commit", state.commitSha ?? "");
  setOutput("state-age-hours", state.ageSeconds === null ? "" : (state.ageSeconds / 3600).toFixed(1));
  setOutput(
    "swapped-schemas",
    JSON.stringify(report.deploy?.swapped ? report.deploy.swaps.map((s) => s.production) : [])
  );
}
function failureMessage(report) {
  const errors = report.errors.map((e) => `${e.message}${e.hint ? `
${e.hint}` : ""}`);
  return errors.length > 0 ? errors.join("\n\n") : report.statusReason ?? `dbt-slim-ci ${report.mode} failed.`;
}
export {
  runMode
};
