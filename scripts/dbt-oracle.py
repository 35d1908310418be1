"""Records what real dbt selects with `state:` selectors for a catalog of edits to a dbt project.

The differential tests compare our engine against this output. Run it with the Python of a dbt virtualenv so
that dbt runs in this process (one dbtRunner, no start-up cost per command):

    .venv/dbt-1.12/bin/python scripts/dbt-oracle.py --project examples/dbt-project \
        --edits __tests__/differential/edits.yml --out /tmp/oracle-1.12

For the unedited project it runs `dbt parse` once and keeps the manifest as the state. Then, for each edit, it
applies the edit to a working copy, parses it from scratch, runs `dbt ls --select <selector> --state <state>`
for every selector on the parsed manifest, and reverts the edit. Parsing is never partial: dbt 1.12's partial
parsing skips files whose only change is whitespace, so it would keep a stale raw_code that a CI checkout
(which always parses from scratch) never sees. It writes `<out>/oracle.json`:

    {dbtVersion, stateManifest, seconds, parseSeconds, lsSeconds, edits: {name: {stateManifest,
     currentManifest, selections: {selector: [unique_id...] | {error: {type, message, node}}},
     warnings: {selector: [...]}}}}

dbt 1.3 and 1.4 have no dbtRunner: there every command is a `dbt` process of the virtualenv (LegacyDbt).

The catalog (YAML) lists the `selectors`, the `edits`, and optionally `base`: file changes applied to the
working copy before anything is parsed (the unedited state included). An edit has a `name`, an `expect` (words for
humans), `changes` (file operations: replace, append, write, delete, move) and optionally `env` (environment
variables set while parsing), `vars` (`--vars`), `target` (`--target`), its own `selectors` (instead of the
catalog's; an entry starting with `--` is passed as arguments, e.g. `--selector nightly`, and '' passes no
selection at all), and the artifacts other selector methods read, written as dbt writes them:
`state_run_results` ({unique_id: status}, the state's run_results.json), `state_sources` and `current_sources`
({unique_id: max_loaded_at, or "runtime error"}: the state's sources.json and this run's target/sources.json).
An edit with `fails_to_parse: true` is one dbt refuses to parse: every selector records that error.
An edit with state artifacts gets its own state folder, `<out>/edits/<name>/state`; the edit's folder also
keeps the selectors.yml it parsed with and the sources.json it selected with. A `replace` whose text is not found
exactly once fails the run: a stale edit must not silently turn into "no change".
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import subprocess

import yaml
from dbt.contracts.graph.manifest import Manifest
from dbt.version import __version__ as dbt_version

try:  # dbt 1.5+: dbt runs in this process
    from dbt.cli.main import dbtRunner
except ImportError:  # dbt 1.3 and 1.4 have no programmatic runner: each command is a process (LegacyDbt)
    dbtRunner = None
try:
    from dbt.artifacts.schemas.manifest import WritableManifest
except ImportError:  # before dbt 1.8
    from dbt.contracts.graph.manifest import WritableManifest

DEFAULT_TARGET = "prod"
# Warnings that only say the selection is empty: the selection itself records that.
EMPTY_SELECTION_EVENTS = {"NoNodesForSelectionCriteria", "NoNodesSelected"}
IGNORED_PROJECT_DIRS = ("target", "logs", "dbt_packages")


class EditError(Exception):
    """An edit of the catalog cannot be applied to the project: names the edit and the file."""


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--project", required=True, type=Path, help="the dbt project to copy and edit")
    parser.add_argument("--edits", required=True, type=Path, help="the YAML catalog of selectors and edits")
    parser.add_argument("--out", required=True, type=Path, help="output directory (emptied first)")
    parser.add_argument("--only", default="", help="comma-separated edit names to run (default: all)")
    parser.add_argument(
        "--state-manifest",
        type=Path,
        help="compare with this manifest (e.g. one written by another dbt version) instead of parsing the "
        "unedited project",
    )
    return parser.parse_args()


class ProjectCopy:
    """A working copy of the project that edits are applied to and reverted from."""

    def __init__(self, source: Path, root: Path) -> None:
        shutil.copytree(source, root, ignore=shutil.ignore_patterns(*IGNORED_PROJECT_DIRS))
        self.root = root

    def path(self, relative: str, edit: str) -> Path:
        resolved = (self.root / relative).resolve()
        if self.root.resolve() not in resolved.parents:
            raise EditError(f"edit {edit!r}: path {relative!r} leaves the project")
        return resolved

    @contextmanager
    def edited(self, edit: dict[str, Any]) -> Iterator[None]:
        """Applies the edit's file changes and restores every touched file afterwards."""
        originals: dict[Path, bytes | None] = {}

        def remember(path: Path) -> None:
            if path not in originals:
                originals[path] = path.read_bytes() if path.exists() else None

        try:
            for change in edit.get("changes", []):
                self.apply(edit["name"], change, remember)
            yield
        finally:
            for path, content in originals.items():
                if content is None:
                    path.unlink(missing_ok=True)
                else:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(content)

    def apply(self, name: str, change: dict[str, Any], remember) -> None:
        (op, args), *rest = change.items()
        if rest:
            raise EditError(f"edit {name!r}: one operation per change, got {list(change)}")
        if op == "move":
            source, target = self.path(args["from"], name), self.path(args["to"], name)
            if not source.exists():
                raise EditError(f"edit {name!r}: cannot move missing file {args['from']}")
            remember(source)
            remember(target)
            target.parent.mkdir(parents=True, exist_ok=True)
            source.rename(target)
            return
        path = self.path(args["file"], name)
        remember(path)
        if op == "write":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(args["text"], encoding="utf-8", newline="")
        elif op == "delete":
            if not path.exists():
                raise EditError(f"edit {name!r}: cannot delete missing file {args['file']}")
            path.unlink()
        elif op == "append":
            with path.open("a", encoding="utf-8", newline="") as handle:
                handle.write(args["text"])
        elif op == "replace":
            text = path.read_bytes().decode("utf-8")
            count = text.count(args["find"])
            if count != 1:
                raise EditError(
                    f"edit {name!r}: expected {args['find']!r} exactly once in {args['file']}, "
                    f"found it {count} times"
                )
            path.write_text(text.replace(args["find"], args["with"]), encoding="utf-8", newline="")
        else:
            raise EditError(
                f"edit {name!r}: unknown operation {op!r} (use replace, append, write, delete, move)"
            )


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update({key: str(value) for key, value in values.items()})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class Dbt:
    """dbt commands on the working copy, in this process."""

    def __init__(self, project: Path, logs: Path) -> None:
        self.common = ["--project-dir", str(project), "--profiles-dir", str(project)]
        self.logs = logs
        self.warnings: list[str] = []

    def flags(self, edit: dict[str, Any]) -> list[str]:
        flags = ["--target", edit.get("target", DEFAULT_TARGET)]
        if "vars" in edit:
            flags += ["--vars", json.dumps(edit["vars"])]
        return flags

    def global_flags(self) -> list[str]:
        logs = ["--log-level", "none", "--log-level-file", "none", "--log-path", str(self.logs)]
        return [*logs, "--no-use-colors"]

    def parse(self, edit: dict[str, Any]):
        args = [*self.global_flags(), "parse", *self.common, *self.flags(edit), "--no-partial-parse"]
        result = dbtRunner().invoke(args)
        if not result.success:
            raise RuntimeError(f"dbt parse failed for edit {edit['name']!r}: {describe(result.exception)}")
        return result.result

    def capture(self, event) -> None:
        if event.info.level in ("warn", "error") and event.info.name not in EMPTY_SELECTION_EVENTS:
            self.warnings.append(f"{event.info.name}: {event.info.msg}")

    def selection(self, selector: str) -> list[str]:
        if selector.startswith("--"):
            return shlex.split(selector)
        return ["--select", selector] if selector else []

    def ls(self, manifest, edit: dict[str, Any], selector: str, state: Path) -> tuple[Any, list[str]]:
        self.warnings = []
        selection = self.selection(selector)
        args = [
            *self.global_flags(),
            "ls",
            *self.common,
            *self.flags(edit),
            *selection,
            "--state",
            str(state),
            "--resource-type",
            "all",
            "--output",
            "json",
            "--output-keys",
            "unique_id",
        ]
        result = dbtRunner(manifest=manifest, callbacks=[self.capture]).invoke(args)
        if not result.success:
            error = result.exception
            node = getattr(error, "node", None)
            return {
                "error": {
                    "type": type(error).__name__,
                    "message": describe(error),
                    "node": getattr(node, "unique_id", None),
                }
            }, self.warnings
        return sorted(json.loads(line)["unique_id"] for line in result.result), self.warnings


