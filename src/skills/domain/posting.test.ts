import { describe, expect, it } from 'vitest';
import {
  draftRequirements,
  EVIDENCE_MAX,
  evidenceOf,
  headingSection,
  lineLevel,
  type PostingSkill,
  SkillIndex,
} from './posting.ts';
import { CATALOGUE } from './postings/catalogue.ts';

/** The text each match covers in `line`, with the id of the skill it found. */
const found = (line: string, skills: readonly PostingSkill[] = CATALOGUE) =>
  new SkillIndex(skills).find(line).map((m) => `${m.skill.id}:${line.slice(m.start, m.end)}`);

/** The draft as `id section level` strings, in its order. */
const brief = (text: string, skills: readonly PostingSkill[] = CATALOGUE) =>
  draftRequirements(text, skills).map((r) => `${r.skill.id} ${r.section} ${r.level}`);

const aSkill = (id: string, name: string, aliases: string[] = [], own = false): PostingSkill => ({
  id,
  name,
  kind: 'hard',
  category: null,
  aliases,
  own,
});

describe('SkillIndex.find: whole words by name and alias', () => {
  it('never finds Java inside JavaScript, and finds each on its own', () => {
    expect(found('Java, JavaScript, javascript and JS.')).toEqual([
      'java:Java',
      'javascript:JavaScript',
      'javascript:javascript',
      'javascript:JS',
    ]);
  });

  it('finds Go only as a word: not in Google, go-to, go-live, Go-based or cloud-go', () => {
    expect(found('Google, go-to, go-live, Go-based, GoLand, cloud-go, non-Java')).toEqual([]);
    expect(found('Go, (Go) go. Golang!')).toEqual(['go:Go', 'go:Go', 'go:go', 'go:Golang']);
  });

  it('matches "go" the verb too: case-insensitive whole words cannot tell it from the language', () => {
    expect(found('Where we go next')).toEqual(['go:go']);
  });

  it('keeps + and # in the word, so C is not found in C++ or C#', () => {
    expect(found('C++ and C# but also C/C++ and c')).toEqual([
      'cpp:C++',
      'csharp:C#',
      'c:C',
      'cpp:C++',
      'c:c',
    ]);
  });

  it('keeps a dot followed by a letter or digit in the word: .NET, Node.js; "Python." is Python', () => {
    expect(found('.NET, Node.js. Python. (node.JS)')).toEqual([
      'dotnet:.NET',
      'nodejs:Node.js',
      'python:Python',
      'nodejs:node.JS',
    ]);
    // One word each, and none of the catalogue's.
    expect(found('ASP.NET, Python.Django, e.g.Rust, 3.5')).toEqual([]);
  });

  it('keeps & between letters in the word: R is not found in R&D, P&L is a word of its own', () => {
    const skills = [...CATALOGUE, aSkill('r', 'R'), aSkill('pnl', 'P&L')];
    expect(found('R&D team; P&L owner; R & Python; AT&T', skills)).toEqual([
      'pnl:P&L',
      'r:R',
      'python:Python',
    ]);
  });

  it('reads "C++17" and "5+" as words of their own, as the rules for + make them', () => {
    expect(found('C++17 or C++ 17')).toEqual(['cpp:C++']);
  });

  it('finds names and aliases in any case', () => {
    expect(found('PYTHON, python, PyThOn, K8S, POSTGRES')).toEqual([
      'python:PYTHON',
      'python:python',
      'python:PyThOn',
      'kubernetes:K8S',
      'postgresql:POSTGRES',
    ]);
  });

  it('takes the longest phrase at each word, with no overlaps', () => {
    const skills = [...CATALOGUE, aSkill('web-services', 'Web Services'), aSkill('amazon', 'Amazon')];
    expect(found('Amazon Web Services, Amazon and Web Services', skills)).toEqual([
      'aws:Amazon Web Services',
      'amazon:Amazon',
      'web-services:Web Services',
    ]);
    expect(found('Microsoft Excel, Excel, Microsoft')).toEqual(['excel:Microsoft Excel', 'excel:Excel']);
  });

  it('matches several words across spaces and hyphens, never across other punctuation', () => {
    expect(found('machine-learning, Machine   Learning, problem-solving')).toEqual([
      'ml:machine-learning',
      'ml:Machine   Learning',
      'problem-solving:problem-solving',
    ]);
    // A sentence or a list item ends between the words.
    expect(found('Big data, analysis. Full time. Management; machine/learning')).toEqual([]);
  });

  it('keeps the punctuation inside a name: CI/CD matches "CI / CD", not "CI, CD"', () => {
    const skills = [aSkill('cicd', 'CI/CD')];
    expect(found('CI/CD, CI / CD, CI, CD', skills)).toEqual(['cicd:CI/CD', 'cicd:CI / CD']);
  });

  it('lets a phrase shared by two skills mean the one whose name it is', () => {
    const skills = [aSkill('b-golang', 'Golang'), aSkill('a-go', 'Go', ['Golang'])];
    expect(found('Golang and Go', skills)).toEqual(['b-golang:Golang', 'a-go:Go']);
  });

  it('then the person’s own skill over the catalogue’s, then the lower id', () => {
    const own = aSkill('z-own', 'Python', [], true);
    expect(found('Python', [aSkill('a-catalogue', 'Python'), own])).toEqual(['z-own:Python']);
    expect(found('Python', [aSkill('b', 'Python'), aSkill('a', 'Python')])).toEqual(['a:Python']);
    // An alias of one's own skill does not beat another's name.
    expect(found('Go', [aSkill('board-game', 'Weiqi', ['Go'], true), aSkill('go', 'Go')])).toEqual(['go:Go']);
  });

  it('ignores names and aliases without a word in them', () => {
    expect(found('a - b', [aSkill('dash', '-', ['—', ' '])])).toEqual([]);
  });
});

