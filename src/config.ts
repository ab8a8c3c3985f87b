// A setting in the environment is missing or malformed. One class for every module's settings
// (digest, ingest, each platform), so the command that reads them prints the message, not a
// stack trace, and exits with a usage code.
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