class LegacyDbt(Dbt):
    """dbt 1.3 and 1.4: every command is a `dbt` process of this virtualenv, its log read as JSON lines."""

    def __init__(self, project: Path, logs: Path) -> None:
        super().__init__(project, logs)
        self.executable = str(Path(sys.executable).parent / "dbt")

    def invoke(self, args: list[str]) -> tuple[int, list[dict[str, Any]], list[str]]:
        """Runs dbt; returns its exit code, its log events and the other lines it printed."""
        command = [self.executable, "--no-use-colors", "--log-format", "json", *args]
        done = subprocess.run(command, capture_output=True, text=True)
        events, lines = [], []
        for line in done.stdout.splitlines():
            try:
                parsed = json.loads(line)
            except ValueError:
                continue
            (events if "log_version" in parsed else lines).append(parsed)
        return done.returncode, events, lines

    def parse(self, edit: dict[str, Any]):
        (self.common_root() / "target" / "partial_parse.msgpack").unlink(missing_ok=True)
        code, events, _ = self.invoke(["parse", *self.common, *self.flags(edit), "--write-manifest"])
        if code != 0:
            raise RuntimeError(f"dbt parse failed for edit {edit['name']!r}: {last_error(events)}")
        return None

    def common_root(self) -> Path:
        return Path(self.common[1])

    def ls(self, manifest, edit: dict[str, Any], selector: str, state: Path) -> tuple[Any, list[str]]:
        selection = self.selection(selector)
        args = ["ls", *self.common, *self.flags(edit), *selection, "--state", str(state), "--resource-type",
                "all", "--output", "json", "--output-keys", "unique_id"]
        code, events, lines = self.invoke(args)
        warnings = [f"{event['code']}: {event['msg']}" for event in events if event.get("level") == "warn"]
        if code != 0:
            return {"error": {"type": "RuntimeError", "message": last_error(events), "node": None}}, warnings
        return sorted(line["unique_id"] for line in lines if "unique_id" in line), warnings


