import type { MeView } from '@hearth/contract';
import { Link, Navigate } from 'react-router-dom';
import { isStaff, MFA_SETUP_PATH, SANCTIONED_PATH, useAuth } from '../lib/auth';
import { useTitle } from '../lib/title';
import { SessionPending } from './guards';
import { StaffOnDutyIndicator } from '../features/safety';
import { CheckinHome } from '../features/checkins';

export function HomePage() {
  useTitle();
  const { status, me, sessionEnded, sessionIdle, sanctioned } = useAuth();
  if (status === 'loading' || status === 'unreachable') {
    return <SessionPending />;
  }
  if (sanctioned) {
    return <Navigate to={SANCTIONED_PATH} replace />;
  }
  if (!me) {
    return sessionEnded ? <Navigate to="/login" replace state={{ expired: true, idle: sessionIdle }} /> : <Welcome />;
  }
  if (me.termsRequired) {
    return <Navigate to="/terms" replace />;
  }
  if (me.mfa.setupRequired) {
    return <Navigate to={MFA_SETUP_PATH} replace />;
  }
  return <MyGroups me={me} />;
}

function Welcome() {
  return (
    <section aria-labelledby="home-title" className="card">
      <h1 id="home-title">Welcome to Hearth</h1>
      <p>A safe space for your group between sessions, looked after by your care team.</p>
      <div className="actions">
        <Link to="/login" className="button">
          Sign in
        </Link>
        <Link to="/register" className="button button-secondary">
          I have an invite code
        </Link>
      </div>
    </section>
  );
}

function MyGroups({ me }: { me: MeView }) {
  const alumni = me.role === 'alumni' || me.role === 'peer_mentor';
  return (
    <>
      <section aria-labelledby="home-title" className="card">
        <h1 id="home-title">Hi, {me.displayName}</h1>
        <p>
          {isStaff(me.role)
            ? 'Thank you for looking after the community.'
            : alumni && me.cohorts.length === 0
              ? 'Welcome to the alumni community: the alumni lounge and boards are yours, and your care team is still here for you.'
              : 'Good to see you. Your group is here between sessions, and so is your care team.'}
        </p>
      </section>
      {/* First on the phone's screen: a check-in is a face and "Check in" away. */}
      {!isStaff(me.role) && <CheckinHome />}
      <section aria-labelledby="chat-title" className="card">
        <h2 id="chat-title">Chat</h2>
        <p>
          {isStaff(me.role)
            ? 'The rooms you look after, and the staff room.'
            : alumni
              ? 'The alumni lounge: people who have been where you are.'
              : 'Talk with your group between sessions.'}
        </p>
        <Link to="/rooms" className="button">
          Open chat
        </Link>
      </section>
      {isStaff(me.role) ? (
        <section aria-labelledby="care-title" className="card">
          <h2 id="care-title">Care lines</h2>
          <p>Members waiting for an answer from their care team, oldest first.</p>
          <Link to="/care/inbox" className="button">
            Open care lines
          </Link>
        </section>
      ) : (
        <section aria-labelledby="care-title" className="card">
          <h2 id="care-title">Your care team</h2>
          <p>A private line to your care team, between sessions. Only you and they can read it.</p>
          <Link to="/care" className="button">
            Message my care team
          </Link>
        </section>
      )}
      <section aria-labelledby="groups-title" className="card">
        <h2 id="groups-title">My groups</h2>
        {me.cohorts.length > 0 ? (
          <ul className="item-list">
            {me.cohorts.map((cohort) => (
              <li key={cohort.id}>
                {cohort.membership === 'facilitator' ? (
                  <span className="item-title">{cohort.name}</span>
                ) : (
                  <Link to={`/groups/${cohort.id}`} className="item-title">
                    {cohort.name}
                  </Link>
                )}
                {cohort.membership === 'facilitator' && <span className="badge">You facilitate</span>}
              </li>
            ))}
          </ul>
        ) : alumni ? (
          <p>
            You are part of the alumni community: the alumni lounge and boards are yours, and everyone there has been
            where you are.
          </p>
        ) : isStaff(me.role) ? (
          <p>
            You are not facilitating a group. <Link to="/staff/cohorts">See all cohorts</Link>
          </p>
        ) : (
          <p>You are not in a group yet. Your care team will add you.</p>
        )}
      </section>
      {!isStaff(me.role) && <StaffOnDutyIndicator />}
      <section aria-labelledby="account-title" className="card">
        <h2 id="account-title">Your account</h2>
        <ul className="link-list">
          {!isStaff(me.role) && (
            <>
              <li>
                <Link to="/moderation/mine">My moderation history</Link>
              </li>
              <li>
                <Link to="/settings/blocks">Blocked people</Link>
              </li>
            </>
          )}
          <li>
            <Link to="/settings/profile">Display name{isStaff(me.role) ? '' : ' and joining a new group'}</Link>
          </li>
          {!isStaff(me.role) && (
            <li>
              <Link to="/me/posts">My posts</Link>
            </li>
          )}
          <li>
            <Link to="/settings/security">Sign-in and security</Link>
          </li>
          <li>
            <Link to="/settings/privacy">Your data and privacy</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
