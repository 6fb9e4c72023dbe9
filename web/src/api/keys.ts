/**
 * Query keys, in one place so that invalidation cannot drift from the queries. Each feature's hooks
 * (features/<capability>/api) take their keys from here.
 */
export const meKey = ['me'] as const;
export const instanceKey = ['instance'] as const;
export const tokensKey = ['tokens'] as const;

/**
 * Everything about goals lives under this root, so any goal change can refresh it all with
 * `invalidateQueries({ queryKey: goalsKey })`. One goal is `['goals', id]`, and its page's data
 * (progress with the chart's series, check-ins, SMART review) sits below it, so deleting the goal
 * forgets them with it; the other keys use words that can never be an id.
 */
export const goalsKey = ['goals'] as const;
export const goalKeys = {
  list: (filter: object = {}) => [...goalsKey, 'list', filter] as const,
  attention: () => [...goalsKey, 'attention'] as const,
  reviewDraft: (draft: object) => [...goalsKey, 'review-draft', draft] as const,
  one: (id: string) => [...goalsKey, id] as const,
  progress: (id: string, asOf?: string) => [...goalsKey, id, 'progress', asOf ?? 'today'] as const,
  checkIns: (id: string, descendants: boolean) => [...goalsKey, id, 'check-ins', { descendants }] as const,
  review: (id: string) => [...goalsKey, id, 'review'] as const,
  /** The review of an unsaved change to a goal: below the goal, so it is forgotten with it. */
  reviewChange: (id: string, change: object) => [...goalsKey, id, 'review', change] as const,
};

/**
 * Everything about skills, roles and target roles lives under this root. Below it, four branches,
 * each refreshed by what changes it:
 * - `catalogue`: searches of the skill catalogue and single skills; they change only when the
 *   person adds, changes or deletes a skill of their own.
 * - `mine`: where the person stands (my skills, and each skill's assessments); an assessment
 *   changes it, and the targets with it.
 * - `roles`: role searches and single roles; changing or deleting a role of one's own changes them,
 *   and the targets of that role.
 * - `targets`: the target roles with their readiness, and each target's gap; any assessment or
 *   role change refreshes them.
 * Skill and role ids are never the words used here, so `[…, 'catalogue', id]` cannot collide.
 */
export const skillsKey = ['skills'] as const;
export const skillKeys = {
  catalogue: () => [...skillsKey, 'catalogue'] as const,
  search: (query: object) => [...skillsKey, 'catalogue', 'search', query] as const,
  one: (id: string) => [...skillsKey, 'catalogue', id] as const,
  mine: () => [...skillsKey, 'mine'] as const,
  assessments: (skillId: string) => [...skillsKey, 'mine', skillId, 'assessments'] as const,
  roles: () => [...skillsKey, 'roles'] as const,
  roleSearch: (query: object) => [...skillsKey, 'roles', 'search', query] as const,
  role: (id: string) => [...skillsKey, 'roles', id] as const,
  targets: () => [...skillsKey, 'targets'] as const,
  targetList: () => [...skillsKey, 'targets', 'list'] as const,
  gap: (targetId: string) => [...skillsKey, 'targets', targetId, 'gap'] as const,
};

/**
 * Learning activities and their time logs live under this root:
 * - `list`: every activity (the Learning page filters them itself) or those of one skill or goal;
 * - `expiring`: credentials by the day they expire (the Home page);
 * - `one`: an activity with its hours spent, and below it `log`, its time log, so deleting the
 *   activity forgets both.
 * A change of an activity refreshes the whole root. A log entry changes its activity's hours (the
 * lists and `one`) and its log; as it checks in on the activity's goal, it also refreshes
 * `goalsKey`, and as it moves hours per skill, the ledger (`practiceKeys.ledger()`). Activity ids
 * are never the words used here.
 */
export const learningKey = ['learning'] as const;
export const learningKeys = {
  list: (filter: object = {}) => [...learningKey, 'list', filter] as const,
  expiring: (within: number) => [...learningKey, 'expiring', within] as const,
  one: (id: string) => [...learningKey, id] as const,
  log: (id: string) => [...learningKey, id, 'log'] as const,
};

/**
 * The practice log and the knowledge-vs-practice ledger live under this root:
 * - `list`: practice entries, all or those of one skill;
 * - `ledger`: the ledger of every skill, and below it one skill's row.
 * A practice entry changes the lists and the ledger (the whole root), and the goal it checks in on
 * (`goalsKey`). Learning changes refresh only `ledger()`.
 */
export const practiceKey = ['practice'] as const;
export const practiceKeys = {
  list: (filter: object = {}) => [...practiceKey, 'list', filter] as const,
  ledger: () => [...practiceKey, 'ledger'] as const,
  skillLedger: (skillId: string) => [...practiceKey, 'ledger', skillId] as const,
};

/**
 * The content log, feeds and their inbox live under this root, in two branches:
 * - `entries`: the log's lists (by filter) and single entries. Adding, changing or deleting an entry,
 *   and a Goodreads import, refresh this branch; a done entry with skills also moves the ledger's
 *   content minutes, so entry changes refresh `practiceKeys.ledger()` too.
 * - `feeds`: the feeds followed (with their counts of new items and last errors) and the inbox.
 *   Following, unfollowing, refreshing, an OPML import, and queueing or dismissing an item refresh
 *   this branch; queueing also makes an entry, so it refreshes `entries` as well.
 * Entry ids are never the words used here.
 */