def last_error(events: list[dict[str, Any]]) -> str:
    errors = [event["msg"] for event in events if event.get("level") == "error"]
    return errors[-1].strip() if errors else "unknown error (see the dbt log)"


def load_each_state_manifest_once() -> None:
    """`dbt ls --state` reads, upgrades and deserialises the state manifest on every call, which is most of the
    time a selection takes. The file does not change during a run and selection only reads the result, so both
    steps are memoised (the read by path and modification time, the Manifest by the object read). Versions
    before 1.8 read the state differently and are left as they are."""
    if not hasattr(Manifest, "from_writable_manifest"):
        return
    read = WritableManifest.read_and_check_versions.__func__
    build = Manifest.from_writable_manifest.__func__
    readings: dict[tuple[str, int], WritableManifest] = {}
    built: dict[int, tuple[WritableManifest, Manifest]] = {}

    def read_once(cls, path: str) -> WritableManifest:
        key = (path, os.stat(path).st_mtime_ns)
        if key not in readings:
            readings[key] = read(cls, path)
        return readings[key]

    def build_once(cls, writable: WritableManifest) -> Manifest:
        if id(writable) not in built:
            built[id(writable)] = (writable, build(cls, writable))
        return built[id(writable)][1]

    WritableManifest.read_and_check_versions = classmethod(read_once)
    Manifest.from_writable_manifest = classmethod(build_once)


ARTIFACT_METADATA = {"dbt_version": dbt_version, "generated_at": "2026-01-01T00:00:00Z", "env": {}}
TIMING = [{"name": "execute", "started_at": "2026-01-01T00:00:00Z", "completed_at": "2026-01-01T00:00:01Z"}]


def run_results(statuses: dict[str, str]) -> dict[str, Any]:
    """A run_results.json (schema v5+) with one result per node, in the shape `dbt build` writes."""
    version = "https://schemas.getdbt.com/dbt/run-results/v6.json"
    results = [
        {"unique_id": unique_id, "status": status, "timing": TIMING, "thread_id": "Thread-1",
         "execution_time": 1.0, "adapter_response": {}, "message": None, "failures": None,
         "compiled": True, "compiled_code": "", "relation_name": None}
        for unique_id, status in statuses.items()
    ]
    metadata = {**ARTIFACT_METADATA, "dbt_schema_version": version}
    return {"metadata": metadata, "results": results, "elapsed_time": 1.0, "args": {}}


def freshness(loaded: dict[str, str]) -> dict[str, Any]:
    """A sources.json (schema v3): a max_loaded_at per source, or "runtime error"."""
    results = []
    for unique_id, value in loaded.items():
        if value == "runtime error":
            results.append({"unique_id": unique_id, "error": "boom", "status": "runtime error"})
            continue
        results.append({
            "unique_id": unique_id, "max_loaded_at": value, "snapshotted_at": "2026-01-01T00:00:00+00:00",
            "max_loaded_at_time_ago_in_s": 1.0, "status": "pass",
            "criteria": {"warn_after": {"count": None, "period": None},
                         "error_after": {"count": None, "period": None}, "filter": None},
            "adapter_response": {}, "timing": TIMING, "thread_id": "Thread-1", "execution_time": 1.0,
        })
    metadata = {**ARTIFACT_METADATA, "dbt_schema_version": "https://schemas.getdbt.com/dbt/sources/v3.json"}
    return {"metadata": metadata, "results": results, "elapsed_time": 1.0}


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def state_for(edit: dict[str, Any], state: Path, saved: Path) -> Path:
    """The shared state folder, or the edit's own copy of it with the run artifacts the edit declares."""
    if "state_run_results" not in edit and "state_sources" not in edit:
        return state
    own = saved / "state"
    own.mkdir(parents=True)
    shutil.copy(state / "manifest.json", own / "manifest.json")
    if "state_run_results" in edit:
        write_json(own / "run_results.json", run_results(edit["state_run_results"]))
    if "state_sources" in edit:
        write_json(own / "sources.json", freshness(edit["state_sources"]))
    return own


