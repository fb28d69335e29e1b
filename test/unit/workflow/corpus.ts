// Workflows shared by the validator tests and the JSON Schema agreement test: the user's four workflows
// (issue 2), examples for every catalog action written from ../shared/spec/linkedapi-actions.md, and bad
// input. People, companies and posts are fictional.

export const P1 = 'https://www.linkedin.com/in/person1';
export const P2 = 'https://www.linkedin.com/in/szymon-nędza-31a654250/';
const HASHED = 'https://www.linkedin.com/in/ACoAAABcDeF0123456789_ghIJkl-mnOPqrSTuv';
const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAABcDeF0123456789,NAME_SEARCH,aB1c';
const COMPANY = 'https://www.linkedin.com/company/acme-robotics/';
const COMPANY_HASHED = 'https://www.linkedin.com/company/12345678';
const SALES_COMPANY = 'https://www.linkedin.com/sales/company/12345678';
const POST = 'https://www.linkedin.com/posts/jane-roe_robotics-activity-7212345678901234567-Ab1c/';
const POST_FEED = 'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/';
const POST_URN = 'urn:li:activity:7212345678901234567';
const COMMENT =
  'https://www.linkedin.com/feed/update/urn:li:activity:7212345678901234567/?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A7212345678901234567%2C7212345678901239999%29';
const JOB = 'https://www.linkedin.com/jobs/view/3812345678/';
const NEWSLETTER = 'https://www.linkedin.com/newsletters/robotics-weekly-7012345678901234567/';
const THREAD = '2-ZTk3YjQ1ZjgtOGE0Ny00Y2JhLWI5NTQtZDY0ZTY4ZGM1YzNlXzAxMA==';

/** The workflows of the user's documentation (issue 2); all must validate. */
export const USER_WORKFLOWS: readonly unknown[] = [
  {
    actionType: 'st.sendConnectionRequest',
    personUrl: 'https://www.linkedin.com/in/person1',
    note: 'Hi, I’d like to connect with you to discuss potential collaboration.',
    email: 'example1@gmail.com',
  },
  {
    actionType: 'st.sendConnectionRequest',
    label: 'person1',
    personUrl: 'https://www.linkedin.com/in/person1',
    note: 'Hi, I’d like to connect with you to discuss potential collaboration.',
    email: 'example1@gmail.com',
  },
  {
    actionType: 'st.withdrawConnectionRequest',
    personUrl: 'https://www.linkedin.com/in/person1',
    unfollow: true,
  },
  { actionType: 'st.retrievePendingRequests' },
];

