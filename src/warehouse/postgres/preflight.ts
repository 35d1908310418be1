import type { PreflightFinding, RelationName } from '../warehouse.js'
import type { CatalogDependent } from './catalog.js'

const dependencyWords: Record<CatalogDependent['dependency'], string> = {
  view: 'view',
  materialized_view: 'materialized view',
  foreign_key: 'foreign key on',
  column_default: 'column default of'
}

function dependentName(dependent: CatalogDependent): string {
  return `${dependent.schema}.${dependent.name}`
}

function referencedName(dependent: CatalogDependent): string {
  return `${dependent.referencedSchema}.${dependent.referencedName}`
}

function findingCode(dependent: CatalogDependent): PreflightFinding['code'] {
  if (dependent.dependency === 'foreign_key') return 'external_foreign_key'
  return dependent.dependency === 'column_default' ? 'other' : 'external_view_dependency'
}

/** What the catalog says about a planned relation swap. */
export interface RelationPreflightFacts {
  /** Green twins dbt should have built but did not. */
  missingGreen: readonly RelationName[]
  /** Objects outside the deploy bound to a production relation the swap moves out (they would read the old one). */
  staleReaders: readonly CatalogDependent[]
  /** Objects outside the previous schemas bound to what they hold (the swap drops it). */
  previousDependents: readonly CatalogDependent[]
  /** Relations the deploy role cannot move. */
  notOwned: readonly RelationName[]
}

/**
 * Problems a relation swap would meet. `dependencySeverity` decides whether objects that would keep reading a
 * replaced relation stop the deploy; what would make the swap fail or drop objects outside it is always an error.
 */
export function relationPreflightFindings(
  facts: RelationPreflightFacts,
  dependencySeverity: PreflightFinding['severity']
): PreflightFinding[] {
  const name = (relation: RelationName) => `${relation.schema}.${relation.name}`
  return [
    ...facts.missingGreen.map((relation): PreflightFinding => ({
      severity: 'error',
      code: 'other',
      object: name(relation),
      detail: `dbt did not build ${name(relation)} in green, so there is nothing to swap in for it.`,
      fix: 'Check the build log: the node may be disabled or filtered out by --exclude.'
    })),
    ...facts.staleReaders.map((dependent): PreflightFinding => ({
      severity: dependencySeverity,
      code: findingCode(dependent),
      object: dependentName(dependent),
      detail:
        `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} is bound to ${referencedName(dependent)} ` +
        'by object id and is not rebuilt by this deploy: after the swap it keeps reading the replaced version (kept in ' +
        'the previous schema), and the next deploy, which drops that version, refuses.',
      fix:
        `Select ${dependentName(dependent)} too (state:modified+ selects every descendant), make it a model of this ` +
        'project, or recreate it after the deploy.'
    })),
    ...facts.previousDependents.map((dependent): PreflightFinding => ({
      severity: 'error',
      code: findingCode(dependent),
      object: dependentName(dependent),
      detail:
        `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} depends on ${referencedName(dependent)}, ` +
        'a previous version the swap replaces (drops), so the swap refuses.',
      fix: `Drop ${dependentName(dependent)} or recreate it on production relations, then deploy again.`
    })),
    ...facts.notOwned.map((relation): PreflightFinding => ({
      severity: 'error',
      code: 'missing_privilege',
      object: name(relation),
      detail: `Moving ${name(relation)} between schemas needs ownership of it, which the deploy role lacks.`,
      fix: `Run \`ALTER TABLE ${name(relation)} OWNER TO <deploy role>\` (or make the deploy role a member of its owner).`
    }))
  ]
}
