// The sample workflows `linkwright demo` runs against the recorded LinkedIn's demo scenario
// (fixtures/replay/scenarios: person1 needs an email, person2 has Connect only under More,
// johndoe/janesmith/carlossantos are pending, person4 is a connection, person5 is follow-only).
// Ordered so each shows one behaviour: the email gate before person1 is invited, the invitation
// before its withdrawal.

export interface DemoWorkflow {
  title: string;
  workflow: unknown;
}

const NOTE = 'Hi, I’d like to connect with you to discuss potential collaboration.';

export const DEMO_WORKFLOWS: readonly DemoWorkflow[] = [
  {
    title: 'The email gate: person1 only accepts invitations that include their email',
    workflow: {
      actionType: 'st.sendConnectionRequest',
      label: 'person1',
      personUrl: 'https://www.linkedin.com/in/person1',
      note: NOTE,
    },
  },
  {
    title: 'Connect with a note and the email, withdraw and unfollow, then list the pending invitations',
    workflow: [
      {
        actionType: 'st.sendConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person1',
        note: NOTE,
        email: 'example1@gmail.com',
      },
      {
        actionType: 'st.withdrawConnectionRequest',
        personUrl: 'https://www.linkedin.com/in/person1',
        unfollow: true,
      },
      { actionType: 'st.retrievePendingRequests' },
    ],
  },
  {
    title: 'Connect through the More menu with a note (person2 follows the Follow-first layout)',
    workflow: {
      actionType: 'st.sendConnectionRequest',
      personUrl: 'https://www.linkedin.com/in/person2',
      note: 'Enjoyed your talk on developer tooling; would be glad to stay in touch.',
    },
  },
  {
    title: 'Connection status of several people in one array workflow',
    workflow: ['johndoe', 'person2', 'person4', 'person5'].map((v) => ({
      actionType: 'st.checkConnectionStatus',
      label: v,
      personUrl: `https://www.linkedin.com/in/${v}`,
    })),
  },
  {
    title: 'Every refusal has a name',
    workflow: [
      {
        actionType: 'st.sendConnectionRequest',
        label: 'already pending',
        personUrl: 'https://www.linkedin.com/in/johndoe',
      },
      {
        actionType: 'st.sendConnectionRequest',
        label: 'already connected',
        personUrl: 'https://www.linkedin.com/in/person4',
      },
      {
        actionType: 'st.sendConnectionRequest',
        label: 'no Connect anywhere',
        personUrl: 'https://www.linkedin.com/in/person5',
      },
      {
        actionType: 'st.sendConnectionRequest',
        label: 'own profile',
        personUrl: 'https://www.linkedin.com/in/me',
      },
      {
        actionType: 'st.sendConnectionRequest',
        label: 'not found',
        personUrl: 'https://www.linkedin.com/in/nobody-here',
      },
      {
        actionType: 'st.withdrawConnectionRequest',
        label: 'nothing to withdraw',
        personUrl: 'https://www.linkedin.com/in/person4',
      },
    ],
  },
  {
    title: 'Open a profile with its basic info and check the status under it',
    workflow: {
      actionType: 'st.openPersonPage',
      personUrl: 'https://www.linkedin.com/in/person4',
      basicInfo: true,
      then: { actionType: 'st.checkConnectionStatus' },
    },
  },
  {
    title:
      'Sales Navigator: open a lead with its basic info and send a message (the demo account has a seat)',
    workflow: {
      actionType: 'nv.openPersonPage',
      // person4's lead URL on the recorded LinkedIn (GET /__linkwright/people lists every person's).
      personHashedUrl:
        'https://www.linkedin.com/sales/lead/ACwAAFRp014DanaWhitfieldx0Fx1Fx2Fx3Fx4F,NAME_SEARCH,5T2I',
      basicInfo: true,
      then: {
        actionType: 'nv.sendMessage',
        subject: 'Hiring plans',
        text: 'Hi Dana, are you hiring data engineers this quarter?',
      },
    },
  },
];
