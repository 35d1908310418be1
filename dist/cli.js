#!/usr/bin/env node
import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  parseSettings,
  pullRequestNumber
} from "./chunks/chunk-ESSPGZRG.js";
import {
  DEPLOY_WORDS,
  DRY_RUN_PROMISE,
  DbtRunner,
  INDIRECT_SELECTION_MODES,
  MODE_TITLES,
  OUTCOME_ORDER,
  PostgresWarehouse,
  RESOURCE_TYPE_ORDER,
  SUMMARY_LIMIT,
  behindWarning,
  cloneVerb,
  compareManifests,
  connectSettingsWarehouse,
  countOutcomes,
  describeReason,
  dropsKept,
  firstLine,
  folderStateStore,
  formatAge,
  formatBytes,
  formatCount,
  formatDuration,
  formatTimestamp,
  freshnessSentences,
  greenStartWords,
  loadManifest,
  loadSelectionArtifacts,
  mergePlanSentence,
  nodeName,
  notComparedReason,
  outcomeOf,
  plainInline,
  plural,
  prEnvironmentOf,
  productionSchemaOf,
  pullRequestStates,
  quoteIdent,
  renderMarkdown,
  resolveManifestPath,
  resourceTypePlural,
  resourceTypeWord,
  rowsCell,
  runCleanup,
  runDefer,
  runDeploy,
  runGc,
  runRollback,
  selectNodes,
  shortSha,
  slowest,
  sortResults,
  stateMatters,
  statusWord,
  swapOutcomeTail,
  targetFolder,
  typedNodeName
} from "./chunks/chunk-G2K3NOMY.js";
import {
  Cancellation,
  cancelOnSignals,
  settingOption,
  signalExitCode
} from "./chunks/chunk-GAXZLLQ5.js";
import "./chunks/chunk-3LU6UAY2.js";
import {
  UserError
} from "./chunks/chunk-ZBLYN7A4.js";

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
    parsed = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: true,
      allowNegative: true,
      strict: true
    });
  } catch (error) {
    const unknown = /^Unknown option '([^']+)'/.exec(error.message);
    throw new UsageError(
      unknown ? `${command.name}: unknown option ${unknown[1]}; the options of ${command.name} are below.` : `${command.name}: ${error.message}`
    );
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

// src/cli/demo-command.ts
import path7 from "node:path";

// src/demo/run-demo.ts
import { cp, mkdir as mkdir3, readdir, rm, writeFile as writeFile3 } from "node:fs/promises";
import path5 from "node:path";

// src/cli/local-environment.ts
import { execFile } from "node:child_process";
import { mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function terminalLog(write) {
  return {
    info: (message) => write(`${message}
`),
    warning: (message) => write(`warning: ${message}
`),
    debug: (message) => {
      if (process.env.DBT_SLIM_CI_DEBUG) write(`debug: ${message}
`);
    },
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
  const workDir = options.workDir ?? await mkdtemp(path.join(os.tmpdir(), "dbt-slim-ci-"));
  await mkdir(workDir, { recursive: true });
  const log = terminalLog(write);
  const cancellation2 = options.cancellation ?? new Cancellation();
  const store = folderStateStore({
    path: settings.state.path,
    pathLabel: "`--state`",
    publishDir: options.publishDir,
    publishLabel: options.publishLabel ?? "`--publish-dir`",
    emptyMeansNone: options.emptyStateMeansNone,
    maxAgeHours: settings.state.maxAgeHours
  });
  if (options.checkPublish) await store.checkPublish();
  return {
    settings,
    run: {
      repository: "local",
      runId: null,
      runUrl: null,
      pullRequest: null,
      commitSha: await gitHead(settings.dbt.projectDir),
      ...options.run
    },
    workDir,
    log,
    cancellation: cancellation2,
    dbt: new DbtRunner(
      { ...settings.dbt, env: {}, front: settings.front },
      (line) => write(`    ${line}
`),
      cancellation2
    ),
    now: () => /* @__PURE__ */ new Date(),
    resolveState: () => store.find(workDir),
    publishState: (state) => store.publish(state),
    connectWarehouse: options.connectWarehouse ?? (() => connectSettingsWarehouse(settings, "dbt-slim-ci:local")),
    productionSchema: () => productionSchemaOf(settings)
  };
}
async function gitHead(dir) {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "HEAD"], { cwd: dir }, (error, stdout) => {
      const sha = stdout.trim();
      resolve(!error && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null);
    });
  });
}

// src/report/diffs-text.ts
function dataDiffLines(report) {
  const diff = report.dataDiff;
  if (!diff) return [];
  if (diff.error) return [`Data diff: could not run: ${diff.error}`];
  const lines = [`Data diff against production (${formatDuration(diff.durationSeconds)}):`];
  for (const model of diff.models) {
    const name = report.nodes[model.uniqueId]?.name ?? model.uniqueId;
    const parts = [model.status];
    if (model.rows) parts.push(`rows ${rowsCell(model.rows)}`);
    const schema = model.schema;
    if (schema) {
      const changes = [
        ...schema.added.map((c) => `+${c.name}`),
        ...schema.removed.map((c) => `-${c.name}`),
        ...schema.retyped.map((c) => `${c.name} ${c.production} -> ${c.pr}`)
      ];
      if (changes.length > 0) parts.push(`columns ${changes.join(", ")}`);
    }
    const key = model.key;
    if (key) {
      parts.push(
        `by key ${key.columns.join(", ")}: ${formatCount(key.onlyInProduction)} only in production, ${formatCount(key.onlyInPr)} only in PR, ${formatCount(key.changed)} of ${formatCount(key.matched)} changed`
      );
    } else if (model.profile) parts.push("column profile (no usable key)");
    if (model.reason) parts.push(model.reason);
    lines.push(`  ${name}: ${parts.join("; ")}`, ...model.notes.map((note) => `    ${note}`));
  }
  return lines;
}
function costDiffLines(report) {
  const cost = report.costDiff;
  if (!cost) return [];
  const slower = cost.models.filter((model) => model.slower);
  const timed = cost.models.filter((model) => model.productionSeconds !== null).length;
  const lines = [
    `Build time against production: ${formatCount(timed)} of ${formatCount(cost.models.length)} built models have a production time; ${formatCount(slower.length)} markedly slower (at least ${cost.slowerRatio}x and 1 s more).`
  ];
  for (const model of slower) {
    const name = report.nodes[model.uniqueId]?.name ?? model.uniqueId;
    lines.push(
      `  ${name}: ${formatDuration(model.prSeconds)} against ${formatDuration(model.productionSeconds ?? 0)} (${(model.ratio ?? 0).toFixed(1)}x)`
    );
  }
  if (cost.warehouse && !cost.warehouse.available) lines.push(`  ${cost.warehouse.note}`);
  return lines;
}

