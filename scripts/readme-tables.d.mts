export function readmeTables(actionYaml: string): { inputs: string; outputs: string }
