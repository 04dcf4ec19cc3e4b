import type { Role } from '@hearth/contract';
import { isStaff, useAuth } from '../lib/auth';
import { BlockButton, ReportButton } from '../features/safety';

const PEERS: readonly Role[] = ['member', 'alumni', 'peer_mentor'];

/** Report and Block beside a peer in a people list: between peers only, never for oneself. */
export function PersonSafetyActions({ person }: { person: { id: string; displayName: string; role: Role } }) {
  const { user } = useAuth();
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
