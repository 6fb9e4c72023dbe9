// Eleven postings written for these tests (postings/*.txt), each read against the test catalogue,
// with the draft worked out by hand, line by line. Importance follows the section: required 4,
// mentioned 3, preferred 2; level 3, 3 and 2, or 4 on a line that says "N+ years" with N ≥ 5.
import { describe, expect, it } from 'vitest';
import type { DraftRequirement } from '../../../shared/skills/skill.schema.ts';
import { draftRequirements, type PostingSection } from './posting.ts';
import { CATALOGUE, catalogueSkill, POSTING_NAMES, readPosting } from './postings/catalogue.ts';

type Expected = [id: string, section: PostingSection, level: number, evidence: string];

const IMPORTANCE = { required: 4, mentioned: 3, preferred: 2 };

const EXPECTED: Record<string, Expected[]> = {
  // The title names Go (a heading counts, in the section it opens: mentioned); "Google-backed",
  // "go-to" and "Go-to-market" are words of their own. Go, met again under Requirements with "5+
  // years", moves there at level 4; so does Kubernetes, found as k8s.
  'backend-go': [
    ['go', 'required', 4, '- 5+ years building backend services, at least 2 of them in Go'],
    ['sql', 'required', 3, '- Strong SQL; you can read a query plan'],
    ['docker', 'required', 3, '- Docker and k8s in production'],
    ['kubernetes', 'required', 3, '- Docker and k8s in production'],
    ['linux', 'required', 3, '- Comfortable on Linux'],
    ['postgresql', 'mentioned', 3, '- Keep our Postgres clusters healthy and fast'],
    ['mentoring', 'mentioned', 3, '- Mentoring two junior engineers'],
    ['rust', 'preferred', 2, '- Rust, or the wish to learn it'],
    ['aws', 'preferred', 2, '- Experience with Amazon Web Services (we run on AWS)'],
  ],
  // "What you bring:" is required; "Preferred qualifications:" preferred (checked first). Java is
  // not inside JavaScript; "3+ years" is under 5. The last line, not a heading, stays preferred,
  // where React, TypeScript and Node.js were all found in a stronger or the same section before.
  frontend: [
    [
      'javascript',
      'required',
      3,
      '- 3+ years of professional JavaScript (ES2020+), including modern JS, async code and the DOM',
    ],
    ['react', 'required', 3, '- React hooks, and how React decides to render'],
    ['git', 'required', 3, '- Git, code review and small pull requests'],
    [
      'typescript',
      'mentioned',
      3,
      'We build the component library behind every screen of our product, in TypeScript and React.',
    ],
    ['nodejs', 'preferred', 2, '- Node.js for build tooling'],
    ['java', 'preferred', 2, '- Java or Kotlin on the backend is a plus, not a must'],
    ['technical-writing', 'preferred', 2, '- Technical writing: you document what you build'],
  ],
  // "Python." is Python. ML under "# Preferred" with "8+ years" does not beat its required line.
  // "Microsoft Excel" is one match (the longest), and "Excel" later on the line the same skill.
  'data-scientist': [
    ['ml', 'required', 3, '- Machine learning in production: you have shipped at least one model'],
    ['data-analysis', 'required', 3, '- Data analysis with pandas and SQL'],
    ['sql', 'required', 3, '- Data analysis with pandas and SQL'],
    [
      'presentation-skills',
      'required',
      3,
      '- Clear presentation skills: you explain a model to people who will never read the code',
    ],
    [
      'python',
      'mentioned',
      3,
      'Our pricing team turns messy sales data into decisions. Most of our work is in Python.',
    ],
    ['excel', 'preferred', 2, '- Advanced Microsoft Excel (yes, really: our sales team lives in Excel)'],
    ['public-speaking', 'preferred', 2, '- Public speaking at meet-ups or conferences'],
  ],
  // C never inside C++ or C#; "C#/.NET" is two words, "ASP.NET" one that is not .NET. The
  // mentions under "Responsibilities:" are all beaten by "Must have:".
  'trading-systems': [
    ['cpp', 'required', 4, '- 6+ years of C++ in latency-sensitive systems'],
    ['csharp', 'required', 3, '- C#/.NET 8 and ASP.NET Core'],
    ['dotnet', 'required', 3, '- C#/.NET 8 and ASP.NET Core'],
    ['c', 'required', 3, '- Solid C, since parts of the router still are'],
    ['linux', 'preferred', 2, '- Experience with Linux kernel tuning'],
    ['python', 'preferred', 2, '- Python scripting'],
  ],
  // "## What you will bring" is required, "## Nice-to-haves" preferred. "5+ engineers" is not
  // years. "Full time. Management…" is not Time Management: a sentence ends between the words.
  'engineering-manager': [
    ['leadership', 'required', 3, '- Leadership of a team of 5+ engineers for at least 2 years'],
    [
      'mentoring',
      'required',
      4,
      '- 5+ years of people management, with mentoring and giving feedback as habits',
    ],
    [
      'giving-feedback',
      'required',
      4,
      '- 5+ years of people management, with mentoring and giving feedback as habits',
    ],
    [
      'stakeholder-management',
      'required',
      3,
      '- Stakeholder management across product, security and finance',
    ],
    ['agile', 'required', 3, "- Agile delivery: you know when Scrum helps and when it doesn't"],
    ['project-management', 'preferred', 2, '- Project management certification (PMP, PRINCE2)'],
    ['negotiation', 'preferred', 2, '- Negotiation with vendors and cloud providers'],
    ['networking', 'preferred', 2, '- Networking with other engineering leaders in the city'],
  ],
  // "What you'll do:" names no section: mentioned. "A plus if you know Docker:" is a heading that
  // opens the preferred section and names Docker in it.
  'developer-advocate': [
    ['presentation-skills', 'required', 3, '- Excellent presentation skills'],
    ['javascript', 'required', 3, '- JavaScript or TypeScript, and Git'],
    ['typescript', 'required', 3, '- JavaScript or TypeScript, and Git'],
    ['git', 'required', 3, '- JavaScript or TypeScript, and Git'],
    [
      'python',
      'mentioned',
      3,
      'An open-source database company. Our SDKs are in TypeScript, Python and Rust.',
    ],
    ['rust', 'mentioned', 3, 'An open-source database company. Our SDKs are in TypeScript, Python and Rust.'],
    ['technical-writing', 'mentioned', 3, '- Write tutorials and guides (technical writing is half the job)'],
    [
      'public-speaking',
      'mentioned',
      3,
      '- Give talks: public speaking at conferences, meet-ups and on streams',
    ],
    ['nodejs', 'mentioned', 3, '- Build sample apps in Node.js and keep them working'],
    ['docker', 'preferred', 2, 'A plus if you know Docker:'],
    ['time-management', 'preferred', 2, '- Time management across a calendar of events'],
  ],
  // Neither "Google" nor "go-live" is Go; "Go." is. The 69-character line ending in ":" is no
  // heading. "Git-based" is one word, so Git is not found; "10+ years" asks level 4.
  'site-reliability': [
    ['linux', 'required', 4, '- 10+ years of Linux administration'],
    ['aws', 'required', 3, '- AWS: EC2, IAM, VPC design'],
    ['kubernetes', 'mentioned', 3, '- Kubernetes (EKS) and Helm'],
    ['python', 'mentioned', 3, '- Scripting in Python or Go.'],
    ['go', 'mentioned', 3, '- Scripting in Python or Go.'],
    ['docker', 'preferred', 2, '- Docker image hardening'],
    ['problem-solving', 'preferred', 2, '- Problem solving under pressure'],
  ],
  // Windows line endings; "#Must have" and "#Also useful" are headings without a space after "#";
  // "Excel: pivot tables…" is no heading (it does not end with ":"). SQL and PostgreSQL are
  // different words.
  'business-analyst': [
    ['excel', 'required', 3, 'Excel: pivot tables, lookups, Power Query'],
    ['sql', 'required', 3, 'SQL against PostgreSQL and our old MySQL warehouse'],
    ['postgresql', 'required', 3, 'SQL against PostgreSQL and our old MySQL warehouse'],
    ['data-analysis', 'required', 3, 'Data Analysis of monthly close figures'],
    ['stakeholder-management', 'required', 3, 'Stakeholder Management with the finance leads'],
    ['time-management', 'mentioned', 3, 'Time Management during month-end'],
    ['presentation-skills', 'mentioned', 3, 'Presentation skills for the board pack'],
  ],
  // Nice to have before Requirements: each skill found again in a stronger section moves there
  // with that line (Java; Machine Learning from the title; Rust, preferred then mentioned).
  // "7+ yrs" asks level 4.
  'ml-platform': [
    ['python', 'required', 4, '- 7+ yrs of Python'],
    ['kubernetes', 'required', 3, '- Kubernetes, including GPU scheduling on k8s'],
    ['ml', 'required', 3, '- Machine learning fundamentals: training, evaluation, drift'],
    ['java', 'required', 3, '- Java or Scala'],
    ['git', 'mentioned', 3, '- Git, code review'],
    ['rust', 'mentioned', 3, '- Rust, at least reading it'],
    ['javascript', 'preferred', 2, '- Java, for the legacy scoring service (not JavaScript)'],
    ['aws', 'preferred', 2, '- Amazon Web Services (AWS) certification'],
  ],
  // No heading at all: everything is mentioned. Project management, met again in the same section
  // on a line with "8+ years", keeps its place and takes that line and level 4.
  consultant: [
    [
      'project-management',
      'mentioned',
      4,
      'Most of our seniors came to us with 8+ years of project management in delivery roles.',
    ],
    [
      'leadership',
      'mentioned',
      3,
      'We help public-sector clients change how they work. Our consultants combine project management with leadership of client teams.',
    ],
    ...(['public-speaking', 'presentation-skills', 'stakeholder-management'] as const).map(
      (id): Expected => [
        id,
        'mentioned',
        3,
        'You will run workshops, so public speaking and presentation skills matter, and you will spend much of your week on stakeholder management.',
      ],
    ),
    ...(['negotiation', 'networking'] as const).map(
      (id): Expected => [
        id,
        'mentioned',
        3,
        'Negotiation with suppliers comes up often. So does networking: many of our projects start with a conversation at an event.',
      ],
    ),
    ...(['agile', 'giving-feedback'] as const).map(
      (id): Expected => [
        id,
        'mentioned',
        3,
        'We work in an agile way, though we do not insist on any one method. Giving feedback, and taking it, is part of our culture.',
      ],
    ),
  ],
  // C from the mentioned line moves to "Qualifications:", where "C++" and "C#" are their own words;
  // TS, Golang and ML are found by alias.
  firmware: [
    ['rust', 'required', 3, '- Embedded Rust or C (C++ and C# experience count too)'],
    ['c', 'required', 3, '- Embedded Rust or C (C++ and C# experience count too)'],
    ['cpp', 'required', 3, '- Embedded Rust or C (C++ and C# experience count too)'],
    ['csharp', 'required', 3, '- Embedded Rust or C (C++ and C# experience count too)'],
    ['typescript', 'required', 3, "- Enough TS to fix our flashing tool's web UI"],
    ['go', 'preferred', 2, '- Golang for the fleet-management backend'],
    ['ml', 'preferred', 2, '- Tiny ML models on microcontrollers'],
    ['linux', 'preferred', 2, '- Linux on the gateway devices'],
  ],
};

