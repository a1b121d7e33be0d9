/** House rules that enforce themselves (DESIGN.md §3): module boundaries and no import cycles. */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide the direction of dependencies / vòng phụ thuộc',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-module-through-index',
      severity: 'error',
      comment: 'A server module uses another only through its index.ts / chỉ dùng module khác qua index.ts',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'web-feature-through-index',
      severity: 'error',
      comment: 'A web feature uses another only through its index, paths or public file / chỉ dùng tính năng khác qua index, paths hoặc public',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/([^/]+)/', pathNot: ['^web/src/features/$1/', '^web/src/features/[^/]+/(index\\.tsx?|paths\\.ts|public\\.ts)$'] },
    },
    {
      name: 'layers',
      severity: 'error',
      comment: 'Contracts are shared by both sides; the server never imports the web app and the web app never imports the server',
      from: { path: '^(contracts|web)/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^(server|contracts)/' },
      to: { path: '^web/' },
    },
    {
      name: 'modules-not-http-plugins',
      severity: 'error',
      comment: 'Domain code below the routes does not reach into the http plugins',
      from: { path: '^server/(platform|db)/', pathNot: '^server/db/seed/' },
      to: { path: '^server/(http|modules)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|data|\\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
