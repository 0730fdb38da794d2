/** The reference dictionary: its keys are the keys every other locale must have. */
export const en = {
  siteName: 'Vyapar Samvad',
  siteTagline: 'Announcements from trade associations, in Hindi and English',
  skipToContent: 'Skip to content',
  navHome: 'Home',
  indexHeading: 'Latest announcements',
  indexEmpty: 'No announcements have been published in English yet.',
  postedOn: 'Posted',
  updatedOn: 'Updated',
  organisations: 'Organisations',
  source: 'Source',
  readOriginal: 'Read the original at {{name}}',
  switcherLabel: 'Language',
  switcherUnavailable: 'This article is not available in {{language}}',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  notFoundHome: 'Go to the English home page',
  translationOffer: 'This article has not been published in English. It is available in:',
  footnotesLabel: 'Footnotes',
  footnoteBack: 'Back to reference {{reference}}',
  footerAbout: 'Vyapar Samvad publishes agreements, delegations and trade figures announced by trade associations.',
  draft: 'Draft (not published)',
  footerLanguages: 'Also in',
};

export type MessageKey = keyof typeof en;
export type Dictionary = Record<MessageKey, string>;
