import { describe, expect, test } from '@jest/globals'
import { renderText } from '../../src/report/render-text.js'
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/render.js'
import type { ClonedRelation, DeployReport, MergePreview, Report } from '../../src/report/types.js'
import { rollbackReport } from './fixtures/report-fixtures.js'

/** The Postgres (relation) and Snowflake (container) deploys of one change, as their reports hold them. */
const relationDeploy: DeployReport = {
  strategy: 'relation',
  swapped: true,
  statePublished: true,
  swaps: [{ production: 'analytics', green: 'analytics__green', previousKeptAs: 'analytics__previous' }],
  relations: [
    {
      uniqueId: 'model.shop.events',
      relation: 'analytics.events',
      change: 'replaced',
      previousKeptAs: 'analytics__previous.events'
    }
  ],
  preflight: [],
  rollbackInstructions:
    'Run the deploy workflow with `mode: rollback` to swap the previous versions back into production.'
}
const containerDeploy: DeployReport = {
  strategy: 'container',
  swapped: true,
  statePublished: true,
  swaps: [
    { production: 'MARTS', green: 'MARTS__GREEN', previousKeptAs: 'MARTS__PREVIOUS', hadProduction: true }
  ],
  preflight: [],
  rollbackInstructions: relationDeploy.rollbackInstructions
}
const copied: ClonedRelation = {
  uniqueId: 'model.shop.events',
  purpose: 'green',
  from: 'analytics.events',
  to: 'analytics__green.events',
  method: 'copy',
  bytes: 2048
}
const cloned: ClonedRelation = {
  ...copied,
  from: 'MARTS.EVENTS',
  to: 'MARTS__GREEN.EVENTS',
  method: 'zero-copy'
}

function report(mode: 'deploy' | 'rollback', deploy: DeployReport, clones: ClonedRelation[]): Report {
  return { ...rollbackReport(), mode, deploy, clones }
}
const markdown = (r: Report): string => renderMarkdown(r, { budget: COMMENT_LIMIT, target: 'comment' })

describe('deploys say the same things in the same words on every warehouse', () => {
  test.each([
    ['markdown', markdown],
    ['terminal', renderText]
  ])('a deploy report (%s) names the swap and the previous version the same way', (_, render) => {
    for (const text of [
      render(report('deploy', relationDeploy, [copied])),
      render(report('deploy', containerDeploy, [cloned]))
    ]) {
      expect(text).toMatch(/swapped/i)
      expect(text).toMatch(/previous version kept as/i)
      expect(text).toContain('swap the previous versions back into production')
      expect(text).not.toMatch(/moved \d/i)
    }
  })

  test.each([
    ['markdown', markdown],
    ['terminal', renderText]
  ])('a rollback report (%s) says swapped back and names the rolled-back version', (_, render) => {
    for (const deploy of [relationDeploy, containerDeploy]) {
      const text = render(
        report(
          'rollback',
          {
            ...deploy,
            rollbackInstructions: 'Run rollback again to re-apply the deploy that was rolled back.'
          },
          []
        )
      )
      expect(text).toMatch(/swapped back/i)
      expect(text).toMatch(/rolled-back version kept as/i)
      expect(text).toContain('re-apply the deploy that was rolled back')
    }
  })

  test('green’s start is a copy with its size on Postgres, a zero-copy clone on Snowflake', () => {
    expect(markdown(report('deploy', relationDeploy, [copied]))).toContain(
      '1 relation copied before building (2.0 kB)'
    )
    const snowflake = markdown(report('deploy', containerDeploy, [cloned]))
    expect(snowflake).toContain('1 relation cloned zero-copy before building (2.0 kB)')
    expect(snowflake).toContain('green started as a zero-copy clone of production')
    expect(renderText(report('deploy', containerDeploy, [cloned]))).toContain(
      'Cloned zero-copy before building: 1 relation'
    )
  })
})

describe('the merge preview says what the deploy on this warehouse will do', () => {
  const preview = (strategy: 'relation' | 'container', extra: Partial<MergePreview> = {}): Report => ({
    ...rollbackReport(),
    mode: 'defer',
    deploy: null,
    mergePreview: {
      rebuild: ['model.shop.events'],
      fullRefresh: [],
      breakingContracts: [],
      drops: [],
      deletedRelations: 'drop',
      strategy,
      ...extra
    }
  })
  const copy = { uniqueId: 'model.shop.events', relation: 'marts.events', bytes: 2048 }

  test('Snowflake: a zero-copy clone of production, the build there, one SWAP WITH', () => {
    const text = markdown(preview('container'))
    expect(text).toContain('clone production zero-copy into green, rebuild **1 node** there')
    expect(text).toContain('`SWAP WITH`')
  })

  test('the tables whose history green keeps: copied on Postgres, cloned zero-copy on Snowflake, with sizes', () => {
    expect(markdown(preview('relation', { copies: [{ ...copy, method: 'copy' }] }))).toContain(
      'Production tables copied into green first (1, 2.0 kB)'
    )
    const snowflake = markdown(preview('container', { copies: [{ ...copy, method: 'zero-copy' }] }))
    expect(snowflake).toContain('Production tables cloned zero-copy into green first (1, 2.0 kB)')
    expect(snowflake).toContain('keep their history')
    expect(renderText(preview('container', { copies: [{ ...copy, method: 'zero-copy' }] }))).toContain(
      'cloned zero-copy into green first: marts.events'
    )
  })

  test('with deleted-relations: drop, Snowflake says the clone keeps a removed node’s relation, not that it drops it', () => {
    const drops = [{ uniqueId: 'model.shop.gone', relation: 'MARTS.GONE' }]
    expect(markdown(preview('relation', { drops }))).toContain('Relations the deploy will drop (1)')
    const snowflake = markdown(preview('container', { drops }))
    expect(snowflake).toContain('Relations the deploy keeps (1)')
    expect(snowflake).toContain('drop them by hand')
    expect(renderText(preview('container', { drops }))).toContain('will keep (the zero-copy clone')
  })
})