export const contentKey = ['content'] as const;
export const contentKeys = {
  entries: () => [...contentKey, 'entries'] as const,
  list: (filter: object = {}) => [...contentKey, 'entries', 'list', filter] as const,
  one: (id: string) => [...contentKey, 'entries', id] as const,
  feeds: () => [...contentKey, 'feeds'] as const,
  feedList: () => [...contentKey, 'feeds', 'list'] as const,
  inbox: () => [...contentKey, 'feeds', 'inbox'] as const,
};

/**
 * The network (contacts, their interactions, the due list and the keep-in-touch defaults) lives
 * under this root, in three branches:
 * - `contacts`: the contact lists (by filter, a page at a time) and single contacts, and below each
 *   contact its timeline (`interactions`), so deleting a contact forgets both. Adding, changing or
 *   deleting a contact, an import, and any interaction change refresh this branch: an interaction
 *   moves its contacts' last and next contact dates, and a deleted contact leaves the timelines of
 *   the interactions it shared.
 * - `due`: who is due, losing touch, and the follow-ups of the week (the Network and Home pages).
 *   Everything that refreshes `contacts` refreshes it too, and so does marking a follow-up done.
 * - `settings`: the default cadence of each role. Changing it moves every clock that counts from a
 *   default, so it refreshes the whole root.
 * An interaction with a goal checks in 1 on it, so interaction changes and contact deletions also
 * refresh `goalsKey`. Contact ids are never the words used here.
 */
export const networkKey = ['network'] as const;
export const networkKeys = {
  contacts: () => [...networkKey, 'contacts'] as const,
  list: (filter: object = {}) => [...networkKey, 'contacts', 'list', filter] as const,
  one: (id: string) => [...networkKey, 'contacts', id] as const,
  interactions: (contactId: string) => [...networkKey, 'contacts', contactId, 'interactions'] as const,
  due: () => [...networkKey, 'due'] as const,
  settings: () => [...networkKey, 'settings'] as const,
};

/**
 * Mentorships, and everything drawn from one, live under this root:
 * - `list`: my mentorships as mentee and as mentor with the invitations to me (the Mentoring page);
 * - `one`: a mentorship, and below it its `sessions`, its `action-items` and its `shared` view (what
 *   the mentee shares with the mentor), so whatever refreshes a mentorship reaches all of them;
 * - `myActionItems`: the action items assigned to me across mentorships (Home), by filter;
 * - `goalComments`: the comments from mentorships on one of my goals (its goal page).
 * Every mentoring change refreshes the whole root: a mentorship's state decides what may be seen and
 * done below it, a session moves its last and next session dates, an action item shows in its
 * mentorship and on Home, a comment in the shared view and on the goal's page. A session of a
 * mentorship kept with a contact is also an interaction with that contact, so sessions refresh the
 * network's `contacts` and `due` too; sharing a goal with mentors is a goal change (`goalsKey`).
 * The contact picker of the mentoring and feedback forms searches under `networkKeys.contacts()`
 * (`contactSearch`), so any contact change refreshes it. Mentorship and goal ids are never the words
 * used here.
 */
export const mentoringKey = ['mentoring'] as const;
export const mentoringKeys = {
  list: (filter: object = {}) => [...mentoringKey, 'list', filter] as const,
  one: (id: string) => [...mentoringKey, id] as const,
  sessions: (id: string) => [...mentoringKey, id, 'sessions'] as const,
  actionItems: (id: string) => [...mentoringKey, id, 'action-items'] as const,
  shared: (id: string) => [...mentoringKey, id, 'shared'] as const,
  myActionItems: (filter: object = {}) => [...mentoringKey, 'action-items', filter] as const,
  goalComments: (goalId: string) => [...mentoringKey, 'comments', goalId] as const,
  contactSearch: (q: string) => [...networkKeys.contacts(), 'search', q] as const,
};

/**
 * Feedback requests live under this root, in three branches:
 * - `sent`: the requests I sent, with their answers (the Feedback page). Asking, withdrawing and
 *   deleting refresh it.
 * - `inbox`: the open requests sent to my e-mail (the Inbox and its count on Home). Answering one
 *   refreshes it.
 * - `link`: the questions behind one feedback link, by its token (the public answer page, which
 *   asks nothing else).
 * An answer with a level becomes an assessment of the requester's skill: when her list of sent
 * requests shows a new one, her standing on skills (`skillKeys.mine()` with each skill's assessments,
 * and `skillKeys.targets()`) is refreshed.
 */
export const feedbackKey = ['feedback'] as const;
export const feedbackKeys = {
  sent: (filter: object = {}) => [...feedbackKey, 'sent', filter] as const,
  inbox: () => [...feedbackKey, 'inbox'] as const,
  link: (token: string) => [...feedbackKey, 'link', token] as const,
};

/**
 * Period reports live under this root, one per period asked for: `{period, date}` (no date: the
 * period holding today) or `{from, to}`, as the page's address has it.
 * A report counts what every capability holds (goals, learning, practice, content, the network,
 * mentoring, skills), so no change names it: it is never invalidated. Its query is stale at once
 * instead (`useReport`), so opening the page or coming back to a period shows the kept report and
 * asks for it again; a write anywhere can never leave an old report on screen past that.
 */
export const reportsKey = ['reports'] as const;
export const reportKeys = {
  one: (query: object) => [...reportsKey, query] as const,
};

/** The calendar feed: whether there is one, and since when (its address is never stored to read back). */
export const calendarFeedKey = ['calendar-feed'] as const;
