// The skills the posting tests read against: every skill the issue names, with its aliases, as the
// built-in catalogue holds them, and "C", to show that it never matches inside "C++" or "C#".
import fs from 'node:fs';
import type { PostingSkill } from '../posting.ts';

type Entry = [id: string, name: string, kind: 'hard' | 'soft', category: string, aliases?: string[]];

const ENTRIES: Entry[] = [
  ['javascript', 'JavaScript', 'hard', 'Programming languages', ['JS']],
  ['typescript', 'TypeScript', 'hard', 'Programming languages', ['TS']],
  ['python', 'Python', 'hard', 'Programming languages'],
  ['java', 'Java', 'hard', 'Programming languages'],
  ['c', 'C', 'hard', 'Programming languages'],
  ['cpp', 'C++', 'hard', 'Programming languages'],
  ['csharp', 'C#', 'hard', 'Programming languages'],
  ['go', 'Go', 'hard', 'Programming languages', ['Golang']],
  ['rust', 'Rust', 'hard', 'Programming languages'],
  ['sql', 'SQL', 'hard', 'Data'],
  ['postgresql', 'PostgreSQL', 'hard', 'Data', ['Postgres']],
  ['kubernetes', 'Kubernetes', 'hard', 'Infrastructure', ['k8s']],
  ['docker', 'Docker', 'hard', 'Infrastructure'],
  ['aws', 'Amazon Web Services', 'hard', 'Infrastructure', ['AWS']],
  ['react', 'React', 'hard', 'Frameworks'],
  ['nodejs', 'Node.js', 'hard', 'Frameworks'],
  ['dotnet', '.NET', 'hard', 'Frameworks'],
  ['git', 'Git', 'hard', 'Tools'],
  ['linux', 'Linux', 'hard', 'Infrastructure'],
  ['ml', 'Machine Learning', 'hard', 'Data', ['ML']],
  ['data-analysis', 'Data Analysis', 'hard', 'Data'],
  ['excel', 'Microsoft Excel', 'hard', 'Tools', ['Excel']],
  ['public-speaking', 'Public Speaking', 'soft', 'Communication'],
  ['leadership', 'Leadership', 'soft', 'Leadership'],
  ['negotiation', 'Negotiation', 'soft', 'Communication'],
  ['technical-writing', 'Technical Writing', 'soft', 'Communication'],
  ['project-management', 'Project Management', 'soft', 'Delivery'],
  ['agile', 'Agile', 'soft', 'Delivery'],
  ['time-management', 'Time Management', 'soft', 'Personal effectiveness'],
  ['stakeholder-management', 'Stakeholder Management', 'soft', 'Delivery'],
  ['mentoring', 'Mentoring', 'soft', 'Leadership'],
  ['giving-feedback', 'Giving Feedback', 'soft', 'Leadership'],
  ['problem-solving', 'Problem Solving', 'soft', 'Personal effectiveness'],
  ['presentation-skills', 'Presentation Skills', 'soft', 'Communication'],
  ['networking', 'Networking', 'soft', 'Communication'],
];

export const CATALOGUE: readonly PostingSkill[] = ENTRIES.map(([id, name, kind, category, aliases = []]) => ({
  id,
  name,
  kind,
  category,
  aliases,
}));

/** The catalogue's skill of this id. */
export function catalogueSkill(id: string): PostingSkill {
  const found = CATALOGUE.find((skill) => skill.id === id);
  if (!found) throw new Error(`no skill ${id} in the test catalogue`);
  return found;
}

/** The postings written for the tests, by file name without `.txt`. */
export const POSTING_NAMES = fs
  .readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();

/** One posting's text, exactly as written (one of them has Windows line endings). */
export const readPosting = (name: string): string =>
  fs.readFileSync(new URL(`${name}.txt`, import.meta.url), 'utf8');
