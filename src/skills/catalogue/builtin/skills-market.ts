// Built-in skills: marketing, sales and customer success.
import type { BuiltinSkill } from '../builtin-skills.ts';
import { category } from './skill-category.ts';

export const SKILLS_MARKET: readonly BuiltinSkill[] = [
  ...category('Marketing', 'hard', [
    [
      'digital-marketing',
      'Digital Marketing',
      'Promoting products through online channels such as search, social media and email.',
    ],
    [
      'seo',
      'Search Engine Optimization',
      'Making pages rank higher in the unpaid results of search engines.',
      { aliases: ['SEO', 'Search Engine Optimisation'] },
    ],
    [
      'sem',
      'Search Engine Marketing',
      'Buying ads on search engines and managing their bids and budgets.',
      { aliases: ['SEM', 'Paid Search'] },
    ],
    [
      'content-marketing',
      'Content Marketing',
      'Attracting and keeping customers with useful articles, videos and guides.',
    ],
    [
      'copywriting',
      'Copywriting',
      'Writing words that persuade people to act, for ads, web pages and emails.',
    ],
    [
      'social-media-marketing',
      'Social Media Marketing',
      'Building an audience and running campaigns on social media platforms.',
    ],
    [
      'email-marketing',
      'Email Marketing',
      'Planning, writing and measuring email campaigns and newsletters.',
    ],
    [
      'marketing-analytics',
      'Marketing Analytics',
      'Measuring which channels and campaigns bring customers in, and at what cost.',
    ],
    [
      'brand-management',
      'Brand Management',
      "Keeping a brand's look, voice and promise consistent and valued.",
    ],
    ['google-analytics', 'Google Analytics', "Google's tool for measuring website traffic and conversions."],
    [
      'marketing-automation',
      'Marketing Automation',
      'Sending the right message at the right time with tools that react to what people do.',
    ],
    [
      'campaign-management',
      'Campaign Management',
      'Planning, launching and tracking marketing campaigns across channels.',
    ],
    [
      'product-marketing',
      'Product Marketing',
      'Positioning a product, explaining its value and equipping the sales team to sell it.',
    ],
    [
      'public-relations',
      'Public Relations',
      'Shaping how an organization is seen through the press and public statements.',
    ],
    [
      'lead-generation',
      'Lead Generation',
      'Attracting potential customers and capturing their interest for the sales team.',
    ],
  ]),
  ...category('Sales', 'hard', [
    [
      'prospecting',
      'Sales Prospecting',
      'Finding potential customers who fit, and making first contact with them.',
    ],
    [
      'cold-calling',
      'Cold Calling',
      'Phoning potential customers who have not asked to be contacted, and earning a conversation.',
    ],
    [
      'consultative-selling',
      'Consultative Selling',
      "Selling by understanding a customer's problem and shaping a solution around it.",
      { aliases: ['Solution Selling'] },
    ],
    [
      'account-management',
      'Account Management',
      'Looking after existing customers so that they stay, grow and buy again.',
    ],
    [
      'pipeline-management',
      'Pipeline Management',
      'Keeping track of deals at each stage and acting to move them forward.',
    ],
    [
      'sales-forecasting',
      'Sales Forecasting',
      'Predicting how much will be sold in a period from the pipeline and past results.',
    ],
    [
      'crm',
      'CRM Systems',
      'Recording customers, contacts and deals in customer relationship management software.',
      { aliases: ['CRM'] },
    ],
    [
      'b2b-sales',
      'B2B Sales',
      'Selling to businesses, often to several decision makers over a long sales cycle.',
    ],
    ['closing', 'Closing Deals', 'Bringing a negotiation to a signed agreement.'],
    [
      'product-demos',
      'Product Demonstrations',
      'Showing a product to prospects in a way that speaks to their needs.',
      { aliases: ['Product Demos'] },
    ],
    [
      'business-development',
      'Business Development',
      'Creating growth through new markets, partnerships and customers.',
    ],
  ]),
  ...category('Customer success', 'hard', [
    [
      'customer-onboarding',
      'Customer Onboarding',
      'Getting new customers set up and seeing value from a product quickly.',
    ],
    [
      'customer-retention',
      'Customer Retention',
      'Keeping customers by spotting risks early and helping them succeed.',
      { aliases: ['Churn Reduction'] },
    ],
    [
      'customer-support',
      'Customer Support',
      "Solving customers' problems with a product by email, chat or phone.",
    ],
    [
      'customer-service',
      'Customer Service',
      'Treating customers with patience and care so that they leave satisfied.',
      { kind: 'soft' },
    ],
    [
      'escalation-handling',
      'Escalation Handling',
      "Taking on a customer's serious complaint and seeing it through to a fix.",
    ],
    [
      'customer-journey-mapping',
      'Customer Journey Mapping',
      'Mapping each step a customer takes with a company to find where it lets them down.',
    ],
    [
      'nps',
      'Net Promoter Score',
      'Measuring customer loyalty by asking whether people would recommend a product, and acting on the answers.',
      { aliases: ['NPS'] },
    ],
    [
      'customer-focus',
      'Customer Focus',
      "Keeping the customer's needs at the center of decisions.",
      { kind: 'soft' },
    ],
  ]),
];
