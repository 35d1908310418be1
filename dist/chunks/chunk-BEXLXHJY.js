import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);

// src/warehouse/snowflake/names.ts
var DBT_SNOWFLAKE_DEFAULT_QUOTING = { database: false, schema: false };
var PLAIN_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*$/;
function storedName(name, quoted) {
  return !quoted && PLAIN_IDENTIFIER.test(name) ? name.toUpperCase() : name;
}
function quoteIdentifier(identifier) {
  return `"${identifier.replaceAll('"', '""')}"`;
}
function stringLiteral(value) {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}
function qualified(...parts) {
  return parts.map(quoteIdentifier).join(".");
}

// src/warehouse/warehouse.ts
var StatementTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`The query was cancelled at its time limit of ${Math.round(timeoutMs / 100) / 10} s.`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  name = "StatementTimeoutError";
};

// src/warehouse/ownership-mark.ts
var MARK_PREFIX = "dbt-slim-ci:";
function formatMark(mark) {
  const body = { v: 1, role: mark.role, repo: mark.repository };
  if (mark.pullRequest !== null) body.pr = mark.pullRequest;
  body.created = mark.createdAt;
  body.updated = mark.updatedAt;
  return `${MARK_PREFIX}${JSON.stringify(body)}`;
}
function parseMark(comment) {
  if (typeof comment !== "string" || !comment.startsWith(MARK_PREFIX)) return null;
  let body;
  try {
    body = JSON.parse(comment.slice(MARK_PREFIX.length));
  } catch {
    return null;
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const { v, role, repo, pr, created, updated } = body;
  if (v !== 1 || role !== "pr" && role !== "deploy" || typeof repo !== "string" || repo === "") return null;
  if (!isTimestamp(created) || !isTimestamp(updated)) return null;
  const pullRequest = pr === void 0 ? null : pr;
  if (pullRequest !== null && !(Number.isSafeInteger(pullRequest) && pullRequest > 0)) return null;
  if (role === "pr" && pullRequest === null) return null;
  return {
    role,
    repository: repo,
    pullRequest,
    createdAt: created,
    updatedAt: updated
  };
}
function isTimestamp(value) {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}
function renewedMark(owner, existing, now) {
  const sameOwner = existing !== null && existing.role === owner.role && existing.repository === owner.repository && existing.pullRequest === owner.pullRequest;
  const at = now.toISOString();
  return { ...owner, createdAt: sameOwner ? existing.createdAt : at, updatedAt: at };
}

export {
  MARK_PREFIX,
  formatMark,
  parseMark,
  renewedMark,
  DBT_SNOWFLAKE_DEFAULT_QUOTING,
  storedName,
  quoteIdentifier,
  stringLiteral,
  qualified,
  StatementTimeoutError
};
