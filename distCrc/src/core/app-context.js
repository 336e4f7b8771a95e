export {};
//# sourceMappingURL=app-context.js.map