// German texts of the media library (/dashboard/media) and the editor's image picker. Part of
// the one catalogue (./de.ts spreads them in), kept apart only for the file's length.
export const mediaDe = {
  "mediaLibrary.title": "Mediathek",
  "mediaLibrary.nav": "Mediathek",
  "mediaLibrary.introAuthor":
    "Deine hochgeladenen Bilder, die neuesten zuerst. Neue Bilder lädst du im Editor hoch („Bild hochladen“).",
  "mediaLibrary.introAdmin":
    "Alle hochgeladenen Bilder, die neuesten zuerst (auch importierte). Neue Bilder werden im Editor hochgeladen („Bild hochladen“).",
  "mediaLibrary.none": "Noch keine Bilder hochgeladen.",
  "mediaLibrary.dimensions": "{width} × {height} px",
  "mediaLibrary.size": "{kb} KB",
  "mediaLibrary.uploaded": "hochgeladen am {date}",
  "mediaLibrary.noUploader": "ohne Uploader (Import oder gelöschtes Konto)",
  "mediaLibrary.usedIn": "Verwendet in",
  "mediaLibrary.unused": "Nirgends verwendet.",
  "mediaLibrary.kindArticle": "Artikel",
  "mediaLibrary.kindPage": "Seite",
  "mediaLibrary.asCover": "Titelbild",
  "mediaLibrary.inTrash": "im Papierkorb",
  "mediaLibrary.textsLabel": "Texte zu „{name}“",
  "mediaLibrary.altHint":
    "Wird beim Einfügen in den Text übernommen. Bereits eingefügte Bilder behalten ihren Text im Artikel.",
  "mediaLibrary.caption": "Bildunterschrift",
  "mediaLibrary.save": "Texte speichern",
  "mediaLibrary.saved": "Die Texte des Bildes wurden gespeichert.",
  "mediaLibrary.markdown": "Markdown zum Einfügen (kopieren)",
  "mediaLibrary.delete": "„{name}“ löschen",
  "mediaLibrary.deleted": "Das Bild wurde gelöscht.",
  "mediaLibrary.cannotDelete": "Wird verwendet und kann daher nicht gelöscht werden.",
  "mediaLibrary.errors.inUse":
    "Das Bild wird noch in einem Artikel oder einer Seite verwendet und kann nicht gelöscht werden. Entferne es dort zuerst.",
  "mediaLibrary.errors.altTooLong": "Der Alternativtext darf höchstens 300 Zeichen lang sein.",
  "mediaLibrary.errors.captionTooLong": "Die Bildunterschrift darf höchstens 500 Zeichen lang sein.",
  "editor.coverFile": "Titelbild hochladen (JPEG, PNG, WebP oder AVIF)",
  "editor.coverUpload": "Als Titelbild hochladen",
  "mediaPicker.heading": "Bild aus der Mediathek einfügen",
  "mediaPicker.insert": "Einfügen",
  "mediaPicker.insertLabel": "„{name}“ einfügen",
  "mediaPicker.inserted": "Das Bild wurde an der Schreibmarke eingefügt.",
  "mediaPicker.none": "Noch keine Bilder in der Mediathek.",
  "mediaPicker.noScript": "Ohne JavaScript: Kopiere die Markdown-Zeile eines Bildes in den Text.",
  "mediaPicker.all": "Alle Bilder in der Mediathek",
};
