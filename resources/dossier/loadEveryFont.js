// Run by a printer inside the loaded dossier before printing (playwright's page.evaluate in the
// CLI, executeJavaScript in the app): loads every font the page declares, and the page declares
// only the subsets its text needs. Waiting on document.fonts.ready alone is not enough: a
// browser fetches a face only when laid-out text asks for it, the dossier's off-screen sections
// are not laid out before the print, and a face arriving during the print relayouts everything.
Promise.all([...document.fonts].map((face) => face.load())).then(() => document.fonts.ready).then(() => true);
