import { DefaultArtifactClient, type UploadArtifactOptions } from '@actions/artifact'

/**
 * Uploads `files` as artifact `name` of the current run. A run holds one artifact per name and a re-run keeps
 * the run id (GitHub answers 409 to a second CreateArtifact), so an artifact of that name left by an earlier
 * attempt or a retried publish is deleted first, as upload-artifact's `overwrite` does.
 */
export async function uploadReplacing(
  name: string,
  files: string[],
  rootDirectory: string,
  options: UploadArtifactOptions
): Promise<{ id?: number; size?: number; digest?: string }> {
  const client = new DefaultArtifactClient()
  const { artifacts } = await client.listArtifacts()
  if (artifacts.some(artifact => artifact.name === name)) await client.deleteArtifact(name)
  return client.uploadArtifact(name, files, rootDirectory, options)
}
