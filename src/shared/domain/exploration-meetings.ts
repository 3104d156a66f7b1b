/** The words of guide step 4 (Penjajagan Kerja Sama): meetings held to sound out a likely partner. */
export const meetingKinds = ['audience', 'presentation', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** How the meeting ended for the partnership; only `positive` opens the way to joint work planning. */
export const meetingOutcomes = ['positive', 'undecided', 'negative'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

export const interestLevels = ['high', 'medium', 'low'] as const;
export type InterestLevel = (typeof interestLevels)[number];

/** Slides, a programme leaflet or a photo of the printed proposal; larger than a phone photo. */
export const meetingMaterialMaxBytes = 20 * 1024 * 1024;

/** An invitation without an end time is written into calendars as this long. */
export const defaultMeetingMinutes = 60;
