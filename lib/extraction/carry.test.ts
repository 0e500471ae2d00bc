import { describe, expect, it } from 'vitest';
import { findInvented as find } from './invented';

// Who a sentence with no attribution of its own belongs to (issue 16, ninth round): the
// publisher, unless it plainly goes on with what a source has just said.

describe('a sentence that adds to what a source just said', () => {
  it.each([
    // An added action told right after the source's account, in its paragraph …
    [
      [
        'Three navy officials said the jets struck radar sites near the port. Two frigates in the strait also participated in the raid.',
      ],
      'Two frigates',
      'Three navy officials',
    ],
    [
      ['Commander Ivo Lenz said his men recovered the stolen trucks. Police also arrested four drivers at the depot.'],
      'four drivers',
      'Ivo Lenz',
    ],
    // … or opening the next one.
    [
      [
        'Dr Lena Ortiz, who runs the clinic, reported that the shelling killed nine patients.',
        'Additionally, 30 others, including two nurses, were injured.',
      ],
      '30 others',
      'Lena Ortiz',
    ],
    [
      [
        'The rescue agency said the river had burst its banks near Kolm.',
        'In total, 81 people were injured in the floods.',
      ],
      '81 people',
      'rescue agency',
    ],
  ])('%j', (story, text, claimant) => {
    expect(find(text, ...story)?.claimant).toBe(claimant);
  });

  it.each([
    // The reporter's own scene: "there is also", an action in progress.
    [
      'The mayor said the bridge would reopen on Monday. There is also a ferry running every hour from the quay.',
      'ferry',
    ],
    [
      'Officials said 12 people were missing. Hundreds of volunteers were also digging through the mud by hand.',
      'volunteers',
    ],
    // A sentence naming the publisher is the publisher's own reporting.
    ['Police said the gang fled north. The Harbour Gazette also learned that two guards resigned.', 'two guards'],
    // With nothing said before it, an added sentence stays the publisher's.
    ['Rain fell all night across the valley. Two bridges also collapsed in the storm.', 'Two bridges'],
  ])('leaves "%s" to the publisher', (paragraph, text) => {
    expect(find(text, paragraph)?.claimant).toBe('Harbour Gazette');
  });
});

describe('a lead under the headline that names its source', () => {
  const story = (lead: string) => [
    'Shelling kills three in Kolm',
    lead,
    'The city council has opened two schools as shelters for families from the east bank.',
  ];

  it.each([
    [
      'Three residents were killed when shells hit homes in Kolm overnight, governor Ana Ruiz wrote on Telegram.',
      'Ana Ruiz',
    ],
    ['According to reports, three residents were killed when shells hit homes in Kolm overnight.', 'reports'],
  ])('is the source’s, not the publisher’s standfirst: %s', (lead, claimant) => {
    expect(find('residents were killed', ...story(lead))?.claimant).toBe(claimant);
  });
});

describe('a count attributed only by the sentence after it', () => {
  it.each([
    [
      'A total of 23 people were hurt in the crush at the gate. Nine of those were children, Sgt. Ana Ruiz said.',
      'people were hurt',
      'Ana Ruiz',
    ],
    [
      'Some 40 miners were trapped underground after the blast. Most of them were rescued by dawn, the mine operator said.',
      'miners were trapped',
      'mine operator',
    ],
  ])('%s', (paragraph, text, claimant) => {
    expect(find(text, paragraph)?.claimant).toBe(claimant);
  });

  it('leaves the count to the publisher when the next sentence is about something else', () => {
    const paragraph =
      'A total of 23 people were hurt in the crush at the gate. Much of the stand was destroyed, officials said.';
    expect(find('people were hurt', paragraph)?.claimant).toBe('Harbour Gazette');
  });
});

describe('a quotation in typewriter single quotes', () => {
  it('is the speaker’s who introduced it, not the publisher’s statement', () => {
    const story = [
      'A spokesperson for the Lantern Relief said:',
      "'Every family in the valley has lost someone to the floods.'",
    ];
    expect(find('Every family', ...story)?.claimant).toBe('spokesperson for the Lantern Relief');
  });
});
