// What each importer yields before validation: a record-shaped draft, or a reason to skip,
// with where it came from so that a failure can be reported precisely.

/** A record-shaped object not yet checked against QaRecord (wrong types reach the validator and are reported there). */
export type Draft = Record<string, unknown>;

export type Parsed =
  | { ok: true; draft: Draft; where: string }
  | { ok: false; reason: string; where: string };
