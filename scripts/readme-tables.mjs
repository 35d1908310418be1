// Renders the README's inputs and outputs tables from action.yml; `node scripts/readme-tables.mjs` rewrites them
// in README.md between the markers, and a test checks they match.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const cell = text => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|')

/** @param {string} actionYaml */
export function readmeTables(actionYaml) {
  const action = parse(actionYaml)
  const inputs = [
    '<!-- inputs:start -->',
    '| input | default | description |',
    '| --- | --- | --- |',
    ...Object.entries(action.inputs).map(
      ([name, input]) =>
        `| \`${name}\` | ${input.default === '' ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`
    ),
    '<!-- inputs:end -->'
  ].join('\n')
  const outputs = [
    '<!-- outputs:start -->',
    '| output | description |',
    '| --- | --- |',
    ...Object.entries(action.outputs).map(
      ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
    ),
    '<!-- outputs:end -->'
  ].join('\n')
  return { inputs, outputs }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tables = readmeTables(readFileSync('action.yml', 'utf8'))
  let readme = readFileSync('README.md', 'utf8')
  readme = readme.replace(/<!-- inputs:start -->[\s\S]*?<!-- inputs:end -->/, tables.inputs)
  readme = readme.replace(/<!-- outputs:start -->[\s\S]*?<!-- outputs:end -->/, tables.outputs)
  writeFileSync('README.md', readme)
}
