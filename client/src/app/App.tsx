import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from '../lib/auth';
import { Layout } from './Layout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAdmin, RequireAuth, RequireStaff } from './guards';
import { StatusPage } from '../features/status/components/StatusPage';
import { CrisisPage } from '../features/crisis/components/CrisisPage';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RegisterPage } from '../features/auth/components/RegisterPage';
import { ResetPasswordPage } from '../features/auth/components/ResetPasswordPage';
import { TermsPage } from '../features/auth/components/TermsPage';
import { SanctionedPage } from '../features/auth/components/SanctionedPage';
import { CohortsPage } from '../features/cohorts/components/CohortsPage';
import { CohortPage } from '../features/cohorts/components/CohortPage';
import { GroupPage } from '../features/cohorts/components/GroupPage';
import { AlertPage } from '../features/moderation/components/AlertPage';
import { AlertsPage, AppealsPage, DashboardPage, LogPage, QueuePage, WatchedWordsPage } from '../features/moderation';
import { BlocksPage, MyModerationPage, ReportButton } from '../features/safety';
import { PersonSafetyActions } from './PersonSafetyActions';
import { ChatRoomPage, ChatRoomsPage } from './ChatRoutes';
import { MyCareLinePage, StaffCareLinePage } from './CareRoutes';
import { CareInboxPage, ConcernsPage, OpenCareLineAction } from '../features/care';
import { ForumRoutes } from './ForumRoutes';
import { BoardsPage } from '../features/forums/components/BoardsPage';
import { BoardPage } from '../features/forums/components/BoardPage';
import { ThreadPage } from '../features/forums/components/ThreadPage';
import { SearchPage } from '../features/forums/components/SearchPage';
import { MyPostsPage } from '../features/forums/components/MyPostsPage';
import { NotificationsPage } from '../features/notifications/components/NotificationsPage';
import { PeoplePage } from '../features/people';
import { CheckinsBeside, CohortCheckins } from './StaffCheckins';
import {
  AdminAccountActions,
  AdminSettingsPage,
  GoodbyePage,
  PersonContactAction,
  PrivacyPage,
  ProfilePage,
  ResetCodeAction,
  SecurityPage,
} from '../features/account';

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="status" element={<StatusPage />} />
            <Route path="crisis" element={<CrisisPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="signed-out" element={<SanctionedPage />} />
            <Route element={<RequireAuth termsPending />}>
              <Route path="terms" element={<TermsPage />} />
              <Route path="me/posts" element={<MyPostsPage />} />
            </Route>
            <Route path="goodbye" element={<GoodbyePage />} />
            <Route element={<RequireAuth mfaPending />}>
              <Route path="settings/security" element={<SecurityPage />} />
            </Route>
            <Route element={<RequireAuth />}>
              <Route path="rooms" element={<ChatRoomsPage />} />
              <Route path="rooms/:id" element={<ChatRoomPage />} />
              <Route path="care" element={<MyCareLinePage />} />
              <Route element={<RequireStaff />}>
                <Route path="care/inbox" element={<CareInboxPage />} />
                <Route path="care/:roomId" element={<StaffCareLinePage />} />
              </Route>
              <Route element={<ForumRoutes />}>
                <Route path="boards" element={<BoardsPage />} />
                <Route path="boards/:id" element={<BoardPage />} />
                <Route
                  path="threads/:id"
                  element={
                    <ThreadPage
                      report={(target) => (
                        <ReportButton
                          targetType={target.type}
                          targetId={target.id}
                          subject={target.subject}
                          className="link-button"
                        />
                      )}
                    />
                  }
                />
                <Route path="search" element={<SearchPage />} />
              </Route>
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="staff" element={<RequireStaff />}>
                <Route index element={<Navigate to="cohorts" replace />} />
                <Route path="cohorts" element={<CohortsPage />} />
                <Route
                  path="cohorts/:id"
                  element={
                    <>
                      <CohortPage
                        memberActions={(member, onChange) => (
                          <>
                            {member.membership === 'member' && <PersonContactAction person={member} />}
                            {member.membership === 'member' && <PersonSafetyActions person={member} />}
                            {member.membership === 'member' && <CheckinsBeside person={member} />}
                            {member.membership === 'member' && <ResetCodeAction person={member} />}
                            {member.membership === 'member' && (
                              <OpenCareLineAction memberId={member.id} name={member.displayName} />
                            )}
                            <AdminAccountActions person={member} onChange={onChange} />
                          </>
                        )}
                      />
                      <CohortCheckins />
                    </>
                  }
                />
                <Route path="queue" element={<QueuePage />} />
                <Route path="alerts" element={<AlertsPage />} />
                <Route path="alerts/:id" element={<AlertPage />} />
                <Route path="concerns" element={<ConcernsPage />} />
                <Route path="dashboard" element={<DashboardPage />} />
                <Route path="log" element={<LogPage />} />
                <Route path="appeals" element={<AppealsPage />} />
              </Route>
              <Route path="admin" element={<RequireAdmin />}>
                <Route path="watched-words" element={<WatchedWordsPage />} />
                <Route path="settings" element={<AdminSettingsPage />} />
                <Route
                  path="people"
                  element={
                    <PeoplePage
                      personActions={(person, onChange) => (
                        <>
                          <PersonContactAction person={person} />
                          <ResetCodeAction person={person} />
                          <AdminAccountActions person={person} onChange={onChange} />
                        </>
                      )}
                    />
                  }
                />
              </Route>
              <Route
                path="groups/:id"
                element={<GroupPage personActions={(person) => <PersonSafetyActions person={person} />} />}
              />
              <Route path="moderation/mine" element={<MyModerationPage />} />
              <Route path="settings/blocks" element={<BlocksPage />} />
              <Route path="settings/privacy" element={<PrivacyPage />} />
              <Route path="settings/profile" element={<ProfilePage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
