import { getTableColumns, getTableName, type InferInsertModel } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * Rows collected in memory and written with COPY … FROM STDIN, in COPY's text format. Rows are
 * typed by the drizzle table they go to, so a misspelt column fails the typecheck, and columns
 * a row leaves out keep their database default. Every row of one table names the same columns.
 */
interface Pending {
  table: string;
  keys: string[];
  columns: string[];
  json: boolean[];
  lines: string[];
}

export interface CopyChunk {
  table: string;
  columns: string[];
  text: string;
  rows: number;
}

const SPECIAL = /[\\\t\n\r]/;

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N. */
function escape(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function encode(value: unknown, json: boolean): string {
  if (value === null || value === undefined) return "\\N";
  if (json) return escape(JSON.stringify(value));
  if (typeof value === "string") return escape(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  throw new Error(`No COPY encoding for ${typeof value}`);
}

export function createCopyBuffer() {
  const pending = new Map<PgTable, Pending>();

  function specOf(table: PgTable, row: object): Pending {
    let spec = pending.get(table);
    if (!spec) {
      const columns = getTableColumns(table) as Record<string, { name: string; columnType: string }>;
      const keys = Object.keys(columns).filter((key) => key in row);
      spec = {
        table: getTableName(table),
        keys,
        columns: keys.map((key) => columns[key]!.name),
        json: keys.map((key) => columns[key]!.columnType === "PgJsonb"),
        lines: [],
      };
      pending.set(table, spec);
    }
    return spec;
  }

  return {
    add<T extends PgTable>(table: T, row: InferInsertModel<T>): void {
      const spec = specOf(table, row);
      const values = row as Record<string, unknown>;
      if (Object.keys(values).length !== spec.keys.length) {
        throw new Error(`Rows of ${spec.table} must all name the same columns (${spec.keys.join(", ")})`);
      }
      let line = "";
      for (let i = 0; i < spec.keys.length; i++) {
        if (i > 0) line += "\t";
        line += encode(values[spec.keys[i]!], spec.json[i]!);
      }
      spec.lines.push(line);
    },
    /** Takes the rows collected for `table` (none: null). */
    take(table: PgTable): CopyChunk | null {
      const spec = pending.get(table);
      if (!spec || spec.lines.length === 0) return null;
      const chunk = {
        table: spec.table,
        columns: spec.columns,
        text: spec.lines.join("\n") + "\n",
        rows: spec.lines.length,
      };
      spec.lines = [];
      return chunk;
    },
  };
}

export type CopyBuffer = ReturnType<typeof createCopyBuffer>;
