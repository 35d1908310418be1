import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZBLYN7A4.js";

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

// src/warehouse/snowflake/snowflake-warehouse.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/warehouse/warehouse.ts
var StatementTimeoutError = class extends Error {
  constructor(timeoutMs) {
    super(`The query was cancelled at its time limit of ${Math.round(timeoutMs / 100) / 10} s.`);
    this.timeoutMs = timeoutMs;
  }
  timeoutMs;
  name = "StatementTimeoutError";
};

// src/warehouse/snowflake/errors.ts
var SnowflakeStatementError = class extends UserError {
  constructor(sql, code, sqlState, problem) {
    super(`Snowflake rejected \`${sql}\`: ${problem}${describeCodes(code, sqlState)}`);
    this.sql = sql;
    this.code = code;
    this.sqlState = sqlState;
  }
  sql;
  code;
  sqlState;
  name = "SnowflakeStatementError";
};
var SnowflakeLoginError = class extends UserError {
  constructor(message, fields = []) {
    super(message);
    this.fields = fields;
  }
  fields;
  name = "SnowflakeLoginError";
};
var SnowflakeSwapBookkeepingError = class extends UserError {
  constructor(record, remaining, cause) {
    super(
      `The swap succeeded and production now serves the new build, but keeping the old production for rollback failed: ${cause.message}
Until it is fixed, the old production is kept under the green name. To restore the rollback point, run:
${remaining.map((sql) => `  ${sql};`).join("\n")}`
    );
    this.record = record;
    this.remaining = remaining;
  }
  record;
  remaining;
  name = "SnowflakeSwapBookkeepingError";
};
function describeCodes(code, sqlState) {
  const parts = [code && `code ${code}`, sqlState && `SQLSTATE ${sqlState}`].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

// src/warehouse/snowflake/sql.ts
function containerPath(container) {
  return container.level === "database" ? quoteIdentifier(container.name) : qualified(container.database, container.name);
}
function containerLabel(container) {
  return container.level === "database" ? container.name : `${container.database}.${container.name}`;
}
function keyword(container) {
  return container.level === "database" ? "DATABASE" : "SCHEMA";
}
function showContainerSql(container) {
  return container.level === "database" ? `SHOW DATABASES LIKE ${stringLiteral(container.name)}` : `SHOW SCHEMAS LIKE ${stringLiteral(container.name)} IN DATABASE ${quoteIdentifier(container.database)}`;
}
function showObjectsSql(container) {
  return `SHOW OBJECTS IN ${keyword(container)} ${containerPath(container)}`;
}
function showDynamicTablesSql(container) {
  return `SHOW DYNAMIC TABLES IN ${keyword(container)} ${containerPath(container)}`;
}
function resumeDynamicTableSql(database, schema, name) {
  return `ALTER DYNAMIC TABLE ${qualified(database, schema, name)} RESUME`;
}
function cloneSql(from, to) {
  return `CREATE OR REPLACE ${keyword(to)} ${containerPath(to)} CLONE ${containerPath(from)}`;
}
function swapSql(a, b) {
  return `ALTER ${keyword(a)} ${containerPath(a)} SWAP WITH ${containerPath(b)}`;
}
function renameSql(from, to) {
  return `ALTER ${keyword(from)} ${containerPath(from)} RENAME TO ${containerPath(to)}`;
}
function dropSql(container) {
  return `DROP ${keyword(container)} IF EXISTS ${containerPath(container)}`;
}
function showGrantsSql(container) {
  return `SHOW GRANTS ON ${keyword(container)} ${containerPath(container)}`;
}
function showFutureGrantsSql(container) {
  return `SHOW FUTURE GRANTS IN ${keyword(container)} ${containerPath(container)}`;
}
function viewDefinitionsSql(container) {
  const from = `SELECT table_schema, table_name, view_definition FROM ${quoteIdentifier(container.database)}.INFORMATION_SCHEMA.VIEWS`;
  return container.level === "database" ? `${from} WHERE table_schema <> 'INFORMATION_SCHEMA'` : `${from} WHERE table_schema = ${stringLiteral(container.name)}`;
}
function createLockSql(lock, holder) {
  return `CREATE SCHEMA ${containerPath(lock)} COMMENT = ${stringLiteral(holder)}`;
}

// src/warehouse/snowflake/grants.ts
function copiedGrantStatements(from, to, grants, futureGrants) {
  const keyword2 = to.level === "database" ? "DATABASE" : "SCHEMA";
  const onTo = `${keyword2} ${containerPath(to)}`;
  const current = grants.flatMap((row) => {
    const privilege = privilegeOf(row);
    const grantee = granteeOf(String(row.granted_to), String(row.grantee_name), from, to);
    if (privilege === "OWNERSHIP" || grantee === null) return [];
    return [`GRANT ${privilege} ON ${onTo} TO ${grantee}${grantOption(row)}`];
  });
  const future = futureGrants.flatMap((row) => {
    const grantee = granteeOf(String(row.grant_to), String(row.grantee_name), from, to);
    if (grantee === null) return [];
    return [
      `GRANT ${privilegeOf(row)} ON FUTURE ${pluralObjectType(row)} IN ${onTo} TO ${grantee}${grantOption(row)}`
    ];
  });
  return [...current, ...future];
}
function shareGrantFindings(production, grants) {
  const shares = [
    ...new Set(grants.filter((row) => row.granted_to === "SHARE").map((row) => String(row.grantee_name)))
  ];
  const keyword2 = production.level === "database" ? "DATABASE" : "SCHEMA";
  return shares.map((share) => ({
    severity: "warning",
    code: "other",
    object: containerLabel(production),
    detail: `Share ${share} is granted on production ${containerLabel(production)}; grants stay with the object, so after the swap the share serves the old production.`,
    fix: `After the deploy, grant the share on the new production again (e.g. GRANT USAGE ON ${keyword2} ${containerPath(production)} TO SHARE ${quoteIdentifier(share)}), or share a database the deploy does not swap.`
  }));
}
function privilegeOf(row) {
  const privilege = String(row.privilege);
  if (!/^[A-Z][A-Z_ ]*$/.test(privilege)) {
    throw new Error(`Unexpected privilege ${JSON.stringify(privilege)} in SHOW GRANTS output.`);
  }
  return privilege;
}
function pluralObjectType(row) {
  const type = String(row.grant_on);
  if (!/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`Unexpected object type ${JSON.stringify(type)} in SHOW FUTURE GRANTS output.`);
  }
  const words = type.replaceAll("_", " ");
  return words.endsWith("Y") ? `${words.slice(0, -1)}IES` : `${words}S`;
}
function granteeOf(kind, name, from, to) {
  if (kind === "ROLE") return `ROLE ${quoteIdentifier(name)}`;
  if (kind === "DATABASE_ROLE") {
    const dot = name.indexOf(".");
    if (dot < 0) return null;
    const database = name.slice(0, dot);
    const owner = from.level === "database" && database === from.name ? to.name : database;
    return `DATABASE ROLE ${qualified(owner, name.slice(dot + 1))}`;
  }
  return null;
}
function grantOption(row) {
  return String(row.grant_option).toLowerCase() === "true" ? " WITH GRANT OPTION" : "";
}

