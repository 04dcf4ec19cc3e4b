/** My account (second factor, sessions, my data) and the admin's account requests and program settings. */
export { SecurityPage } from './components/SecurityPage';
export { PrivacyPage } from './components/PrivacyPage';
export { GoodbyePage } from './components/GoodbyePage';
export { AdminSettingsPage } from './components/AdminSettingsPage';
export { AdminAccountActions } from './components/AdminAccountActions';
export { PersonContactAction } from './components/PersonContactAction';
export { ProfilePage } from './components/ProfilePage';
export { ResetCodeAction } from './components/ResetCodeAction';
