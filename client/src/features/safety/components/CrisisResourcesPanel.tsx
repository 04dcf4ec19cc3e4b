import type { CrisisResource } from '@hearth/contract';
import { Link } from 'react-router-dom';
import { isStaff, useAuth } from '../../../lib/auth';
import { useCrisisResources } from '../../../lib/crisis';
import { CrisisResourceList } from '../../../lib/CrisisResourceList';

interface CrisisResourcesPanelProps {
  /** The list a signpost carried (from /safety/check or the `crisis:resources` event); the program's when absent. */
  resources?: CrisisResource[];
  /** Fewer words, for headers and composers. */
  compact?: boolean;
}

/** Ways to reach someone now: the program's lines, by call, text or online. */
export function CrisisResourcesPanel({ resources, compact = false }: CrisisResourcesPanelProps) {
  const program = useCrisisResources();
  const { user } = useAuth();
  return (
    <div className={compact ? 'crisis-panel compact' : 'crisis-panel'}>
      <CrisisResourceList resources={resources && resources.length > 0 ? resources : program} />
      {user && !isStaff(user.role) && (
        <p className="crisis-care">
          <Link to="/care">Talk to my care team</Link> (not for emergencies: they answer when on duty)
        </p>
      )}
    </div>
  );
}
