import './styles.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/accounts.css';
import './styles/data.css';
import './styles/entry.css';
import './styles/review.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './i18n/i18n.ts';
import { createQueryClient } from './query-client.ts';
import { router } from './routes/router.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();

// Strings first: every visible word goes through i18n, so render once the reader's language is
// loaded. Meanwhile #root holds index.html's spinner; if no language loads, index.html's own
// notice in the four languages shows instead.
void startI18n().then(
  () => {
    container.removeAttribute('aria-busy');
    createRoot(container).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    container.removeAttribute('aria-busy');
    container.hidden = true;
    document.getElementById('boot-failure')?.removeAttribute('hidden');
    throw error;
  },
);
