// Shared paths and loaders for the search, bot, console and CLI tests.
// The fixture archive (tests/fixtures/search/) holds real corpus lines; see its README.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../../src/search/open.ts';
import { Engine, buildMiniSearch } from '../../src/search/engine.ts';
import { loadArchive } from '../../src/ingest/load.ts';
import { plainFlags, QaRecord } from '../../src/record.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURE_DIR = path.join(repoRoot, 'tests/fixtures/search');
export const ARCHIVE_DIR = path.join(FIXTURE_DIR, 'archive');
export const COMMONS_FILE = path.join(ARCHIVE_DIR, 'commons-sample.jsonl');
export const LORDS_FILE = path.join(ARCHIVE_DIR, 'lords-synthetic.jsonl');
export const MEMBERS_FILE = path.join(FIXTURE_DIR, 'members.json');
export const DATA_DIR = path.join(repoRoot, 'data');
export const SEED_000 = '000_a1ccff3114d7d6bb.txt';
export const SEED_001 = '001_fb9b230e884b5a0a.txt';

export const CORPUS_FILE = path.resolve(repoRoot, '../shared/corpus/commons-written-questions-2023-2026.jsonl');
export const CORPUS_MEMBERS = path.resolve(repoRoot, '../shared/corpus/members/members_lookup_derived.json');
export const hasCorpus = existsSync(CORPUS_FILE);
export const NO_CORPUS = `skipping: ${CORPUS_FILE} not found (the shared corpus is not beside the repo)`;

// Tests choose the members file and data themselves: MEMBERS_FILE or DATA_DIR in the environment must not change them.
delete process.env.MEMBERS_FILE;
delete process.env.DATA_DIR;

/** The raw JSON lines of the fixture, as the corpus gives them: expectations are computed from these. */
export type RawLine = {
  id?: number;
  uin: string;
  house: string;
  dateTabled: string;
  dateAnswered: string | null;
  heading: string | null;
  answeringBodyName: string;
  askingMemberId?: number;
  answeringMemberId?: number;
  askingMember?: { name: string };
  answerIsHolding: boolean;
  questionText: string;
  answerText: string | null;
  answerHtml?: string | null;
};

export function rawLines(): RawLine[] {
  return [COMMONS_FILE, LORDS_FILE].flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as RawLine),
  );
}

/** The record id the importer gives a raw line (house-dateTabled-uin, lower case). */
export function idOf(l: Pick<RawLine, 'house' | 'dateTabled' | 'uin'>): string {
  return `${l.house.toLowerCase()}-${l.dateTabled}-${l.uin.toLowerCase()}`;
}

let withMembers: Promise<Engine> | undefined;
let withoutMembers: Promise<Engine> | undefined;

/** The fixture archive opened in memory (no index written anywhere). */
export function fixtureEngine(opts: { members?: boolean } = {}): Promise<Engine> {
  const members = opts.members ?? true;
  if (members) {
    withMembers ??= openArchive({ data: [ARCHIVE_DIR], members: MEMBERS_FILE, persist: false }).then((a) => a.engine);
    return withMembers;
  }
  withoutMembers ??= openArchive({ data: [ARCHIVE_DIR], persist: false }).then((a) => a.engine);
  return withoutMembers;
}

let records: Promise<QaRecord[]> | undefined;
export function fixtureRecords(): Promise<QaRecord[]> {
  records ??= loadArchive({ paths: [ARCHIVE_DIR], membersFile: MEMBERS_FILE }).then((r) => r.records);
  return records;
}

export async function fixtureRecord(id: string): Promise<QaRecord> {
  const r = (await fixtureRecords()).find((x) => x.id === id);
  if (!r) throw new Error(`fixture record ${id} not found`);
  return r;
}

/** All the text a reader sees of a raw line, lower-cased (answerHtml stands in for a clipped answer). */
export function rawText(l: RawLine): string {
  const answer = l.answerHtml ? l.answerHtml.replace(/<[^>]+>/g, ' ') : l.answerText ?? '';
  return `${l.heading ?? ''} ${l.questionText} ${answer} ${l.answeringBodyName}`.toLowerCase().replace(/\s+/g, ' ');
}

let syntheticUin = 1000;
/** A made-up answered record: only what a ranking test needs to say differs from record to record. */
export function syntheticRecord(heading: string, questionText: string, answerText: string, dateTabled = '2024-09-02'): QaRecord {
  const uin = String(++syntheticUin);
  return QaRecord.parse({
    id: `commons-${dateTabled}-${uin}`,
    uin,
    house: 'Commons',
    heading,
    questionText,
    answerText,
    dateTabled,
    dateAnswered: dateTabled,
    answeringBody: 'Department for Transport',
    ...plainFlags(),
    url: `https://questions-statements.parliament.uk/written-questions/detail/${dateTabled}/${uin}`,
    sources: [{ kind: 'wq-jsonl', file: 'test' }],
  });
}

/** An engine over the given records, in memory. */
export function syntheticEngine(records: QaRecord[]): Engine {
  return new Engine(buildMiniSearch(records), records);
}

/** Records on nothing a test asks about, so that the words it asks about are rare in the archive. */
export function railwayFiller(n: number): QaRecord[] {
  return Array.from({ length: n }, (_, i) => syntheticRecord('Railways', `To ask the Secretary of State for Transport, about timetable ${i}.`, `Trains run on line ${i}.`));
}

/** An answer of two passages showing the same query words: the first repeats them, the second holds a count. */
export const CHARGEPOINTS = {
  named:
    'The Government is committed to the roll-out of electric vehicle chargepoints so that everyone can make the switch to an electric vehicle, wherever they live, and works with local authorities across the country on it.',
  counted: 'As of November there were over 71,000 public electric vehicle chargepoints in the United Kingdom, an increase of 30 per cent on the previous year.',
};

/** A record answered with CHARGEPOINTS' two passages, and an engine over it and forty records on other things. */
export function chargepointsArchive(): { record: QaRecord; engine: Engine } {
  const record = syntheticRecord(
    'Electric Vehicles: Charging Points',
    'To ask the Secretary of State for Transport, what progress has been made on chargepoints.',
    `${CHARGEPOINTS.named} ${CHARGEPOINTS.counted}`,
  );
  return { record, engine: syntheticEngine([record, ...railwayFiller(40)]) };
}
