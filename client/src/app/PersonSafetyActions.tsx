import type { Role } from '@hearth/contract';
import { isStaff, useAuth } from '../lib/auth';
import { StaffActButton } from '../features/moderation';
import { BlockButton, ReportButton } from '../features/safety';

const PEERS: readonly Role[] = ['member', 'alumni', 'peer_mentor'];

/** Report and Block beside a peer in a people list: between peers only, never for oneself. Staff: Moderate. */
export function PersonSafetyActions({ person }: { person: { id: string; displayName: string; role: Role } }) {
  const { user } = useAuth();
  if (user && isStaff(user.role) && person.id !== user.id && PEERS.includes(person.role)) {
    return (
      <StaffActButton
        targetType="user"
        targetId={person.id}
        authorName={person.displayName}
        subject={person.displayName}
      />
    );
  }
  if (!user || person.id === user.id || !PEERS.includes(user.role) || isStaff(person.role)) {
    return null;
  }
  return (
    <div className="actions">
      <ReportButton targetType="user" targetId={person.id} subject={person.displayName} />
      <BlockButton userId={person.id} displayName={person.displayName} />
    </div>
  );
}
