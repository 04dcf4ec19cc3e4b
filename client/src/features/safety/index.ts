/**
 * Member-facing safety pieces, for any screen that needs them: rooms and forums
 * composers (useDraftSafetyCheck + DraftSignpost; PostedHelp after posting), message and post menus
 * (ReportButton / FlagDialog), people lists (BlockButton), headers
 * (StaffOnDutyIndicator), and the member's own pages.
 */
export { FlagDialog } from './components/FlagDialog';
export type { FlagDialogProps } from './components/FlagDialog';
export { ReportButton } from './components/ReportButton';
export { BlockButton } from './components/BlockButton';
export { CrisisResourcesPanel } from './components/CrisisResourcesPanel';
export { DraftSignpost } from './components/DraftSignpost';
export { PostedHelp } from './components/PostedHelp';
export { useDraftSafetyCheck } from './components/useDraftSafetyCheck';
export type { DraftSafety } from './components/useDraftSafetyCheck';
export { StaffOnDutyIndicator } from './components/StaffOnDutyIndicator';
export { MyModerationPage } from './components/MyModerationPage';
export { BlocksPage } from './components/BlocksPage';
