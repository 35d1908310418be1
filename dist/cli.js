#!/usr/bin/env node
import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  getSettings
} from "./chunks/chunk-QJ3ZWKUN.js";
import {
  DbtRunner,
  INDIRECT_SELECTION_MODES,
  MODE_TITLES,
  NO_PROVENANCE,
  OUTCOME_ORDER,
  RESOURCE_TYPE_ORDER,
  STATE_FILES,
  SUMMARY_LIMIT,
  compareManifests,
  connectWarehouse,
  countOutcomes,
  describeReason,
  findProductionState,
  firstLine,
  formatAge,
  formatCount,
  formatDuration,
  formatTimestamp,
  loadManifest,
  outcomeOf,
  plainInline,
  plural,
  readProfileTarget,
  renderMarkdown,
  resolveManifestPath,
  resolvedStateOf,
  resourceTypePlural,
  resourceTypeWord,
  runCleanup,
  runDefer,
  runDeploy,
  runRollback,
  selectNodes,
  shortSha,
  slowest,
  sortResults,
  stateMatters,
  stateRecordJson,
  statusWord
} from "./chunks/chunk-QH7IRK4D.js";
import "./chunks/chunk-7JZ7V7OG.js";
import {
  UserError
} from "./chunks/chunk-YLXNN6N4.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/command.ts
var UsageError = class extends UserError {
  name = "UsageError";
};

// src/cli/args.ts
function parseCommandArgs(command, argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command.name}: ${error.message}`);
  }
  if (parsed.positionals.length !== command.positionals) {
    const expected = command.positionals === 0 ? "no arguments" : `${command.positionals} argument(s)`;
    throw new UsageError(
      `${command.name}: expected ${expected}, got ${parsed.positionals.length > 0 ? parsed.positionals.join(" ") : "none"}.`
    );
  }
  return parsed;
}
function stringOption(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}
function requiredStringOption(args, commandName, name) {
  const value = stringOption(args, name);
  if (value === void 0) throw new UsageError(`${commandName}: --${name} is required.`);
  return value;
}
function stringListOption(args, name) {
  const value = args.values[name];
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : [value]).filter((item) => typeof item === "string");
}
function choiceOption(args, commandName, name, choices, fallback) {
  const value = stringOption(args, name);
  if (value === void 0) return fallback;
  if (!choices.includes(value)) {
    throw new UsageError(`${commandName}: --${name} must be one of ${choices.join(", ")} (got "${value}").`);
  }
  return value;
}

// src/state/explain.ts
function resolveNodeId(input) {
  const { current, state, node } = input;
  if (current.nodes.has(node) || state.nodes.has(node)) return node;
  const candidates = /* @__PURE__ */ new Set();
  for (const manifest of [current, state]) {
    for (const candidate of manifest.nodes.values())
      if (candidate.name === node) candidates.add(candidate.uniqueId);
  }
  if (candidates.size === 1) return [...candidates][0];
  if (candidates.size === 0) {
    throw new UserError(
      `No node named or with unique_id "${node}" in either manifest: pass a unique_id such as model.my_project.orders.`
    );
  }
  throw new UserError(
    `"${node}" names several nodes (${[...candidates].sort().join(", ")}): pass one of these unique_ids instead.`
  );
}
function explainNode(input) {
  const id = resolveNodeId(input);
  const comparison = input.comparison.nodes.get(id);
  const node = input.current.nodes.get(id) ?? input.state.nodes.get(id);
  if (!comparison || !node) throw new UserError(`No comparison for "${id}": compare the manifests again.`);
  const lines = [`${id} (${node.resourceType})`, `State: ${describeStatus(comparison)}`];
  if (comparison.reasons.length > 0) {
    lines.push("Changes:");
    for (const reason of comparison.reasons) lines.push(`  - ${reason.message}`);
  } else if (comparison.status === "unmodified") {
    lines.push(
      "Changes: none \u2014 code, config, relation, fqn, descriptions, contract and macros match the state manifest."
    );
  }
  lines.push(describeSelection(id, node, comparison, input));
  return lines.join("\n");
}
function describeStatus(comparison) {
  switch (comparison.status) {
    case "new":
      return comparison.stateModified ? "new (not in the state manifest), so dbt counts it as state:modified" : `new (not in the state manifest); dbt does not count new ${comparison.resourceType}s as state:modified`;
    case "modified":
      return "modified";
    case "unmodified":
      return "unmodified";
    case "removed":
      return "removed (only in the state manifest); removed nodes are never selected";
  }
}
function describeSelection(id, node, comparison, input) {
  if (comparison.status === "removed") return "Selected: no (it is not in the current project).";
  const why = input.selection.why.get(id);
  if (why) return `Selected: yes \u2014 ${describeWhy(why, input)}`;
  const excludedBy = input.selection.excluded.get(id);
  if (excludedBy) return `Selected: no \u2014 it was excluded: ${describeWhy(excludedBy, input)}`;
  if (["operation", "sql_operation"].includes(node.resourceType))
    return "Selected: no \u2014 dbt ls never lists operation hooks.";
  return "Selected: no \u2014 it matches no --select term and is not a relative or attached test of a selected node.";
}
function describeWhy(why, input) {
  switch (why.kind) {
    case "matched":
      return `it matches "${why.selector}" itself.`;
    case "descendant":
      return `it is downstream of ${why.of}, which matches "${why.selector}"${originSummary(why.of, input)}.`;
    case "ancestor":
      return `it is upstream of ${why.of}, selected by "${why.selector}"${originSummary(why.of, input)}.`;
    case "indirect_test":
      return `it is a test of ${why.of.join(", ")}, selected by "${why.selector}" (indirect selection).`;
  }
}
function originSummary(originId, input) {
  const origin = input.comparison.nodes.get(originId);
  if (!origin || origin.reasons.length === 0) return "";
  return ` (${origin.status}: ${origin.reasons[0].message})`;
}

// src/cli/state-inputs.ts
var STATE_OPTIONS = {
  state: { type: "string" },
  manifest: { type: "string" }
};
var STATE_OPTIONS_USAGE = `  --state <dir|file>     production state: a folder holding manifest.json, or the file
  --manifest <file>      the current project's manifest.json (a folder works too)`;
