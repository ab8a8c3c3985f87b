// The records alone, by id: what the main thread keeps when a worker does the searching.
import type { QaRecord } from '../record.ts';

export interface RecordSource {
  get(id: string): QaRecord | undefined;
  all(): IterableIterator<QaRecord>;
  readonly size: number;
}

export class RecordStore implements RecordSource {
  private readonly byId = new Map<string, QaRecord>();

  constructor(records: Iterable<QaRecord>) {
    for (const r of records) this.byId.set(r.id, r);
  }

  get(id: string): QaRecord | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<QaRecord> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }
}
