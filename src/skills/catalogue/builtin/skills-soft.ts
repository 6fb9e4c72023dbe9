// Built-in skills: communication, leadership and ways of working (soft skills).
import type { BuiltinSkill } from '../builtin-skills.ts';
import { category } from './skill-category.ts';

export const SKILLS_SOFT: readonly BuiltinSkill[] = [
  ...category('Communication', 'soft', [
    ['public-speaking', 'Public Speaking', 'Speaking to an audience clearly and with confidence.'],
    [
      'presentation-skills',
      'Presentation Skills',
      'Structuring and delivering presentations that hold attention and make their point.',
    ],
    [
      'technical-writing',
      'Technical Writing',
      'Writing clear documentation, guides and specifications for technical readers.',
      { kind: 'hard' },
    ],
    [
      'written-communication',
      'Written Communication',
      'Writing emails, documents and messages that are clear and easy to act on.',
    ],
    [
      'verbal-communication',
      'Verbal Communication',
      'Explaining ideas clearly in conversations and meetings.',
    ],
    [
      'active-listening',
      'Active Listening',
      'Listening fully, checking understanding and responding to what was meant.',
    ],
    ['storytelling', 'Storytelling', 'Using narrative to make ideas and data memorable.'],
    ['negotiation', 'Negotiation', 'Reaching agreements that work for both sides.'],
    [
      'facilitation',
      'Facilitation',
      'Running meetings and workshops so that a group reaches decisions together.',
      { aliases: ['Workshop Facilitation'] },
    ],
    [
      'giving-feedback',
      'Giving Feedback',
      'Telling people specifically and kindly what works and what to change.',
    ],
    [
      'receiving-feedback',
      'Receiving Feedback',
      'Asking for feedback, hearing it without getting defensive and acting on it.',
    ],
    ['networking', 'Networking', 'Building and keeping up professional relationships that help both sides.'],
    [
      'relationship-building',
      'Relationship Building',
      'Earning the trust of colleagues, customers and partners over time.',
    ],
    [
      'cross-cultural-communication',
      'Cross-Cultural Communication',
      'Working well with people from other cultures and with other first languages.',
    ],
  ]),
  ...category('Leadership and management', 'soft', [
    ['leadership', 'Leadership', 'Setting a direction and bringing people along toward it.'],
    ['mentoring', 'Mentoring', 'Guiding a less experienced person with advice, feedback and introductions.'],
    ['coaching', 'Coaching', 'Helping someone find their own answers through questions and reflection.'],
    [
      'people-management',
      'People Management',
      'Leading a team day to day: goals, one-to-ones, growth and performance.',
    ],
    [
      'delegation',
      'Delegation',
      'Handing work to others with a clear outcome and the authority to achieve it.',
    ],
    [
      'decision-making',
      'Decision Making',
      'Making timely, well-reasoned choices with incomplete information.',
    ],
    [
      'strategic-thinking',
      'Strategic Thinking',
      'Seeing the bigger picture and planning for where things are heading.',
    ],
    [
      'team-building',
      'Team Building',
      'Forming a team and helping its members trust each other and work well together.',
    ],
    [
      'conflict-resolution',
      'Conflict Resolution',
      'Helping people who disagree find a way forward together.',
    ],
    [
      'stakeholder-management',
      'Stakeholder Management',
      'Understanding what the people affected by a piece of work need, and keeping them informed and on side.',
    ],
    ['influencing', 'Influencing', 'Winning support for ideas from people you have no authority over.'],
    [
      'emotional-intelligence',
      'Emotional Intelligence',
      'Noticing and managing your own emotions and reading those of others.',
      { aliases: ['EQ'] },
    ],
    ['change-management', 'Change Management', 'Helping people and organizations adopt new ways of working.'],
    [
      'business-acumen',
      'Business Acumen',
      'Understanding how a business makes money and what drives its results.',
    ],
    [
      'cross-functional-collaboration',
      'Cross-Functional Collaboration',
      'Working with other disciplines, such as engineering, design, sales and finance, toward a shared goal.',
    ],
  ]),
  ...category('Ways of working', 'soft', [
    ['time-management', 'Time Management', 'Planning your time so that the important work gets done.'],
    [
      'problem-solving',
      'Problem Solving',
      'Breaking a problem down, finding its causes and choosing a workable solution.',
    ],
    [
      'critical-thinking',
      'Critical Thinking',
      'Questioning assumptions and weighing the evidence before drawing conclusions.',
    ],
    [
      'analytical-thinking',
      'Analytical Thinking',
      'Breaking complex information into parts in order to understand it.',
    ],
    ['adaptability', 'Adaptability', 'Adjusting quickly when priorities, tools or circumstances change.'],
    ['creativity', 'Creativity', 'Coming up with new and useful ideas and approaches.'],
    [
      'attention-to-detail',
      'Attention to Detail',
      'Getting the small things right and noticing when something is off.',
    ],
    [
      'prioritization',
      'Prioritization',
      'Choosing what to do first by weighing value, urgency and effort.',
      { aliases: ['Prioritisation'] },
    ],
    ['teamwork', 'Teamwork', 'Working with others toward a shared goal, and pulling your weight.'],
    ['resilience', 'Resilience', 'Staying effective under pressure and recovering from setbacks.'],
    [
      'continuous-learning',
      'Continuous Learning',
      'Keeping your skills current by learning regularly and on your own initiative.',
    ],
    [
      'remote-collaboration',
      'Remote Collaboration',
      'Working effectively with a team spread across places and time zones.',
    ],
    [
      'personal-organization',
      'Personal Organization',
      'Keeping tasks, files and commitments in order so that nothing gets dropped.',
    ],
    ['accountability', 'Accountability', 'Owning outcomes and following through on commitments.'],
  ]),
];