/** Valid examples; together they use every catalog action, as a root where allowed and under each parent kind. */
export const CATALOG_EXAMPLES: ReadonlyArray<{ name: string; workflow: unknown }> = [
  {
    name: 'sendMessage root',
    workflow: { actionType: 'st.sendMessage', personUrl: P1, text: 'Hello Jane!' },
  },
  {
    name: 'sendMessage by thread, then manageConversation',
    workflow: {
      actionType: 'st.sendMessage',
      threadId: THREAD,
      text: 'Thanks, talk soon.',
      then: { actionType: 'st.manageConversation', operation: 'archive' },
    },
  },
  {
    name: 'openPersonPage with every person child',
    workflow: {
      actionType: 'st.openPersonPage',
      personUrl: P2,
      basicInfo: true,
      then: [
        { actionType: 'st.sendMessage', text: 'Hi!', label: 'msg' },
        { actionType: 'st.syncConversation', days: 14 },
        { actionType: 'nv.syncConversation' },
        { actionType: 'st.checkConnectionStatus' },
        { actionType: 'st.sendConnectionRequest', note: 'Hi, let us connect.' },
        { actionType: 'st.withdrawConnectionRequest', unfollow: false },
        { actionType: 'st.removeConnection' },
        { actionType: 'st.retrievePersonExperience' },
        { actionType: 'st.retrievePersonEducation' },
        { actionType: 'st.retrievePersonSkills' },
        { actionType: 'st.retrievePersonLanguages' },
        {
          actionType: 'st.retrievePersonPosts',
          limit: 5,
          since: '2024-05-01',
          then: { actionType: 'st.doForPosts', then: { actionType: 'st.openPost', basicInfo: true } },
        },
        { actionType: 'st.retrievePersonComments', limit: 20, since: '2024-05-01T09:00:00Z' },
        { actionType: 'st.retrievePersonReactions', since: '2024-02-29T23:59:59.123+02:00' },
        {
          actionType: 'nv.openPersonPage',
          basicInfo: true,
          then: { actionType: 'nv.sendMessage', subject: 'Hello', text: 'Hi!' },
        },
      ],
    },
  },
  {
    name: 'syncConversation root',
    workflow: { actionType: 'st.syncConversation', personUrl: HASHED, days: 90 },
  },
  { name: 'syncInbox', workflow: { actionType: 'st.syncInbox' } },
  { name: 'syncNetwork', workflow: { actionType: 'st.syncNetwork', label: 'network' } },
  {
    name: 'manageConversation root',
    workflow: { actionType: 'st.manageConversation', threadId: THREAD, operation: 'unmute' },
  },
  {
    name: 'checkConnectionStatus array',
    workflow: [
      { actionType: 'st.checkConnectionStatus', personUrl: P1 },
      {
        actionType: 'st.checkConnectionStatus',
        personUrl: 'http://uk.linkedin.com/in/person2?originalSubdomain=uk',
      },
    ],
  },
  {
    name: 'acceptInvitation of each type',
    workflow: [
      { actionType: 'st.acceptInvitation', invitationType: 'connect', personUrl: P1 },
      { actionType: 'st.acceptInvitation', invitationType: 'companyFollow', companyUrl: COMPANY },
      { actionType: 'st.acceptInvitation', invitationType: 'newsletterSubscribe', newsletterUrl: NEWSLETTER },
    ],
  },
  {
    name: 'ignoreInvitation',
    workflow: { actionType: 'st.ignoreInvitation', invitationType: 'connect', personUrl: P1 },
  },
  { name: 'retrieveInvitations', workflow: { actionType: 'st.retrieveInvitations' } },
  {
    name: 'retrievePendingRequests with a label',
    workflow: { actionType: 'st.retrievePendingRequests', label: 'pending' },
  },
  {
    name: 'retrieveConnections fan-out',
    workflow: {
      actionType: 'st.retrieveConnections',
      limit: 1000,
      since: '2024-01-01',
      filter: { firstName: 'Jane', locations: ['Berlin', 'Kraków'], currentCompanies: ['Acme'] },
      then: {
        actionType: 'st.doForPeople',
        then: {
          actionType: 'st.openPersonPage',
          then: { actionType: 'st.sendMessage', text: 'Happy new year!' },
        },
      },
    },
  },
  { name: 'removeConnection root', workflow: { actionType: 'st.removeConnection', personUrl: P1 } },
  {
    name: 'searchCompanies fan-out',
    workflow: {
      actionType: 'st.searchCompanies',
      term: 'robotics',
      limit: 3,
      filter: {
        sizes: ['11-50', '10001+'],
        locations: ['Poland'],
        industries: ['Automation Machinery Manufacturing'],
      },
      then: {
        actionType: 'st.doForCompanies',
        then: {
          actionType: 'st.openCompanyPage',
          basicInfo: true,
          then: { actionType: 'st.retrieveCompanyDMs', limit: 5 },
        },
      },
    },
  },
  {
    name: 'searchPeople fan-out',
    workflow: {
      actionType: 'st.searchPeople',
      term: 'CTO',
      limit: 10,
      filter: {
        position: 'CTO',
        industries: ['Software Development'],
        schools: ['TU Berlin'],
        previousCompanies: ['X'],
      },
      then: {
        actionType: 'st.doForPeople',
        then: [
          { actionType: 'st.openPersonPage', then: { actionType: 'st.sendConnectionRequest', note: 'Hi!' } },
        ],
      },
    },
  },
  {
    name: 'searchPeople by custom search URL',
    workflow: {
      actionType: 'st.searchPeople',
      customSearchUrl: 'https://www.linkedin.com/search/results/people/?keywords=cto&network=%5B%22S%22%5D',
    },
  },
  {
    name: 'searchCompanies by custom search URL',
    workflow: {
      actionType: 'st.searchCompanies',
      customSearchUrl: 'https://www.linkedin.com/search/results/companies/?keywords=robotics',
    },
  },
  {
    name: 'searchJobs classic filter fan-out',
    workflow: {
      actionType: 'st.searchJobs',
      term: 'TypeScript',
      location: 'Berlin',
      allowSimilarResults: false,
      filter: {
        datePosted: 'pastWeek',
        experienceLevels: ['midSeniorLevel', 'director'],
        employmentTypes: ['fullTime'],
        workplaceTypes: ['remote', 'hybrid'],
        easyApply: true,
        under10Applicants: false,
      },
      then: { actionType: 'st.doForJobs', then: { actionType: 'st.openJob', basicInfo: true } },
    },
  },
  {
    name: 'searchJobs AI preferences',
    workflow: {
      actionType: 'st.searchJobs',
      preferences: { experienceLevels: ['senior'], remote: true, keywords: ['robotics', 'ROS'] },
    },
  },
  {
    name: 'searchJobs by custom search URL',
    workflow: {
      actionType: 'st.searchJobs',
      customSearchUrl: 'https://www.linkedin.com/jobs/search/?keywords=rust',
    },
  },
  { name: 'openJob root', workflow: { actionType: 'st.openJob', jobUrl: JOB, basicInfo: true } },
  {
    name: 'openCompanyPage with every company child',
    workflow: {
      actionType: 'st.openCompanyPage',
      companyUrl: COMPANY,
      basicInfo: true,
      then: [
        {
          actionType: 'st.retrieveCompanyEmployees',
          limit: 500,
          filter: { position: 'Engineer', locations: ['Berlin'], schools: ['ETH'] },
          then: {
            actionType: 'st.doForPeople',
            then: { actionType: 'st.openPersonPage', then: { actionType: 'st.checkConnectionStatus' } },
          },
        },
        { actionType: 'st.retrieveCompanyDMs' },
        {
          actionType: 'st.retrieveCompanyPosts',
          since: '2024-06-01',
          then: {
            actionType: 'st.doForPosts',
            then: { actionType: 'st.openPost', then: { actionType: 'st.reactToPost', type: 'insightful' } },
          },
        },
        {
          actionType: 'nv.openCompanyPage',
          then: [
            { actionType: 'nv.retrieveCompanyEmployees', limit: 2500 },
            { actionType: 'st.openCompanyPage' },
          ],
        },
      ],
    },
  },
  {
    name: 'openPost with every post child',
    workflow: {
      actionType: 'st.openPost',
      postUrl: POST,
      basicInfo: true,
      then: [
        { actionType: 'st.reactToPost', type: 'celebrate' },
        { actionType: 'st.commentOnPost', text: 'Great work!', companyUrl: COMPANY },
        { actionType: 'st.retrievePostComments', limit: 500, replies: true, sort: 'mostRecent' },
        { actionType: 'st.retrievePostReactions', limit: 1000 },
      ],
    },
  },
  { name: 'openPost by URN', workflow: { actionType: 'st.openPost', postUrn: POST_URN } },
  {
    name: 'openPost by URL and the same URN',
    workflow: { actionType: 'st.openPost', postUrl: POST_FEED, postUrn: POST_URN },
  },
  {
    name: 'reactToPost root as company',
    workflow: { actionType: 'st.reactToPost', postUrl: POST_FEED, type: 'like', companyUrl: COMPANY },
  },
  {
    name: 'commentOnPost root',
    workflow: { actionType: 'st.commentOnPost', postUrl: POST, text: 'Congratulations!' },
  },
  { name: 'reactToComment', workflow: { actionType: 'st.reactToComment', commentUrl: COMMENT } },
  {
    name: 'replyToComment',
    workflow: { actionType: 'st.replyToComment', commentUrl: COMMENT, text: 'Agreed.' },
  },
  {
    name: 'createPost with images and a mention',
    workflow: {
      actionType: 'st.createPost',
      text: 'Shipping day with @[jane]!',
      attachments: [
        { type: 'image', url: 'https://cdn.example.org/a.png' },
        { type: 'image', url: 'https://cdn.example.org/b.jpg' },
      ],
      mentions: [{ key: 'jane', name: 'Jane Roe', personHashedUrl: HASHED }],
    },
  },
  {
    name: 'createPost as company with a document',
    workflow: {
      actionType: 'st.createPost',
      text: 'Our annual report',
      companyUrl: COMPANY,
      attachments: [{ type: 'document', url: 'https://cdn.example.org/report.pdf', name: 'Report 2025' }],
    },
  },
  {
    name: 'createRepost with commentary',
    workflow: {
      actionType: 'st.createRepost',
      postUrn: POST_URN,
      text: 'Worth a read, @[acme]',
      mentions: [{ key: 'acme', name: 'Acme Robotics', companyHashedUrl: COMPANY_HASHED }],
    },
  },
  {
    name: 'searchPosts fan-out',
    workflow: {
      actionType: 'st.searchPosts',
      term: 'robotics',
      limit: 20,
      filter: {
        sort: 'latest',
        datePosted: 'pastWeek',
        contentType: 'documents',
        postedBy: ['firstConnections'],
        fromMembers: ['Jane Roe', { name: 'John Doe', urn: 'urn:li:member:123456' }],
        authorCompanies: [{ name: 'Acme', companyHashedUrl: SALES_COMPANY }],
        authorIndustries: ['Robotics Engineering'],
      },
      then: {
        actionType: 'st.doForPosts',
        then: { actionType: 'st.openPost', then: { actionType: 'st.commentOnPost', text: 'Nice!' } },
      },
    },
  },
  {
    name: 'searchPosts by custom search URL',
    workflow: {
      actionType: 'st.searchPosts',
      customSearchUrl: 'https://www.linkedin.com/search/results/content/?keywords=ros',
      limit: 100,
    },
  },
  {
    name: 'retrieveFeed fan-out',
    workflow: {
      actionType: 'st.retrieveFeed',
      limit: 100,
      then: {
        actionType: 'st.doForPosts',
        then: { actionType: 'st.openPost', then: { actionType: 'st.retrievePostReactions' } },
      },
    },
  },
  {
    name: 'retrieveProfileViewers',
    workflow: { actionType: 'st.retrieveProfileViewers', limit: 300, since: '2024-05-01' },
  },
  {
    name: 'retrieveSSI and retrievePerformance',
    workflow: [{ actionType: 'st.retrieveSSI' }, { actionType: 'st.retrievePerformance' }],
  },
  {
    name: 'nv.sendMessage root',
    workflow: { actionType: 'nv.sendMessage', personUrl: P1, subject: 'Quick question', text: 'Hi Jane' },
  },
  {
    name: 'nv.sendMessage reply by thread',
    workflow: { actionType: 'nv.sendMessage', threadId: THREAD, text: 'Following up' },
  },
  {
    name: 'nv.syncConversation root',
    workflow: { actionType: 'nv.syncConversation', personUrl: P1, days: 1 },
  },
  { name: 'nv.syncInbox', workflow: { actionType: 'nv.syncInbox' } },
  {
    name: 'nv.manageConversation',
    workflow: { actionType: 'nv.manageConversation', threadId: THREAD, operation: 'unarchive' },
  },
  {
    name: 'nv.searchCompanies fan-out',
    workflow: {
      actionType: 'nv.searchCompanies',
      term: 'robotics',
      limit: 1000,
      filter: { sizes: ['51-200'], annualRevenue: { min: '2.5', max: '1000+' } },
      then: {
        actionType: 'nv.doForCompanies',
        then: {
          actionType: 'nv.openCompanyPage',
          then: [
            {
              actionType: 'nv.retrieveCompanyDMs',
              then: { actionType: 'nv.doForPeople', then: { actionType: 'nv.openPersonPage' } },
            },
            { actionType: 'st.openCompanyPage', then: { actionType: 'st.retrieveCompanyDMs' } },
          ],
        },
      },
    },
  },
  {
    name: 'nv.searchPeople fan-out',
    workflow: {
      actionType: 'nv.searchPeople',
      term: 'VP Engineering',
      limit: 2500,
      filter: { yearsOfExperience: ['sixToTen', 'moreThanTen'], currentCompanies: ['Acme'] },
      then: {
        actionType: 'nv.doForPeople',
        then: {
          actionType: 'nv.openPersonPage',
          then: [
            { actionType: 'nv.sendMessage', subject: 'Intro', text: 'Hello!' },
            { actionType: 'nv.syncConversation', days: 30 },
            { actionType: 'st.openPersonPage', then: { actionType: 'st.checkConnectionStatus' } },
          ],
        },
      },
    },
  },
  {
    name: 'nv.searchPeople by custom search URL',
    workflow: {
      actionType: 'nv.searchPeople',
      customSearchUrl: 'https://www.linkedin.com/sales/search/people?savedSearchId=123',
    },
  },
  {
    name: 'nv.searchCompanies by custom search URL',
    workflow: {
      actionType: 'nv.searchCompanies',
      customSearchUrl: 'https://www.linkedin.com/sales/search/company?query=x',
    },
  },
  {
    name: 'nv.openCompanyPage root with employees',
    workflow: {
      actionType: 'nv.openCompanyPage',
      companyHashedUrl: SALES_COMPANY,
      basicInfo: true,
      then: {
        actionType: 'nv.retrieveCompanyEmployees',
        limit: 25,
        filter: { positions: ['CTO', 'VP Engineering'], yearsOfExperiences: ['threeToFive'] },
        then: {
          actionType: 'nv.doForPeople',
          then: { actionType: 'nv.openPersonPage', then: { actionType: 'nv.syncConversation' } },
        },
      },
    },
  },
  {
    name: 'nv.openCompanyPage by hashed company URL',
    workflow: { actionType: 'nv.openCompanyPage', companyHashedUrl: COMPANY_HASHED },
  },
  {
    name: 'nv.openPersonPage by lead URL',
    workflow: { actionType: 'nv.openPersonPage', personHashedUrl: LEAD, basicInfo: true },
  },
  {
    name: 'nv.openPersonPage by hashed profile URL',
    workflow: { actionType: 'nv.openPersonPage', personHashedUrl: HASHED },
  },
  {
    name: 'st.sendConnectionRequest on a lead page (beyond Linked API)',
    workflow: { actionType: 'st.sendConnectionRequest', personUrl: LEAD, note: 'Hi' },
  },
  {
    name: 'st.withdrawConnectionRequest on a lead page (beyond Linked API)',
    workflow: { actionType: 'st.withdrawConnectionRequest', personUrl: LEAD },
  },
];

