import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};
var ArtifactError = class extends UserError {
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.file = file;
  }
  file;
  name = "ArtifactError";
};

export {
  UserError,
  ArtifactError
};
