import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  parseSettings
} from "./chunks/chunk-QEZ5EPWM.js";
import {
  getInput,
  info,
  setFailed,
  setOutput,
  summary
} from "./chunks/chunk-K4HT4433.js";
import "./chunks/chunk-HLFPJ7NS.js";
import {
  UserError
} from "./chunks/chunk-ZBLYN7A4.js";

// src/action/event.ts
import { readFileSync } from "node:fs";
function readGitHubEvent(env = process.env) {
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request ?? mergeQueuePullRequest(payload);
  const repo = payload.repository;
  return {
    name: env.GITHUB_EVENT_NAME ?? "local",
    action: typeof payload.action === "string" ? payload.action : null,
    ref: env.GITHUB_REF ?? null,
    defaultBranch: typeof repo?.default_branch === "string" ? repo.default_branch : null,
    pullRequest: pr ? {
      number: Number(pr.number ?? payload.number),
      merged: pr.merged === true,
      headRepo: pr.head?.repo?.full_name ?? null,
      baseRepo: pr.base?.repo?.full_name ?? null,
      headSha: pr.head?.sha ?? null
    } : null,
    repository: env.GITHUB_REPOSITORY ?? repo?.full_name ?? null,
    sha: env.GITHUB_SHA ?? null,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : null,
    runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : null,
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    workflowRef: env.GITHUB_WORKFLOW_REF ?? null,
    workflowRun: payload.workflow_run ? { id: Number(payload.workflow_run.id), headSha: payload.workflow_run.head_sha ?? null } : null
  };
}
function mergeQueuePullRequest(payload) {
  const match = /\/pr-(\d+)-/.exec(payload.merge_group?.head_ref ?? "");
  return match ? { number: Number(match[1]), head: { sha: payload.merge_group?.head_sha } } : null;
}
function readPayload(file) {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UserError(
      `GITHUB_EVENT_PATH ${file} is not a readable JSON event payload: ${error.message}`
    );
  }
}

// src/action/inputs.ts
function getSettings(read = (name) => getInput(name)) {
  return parseSettings(read, "action");
}

// src/action/mode.ts
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var DEPLOY_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule"]);
function decideMode(input, event) {
  if (input !== "auto") return { mode: input, reason: `the \`mode\` input is \`${input}\`` };
  if (PR_EVENTS.has(event.name)) {
    if (event.action === "closed") {
      return { mode: "cleanup", reason: `pull request #${event.pullRequest?.number} was closed` };
    }
    return {
      mode: "defer",
      reason: `pull request #${event.pullRequest?.number} was ${event.action ?? "updated"}`
    };
  }
  if (event.name === "merge_group")
    return { mode: "defer", reason: "a merge-queue check runs on the merge group" };
  if (event.name === "workflow_run")
    return { mode: "comment", reason: "a workflow_run event posts the stored report" };
  if (DEPLOY_EVENTS.has(event.name)) {
    const branch = event.ref?.replace(/^refs\/heads\//, "") ?? null;
    if (event.name === "push" && event.defaultBranch && branch !== event.defaultBranch) {
      return {
        mode: "skip",
        reason: `a push to \`${branch}\`, not to the default branch \`${event.defaultBranch}\`: nothing to deploy`
      };
    }
    return {
      mode: "deploy",
      reason: `a ${event.name.replace("_", " ")} on \`${branch ?? "the default branch"}\``
    };
  }
  return { mode: "skip", reason: `the \`${event.name}\` event has no automatic mode: set the \`mode\` input` };
}

// src/action/main.ts
async function run() {
  try {
    const settings = getSettings();
    const event = readGitHubEvent();
    const decision = decideMode(settings.mode, event);
    info(`dbt-slim-ci: mode ${decision.mode}, because ${decision.reason}.`);
    setOutput("mode", decision.mode);
    if (decision.mode === "skip") {
      setOutput("status", "skipped");
      await summary.addRaw(`dbt-slim-ci skipped: ${decision.reason}.
`).write();
      return;
    }
    const { runMode } = await import("./chunks/run-mode-EV7VARXO.js");
    const outcome = await runMode(decision.mode, settings, event);
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}

// src/action/index.ts
await run();
