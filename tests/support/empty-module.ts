// Stands in for the `server-only` package under vitest, which does not resolve the `react-server` condition.
export {};