async function loadStateInputs(args, commandName) {
  const statePath = requiredStringOption(args, commandName, "state");
  const manifestPath = requiredStringOption(args, commandName, "manifest");
  const [state, current] = await Promise.all([
    resolveManifestPath(statePath).then((file) => loadManifest(file)),
    resolveManifestPath(manifestPath).then((file) => loadManifest(file))
  ]);
  return { current, state, comparison: compareManifests(current, state) };
}

// src/cli/explain-command.ts
var explainCommand = {
  name: "explain",
  summary: "say in plain words why one node is or is not selected",
  usage: `Usage: dbt-slim-ci explain --state <dir|file> --manifest <file> [options] <node>

<node> is a unique_id (model.my_project.orders) or a node name.

${STATE_OPTIONS_USAGE}
  --select <expr>        the selection to explain against; repeatable (default: state:modified+)
  --exclude <expr>       repeatable
  --indirect-selection <eager|cautious|buildable|empty>   default eager
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: "string", multiple: true, short: "s" },
    exclude: { type: "string", multiple: true },
    "indirect-selection": { type: "string" }
  },
  positionals: 1,
  async run(args, io) {
    const indirectSelection = choiceOption(
      args,
      "explain",
      "indirect-selection",
      INDIRECT_SELECTION_MODES,
      "eager"
    );
    const { current, state, comparison } = await loadStateInputs(args, "explain");
    const selection = selectNodes({
      current,
      state,
      comparison,
      select: stringListOption(args, "select"),
      exclude: stringListOption(args, "exclude"),
      indirectSelection
    });
    io.stdout(`${explainNode({ current, state, comparison, selection, node: args.positionals[0] })}
`);
    return 0;
  }
};

// src/cli/flow-commands.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/report/render-text.ts
var INDENT = "  ";
function nameOf(report, uniqueId) {
  return report.nodes[uniqueId]?.name ?? uniqueId;
}
function describeNode(report, uniqueId) {
  const display = report.nodes[uniqueId];
  if (!display) return uniqueId;
  const what = display.materialization ?? resourceTypeWord(display.resourceType);
  return `${display.name} (${what}${display.relationName ? `, ${display.relationName}` : ""})`;
}
function statusLines(report) {
  const { context } = report;
  const where = [
    ...context.runUrl ? [context.runUrl] : [],
    ...context.pullRequest !== null ? [`PR #${context.pullRequest}`] : [],
    ...context.commitSha ? [`commit ${shortSha(context.commitSha)}`] : []
  ];
  return [
    `${MODE_TITLES[report.mode]} ${statusWord(report)} in ${formatDuration(report.durationSeconds)}`,
    ...report.statusReason ? [INDENT + report.statusReason] : [],
    ...report.invocations.map(
      (invocation) => `${INDENT}ran: ${invocation.commandLine} (exit ${invocation.exitCode}, ${formatDuration(invocation.durationSeconds)})`
    ),
    ...where.length ? [INDENT + where.join(" \xB7 ")] : []
  ];
}
function stateLines(report) {
  const { state } = report;
  if (!stateMatters(report)) return [];
  const facts = state.source === "none" ? ["none found: every node counts as new"] : [
    `${state.source === "artifact" ? "artifact" : "directory"} ${state.location ?? "?"}`,
    ...state.runId !== null ? [`from run ${state.runId}${state.runUrl ? ` (${state.runUrl})` : ""}`] : [],
    ...state.commitSha ? [`commit ${shortSha(state.commitSha)}`] : [],
    ...state.producedAt ? [
      `produced ${formatTimestamp(state.producedAt)}${state.ageSeconds !== null ? ` (${formatAge(state.ageSeconds)} old)` : ""}`
    ] : [],
    ...state.dbtVersion ? [`dbt ${state.dbtVersion}`] : []
  ];
  return [
    `Production state: ${facts.join(", ")}`,
    ...state.warnings.map((warning) => `${INDENT}warning: ${warning.message}`)
  ];
}
function errorLines(report) {
  if (report.errors.length === 0) return [];
  return [
    plural(report.errors.length, "error") + ":",
    ...report.errors.flatMap((error) => [
      `${INDENT}${error.phase}: ${error.message.split("\n").join(`
${INDENT}${INDENT}`)}`,
      ...error.hint ? [`${INDENT}${INDENT}fix: ${error.hint}`] : []
    ])
  ];
}
function changeLines(report) {
  const plan = report.plan;
  if (!plan) return [];
  const withStatus = (status) => plan.changes.filter((change) => change.status === status);
  const modified = withStatus("modified");
  const added = withStatus("new");
  const removed = withStatus("removed");
  const lines = [
    `Changes compared with production: ${formatCount(modified.length)} modified, ${formatCount(added.length)} new, ${formatCount(removed.length)} removed, ${formatCount(plan.downstream.length)} downstream; ${formatCount(plan.selected.length)} selected by ${plan.selector}`
  ];
  for (const type of RESOURCE_TYPE_ORDER) {
    const group = modified.filter((change) => change.resourceType === type);
    if (group.length === 0) continue;
    lines.push(`${INDENT}modified ${resourceTypePlural(type)}:`);
    for (const change of group) {
      lines.push(`${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`);
      for (const reason of change.reasons)
        lines.push(`${INDENT}${INDENT}${INDENT}- ${describeReason(reason, plainInline)}`);
    }
  }
  if (added.length)
    lines.push(
      `${INDENT}new:`,
      ...added.map((change) => `${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`)
    );
  if (removed.length) {
    lines.push(
      `${INDENT}removed:`,
      ...removed.map((change) => `${INDENT}${INDENT}${describeNode(report, change.uniqueId)}`)
    );
  }
  if (plan.downstream.length) {
    lines.push(
      `${INDENT}downstream:`,
      ...plan.downstream.map(
        (node) => `${INDENT}${INDENT}${nameOf(report, node.uniqueId)} <- ${node.becauseOf.map((id) => nameOf(report, id)).join(", ")}`
      )
    );
  }
  return lines;
}
function resultLines(report) {
  if (report.invocations.length === 0) return [];
  const all = report.invocations.flatMap((invocation) => invocation.results ?? []);
  const counts = countOutcomes(all);
  const lines = [
    `Results: ${OUTCOME_ORDER.filter((outcome) => counts.has(outcome)).map((outcome) => `${formatCount(counts.get(outcome) ?? 0)} ${outcome}`).join(", ") || "none"}`
  ];
  const width = Math.max(0, ...all.map((result) => result.status.length));
  for (const invocation of report.invocations) {
    lines.push(`${INDENT}${invocation.commandLine}`);
    if (invocation.results === null) {
      lines.push(`${INDENT}${INDENT}no run_results.json: dbt stopped before running any node`);
      continue;
    }
    for (const result of sortResults(invocation.results)) {
      const outcome = outcomeOf(result.status);
      const message = result.message && (outcome === "failed" || outcome === "warned") ? `  ${firstLine(result.message, 200)}` : "";
      lines.push(
        `${INDENT}${INDENT}${result.status.padEnd(width)}  ${formatDuration(result.executionTime).padStart(8)}  ${nameOf(report, result.uniqueId)}${message}`
      );
    }
  }
  const slow = slowest(all);
  if (slow.length) {
    lines.push(
      `${INDENT}slowest: ${slow.map((result) => `${nameOf(report, result.uniqueId)} ${formatDuration(result.executionTime)}`).join(", ")}`
    );
  }
  if (report.selfCheck) {
    const { plannedNotExecuted, executedNotPlanned } = report.selfCheck;
    if (plannedNotExecuted.length === 0 && executedNotPlanned.length === 0) {
      lines.push(`${INDENT}self-check: dbt executed exactly the planned nodes`);
    }
    if (plannedNotExecuted.length) {
      lines.push(
        `${INDENT}self-check: planned but not executed: ${plannedNotExecuted.map((id) => nameOf(report, id)).join(", ")}`
      );
    }
    if (executedNotPlanned.length) {
      lines.push(
        `${INDENT}self-check: executed but not planned: ${executedNotPlanned.map((id) => nameOf(report, id)).join(", ")}`
      );
    }
  }
  return lines;
}
function mergeLines(report) {
  const preview = report.mergePreview;
  if (!preview) return [];
  return [
    `On merge: the deploy will rebuild ${plural(preview.rebuild.length, "node")}`,
    ...preview.fullRefresh.map(
      (need) => `${INDENT}full refresh needed: ${nameOf(report, need.uniqueId)}: ${need.reason}`
    ),
    ...preview.breakingContracts.map(
      (entry) => `${INDENT}breaking contract: ${nameOf(report, entry.uniqueId)}: ${entry.changes.map((change) => change.detail).join("; ")}`
    ),
    ...preview.drops.map((drop) => `${INDENT}will drop: ${drop.relation} (${nameOf(report, drop.uniqueId)})`)
  ];
}
function deployLines(report) {
  const { deploy } = report;
  if (!deploy) return [];
  const what = report.mode === "rollback" ? "Rollback" : "Deploy";
  return [
    `${what}: ${deploy.swapped ? `swapped ${plural(deploy.swaps.length, "schema")}` : "not swapped, production is unchanged"}`,
    ...deploy.swaps.map(
      (swap) => `${INDENT}${swap.production} <-> ${swap.green}${swap.previousKeptAs ? `, previous kept as ${swap.previousKeptAs}` : ""}`
    ),
    ...deploy.preflight.map(
      (finding) => `${INDENT}preflight ${finding.level}: ${finding.message}${finding.relation ? ` (${finding.relation})` : ""}`
    ),
    ...deploy.rollbackInstructions ? [`${INDENT}to roll back: ${deploy.rollbackInstructions}`] : []
  ];
}
function cleanupLines(report) {
  const { cleanup } = report;
  if (!cleanup) return [];
  return [
    `Cleanup: dropped ${plural(cleanup.droppedSchemas.length, "schema")}`,
    ...cleanup.droppedSchemas.map((schema) => `${INDENT}dropped ${schema}`),
    ...cleanup.keptSchemas.map((entry) => `${INDENT}kept ${entry.schema}: ${entry.reason}`)
  ];
}
function relationLines(report) {
  return [
    ...report.clones.length ? [`Cloned before building: ${plural(report.clones.length, "relation")}`] : [],
    ...report.clones.map(
      (clone) => `${INDENT}${nameOf(report, clone.uniqueId)}: ${clone.from} -> ${clone.to} (${clone.method}, ${clone.purpose})`
    ),
    ...report.deferredRefs.length ? [`Deferred to production: ${plural(report.deferredRefs.length, "ref")}`] : [],
    ...report.deferredRefs.map(
      (ref) => `${INDENT}${nameOf(report, ref.node)} -> ${nameOf(report, ref.upstream)} = ${ref.productionRelation}`
    )
  ];
}
var TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function renderText(report) {
  const blocks = [
    statusLines(report),
    errorLines(report),
    stateLines(report),
    changeLines(report),
    resultLines(report),
    mergeLines(report),
    deployLines(report),
    cleanupLines(report),
    relationLines(report),
    report.fullReportUrl ? [`Full report: ${report.fullReportUrl}`] : []
  ];
  return `${blocks.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n").replace(TERMINAL_CONTROL, "\uFFFD")}
`;
}

