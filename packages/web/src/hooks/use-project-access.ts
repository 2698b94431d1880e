import type { CityRef } from '../lib/access.ts';
import { allowsOnCity } from '../lib/access.ts';
import { useSession } from './use-session.ts';

/**
 * Whether the signed-in user is on the team that edits the city's projects (the city's editors
 * and the secretariat): they see suggestions and may accept them. The server checks again.
 */
export function useCanEditProjects(city: CityRef | undefined): boolean {
  const session = useSession().data;
  return city !== undefined && allowsOnCity(session, 'project.write', city);
}
