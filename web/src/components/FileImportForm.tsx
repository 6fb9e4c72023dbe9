import { type FormEvent, useState } from 'react';
import { type Issue, messageOf } from '../api/errors.ts';
import { Button } from './Button.tsx';
import { FormError } from './FormError.tsx';
import { fileIssues } from './fileIssues.ts';
import { fileSizeText } from './fileSize.ts';
import { TextField } from './TextField.tsx';
import './file-import.css';

export interface FileImportFormProps {
  id: string;
  label: string;
  hint: string;
  /** What the file picker offers first: extensions and media types. */
  accept: string;
  /** The largest file the API takes, in bytes: a larger one is refused before it is sent. */
  maxBytes: number;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The failed upload, if the last one failed. */
  error: unknown;
  onUpload: (file: File) => void;
}

/**
 * One file to import: the picker and its button. A missing or too large file is said at the field
 * before anything is sent; the API's refusals of the file (not a Goodreads export, not OPML, too
 * large, another media type) are said there too, as sentences about the file.
 */
export function FileImportForm({
  id,
  label,
  hint,
  accept,
  maxBytes,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onUpload,
}: FileImportFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const issues: Issue[] = local ? [{ path: 'file', message: local }] : fileIssues(error);
  const message = local ? undefined : error ? summaryOf(error) : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setLocal('Choose a file first.');
    if (file.size > maxBytes) {
      return setLocal(
        `The file is ${fileSizeText(file.size)}, more than the ${fileSizeText(maxBytes)} taken.`,
      );
    }
    setLocal(null);
    onUpload(file);
  }

  return (
    <form className="form file-import" noValidate onSubmit={onSubmit}>
      <FormError message={message} issues={issues} fields={{ file: { id, label } }} />
      <div className="inline-form">
        <TextField
          id={id}
          label={label}
          hint={hint}
          error={issues[0]?.message}
          type="file"
          accept={accept}
          className="file-import__input"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setLocal(null);
          }}
        />
        <Button type="submit" variant="primary" pending={pending} pendingLabel={pendingLabel}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** The line above the form for a failed upload. */
function summaryOf(error: unknown): string | undefined {
  if (fileIssues(error).length > 0) return 'The file could not be imported.';
  return messageOf(error);
}
