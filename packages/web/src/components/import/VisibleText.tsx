import { useTranslation } from 'react-i18next';
import { visibleWhitespace } from '../../lib/visible-whitespace.ts';

/** Text with its invisible characters (spaces, tabs, no-break spaces…) shown as marks. */
export function VisibleText({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  return (
    <code className="visible-text">
      {visibleWhitespace(text).map((piece, i) =>
        piece.kind === 'text' ? (
          <span key={i}>{piece.text}</span>
        ) : (
          <span key={i} className="visible-text__mark" title={t(`whitespace.${piece.name}`)}>
            <span aria-hidden="true">{piece.symbol}</span>
            <span className="visually-hidden">{` ${t(`whitespace.${piece.name}`)} `}</span>
          </span>
        ),
      )}
    </code>
  );
}
