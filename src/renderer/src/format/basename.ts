/** The last segment of a path from either platform; the renderer has no `path` module. */
export const basename = (path: string) => path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
