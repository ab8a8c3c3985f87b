// The ingest API other modules use: load an archive into validated, merged QaRecords.
export { loadArchive, type LoadOptions, type Progress } from './load.ts';
export { formatReport, type ImportReport, type FileReport, type Skip } from './report.ts';
export { MembersDirectory, loadMembers, fillMembers } from './members.ts';
export { mergeRecords, dedupe, RecordMerger } from '../store/merge.ts';
export { htmlToText, decodeEntities, normalisePlainText } from './html.ts';
export { isPageCapture, parsePageCapture } from './pageCapture.ts';
export { parseWqDocument, parseWqLine, wqShape } from './wqApi.ts';
export { archiveDataDir } from './paths.ts';
