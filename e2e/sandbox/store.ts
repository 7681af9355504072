import { createSeed } from './seed.ts';
import {
  MODEL_TABLES,
  TABLE_SCHEMAS,
  missingError,
  type ModelName,
  type SandboxData,
  type SeedPatch,
  type TableName,
} from './types.ts';

/** A transient wizard record (`stock.backorder.confirmation`, ...), as Odoo keeps them. */
export interface WizardRecord {
  id: number;
  model: string;
  values: Record<string, unknown>;
  context: Record<string, unknown>;
}

export type PatchResult = { ok: true } | { ok: false; code: 'invalid_seed_patch'; message: string };

/** The sandbox's state: records, transient wizards and id counters. Lives in memory only. */
export class SandboxStore {
  data: SandboxData = createSeed();
  wizards = new Map<number, WizardRecord>();
  private nextWizardId = 1;

  constructor(private readonly basePatch?: SeedPatch) {
    this.reset();
  }

  /** Restores the seed (plus the patch given at start-up) and drops wizards. */
  reset(): void {
    this.data = createSeed();
    this.wizards.clear();
    this.nextWizardId = 1;
    if (this.basePatch) {
      const result = this.applyPatch(this.basePatch);
      if (!result.ok) throw new Error(result.message);
    }
  }

  /** Merges a seed patch; either all of it applies or nothing does. */
  applyPatch(patch: SeedPatch): PatchResult {
    const draft = structuredClone(this.data);

    for (const [model, records] of Object.entries(patch)) {
      const table = MODEL_TABLES[model as ModelName];
      const rows = draft[table] as { id: number }[];
      for (const [idText, fields] of Object.entries(records ?? {})) {
        const id = Number(idText);
        const index = rows.findIndex((row) => row.id === id);
        const merged = { ...(index >= 0 ? rows[index] : {}), ...fields, id };
        const parsed = TABLE_SCHEMAS[table].safeParse(merged);
        if (!parsed.success) {
          const issues = parsed.error.issues
            .map((issue) => `${issue.path.join('.') || '(record)'}: ${issue.message}`)
            .join('; ');
          const message = `${model} ${id}: ${issues}. Creating a record needs every field.`;
          return { ok: false, code: 'invalid_seed_patch', message };
        }
        if (index >= 0) rows[index] = parsed.data;
        else rows.push(parsed.data);
      }
    }

    this.data = draft;
    return { ok: true };
  }

  /** The record of `table` with `id`; throws Odoo's MissingError when there is none. */
  get<T extends TableName>(table: T, id: number): SandboxData[T][number] {
    const row = (this.data[table] as SandboxData[T][number][]).find((r) => r.id === id);
    if (!row) {
      throw missingError(`Record does not exist or has been deleted. (Record: ${table}(${id},))`);
    }
    return row;
  }

  find<T extends TableName>(table: T, id: number | null): SandboxData[T][number] | undefined {
    return (this.data[table] as SandboxData[T][number][]).find((r) => r.id === id);
  }

  nextId(table: TableName): number {
    const rows = this.data[table] as { id: number }[];
    return rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
  }

  /** Next id for a nested line (moves, order lines) across all records of the table. */
  nextLineId(lines: { id: number }[][]): number {
    return lines.flat().reduce((max, line) => Math.max(max, line.id), 0) + 1;
  }

  createWizard(model: string, values: Record<string, unknown>, context: Record<string, unknown>) {
    const wizard: WizardRecord = { id: this.nextWizardId++, model, values, context };
    this.wizards.set(wizard.id, wizard);
    return wizard;
  }
}
