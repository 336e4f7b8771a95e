export {};
//# sourceMappingURL=element-api.js.map