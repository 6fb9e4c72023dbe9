import { IMPORT_MAX_BYTES } from '@shared/network/network.limits.ts';
import type { LinkedInImportSummary, VcardImportSummary } from '@shared/network/network.schema.ts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Counts } from '../../../components/Counts.tsx';
import { FileImportForm } from '../../../components/FileImportForm.tsx';
import { fileSizeText } from '../../../components/fileSize.ts';
import { Panel } from '../../../components/Panel.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { sentence } from '../../../components/text.ts';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { Breadcrumb } from '../../skills/components/Breadcrumb.tsx';
import { useImportLinkedIn, useImportVcard } from '../api/imports.ts';
import { linkedInCounts, linkedInSentence, vcardCounts, vcardSentence } from '../components/importSummary.ts';
import '../../../components/page.css';
import '../components/network.css';

interface Imported<S> {
  fileName: string;
  summary: S;
}

/** Bringing contacts in: LinkedIn's Connections.csv and vCard files, again and again. */
export function ImportPage() {
  useDocumentTitle('Import contacts · Network');
  const linkedIn = useImportLinkedIn();
  const vcard = useImportVcard();
  const showStatus = useStatus();
  // Each import's last answer with its file's name; gone while the next file is on its way.
  const [fromLinkedIn, setFromLinkedIn] = useState<Imported<LinkedInImportSummary> | null>(null);
  const [fromVcard, setFromVcard] = useState<Imported<VcardImportSummary> | null>(null);

  function importLinkedIn(file: File) {
    setFromLinkedIn(null);
    linkedIn.mutate(file, {
      onSuccess: (summary) => {
        setFromLinkedIn({ fileName: file.name, summary });
        showStatus(`Imported ${file.name}: ${linkedInSentence(summary)}`);
      },
    });
  }

  function importVcard(file: File) {
    setFromVcard(null);
    vcard.mutate(file, {
      onSuccess: (summary) => {
        setFromVcard({ fileName: file.name, summary });
        showStatus(`Imported ${file.name}: ${vcardSentence(summary)}`);
      },
    });
  }

  const limit = fileSizeText(IMPORT_MAX_BYTES);

  return (
    <div className="page network-import-page">
      <header className="page-header">
        <Breadcrumb trail={[['/network', 'Network']]} />
        <h1 className="page-header__title">Import contacts</h1>
        <p className="page-header__lead">
          Bring in the people you know from LinkedIn or an address book. Importing the same file again updates
          what changed and never adds anyone twice.
        </p>
      </header>
      <div className="page__stack">
        <Panel
          id="linkedin"
          title="LinkedIn connections"
          description={
            <p>
              On LinkedIn, open Settings, then Data privacy, and “Get a copy of your data”: choose
              Connections. The e-mail arrives with a ZIP file holding Connections.csv. Each connection becomes
              a contact with their company, position, profile and the day you connected; connections found
              again (by profile, e-mail, then name) are updated.
            </p>
          }
        >
          <FileImportForm
            id="linkedin-file"
            label="Connections.csv"
            hint={`The CSV file from LinkedIn’s export, up to ${limit}.`}
            accept=".csv,text/csv"
            maxBytes={IMPORT_MAX_BYTES}
            submitLabel="Import connections"
            pendingLabel="Importing…"
            pending={linkedIn.isPending}
            error={linkedIn.error}
            onUpload={importLinkedIn}
          />
          {fromLinkedIn && (
            <ImportResult
              id="linkedin-result"
              fileName={fromLinkedIn.fileName}
              counts={linkedInCounts(fromLinkedIn.summary)}
              changed={fromLinkedIn.summary.added + fromLinkedIn.summary.updated}
              skipped={fromLinkedIn.summary.skipped.map((s) => [s.row, s.reason] as const)}
              unit="Row"
              caption="Rows skipped, and why. Rows are counted from the first connection; the header and the notes above it are not counted."
            />
          )}
        </Panel>
        <Panel
          id="vcard"
          title="Address book (vCard)"
          description={
            <p>
              Export your contacts as a vCard (.vcf) file from Gmail, Outlook, Apple Contacts or Thunderbird:
              versions 2.1, 3.0 and 4.0 are read, several cards to a file. A card with the e-mail of one of
              your contacts, or their name and phone number, is merged into it, filling what is empty.
            </p>
          }
        >
          <FileImportForm
            id="vcard-file"
            label="vCard file"
            hint={`A .vcf file, up to ${limit}.`}
            accept=".vcf,.vcard,text/vcard,text/x-vcard"
            maxBytes={IMPORT_MAX_BYTES}
            submitLabel="Import cards"
            pendingLabel="Importing…"
            pending={vcard.isPending}
            error={vcard.error}
            onUpload={importVcard}
          />
          {fromVcard && (
            <ImportResult
              id="vcard-result"
              fileName={fromVcard.fileName}
              counts={vcardCounts(fromVcard.summary)}
              changed={fromVcard.summary.added + fromVcard.summary.merged}
              skipped={fromVcard.summary.skipped.map((s) => [s.index, s.reason] as const)}
              unit="Card"
              caption="Cards skipped, and why. Cards are counted from the first in the file."
            />
          )}
        </Panel>
        <p>
          Set how often to keep in touch with each role on{' '}
          <Link to="/network/settings">Keep-in-touch defaults</Link>.
        </p>
      </div>
    </div>
  );
}

interface ImportResultProps {
  id: string;
  fileName: string;
  counts: readonly (readonly [string, number])[];
  /** Contacts added or changed: when there are some, a link to see them. */
  changed: number;
  skipped: readonly (readonly [place: number, reason: string])[];
  unit: 'Row' | 'Card';
  caption: string;
}

/** An import's answer: drawn once an import succeeds, its heading then takes focus. */
function ImportResult({ id, fileName, counts, changed, skipped, unit, caption }: ImportResultProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="import-answer" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h3>
      <Counts counts={counts} />
      {changed > 0 && (
        <p>
          <Link to="/network">See your contacts</Link>.
        </p>
      )}
      {skipped.length === 0 ? (
        <p>No {unit.toLowerCase()}s were skipped.</p>
      ) : (
        <div className="table-scroll">
          <table className="skipped-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{unit}</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {skipped.map(([place, reason]) => (
                <tr key={place}>
                  <td>{place}</td>
                  <td>{sentence(reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
