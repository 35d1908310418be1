import type { Settings } from '../config/settings.js'

/** `--select … --exclude … --indirect-selection …` exactly as the engine planned them. */
export function selectionArgs(selection: Settings['selection']): string[] {
  const args = selection.selector ? ['--selector', selection.selector] : ['--select', ...selection.select]
  if (selection.exclude.length > 0) args.push('--exclude', ...selection.exclude)
  args.push('--indirect-selection', selection.indirectSelection)
  return args
}

/** The selection in words for the report: `--selector nightly`, or the --select terms and their exclusions. */
export function describeSelection(selection: Settings['selection']): string {
  if (selection.selector) return `--selector ${selection.selector}`
  return [...selection.select, ...selection.exclude.map(e => `--exclude ${e}`)].join(' ')
}

/** Deferral to the production state directory. */
export function deferArgs(stateDir: string, favorState: boolean): string[] {
  return ['--defer', '--state', stateDir, ...(favorState ? ['--favor-state'] : [])]
}

/** The selector that clones modified incremental models that already exist in production into the PR schema. */
export const INCREMENTAL_CLONE_SELECTOR = 'state:modified+,config.materialized:incremental,state:old'
