import type { Catalog } from './catalog';

/** English words of monitoring (guide step 9); spread into `en`. */
export const enMonitoring: Pick<
  Catalog,
  | 'deviationSeverities'
  | 'deviationKinds'
  | 'problemStatuses'
  | 'deviationSentences'
  | 'monitoringUi'
  | 'monitoringPage'
> = {
  deviationSeverities: { high: 'High', medium: 'Medium', low: 'Low' },
  deviationKinds: {
    not_started: 'Not started',
    overdue: 'Overdue',
    indicator_behind: 'Behind target',
    evidence_missing: 'Evidence missing',
    contribution_behind: 'Contribution behind',
  },
  problemStatuses: { open: 'Open', in_progress: 'Being handled', solved: 'Solved' },
  deviationSentences: {
    not_started: '{activity} is {days} days late against its planned start',
    overdue: '{activity} is {days} days past its planned end and not done',
    indicator_behind: '{activity}: {actual} {unit} reached of the {expected} {unit} expected by now',
    evidence_missing: '{activity} was done {days} days ago but has no evidence yet',
    evidenceMissingUndated: '{activity} is done but has no evidence yet',
    contribution_behind:
      "The {party}'s contribution is {spent} of the {planned} planned for activities already ended",
    parties: { institution: 'institution', partner: 'partner' },
    unnamedActivity: 'Unnamed activity',
  },
  monitoringUi: {
    title: 'Monitoring',
    intro:
      "Deviations from the work plan are computed each time this page opens, for today's date in the institution's time zone ({today}).",
    deviationsTitle: 'Deviations',
    noDeviationsTitle: 'No deviations',
    noDeviationsBody:
      'Every work plan activity is on schedule and on target so far. Keep recording activities so monitoring stays accurate.',
    progress: '{items} planned activities: {done} done, {inProgress} in progress, {notStarted} not started',
    progressTargets: 'Target {target}, reached {actual}',
    problemsTitle: 'Problems and solutions',
    problemsEmptyTitle: 'No problems logged',
    problemsEmptyBody:
      'Log the obstacles met while carrying out the plan: their cause, the solution, who handles them and by when.',
    addProblem: 'Log a problem',
    editProblem: 'Edit problem',
    markSolved: 'Mark solved',
    problem: 'Problem',
    cause: 'Cause',
    solution: 'Solution',
    ownerName: 'Person responsible',
    dueOn: 'Due date',
    status: 'Status',
    solvedOn: 'Solved {date}',
    dueLabel: 'Due {date}',
    ownerLabel: 'Responsible: {name}',
    visitsTitle: 'Monitoring visits',
    visitsEmptyTitle: 'No monitoring visits yet',
    visitsEmptyBody:
      "Record visits to the partner's site: who attended, what was found and recommended. Its berita acara can be downloaded for both sides to sign.",
    addVisit: 'Record a visit',
    editVisit: 'Edit visit',
    visitedOn: 'Date of visit',
    place: 'Place',
    visitors: "Institution's team present",
    partnerAttendees: "Partner's people present",
    peopleHint: 'One person per line: Name, Position. The first person signs the berita acara.',
    findings: 'Findings',
    recommendations: 'Recommendations',
    beritaAcaraPdf: 'Berita acara (PDF)',
    beritaAcaraDocx: 'Berita acara (DOCX)',
    edit: 'Edit',
    delete: 'Delete',
    save: 'Save',
    cancel: 'Cancel',
    deleteProblemTitle: 'Delete this problem?',
    deleteVisitTitle: 'Delete this visit?',
    deleteBody: 'A deleted record cannot be restored; the deletion stays in the audit log.',
    saved: 'Saved',
  },
  monitoringPage: {
    title: 'Monitoring',
    description:
      'Deviations from the work plan across every partnership being carried out, monitored or improved. The most severe first.',
    severityFilter: 'Severity',
    allSeverities: 'All severities',
    partnership: 'Partnership',
    deviation: 'Deviation',
    severity: 'Severity',
    facilitator: 'Facilitator',
    emptyTitle: 'No deviations',
    emptyBody:
      'Every running partnership is on plan so far. Deviations show here as soon as a date or a target is missed.',
    today: 'Computed for {today}',
  },
};