// src/warehouse/snowflake/views.ts
var IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)`;
var SEPARATOR = String.raw`\s*\.\s*`;
var START = String.raw`(?<![A-Za-z0-9_$".])`;
var COMMENT_OR_LITERAL = /("(?:[^"]|"")*")|'(?:[^'\\]|\\.|'')*'|--[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\//g;
var CREATE_VIEW_HEADER = new RegExp(
  String.raw`^\s*create\s+(?:or\s+replace\s+)?(?:(?:secure|recursive|materialized|temporary|temp|local|global|volatile|transient)\s+)*view\s+(?:if\s+not\s+exists\s+)?${IDENTIFIER}(?:${SEPARATOR}${IDENTIFIER}){0,2}`,
  "i"
);
function viewReferenceFindings(target, views) {
  return views.flatMap((view) => {
    const schema = String(view.table_schema);
    const name = String(view.table_name);
    const definition = queryOf(String(view.view_definition ?? ""));
    const object = `${target.level === "database" ? target.green : target.database}.${schema}.${name}`;
    const findings = [];
    const greenReference = references(target, target.green, definition)[0];
    if (greenReference) {
      findings.push({
        severity: "error",
        code: "fully_qualified_view_reference",
        object,
        detail: `The view names green explicitly (\`${greenReference.text}\`). After the swap green is renamed to ${target.previous}, so production would read the old build or fail.`,
        fix: refOverrideFix(target.level)
      });
    }
    const productionReferences = references(target, target.production, definition);
    const selfReference = productionReferences.find(
      (reference) => reference.schema === schema && reference.name === name
    );
    if (selfReference) {
      findings.push({
        severity: "error",
        code: "fully_qualified_view_reference",
        object,
        detail: `The view selects from its own production twin (\`${selfReference.text}\`): after the swap it would select from itself.`,
        fix: refOverrideFix(target.level)
      });
    } else if (productionReferences[0]) {
      findings.push({
        severity: "warning",
        code: "fully_qualified_view_reference",
        object,
        detail: `The view names production explicitly (\`${productionReferences[0].text}\`): until the swap green reads production data, so tests on green do not test the new build.`,
        fix: refOverrideFix(target.level)
      });
    }
    return findings;
  });
}
function refOverrideFix(level) {
  const include = level === "database" ? "database=false" : "database=false, schema=false";
  const scope = level === "database" ? "so views name `schema.table` inside their own database" : "so views name tables inside their own schema (schema-level swaps need a single-schema project)";
  return `Render refs without the ${level === "database" ? "database" : "database and schema"} ${scope}: add macros/ref.sql with
{% macro ref(model_name) %}{% do return(builtins.ref(model_name).include(${include})) %}{% endmacro %}
then rebuild the views (dbt run -s config.materialized:view).`;
}
function queryOf(definition) {
  return definition.replace(COMMENT_OR_LITERAL, (_match, quoted) => quoted ?? " ").replace(CREATE_VIEW_HEADER, " ");
}
function references(target, container, sql) {
  const pattern = target.level === "database" ? `${START}${namePattern(container)}${SEPARATOR}(${IDENTIFIER})${SEPARATOR}(${IDENTIFIER})` : `${START}(?:${namePattern(target.database)}${SEPARATOR})?(${namePattern(container)})${SEPARATOR}(${IDENTIFIER})`;
  return [...sql.matchAll(new RegExp(pattern, "g"))].map((match) => ({
    text: match[0],
    schema: target.level === "database" ? storedFromSql(match[1]) : container,
    name: storedFromSql(match[2])
  }));
}
function namePattern(name) {
  const quoted = `"${escapeRegExp(name.replaceAll('"', '""'))}"`;
  if (!/^[A-Z_][A-Z0-9_$]*$/.test(name)) return quoted;
  const anyCase = [...name].map(
    (char) => /[A-Z]/.test(char) ? `[${char}${char.toLowerCase()}]` : escapeRegExp(char)
  );
  return `(?:${quoted}|${anyCase.join("")}(?![A-Za-z0-9_$]))`;
}
function storedFromSql(identifier) {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier.toUpperCase();
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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

// src/warehouse/snowflake/ownership-marks.ts
function markSql(container, mark) {
  const keyword2 = container.level === "database" ? "DATABASE" : "SCHEMA";
  return [
    `CREATE ${keyword2} IF NOT EXISTS ${containerPath(container)}`,
    `COMMENT ON ${keyword2} ${containerPath(container)} IS ${stringLiteral(formatMark(mark))}`
  ];
}
function showSchemasSql(database) {
  return `SHOW SCHEMAS IN DATABASE ${quoteIdentifier(database)}`;
}
function markedSchemasOf(database, rows) {
  return rows.flatMap((row) => {
    const mark = parseMark(typeof row.comment === "string" ? row.comment : null);
    if (!mark) return [];
    return [{ container: { level: "schema", database, name: String(row.name) }, mark }];
  });
}
function markOf(container, rows) {
  const row = rows.find((candidate) => candidate.name === container.name);
  return parseMark(typeof row?.comment === "string" ? row.comment : null);
}

// src/warehouse/snowflake/snowflake-warehouse.ts
var SNOWFLAKE_CAPABILITIES = {
  deployStrategy: "container",
  zeroCopyClone: true,
  atomicMultiSchemaSwap: false,
  databaseSwap: true,
  advisoryLock: false,
  viewBinding: "text"
};
var ALREADY_EXISTS = "002002";
var LOCK_PREFIX = "DBT_SLIM_CI_LOCK__";
var STATEMENT_TIMED_OUT = "000630";
var SnowflakeWarehouse = class {
  constructor(session, options) {
    this.session = session;
    this.options = options;
  }
  session;
  options;
  kind = "snowflake";
  capabilities = SNOWFLAKE_CAPABILITIES;
  containerDeploys = this;
  statements = [];
  quote(identifier) {
    return quoteIdentifier(identifier);
  }
  async containerExists(container) {
    return this.exists(this.resolve(container));
  }
  async listRelations(container) {
    return this.relationsIn(this.resolve(container));
  }
  /**
   * The lock is a schema `DBT_SLIM_CI_LOCK__<KEY>` in the lock database: `CREATE SCHEMA` fails while another
   * deploy holds it. Release drops it; a crashed deploy leaves it behind, and the timeout message says how to
   * clear it.
   */
  async acquireDeployLock(key, timeoutMs) {
    const database = this.options.lockDatabase;
    if (database === null) {
      throw new UserError(
        "The Snowflake deploy lock needs a database: set `database` in the Snowflake target of profiles.yml."
      );
    }
    const lock = {
      level: "schema",
      database: storedName(database, this.options.quoting.database),
      name: `${LOCK_PREFIX}${key.toUpperCase().replace(/[^A-Z0-9_]/g, "_")}`
    };
    const deadline = Date.now() + timeoutMs;
    const pollMs = Math.min(5e3, Math.max(50, timeoutMs / 20));
    for (; ; ) {
      try {
        await this.change(createLockSql(lock, `${this.options.holder} since ${(/* @__PURE__ */ new Date()).toISOString()}`));
        return { release: () => this.change(dropSql(lock)) };
      } catch (error) {
        if (!(error instanceof SnowflakeStatementError) || error.code !== ALREADY_EXISTS) throw error;
      }
      if (Date.now() >= deadline) {
        const holder = (await this.read(showContainerSql(lock))).find((row) => row.name === lock.name)?.comment;
        throw new UserError(
          `Another deploy holds the Snowflake deploy lock ${containerPath(lock)}${holder ? ` (${String(holder)})` : ""}; gave up after ${Math.round(timeoutMs / 1e3)} s. If no deploy is running, the lock is stale: clear it with DROP SCHEMA ${containerPath(lock)};`
        );
      }
      await sleep(pollMs);
    }
  }
  /**
   * `CREATE OR REPLACE … CLONE`: zero-copy, the whole container. Snowflake suspends cloned dynamic tables;
   * those active in the source are resumed in the clone.
   */
  async clone(from, to) {
    const source = this.resolve(from);
    const target = this.resolve(to);
    if (source.level !== target.level) {
      throw new UserError(`Cannot clone ${source.level} ${containerLabel(source)} into a ${target.level}.`);
    }
    if (containerPath(source) === containerPath(target)) {
      throw new UserError(`Cannot clone ${containerLabel(source)} onto itself.`);
    }
    const relations = await this.relationsIn(source);
    const activeDynamicTables = relations.some((relation) => relation.kind === "dynamic_table") ? (await this.read(showDynamicTablesSql(source))).filter((row) => row.scheduling_state !== "SUSPENDED") : [];
    await this.change(cloneSql(source, target));
    for (const table of activeDynamicTables) {
      const schema = target.level === "database" ? String(table.schema_name) : target.name;
      await this.change(resumeDynamicTableSql(target.database, schema, String(table.name)));
    }
    return {
      method: "zero-copy",
      cloned: relations.map((relation) => ({
        ...relation,
        database: target.database,
        schema: target.level === "database" ? relation.schema : target.name
      }))
    };
  }
  async copyGrants(from, to) {
    const source = this.resolve(from);
    const target = this.resolve(to);
    const grants = await this.read(showGrantsSql(source));
    const futureGrants = await this.read(showFutureGrantsSql(source));
    for (const sql of copiedGrantStatements(source, target, grants, futureGrants)) await this.change(sql);
  }
  async preflight(targets) {
    const findings = [];
    if (targets.length > 1) findings.push(atomicityFinding(targets));
    for (const target of targets) {
      const names = this.resolveTarget(target);
      findings.push(...this.lockPlacementFindings(names));
      findings.push(...await this.viewFindings(names));
      const production = this.container(names, names.production);
      if (await this.exists(production)) {
        findings.push(...shareGrantFindings(production, await this.read(showGrantsSql(production))));
      }
    }
    return findings;
  }
  async viewFindings(names) {
    const green = this.container(names, names.green);
    if (await this.exists(green))
      return viewReferenceFindings(names, await this.read(viewDefinitionsSql(green)));
    return [
      {
        severity: this.options.dryRun ? "warning" : "error",
        code: "other",
        object: containerLabel(green),
        detail: `The green ${green.level} ${containerLabel(green)} does not exist${this.options.dryRun ? " (a dry run does not clone it)" : ""}, so its views were not checked.`,
        fix: "Clone production into green and build it before the swap."
      }
    ];
  }
  /**
   * One target per swap: the statement order keeps production whole at every point of failure.
   * 1. Preparation (reads only): green must exist; a missing production makes this the first deploy.
   * 2. The switch: `ALTER … production SWAP WITH green` (atomic), or `ALTER … green RENAME TO production` on the
   *    first deploy. It is the only statement that changes production; a failure before or in it leaves
   *    production untouched.
   * 3. Bookkeeping: the old production now carries the green name; `DROP … IF EXISTS previous` then
   *    `ALTER … green RENAME TO previous` keeps it for rollback. A failure here leaves production serving the new
   *    build and raises SnowflakeSwapBookkeepingError with the statements still to run.
   */
  async swap(targets) {
    const names = this.resolveTarget(this.single(targets, "swap"));
    const production = this.container(names, names.production);
    const green = this.container(names, names.green);
    const previous = this.container(names, names.previous);
    if (!this.options.dryRun && !await this.exists(green)) {
      throw new UserError(
        `The green ${green.level} ${containerLabel(green)} does not exist: nothing to swap into production ${containerLabel(production)}. Production is unchanged.`
      );
    }
    const firstDeploy = !await this.exists(production);
    const switchSql = firstDeploy ? renameSql(green, production) : swapSql(production, green);
    await this.change(switchSql);
    const statements = [switchSql];
    const record = () => ({
      targets,
      statements: [...statements],
      completedAt: (/* @__PURE__ */ new Date()).toISOString()
    });
    if (firstDeploy) return record();
    const bookkeeping = [dropSql(previous), renameSql(green, previous)];
    for (const [index, sql] of bookkeeping.entries()) {
      try {
        await this.change(sql);
        statements.push(sql);
      } catch (error) {
        throw new SnowflakeSwapBookkeepingError(record(), bookkeeping.slice(index), error);
      }
    }
    return record();
  }
  /**
   * `ALTER … previous SWAP WITH production`: one atomic statement. Afterwards `previous` holds the build that
   * was rolled back, so running it again rolls forward.
   */
  async rollback(targets) {
    const names = this.resolveTarget(this.single(targets, "roll back"));
    const production = this.container(names, names.production);
    const previous = this.container(names, names.previous);
    if (!await this.exists(previous)) {
      throw new UserError(
        `Cannot roll back ${containerLabel(production)}: the previous production ${containerLabel(previous)} does not exist (a deploy keeps it until the next deploy; it may have been dropped). Production is unchanged.`
      );
    }
    const sql = swapSql(previous, production);
    await this.change(sql);
    return { targets, statements: [sql], completedAt: (/* @__PURE__ */ new Date()).toISOString() };
  }
  async drop(container) {
    await this.change(dropSql(this.resolve(container)));
  }
  async markContainer(container, mark) {
    for (const sql of markSql(this.resolve(container), mark)) await this.change(sql);
  }
  async listMarkedContainers(database) {
    const stored = this.resolve({ level: "schema", database, name: "" }).database;
    return markedSchemasOf(stored, await this.read(showSchemasSql(stored)));
  }
  async readMark(container) {
    const resolved = this.resolve(container);
    return markOf(resolved, await this.read(showContainerSql(resolved)));
  }
  close() {
    return this.session.close();
  }
  single(targets, action) {
    if (targets.length !== 1) {
      throw new UserError(
        `Snowflake can ${action} one schema or database atomically, not ${targets.length}: DDL auto-commits, so several schemas cannot switch together. Deploy at database level, so one ALTER DATABASE \u2026 SWAP WITH moves every schema.`
      );
    }
    return targets[0];
  }
  lockPlacementFindings(names) {
    const lockDatabase = this.options.lockDatabase;
    if (names.level !== "database" || lockDatabase === null) return [];
    const stored = storedName(lockDatabase, this.options.quoting.database);
    if (![names.production, names.green, names.previous].includes(stored)) return [];
    return [
      {
        severity: "error",
        code: "other",
        object: stored,
        detail: `The deploy lock lives in database ${stored}, which this deploy swaps: the lock would move with it.`,
        fix: "Keep the lock in a database the deploy does not swap (the lock database setting, or the profile database)."
      }
    ];
  }
  /**
   * Under a session STATEMENT_TIMEOUT_IN_SECONDS (whole seconds, at least 1), unset afterwards so later
   * statements of the session are not bound by it.
   */
  async readQuery(sql, options) {
    const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1e3));
    await this.session.query(`ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = ${seconds}`);
    try {
      return await this.session.query(sql);
    } catch (error) {
      if (error instanceof SnowflakeStatementError && error.code === STATEMENT_TIMED_OUT)
        throw new StatementTimeoutError(seconds * 1e3);
      throw error;
    } finally {
      await this.session.query("ALTER SESSION UNSET STATEMENT_TIMEOUT_IN_SECONDS");
    }
  }
  async relationsIn(container) {
    const rows = await this.read(showObjectsSql(container));
    return rows.filter((row) => row.schema_name !== "INFORMATION_SCHEMA").map((row) => ({
      database: String(row.database_name),
      schema: String(row.schema_name),
      name: String(row.name),
      kind: relationKind(row),
      bytes: bytesOf(row)
    }));
  }
  async exists(container) {
    return (await this.read(showContainerSql(container))).some((row) => row.name === container.name);
  }
  resolve(container) {
    const { quoting } = this.options;
    if (container.level === "database") {
      const name = storedName(container.name, quoting.database);
      return { level: "database", database: name, name };
    }
    const database = container.database ?? this.options.defaultDatabase;
    if (database === null) {
      throw new UserError(
        `Schema ${container.name} has no database: set \`database\` in the Snowflake target of profiles.yml.`
      );
    }
    return {
      level: "schema",
      database: storedName(database, quoting.database),
      name: storedName(container.name, quoting.schema)
    };
  }
  resolveTarget(target) {
    const resolve = (name) => this.resolve({ level: target.level, database: target.database, name });
    const production = resolve(target.production);
    return {
      level: target.level,
      database: production.database,
      production: production.name,
      green: resolve(target.green).name,
      previous: resolve(target.previous).name
    };
  }
  container(names, name) {
    return { level: names.level, database: names.level === "database" ? name : names.database, name };
  }
  read(sql) {
    return this.run(sql);
  }
  async change(sql) {
    if (this.options.dryRun) {
      this.statements.push({ sql, skipped: true, durationMs: 0 });
      return;
    }
    await this.run(sql);
  }
  async run(sql) {
    const started = performance.now();
    try {
      return await this.session.query(sql);
    } finally {
      this.statements.push({ sql, skipped: false, durationMs: Math.round(performance.now() - started) });
    }
  }
};
function atomicityFinding(targets) {
  return {
    severity: "error",
    code: "other",
    object: targets.map((target) => target.production).join(", "),
    detail: `Snowflake cannot swap ${targets.length} schemas atomically: every DDL statement commits on its own, so readers could see some schemas new and others old.`,
    fix: "Deploy at database level: one ALTER DATABASE \u2026 SWAP WITH moves every schema of the project at once."
  };
}
function bytesOf(row) {
  const bytes = row.bytes === null || row.bytes === void 0 || row.bytes === "" ? NaN : Number(row.bytes);
  return Number.isFinite(bytes) ? bytes : null;
}
function relationKind(row) {
  const kind = String(row.kind).toUpperCase();
  if (kind === "TABLE") return row.is_dynamic === "Y" ? "dynamic_table" : "table";
  if (kind === "VIEW") return "view";
  if (kind.includes("MATERIALIZED")) return "materialized_view";
  return "other";
}

export {
  MARK_PREFIX,
  formatMark,
  parseMark,
  renewedMark,
  StatementTimeoutError,
  SnowflakeStatementError,
  SnowflakeLoginError,
  DBT_SNOWFLAKE_DEFAULT_QUOTING,
  quoteIdentifier,
  stringLiteral,
  SNOWFLAKE_CAPABILITIES,
  SnowflakeWarehouse
};