export interface InvalidCase {
  name: string;
  input: unknown;
  type: 'invalidWorkflow' | 'invalidRequestPayload';
  message: string;
  /** Set when JSON Schema cannot express the rule; the agreement test then expects the schema to accept. */
  schemaCannotExpress?: string;
}

const hostilePersonUrls: ReadonlyArray<[string, string]> = [
  ['https://linkedin.com.evil.io/in/person1', 'must be on linkedin.com, not on "linkedin.com.evil.io"'],
  ['https://evil-linkedin.com/in/person1', 'must be on linkedin.com, not on "evil-linkedin.com"'],
  ['https://www.linkedin.co/in/person1', 'must be on linkedin.com, not on "www.linkedin.co"'],
  ['https://www.xn--lnkedin-yya.com/in/person1', 'must be on linkedin.com, not on "www.xn--lnkedin-yya.com"'],
  ['https://www.lınkedin.com/in/person1', 'must be on linkedin.com, not on "www.xn--lnkedin-rfb.com"'],
  ['https://linkedin.com@evil.io/in/person1', 'must not contain a user name or password'],
  ['https://www.linkedin.com:8443/in/person1', 'must not contain a port'],
  [
    'javascript:alert(document.cookie)//https://www.linkedin.com/in/person1',
    'must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>); only https:// URLs on linkedin.com are accepted',
  ],
  [
    'data:text/html,<script>alert(1)</script>',
    'must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>); only https:// URLs on linkedin.com are accepted',
  ],
];

