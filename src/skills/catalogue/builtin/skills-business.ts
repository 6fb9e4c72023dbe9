// Built-in skills: finance, people and HR, operations, project management.
import type { BuiltinSkill } from '../builtin-skills.ts';
import { category } from './skill-category.ts';

export const SKILLS_BUSINESS: readonly BuiltinSkill[] = [
  ...category('Finance', 'hard', [
    [
      'financial-analysis',
      'Financial Analysis',
      'Reading financial statements and figures to judge performance and options.',
    ],
    [
      'financial-modeling',
      'Financial Modeling',
      'Building spreadsheet models of a business to forecast results and weigh decisions.',
      { aliases: ['Financial Modelling'] },
    ],
    [
      'budgeting',
      'Budgeting',
      'Planning how much money will be spent and earned, and tracking results against the plan.',
    ],
    [
      'financial-forecasting',
      'Financial Forecasting',
      'Projecting revenue, costs and cash from trends and stated assumptions.',
    ],
    [
      'accounting',
      'Accounting',
      "Recording, classifying and summarizing an organization's financial transactions.",
    ],
    ['bookkeeping', 'Bookkeeping', 'Keeping day-to-day financial records accurate and up to date.'],
    [
      'financial-reporting',
      'Financial Reporting',
      'Preparing financial statements and reports for managers, investors and regulators.',
    ],
    ['auditing', 'Auditing', 'Examining records and controls to check that they are accurate and followed.'],
    [
      'taxation',
      'Taxation',
      'Preparing tax returns and planning within the tax rules that apply.',
      { aliases: ['Tax Compliance'] },
    ],
    [
      'gaap',
      'Generally Accepted Accounting Principles',
      'The accounting rules commonly used for financial statements in the United States.',
      { aliases: ['GAAP'] },
    ],
    [
      'ifrs',
      'International Financial Reporting Standards',
      'The accounting standards used for financial statements in most countries outside the United States.',
      { aliases: ['IFRS'] },
    ],
    [
      'fpa',
      'Financial Planning and Analysis',
      "Budgeting, forecasting and analyzing results to guide a company's financial decisions.",
      { aliases: ['FP&A'] },
    ],
    ['cost-analysis', 'Cost Analysis', 'Working out what products, services and activities really cost.'],
    ['valuation', 'Valuation', 'Estimating what a business, an asset or an investment is worth.'],
    [
      'accounts-payable-receivable',
      'Accounts Payable and Receivable',
      'Paying suppliers and collecting from customers on time and on the record.',
    ],
  ]),
  ...category('People and HR', 'hard', [
    [
      'recruiting',
      'Recruiting',
      'Finding, attracting and hiring people for open roles.',
      { aliases: ['Talent Acquisition'] },
    ],
    [
      'candidate-sourcing',
      'Candidate Sourcing',
      'Searching out potential candidates who have not applied, and reaching out to them.',
    ],
    [
      'interviewing',
      'Interviewing',
      'Running structured interviews that assess candidates fairly and consistently.',
      { kind: 'soft' },
    ],
    ['employee-onboarding', 'Employee Onboarding', 'Helping new hires settle in and become productive.'],
    [
      'employee-relations',
      'Employee Relations',
      'Handling workplace concerns, grievances and disciplinary matters fairly.',
    ],
    [
      'performance-management',
      'Performance Management',
      'Setting expectations, reviewing performance and acting on the results.',
    ],
    [
      'compensation-benefits',
      'Compensation and Benefits',
      'Designing pay and benefits that are fair, competitive and affordable.',
    ],
    ['payroll', 'Payroll', 'Paying employees correctly and on time, with the right deductions.'],
    [
      'employment-law',
      'Employment Law',
      'Knowing the legal rules on hiring, contracts, working time and dismissal.',
    ],
    [
      'hris',
      'HR Information Systems',
      'Running the software that holds employee records and HR processes.',
      { aliases: ['HRIS'] },
    ],
    [
      'learning-development',
      'Learning and Development',
      "Planning training and growth opportunities that build people's skills.",
      { aliases: ['L&D'] },
    ],
    [
      'dei',
      'Diversity, Equity and Inclusion',
      'Making hiring and the workplace fair and welcoming to people of every background.',
      { aliases: ['DEI'] },
    ],
    [
      'workforce-planning',
      'Workforce Planning',
      'Forecasting the people and skills an organization will need, and how to get them.',
    ],
    [
      'organizational-development',
      'Organizational Development',
      'Improving how an organization is structured and works through planned change.',
    ],
  ]),
  ...category('Operations', 'hard', [
    [
      'operations-management',
      'Operations Management',
      'Running the day-to-day processes that deliver a product or service efficiently.',
    ],
    [
      'process-improvement',
      'Process Improvement',
      'Finding waste and delay in how work gets done, and removing them.',
    ],
    [
      'lean-six-sigma',
      'Lean Six Sigma',
      'Methods for removing waste and variation from processes using data.',
      { aliases: ['Six Sigma'] },
    ],
    [
      'supply-chain-management',
      'Supply Chain Management',
      'Planning how goods move from suppliers to customers at the right cost and time.',
    ],
    ['logistics', 'Logistics', 'Organizing the transport, storage and delivery of goods.'],
    [
      'vendor-management',
      'Vendor Management',
      'Choosing suppliers and managing their contracts, performance and relationships.',
    ],
    ['procurement', 'Procurement', 'Buying goods and services on good terms through a fair process.'],
    [
      'inventory-management',
      'Inventory Management',
      'Keeping the right stock in the right place without tying up too much money.',
    ],
    [
      'quality-management',
      'Quality Management',
      'Setting and checking standards so that products and services are consistently good.',
    ],
    [
      'business-process-modeling',
      'Business Process Modeling',
      'Mapping how work flows through an organization so that it can be understood and improved.',
      { aliases: ['BPMN'] },
    ],
    [
      'regulatory-compliance',
      'Regulatory Compliance',
      'Making sure an organization follows the laws and rules that apply to it.',
    ],
    [
      'data-protection',
      'Data Protection',
      'Handling personal data lawfully and securely under rules such as the GDPR.',
      { aliases: ['GDPR'] },
    ],
  ]),
  ...category('Project management', 'hard', [
    [
      'project-management',
      'Project Management',
      'Planning, running and closing projects so that they deliver on time, on budget and to scope.',
    ],
    ['agile', 'Agile', 'Working in short cycles, delivering often and adapting to feedback.'],
    ['scrum', 'Scrum', 'Running work in sprints with planning, daily stand-ups, reviews and retrospectives.'],
    ['kanban', 'Kanban', 'Managing work as a visible flow with limits on how much is in progress at once.'],
    [
      'program-management',
      'Program Management',
      'Coordinating several related projects toward one shared goal.',
      { aliases: ['Programme Management'] },
    ],
    [
      'risk-management',
      'Risk Management',
      'Identifying, weighing and reducing risks before they cause harm.',
    ],
    [
      'project-scheduling',
      'Project Scheduling',
      'Breaking work into tasks, estimating them and ordering them into a realistic plan.',
    ],
    ['resource-planning', 'Resource Planning', 'Matching people and budgets to the work that needs them.'],
  ]),
];
