// Built-in skills: data, business tools, design and product.
import type { BuiltinSkill } from '../builtin-skills.ts';
import { category } from './skill-category.ts';

export const SKILLS_DATA_TOOLS_DESIGN: readonly BuiltinSkill[] = [
  ...category('Data', 'hard', [
    ['sql', 'SQL', 'Querying and changing data in relational databases.'],
    [
      'postgresql',
      'PostgreSQL',
      'An open-source relational database known for its correctness and rich SQL.',
      { aliases: ['Postgres'] },
    ],
    ['mysql', 'MySQL', 'A widely used open-source relational database.'],
    ['mongodb', 'MongoDB', 'A database that stores data as flexible JSON-like documents.'],
    ['redis', 'Redis', 'An in-memory data store used for caching, queues and fast counters.'],
    [
      'data-analysis',
      'Data Analysis',
      'Cleaning, exploring and summarizing data to answer business questions.',
    ],
    [
      'data-visualization',
      'Data Visualization',
      'Turning data into charts and dashboards that make a point clearly.',
      { aliases: ['Data Visualisation'] },
    ],
    ['statistics', 'Statistics', 'Describing data, estimating uncertainty and testing hypotheses.'],
    [
      'machine-learning',
      'Machine Learning',
      'Training models that learn patterns from data in order to predict or classify.',
      { aliases: ['ML'], hot: true },
    ],
    [
      'deep-learning',
      'Deep Learning',
      'Training neural networks with many layers for images, text and speech.',
    ],
    [
      'nlp',
      'Natural Language Processing',
      'Getting computers to understand and produce human language.',
      { aliases: ['NLP'] },
    ],
    [
      'llms',
      'Large Language Models',
      'Building products on large language models: prompting, retrieval, evaluation and fine-tuning.',
      { aliases: ['LLMs', 'LLM'], hot: true },
    ],
    [
      'data-engineering',
      'Data Engineering',
      'Building the systems that collect, store and move data reliably for analysis.',
    ],
    [
      'data-pipelines',
      'Data Pipelines',
      'Extracting, transforming and loading data on a schedule or as a stream.',
      { aliases: ['ETL'] },
    ],
    [
      'spark',
      'Apache Spark',
      'A distributed engine for processing large data sets in batches or as streams.',
    ],
    [
      'kafka',
      'Apache Kafka',
      'A distributed log for streaming events between systems.',
      { aliases: ['Kafka'] },
    ],
    ['pandas', 'pandas', 'The Python library for loading, reshaping and analyzing tables of data.'],
    ['pytorch', 'PyTorch', 'A Python library for building and training neural networks.'],
    ['tensorflow', 'TensorFlow', "Google's library for building and deploying machine learning models."],
    ['tableau', 'Tableau', 'A tool for building interactive charts and dashboards from data.'],
    [
      'power-bi',
      'Microsoft Power BI',
      "Microsoft's tool for reports and dashboards over business data.",
      { aliases: ['Power BI'] },
    ],
    [
      'data-modeling',
      'Data Modeling',
      'Designing tables, keys and relationships so that data stays consistent and easy to query.',
      { aliases: ['Data Modelling'] },
    ],
    [
      'data-warehousing',
      'Data Warehousing',
      'Bringing data from many sources together in one store built for analysis.',
    ],
    ['snowflake', 'Snowflake', 'A cloud data warehouse that keeps storage and computing separate.'],
    ['dbt', 'dbt', 'A tool for transforming data inside the warehouse with version-controlled SQL models.'],
    [
      'ab-testing',
      'A/B Testing',
      'Comparing two versions in a controlled experiment to learn which performs better.',
      { aliases: ['Split Testing'] },
    ],
    [
      'business-intelligence',
      'Business Intelligence',
      'Turning company data into reports and dashboards that inform decisions.',
      { aliases: ['BI'] },
    ],
    [
      'data-governance',
      'Data Governance',
      'Setting who owns data, how good it must be and how it may be used.',
    ],
  ]),
  ...category('Business tools', 'hard', [
    [
      'excel',
      'Microsoft Excel',
      'Spreadsheets in Microsoft Excel: formulas, pivot tables, charts and models.',
      { aliases: ['Excel'] },
    ],
    [
      'google-sheets',
      'Google Sheets',
      "Google's online spreadsheets, shared and edited together in real time.",
    ],
    [
      'powerpoint',
      'Microsoft PowerPoint',
      'Building clear slide decks in Microsoft PowerPoint.',
      { aliases: ['PowerPoint'] },
    ],
    ['jira', 'Jira', "Atlassian's tool for tracking issues, tasks and sprints."],
    ['confluence', 'Confluence', "Atlassian's wiki for a team's shared documentation."],
    [
      'salesforce',
      'Salesforce',
      'The CRM platform for managing leads, opportunities, accounts and service cases.',
    ],
    [
      'hubspot',
      'HubSpot',
      'A CRM and marketing automation platform popular with small and mid-sized companies.',
    ],
    ['zendesk', 'Zendesk', 'A help desk platform for support tickets, chat and self-service help centers.'],
    ['sap', 'SAP', "SAP's enterprise resource planning software for finance, supply chain and HR."],
    ['quickbooks', 'QuickBooks', "Intuit's accounting software for small businesses."],
  ]),
  ...category('Design', 'hard', [
    ['figma', 'Figma', 'A collaborative tool for designing interfaces and prototypes in the browser.'],
    [
      'ux-design',
      'User Experience Design',
      'Shaping how a product works for the people who use it, from research to tested designs.',
      { aliases: ['UX Design'] },
    ],
    [
      'ui-design',
      'User Interface Design',
      'Designing the screens, controls and layouts that people interact with.',
      { aliases: ['UI Design'] },
    ],
    [
      'user-research',
      'User Research',
      'Learning what people need through interviews, observation and surveys.',
      { aliases: ['UX Research'] },
    ],
    [
      'interaction-design',
      'Interaction Design',
      'Designing how a product responds, step by step, to what people do.',
    ],
    [
      'visual-design',
      'Visual Design',
      'Using layout, color, type and imagery to make a design clear and appealing.',
    ],
    [
      'prototyping',
      'Prototyping',
      'Building quick, testable versions of a design to try ideas before they are built for real.',
    ],
    ['wireframing', 'Wireframing', 'Sketching the structure of screens before their visual details.'],
    [
      'design-systems',
      'Design Systems',
      'Building and keeping up shared components and guidelines so products look and behave consistently.',
    ],
    [
      'usability-testing',
      'Usability Testing',
      'Watching people try a design to find where it confuses them.',
    ],
    [
      'information-architecture',
      'Information Architecture',
      'Organizing and labeling content so that people can find their way around it.',
    ],
    [
      'graphic-design',
      'Graphic Design',
      'Creating visual material such as logos, layouts, posters and illustrations.',
    ],
    [
      'photoshop',
      'Adobe Photoshop',
      'Editing photos and other raster images in Adobe Photoshop.',
      { aliases: ['Photoshop'] },
    ],
    [
      'illustrator',
      'Adobe Illustrator',
      'Drawing vector graphics such as logos and icons in Adobe Illustrator.',
    ],
    [
      'ux-writing',
      'UX Writing',
      'Writing the words in an interface so that people understand what to do next.',
      { aliases: ['Content Design'] },
    ],
    [
      'typography',
      'Typography',
      'Choosing and setting type so that text reads easily and carries the right tone.',
    ],
  ]),
  ...category('Product', 'hard', [
    [
      'product-management',
      'Product Management',
      'Deciding what a product should do and why, and guiding it from idea to launch and beyond.',
    ],
    [
      'product-strategy',
      'Product Strategy',
      'Setting where a product is heading, for whom, and how it will win.',
    ],
    [
      'product-discovery',
      'Product Discovery',
      'Finding out which problems are worth solving, and testing solutions before building them.',
    ],
    [
      'roadmapping',
      'Roadmap Planning',
      'Planning and communicating what a team will build over the coming months.',
      { aliases: ['Product Roadmapping'] },
    ],
    [
      'requirements-gathering',
      'Requirements Gathering',
      'Working out and writing down, with the people who need it, what a system must do.',
      { aliases: ['Requirements Analysis'] },
    ],
    ['user-stories', 'User Stories', 'Writing small, testable descriptions of what a user needs and why.'],
    [
      'product-analytics',
      'Product Analytics',
      'Measuring how people use a product in order to guide decisions about it.',
    ],
    [
      'market-research',
      'Market Research',
      'Studying customers, competitors and markets to inform decisions.',
    ],
    [
      'competitive-analysis',
      'Competitive Analysis',
      "Comparing a product with its competitors' to find gaps and advantages.",
    ],
    [
      'pricing',
      'Pricing Strategy',
      'Setting prices and packages that customers accept and the business can live on.',
    ],
    [
      'go-to-market',
      'Go-to-Market Strategy',
      'Planning how a product reaches its customers: audience, message, channels and launch.',
    ],
    [
      'business-analysis',
      'Business Analysis',
      'Understanding how a business works and specifying the changes that would improve it.',
    ],
  ]),
];
