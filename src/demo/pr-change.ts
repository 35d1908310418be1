import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** One edit of the demo's pull request: a file of the example project and what happens to it. */
export interface ProjectEdit {
  /** Relative to the project folder. */
  file: string
  /** What kind of change it is, as a reviewer would say it. */
  kind: 'body change' | 'config change' | 'macro change' | 'new model'
  description: string
  /** The new text, from the old one (null when the file is new). */
  apply(old: string | null): string
}

/** The model whose new column the demo shows in production after the deploy, and not after the rollback. */
export const CHANGED_RELATION = { model: 'customer_segments', newColumn: 'avg_lifetime_value' }

/** The new model the pull request adds. */
export const NEW_MODEL = 'top_customers'

function replaceOnce(text: string | null, from: string, to: string, file: string): string {
  if (text === null || !text.includes(from)) {
    throw new Error(
      `The demo's pull request cannot edit ${file}: it no longer contains ${JSON.stringify(from)}. Update src/demo/pr-change.ts to match the example project.`
    )
  }
  return text.replace(from, to)
}

/** A pull request with one change of each kind the plan explains differently. */
export const DEMO_PULL_REQUEST: readonly ProjectEdit[] = [
  {
    file: 'models/marts/customer_segments.sql',
    kind: 'body change',
    description: `adds the column ${CHANGED_RELATION.newColumn}`,
    apply: old =>
      replaceOnce(
        old,
        '    sum(lifetime_value) as lifetime_value,\n',
        `    sum(lifetime_value) as lifetime_value,\n    round(avg(lifetime_value), 2) as ${CHANGED_RELATION.newColumn},\n`,
        'models/marts/customer_segments.sql'
      )
  },
  {
    file: 'models/reporting/_reporting.yml',
    kind: 'config change',
    description: 'materializes weekly_revenue as a table instead of a view',
    apply: old =>
      replaceOnce(
        old,
        '    description: Revenue per week for the dashboard.\n',
        '    description: Revenue per week for the dashboard.\n    config:\n      materialized: table\n',
        'models/reporting/_reporting.yml'
      )
  },
  {
    file: 'macros/order_statuses.sql',
    kind: 'macro change',
    description: "counts 'delivered' orders as revenue (revenue_statuses)",
    apply: old =>
      replaceOnce(
        old,
        "['completed', 'shipped']",
        "['completed', 'shipped', 'delivered']",
        'macros/order_statuses.sql'
      )
  },
  {
    file: `models/marts/${NEW_MODEL}.sql`,
    kind: 'new model',
    description: 'the five customers with the highest lifetime value',
    apply: () =>
      "select customer_id, email, lifetime_value\nfrom {{ ref('dim_customers') }}\norder by lifetime_value desc\nlimit 5\n"
  }
]

/** Applies the edits to a copy of the project. */
export async function applyEdits(projectDir: string, edits: readonly ProjectEdit[]): Promise<void> {
  for (const edit of edits) {
    const file = path.join(projectDir, edit.file)
    const old = await readFile(file, 'utf8').catch(() => null)
    await writeFile(file, edit.apply(old))
  }
}
