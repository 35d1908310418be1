import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  SETTING_OPTIONS,
  require_dist,
  settingLabel
} from "./chunk-GAXZLLQ5.js";
import {
  UserError,
  __toESM
} from "./chunk-ZBLYN7A4.js";

// src/config/settings.ts
var MODES = ["defer", "deploy", "cleanup", "rollback", "comment", "gc"];

// src/config/values.ts
var import_yaml = __toESM(require_dist(), 1);
function oneOf(label, text, allowed) {
  if (!allowed.includes(text)) {
    throw new UserError(`${label} is \`${text}\`: use one of ${allowed.map((a) => `\`${a}\``).join(", ")}.`);
  }
  return text;
}
function bool(label, text) {
  const value = text.toLowerCase();
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UserError(`${label} is \`${text}\`: use \`true\` or \`false\`.`);
}
function int(label, text, min, max) {
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UserError(`${label} is \`${text}\`: use a whole number from ${min} to ${max}.`);
  }
  return value;
}
function pullRequestNumber(label, text) {
  return int(label, text.trim(), 1, Number.MAX_SAFE_INTEGER);
}
function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
function splitArgs(label, text) {
  const args = [];
  let current = "";
  let quote = null;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = null;
      else if (char === "\\" && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (/\s/.test(char)) {
      if (started) args.push(current);
      current = "";
      started = false;
    } else {
      current += char === "\\" && i + 1 < text.length ? text[++i] : char;
      started = true;
    }
  }
  if (quote) throw new UserError(`${label} has an unclosed ${quote} quote.`);
  if (started) args.push(current);
  return args;
}
function scalarMapping(label, text) {
  if (text === "") return {};
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    const at = error instanceof import_yaml.YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : "";
    throw new UserError(`${label} is not valid YAML${at}: write one \`field: value\` per line.`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new UserError(
      `${label} must be a YAML mapping of profile fields, e.g. \`password: \${{ secrets.DB_PASSWORD }}\`.`
    );
  }
  const fields = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new UserError(`${label} field \`${key}\` must be a plain value (string, number or boolean).`);
    }
    fields[key] = value;
  }
  return fields;
}

