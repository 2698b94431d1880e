import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../../api/graduation-types.ts';

const MAX_LINKS = 20;

/** The evidence links of one criterion: a title and a web address each, up to 20. */
export function EvidenceLinksField({
  idPrefix,
  criterion,
  links,
  onChange,
}: {
  readonly idPrefix: string;
  readonly criterion: string;
  readonly links: readonly EvidenceLink[];
  readonly onChange: (links: EvidenceLink[]) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<EvidenceLink>) =>
    onChange(links.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  return (
    <fieldset className="evidence-links">
      <legend>{t('graduation.links', { criterion })}</legend>
      {links.length === 0 && <p className="small muted">{t('graduation.noLinks')}</p>}
      {links.map((link, index) => (
        <div key={index} className="evidence-links__row">
          <label htmlFor={`${idPrefix}-${index}-title`}>
            {t('graduation.linkTitle', { n: index + 1 })}
          </label>
          <input
            id={`${idPrefix}-${index}-title`}
            maxLength={200}
            value={link.title}
            onChange={(event) => set(index, { title: event.target.value })}
          />
          <label htmlFor={`${idPrefix}-${index}-url`}>
            {t('graduation.linkUrl', { n: index + 1 })}
          </label>
          <input
            id={`${idPrefix}-${index}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={link.url}
            onChange={(event) => set(index, { url: event.target.value })}
          />
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            {t('graduation.removeLink', { n: index + 1 })}
          </button>
        </div>
      ))}
      {links.length < MAX_LINKS && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => onChange([...links, { title: '', url: '' }])}
        >
          {t('graduation.addLink')}
        </button>
      )}
    </fieldset>
  );
}
