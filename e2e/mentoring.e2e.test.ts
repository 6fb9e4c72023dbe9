import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  expectAccessible,
  fitsWidth,
  journeyContext,
  launchChromium,
  signUpThroughForm,
} from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// Mentoring and feedback in the browser, with two accounts in two browser contexts and a third
// context without one. Ann (the mentee) invites Bob's e-mail as her mentor; Bob accepts; Ann shares
// one goal with her mentors and keeps another private; Bob's shared view shows the shared goal with
// its numbers and never the private one; Bob comments, assesses her skill, records a session and
// adds an action item; Ann sees the comment on her goal page and ticks the item done on Home. Ann
// asks a third e-mail for feedback about a skill; the link is answered without an account with
// level 4, which Ann sees with the peer assessment; the link then says it was answered. Bob answers
// a request from his inbox. The server runs on the real clock, so every date is derived from today
// (UTC, the browser's zone and so the accounts'). Expected numbers are worked out here, by hand.

const DAY_MS = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoOf(Date.now());
/** The date `days` after `date` (before, when negative). */
const shift = (date: string, days: number) => isoOf(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
/** A date as the web writes it for an en-US browser: "Nov 26, 2026". */
const shown = (date: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const ANN = { name: 'Ann Lee', email: 'ann@example.com', password: 'a mentee with plans' };
const BOB = { name: 'Bob Stone', email: 'bob@example.com', password: 'a mentor with time' };
const CY = 'cy@example.com';

// Ann's shared goal: 0 → 4 talks, from 30 days ago to 60 days ahead, checked in 1 talk ten days ago
// and 2 yesterday: 1 + 2 = 3 of 4, so three quarters of the way, a bar at 75%.
const TALKS = { title: 'Give 4 talks', start: shift(today, -30), due: shift(today, 60), target: 4 };
const TALK_CHECK_INS = [
  { date: shift(today, -10), value: 1 },
  { date: shift(today, -1), value: 2 },
];
const TALKS_NOW = TALK_CHECK_INS.reduce((sum, c) => sum + c.value, 0);
const TALKS_PERCENT = Math.floor((TALKS_NOW / TALKS.target) * 100);
// The goal she keeps private: her mentor must never see it.
const PRIVATE_GOAL = 'Ask for a raise';

const FOCUS = 'Speaking at conferences';
const COMMENT = 'Three talks already: pitch the fourth to a meetup next month.';
const SESSION = {
  // In the accounts' zone (UTC, the browser's): a calendar feed shows it at that hour.
  time: '09:30',
  minutes: '45',
  agenda: 'Talk proposals',
  notes: 'Shorten the abstract to 150 words.',
  private: 'Ann undersells her work.',
};
// Bob's action item for Ann, due in a week.
const ACTION = { title: 'Submit a talk proposal to a meetup', due: shift(today, 7) };

const SKILL = 'Public Speaking';
// Ann's own level 2, Bob's 3 (the mentor), Cy's 4 through the link (a peer).
const LEVELS = { self: 2, mentor: 3, peer: 4 };
const QUESTIONS = ['What is one thing I do well and should keep doing?', 'What should I practise next?'];
const ANSWERS = ['You tell stories the room remembers.', 'Pausing before the key point.'];

interface Row {
  id: string;
}

describe('mentoring and feedback in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let annContext: BrowserContext;
  let bobContext: BrowserContext;
  let anonContext: BrowserContext;
  let ann: Page;
  let bob: Page;
  let anon: Page;
  const url = (path: string) => `${server.baseUrl}${path}`;
  let talksId = '';
  let privateId = '';
  let skillId = '';
  let mentorshipId = '';
  let feedbackLink = '';
  /** Every API path the page without an account asked for. */
  const anonApiCalls: string[] = [];

  const asAnn = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    apiAs(ann, server.baseUrl)<T>(method, path, data);
  const asBob = <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) =>
    apiAs(bob, server.baseUrl)<T>(method, path, data);

  const signUp = (page: Page, who: typeof ANN) => signUpThroughForm(page, server.baseUrl, who);

  /** The text of the polite status region once it says something. */
  const toast = (page: Page) => page.locator('.toast-region');

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    annContext = await journeyContext(browser);
    bobContext = await journeyContext(browser);
    anonContext = await journeyContext(browser);
    ann = await annContext.newPage();
    bob = await bobContext.newPage();
    anon = await anonContext.newPage();
    anon.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) anonApiCalls.push(pathname);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs Ann and Bob up, lists Mentoring and Feedback after Network, and sets up Ann’s goals and skill', async () => {
    await signUp(ann, ANN);
    await signUp(bob, BOB);

    const links = ann.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await links.filter({ hasText: 'Feedback' }).waitFor();
    const nav = await links.allTextContents();
    expect(nav.slice(nav.indexOf('Content'), nav.indexOf('Content') + 4)).toEqual([
      'Content',
      'Network',
      'Mentoring',
      'Feedback',
    ]);

    talksId = (
      await asAnn<Row>('POST', '/goals', {
        title: TALKS.title,
        category: 'career',
        startDate: TALKS.start,
        dueDate: TALKS.due,
        metric: { unit: 'talks', baseline: 0, target: TALKS.target, aggregation: 'sum' },
      })
    ).id;
    for (const c of TALK_CHECK_INS) await asAnn('POST', `/goals/${talksId}/check-ins`, c);
    privateId = (await asAnn<Row>('POST', '/goals', { title: PRIVATE_GOAL, category: 'career' })).id;

    const found = await asAnn<{ items: { id: string; name: string }[] }>(
      'GET',
      '/skills?q=public%20speaking&limit=5',
    );
    skillId = found.items.find((s) => s.name === SKILL)!.id;
    await asAnn('POST', `/skills/${skillId}/assessments`, { level: LEVELS.self, source: 'self' });
  });

  it('invites Bob as Ann’s mentor through the form, after the server refuses her own e-mail at the field', async () => {
    await ann.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentoring' }).click();
    await ann.waitForURL(url('/mentoring'));
    await ann.getByRole('heading', { level: 1, name: 'Mentoring' }).waitFor();
    await ann.getByText('No mentor yet.').waitFor();
    await expectAccessible(ann, 'mentoring page, first visit');

    await ann.getByRole('link', { name: 'Find a mentor' }).first().click();
    await ann.waitForURL(url('/mentoring/new'));
    await ann.getByRole('heading', { level: 1, name: 'Find a mentor' }).waitFor();
    expect(await ann.getByRole('radio', { name: /^The mentee/ }).isChecked()).toBe(true);

    // Her own e-mail passes the browser's check; the server refuses it, and says so at the field.
    await ann.getByLabel('Their e-mail').fill(ANN.email);
    await ann.getByRole('button', { name: 'Invite as my mentor' }).click();
    await expect
      .poll(() => ann.locator('#mentorship-email-error').textContent())
      .toContain('Is your own e-mail: invite someone else.');
    await expectAccessible(ann, 'mentorship form with an error from the server');

    await ann.getByLabel('Their e-mail').fill(BOB.email);
    await ann.getByLabel('Focus (optional)').fill(FOCUS);
    // Each goal says whether her mentors see it: both are private yet.
    const talks = ann.getByRole('checkbox', { name: new RegExp(`^${TALKS.title}`) });
    expect(await talks.getAttribute('aria-describedby')).toBeTruthy();
    expect(await ann.getByRole('group', { name: 'Focus goals (optional)' }).textContent()).toContain(
      `${TALKS.title} (private)`,
    );
    await talks.check();
    await ann.getByLabel('Days between sessions (optional)').fill('14');
    await ann.getByLabel('Share my skills with my mentor').check();
    expect(await ann.locator('#mentorship-share-skills-hint').textContent()).toContain(
      'will see every skill you have assessed',
    );
    await expectAccessible(ann, 'mentorship form, filled');
    await ann.getByRole('button', { name: 'Invite as my mentor' }).click();

    // The mentorship's own page, not the form's address (which ends in /new).
    await ann.waitForURL(/\/mentoring\/(?!new$)[^/]+$/);
    mentorshipId = ann.url().split('/').pop()!;
    await ann.getByRole('heading', { level: 1, name: `Mentorship with ${BOB.email}` }).waitFor();
    expect(await ann.locator('.mentorship-header').textContent()).toContain(
      `Waiting for ${BOB.email} to accept`,
    );
    await ann
      .getByText(`Sessions and action items start once ${BOB.email} accepts your invitation.`)
      .waitFor();
    await expectAccessible(ann, 'mentorship page, invited');
  });

  it('lets Bob accept the invitation on his Mentoring page', async () => {
    await bob.goto(url('/mentoring'));
    const invitations = bob.getByRole('region', { name: /^Invitations to you/ });
    await invitations.getByRole('heading', { name: `${ANN.name} asks you to mentor them` }).waitFor();
    expect(await invitations.textContent()).toContain(FOCUS);
    expect(await invitations.textContent()).toContain('Every 2 weeks');
    await expectAccessible(bob, 'mentoring page with an invitation');

    await invitations.getByRole('button', { name: `Accept the invitation from ${ANN.name}` }).click();
    await expect.poll(() => toast(bob).textContent()).toContain(`You now mentor ${ANN.name}.`);
    const mentees = bob.getByRole('list', { name: 'People you mentor' });
    await mentees.getByRole('link', { name: ANN.name }).waitFor();
    // Focus follows the mentorship to its new place.
    await expect.poll(() => bob.evaluate(() => document.activeElement?.textContent)).toBe(ANN.name);
    expect(await bob.getByRole('region', { name: /^Invitations to you/ }).count()).toBe(0);
    expect(await mentees.textContent()).toContain('Active');
  });

  it('has Ann share one goal with her mentors from her view of the mentorship, and keep the other private', async () => {
    await ann.goto(url(`/mentoring/${mentorshipId}`));
    await ann.getByRole('heading', { level: 1, name: `Mentorship with ${BOB.name}` }).waitFor();
    await ann.getByRole('link', { name: `What ${BOB.name} sees` }).click();
    await ann.waitForURL(url(`/mentoring/${mentorshipId}/shared`));
    await ann.getByRole('heading', { level: 1, name: `What ${BOB.name} sees` }).waitFor();
    await ann.getByText(`You share no goals with ${BOB.name} yet.`).waitFor();
    await expectAccessible(ann, 'the mentee’s shared view, nothing shared');

    const share = ann.getByRole('region', { name: 'Goals your mentors see' });
    await share.getByRole('checkbox', { name: TALKS.title }).check();
    await expect
      .poll(() => toast(ann).textContent())
      .toContain(`“${TALKS.title}” is now shared with your mentors.`);
    expect(await share.getByRole('checkbox', { name: PRIVATE_GOAL }).isChecked()).toBe(false);
    await ann.getByRole('article', { name: TALKS.title }).waitFor();

    const visibility = async (id: string) =>
      (await asAnn<{ visibility: string }>('GET', `/goals/${id}`)).visibility;
    expect(await visibility(talksId)).toBe('mentors');
    expect(await visibility(privateId)).toBe('private');
    await expectAccessible(ann, 'the mentee’s shared view, one goal shared');
  });

  it('shows Bob the shared goal with its numbers, and never the private one', async () => {
    await bob.goto(url(`/mentoring/${mentorshipId}/shared`));
    await bob.getByRole('heading', { level: 1, name: `What ${ANN.name} shares with you` }).waitFor();
    const goals = bob.getByRole('list', { name: 'Shared goals, focus first' });
    await expect.poll(() => goals.getByRole('article').count()).toBe(1);
    const talks = bob.getByRole('article', { name: TALKS.title });
    // 1 + 2 = 3 talks of 4, 75% of the way; a focus goal of the mentorship.
    expect(TALKS_NOW).toBe(3);
    expect(TALKS_PERCENT).toBe(75);
    expect(await talks.locator('.shared-goal__standing').textContent()).toBe('3 talks of 4 talks');
    expect(
      await talks
        .getByRole('progressbar', { name: `Progress of ${TALKS.title}` })
        .getAttribute('aria-valuenow'),
    ).toBe(String(TALKS_PERCENT));
    expect(await talks.textContent()).toContain('Focus');
    // The check-ins, newest first: +2 yesterday, +1 ten days ago.
    const checkIns = talks
      .getByRole('list', { name: `Check-ins of ${TALKS.title}, newest first` })
      .getByRole('listitem');
    expect(await checkIns.allTextContents()).toEqual([
      `${shown(TALK_CHECK_INS[1]!.date)}+2 talks`,
      `${shown(TALK_CHECK_INS[0]!.date)}+1 talk`,
    ]);
    // The private goal is nowhere: not on the page, not in the answer behind it.
    expect(await bob.locator('main').textContent()).not.toContain(PRIVATE_GOAL);
    const view = await asBob<{ goals: { goal: { title: string } }[] }>(
      'GET',
      `/mentorships/${mentorshipId}/shared`,
    );
    expect(view.goals.map((g) => g.goal.title)).toEqual([TALKS.title]);
    await expectAccessible(bob, 'the mentor’s shared view');
  });

  it('lets Bob comment on the goal and assess Ann’s skill', async () => {
    const talks = bob.getByRole('article', { name: TALKS.title });
    await talks.getByLabel('Add a comment').fill(COMMENT);
    await talks.getByRole('button', { name: 'Add comment' }).click();
    const comments = talks.getByRole('list', { name: `Comments on ${TALKS.title}, oldest first` });
    await expect.poll(() => comments.textContent()).toContain(COMMENT);
    expect(await comments.textContent()).toContain('You');
    // The box empties once the comment is saved, apart from the list that brings the comment.
    await expect.poll(() => talks.getByLabel('Add a comment').inputValue()).toBe('');

    // Ann shares her skills: her own level 2 shows; Bob gives 3 with the six levels to choose from.
    const skills = bob.getByRole('region', { name: 'Skills' });
    const speaking = skills.getByRole('listitem').filter({ has: bob.getByRole('heading', { name: SKILL }) });
    expect(await speaking.textContent()).toContain('2 · novice');
    await speaking.getByRole('button', { name: `Assess ${SKILL}` }).click();
    expect(await speaking.getByRole('radio').count()).toBe(6);
    await speaking.getByRole('button', { name: 'Save assessment' }).click();
    await expect.poll(() => speaking.locator('.field__error').first().textContent()).toContain('Is required');
    await speaking.getByRole('radio', { name: '3 · competent' }).check();
    await speaking.getByLabel('What it rests on (optional)').fill('Her last two talks.');
    await expectAccessible(bob, 'assessing the mentee’s skill');
    await speaking.getByRole('button', { name: 'Save assessment' }).click();
    await expect
      .poll(() => toast(bob).textContent())
      .toContain(`Your assessment of ${ANN.name}’s ${SKILL} is saved: 3 · competent.`);
    await expect.poll(() => speaking.textContent()).toContain(`Mentor, ${BOB.name}`);
  });

  it('shows Ann the comment on her goal’s page, and nothing of the kind on her private goal', async () => {
    await ann.goto(url(`/goals/${talksId}`));
    await ann.getByRole('heading', { level: 1, name: TALKS.title }).waitFor();
    const comments = ann.getByRole('region', { name: 'Comments from your mentors' });
    await expect.poll(() => comments.textContent()).toContain(COMMENT);
    expect(await comments.textContent()).toContain(BOB.name);
    await expectAccessible(ann, 'goal page with a mentor’s comment');

    await ann.goto(url(`/goals/${privateId}`));
    await ann.getByRole('heading', { level: 1, name: PRIVATE_GOAL }).waitFor();
    await ann.waitForLoadState('networkidle');
    expect(await ann.getByRole('region', { name: 'Comments from your mentors' }).count()).toBe(0);
  });

  it('lets Bob record a session with private notes and add an action item for Ann', async () => {
    await bob.goto(url(`/mentoring/${mentorshipId}`));
    await bob.getByRole('heading', { level: 1, name: `Mentorship with ${ANN.name}` }).waitFor();

    const sessions = bob.getByRole('region', { name: 'Sessions' });
    await sessions.getByText('Record a session').click();
    expect(await sessions.getByLabel('Date').inputValue()).toBe(today);
    await sessions.getByLabel('Time (optional)').fill(SESSION.time);
    await sessions.getByLabel('Minutes (optional)').fill(SESSION.minutes);
    await sessions.getByLabel('Agenda (optional)').fill(SESSION.agenda);
    await sessions.getByLabel('Notes (optional)', { exact: true }).fill(SESSION.notes);
    await sessions.getByLabel(/^Private notes/).fill(SESSION.private);
    await sessions.getByRole('button', { name: 'Record session' }).click();
    await expect
      .poll(() => sessions.locator('.mentoring-count').textContent())
      .toBe('1 session, newest first');
    const session = sessions.getByRole('list', { name: 'Sessions, newest first' });
    expect(await session.textContent()).toContain(SESSION.private);
    expect(await session.textContent()).toContain('only you see these');

    const actions = bob.getByRole('region', { name: 'Action items' });
    await actions.getByText('Add an action item').click();
    await actions.getByLabel('What to do').fill(ACTION.title);
    await actions.getByLabel('Due date (optional)').fill(ACTION.due);
    await actions.getByLabel('For').selectOption({ label: `${ANN.name} (the mentee)` });
    // Only the goals Ann shares are offered.
    const goal = actions.getByLabel('Goal it serves (optional)');
    // They come with what she shares, a request of its own apart from the mentorship.
    await expect.poll(() => goal.locator('option').allTextContents()).toEqual(['No goal', TALKS.title]);
    await goal.selectOption({ label: TALKS.title });
    await expectAccessible(bob, 'mentorship page, adding an action item');
    await actions.getByRole('button', { name: 'Add action item' }).click();
    const items = actions.getByRole('list', { name: 'Action items, open first' });
    await expect.poll(() => items.getByRole('listitem').count()).toBe(1);
    expect(await items.textContent()).toContain(`For ${ANN.name}`);
    expect(await items.textContent()).toContain(`Due in 7 days · ${shown(ACTION.due)}`);
  });

  it('shows Ann the session without Bob’s private notes, and the action item he added for her', async () => {
    await ann.goto(url(`/mentoring/${mentorshipId}`));
    const sessions = ann.getByRole('region', { name: 'Sessions' });
    await expect.poll(() => sessions.textContent()).toContain(SESSION.notes);
    expect(await sessions.textContent()).toContain(
      `${shown(today)}, ${SESSION.time} · ${SESSION.minutes} min`,
    );
    expect(await sessions.textContent()).toContain(`recorded by ${BOB.name}`);
    expect(await sessions.textContent()).not.toContain(SESSION.private);
    // Not hers to change.
    expect(await sessions.getByRole('button', { name: /^(Edit|Delete) the session/ }).count()).toBe(0);

    const items = ann.getByRole('region', { name: 'Action items' });
    await expect.poll(() => items.textContent()).toContain(ACTION.title);
    expect(await items.textContent()).toContain('For you');
    expect(await items.textContent()).toContain(`Added by ${BOB.name}`);
    expect(await items.getByRole('button', { name: `Edit “${ACTION.title}”` }).count()).toBe(0);
    await expectAccessible(ann, 'mentorship page, active');
  });

  it('lists the action item on Ann’s Home, where she ticks it done', async () => {
    await ann.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const section = ann.getByRole('region', { name: 'Action items' });
    // The list itself comes in its own small download, once there is something to list.
    await expect.poll(() => section.textContent()).toContain(`With ${BOB.name}`);
    expect(await section.textContent()).toContain(`Due in 7 days · ${shown(ACTION.due)}`);
    await expectAccessible(ann, 'home with an action item');

    // A click, not check(): ticked, the item leaves the list (taking the section with it), and
    // check() reads the box again after its click, which fails when the box is already gone.
    await section.getByRole('checkbox', { name: `Done: ${ACTION.title}` }).click();
    await expect.poll(() => toast(ann).textContent()).toContain(`“${ACTION.title}” is done.`);
    await section.waitFor({ state: 'detached' });
    expect((await asAnn<{ items: unknown[] }>('GET', '/action-items?open=true')).items).toEqual([]);
    const all = await asAnn<{ items: { done: boolean; doneOn: string | null }[] }>(
      'GET',
      `/mentorships/${mentorshipId}/action-items`,
    );
    expect(all.items).toEqual([expect.objectContaining({ done: true, doneOn: today })]);
  });

  it('has Ann ask a third e-mail for feedback about a skill, and shows the link once with a prefilled e-mail', async () => {
    await ann.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Feedback' }).click();
    await ann.waitForURL(url('/feedback-requests'));
    await ann.getByRole('heading', { name: 'No feedback asked for yet' }).waitFor();
    await expectAccessible(ann, 'feedback page, first visit');

    await ann.getByRole('link', { name: 'Ask for feedback' }).first().click();
    await ann.waitForURL(url('/feedback-requests/new'));
    await ann.getByLabel('Their e-mail').fill(CY);
    await ann.getByRole('radio', { name: 'Skill' }).check();
    await ann.getByRole('combobox', { name: 'Skill' }).fill('public speaking');
    await ann
      .getByRole('option', { name: new RegExp(`^${SKILL}`) })
      .first()
      .click();
    await ann.getByRole('group', { name: 'Skill' }).getByText(SKILL, { exact: true }).waitFor();

    // Two starter questions; a third added takes focus; the second removed, the third moves up.
    expect(await ann.getByLabel('Question 1').inputValue()).toBe(QUESTIONS[0]);
    await ann.getByRole('button', { name: 'Add a question' }).click();
    await expect.poll(() => ann.evaluate(() => document.activeElement?.id)).toBe('feedback-question-2');
    await ann.getByLabel('Question 3').fill(QUESTIONS[1]!);
    await ann.getByRole('button', { name: 'Remove question 2' }).click();
    expect(await ann.getByLabel('Question 2').inputValue()).toBe(QUESTIONS[1]);
    expect(await ann.getByLabel('Question 3').count()).toBe(0);
    expect(await ann.getByLabel('Days the link stays open').inputValue()).toBe('30');
    await expectAccessible(ann, 'feedback request form');
    await ann.getByRole('button', { name: 'Create the link' }).click();

    const created = ann.getByRole('region', { name: `Send this link to ${CY}` });
    await created.waitFor();
    await expect.poll(() => ann.evaluate(() => document.activeElement?.id)).toBe('created-link-title');
    expect(await created.textContent()).toContain('This is the only time the link is shown');
    feedbackLink = await created.getByLabel('Feedback link').inputValue();
    expect(feedbackLink).toMatch(new RegExp(`^${server.baseUrl}/feedback/[^/]+$`));
    const mail = await created.getByRole('link', { name: `Write the e-mail to ${CY}` }).getAttribute('href');
    expect(mail?.startsWith(`mailto:${CY}?subject=`)).toBe(true);
    expect(new URLSearchParams(mail!.slice(mail!.indexOf('?') + 1)).get('body')).toContain(feedbackLink);
    await expectAccessible(ann, 'feedback link shown once');
  });

  it('lets someone without an account answer through the link with level 4, asking nothing signed in', async () => {
    await anon.goto(feedbackLink);
    await anon.getByRole('heading', { level: 1, name: `${ANN.name} asks for your feedback` }).waitFor();
    expect(await anon.locator('.answer-page__lead').textContent()).toContain(`About the skill “${SKILL}”`);
    for (const [i, question] of QUESTIONS.entries()) await anon.getByLabel(question).fill(ANSWERS[i]!);
    await anon.getByRole('radio', { name: '4 · proficient' }).check();
    await expectAccessible(anon, 'public answer page');
    await anon.getByRole('button', { name: 'Send your answer' }).click();
    await anon.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    await expectAccessible(anon, 'public answer page, thanks');
    // The page asked about the link and nothing else: no "who is signed in", no redirect to sign in.
    expect(anonApiCalls.length).toBeGreaterThan(0);
    expect(anonApiCalls.every((path) => path.startsWith('/api/v1/feedback/'))).toBe(true);
    expect(anon.url()).toBe(feedbackLink);
  });

  it('shows Ann the answer with its level, and the peer assessment among her skill’s views', async () => {
    await ann.goto(url('/feedback-requests'));
    const request = ann.getByRole('article', { name: `Skill: ${SKILL}` });
    await expect.poll(() => request.textContent()).toContain('Answered');
    for (const [i, question] of QUESTIONS.entries()) {
      expect(await request.textContent()).toContain(question);
      expect(await request.textContent()).toContain(ANSWERS[i]);
    }
    expect(await request.locator('.sent-request__level').textContent()).toContain(
      'Level given: 4 · proficient',
    );
    const sent = await asAnn<{ items: { state: string; level: number; assessmentId: string | null }[] }>(
      'GET',
      '/feedback-requests',
    );
    expect(sent.items).toEqual([expect.objectContaining({ state: 'answered', level: LEVELS.peer })]);
    expect(sent.items[0]!.assessmentId).not.toBeNull();
    await expectAccessible(ann, 'feedback page with an answer');

    await ann.goto(url('/skills'));
    const speaking = ann.locator('.my-skill').filter({ has: ann.getByRole('heading', { name: SKILL }) });
    await speaking.waitFor();
    const views = await speaking.locator('.my-skill__views').textContent();
    expect(views).toContain('Mentor:');
    expect(views).toContain('3 · competent');
    expect(views).toContain('Peer:');
    expect(views).toContain('4 · proficient');
  });

  it('says the link was already answered when it is opened again', async () => {
    await anon.goto(feedbackLink);
    await anon.getByRole('heading', { level: 1, name: 'This feedback link is closed' }).waitFor();
    await anon.getByText('This request has already been answered.').waitFor();
    await expectAccessible(anon, 'public answer page, answered already');
    // An unknown link says it is not valid.
    await anon.goto(url('/feedback/not-a-real-token'));
    await anon.getByRole('heading', { level: 1, name: 'This feedback link is not valid' }).waitFor();
  });

  it('counts a request to Bob on his Home, and lets him answer it from his inbox', async () => {
    await asAnn('POST', '/feedback-requests', {
      to: { email: BOB.email },
      about: { topic: 'My last talk' },
      questions: ['What would you cut?'],
    });
    await bob.goto(url('/'));
    const waiting = bob.getByRole('region', { name: 'Feedback to give' });
    await expect
      .poll(() => waiting.textContent())
      .toContain('A request for your feedback waits for your answer.');
    await waiting.getByRole('link', { name: 'Answer in your inbox' }).click();
    await bob.waitForURL(url('/feedback-requests/inbox'));
    await bob
      .getByRole('heading', { name: `${ANN.name} asks for your feedback on “My last talk”` })
      .waitFor();
    await expectAccessible(bob, 'feedback inbox');
    await bob.getByRole('button', { name: `Answer ${ANN.name}` }).click();
    await bob.getByLabel('What would you cut?').fill('The second demo.');
    await bob.getByRole('button', { name: 'Send your answer' }).click();
    await expect.poll(() => toast(bob).textContent()).toContain(`Your answer is sent to ${ANN.name}.`);
    await bob.getByText('No requests wait for your answer.').waitFor();
  });

  it('fits a 375 px phone on every mentoring and feedback page', async () => {
    const pages: [Page, string, string][] = [
      [ann, '/mentoring', 'Mentoring'],
      [ann, '/mentoring/new', 'Find a mentor'],
      [ann, `/mentoring/${mentorshipId}`, `Mentorship with ${BOB.name}`],
      [ann, `/mentoring/${mentorshipId}/edit`, 'Change the mentorship'],
      [ann, `/mentoring/${mentorshipId}/shared`, `What ${BOB.name} sees`],
      [bob, `/mentoring/${mentorshipId}/shared`, `What ${ANN.name} shares with you`],
      [ann, `/goals/${talksId}`, TALKS.title],
      [ann, '/feedback-requests', 'Feedback'],
      [ann, '/feedback-requests/new', 'Ask for feedback'],
      [bob, '/feedback-requests/inbox', 'Feedback'],
      [anon, new URL(feedbackLink).pathname, 'This feedback link is closed'],
    ];
    for (const page of [ann, bob, anon]) await page.setViewportSize({ width: 375, height: 740 });
    for (const [page, path, heading] of pages) {
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await fitsWidth(page), `${path} fits 375 px`).toBe(true);
      await expectAccessible(page, `${path} at 375 px`);
    }
  });
});
