import type { projectService } from '@frontrunner/services';
import {
  presentCurated,
  presentRun,
  presentScope,
  presentSeriesPair,
} from '../interlinkages/interlinkages.presenter';

type Suggestions = projectService.ProjectSuggestions;
type Network = Suggestions['network'];

/** A project's suggestions for the API: text tags and network links, each with its evidence. */
export function presentProjectSuggestions(v: Suggestions) {
  const data = (s: Network['dataDerived']['coBenefits'][number]) => ({
    target: s.target,
    from: s.from,
    rho: s.rho,
    pairs: s.pairs,
    seriesPairs: s.seriesPairs.map(presentSeriesPair),
    claimed: s.claimed,
  });
  const curated = (s: Network['curated']['coBenefits'][number]) => ({
    target: s.target,
    from: s.from,
    link: presentCurated(s.link),
    claimed: s.claimed,
  });
  const n = v.network;
  return {
    text: v.text.map((s) => ({
      goal: s.goal,
      target: s.target,
      system: s.system,
      matches: s.matches.map((m) => (m.with === undefined ? { term: m.term } : { ...m })),
      claimed: s.claimed,
    })),
    network: {
      available: n.available,
      targets: [...n.targets],
      scope: n.scope ? presentScope(n.scope) : null,
      basis: n.basis ? presentScope(n.basis) : null,
      run: n.run ? presentRun(n.run) : null,
      dataDerived: {
        coBenefits: n.dataDerived.coBenefits.map(data),
        risks: n.dataDerived.risks.map(data),
      },
      curated: {
        coBenefits: n.curated.coBenefits.map(curated),
        risks: n.curated.risks.map(curated),
      },
    },
  };
}
