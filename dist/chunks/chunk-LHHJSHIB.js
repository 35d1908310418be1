import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  getInput,
  require_dist
} from "./chunk-7JZ7V7OG.js";
import {
  UserError,
  __toESM
} from "./chunk-YLXNN6N4.js";

// src/action/inputs.ts
var import_yaml = __toESM(require_dist(), 1);
function getSettings(read = (name) => getInput(name)) {
  const input = (name) => read(name).trim();
  const optional = (name) => input(name) || null;
  return {
    mode: oneOf(input, "mode", ["auto", "defer", "deploy", "cleanup", "rollback", "comment"], "auto"),
    githubToken: input("github-token"),
    dbt: {
      executable: input("dbt-executable") || "dbt",
      projectDir: input("project-dir") || ".",
      profilesDir: optional("profiles-dir"),
      target: optional("target"),
      commands: dbtCommands(input("dbt-command") || "build"),
      args: splitArgs(input("dbt-args"), "dbt-args")
    },
    selection: {
      select: lines(input("select")).length > 0 ? lines(input("select")) : ["state:modified+"],
      exclude: lines(input("exclude")),
      indirectSelection: oneOf(
        input,
        "indirect-selection",
        ["eager", "cautious", "buildable", "empty"],
        "eager"
      )
    },
    favorState: bool(input, "favor-state", true),
    cloneIncremental: bool(input, "clone-incremental", false),
    schemaPrefix: schemaPrefix(optional("schema-prefix")),
    state: {
      artifact: input("state-artifact") || "dbt-state",
      workflow: optional("state-workflow"),
      branch: optional("state-branch"),
      maxRuns: int(input, "state-max-runs", 20, 1, 1e3),
      path: optional("state-path"),
      maxAgeHours: int(input, "state-max-age-hours", 168, 0, 1e5),
      retentionDays: int(input, "state-retention-days", 90, 0, 400)
    },
    deploy: {
      selection: oneOf(input, "deploy-selection", ["modified", "full"], "modified"),
      keepGreenOnFailure: bool(input, "keep-green-on-failure", true),
      keepPrevious: bool(input, "keep-previous", true),
      deletedRelations: oneOf(input, "deleted-relations", ["report", "drop"], "report"),
      preflight: oneOf(input, "preflight", ["fail", "warn"], "fail"),
      lockTimeoutSeconds: int(input, "deploy-lock-timeout-seconds", 600, 0, 86400),
      swapLockTimeoutSeconds: int(input, "swap-lock-timeout-seconds", 10, 1, 3600)
    },
    dryRun: bool(input, "dry-run", false),
    connection: connection(input("connection")),
    queryTag: optional("query-tag"),
    snowflakeLockDatabase: optional("snowflake-lock-database"),
    comment: { enabled: bool(input, "comment", true), id: commentId(input("comment-id") || "comment") },
    reportArtifact: optional("report-artifact"),
    reportRunId: input("report-run-id") ? int(input, "report-run-id", 0, 1, Number.MAX_SAFE_INTEGER) : null
  };
}
function oneOf(input, name, allowed, fallback) {
  const value = input(name) || fallback;
  if (!allowed.includes(value)) {
    throw new UserError(
      `Input \`${name}\` is \`${value}\`: use one of ${allowed.map((a) => `\`${a}\``).join(", ")}.`
    );
  }
  return value;
}
function bool(input, name, fallback) {
  const value = input(name).toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UserError(`Input \`${name}\` is \`${input(name)}\`: use \`true\` or \`false\`.`);
}
function int(input, name, fallback, min, max) {
  const text = input(name);
  if (text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserError(`Input \`${name}\` is \`${text}\`: use a whole number from ${min} to ${max}.`);
  }
  return value;
}
function lines(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
var BUILD_COMMANDS = /* @__PURE__ */ new Set(["build", "run", "test", "seed", "snapshot"]);
function dbtCommands(text) {
  const commands = text.split(/\s+/).filter(Boolean);
  const unknown = commands.filter((command) => !BUILD_COMMANDS.has(command));
  if (unknown.length > 0) {
    throw new UserError(
      `Input \`dbt-command\` has ${unknown.map((c) => `\`${c}\``).join(", ")}: use dbt commands from build, run, test, seed, snapshot (put other flags in \`dbt-args\`).`
    );
  }
  return commands.map((command) => [command]);
}
function splitArgs(text, name) {
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
  if (quote) throw new UserError(`Input \`${name}\` has an unclosed ${quote} quote.`);
  if (started) args.push(current);
  return args;
}
function schemaPrefix(value) {
  if (value !== null && !/^[A-Za-z_][A-Za-z0-9_$]*$/.test(value)) {
    throw new UserError(
      `Input \`schema-prefix\` is \`${value}\`: use letters, digits and underscores, starting with a letter.`
    );
  }
  return value;
}
function commentId(value) {
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) {
    throw new UserError(
      `Input \`comment-id\` is \`${value}\`: use letters, digits, \`-\`, \`_\` and \`.\` only.`
    );
  }
  return value;
}
function connection(text) {
  if (text === "") return {};
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new UserError(`Input \`connection\` is not valid YAML: ${error.message}`);
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new UserError(
      "Input `connection` must be a YAML mapping of profile fields, e.g. `password: ${{ secrets.DB_PASSWORD }}`."
    );
  }
  const fields = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new UserError(
        `Input \`connection\` field \`${key}\` must be a plain value (string, number or boolean).`
      );
    }
    fields[key] = value;
  }
  return fields;
}

export {
  getSettings
};
