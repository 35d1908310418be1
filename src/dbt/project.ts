import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { settingMention } from '../config/naming.js'
import type { Front } from '../config/settings.js'
import { UserError } from '../errors.js'

/** What the action needs from `dbt_project.yml`. */
export interface DbtProject {
  dir: string
  name: string
  profile: string
}

export async function readDbtProject(projectDir: string, front: Front = 'action'): Promise<DbtProject> {
  const file = path.join(projectDir, 'dbt_project.yml')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UserError(
      `No dbt_project.yml in ${projectDir}: set ${settingMention('project-dir', front)} to the folder of your dbt project.`
    )
  }
  let doc: unknown
  try {
    doc = parse(text)
  } catch (error) {
    throw new UserError(`${file} is not valid YAML: ${(error as Error).message}`)
  }
  const fields = (doc ?? {}) as Record<string, unknown>
  if (typeof fields.name !== 'string')
    throw new UserError(`${file} has no \`name\`: every dbt project needs one.`)
  const profile = typeof fields.profile === 'string' ? fields.profile : fields.name
  return { dir: projectDir, name: fields.name, profile }
}