describe('headingSection', () => {
  it('takes a line starting with # or ending with : of at most 60 characters as a heading', () => {
    expect(headingSection('## Requirements')).toBe('required');
    expect(headingSection('#Requirements')).toBe('required');
    expect(headingSection('  Requirements:  ')).toBe('required');
    expect(headingSection('About us:')).toBe('mentioned');
    expect(headingSection('#')).toBe('mentioned');
    expect(headingSection('Requirements')).toBeNull();
    expect(headingSection('Requirements: Python')).toBeNull();
    expect(headingSection('')).toBeNull();
    const sixty = `Requirements ${'x'.repeat(46)}:`;
    expect(sixty.length).toBe(60);
    expect(headingSection(sixty)).toBe('required');
    expect(headingSection(`x${sixty}`)).toBeNull();
    expect(headingSection(`# ${'x'.repeat(58)}`)).toBe('mentioned');
    expect(headingSection(`# ${'x'.repeat(59)}`)).toBeNull();
  });

  it('reads preferred wording first, so preferred qualifications are preferred', () => {
    for (const heading of [
      'Nice to have:',
      '## Nice-to-haves',
      'Preferred qualifications:',
      '# Bonus points',
      'It is a plus if you have:',
      'Required, though a plus:',
    ]) {
      expect(headingSection(heading), heading).toBe('preferred');
    }
  });

  it('reads required wording: requirements, required, must have, qualifications, what you bring', () => {
    for (const heading of [
      'Requirements:',
      '# Required skills',
      'Must have:',
      '## Must-haves',
      'Minimum qualifications:',
      'What you bring:',
      "What you'll bring:",
      '# What You Will Bring',
    ]) {
      expect(headingSection(heading), heading).toBe('required');
    }
  });

  it('reads any other heading as mentioned', () => {
    for (const heading of [
      '# About the role',
      'Responsibilities:',
      'What you’ll do:',
      'Bonuses:',
      'Benefits:',
    ]) {
      expect(headingSection(heading), heading).toBe('mentioned');
    }
  });
});

describe('lineLevel', () => {
  it('asks level 4 for "N+ years" with N at least 5, else the section’s level', () => {
    expect(lineLevel('5+ years of Go', 'preferred')).toBe(4);
    expect(lineLevel('10+ years of Go', 'required')).toBe(4);
    expect(lineLevel('7+ yrs of Go, 1+ yr of Rust', 'mentioned')).toBe(4);
    expect(lineLevel('at least 5 + Years', 'mentioned')).toBe(4);
    expect(lineLevel('4+ years of Go', 'required')).toBe(3);
    expect(lineLevel('4+ years of Go', 'preferred')).toBe(2);
    // No plus, no years, or the digits part of a longer word: the section's level.
    for (const line of [
      '5 years of Go',
      '5-7 years',
      '5+ engineers',
      'v15+ years',
      '5+ yearly',
      'five+ years',
    ]) {
      expect(lineLevel(line, 'required'), line).toBe(3);
    }
  });
});

