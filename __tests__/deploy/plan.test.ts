import { describe, expect, test } from '@jest/globals'
import { assertSwapNamesFit, planDatabaseSwap, planSchemaSwap } from '../../src/deploy/plan.js'
import { manifest, model, seed } from '../helpers/manifest-builder.js'

const inSchema = (schema: string) => ({ schema })

describe('schema swap planning', () => {
  test('pairs every production schema with the schema the same nodes render to in green', () => {
    const production = manifest({
      nodes: [model('orders', inSchema('analytics_marts')), seed('raw', inSchema('analytics'))]
    })
    const green = manifest({
      nodes: [model('orders', inSchema('analytics__green_marts')), seed('raw', inSchema('analytics__green'))]
    })
    expect(planSchemaSwap(production, green)).toEqual([
      {
        level: 'schema',
        database: 'db',
        production: 'analytics',
        green: 'analytics__green',
        previous: 'analytics__previous'
      },
      {
        level: 'schema',
        database: 'db',
        production: 'analytics_marts',
        green: 'analytics__green_marts',
        previous: 'analytics_marts__previous'
      }
    ])
  })

  test('ephemeral models own no schema', () => {
    const production = manifest({
      nodes: [model('tmp', { schema: 'analytics', config: { materialized: 'ephemeral' } })]
    })
    const green = manifest({
      nodes: [model('tmp', { schema: 'analytics', config: { materialized: 'ephemeral' } })]
    })
    expect(planSchemaSwap(production, green)).toEqual([])
  })

  test('a node that renders to its production schema also in green is refused with the fix', () => {
    const production = manifest({ nodes: [model('orders', inSchema('marts'))] })
    expect(() => planSchemaSwap(production, production)).toThrow(
      'model.test.orders renders to production schema `marts` also when building green'
    )
  })

  test('one production schema split over two green schemas is refused', () => {
    const production = manifest({ nodes: [model('a', inSchema('marts')), model('b', inSchema('marts'))] })
    const green = manifest({ nodes: [model('a', inSchema('green_a')), model('b', inSchema('green_b'))] })
    expect(() => planSchemaSwap(production, green)).toThrow('would be built into two green schemas')
  })

  test('two production schemas merged into one green schema are refused', () => {
    const production = manifest({ nodes: [model('a', inSchema('one')), model('b', inSchema('two'))] })
    const green = manifest({ nodes: [model('a', inSchema('green')), model('b', inSchema('green'))] })
    expect(() => planSchemaSwap(production, green)).toThrow(
      'would receive the relations of two production schemas'
    )
  })

  test('a green schema that is another production schema is refused', () => {
    const production = manifest({ nodes: [model('a', inSchema('one')), model('b', inSchema('two'))] })
    const green = manifest({ nodes: [model('a', inSchema('two')), model('b', inSchema('three'))] })
    expect(() => planSchemaSwap(production, green)).toThrow('is itself a production schema')
  })

  test('a database swap keeps the previous production database for rollback', () => {
    expect(planDatabaseSwap('ANALYTICS', 'ANALYTICS__green')).toEqual({
      level: 'database',
      database: null,
      production: 'ANALYTICS',
      green: 'ANALYTICS__green',
      previous: 'ANALYTICS__previous'
    })
  })

  test('a green database equal to production is refused', () => {
    expect(() => planDatabaseSwap('ANALYTICS', 'analytics')).toThrow(
      'The green database is the production database'
    )
  })
})

describe('green and previous names fit the warehouse', () => {
  const target = (production: string, green: string) => ({
    level: 'schema' as const,
    database: null,
    production,
    green,
    previous: `${production}__previous`
  })

  test('a previous schema Postgres would cut to 63 bytes is refused, naming it, its length and the fix', () => {
    const production = 'a'.repeat(55)
    const check = () => assertSwapNamesFit([target(production, `${production}__green`)], 'postgres')
    expect(check).toThrow(
      `\`${production}__previous\` (previous production schema of \`${production}\`): 65 bytes`
    )
    expect(check).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('shorter production schema') })
    )
  })

  test('a custom-schema descendant of green counts as much as green itself', () => {
    const production = `analytics_${'f'.repeat(44)}`
    const green = `analytics__green_${'f'.repeat(47)}`
    expect(() =>
      assertSwapNamesFit([target('analytics', 'analytics__green'), target(production, green)], 'postgres')
    ).toThrow(/`analytics__green_f+` \(green schema of `analytics_f+`\): 64 bytes/)
  })

  test('Snowflake allows 255 characters, so the same names pass there', () => {
    const production = 'a'.repeat(60)
    expect(() => assertSwapNamesFit([target(production, `${production}__green`)], 'snowflake')).not.toThrow()
  })
})
