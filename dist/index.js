import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  parseSettings
} from "./chunks/chunk-ESSPGZRG.js";
import {
  getInput,
  info,
  readGitHubEvent,
  setFailed,
  setOutput,
  setSecret,
  summary
} from "./chunks/chunk-YMSRTZDA.js";
import {
  Cancellation,
  cancelOnSignals,
  connectionSecrets
} from "./chunks/chunk-GAXZLLQ5.js";
import {
  UserError
} from "./chunks/chunk-ZBLYN7A4.js";

// src/action/inputs.ts
function getSettings(read = (name) => getInput(name), mask = (secret) => setSecret(secret)) {
  const settings = parseSettings(read, "action");
  connectionSecrets(settings.connection).forEach(mask);
  return settings;
}

// src/action/mode.ts
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var DEPLOY_EVENTS = /* @__PURE__ */ new Set(["push", "workflow_dispatch", "schedule"]);
function decideMode(input, event, stateBranch = null) {
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
    const deployBranch = stateBranch ?? event.defaultBranch;
    if (event.name === "push" && deployBranch && branch !== deployBranch) {
      const which = stateBranch ? "the state branch" : "the default branch";
      return {
        mode: "skip",
        reason: `a push to \`${branch}\`, not to ${which} \`${deployBranch}\`: nothing to deploy`
      };
    }
    return {
      mode: "deploy",
      reason: `a ${event.name.replace("_", " ")} on \`${branch ?? "the default branch"}\``
    };
  }
  return { mode: "skip", reason: `the \`${event.name}\` event has no automatic mode: set the \`mode\` input` };
}
function deployRefusal(mode, event, stateBranch, anyBranchAllowed) {
  if (mode !== "deploy" && mode !== "rollback") return null;
  const branch = stateBranch ?? event.defaultBranch;
  if (anyBranchAllowed || event.ref === null || branch === null || event.ref === `refs/heads/${branch}`)
    return null;
  return `Refusing to ${mode} from \`${event.ref}\`: deploys and rollbacks run on the state branch \`${branch}\` (${stateBranch === null ? "the repository's default branch" : "the `state-branch` input"}), where pull requests look for production state. Run the workflow on that branch, or set the \`deploy-any-branch\` input to \`true\` to ${mode} from this ref anyway.`;
}

// src/action/main.ts
async function run(cancellation2 = new Cancellation()) {
  try {
    const settings = getSettings();
    const event = readGitHubEvent();
    const decision = decideMode(settings.mode, event, settings.state.branch);
    info(`dbt-slim-ci: mode ${decision.mode}, because ${decision.reason}.`);
    setOutput("mode", decision.mode);
    const refusal = decision.mode === "skip" ? null : deployRefusal(decision.mode, event, settings.state.branch, settings.deployAnyBranch);
    if (refusal) throw new UserError(refusal);
    if (decision.mode === "skip") {
      setOutput("status", "skipped");
      await summary.addRaw(`dbt-slim-ci skipped: ${decision.reason}.
`).write();
      return;
    }
    const { runMode } = await import("./chunks/run-mode-GKOPR5DD.js");
    const outcome = await runMode(decision.mode, settings, event, cancellation2);
    if (outcome.failure) setFailed(outcome.failure);
  } catch (error) {
    setFailed(error instanceof Error ? error.message : String(error));
  }
}

// src/action/index.ts
var cancellation = new Cancellation();
cancelOnSignals(cancellation);
await run(cancellation);
