import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './knowledge.css';

/** The search box of the site header: opens the search page with the query. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    void navigate({ to: '/search', search: query ? { q: query } : {} });
  };
  return (
    <form className="header-search" role="search" onSubmit={onSubmit}>
      <label htmlFor="header-search-q" className="visually-hidden">
        {t('knowledge.headerSearch.label')}
      </label>
      <input
        id="header-search-q"
        type="search"
        value={q}
        maxLength={500}
        placeholder={t('knowledge.headerSearch.placeholder')}
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit" className="button button--quiet">
        {t('knowledge.headerSearch.submit')}
      </button>
    </form>
  );
}
