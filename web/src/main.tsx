// The design tokens and element defaults, for every page; each component brings its own stylesheet.
import './styles/tokens.css';
import './styles/base.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.ts';
import { StatusProvider } from './components/StatusProvider.tsx';
import { router } from './routes.tsx';

const queryClient = createQueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <StatusProvider>
        <RouterProvider router={router} />
      </StatusProvider>
    </QueryClientProvider>
  </StrictMode>,
);
