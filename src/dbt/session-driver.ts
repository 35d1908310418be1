/**
 * The Python program of a dbt session (src/dbt/session.ts), run with the interpreter of the user's dbt. It runs
 * dbt commands in-process with dbt's programmatic API (`dbtRunner`, dbt-core ≥ 1.5) one at a time as Node asks:
 * one request a line on file descriptor 3, `{"args": [...], "env": {...}, "manifestKey": "..."}`; dbt prints to
 * stdout and stderr as the `dbt` executable does, and each answer is one stdout line starting with the marker
 * Node passes as the first argument. The latest `parse` keeps its manifest under its `manifestKey` (target folder
 * and parse flags), and a later command with the same key runs on it instead of parsing again, which is dbt's
 * documented reuse (`dbtRunner(manifest=...)`). Exit codes are the `dbt` executable's: 0 success, 1 a node
 * failed, 2 dbt failed.
 */
export const SESSION_DRIVER = String.raw`
import json, logging, os, sys
# python -c puts the working directory (the user's project) first on the path: a folder named dbt there must not
# shadow dbt-core.
if sys.path and sys.path[0] == "":
    sys.path.pop(0)
marker = sys.argv[1]

def answer(message):
    sys.stderr.flush()
    sys.stdout.write(marker + json.dumps(message) + "\n")
    sys.stdout.flush()

try:
    from dbt.cli.main import dbtRunner
except Exception as error:
    answer({"ready": False, "reason": "%s: %s" % (type(error).__name__, error)})
    sys.exit(0)
answer({"ready": True})

def serve(requests):
    # Only the latest parse is kept: a flow builds on the parse just before its builds, and one manifest of a
    # large project is memory enough.
    parsed_key, parsed = None, None
    for line in requests:
        request = json.loads(line)
        os.environ.clear()
        os.environ.update(request["env"])
        # dbt reads sys.argv too: which flags the user set (so dbt_project.yml's flags do not override them) and the
        # invocation_command of its artifacts.
        sys.argv = ["dbt"] + request["args"]
        key = request.get("manifestKey")
        is_parse = request["args"][:1] == ["parse"]
        manifest = parsed if not is_parse and key == parsed_key else None
        if is_parse:
            parsed_key, parsed = None, None
        result = dbtRunner(manifest=manifest).invoke(request["args"])
        if is_parse and result.success:
            parsed_key, parsed = key, result.result
        if result.success:
            code = 0
        elif result.exception is not None:
            code = 2
        else:
            code = 1
        answer({"exitCode": code})
        if isinstance(result.exception, KeyboardInterrupt):
            return

try:
    serve(os.fdopen(3, "r", encoding="utf-8"))
except KeyboardInterrupt:
    # Interrupted between commands: exit as an interrupted dbt does, without a traceback.
    sys.exit(130)
# Every command has written its artifacts and closed its connections: exit without tearing the interpreter down,
# which takes seconds with a large project's manifests in memory.
logging.shutdown()
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
`
