import helmet from 'helmet';

/**
 * Helmet's headers with a Content-Security-Policy the two pages work under: everything from
 * this origin; inline styles (Cytoscape and GraphiQL set style attributes); web workers from
 * blob: URLs (GraphiQL's Monaco editor); data: images and fonts (icons inlined by the bundle).
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The pages load nothing from other origins; COEP would only get in the way of blob workers.
    crossOriginEmbedderPolicy: false,
  });
}
