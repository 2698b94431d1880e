import { useTranslation } from 'react-i18next';
import type { PracticeCase } from '../../api/knowledge-types.ts';

/** Whom to ask about a case: name, role and email of each contact. */
export function CaseContacts({ contacts }: { readonly contacts: PracticeCase['contacts'] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby="case-contacts">
      <h2 id="case-contacts">{t('knowledge.case.contacts')}</h2>
      <ul className="case-contacts">
        {contacts.map((contact) => (
          <li key={`${contact.name}-${contact.email ?? ''}`}>
            <strong>{contact.name}</strong>
            {contact.role && <span>, {contact.role}</span>}
            {contact.email && (
              <>
                {' · '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
