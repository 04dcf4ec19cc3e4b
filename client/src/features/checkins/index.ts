export { CheckinHome } from './components/CheckinHome';
export { CohortCheckinStrip } from './components/CohortCheckinStrip';
export { CohortCheckinGrid } from './components/CohortCheckinGrid';
export { MemberCheckinsAction } from './components/MemberTrend';
export { ReminderBanner } from './components/Reminder';