def parse_failure(dbt: Dbt, project: ProjectCopy, edit: dict[str, Any], saved: Path, selectors: list[str]):
    """An edit that dbt refuses to parse (`fails_to_parse: true`): every command, so every selector, stops with
    the parse error. The edit's folder keeps the files it broke the project with."""
    try:
        dbt.parse(edit)
    except RuntimeError as error:
        failure = {"error": {"type": "ParseError", "message": str(error), "node": None}}
    else:
        raise EditError(f"edit {edit['name']!r} has fails_to_parse, but dbt parsed it")
    if (project.root / "selectors.yml").exists():
        shutil.copy(project.root / "selectors.yml", saved / "selectors.yml")
    return {"selections": {selector: failure for selector in edit.get("selectors", selectors)}, "warnings": {}}


def describe(error: BaseException | None) -> str:
    return str(error).strip() if error is not None else "unknown error (see the dbt log)"


def main() -> int:
    args = parse_args()
    started = time.monotonic()
    catalog = yaml.safe_load(args.edits.read_text(encoding="utf-8"))
    selectors: list[str] = catalog["selectors"]
    only = {name for name in args.only.split(",") if name}
    unknown = only - {edit["name"] for edit in catalog["edits"]}
    if unknown:
        print(f"--only names edits that are not in {args.edits}: {sorted(unknown)}", file=sys.stderr)
        return 2
    edits = [edit for edit in catalog["edits"] if not only or edit["name"] in only]

    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    project = ProjectCopy(args.project.resolve(), out / "project")
    for change in catalog.get("base", []):
        project.apply("(base)", change, lambda _path: None)
    dbt = (Dbt if dbtRunner else LegacyDbt)(project.root, out / "logs")
    load_each_state_manifest_once()

    state = out / "state"
    state.mkdir()
    if args.state_manifest:
        shutil.copy(args.state_manifest, state / "manifest.json")
    else:
        dbt.parse({"name": "(unedited)"})
        shutil.copy(project.root / "target" / "manifest.json", state / "manifest.json")

    results: dict[str, Any] = {}
    parse_seconds = ls_seconds = 0.0
    for edit in edits:
        edit_started = time.monotonic()
        with project.edited(edit), environment(edit.get("env", {})):
            saved = out / "edits" / edit["name"]
            saved.mkdir(parents=True)
            if edit.get("fails_to_parse"):
                results[edit["name"]] = parse_failure(dbt, project, edit, saved, selectors)
                continue
            manifest = dbt.parse(edit)
            parsed = time.monotonic()
            parse_seconds += parsed - edit_started
            shutil.copy(project.root / "target" / "manifest.json", saved / "manifest.json")
            if (project.root / "selectors.yml").exists():
                shutil.copy(project.root / "selectors.yml", saved / "selectors.yml")
            edit_state = state_for(edit, state, saved)
            current_sources = project.root / "target" / "sources.json"
            if "current_sources" in edit:
                write_json(current_sources, freshness(edit["current_sources"]))
                shutil.copy(current_sources, saved / "sources.json")
            selections: dict[str, Any] = {}
            warnings: dict[str, list[str]] = {}
            for selector in edit.get("selectors", selectors):
                selections[selector], selector_warnings = dbt.ls(manifest, edit, selector, edit_state)
                if selector_warnings:
                    warnings[selector] = selector_warnings
            current_sources.unlink(missing_ok=True)
            ls_seconds += time.monotonic() - parsed
        results[edit["name"]] = {
            "stateDir": str(edit_state),
            "stateManifest": str(edit_state / "manifest.json"),
            "currentManifest": str(saved / "manifest.json"),
            "selections": selections,
            "warnings": warnings,
        }
        print(f"{edit['name']}: {time.monotonic() - edit_started:.1f}s", file=sys.stderr, flush=True)

    document = {
        "dbtVersion": dbt_version,
        "stateManifest": str(state / "manifest.json"),
        "seconds": round(time.monotonic() - started, 1),
        "parseSeconds": round(parse_seconds, 1),
        "lsSeconds": round(ls_seconds, 1),
        "edits": results,
    }
    (out / "oracle.json").write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    timing = f"{document['seconds']}s (parse {document['parseSeconds']}s, ls {document['lsSeconds']}s)"
    print(
        f"dbt {dbt_version}: {len(results)} edits in {timing} -> {out / 'oracle.json'}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
