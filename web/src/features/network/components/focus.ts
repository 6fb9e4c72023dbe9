// Where focus goes after an action moves or removes what the person acted on.

/** The id of a contact's heading in the contact list. */
export const contactHeadingId = (contactId: string): string => `contact-${contactId}`;