// src/report/render-text.ts
var INDENT = "  ";
var nameOf = nodeName;
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
function dryRunLines(report) {
  const dryRun = report.dryRun;
  if (!dryRun) return [];
  const would = [...dryRun.dbtCommands, ...dryRun.sql];
  return [
    `Dry run: ${DRY_RUN_PROMISE}`,
    would.length ? `${INDENT}It would run, in order:` : `${INDENT}It would run no dbt command and no SQL.`,
    ...would.map((line) => `${INDENT}${INDENT}${line.split("\n").join(`
${INDENT}${INDENT}`)}`)
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
  if (plan.compared === false) {
    return [
      `Changes compared with production: not compared: ${notComparedReason(report)}; ${formatCount(plan.selected.length)} selected by ${plan.selector}`
    ];
  }
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
        (node) => `${INDENT}${INDENT}${typedNodeName(report, node.uniqueId)} <- ${node.becauseOf.map((id) => typedNodeName(report, id)).join(", ")}`
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
function freshnessLines(report) {
  if (!report.freshness) return [];
  return freshnessSentences(report.freshness, (text) => text).map((line) => `source freshness: ${line}`);
}
function mergeLines(report) {
  const preview = report.mergePreview;
  if (!preview) return [];
  const kept = dropsKept(preview, plainInline);
  const start = greenStartWords(preview).verb;
  return [
    `On merge: ${lowerFirst(mergePlanSentence(preview, plainInline))}`,
    ...preview.fullRefresh.map(
      (need) => `${INDENT}full refresh needed: ${nameOf(report, need.uniqueId)}: ${need.reason}`
    ),
    ...preview.breakingContracts.map(
      (entry) => `${INDENT}breaking contract: ${nameOf(report, entry.uniqueId)}: ${entry.changes.map((change) => change.detail).join("; ")}`
    ),
    ...(preview.copies ?? []).map(
      (copy) => `${INDENT}${start} into green first: ${copy.relation} (${nameOf(report, copy.uniqueId)}${copy.bytes === null ? "" : `, ${formatBytes(copy.bytes)}`})`
    ),
    ...preview.drops.map(
      (drop) => `${INDENT}${kept ? `will keep (${kept})` : "will drop"}: ${drop.relation} (${nameOf(report, drop.uniqueId)})`
    )
  ];
}
function deployLines(report) {
  const { deploy } = report;
  if (!deploy) return [];
  const rollingBack = report.mode === "rollback";
  const relations = deploy.relations ?? [];
  const what = deploy.strategy === "relation" ? `${plural(relations.length, "relation")} in ${plural(deploy.swaps.length, "schema")}` : plural(deploy.swaps.length, "schema");
  const tail = swapOutcomeTail(report);
  const swapped = `${rollingBack ? "swapped back" : "swapped"} ${what}${tail ? `; ${tail}` : ""}`;
  const keptAs = `${(rollingBack ? DEPLOY_WORDS.rolledBackKept : DEPLOY_WORDS.previousKept).toLowerCase()} as`;
  return [
    `${rollingBack ? "Rollback" : "Deploy"}: ${deploy.swapped ? swapped : "not swapped, production is unchanged"}`,
    ...deploy.swapped && deploy.statePublished === false ? [
      `${INDENT}deployed, state not yet published: re-run it to publish the state (it does not swap again)`
    ] : [],
    ...deploy.strategy === "relation" ? relations.map(
      (relation) => `${INDENT}${relation.change} ${relation.relation}${relation.previousKeptAs ? `, ${keptAs} ${relation.previousKeptAs}` : ""}`
    ) : deploy.swaps.map(
      (swap) => rollingBack ? `${INDENT}${swap.production} restored${swap.previousKeptAs ? `, ${keptAs} ${swap.previousKeptAs}` : ""}` : `${INDENT}${swap.production} <-> ${swap.green}${swap.previousKeptAs ? `, ${keptAs} ${swap.previousKeptAs}` : swap.hadProduction === false ? " (first deploy: no previous version)" : ""}`
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
  const dropped = report.dryRun ? "would drop" : "dropped";
  return [
    `Cleanup: ${dropped} ${plural(cleanup.droppedSchemas.length, "schema")}`,
    ...cleanup.droppedSchemas.map((schema) => `${INDENT}${dropped} ${schema}`),
    ...cleanup.keptSchemas.map((entry) => `${INDENT}kept ${entry.schema}: ${entry.reason}`)
  ];
}
function originLines(report) {
  const origins = report.changeOrigins;
  if (!origins || origins.behindBy === 0 && origins.aheadBy === 0 && origins.onMain.length === 0) return [];
  const names = (ids) => ids.map((id) => `${INDENT}${nameOf(report, id)}`);
  return [
    ...origins.behindBy > 0 ? [`warning: ${behindWarning(origins)}`] : [],
    `Changed by this PR: ${origins.byPr.length}`,
    ...names(origins.byPr),
    `Changed on main since the last deploy (${origins.productionCommit.slice(0, 12)}): ${origins.onMain.length}`,
    ...names(origins.onMain),
    ...origins.unattributed.length ? [
      `Changed outside git (env vars, packages, vars): ${origins.unattributed.length}`,
      ...names(origins.unattributed)
    ] : [],
    ...origins.leftOut.length ? [`Not built (selection-scope pr): ${origins.leftOut.length}`, ...names(origins.leftOut)] : []
  ];
}
function gcLines(report) {
  const { gc } = report;
  if (!gc) return [];
  const dropped = report.dryRun ? "would drop" : "dropped";
  return [
    `Garbage collection: ${dropped} ${plural(gc.dropped.length, "schema")}, kept ${gc.kept.length} (TTL ${gc.ttlHours} hours, pull request states ${gc.pullRequestStates === "github" ? "from GitHub" : "not asked: TTL only"})`,
    ...gc.note ? [`${INDENT}note: ${gc.note}`] : [],
    ...gc.dropped.map((entry) => `${INDENT}${dropped} ${entry.name}: ${entry.reason}`),
    ...gc.kept.map((entry) => `${INDENT}kept ${entry.name}: ${entry.reason}`)
  ];
}
function relationLines(report) {
  return [
    ...report.clones.length ? [
      `${capitalize(cloneVerb(report.clones))} before building: ${plural(report.clones.length, "relation")}`
    ] : [],
    ...report.clones.map(
      (clone) => `${INDENT}${nameOf(report, clone.uniqueId)}: ${clone.from} -> ${clone.to} (${clone.method}${typeof clone.bytes === "number" ? ` ${formatBytes(clone.bytes)}` : ""}, ${clone.purpose})`
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
    dryRunLines(report),
    stateLines(report),
    originLines(report),
    changeLines(report),
    freshnessLines(report),
    resultLines(report),
    dataDiffLines(report),
    costDiffLines(report),
    mergeLines(report),
    deployLines(report),
    cleanupLines(report),
    gcLines(report),
    relationLines(report),
    report.fullReportUrl ? [`Full report: ${report.fullReportUrl}`] : []
  ];
  return `${blocks.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n").replace(TERMINAL_CONTROL, "\uFFFD")}
`;
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
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
  const models = [...candidates].filter((id) => resourceTypeOf(id, current, state) === "model");
  if (models.length === 1) return models[0];
  const listed = [...candidates].sort().map((id) => `${id} (${resourceTypeOf(id, current, state)})`).join(", ");
  throw new UserError(`"${node}" names several nodes: ${listed}. Pass one of these unique_ids instead.`);
}
function resourceTypeOf(uniqueId, current, state) {
  return (current.nodes.get(uniqueId) ?? state.nodes.get(uniqueId))?.resourceType ?? "unknown";
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

// src/demo/dbt-recording.ts
import { mkdir as mkdir2, readFile as readFile2, writeFile } from "node:fs/promises";
import path3 from "node:path";
import { stripVTControlCharacters } from "node:util";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";

// src/demo/relation-recipes.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
var relationName = (schema, name) => `${quoteIdent(schema)}.${quoteIdent(name)}`;
async function recordRelation(query, node) {
  const [found] = await query(
    `select c.oid::int as oid, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = $1 and c.relname = $2 and c.relkind in ('r', 'v')`,
    [node.schema, node.name]
  );
  if (!found) return null;
  const target = relationName(node.schema, node.name);
  if (found.relkind === "v") {
    const [view] = await query("select pg_get_viewdef($1::oid) as definition", [
      found.oid
    ]);
    return {
      schema: node.schema,
      name: node.name,
      kind: "view",
      create: `create view ${target} as ${view.definition}`
    };
  }
  if (node.resourceType === "model" && node.materialized === "table" && node.compiledCode) {
    return {
      schema: node.schema,
      name: node.name,
      kind: "table",
      create: `create table ${target} as (
${node.compiledCode}
)`
    };
  }
  const columns = await query(
    `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
     where attrelid = $1::oid and attnum > 0 and not attisdropped order by attnum`,
    [found.oid]
  );
  const create = `create table ${target} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`;
  if (node.resourceType === "seed")
    return { schema: node.schema, name: node.name, kind: "table", create, csv: node.originalFilePath };
  const [data] = await query(
    `select json_agg(t) as rows from ${target} as t`
  );
  return { schema: node.schema, name: node.name, kind: "table", create, rows: data.rows ?? [] };
}
async function applyRecipe(query, recipe, projectDir) {
  const target = relationName(recipe.schema, recipe.name);
  await query(`create schema if not exists ${quoteIdent(recipe.schema)}`);
  const [existing] = await query(
    `select c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = $2`,
    [recipe.schema, recipe.name]
  );
  if (existing) await query(`drop ${existing.relkind === "v" ? "view" : "table"} ${target} cascade`);
  await query(recipe.create);
  const rows = recipe.csv ? parseCsv(await readFile(path2.join(projectDir, recipe.csv), "utf8"), recipe.csv) : recipe.rows;
  if (rows && rows.length > 0) {
    await query(`insert into ${target} select * from json_populate_recordset(null::${target}, $1::json)`, [
      JSON.stringify(rows)
    ]);
  }
}
function parseCsv(text, file) {
  if (text.includes('"'))
    throw new Error(
      `${file}: quoted CSV fields are not supported by the demo's replay; run the demo with dbt installed.`
    );
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== "");
  const names = header.split(",");
  return lines.map((line) => {
    const values = line.split(",");
    return Object.fromEntries(
      names.map((name, i) => [name, values[i] === void 0 || values[i] === "" ? null : values[i]])
    );
  });
}

// src/demo/dbt-recording.ts
var ARTIFACTS = ["manifest.json", "run_results.json"];
var RECORDING_FILE = "dbt-recording.json.br";
async function writeRecording(dir, recording) {
  const file = path3.join(dir, RECORDING_FILE);
  await mkdir2(dir, { recursive: true });
  const json = Buffer.from(`${JSON.stringify(recording, null, 1)}
`);
  await writeFile(
    file,
    brotliCompressSync(json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_SIZE_HINT]: json.length
      }
    })
  );
  return file;
}
async function readRecording(dir) {
  const file = path3.join(dir, RECORDING_FILE);
  const bytes = await readFile2(file).catch(() => {
    throw new UserError(
      `${file} is missing: install dbt (bash scripts/setup-dbt.sh), or regenerate the demo data with node scripts/demo-data.mjs.`
    );
  });
  return JSON.parse(brotliDecompressSync(bytes).toString("utf8"));
}
var RecordingDbtRunner = class extends DbtRunner {
  constructor(settings, log, query, dbtVersion) {
    super(settings, log);
    this.query = query;
    this.recording = { dbtVersion, invocations: [] };
  }
  query;
  recording;
  async run(command, options) {
    const invocation = await super.run(command, options);
    const artifacts = {};
    for (const name of ARTIFACTS) {
      const text = await readFile2(path3.join(options.targetPath, name), "utf8").catch(() => null);
      if (text !== null) artifacts[name] = text;
    }
    const relations = [];
    if (artifacts["run_results.json"] && artifacts["manifest.json"]) {
      for (const node of builtNodes(artifacts["run_results.json"], artifacts["manifest.json"])) {
        const recipe = await recordRelation(this.query, node);
        if (recipe) relations.push(recipe);
      }
    }
    this.recording.invocations.push({
      command: command[0],
      schema: options.env?.DBT_SLIM_CI_SCHEMA ?? null,
      exitCode: invocation.exitCode,
      output: invocation.tail.map(stripVTControlCharacters),
      artifacts,
      relations
    });
    return invocation;
  }
};
function builtNodes(runResultsJson, manifestJson) {
  const results = JSON.parse(runResultsJson).results;
  const nodes = JSON.parse(manifestJson).nodes;
  return results.flatMap((result) => {
    const node = nodes[result.unique_id];
    if (result.status !== "success" || !node || !["model", "seed", "snapshot"].includes(String(node.resource_type)))
      return [];
    const config = node.config;
    return [
      {
        resourceType: String(node.resource_type),
        materialized: config.materialized ?? "",
        schema: String(node.schema),
        name: String(node.alias ?? node.name),
        compiledCode: typeof node.compiled_code === "string" ? node.compiled_code : null,
        originalFilePath: String(node.original_file_path)
      }
    ];
  });
}
var ReplayDbtRunner = class extends DbtRunner {
  constructor(dbtSettings, print, recording, query) {
    super(dbtSettings, print);
    this.dbtSettings = dbtSettings;
    this.print = print;
    this.recording = recording;
    this.query = query;
  }
  dbtSettings;
  print;
  recording;
  query;
  next = 0;
  /**
   * How much longer the recorded dbt runs took than their replays, so far: the demo's clock adds it, so a
   * report's duration is the wall time of the run as recorded, never shorter than the nodes it lists.
   */
  replayedMs = 0;
  async run(command, options) {
    const started = Date.now();
    const recorded = this.recording.invocations[this.next];
    const schema = options.env?.DBT_SLIM_CI_SCHEMA ?? null;
    if (!recorded || recorded.command !== command[0] || recorded.schema !== schema) {
      throw new UserError(
        `The committed demo recording does not match this demo (invocation ${this.next + 1}: expected ${recorded ? `dbt ${recorded.command} in ${recorded.schema ?? "production"}` : "no more dbt calls"}, got dbt ${command[0]} in ${schema ?? "production"}). Regenerate it with node scripts/demo-data.mjs.`
      );
    }
    this.next += 1;
    await mkdir2(options.targetPath, { recursive: true });
    for (const [name, text] of Object.entries(recorded.artifacts))
      await writeFile(path3.join(options.targetPath, name), text);
    for (const recipe of recorded.relations)
      await applyRecipe(this.query, recipe, this.dbtSettings.projectDir);
    const recreated = recorded.relations.length > 0 ? `; the ${recorded.relations.length} relations it built recreated with SQL` : "";
    this.print(`(replaying dbt ${this.recording.dbtVersion}: its recorded output and artifacts${recreated})`);
    for (const line of recorded.output) this.print(line);
    const args = [
      ...command,
      "--project-dir",
      path3.resolve(this.dbtSettings.projectDir),
      "--target-path",
      path3.resolve(options.targetPath)
    ];
    const replayMs = Date.now() - started;
    const durationMs = Math.max(replayMs, recordedElapsedMs(recorded));
    this.replayedMs += durationMs - replayMs;
    return { args, exitCode: recorded.exitCode, durationMs, tail: recorded.output };
  }
};
function recordedElapsedMs(recorded) {
  const runResults = recorded.artifacts["run_results.json"];
  if (runResults === void 0) return 0;
  const elapsed = JSON.parse(runResults).elapsed_time;
  return typeof elapsed === "number" ? Math.round(elapsed * 1e3) : 0;
}

// src/warehouse/pglite.ts
function pgliteSqlClient(db) {
  return {
    async query(sql, params) {
      return (await db.query(sql, params === void 0 ? void 0 : [...params])).rows;
    },
    close: () => db.close()
  };
}

// src/demo/embedded-postgres.ts
var EMBEDDED_DATABASE = "postgres";
async function startEmbeddedPostgres(port = 0) {
  const { PGlite: PGliteClass } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = await PGliteClass.create();
  const host = "127.0.0.1";
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 16 });
  await server.start();
  const chosenPort = Number(server.getServerConn().split(":").pop());
  const client = pgliteSqlClient(db);
  const shared = { query: client.query, close: async () => void 0 };
  return {
    host,
    port: chosenPort,
    dbtEnv: {
      DBT_PG_HOST: host,
      DBT_PG_PORT: String(chosenPort),
      DBT_PG_USER: "postgres",
      DBT_PG_PASSWORD: "",
      DBT_PG_DBNAME: EMBEDDED_DATABASE
    },
    query: client.query,
    warehouse: () => new PostgresWarehouse(shared),
    async stop() {
      await server.stop();
      await db.close();
    }
  };
}