describe('draftRequirements', () => {
  it('weighs each section: required 4 and level 3, mentioned 3 and 3, preferred 2 and 2', () => {
    const draft = draftRequirements('Rust\nRequirements:\nPython\nNice to have:\nGo', CATALOGUE);
    expect(draft.map((r) => [r.skill.name, r.section, r.importance, r.level])).toEqual([
      ['Python', 'required', 4, 3],
      ['Rust', 'mentioned', 3, 3],
      ['Go', 'preferred', 2, 2],
    ]);
  });

  it('answers each skill as id, name, kind and category, with its trimmed line as evidence', () => {
    expect(draftRequirements('  - Public speaking, often \t', CATALOGUE)).toEqual([
      {
        skill: { id: 'public-speaking', name: 'Public Speaking', kind: 'soft', category: 'Communication' },
        level: 3,
        importance: 3,
        section: 'mentioned',
        evidence: '- Public speaking, often',
      },
    ]);
  });

  it('keeps a section until the next heading, through blank lines and lines with colons', () => {
    const text = 'Requirements:\n\nPython\nStack: Rust and Go\n\nAbout us:\nDocker';
    expect(brief(text)).toEqual([
      'python required 3',
      'rust required 3',
      'go required 3',
      'docker mentioned 3',
    ]);
  });

  it('counts the skills a heading names, in the section it opens', () => {
    expect(brief('# Senior Rust engineer\nBonus if you know Docker:\n- Linux')).toEqual([
      'rust mentioned 3',
      'docker preferred 2',
      'linux preferred 2',
    ]);
  });

  it('sets level 4 for every skill on a line with "5+ years", whatever the section', () => {
    expect(brief('Nice to have:\n5+ years of Go and Rust\nPython')).toEqual([
      'go preferred 4',
      'rust preferred 4',
      'python preferred 2',
    ]);
  });

  it('answers a skill found in several sections once, from the strongest, with its line', () => {
    const text = 'Nice to have:\n- Go (5+ years)\n# About\n- Go tooling\nRequirements:\n- Go\n- Go again';
    expect(draftRequirements(text, CATALOGUE)).toMatchObject([
      { skill: { id: 'go' }, section: 'required', level: 3, importance: 4, evidence: '- Go' },
    ]);
  });

  it('within a section, keeps the first line unless a later one asks a higher level', () => {
    const text = '- Rust\n- Go\n- Rust, 6+ years\n- Go, 7+ years\n- Rust, 9+ years';
    expect(draftRequirements(text, CATALOGUE).map((r) => [r.skill.id, r.level, r.evidence])).toEqual([
      ['rust', 4, '- Rust, 6+ years'], // its place is its first line's; 9+ asks no more than 6+
      ['go', 4, '- Go, 7+ years'],
    ]);
  });

  it('orders required, then mentioned, then preferred, each by first appearance in its section', () => {
    const text = 'Docker\nGit\nBonus:\nLinux\nRust\nRequirements:\nGo\nPython\nGit';
    expect(brief(text)).toEqual([
      'go required 3',
      'python required 3',
      'git required 3',
      'docker mentioned 3',
      'linux preferred 2',
      'rust preferred 2',
    ]);
  });

  it('reads \\r\\n, \\r and \\n as line ends', () => {
    expect(draftRequirements('Requirements:\r\nGo\rNice to have:\r\nRust\n', CATALOGUE)).toMatchObject([
      { skill: { id: 'go' }, section: 'required', evidence: 'Go' },
      { skill: { id: 'rust' }, section: 'preferred', evidence: 'Rust' },
    ]);
  });

  it('answers nothing for an empty posting or an empty catalogue', () => {
    expect(draftRequirements('', CATALOGUE)).toEqual([]);
    expect(draftRequirements('Requirements:\nPython', [])).toEqual([]);
  });
});

describe('evidenceOf', () => {
  it('keeps a line of up to 400 characters whole', () => {
    const line = `Python ${'x'.repeat(EVIDENCE_MAX - 7)}`;
    expect(evidenceOf(line, 0, 6)).toBe(line);
  });

  it('cuts a longer line at spaces around the skill, marking each cut with …', () => {
    // Words of 4 characters and a space: word k of a run starts 5k characters into it.
    const words = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `w${(from + i) % 10}xx`).join(' ');
    const line = `${words(0, 100)} Python ${words(0, 100)}`; // Python at 500–506, 1,006 characters
    // 394 characters of room, 197 either side: 303–703. 303 is inside word 60, so the cut moves on
    // to word 61 (305); 703 is inside word 39 on the right (702–706), so it moves back to 701.
    expect(evidenceOf(line, 500, 506)).toBe(`…${words(61, 100)} Python ${words(0, 39)}…`);
    // At the start of the line, all the room goes to the right: 6 + 394 = 400 is inside word 78
    // (397–401), so the cut falls at the space before it.
    expect(evidenceOf(`Python ${words(0, 200)}`, 0, 6)).toBe(`Python ${words(0, 78)}…`);
  });

  it('cuts a line without spaces at the skill itself', () => {
    const line = `${'x'.repeat(300)},Python,${'y'.repeat(300)}`;
    expect(evidenceOf(line, 301, 307)).toBe('…Python…');
  });

  it('is what a long one-line posting answers as evidence', () => {
    const line = `Requirements: ${'we need people who like to build things '.repeat(20)}in Rust and Go.`;
    const [rust] = draftRequirements(line, CATALOGUE);
    expect(rust?.evidence.startsWith('…')).toBe(true);
    expect(rust?.evidence.endsWith('in Rust and Go.')).toBe(true);
  });
});
