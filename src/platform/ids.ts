import { v7 } from 'uuid';

/** A new sortable id (UUIDv7: time-ordered, so ids sort by creation). */
export const newId = (): string => v7();
