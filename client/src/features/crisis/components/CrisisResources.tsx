import { useCrisisResources } from '../../../lib/crisis';
import { CrisisResourceList } from '../../../lib/CrisisResourceList';

/** The program's crisis resources, as its admins set them. */
export function CrisisResources() {
  return <CrisisResourceList resources={useCrisisResources()} />;
}
