/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Two cores run browser, Azurite and PDF tests side by side: generous per-test time.
  testTimeout: 30_000,
  transform: { '^.+\\.ts$': 'ts-jest' },
};
