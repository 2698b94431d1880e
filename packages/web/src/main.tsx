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

// Strings first: every visible word goes through i18n, so render once they are ready.
void startI18n().then(() => {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
