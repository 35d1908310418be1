import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  DBT_SNOWFLAKE_DEFAULT_QUOTING,
  SnowflakeLoginError,
  SnowflakeStatementError,
  SnowflakeWarehouse
} from "./chunk-3LU6UAY2.js";
import {
  UserError
} from "./chunk-ZBLYN7A4.js";

// src/warehouse/snowflake/connection.ts
import { createPrivateKey } from "node:crypto";

// src/warehouse/snowflake/sdk.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var loaded;
function loadSnowflakeSdk() {
  loaded ??= load();
  return loaded;
}
async function load() {
  process.env.SNOWFLAKE_DISABLE_PLATFORM_DETECTION ??= "true";
  const bundled = fileURLToPath(new URL("./snowflake-sdk.cjs", import.meta.url));
  const sdk = existsSync(bundled) ? createRequire(import.meta.url)(bundled) : (await import("snowflake-sdk")).default;
  sdk.configure({ logLevel: "ERROR", customLogger: quietLogger });
  return sdk;
}
var quietLogger = {
  error: (message) => process.stderr.write(`snowflake-sdk: ${message}
`),
  warn: () => void 0,
  info: () => void 0,
  debug: () => void 0,
  trace: () => void 0
};

// src/warehouse/snowflake/connection.ts
async function connectSnowflake(settings, options) {
  const sdk = await loadSnowflakeSdk();
  const connection = sdk.createConnection(connectionOptions(settings, options));
  const failure = await new Promise((resolve) => connection.connect((error) => resolve(error)));
  if (failure) {
    const who = settings.user === null ? "" : ` as ${settings.user}`;
    const { fields, fix } = loginProblem(failure, settings);
    throw new SnowflakeLoginError(
      `Snowflake login to account ${settings.account}${who} (${settings.auth.method}) failed: ${failure.message}. Check ${fields.map((field) => `\`${field}\``).join(" and ")} of ${settings.origin ?? "the Snowflake target in profiles.yml"}: ${fix}`,
      fields
    );
  }
  return {
    query: (sql) => new Promise((resolve, reject) => {
      connection.execute({
        sqlText: sql,
        // The login sets QUERY_TAG for the session; sending it per statement too keeps it if a statement changes it.
        parameters: { QUERY_TAG: options.queryTag },
        complete: (error, _statement, rows) => error ? reject(statementError(sql, error)) : resolve((rows ?? []).map(lowerCaseKeys))
      });
    }),
    close: () => new Promise((resolve, reject) => {
      connection.destroy((error) => error ? reject(error) : resolve());
    })
  };
}
function loginProblem(failure, settings) {
  const code = String(failure.code ?? "");
  const cause = failure.cause?.code;
  const grant = (what) => `or grant ${what} to the role ${settings.role ?? "(the user\u2019s default role)"}.`;
  switch (code) {
    case "401001":
      return cause === "ENOTFOUND" ? {
        fields: ["account"],
        fix: "no Snowflake host answers to that account identifier; use the form `myorg-myaccount` (or `locator.region`), without `.snowflakecomputing.com`."
      } : {
        fields: ["account"],
        fix: "Snowflake could not be reached; check the account and any proxy or firewall in between."
      };
    case "390100":
      return {
        fields: ["user", "password"],
        fix: "the login name or password is wrong (usually env_var() secrets of the CI job)."
      };
    case "390144":
      return {
        fields: ["private_key_path", "private_key"],
        fix: `the key does not match the public key set on user ${settings.user ?? ""} (ALTER USER \u2026 SET RSA_PUBLIC_KEY).`
      };
    case "390303":
    case "390318":
      return { fields: ["token"], fix: "the OAuth token is invalid or expired; pass a fresh one." };
    case "390189":
      return {
        fields: ["role"],
        fix: `role ${settings.role ?? ""} does not exist or is not granted to the user: GRANT ROLE ${settings.role ?? "<role>"} TO USER ${settings.user ?? "<user>"}.`
      };
    case "390201": {
      const field = /warehouse/i.test(failure.message) ? "warehouse" : /schema/i.test(failure.message) ? "schema" : "database";
      return {
        fields: [field],
        fix: `it does not exist, or the role cannot use it: fix the name, ${grant("USAGE on it")}`
      };
    }
  }
  return { fields: ["account", "user"], fix: "check the account, user and credentials of the target." };
}
function connectionOptions(settings, options) {
  const optional = (key, value) => value === null ? {} : { [key]: value };
  return {
    account: settings.account,
    ...optional("username", settings.user),
    ...optional("role", settings.role),
    ...optional("database", settings.database),
    ...optional("warehouse", settings.warehouse),
    ...optional("schema", settings.schema),
    ...options.accessUrl === void 0 ? {} : { accessUrl: options.accessUrl },
    ...authOptions(settings.auth),
    queryTag: options.queryTag,
    ...settings.connectRetries === null ? {} : { sfRetryMaxLoginRetries: settings.connectRetries },
    application: "dbt_slim_ci",
    // A deploy waits for dbt between statements; heartbeats keep the session from expiring meanwhile.
    clientSessionKeepAlive: true
  };
}
function authOptions(auth) {
  switch (auth.method) {
    case "password":
      return { authenticator: "SNOWFLAKE", password: auth.password };
    case "oauth":
      return { authenticator: "OAUTH", token: auth.token };
    case "programmatic_access_token":
      return { authenticator: "PROGRAMMATIC_ACCESS_TOKEN", token: auth.token };
    case "key_pair":
      if (auth.privateKeyPath !== null) {
        return {
          authenticator: "SNOWFLAKE_JWT",
          privateKeyPath: auth.privateKeyPath,
          ...auth.passphrase === null ? {} : { privateKeyPass: auth.passphrase }
        };
      }
      return {
        authenticator: "SNOWFLAKE_JWT",
        privateKey: pemPrivateKey(auth.privateKey ?? "", auth.passphrase)
      };
  }
}
function pemPrivateKey(key, passphrase) {
  const trimmed = key.trim();
  if (trimmed.startsWith("-----BEGIN")) {
    return passphrase === null ? `${trimmed}
` : decryptedPem(trimmed, "pem", passphrase);
  }
  return decryptedPem(Buffer.from(trimmed, "base64"), "der", passphrase);
}
function decryptedPem(key, format, passphrase) {
  try {
    return createPrivateKey({ key, format, type: "pkcs8", ...passphrase === null ? {} : { passphrase } }).export({ format: "pem", type: "pkcs8" }).toString();
  } catch (error) {
    throw new SnowflakeLoginError(
      `profiles.yml: the Snowflake \`private_key\` cannot be read (${error.message}); give a PKCS#8 key as PEM or base64 DER, and \`private_key_passphrase\` if it is encrypted.`
    );
  }
}
function statementError(sql, error) {
  const code = error.code === void 0 ? null : String(error.code);
  return new SnowflakeStatementError(sql, code, error.sqlState ?? null, error.message);
}
function lowerCaseKeys(row) {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.toLowerCase(), value]));
}

