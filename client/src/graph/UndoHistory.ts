/**
 * A bounded stack of snapshots for "undo the last actions". Each entry has a label the UI shows
 * ("Undo expand North Korea").
 */
export interface UndoEntry<T> {
  label: string;
  snapshot: T;
}

export class UndoHistory<T> {
  private readonly entries: UndoEntry<T>[] = [];

  constructor(private readonly limit = 30) {}

  push(label: string, snapshot: T): void {
    this.entries.push({ label, snapshot });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  pop(): UndoEntry<T> | undefined {
    return this.entries.pop();
  }

  peekLabel(): string | null {
    return this.entries.at(-1)?.label ?? null;
  }

  get size(): number {
    return this.entries.length;
  }
}
