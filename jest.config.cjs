/**
 * Unit tests are fast; e2e tests drive a real dockerd/registry/emulator and share them, so the
 * suite runs in band. @actions/* are ESM-only: they are mapped to their ESM files, which ts-jest
 * transpiles to CommonJS like our own sources.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  transformIgnorePatterns: ['/node_modules/(?!@actions/)'],
  moduleNameMapper: {
    '^@actions/(core|exec|io)$': '<rootDir>/node_modules/@actions/$1/lib/$1.js',
    '^@actions/http-client$': '<rootDir>/node_modules/@actions/http-client/lib/index.js',
    // ESM only, with an `import` export alone: its entry and its JSON schema, transpiled like the rest of @actions/*.
    '^@actions/(workflow-parser|expressions)$': '<rootDir>/node_modules/@actions/$1/dist/index.js',
    '^@actions/expressions/(.*)$': '<rootDir>/node_modules/@actions/expressions/dist/$1.js',
    '^@actions/(http-client|io)/lib/(.*)$': '<rootDir>/node_modules/@actions/$1/lib/$2',
  },
  testTimeout: 180000,
};
