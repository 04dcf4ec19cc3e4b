/** The staff moderation pages, and the staff row of the header. */
export { QueuePage } from './components/QueuePage';
export { AlertsPage } from './components/AlertsPage';
export { AlertPage } from './components/AlertPage';
export type { AlertPageProps } from './components/AlertPage';
export { DashboardPage } from './components/DashboardPage';
export { LogPage } from './components/LogPage';
export { AppealsPage } from './components/AppealsPage';
export { WatchedWordsPage } from './components/WatchedWordsPage';
export { OpenAlertsCount, StaffBar } from './components/StaffBar';
export { DutyToggle } from './components/DutyToggle';
export { StaffActButton } from './components/StaffActButton';