// src/demo/pr-change.ts
import { readFile as readFile3, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
var CHANGED_RELATION = { model: "customer_segments", newColumn: "avg_lifetime_value" };
var NEW_MODEL = "top_customers";
function replaceOnce(text, from, to, file) {
  if (text === null || !text.includes(from)) {
    throw new Error(
      `The demo's pull request cannot edit ${file}: it no longer contains ${JSON.stringify(from)}. Update src/demo/pr-change.ts to match the example project.`
    );
  }
  return text.replace(from, to);
}
var DEMO_PULL_REQUEST = [
  {
    file: "models/marts/customer_segments.sql",
    kind: "body change",
    description: `adds the column ${CHANGED_RELATION.newColumn}`,
    apply: (old) => replaceOnce(
      old,
      "    sum(lifetime_value) as lifetime_value,\n",
      `    sum(lifetime_value) as lifetime_value,
    round(avg(lifetime_value), 2) as ${CHANGED_RELATION.newColumn},
`,
      "models/marts/customer_segments.sql"
    )
  },
  {
    file: "models/reporting/_reporting.yml",
    kind: "config change",
    description: "materializes weekly_revenue as a table instead of a view",
    apply: (old) => replaceOnce(
      old,
      "    description: Revenue per week for the dashboard.\n",
      "    description: Revenue per week for the dashboard.\n    config:\n      materialized: table\n",
      "models/reporting/_reporting.yml"
    )
  },
  {
    file: "macros/order_statuses.sql",
    kind: "macro change",
    description: "counts 'delivered' orders as revenue (revenue_statuses)",
    apply: (old) => replaceOnce(
      old,
      "['completed', 'shipped']",
      "['completed', 'shipped', 'delivered']",
      "macros/order_statuses.sql"
    )
  },
  {
    file: `models/marts/${NEW_MODEL}.sql`,
    kind: "new model",
    description: "the five customers with the highest lifetime value",
    apply: () => "select customer_id, email, lifetime_value\nfrom {{ ref('dim_customers') }}\norder by lifetime_value desc\nlimit 5\n"
  }
];
async function applyEdits(projectDir, edits) {
  for (const edit of edits) {
    const file = path4.join(projectDir, edit.file);
    const old = await readFile3(file, "utf8").catch(() => null);
    await writeFile2(file, edit.apply(old));
  }
}

// src/demo/run-demo.ts
var PULL_REQUEST = 7;
var PRODUCTION_SCHEMA = "analytics";
async function runDemo(options) {
  const { write } = options;
  if (options.record && options.dbtExecutable === null)
    throw new UserError("Recording the demo data needs dbt: install it with bash scripts/setup-dbt.sh.");
  const files = {
    project: path5.join(options.workDir, "project"),
    productionState: path5.join(options.workDir, "production-state"),
    comment: path5.join(options.workDir, `pr-${PULL_REQUEST}-comment.md`),
    reports: path5.join(options.workDir, "reports"),
    recording: null
  };
  await clearWorkDir(options.workDir);
  await mkdir3(files.reports, { recursive: true });
  const artifacts = /[\\/](target|logs|dbt_packages)([\\/]|$)/;
  await cp(options.projectDir, files.project, {
    recursive: true,
    filter: (source) => !artifacts.test(source.slice(options.projectDir.length))
  });
  const mode = options.dbtExecutable === null ? "replay" : "dbt";
  chapter(write, "Setting up");
  const warehouse = await startEmbeddedPostgres();
  try {
    write(`Embedded Postgres (PGlite) listening on ${warehouse.host}:${warehouse.port}, database postgres.
`);
    const dbt = await demoDbt(options, files.project, warehouse);
    write(
      mode === "dbt" ? `dbt: ${options.dbtExecutable} (one thread: PGlite is a single session).
` : `No dbt to run (or --replay): replaying the committed recording of a real dbt run, ${path5.join(options.dataDir, RECORDING_FILE)}.
`
    );
    const environment = (withState, pullRequest2) => demoEnvironment(files, withState, pullRequest2, dbt, warehouse, write);
    chapter(write, "1. Production: first blue/green deploy of the example project");
    const firstDeploy = await step(write, "deploy", runDeploy(await environment(false, null)));
    write(
      `Production schemas: ${(await productionSchemas(warehouse)).join(", ")}. State published to ${files.productionState}.
`
    );
    chapter(write, `2. Pull request #${PULL_REQUEST}`);
    await applyEdits(files.project, DEMO_PULL_REQUEST);
    for (const edit of DEMO_PULL_REQUEST)
      write(`  ${edit.kind.padEnd(13)} ${edit.file}: ${edit.description}
`);
    chapter(write, `3. Slim CI on pull request #${PULL_REQUEST}: plan, build with --defer, comment`);
    const prEnvironment = await environment(true, PULL_REQUEST);
    const pullRequest = await step(write, "defer", runDefer(prEnvironment));
    await writeFile3(files.comment, renderMarkdown(pullRequest, { target: "comment", budget: 6e4 }));
    write(`
${renderText(pullRequest)}
`);
    write(`
Why, in plain words (dbt-slim-ci explain):
`);
    write(
      `${indent(await explainPullRequest(prEnvironment, files.productionState, ["dim_customers", "weekly_revenue"]))}
`
    );
    write(`
The pull request comment (Markdown): ${files.comment}
`);
    chapter(write, "4. Merge: blue/green deploy (clone, build and test in green, atomic swap)");
    const deploy = await step(write, "deploy", runDeploy(await environment(true, null)));
    const afterDeploy = await showRelation(warehouse, write);
    chapter(write, "5. Rollback: the previous production swaps back in");
    const rollback = await step(write, "rollback", runRollback(await environment(true, null)));
    const afterRollback = await showRelation(warehouse, write);
    for (const [name, report] of Object.entries({
      "1-first-deploy": firstDeploy,
      [`3-pr-${PULL_REQUEST}`]: pullRequest,
      "4-deploy": deploy,
      "5-rollback": rollback
    })) {
      await writeFile3(
        path5.join(files.reports, `${name}.md`),
        renderMarkdown(report, { target: "summary", budget: SUMMARY_LIMIT })
      );
    }
    if (options.record && dbt instanceof RecordingDbtRunner)
      files.recording = await writeRecording(options.dataDir, dbt.recording);
    chapter(write, "Done: the files");
    write(
      [
        `  project with the pull request applied  ${files.project}`,
        `  production state (manifest, state.json) ${files.productionState}`,
        `  pull request comment (Markdown)         ${files.comment}`,
        `  every step's report (Markdown)          ${files.reports}`,
        ...files.recording ? [`  recording of this dbt run              ${files.recording}`] : []
      ].join("\n") + "\n"
    );
    return {
      mode,
      reports: { firstDeploy, pullRequest, deploy, rollback },
      productionColumns: { afterDeploy, afterRollback },
      files
    };
  } finally {
    await warehouse.stop();
  }
}
var WORK_DIR_MARKER = ".dbt-slim-ci-demo";
async function clearWorkDir(dir) {
  const entries = await readdir(dir).catch(() => []);
  if (entries.length > 0 && !entries.includes(WORK_DIR_MARKER)) {
    throw new UserError(
      `--work-dir ${dir} is not empty and was not made by the demo: pass a new or empty folder.`
    );
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir3(dir, { recursive: true });
  await writeFile3(path5.join(dir, WORK_DIR_MARKER), "");
}
async function demoDbt(options, projectDir, warehouse) {
  const print = (line) => options.write(`    ${line}
`);
  const settings = {
    executable: options.dbtExecutable ?? "dbt",
    projectDir,
    profilesDir: null,
    target: null,
    env: warehouse.dbtEnv
  };
  if (options.dbtExecutable === null)
    return new ReplayDbtRunner(settings, print, await readRecording(options.dataDir), warehouse.query);
  if (!options.record) return new DbtRunner(settings, print);
  return new RecordingDbtRunner(
    settings,
    print,
    warehouse.query,
    await new DbtRunner(settings, print).version()
  );
}
async function demoEnvironment(files, withState, pullRequest, dbt, warehouse, write) {
  const inputs = {
    "project-dir": files.project,
    "dbt-args": "--threads 1",
    "state-path": withState ? files.productionState : ""
  };
  const settings = parseSettings((name) => inputs[name] ?? "", "cli");
  const env = await localEnvironment({
    settings,
    run: { pullRequest },
    publishDir: files.productionState,
    write,
    connectWarehouse: async () => warehouse.warehouse()
  });
  const replayed = dbt instanceof ReplayDbtRunner ? dbt : null;
  return { ...env, dbt, now: () => new Date(Date.now() + (replayed?.replayedMs ?? 0)) };
}
async function step(write, name, running) {
  const report = await running;
  write(`
${name}: ${report.status}${report.statusReason ? ` (${report.statusReason})` : ""}
`);
  if (report.status === "failure") {
    throw new Error(
      `The demo's ${name} failed: ${report.errors.map((error) => error.message).join("\n") || report.statusReason}`
    );
  }
  return report;
}
async function explainPullRequest(env, stateDir, nodes) {
  const { dbtEnv } = await prEnvironmentOf(env);
  const current = await loadManifest(path5.join(targetFolder(env.workDir, dbtEnv), "manifest.json"));
  const state = await loadManifest(path5.join(stateDir, "manifest.json"));
  const comparison = compareManifests(current, state);
  const selection = selectNodes({
    current,
    state,
    comparison,
    select: ["state:modified+"],
    exclude: [],
    indirectSelection: "eager"
  });
  return nodes.map((node) => explainNode({ current, state, comparison, selection, node })).join("\n\n");
}
async function productionSchemas(warehouse) {
  const rows = await warehouse.query(
    `select nspname as name from pg_namespace where nspname like $1 order by 1`,
    [`${PRODUCTION_SCHEMA}%`]
  );
  return rows.map((row) => row.name);
}
async function showRelation(warehouse, write) {
  const relation = `${quoteIdent(PRODUCTION_SCHEMA)}.${quoteIdent(CHANGED_RELATION.model)}`;
  const rows = await warehouse.query(`select * from ${relation} order by 1`);
  const [columnsRow] = await warehouse.query(
    `select array_agg(column_name::text order by ordinal_position) as columns from information_schema.columns where table_schema = $1 and table_name = $2`,
    [PRODUCTION_SCHEMA, CHANGED_RELATION.model]
  );
  const columns = columnsRow.columns;
  const newModel = await warehouse.query(
    `select to_regclass($1) is not null as present`,
    [`${PRODUCTION_SCHEMA}.${NEW_MODEL}`]
  );
  write(
    `
select * from ${PRODUCTION_SCHEMA}.${CHANGED_RELATION.model}   (${columns.includes(CHANGED_RELATION.newColumn) ? `has the new column ${CHANGED_RELATION.newColumn}` : `no ${CHANGED_RELATION.newColumn} column`})
`
  );
  write(`${indent(table(columns, rows))}
`);
  write(
    `${PRODUCTION_SCHEMA}.${NEW_MODEL} ${newModel[0].present ? "exists" : "does not exist"} in production.
`
  );
  return columns;
}
function table(columns, rows) {
  const cells = [columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? "null")))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line2) => line2[i].length)));
  const line = (values) => values.map((value, i) => value.padEnd(widths[i])).join(" \u2502 ").trimEnd();
  return [line(cells[0]), widths.map((w) => "\u2500".repeat(w)).join("\u2500\u253C\u2500"), ...cells.slice(1).map(line)].join("\n");
}
var indent = (text) => text.replace(/^/gm, "  ");
function chapter(write, title) {
  write(`
\u2501\u2501\u2501 ${title} ${"\u2501".repeat(Math.max(3, 100 - title.length))}
`);
}

