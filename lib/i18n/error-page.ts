// The texts of the error page (app/error.tsx). A client component cannot read SITE_LOCALE in
// the browser, so it gets this small catalogue rather than the whole reader catalogue.
export type ErrorPageMessages = {
  title: string;
  kicker: string;
  heading: string;
  text: string;
  retry: string;
  home: string;
};

export const errorPageMessages: Record<"de" | "en", ErrorPageMessages> = {
  de: {
    title: "Vorübergehend nicht erreichbar",
    kicker: "Technische Störung",
    heading: "Diese Seite ist gerade nicht erreichbar",
    text: "Wir haben ein vorübergehendes technisches Problem. Bitte versuche es in einem Moment erneut.",
    retry: "Erneut versuchen",
    home: "Zur Startseite",
  },
  en: {
    title: "Temporarily unavailable",
    kicker: "Technical problem",
    heading: "This page is unavailable right now",
    text: "We have a temporary technical problem. Please try again in a moment.",
    retry: "Try again",
    home: "Go to the home page",
  },
};