// src/cli/local-environment.ts
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function terminalLog(write) {
  return {
    info: (message) => write(`${message}
`),
    warning: (message) => write(`warning: ${message}
`),
    async group(name, fn) {
      write(`
\u25B8 ${name}
`);
      return fn();
    }
  };
}
async function localEnvironment(options) {
  const { settings, write } = options;
  const workDir = await mkdtemp(path.join(os.tmpdir(), "dbt-slim-ci-"));
  const log = terminalLog(write);
  const profile = (env = process.env) => readProfileTarget({ projectDir: settings.dbt.projectDir, profilesDir: settings.dbt.profilesDir, target: settings.dbt.target, overrides: settings.connection, env });
  return {
    settings,
    run: { repository: "local", runId: null, runUrl: null, pullRequest: null, commitSha: null, ...options.run },
    workDir,
    log,
    dbt: new DbtRunner({ ...settings.dbt, env: {} }, (line) => write(`    ${line}
`)),
    now: () => /* @__PURE__ */ new Date(),
    async resolveState() {
      if (!settings.state.path) {
        return resolvedStateOf({ found: false, provenance: NO_PROVENANCE, reasons: ["No --state folder was given."], examinedRuns: [] });
      }
      return resolvedStateOf(
        await findProductionState({ token: "", owner: "", repo: "", artifact: "", workflow: "", branch: null, maxRuns: 0, path: settings.state.path, maxAgeHours: settings.state.maxAgeHours, destination: workDir })
      );
    },
    publishState: (state) => publishToFolder(options.publishDir, state),
    connectWarehouse: options.connectWarehouse ?? (async () => connectWarehouse(await profile(), { dryRun: settings.dryRun, queryTag: settings.queryTag ?? "dbt-slim-ci:local", swapLockTimeoutMs: settings.deploy.swapLockTimeoutSeconds * 1e3, dependencySeverity: settings.deploy.preflight === "fail" ? "error" : "warning" })),
    async productionSchema() {
      const env = { ...process.env };
      delete env.DBT_SLIM_CI_SCHEMA;
      const target = await profile(env);
      if (!target.schema) throw new UserError(`${target.profilesFile}: target ${target.targetName} has no schema: set one, or --schema-prefix.`);
      return target.schema;
    }
  };
}
async function publishToFolder(dir, state) {
  const staging = await mkdtemp(path.join(os.tmpdir(), "dbt-slim-ci-publish-"));
  try {
    const sources = [
      [state.manifestPath, STATE_FILES.manifest],
      [state.runResultsPath, STATE_FILES.runResults],
      [state.previousManifestPath, STATE_FILES.previousManifest]
    ];
    for (const [source, name] of sources) if (source) await copyFile(source, path.join(staging, name));
    await writeFile(path.join(staging, STATE_FILES.record), stateRecordJson(state.record));
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(staging)) await copyFile(path.join(staging, name), path.join(dir, name));
    return dir;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

// src/cli/flow-commands.ts
var COMMON_OPTIONS = {
  "project-dir": { type: "string" },
  "profiles-dir": { type: "string" },
  target: { type: "string" },
  "dbt-executable": { type: "string" },
  "dbt-args": { type: "string" },
  state: { type: "string" },
  select: { type: "string", multiple: true, short: "s" },
  exclude: { type: "string", multiple: true },
  "indirect-selection": { type: "string" },
  "dry-run": { type: "boolean" },
  report: { type: "string" }
};
var COMMON_USAGE = `  --project-dir <dir>    the dbt project (default .)
  --profiles-dir <dir>   where profiles.yml is (default as dbt finds it)
  --target <name>        dbt target (default the profile's)
  --dbt-executable <x>   dbt to run (default dbt)
  --dbt-args <args>      extra arguments for dbt build commands
  --state <dir|file>     production state: a folder with manifest.json (and state.json), or a manifest
  --select/--exclude <expr>, --indirect-selection <mode>   as for dbt (default state:modified+)
  --dry-run              print the warehouse SQL instead of running it
  --report <file>        also write the report as Markdown`;
function flowCommand(spec) {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    options: { ...COMMON_OPTIONS, ...spec.options },
    positionals: 0,
    async run(args, io) {
      const inputs = {
        "project-dir": stringOption(args, "project-dir") ?? ".",
        "profiles-dir": stringOption(args, "profiles-dir") ?? "",
        target: stringOption(args, "target") ?? "",
        "dbt-executable": stringOption(args, "dbt-executable") ?? "",
        "dbt-args": stringOption(args, "dbt-args") ?? "",
        "state-path": stringOption(args, "state") ?? "",
        select: stringListOption(args, "select").join("\n"),
        exclude: stringListOption(args, "exclude").join("\n"),
        "indirect-selection": stringOption(args, "indirect-selection") ?? "",
        "dry-run": args.values["dry-run"] === true ? "true" : "",
        ...spec.inputs?.(args)
      };
      const settings = getSettings((name) => inputs[name] ?? "");
      const pr = stringOption(args, "pr");
      const env = await localEnvironment({
        settings,
        run: { pullRequest: pr === void 0 ? null : Number(pr) },
        publishDir: stringOption(args, "publish-dir") ?? settings.state.path ?? path2.join(settings.dbt.projectDir, "production-state"),
        write: io.stdout
      });
      const report = await spec.flow(env);
      io.stdout(`
${renderText(report)}
`);
      const file = stringOption(args, "report");
      if (file) await writeFile2(file, renderMarkdown(report, { target: "summary", budget: SUMMARY_LIMIT }));
      return report.status === "failure" ? 1 : 0;
    }
  };
}
function prOption(args, command) {
  const pr = stringOption(args, "pr");
  if (!pr || !/^[1-9]\d*$/.test(pr)) throw new UsageError(`${command}: --pr <number> is required (the pull request whose schema to use).`);
  return { "schema-prefix": stringOption(args, "schema-prefix") ?? "" };
}
var PR_OPTIONS = { pr: { type: "string" }, "schema-prefix": { type: "string" } };
var PUBLISH_OPTIONS = { "publish-dir": { type: "string" } };
var deferCommand = flowCommand({
  name: "defer",
  summary: "Slim CI for a pull request: build what changed in its schema, deferring to production",
  usage: `Usage: dbt-slim-ci defer --pr <number> --state <dir> [options]

${COMMON_USAGE}
  --pr <number>          the pull request: builds into <schema-prefix>_pr_<number>
  --schema-prefix <s>    default the production target schema
`,
  options: PR_OPTIONS,
  flow: runDefer,
  inputs: (args) => prOption(args, "defer")
});
var cleanupCommand = flowCommand({
  name: "cleanup",
  summary: "drop a pull request's schemas, never one production uses",
  usage: `Usage: dbt-slim-ci cleanup --pr <number> [--state <dir>] [options]

${COMMON_USAGE}
  --pr <number>          the pull request whose schemas to drop
  --schema-prefix <s>    default the production target schema
`,
  options: PR_OPTIONS,
  flow: runCleanup,
  inputs: (args) => prOption(args, "cleanup")
});
var deployCommand = flowCommand({
  name: "deploy",
  summary: "blue/green deploy: clone production into green, build and test there, swap atomically",
  usage: `Usage: dbt-slim-ci deploy [--state <dir>] [--publish-dir <dir>] [options]

${COMMON_USAGE}
  --publish-dir <dir>    where the new production state is written (default: the --state folder)
  --full                 build everything instead of state:modified+
`,
  options: { ...PUBLISH_OPTIONS, full: { type: "boolean" } },
  flow: runDeploy,
  inputs: (args) => ({ "deploy-selection": args.values.full === true ? "full" : "modified" })
});
var rollbackCommand = flowCommand({
  name: "rollback",
  summary: "swap the previous production back in and republish its state",
  usage: `Usage: dbt-slim-ci rollback --state <dir> [--publish-dir <dir>] [options]

${COMMON_USAGE}
  --publish-dir <dir>    where the restored state is written (default: the --state folder)
`,
  options: PUBLISH_OPTIONS,
  flow: runRollback
});

