import { idAgreementSigning } from './id-agreement-signing';
import { idAgreements } from './id-agreements';
import { idAttachments } from './id-attachments';
import { idEngagement } from './id-engagement';
import { idMeetings } from './id-meetings';
import { idNeeds } from './id-needs';
import { idPartnerMerge } from './id-partner-merge';
import { idPartnerImport } from './id-partner-import';
import { idPartnershipPatterns } from './id-partnership-patterns';
import { idSettings } from './id-settings';
import { idActivities } from './id-activities';
import { idWorkPlans } from './id-work-plans';
import { idMonitoring } from './id-monitoring';
import { idEvaluations } from './id-evaluations';
import { idEvidencePack } from './id-evidence-pack';
import { idGatherings } from './id-gatherings';
import { idMessages } from './id-messages';
import { idFeedback } from './id-feedback';
import { idOccasions } from './id-occasions';
import { idCare } from './id-care';
import { idActivityList } from './id-activity-list';
import { idAnnualReport } from './id-annual-report';
import { idDashboard } from './id-dashboard';

/** The rest of the Indonesian catalog: every page but the first waits for it (withFullCatalog in the web). */
export const idRest = {
  ...idSettings,
  ...idAgreementSigning,
  ...idAgreements,
  ...idPartnerImport,
  ...idPartnerMerge,
  ...idEngagement,
  ...idMeetings,
  ...idWorkPlans,
  ...idActivities,
  ...idMonitoring,
  ...idEvaluations,
  ...idEvidencePack,
  ...idGatherings,
  ...idMessages,
  ...idFeedback,
  ...idOccasions,
  ...idCare,
  ...idActivityList,
  ...idAnnualReport,
  ...idDashboard,
  ...idNeeds,
  ...idAttachments,
  ...idPartnershipPatterns,
} as const;
