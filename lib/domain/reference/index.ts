export * from "./activities";
export * from "./contraindications";
export * from "./muscles";
export * from "./version";
export * from "./plan-items";