// src/demo/locate.ts
import { access, readFile as readFile4 } from "node:fs/promises";
import { constants as constants2 } from "node:fs";
import path6 from "node:path";
import { fileURLToPath } from "node:url";
async function packageRoot(from = path6.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path6.dirname(dir)) {
    const manifest = await readFile4(path6.join(dir, "package.json"), "utf8").catch(() => null);
    if (manifest !== null && JSON.parse(manifest).name === "dbt-slim-ci") return dir;
    if (path6.dirname(dir) === dir) throw new Error(`No dbt-slim-ci package.json above ${from}.`);
  }
}
var isExecutable = (file) => access(file, constants2.X_OK).then(
  () => true,
  () => false
);
async function findDbt(root, pathVariable = process.env.PATH ?? "") {
  const candidates = [
    path6.join(root, ".venv", "dbt-1.12", "bin", "dbt"),
    ...pathVariable.split(path6.delimiter).filter(Boolean).map((dir) => path6.join(dir, "dbt"))
  ];
  for (const candidate of candidates) if (await isExecutable(candidate)) return candidate;
  return null;
}

// src/cli/demo-command.ts
var demoCommand = {
  name: "demo",
  summary: "the whole story on the example project: plan, PR comment, deploy, swap, rollback (embedded Postgres)",
  usage: `Usage: dbt-slim-ci demo [options]

Runs on an embedded Postgres (PGlite), without GitHub or a warehouse server. Uses real dbt when it finds it
(.venv/dbt-1.12/bin/dbt, then dbt on PATH); otherwise replays a committed recording of a real dbt run.

  --work-dir <dir>       where the demo writes (default .work/demo in the checkout; emptied first)
  --dbt-executable <x>   the dbt to run
  --replay               replay the committed recording even when dbt is installed
  --record               also rewrite the committed recording (examples/demo) from this real dbt run
`,
  options: {
    "work-dir": { type: "string" },
    "dbt-executable": { type: "string" },
    replay: { type: "boolean" },
    record: { type: "boolean" }
  },
  positionals: 0,
  async run(args, io) {
    const root = await packageRoot();
    const replay = args.values.replay === true;
    if (replay && args.values.record === true)
      throw new UserError("demo: --record needs real dbt, so it cannot be combined with --replay.");
    const started = Date.now();
    const outcome = await runDemo({
      projectDir: path7.join(root, "examples", "dbt-project"),
      workDir: path7.resolve(stringOption(args, "work-dir") ?? path7.join(root, ".work", "demo")),
      dbtExecutable: replay ? null : stringOption(args, "dbt-executable") ?? await findDbt(root),
      dataDir: path7.join(root, "examples", "demo"),
      record: args.values.record === true,
      write: io.stdout
    });
    io.stdout(
      `
The demo took ${((Date.now() - started) / 1e3).toFixed(1)} s (${outcome.mode === "dbt" ? "real dbt" : "replayed dbt recording"}).
`
    );
    return 0;
  }
};

