// Type shims for the Enhance packages the SSR differential test and bench compare against.
declare module '@enhance/ssr' {
  const enhance: (options?: Record<string, unknown>) => (strings: TemplateStringsArray, ...values: unknown[]) => string;
  export default enhance;
}
declare module '@enhance/enhance-style-transform' {
  const styleTransform: (args: { attrs: { name: string; value: string }[]; raw: string; tagName: string; context: string }) => string;
  export default styleTransform;
}