const requirement = ([id, section, level, evidence]: Expected): DraftRequirement => {
  const { name, kind, category } = catalogueSkill(id);
  return { skill: { id, name, kind, category }, level, importance: IMPORTANCE[section], section, evidence };
};

describe('draftRequirements on postings written for the tests', () => {
  it('has a hand-worked draft for every posting, and at least ten postings', () => {
    expect(POSTING_NAMES).toEqual(Object.keys(EXPECTED).sort());
    expect(POSTING_NAMES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(POSTING_NAMES)('reads %s into its hand-worked draft', (name) => {
    expect(draftRequirements(readPosting(name), CATALOGUE)).toEqual(EXPECTED[name]!.map(requirement));
  });

  it('finds every skill of the catalogue in some posting, and each alias as the evidence of one', () => {
    const drafts = POSTING_NAMES.flatMap((name) => draftRequirements(readPosting(name), CATALOGUE));
    const found = new Set(drafts.map((r) => r.skill.id));
    expect(CATALOGUE.filter((skill) => !found.has(skill.id)).map((s) => s.name)).toEqual([]);
    const aliasShown = (skillId: string, alias: string) =>
      drafts.some(
        (r) => r.skill.id === skillId && new RegExp(`(^|[^\\w.])${alias}([^\\w]|$)`).test(r.evidence),
      );
    const missing = CATALOGUE.flatMap((skill) =>
      skill.aliases.filter((alias) => !aliasShown(skill.id, alias)).map((alias) => `${skill.name}: ${alias}`),
    );
    expect(missing).toEqual([]);
  });
});