export const INVALID_CASES: readonly InvalidCase[] = [
  // Not an object or array.
  {
    name: 'null',
    input: null,
    type: 'invalidRequestPayload',
    message: 'workflow: expected a JSON object or an array of them, got null',
  },
  {
    name: 'number',
    input: 42,
    type: 'invalidRequestPayload',
    message: 'workflow: expected a JSON object or an array of them, got a number',
  },
  {
    name: 'string',
    input: 'st.retrieveSSI',
    type: 'invalidRequestPayload',
    message: 'workflow: expected a JSON object or an array of them, got a string',
  },
  {
    name: 'boolean',
    input: true,
    type: 'invalidRequestPayload',
    message: 'workflow: expected a JSON object or an array of them, got a boolean',
  },
  // Arrays.
  {
    name: 'empty array',
    input: [],
    type: 'invalidWorkflow',
    message: 'workflow: must contain at least one action',
  },
  {
    name: 'array of non-objects',
    input: [1, 'st.retrieveSSI', null, [{ actionType: 'st.retrieveSSI' }], { actionType: 'st.retrieveSSI' }],
    type: 'invalidWorkflow',
    message:
      '[0]: expected an action object, got a number; [1]: expected an action object, got a string; [2]: expected an action object, got null; [3]: expected an action object, got an array',
  },
  { name: 'empty object', input: {}, type: 'invalidWorkflow', message: 'actionType: required' },
  {
    name: 'actionType not a string',
    input: { actionType: 7 },
    type: 'invalidWorkflow',
    message: 'actionType: expected a string, got a number',
  },
  {
    name: 'unknown action type with hint',
    input: [{ actionType: 'st.sendConnectionRequests', personUrl: P1 }],
    type: 'invalidWorkflow',
    message:
      '[0].actionType: unknown action type "st.sendConnectionRequests" (did you mean "st.sendConnectionRequest"?)',
  },
  {
    name: 'action type without namespace',
    input: { actionType: 'retrievePendingRequests' },
    type: 'invalidWorkflow',
    message:
      'actionType: unknown action type "retrievePendingRequests" (did you mean "st.retrievePendingRequests"?)',
  },
  {
    name: 'deprecated acceptConnectionRequest',
    input: { actionType: 'st.acceptConnectionRequest', personUrl: P1 },
    type: 'invalidWorkflow',
    message:
      'actionType: st.acceptConnectionRequest was renamed to st.acceptInvitation (with invitationType "connect")',
  },
  {
    name: 'deprecated ignoreConnectionRequest',
    input: { actionType: 'st.ignoreConnectionRequest', personUrl: P1 },
    type: 'invalidWorkflow',
    message:
      'actionType: st.ignoreConnectionRequest was renamed to st.ignoreInvitation (with invitationType "connect")',
  },
  {
    name: 'deprecated retrieveConnectionRequests',
    input: { actionType: 'st.retrieveConnectionRequests' },
    type: 'invalidWorkflow',
    message:
      'actionType: st.retrieveConnectionRequests was renamed to st.retrieveInvitations (which also lists company and newsletter invitations)',
  },
  // Parameters.
  {
    name: 'misspelled note',
    input: { actionType: 'st.sendConnectionRequest', personUrl: P1, notee: 'Hi' },
    type: 'invalidWorkflow',
    message: 'notee: unknown parameter (did you mean "note"?)',
  },
  {
    name: 'wrong case personurl',
    input: [{ actionType: 'st.checkConnectionStatus', personurl: P1 }],
    type: 'invalidWorkflow',
    message:
      '[0].personUrl: required when st.checkConnectionStatus is a root action; [0].personurl: unknown parameter (did you mean "personUrl"?)',
  },
  {
    name: 'unknown parameter without hint',
    input: { actionType: 'st.retrieveSSI', verbose: true },
    type: 'invalidWorkflow',
    message: 'verbose: unknown parameter',
  },
  {
    name: 'unknown filter field',
    input: { actionType: 'st.searchPeople', filter: { firstname: 'Jane' } },
    type: 'invalidWorkflow',
    message: 'filter.firstname: unknown field (did you mean "firstName"?)',
  },
  {
    name: 'MCP spelling of yearsOfExperience',
    input: { actionType: 'nv.searchPeople', filter: { yearsOfExperiences: ['oneToTwo'] } },
    type: 'invalidWorkflow',
    message: 'filter.yearsOfExperiences: unknown field (did you mean "yearsOfExperience"?)',
  },
  {
    name: '__proto__ parameter',
    input: JSON.parse('{"actionType":"st.retrieveSSI","__proto__":{"polluted":true}}'),
    type: 'invalidWorkflow',
    message: '__proto__: unknown parameter',
  },
  {
    name: 'types',
    input: {
      actionType: 'st.openPersonPage',
      personUrl: P1,
      basicInfo: 'yes',
      then: [
        { actionType: 'st.sendConnectionRequest', note: 5 },
        { actionType: 'st.withdrawConnectionRequest', unfollow: 1 },
      ],
    },
    type: 'invalidWorkflow',
    message:
      'basicInfo: expected true or false, got a string; then[0].note: expected a string, got a number; then[1].unfollow: expected true or false, got a number',
  },
  {
    name: 'limits',
    input: [
      { actionType: 'st.searchPeople', limit: 1001 },
      { actionType: 'st.searchPeople', limit: 0 },
      { actionType: 'st.searchPeople', limit: 2.5 },
      { actionType: 'st.searchPeople', limit: '10' },
      { actionType: 'st.retrieveFeed', limit: 101 },
      { actionType: 'st.syncConversation', personUrl: P1, days: 91 },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].limit: must be an integer from 1 to 1000; [1].limit: must be an integer from 1 to 1000; [2].limit: must be an integer from 1 to 1000; [3].limit: must be an integer from 1 to 1000; [4].limit: must be an integer from 1 to 100; [5].days: must be an integer from 1 to 90',
  },
  {
    name: 'text lengths',
    input: [
      { actionType: 'st.sendConnectionRequest', personUrl: P1, note: 'x'.repeat(301) },
      { actionType: 'st.sendMessage', personUrl: P1, text: 'x'.repeat(1901) },
      { actionType: 'st.sendMessage', personUrl: P1, text: '' },
      { actionType: 'st.sendMessage', personUrl: P1, text: ' \n\t ' },
      { actionType: 'st.commentOnPost', postUrl: POST, text: 'x'.repeat(1001) },
      { actionType: 'st.createPost', text: 'x'.repeat(3001) },
      { actionType: 'nv.sendMessage', personUrl: P1, subject: 'x'.repeat(81), text: 'Hi' },
      { actionType: 'st.searchPosts', term: 'x'.repeat(51) },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].note: at most 300 characters; [1].text: at most 1900 characters; [2].text: must not be empty or blank; [3].text: must not be empty or blank; [4].text: at most 1000 characters; [5].text: at most 3000 characters; [6].subject: at most 80 characters; [7].term: at most 50 characters',
  },
  {
    name: 'note of exactly 300 characters is fine, 301 is not',
    input: [
      { actionType: 'st.sendConnectionRequest', personUrl: P1, note: 'x'.repeat(300) },
      { actionType: 'st.sendConnectionRequest', personUrl: P1, note: 'ż'.repeat(301) },
    ],
    type: 'invalidWorkflow',
    message: '[1].note: at most 300 characters',
  },
  {
    name: 'note counted in UTF-16 code units (emoji count twice)',
    input: { actionType: 'st.sendConnectionRequest', personUrl: P1, note: '😀'.repeat(151) },
    type: 'invalidWorkflow',
    message: 'note: at most 300 characters',
    schemaCannotExpress:
      'JSON Schema counts code points; the validator counts UTF-16 code units like LinkedIn',
  },
  {
    name: 'missing required text',
    input: { actionType: 'st.sendMessage', personUrl: P1 },
    type: 'invalidWorkflow',
    message: 'text: required',
  },
  {
    name: 'enums',
    input: [
      { actionType: 'st.reactToPost', postUrl: POST, type: 'wow' },
      { actionType: 'st.manageConversation', threadId: THREAD, operation: 'delete' },
      { actionType: 'nv.manageConversation', threadId: THREAD, operation: 'star' },
      { actionType: 'st.acceptInvitation', invitationType: 'event', personUrl: P1 },
      { actionType: 'st.searchCompanies', filter: { sizes: ['1-50'] } },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].type: must be one of "like", "celebrate", "support", "love", "insightful", "funny"; [1].operation: must be one of "archive", "unarchive", "star", "unstar", "mute", "unmute"; [2].operation: must be one of "archive", "unarchive"; [3].invitationType: must be one of "connect", "companyFollow", "newsletterSubscribe"; [4].filter.sizes[0]: must be one of "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001-10000", "10001+"',
  },
  {
    name: 'emails',
    input: [
      { actionType: 'st.sendConnectionRequest', personUrl: P1, email: 'jane.roe' },
      { actionType: 'st.sendConnectionRequest', personUrl: P1, email: 'jane@roe' },
      { actionType: 'st.sendConnectionRequest', personUrl: P1, email: `${'a'.repeat(250)}@example.org` },
      { actionType: 'st.sendConnectionRequest', personUrl: P1, email: 'jane roe@example.org' },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].email: must be an e-mail address (name@example.com); [1].email: must be an e-mail address (name@example.com); [2].email: at most 254 characters; [3].email: must be an e-mail address (name@example.com)',
  },
  {
    name: 'dates',
    input: [
      { actionType: 'st.retrieveConnections', since: '2024-02-30' },
      { actionType: 'st.retrieveConnections', since: '2023-02-29' },
      { actionType: 'st.retrieveConnections', since: '2024-05-01T09:00:00' },
      { actionType: 'st.retrieveConnections', since: 'yesterday' },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].since: must be an ISO 8601 date or date-time with a time zone (e.g. 2024-05-01 or 2024-05-01T09:00:00Z); [1].since: must be an ISO 8601 date or date-time with a time zone (e.g. 2024-05-01 or 2024-05-01T09:00:00Z); [2].since: must be an ISO 8601 date or date-time with a time zone (e.g. 2024-05-01 or 2024-05-01T09:00:00Z); [3].since: must be an ISO 8601 date or date-time with a time zone (e.g. 2024-05-01 or 2024-05-01T09:00:00Z)',
  },
  {
    name: 'a public profile URL where a hashed or lead URL is required',
    input: { actionType: 'nv.openPersonPage', personHashedUrl: P1 },
    type: 'invalidWorkflow',
    message:
      'personHashedUrl: must be a hashed profile URL (https://www.linkedin.com/in/ACoAA…) or a Sales Navigator lead URL, not a public profile URL',
  },
  // URLs.
  ...hostilePersonUrls.map(([url, message]): InvalidCase => ({
    name: `hostile person URL ${url}`,
    // st.sendConnectionRequest also takes lead URLs (its message names both kinds).
    input: { actionType: 'st.checkConnectionStatus', personUrl: url },
    type: 'invalidWorkflow',
    message: `personUrl: ${message}`,
  })),
  {
    name: 'URL of the wrong kind',
    input: [
      { actionType: 'st.openPersonPage', personUrl: COMPANY },
      { actionType: 'st.openCompanyPage', companyUrl: P1 },
      { actionType: 'st.openJob', jobUrl: POST },
      { actionType: 'nv.openCompanyPage', companyHashedUrl: COMPANY },
      {
        actionType: 'st.searchPeople',
        customSearchUrl: 'https://www.linkedin.com/search/results/companies/?keywords=x',
      },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>), not a company URL; [1].companyUrl: must be a LinkedIn company URL (https://www.linkedin.com/company/<name>), not a profile URL; [2].jobUrl: must be a LinkedIn job URL (https://www.linkedin.com/jobs/view/<id>), not a post URL; [3].companyHashedUrl: must be a hashed company URL (https://www.linkedin.com/company/<number>) or a Sales Navigator company URL (https://www.linkedin.com/sales/company/<number>); a /company/<name> URL is not hashed; [4].customSearchUrl: must be a LinkedIn people search URL (https://www.linkedin.com/search/results/people/?…), not a company search URL',
  },
  {
    name: 'malformed person URLs',
    input: [
      { actionType: 'st.openPersonPage', personUrl: 'www.linkedin.com/in/person1' },
      { actionType: 'st.openPersonPage', personUrl: 'https://www.linkedin.com/in/person 1' },
      { actionType: 'st.openPersonPage', personUrl: 'https://www.linkedin.com/in/' },
      { actionType: 'st.openPersonPage', personUrl: 'https://www.linkedin.com/in/person1/details/skills/' },
      { actionType: 'st.openPersonPage', personUrl: 'HTTPS://WWW.LINKEDIN.COM/in/person1' },
      {
        actionType: 'st.openPersonPage',
        personUrl: `https://www.linkedin.com/in/person1?q=${'x'.repeat(2100)}`,
      },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>); only https:// URLs on linkedin.com are accepted; [1].personUrl: must not contain spaces or control characters; [2].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>); [3].personUrl: must be a LinkedIn profile URL (https://www.linkedin.com/in/<public-id>); [4].personUrl: scheme and host must be lower-case (https://www.linkedin.com/…); [5].personUrl: at most 2048 characters',
  },
  {
    name: 'percent-encoding that is not UTF-8',
    input: { actionType: 'st.openPersonPage', personUrl: 'https://www.linkedin.com/in/szymon-n%C4dza' },
    type: 'invalidWorkflow',
    message: 'personUrl: contains invalid percent-encoding',
    schemaCannotExpress: 'UTF-8 well-formedness of percent-encoded bytes',
  },
  // Root and child target rules.
  {
    name: 'root without its target',
    input: [
      { actionType: 'st.sendConnectionRequest', note: 'Hi' },
      { actionType: 'st.sendMessage', text: 'Hi' },
      { actionType: 'st.openPost' },
      { actionType: 'nv.openPersonPage' },
      { actionType: 'st.reactToComment' },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].personUrl: required when st.sendConnectionRequest is a root action; [1].personUrl: required when st.sendMessage is a root action (or give threadId); [2].postUrl: required when st.openPost is a root action (or give postUrn); [3].personHashedUrl: required when nv.openPersonPage is a root action; [4].commentUrl: required when st.reactToComment is a root action',
  },
  {
    name: 'target under a parent',
    input: {
      actionType: 'st.searchPeople',
      then: {
        actionType: 'st.doForPeople',
        then: {
          actionType: 'st.openPersonPage',
          personUrl: P1,
          then: [
            { actionType: 'st.sendConnectionRequest', personUrl: P1 },
            {
              actionType: 'st.sendMessage',
              text: 'Hi',
              then: { actionType: 'st.manageConversation', threadId: THREAD, operation: 'star' },
            },
          ],
        },
      },
    },
    type: 'invalidWorkflow',
    message:
      'then.then.personUrl: not allowed under a parent action (st.doForPeople supplies the person); then.then.then[0].personUrl: not allowed under a parent action (st.openPersonPage supplies the person); then.then.then[1].then.threadId: not allowed under a parent action (st.sendMessage supplies the conversation)',
  },
  // Parent/child rules.
  {
    name: 'child not allowed under parent',
    input: [
      { actionType: 'st.searchPeople', then: { actionType: 'st.openPersonPage' } },
      {
        actionType: 'st.openPersonPage',
        personUrl: P1,
        then: [{ actionType: 'st.reactToPost', type: 'like' }],
      },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].then.actionType: st.openPersonPage cannot run under st.searchPeople (allowed there: st.doForPeople); [1].then[0].actionType: st.reactToPost cannot run under st.openPersonPage (allowed there: st.sendMessage, st.syncConversation, nv.syncConversation, st.checkConnectionStatus, st.sendConnectionRequest, st.withdrawConnectionRequest, st.removeConnection, st.retrievePersonExperience, st.retrievePersonEducation, st.retrievePersonSkills, st.retrievePersonLanguages, st.retrievePersonPosts, st.retrievePersonComments, st.retrievePersonReactions, nv.openPersonPage)',
  },
  {
    name: 'child-only actions at the root',
    input: [
      { actionType: 'st.doForPeople' },
      { actionType: 'st.retrievePersonSkills' },
      { actionType: 'nv.retrieveCompanyEmployees' },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].actionType: st.doForPeople cannot start a workflow; it runs under st.searchPeople or st.retrieveConnections or st.retrieveCompanyEmployees or st.retrieveCompanyDMs; [1].actionType: st.retrievePersonSkills cannot start a workflow; it runs under st.openPersonPage; [2].actionType: nv.retrieveCompanyEmployees cannot start a workflow; it runs under nv.openCompanyPage',
  },
  {
    name: 'then on an action without children',
    input: {
      actionType: 'st.sendConnectionRequest',
      personUrl: P1,
      then: { actionType: 'st.checkConnectionStatus' },
    },
    type: 'invalidWorkflow',
    message: 'then: st.sendConnectionRequest takes no child actions',
  },
  {
    name: 'malformed then',
    input: [
      { actionType: 'st.searchPeople', then: [] },
      { actionType: 'st.searchPeople', then: null },
      { actionType: 'st.searchPeople', then: 'st.doForPeople' },
      { actionType: 'st.searchPeople', then: [{ actionType: 'st.doForPeople' }, 3] },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].then: must contain at least one action; [1].then: expected an action object or an array of them, got null; [2].then: expected an action object or an array of them, got a string; [3].then[1]: expected an action object, got a number',
  },
  // Labels.
  {
    name: 'labels',
    input: [
      { actionType: 'st.retrieveSSI', label: '' },
      { actionType: 'st.retrieveSSI', label: 'x'.repeat(201) },
      { actionType: 'st.retrieveSSI', label: 7 },
      { actionType: 'st.retrieveSSI', label: 'x'.repeat(200) },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].label: must not be empty; [1].label: at most 200 characters; [2].label: expected a string, got a number',
  },
  // Cross-parameter rules.
  {
    name: 'invitation URL must match invitationType',
    input: [
      { actionType: 'st.acceptInvitation', invitationType: 'connect', companyUrl: COMPANY },
      {
        actionType: 'st.ignoreInvitation',
        invitationType: 'newsletterSubscribe',
        newsletterUrl: NEWSLETTER,
        personUrl: P1,
      },
      { actionType: 'st.acceptInvitation', personUrl: P1 },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].personUrl: required when invitationType is "connect"; [0].companyUrl: not allowed when invitationType is "connect"; [1].personUrl: not allowed when invitationType is "newsletterSubscribe"; [2].invitationType: required',
  },
  {
    name: 'searchJobs filter with preferences',
    input: { actionType: 'st.searchJobs', filter: { remote: true }, preferences: { remote: true } },
    type: 'invalidWorkflow',
    message:
      'filter.remote: unknown field; preferences: not allowed together with filter (filter targets the classic jobs search, preferences the AI-powered one)',
  },
  {
    name: 'searchPosts rules',
    input: [
      { actionType: 'st.searchPosts', limit: 5 },
      {
        actionType: 'st.searchPosts',
        term: 'ros',
        limit: 50,
        then: { actionType: 'st.doForPosts', then: { actionType: 'st.openPost' } },
      },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].term: required unless customSearchUrl is given; [1].limit: at most 20 when child actions are attached',
  },
  {
    name: 'nv.sendMessage subject',
    input: [
      { actionType: 'nv.sendMessage', personUrl: P1, text: 'Hi' },
      {
        actionType: 'nv.openPersonPage',
        personHashedUrl: LEAD,
        then: { actionType: 'nv.sendMessage', text: 'Hi' },
      },
    ],
    type: 'invalidWorkflow',
    message: '[0].subject: required unless threadId is given; [1].then.subject: required',
  },
  {
    name: 'createPost attachments',
    input: [
      {
        actionType: 'st.createPost',
        text: 'Hi',
        attachments: [
          { type: 'image', url: 'https://cdn.example.org/a.png' },
          { type: 'video', url: 'https://cdn.example.org/a.mp4' },
        ],
      },
      {
        actionType: 'st.createPost',
        text: 'Hi',
        attachments: [{ type: 'document', url: 'https://cdn.example.org/a.pdf' }],
      },
      {
        actionType: 'st.createPost',
        text: 'Hi',
        attachments: [{ type: 'gif', url: 'https://cdn.example.org/a.gif' }],
      },
      {
        actionType: 'st.createPost',
        text: 'Hi',
        attachments: [{ type: 'image', url: 'http://user:pw@cdn.example.org/a.png' }],
      },
      {
        actionType: 'st.createPost',
        text: 'Hi',
        attachments: Array.from({ length: 10 }, (_, i) => ({
          type: 'image',
          url: `https://cdn.example.org/${i}.png`,
        })),
      },
    ],
    type: 'invalidWorkflow',
    message:
      '[0].attachments: up to 9 images, or exactly one video or one document; types cannot be mixed; [1].attachments[0].name: required; [2].attachments[0].type: must be one of "image", "video", "document"; [3].attachments[0].url: must be a public https:// URL without a user name or password; [4].attachments: at most 9 items',
  },
  {
    name: 'mentions',
    input: {
      actionType: 'st.createPost',
      text: 'Hi @[jane roe]',
      mentions: [
        { key: 'jane roe', name: 'Jane Roe' },
        { key: 'john', name: 'John', urn: 'urn:li:member:1', personHashedUrl: HASHED },
      ],
    },
    type: 'invalidWorkflow',
    message:
      'mentions[0].key: must be 1-30 letters, digits, _ or -; mentions[1]: give at most one of urn, personHashedUrl, companyHashedUrl (got urn, personHashedUrl)',
  },
  {
    name: 'postUrl and postUrn of different posts',
    input: { actionType: 'st.openPost', postUrl: POST_FEED, postUrn: 'urn:li:activity:7299999999999999999' },
    type: 'invalidWorkflow',
    message: 'postUrn: must denote the same post as postUrl',
    schemaCannotExpress: 'equality of the post ids inside two differently shaped strings',
  },
  {
    name: 'search filter name-or-object entries',
    input: {
      actionType: 'st.searchPosts',
      term: 'ros',
      filter: { fromMembers: ['', { name: 'Jane', urnn: 'x' }, 5] },
    },
    type: 'invalidWorkflow',
    message:
      'filter.fromMembers[0]: must not be empty; filter.fromMembers[1].urnn: unknown field (did you mean "urn"?); filter.fromMembers[2]: does not match any allowed form',
  },
];

/**
 * An alternating st.openPersonPage / nv.openPersonPage chain `depth` actions deep: valid at every level
 * (each is the other's allowed child), so only the depth limit rejects it. Built iteratively.
 */
export function deepChain(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> | undefined;
  for (let level = depth; level >= 1; level--) {
    const st = level % 2 === 1;
    const current: Record<string, unknown> = { actionType: st ? 'st.openPersonPage' : 'nv.openPersonPage' };
    if (level === 1) current.personUrl = P1;
    if (node) current.then = node;
    node = current;
  }
  return node ?? {};
}
