/**
 * What a printer runs in the loaded dossier before printing, as a script expression (the CLI
 * passes it to playwright's `page.evaluate`, the app to `executeJavaScript`): it loads every
 * font the page declares, and the page declares only the subsets its text needs. Waiting on
 * `document.fonts.ready` alone is not enough, because a browser fetches a face only when
 * laid-out text asks for it and the dossier's sections off screen are not laid out before the
 * print; a face that arrived during the print would relayout the whole document.
 */
export const loadEveryFontScript = 'Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => true)';
