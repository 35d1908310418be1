import { COMPARE_OPERATORS, type CallNode, type JinjaNode } from './nodes.js'
import { pythonRepr } from './python-literals.js'
import { toRepr } from './repr.js'

/**
 * Source-like text for an expression as dbt 1.12 writes it into `unrendered_config` (`_reconstruct_node` in
 * `core/dbt/clients/jinja_static.py`): constants as Python reprs, no parentheses added, and node types dbt has no
 * rule for (filters, tests, arithmetic, conditionals, slices, helper nodes) as their Python repr.
 */
export function toSource(node: JinjaNode): string {
  switch (node.type) {
    case 'Const':
      return pythonRepr(node.value)
    case 'Name':
      return node.name
    case 'Call':
      return callSource(node)
    case 'List':
      return `[${node.items.map(toSource).join(', ')}]`
    case 'Tuple': {
      const items = node.items.map(toSource)
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`
    }
    case 'Dict':
      return `{${node.items.map(pair => `${toSource(pair.key)}: ${toSource(pair.value)}`).join(', ')}}`
    case 'Getattr':
      return `${toSource(node.node)}.${node.attr}`
    case 'Getitem':
      return `${toSource(node.node)}[${toSource(node.arg)}]`
    case 'Concat':
      return node.nodes.map(toSource).join(' ~ ')
    case 'Compare':
      return [
        toSource(node.expr),
        ...node.ops.map(op => `${COMPARE_OPERATORS[op.op]} ${toSource(op.expr)}`)
      ].join(' ')
    case 'Not':
      return `not ${toSource(node.node)}`
    case 'Neg':
      return `-${toSource(node.node)}`
    case 'And':
      return `${toSource(node.left)} and ${toSource(node.right)}`
    case 'Or':
      return `${toSource(node.left)} or ${toSource(node.right)}`
    default:
      return toRepr(node)
  }
}

function callSource(call: CallNode): string {
  const parts = [...call.args.map(toSource), ...call.kwargs.map(kw => `${kw.key}=${toSource(kw.value)}`)]
  if (call.dynArgs) parts.push(`*${toSource(call.dynArgs)}`)
  if (call.dynKwargs) parts.push(`**${toSource(call.dynKwargs)}`)
  return `${toSource(call.node)}(${parts.join(', ')})`
}
