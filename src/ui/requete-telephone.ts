/** The phone layout's media query (panneau.css, app.css): below it, the panel is a bottom sheet over the map. */
export const REQUETE_TELEPHONE = '(max-width: 640px)';