// src/cli/render-selection.ts
function selectionJson(selection, comparison) {
  const nodes = {};
  for (const id of [...comparison.nodes.keys()].sort()) {
    const node = comparison.nodes.get(id);
    if (node) nodes[id] = { status: node.status, reasons: node.reasons };
  }
  return { selected: selection.selected, nodes };
}
function selectionText(selection, comparison) {
  const lines = [`Selected ${selection.selected.length} node(s):`];
  for (const id of selection.selected) {
    const node = comparison.nodes.get(id);
    const why = selection.why.get(id);
    lines.push(
      `  ${id}  [${node?.status ?? "unknown"}]${why && why.kind !== "matched" ? `  ${describeWhy2(why)}` : ""}`
    );
    for (const reason of node?.reasons ?? []) lines.push(`      - ${reason.message}`);
  }
  const removed = [...comparison.nodes.values()].filter((node) => node.status === "removed");
  if (removed.length > 0) {
    lines.push("", `Removed since state (never selected): ${removed.length}`);
    for (const node of removed)
      lines.push(`  ${node.uniqueId}  ${node.reasons.map((reason) => reason.message).join("; ")}`);
  }
  if (comparison.warnings.length > 0) {
    lines.push("", "Warnings:");
    for (const warning of comparison.warnings) lines.push(`  ${warning.uniqueId}: ${warning.message}`);
  }
  return `${lines.join("\n")}
`;
}
function describeWhy2(why) {
  switch (why.kind) {
    case "descendant":
      return `(downstream of ${why.of})`;
    case "ancestor":
      return `(upstream of ${why.of})`;
    case "indirect_test":
      return `(test of ${why.of.join(", ")})`;
    case "matched":
      return "";
  }
}

