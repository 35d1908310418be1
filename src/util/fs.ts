import { access } from 'node:fs/promises'

/** Whether a file or folder exists (and can be seen). */
export async function pathExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false
  )
}
