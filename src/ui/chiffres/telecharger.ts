/** Hands a file to the browser's download: a Blob behind a temporary link. */
export function telecharger(contenu: Blob, nom: string): void {
  const url = URL.createObjectURL(contenu);
  const a = document.createElement('a');
  a.href = url;
  a.download = nom;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the Blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
