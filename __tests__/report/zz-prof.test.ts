import { test } from '@jest/globals'
import { renderMarkdown } from '../../src/report/render.js'
import { syntheticReport } from './fixtures/synthetic.js'
test('prof', () => {
  const names = ['顧客_注文', '📦_orders']
  const report = syntheticReport({ modified: 600, downstream: 100, changedName: i => `${names[i % 2]}_${'数据'.repeat(i % 40)}`, failureMessage: i => `失败 ${i}: ${'🔥'.repeat(3000)}` })
  for (const target of ['comment', 'summary'] as const) {
    const t = Date.now(); renderMarkdown(report, { budget: 30000, target }); console.log(target, Date.now() - t)
  }
})