// src/config/parse-settings.ts
var BUILD_COMMANDS = ["build", "run", "test", "seed", "snapshot"];
function parseSettings(read, front) {
  const label = (name) => settingLabel(name, front);
  const text = (name) => {
    const value = read(name).trim();
    const fallback = SETTING_OPTIONS[name].default;
    return value || (fallback.startsWith("${{") ? "" : fallback);
  };
  const optional = (name) => text(name) || null;
  const choice = (name, allowed) => oneOf(label(name), text(name), allowed);
  const flag = (name) => bool(label(name), text(name));
  const whole = (name, min, max) => int(label(name), text(name), min, max);
  if (text("selection-scope") === "pr" && text("selector") !== "") {
    throw new UserError(
      `${label("selection-scope")} is \`pr\`: it leaves main's changes out with --exclude, which dbt does not combine with a named selector (${label("selector")}). Use ${label("select")}/${label("exclude")} instead, or selection-scope \`production\`.`
    );
  }
  return {
    front,
    mode: choice("mode", ["auto", ...MODES]),
    githubToken: text("github-token"),
    dbt: {
      executable: text("dbt-executable"),
      projectDir: text("project-dir"),
      profilesDir: optional("profiles-dir"),
      target: optional("target"),
      commands: dbtCommands(label("dbt-command"), label("dbt-args"), text("dbt-command")),
      args: splitArgs(label("dbt-args"), text("dbt-args"))
    },
    selection: {
      ...selection(label, text),
      indirectSelection: choice("indirect-selection", ["eager", "cautious", "buildable", "empty"]),
      scope: choice("selection-scope", ["pr", "production"])
    },
    favorState: flag("favor-state"),
    cloneIncremental: flag("clone-incremental"),
    schemaPrefix: identifier(label("schema-prefix"), optional("schema-prefix")),
    state: {
      artifact: text("state-artifact"),
      workflow: optional("state-workflow"),
      branch: optional("state-branch"),
      maxRuns: whole("state-max-runs", 1, 1e3),
      path: optional("state-path"),
      maxAgeHours: whole("state-max-age-hours", 0, 1e5),
      retentionDays: whole("state-retention-days", 0, 400)
    },
    deploy: {
      selection: choice("deploy-selection", ["modified", "full"]),
      sourceFreshness: flag("source-freshness"),
      keepGreenOnFailure: flag("keep-green-on-failure"),
      keepPrevious: flag("keep-previous"),
      deletedRelations: choice("deleted-relations", ["report", "drop"]),
      preflight: choice("preflight", ["fail", "warn"]),
      lockTimeoutSeconds: whole("deploy-lock-timeout-seconds", 0, 86400),
      swapLockTimeoutSeconds: whole("swap-lock-timeout-seconds", 1, 3600)
    },
    gc: { ttlHours: whole("gc-ttl-hours", 1, 1e5) },
    dryRun: flag("dry-run"),
    connection: scalarMapping(label("connection"), text("connection")),
    queryTag: optional("query-tag"),
    snowflakeLockDatabase: optional("snowflake-lock-database"),
    dataDiff: {
      mode: choice("data-diff", ["auto", "on", "off"]),
      select: lines(text("data-diff-select")),
      rowLimit: whole("data-diff-row-limit", 1, 1e12),
      modelTimeoutSeconds: whole("data-diff-model-timeout-seconds", 1, 86400),
      timeBudgetSeconds: whole("data-diff-time-budget-seconds", 1, 86400),
      piiColumns: listOf(text("data-diff-pii-columns")).map((pattern) => pattern.toLowerCase()),
      piiTags: listOf(text("data-diff-pii-tags"))
    },
    costDiff: { slowerRatio: ratio(label("cost-diff-slower-ratio"), text("cost-diff-slower-ratio")) },
    deployAnyBranch: flag("deploy-any-branch"),
    comment: { enabled: flag("comment"), id: commentId(label("comment-id"), text("comment-id")) },
    checkRuns: flag("check-runs"),
    reportArtifact: optional("report-artifact"),
    reportRunId: text("report-run-id") ? whole("report-run-id", 1, Number.MAX_SAFE_INTEGER) : null
  };
}
function selection(label, text) {
  const fallback = SETTING_OPTIONS.select.default;
  const select = lines(text("select"));
  const exclude = lines(text("exclude"));
  const selector = text("selector") || null;
  if (selector !== null && (select.length > 0 && select.join(" ") !== fallback || exclude.length > 0)) {
    throw new UserError(
      `${label("selector")} (${selector}) replaces ${label("select")} and ${label("exclude")}: set either the selector or select/exclude.`
    );
  }
  if (selector !== null && !/^\S+$/.test(selector))
    throw new UserError(
      `${label("selector")} is \`${selector}\`: give the name of one selector of selectors.yml.`
    );
  return { select: select.length > 0 ? select : [fallback], exclude, selector };
}
function dbtCommands(label, argsLabel, text) {
  const commands = text.split(/\s+/).filter(Boolean);
  const unknown = commands.filter((command) => !BUILD_COMMANDS.includes(command));
  if (unknown.length > 0) {
    throw new UserError(
      `${label} has ${unknown.map((c) => `\`${c}\``).join(", ")}: use dbt commands from ${BUILD_COMMANDS.join(", ")} (put other flags in ${argsLabel}).`
    );
  }
  return commands.map((command) => [command]);
}
function identifier(label, value) {
  if (value !== null && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) {
    throw new UserError(
      `${label} is \`${value}\`: use letters, digits and underscores, starting with a letter.`
    );
  }
  return value;
}
function commentId(label, value) {
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) {
    throw new UserError(`${label} is \`${value}\`: use letters, digits, \`-\`, \`_\` and \`.\` only.`);
  }
  return value;
}
function listOf(text) {
  return text.split(/[,\n]/).map((entry) => entry.trim()).filter(Boolean);
}
function ratio(label, text) {
  const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (!(value > 1)) throw new UserError(`${label} is \`${text}\`: use a number above 1, such as 2 or 1.5.`);
  return value;
}

export {
  pullRequestNumber,
  parseSettings
};