// src/cli/state-inputs.ts
import { stat } from "node:fs/promises";
import path8 from "node:path";
var STATE_OPTIONS = {
  state: { type: "string" },
  manifest: { type: "string" },
  "project-dir": { type: "string" }
};
var STATE_OPTIONS_USAGE = `  --state <dir|file>     production state: a folder holding manifest.json, or the file
  --manifest <file>      the current project's manifest.json (a folder works too)
  --project-dir <dir>    where selectors.yml is (default: the folder above the manifest's target folder)`;
async function loadStateInputs(args, commandName, indirectSelection) {
  const statePath = requiredStringOption(args, commandName, "state");
  const manifestPath = requiredStringOption(args, commandName, "manifest");
  const [stateFile, currentFile] = await Promise.all([
    resolveManifestPath(statePath),
    resolveManifestPath(manifestPath)
  ]);
  const currentTargetDir = path8.dirname(currentFile);
  const projectDir = stringOption(args, "project-dir") ?? path8.dirname(currentTargetDir);
  if (!(await stat(projectDir).catch(() => null))?.isDirectory())
    throw new UserError(
      `--project-dir ${projectDir} is not a folder: point it at the dbt project (where selectors.yml is).`
    );
  const [state, current, artifacts] = await Promise.all([
    loadManifest(stateFile),
    loadManifest(currentFile),
    loadSelectionArtifacts({
      stateDir: path8.dirname(stateFile),
      projectDir,
      currentTargetDir,
      indirectSelection
    })
  ]);
  return { current, state, comparison: compareManifests(current, state), artifacts };
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
  --selector <name>      a selector of selectors.yml, instead of --select/--exclude
  --indirect-selection <eager|cautious|buildable|empty>   default eager
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: "string", multiple: true, short: "s" },
    exclude: { type: "string", multiple: true },
    selector: { type: "string" },
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
    const { current, state, comparison, artifacts } = await loadStateInputs(
      args,
      "explain",
      indirectSelection
    );
    const selection = selectNodes({
      current,
      state,
      comparison,
      select: stringListOption(args, "select"),
      exclude: stringListOption(args, "exclude"),
      selector: stringOption(args, "selector") ?? null,
      indirectSelection,
      artifacts
    });
    io.stdout(`${explainNode({ current, state, comparison, selection, node: args.positionals[0] })}
`);
    return 0;
  }
};

