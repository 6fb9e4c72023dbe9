import type { GoodreadsImportSummary } from '@shared/content/feed.schema.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { Counts } from '../../../components/Counts.tsx';
import { FileImportForm } from '../../../components/FileImportForm.tsx';
import { fileSizeText } from '../../../components/fileSize.ts';
import { sentence } from '../../../components/text.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFocusOnMount } from '../../../components/useFocusOnMount.ts';
import { useImportGoodreads } from '../api/imports.ts';
import { GOODREADS_MAX_BYTES } from '../api/schemas.ts';
import { Block } from '../components/Block.tsx';
import { goodreadsCounts } from '../components/format.ts';
import { SectionHeading } from '../components/SectionHeading.tsx';

/** Bringing in a reading list: a Goodreads library export, one book per row, again and again. */
export function ImportPage() {
  useDocumentTitle('Import · Content');
  const upload = useImportGoodreads();
  // The last import's answer with its file's name; gone while the next file is on its way.
  const [imported, setImported] = useState<{
    fileName: string;
    summary: z.infer<typeof GoodreadsImportSummary>;
  } | null>(null);

  function onUpload(file: File) {
    setImported(null);
    upload.mutate(file, {
      onSuccess: (summary) => {
        setImported({ fileName: file.name, summary });
      },
    });
  }

  return (
    <section className="import-section" aria-labelledby="content-section-title">
      <SectionHeading
        title="Import"
        lead={
          <>
            Bring in what you read elsewhere. To follow the feeds of a podcast app, import its OPML file on{' '}
            <Link to="/content/feeds">Feeds</Link>.
          </>
        }
      />
      <Block
        id="goodreads"
        title="Goodreads library"
        description={
          <p>
            On Goodreads, open My Books, then Import and export, and export your library: you get a CSV file.
            Each book becomes an entry of your log: read ones are done on the day you read them, the book you
            are reading is in progress, to-read ones are queued. Importing again updates the books you changed
            on Goodreads and adds new ones, never twice.
          </p>
        }
      >
        <FileImportForm
          id="goodreads-file"
          label="Goodreads export"
          hint={`The .csv file Goodreads gives you, up to ${fileSizeText(GOODREADS_MAX_BYTES)}.`}
          accept=".csv,text/csv"
          maxBytes={GOODREADS_MAX_BYTES}
          submitLabel="Import books"
          pendingLabel="Importing…"
          pending={upload.isPending}
          error={upload.error}
          onUpload={onUpload}
        />
        {imported && <GoodreadsResult {...imported} />}
      </Block>
    </section>
  );
}

function GoodreadsResult({
  fileName,
  summary,
}: {
  fileName: string;
  summary: z.infer<typeof GoodreadsImportSummary>;
}) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="import-result" aria-labelledby="goodreads-result-title">
      <h4 id="goodreads-result-title" ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h4>
      <Counts counts={goodreadsCounts(summary)} />
      {summary.added + summary.updated > 0 && (
        <p>
          <Link to="/content?kind=book">See your books in the log</Link>.
        </p>
      )}
      {summary.skipped.length === 0 ? (
        <p>No rows were skipped.</p>
      ) : (
        <div className="table-scroll">
          <table className="skipped-table">
            <caption>
              Rows skipped, and why. Rows are counted from the first book; the header is not counted.
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {summary.skipped.map((skip) => (
                <tr key={skip.row}>
                  <td>{skip.row}</td>
                  <td>{sentence(skip.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