// src/warehouse/snowflake/settings.ts
var SUPPORTED_AUTHENTICATORS = "snowflake (password), snowflake_jwt (key pair), oauth, programmatic_access_token";
function snowflakeSettingsFromProfile(fields) {
  const text = (key) => {
    const value = fields[key];
    if (value === void 0 || value === null || value === "") return null;
    if (typeof value !== "string") {
      throw new UserError(
        `profiles.yml: the Snowflake field \`${key}\` must be a string, got ${typeof value}.`
      );
    }
    return value;
  };
  const required = (key, why) => {
    const value = text(key);
    if (value === null)
      throw new UserError(`profiles.yml: the Snowflake field \`${key}\` is missing: ${why}.`);
    return value;
  };
  const account = required("account", "set it to your account identifier, e.g. `myorg-myaccount`");
  const auth = authFromProfile(text, required);
  const userRequired = auth.method === "password" || auth.method === "key_pair";
  const user = userRequired ? required("user", "set it to the login name of the deploy user") : text("user");
  return {
    account,
    user,
    auth,
    role: text("role"),
    database: text("database"),
    warehouse: text("warehouse"),
    schema: text("schema"),
    queryTag: text("query_tag"),
    connectRetries: retries(fields.connect_retries)
  };
}
function retries(value) {
  if (value === void 0 || value === null || value === "") return null;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) {
    throw new UserError(
      `profiles.yml: the Snowflake field \`connect_retries\` must be a whole number of retries, got ${JSON.stringify(value)}.`
    );
  }
  return count;
}
function authFromProfile(text, required) {
  const authenticator = (text("authenticator") ?? "snowflake").toLowerCase();
  const privateKey = text("private_key");
  const privateKeyPath = text("private_key_path");
  const keyPair = () => {
    if (privateKey === null && privateKeyPath === null) {
      throw new UserError(
        "profiles.yml: key-pair authentication (authenticator: snowflake_jwt) needs `private_key_path` or `private_key`."
      );
    }
    if (privateKey !== null && privateKeyPath !== null) {
      throw new UserError(
        "profiles.yml: set either `private_key_path` or `private_key` for the Snowflake target, not both."
      );
    }
    return { method: "key_pair", privateKey, privateKeyPath, passphrase: text("private_key_passphrase") };
  };
  switch (authenticator) {
    case "snowflake":
      if (privateKey !== null || privateKeyPath !== null) return keyPair();
      return {
        method: "password",
        password: required("password", "set it, or configure key-pair authentication")
      };
    case "snowflake_jwt":
    case "jwt":
      return keyPair();
    case "oauth":
      return {
        method: "oauth",
        token: required("token", "OAuth authentication needs the access token in `token`")
      };
    case "programmatic_access_token":
    case "pat":
      return {
        method: "programmatic_access_token",
        token: text("token") ?? required("password", "put the programmatic access token in `token`")
      };
    default:
      throw new UserError(
        `profiles.yml: the Snowflake authenticator \`${authenticator}\` cannot run unattended in CI; use one of: ${SUPPORTED_AUTHENTICATORS}.`
      );
  }
}

// src/warehouse/snowflake/index.ts
async function createSnowflakeWarehouse(settings, options = {}) {
  const queryTag = options.queryTag ?? settings.queryTag ?? "dbt-slim-ci";
  const session = await connectSnowflake(settings, { queryTag, accessUrl: options.accessUrl });
  return new SnowflakeWarehouse(session, {
    dryRun: options.dryRun ?? false,
    quoting: { ...DBT_SNOWFLAKE_DEFAULT_QUOTING, ...options.quoting },
    defaultDatabase: settings.database,
    lockDatabase: options.lockDatabase ?? settings.database,
    holder: queryTag
  });
}
export {
  createSnowflakeWarehouse,
  snowflakeSettingsFromProfile
};
