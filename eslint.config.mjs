import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'generated/**',
      'var/**',
      'bench/tmp/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'use-intl/react',
              importNames: ['useTranslations'],
              message:
                "Use useTranslations from '@/lib/i18n/translations' (messages compiled once; use-intl's keys every call by JSON).",
            },
          ],
        },
      ],
    },
  },
  {
    // The one place that wraps use-intl's hook.
    files: ['lib/i18n/translations.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Playwright fixtures call their `use` callback, which is not React's use().
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Command-line scripts and the seed report progress on stdout.
    files: ['scripts/**', 'prisma/seed/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
];

export default config;
