import type { PortableImportSummary } from '@shared/exports/portable.schema.ts';
import { type ImportedSection, PORTABLE_IMPORT_MAX_BYTES } from '@shared/exports/portable.sections.ts';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { Counts } from '../../../components/Counts.tsx';
import { FileImportForm } from '../../../components/FileImportForm.tsx';
import { fileSizeText } from '../../../components/fileSize.ts';
import { Panel } from '../../../components/Panel.tsx';
import { useFocusOnMount } from '../../../components/useFocusOnMount.ts';
import { FULL_EXPORT_HREF } from '../api/endpoints.ts';
import { useImportFullExport } from '../api/portable.ts';
import { atFileField } from './importErrors.ts';

/** Each section an import counts, as the page names it. */
const SECTION_WORDS: Record<ImportedSection, string> = {
  skills: 'Skills of your own',
  roles: 'Roles of your own',
  targets: 'Target roles',
  assessments: 'Skill assessments',
  goals: 'Goals',
  checkIns: 'Check-ins',
  learning: 'Learning activities',
  learningLog: 'Learning time logged',
  practice: 'Practice entries',
  content: 'Content entries',
  feeds: 'Feeds followed',
  contacts: 'Contacts',
  interactions: 'Interactions',
};

/**
 * Everything at once, to move to another Trellis or keep: one JSON file out, and that file in,
 * added to this account beside what it holds (after a confirmation), with new ids and every link
 * kept. What it leaves out (ties with other people) is listed with the reason.
 */
export function FullExportPanel() {
  const upload = useImportFullExport();
  const [chosen, setChosen] = useState<File | null>(null);
  const [imported, setImported] = useState<{ fileName: string; summary: PortableImportSummary } | null>(null);

  function confirm() {
    const file = chosen;
    if (!file) return;
    setChosen(null);
    setImported(null);
    upload.mutate(file, { onSuccess: (summary) => setImported({ fileName: file.name, summary }) });
  }

  return (
    <Panel
      id="everything"
      title="Everything, as one file"
      description={
        <p>
          Download all you keep in Trellis as one JSON file: settings, skills and roles, goals with their
          check-ins, learning, practice, content, feeds, contacts and interactions, and your side of
          mentorships and feedback requests. Importing such a file into an account, here or on another
          Trellis, adds all of it with every link kept; mentorships and feedback requests stay with the people
          they were with.
        </p>
      }
    >
      <p>
        <a href={FULL_EXPORT_HREF} download>
          Download everything (JSON)
        </a>
      </p>
      <FileImportForm
        id="full-export-file"
        label="A full export to import"
        hint={`The .json file Download everything gives you, up to ${fileSizeText(PORTABLE_IMPORT_MAX_BYTES)}.`}
        accept=".json,application/json"
        maxBytes={PORTABLE_IMPORT_MAX_BYTES}
        submitLabel="Import"
        pendingLabel="Importing…"
        pending={upload.isPending}
        error={atFileField(upload.error)}
        onUpload={setChosen}
      />
      {imported && <ImportResult {...imported} />}
      <ConfirmDialog
        open={chosen !== null}
        title="Add everything in this file to your account?"
        confirmLabel="Import"
        onConfirm={confirm}
        onCancel={() => setChosen(null)}
      >
        <p>
          Its goals, entries, contacts and skills are added beside the ones you have: importing the same file
          twice makes two of each. Your name, time zone and digest choice become the file’s.
        </p>
      </ConfirmDialog>
    </Panel>
  );
}

function ImportResult({ fileName, summary }: { fileName: string; summary: PortableImportSummary }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const counts = (Object.keys(SECTION_WORDS) as ImportedSection[]).filter((s) => summary.imported[s] > 0);
  return (
    <section className="import-result" aria-labelledby="full-import-result-title">
      <h3 id="full-import-result-title" ref={heading} tabIndex={-1}>
        Imported “{fileName}”
      </h3>
      {counts.length === 0 ? (
        <p>The file held nothing to add.</p>
      ) : (
        <Counts
          counts={counts.map((section) => [SECTION_WORDS[section], summary.imported[section]] as const)}
        />
      )}
      {summary.skipped.length > 0 && (
        <ul className="data-skipped" aria-label="Left out">
          {summary.skipped.map((skip) => (
            <li key={skip.section}>
              {skip.count.toLocaleString('en-US')} {skip.section}: {skip.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