// src/cli/select-command.ts
var OUTPUTS = ["json", "text"];
var selectCommand = {
  name: "select",
  summary: "list the nodes dbt would select against production state (default state:modified+)",
  usage: `Usage: dbt-slim-ci select --state <dir|file> --manifest <file> [options]

Prints what \`dbt ls --resource-type all --state \u2026 --select \u2026 --exclude \u2026\` would, with the reasons each
node is new, modified or removed.

${STATE_OPTIONS_USAGE}
  --select <expr>        dbt selector; repeat for a union (default: state:modified+)
  --exclude <expr>       dbt selector to remove; repeatable
  --indirect-selection <eager|cautious|buildable|empty>   tests of selected nodes (default eager)
  --output <json|text>   default text
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: "string", multiple: true, short: "s" },
    exclude: { type: "string", multiple: true },
    "indirect-selection": { type: "string" },
    output: { type: "string" }
  },
  positionals: 0,
  async run(args, io) {
    const indirectSelection = choiceOption(
      args,
      "select",
      "indirect-selection",
      INDIRECT_SELECTION_MODES,
      "eager"
    );
    const output = choiceOption(args, "select", "output", OUTPUTS, "text");
    const { current, state, comparison } = await loadStateInputs(args, "select");
    const selection = selectNodes({
      current,
      state,
      comparison,
      select: stringListOption(args, "select"),
      exclude: stringListOption(args, "exclude"),
      indirectSelection
    });
    io.stdout(
      output === "json" ? `${JSON.stringify(selectionJson(selection, comparison), null, 2)}
` : selectionText(selection, comparison)
    );
    return 0;
  }
};

// src/cli/commands.ts
var COMMANDS = [
  selectCommand,
  explainCommand,
  deferCommand,
  deployCommand,
  rollbackCommand,
  cleanupCommand
];

// src/cli/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
var PROCESS_IO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text)
};
function generalUsage(commands = COMMANDS) {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `Usage: dbt-slim-ci <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join("\n")}

Run \`dbt-slim-ci <command> --help\` for a command's options.
  --help       show this help
  --version    print the version
`;
}
async function main(argv, io = PROCESS_IO, commands = COMMANDS) {
  const [first, ...rest] = argv;
  if (first === void 0) {
    io.stderr(generalUsage(commands));
    return 2;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    io.stdout(generalUsage(commands));
    return 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (!command) {
    io.stderr(`dbt-slim-ci: unknown command "${first}".

${generalUsage(commands)}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(parseCommandArgs(command, rest), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dbt-slim-ci: ${error.message}

${command.usage}`);
      return 2;
    }
    if (error instanceof UserError) {
      io.stderr(`dbt-slim-ci: ${error.message}
`);
      return 2;
    }
    io.stderr(
      `dbt-slim-ci: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
    );
    return 1;
  }
}

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2));