// src/cli/flow-commands.ts
import { writeFile as writeFile4 } from "node:fs/promises";
import path9 from "node:path";

// src/cli/setting-flags.ts
function settingFlags(names) {
  const options = {};
  for (const name of names) {
    const flag = settingOption(name).flag;
    if (!flag) throw new Error(`Setting ${name} has no CLI flag.`);
    options[flag.name] = flag.kind === "switch" ? { type: "boolean" } : { type: "string", multiple: flag.kind === "list", ...name === "select" ? { short: "s" } : {} };
  }
  return options;
}
function settingsUsage(names) {
  return usageLines(
    names.map((name) => {
      const option = settingOption(name);
      const flag = option.flag;
      if (!flag) throw new Error(`Setting ${name} has no CLI flag.`);
      const negatable = flag.kind === "switch" && option.default === "true";
      const left = `--${negatable ? "[no-]" : ""}${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
      return [left, flag.help];
    })
  );
}
function usageLines(entries) {
  const width = 24;
  return entries.map(
    ([left, help]) => left.length < width ? `  ${left.padEnd(width)} ${help}` : `  ${left}
  ${" ".repeat(width)} ${help}`
  ).join("\n");
}
function settingsFromFlags(args, names) {
  const used = new Set(names);
  return parseSettings((name) => used.has(name) ? flagText(args, name) : "", "cli");
}
function flagText(args, name) {
  const flag = settingOption(name).flag;
  const value = flag ? args.values[flag.name] : void 0;
  if (value === void 0) return "";
  if (typeof value === "boolean") return String(value);
  return (Array.isArray(value) ? value : [value]).map(String).join("\n");
}

// src/cli/flow-commands.ts
var CONNECTION_SETTINGS = [
  "project-dir",
  "profiles-dir",
  "target",
  "state-path",
  "state-max-age-hours",
  "connection",
  "query-tag",
  "dry-run"
];
var DBT_SETTINGS = ["dbt-executable", "dbt-args"];
var SELECTION_SETTINGS = ["select", "exclude", "selector", "indirect-selection"];
var DATA_DIFF_SETTINGS = [
  "data-diff",
  "data-diff-select",
  "data-diff-row-limit",
  "data-diff-model-timeout-seconds",
  "data-diff-time-budget-seconds",
  "data-diff-pii-columns",
  "data-diff-pii-tags",
  "cost-diff-slower-ratio"
];
var LOCK_SETTINGS = [
  "deploy-lock-timeout-seconds",
  "swap-lock-timeout-seconds",
  "snowflake-lock-database"
];
var REPORT_OPTION = {
  report: { option: { type: "string" }, usage: ["--report <file>", "also write the report as Markdown"] },
  "work-dir": {
    option: { type: "string" },
    usage: [
      "--work-dir <dir>",
      "where dbt's artifacts of this run are kept: compiled SQL, run_results.json, logs (default .work/<command>)"
    ]
  }
};
var PR_OPTION = {
  pr: { option: { type: "string" }, usage: ["--pr <number>", "the pull request (required)"] }
};
var BASE_OPTION = {
  base: {
    option: { type: "string" },
    usage: [
      "--base <ref>",
      "the PR's base branch (default main): its merge base splits this PR's changes from main's"
    ]
  }
};
var PUBLISH_OPTION = {
  "publish-dir": {
    option: { type: "string" },
    usage: ["--publish-dir <dir>", "where the new production state is written (default: the --state folder)"]
  }
};
var REPOSITORY_OPTION = {
  repository: {
    option: { type: "string" },
    usage: [
      "--repository <owner/name>",
      "act on the marks of this repository (default local: the CLI's own); with GITHUB_TOKEN set, closed pull requests are asked of GitHub"
    ]
  }
};
function flowCommand(spec) {
  const extra = { ...spec.extra, ...REPORT_OPTION };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: `Usage: dbt-slim-ci ${spec.name} ${spec.synopsis}

${spec.description}

${usageLines(Object.values(extra).map((e) => e.usage))}
${settingsUsage(spec.settings)}
`,
    options: {
      ...settingFlags(spec.settings),
      ...Object.fromEntries(Object.entries(extra).map(([name, e]) => [name, e.option]))
    },
    positionals: 0,
    async run(args, io) {
      const settings = settingsFromFlags(args, spec.settings);
      const pullRequest = "pr" in spec.extra ? prFlag(args, spec.name) : null;
      const workDir = path9.resolve(
        stringOption(args, "work-dir") ?? path9.join(".work", pullRequest === null ? spec.name : `${spec.name}-pr-${pullRequest}`)
      );
      const env = await localEnvironment({
        settings,
        workDir,
        run: {
          pullRequest,
          ..."base" in spec.extra ? { baseRef: stringOption(args, "base") ?? null } : {},
          ..."repository" in spec.extra ? { repository: repositoryFlag(args) } : {}
        },
        ...publishFolder(args, settings.state.path, settings.dbt.projectDir),
        checkPublish: "publish-dir" in spec.extra,
        emptyStateMeansNone: spec.startsFromNothing,
        write: io.stdout,
        cancellation: io.cancellation
      });
      const report = await spec.flow(env);
      io.stdout(`
${renderText(report)}
`);
      io.stdout(`dbt's files of this run (compiled SQL, run_results.json, logs): ${workDir}
`);
      const file = stringOption(args, "report");
      if (file) await writeFile4(file, renderMarkdown(report, { target: "summary", budget: SUMMARY_LIMIT }));
      if (report.status === "cancelled")
        return signalExitCode(env.cancellation.requested?.signal ?? "SIGTERM");
      return exitStatusOf(report);
    }
  };
}
function exitStatusOf(report) {
  if (report.deploy?.swapped && report.deploy.statePublished === false) return 3;
  return report.status === "failure" ? 1 : 0;
}
function publishFolder(args, statePath, projectDir) {
  const flag = stringOption(args, "publish-dir");
  if (flag !== void 0) return { publishDir: flag, publishLabel: "`--publish-dir`" };
  if (statePath !== null) return { publishDir: statePath, publishLabel: "`--state`" };
  return { publishDir: path9.join(projectDir, "production-state"), publishLabel: "The default publish folder" };
}
function repositoryFlag(args) {
  const text = stringOption(args, "repository") ?? "local";
  if (text !== "local" && !/^[\w.-]+\/[\w.-]+$/.test(text))
    throw new UsageError(
      `gc: --repository is \`${text}\`: give owner/name, e.g. --repository acme/analytics.`
    );
  return text;
}
function cliPullRequestLookup(env) {
  const token = process.env.GITHUB_TOKEN ?? "";
  if (env.run.repository === "local")
    return {
      ask: null,
      why: "No repository given (--repository): pull request schemas are dropped by the TTL only."
    };
  if (token === "")
    return {
      ask: null,
      why: `GITHUB_TOKEN is not set: pull request states of ${env.run.repository} were not asked, so their schemas are dropped by the TTL only.`
    };
  const [owner, repo] = env.run.repository.split("/");
  return { ask: (numbers) => pullRequestStates({ token, owner, repo }, numbers) };
}
function prFlag(args, command) {
  const text = stringOption(args, "pr");
  if (text === void 0)
    throw new UsageError(`${command}: --pr <number> is required (the pull request whose schema to use).`);
  return pullRequestNumber("`--pr`", text);
}
var deferCommand = flowCommand({
  name: "defer",
  summary: "Slim CI for a pull request: build what changed in its schema, deferring to production",
  synopsis: "--pr <number> --state <dir> [options]",
  description: "Builds and tests the nodes that differ from production state in <schema-prefix>_pr_<number>, with --defer.",
  settings: [
    ...CONNECTION_SETTINGS,
    ...DBT_SETTINGS,
    "dbt-command",
    ...SELECTION_SETTINGS,
    "selection-scope",
    "favor-state",
    "clone-incremental",
    "schema-prefix",
    ...DATA_DIFF_SETTINGS
  ],
  extra: { ...PR_OPTION, ...BASE_OPTION },
  flow: runDefer
});
var cleanupCommand = flowCommand({
  name: "cleanup",
  summary: "drop a pull request's schemas, never one production uses",
  synopsis: "--pr <number> [--state <dir>] [options]",
  description: "Drops the schemas the pull request built into; never one that production uses.",
  settings: [...CONNECTION_SETTINGS, ...DBT_SETTINGS, "schema-prefix"],
  extra: PR_OPTION,
  flow: runCleanup
});
var deployCommand = flowCommand({
  name: "deploy",
  summary: "blue/green deploy: clone production into green, build and test there, swap atomically",
  synopsis: "[--state <dir>] [--publish-dir <dir>] [options]",
  description: "Clones production into green, builds and tests there, swaps atomically and publishes the new state.",
  settings: [
    ...CONNECTION_SETTINGS,
    ...DBT_SETTINGS,
    ...SELECTION_SETTINGS,
    "deploy-selection",
    "source-freshness",
    "keep-green-on-failure",
    "keep-previous",
    "deleted-relations",
    "preflight",
    ...LOCK_SETTINGS
  ],
  extra: PUBLISH_OPTION,
  startsFromNothing: true,
  flow: runDeploy
});
var rollbackCommand = flowCommand({
  name: "rollback",
  summary: "swap the previous production back in and republish its state",
  synopsis: "--state <dir> [--publish-dir <dir>] [options]",
  description: "Swaps the previous production back in, atomically, and republishes its state.",
  settings: [...CONNECTION_SETTINGS, ...LOCK_SETTINGS],
  extra: PUBLISH_OPTION,
  flow: runRollback
});
var gcCommand = flowCommand({
  name: "gc",
  summary: "drop the schemas of closed or idle pull requests and old green/previous leftovers, found by mark",
  synopsis: "[--state <dir>] [--gc-ttl-hours <n>] [--repository <owner/name>] [options]",
  description: "Drops schemas whose ownership mark names a closed pull request (asked of GitHub with GITHUB_TOKEN and\n--repository) or whose last build is older than --gc-ttl-hours, and green and __previous leftovers older than\nit; never a schema production state or production naming uses. --dry-run lists them and changes nothing.",
  settings: [...CONNECTION_SETTINGS, ...DBT_SETTINGS, "gc-ttl-hours"],
  extra: REPOSITORY_OPTION,
  flow: (env) => runGc(env, cliPullRequestLookup(env))
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
  const fatal = [...comparison.nodes.values()].filter(
    (node) => node.reasons.some((reason) => reason.code === "contract_changed" && reason.fatal)
  );
  if (fatal.length > 0) {
    lines.push(
      "",
      "Breaking contract changes to versioned models (dbt stops with ContractBreakingChangeError):"
    );
    for (const node of fatal) lines.push(`  ${node.uniqueId}`);
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
  --selector <name>      a selector of selectors.yml, instead of --select/--exclude
  --indirect-selection <eager|cautious|buildable|empty>   tests of selected nodes (default eager)
  --output <json|text>   default text
`,
  options: {
    ...STATE_OPTIONS,
    select: { type: "string", multiple: true, short: "s" },
    exclude: { type: "string", multiple: true },
    selector: { type: "string" },
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
    const { current, state, comparison, artifacts } = await loadStateInputs(args, "select", indirectSelection);
    const selection = selectNodes({
      current,
      state,
      comparison,
      select: stringListOption(args, "select"),
      exclude: stringListOption(args, "exclude"),
      selector: stringOption(args, "selector") ?? null,
      indirectSelection,
      artifacts
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
  cleanupCommand,
  gcCommand,
  demoCommand
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
var cancellation = new Cancellation();
cancelOnSignals(cancellation);
process.exitCode = await main(process.argv.slice(2), { ...PROCESS_IO, cancellation });
