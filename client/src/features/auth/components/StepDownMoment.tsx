import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../../../lib/auth';

/**
 * Shown in place of the page a member was on when their care team steps them
 * down to alumni: what changed, what stays theirs, and where they are welcome now.
 * Nothing moves until they have read it.
 */
export function StepDownMoment() {
  const { me, acknowledgeStepDown } = useAuth();
  const navigate = useNavigate();
  const carryOn = () => {
    acknowledgeStepDown();
    void navigate(me?.termsRequired ? '/terms' : '/', { replace: true });
  };
  return (
    <section className="card narrow step-down" aria-labelledby="step-down-title">
      <h1 id="step-down-title">You have stepped down to alumni</h1>
      <p role="status">
        Your care team has moved you on from your group: you are now part of the alumni community. Well done for getting
        here.
      </p>
      <h2>What changes</h2>
      <ul>
        <li>Your group’s chat rooms and boards are closed to you now, so the group can carry on in confidence.</li>
        <li>
          What you wrote stays yours to read: <Link to="/me/posts">My posts</Link> keeps your threads and replies,
          read-only.
        </li>
        <li>The alumni lounge and alumni boards are open to you, with people who have been where you are.</li>
        <li>Your care line and crisis help stay one tap away.</li>
      </ul>
      <button type="button" className="button" onClick={carryOn}>
        {me?.termsRequired ? 'Read the alumni terms and continue' : 'Continue to alumni spaces'}
      </button>
    </section>
  );
}
