/**
 * A data problem the UI can show while it keeps working: names the file, the
 * row (line number in the file, header = row 1; 0 when the whole file is at
 * fault), the field and the reason.
 */
export class DataError extends Error {
  readonly file: string;
  readonly row: number;
  readonly field: string;
  readonly reason: string;

  constructor(file: string, row: number, field: string, reason: string) {
    super(`${file}: row ${row}, field ${field}: ${reason}`);
    this.name = 'DataError';
    this.file = file;
    this.row = row;
    this.field = field;
    this.reason = reason;
  }
}
