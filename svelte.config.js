/** Svelte 5 with runes everywhere; nothing else to configure. */
export default { compilerOptions: { runes: true } };
