import { useTranslation } from 'react-i18next';
import type { CaseText } from '../../api/knowledge-types.ts';

const sections = [
  'problem',
  'actions',
  'resultsText',
  'costsText',
  'whatWorked',
  'whatDidNot',
  'howToReplicate',
] as const;

/** The written parts of a case in one language, each marked with that language. */
export function CaseTextView({ text }: { readonly text: CaseText }) {
  const { t } = useTranslation();
  return (
    <div className="case-text">
      {text.summary && (
        <p className="lead" lang={text.lang}>
          {text.summary}
        </p>
      )}
      {sections.map((key) => {
        const body = text[key];
        if (!body) return null;
        return (
          <section key={key} aria-labelledby={`case-${key}`}>
            <h2 id={`case-${key}`}>{t(`knowledge.case.sections.${key}`)}</h2>
            {body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} lang={text.lang}>
                {paragraph}
              </p>
            ))}
          </section>
        );
      })}
    </div>
  );
}
